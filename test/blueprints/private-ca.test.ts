import { Testing } from 'cdk8s';
import { PrivateCa } from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';

describe('PrivateCa', () => {
  test('a self-signed bootstrap in the CA namespace, a CA certificate and a CA ClusterIssuer', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca');
    ca.issue('web', { dnsNames: ['web.example.internal'] });
    const objects = synthValid(chart);
    const bootstrap = objectOf(objects, 'Issuer');
    expect(bootstrap.metadata.namespace).toBe('cert-manager');
    expect(bootstrap.spec).toEqual({ selfSigned: {} });
    const issuer = objectOf(objects, 'ClusterIssuer');
    expect(issuer.metadata.name).toBe(ca.issuerName);
    expect(issuer.metadata.namespace).toBeUndefined();
    const [caCert, web] = objectsOf(objects, 'Certificate');
    expect(caCert.metadata.namespace).toBe('cert-manager');
    expect(caCert.spec).toMatchObject({ isCA: true, duration: '43800h', issuerRef: { kind: 'Issuer', name: bootstrap.metadata.name } });
    expect(issuer.spec.ca.secretName).toBe(caCert.spec.secretName);
    expect(web.spec.issuerRef).toEqual({ name: issuer.metadata.name, kind: 'ClusterIssuer', group: 'cert-manager.io' });
    expect(ca.caCertificateLocation).toEqual({ namespace: 'cert-manager', secretName: caCert.spec.secretName, key: 'tls.crt' });
  });

  test('a namespaced CA keeps everything in its namespace', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca', { cluster: false, namespace: 'team-a', issuerName: 'team-a-ca' });
    ca.issue('web', { dnsNames: ['web.team-a.svc'] });
    const objects = synthValid(chart);
    expect(objectsOf(objects, 'ClusterIssuer')).toEqual([]);
    for (const o of objects) expect(o.metadata.namespace).toBe('team-a');
    expect(objects).toMatchSnapshot();
  });
});
