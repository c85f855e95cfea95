import { Chart, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { CaIssuer, ClusterIssuer, SelfSignedIssuer } from '../../src';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

function chart() {
  const c = Testing.chart();
  c.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
  return c;
}


describe('SelfSignedIssuer', () => {
  test('an empty selfSigned spec by default; a namespaced Issuer in the chart namespace', () => {
    const app = Testing.app();
    const c = new Chart(app, 'pki', { namespace: 'pki' });
    c.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    const ss = new SelfSignedIssuer(c, 'bootstrap', { metadata: { name: 'bootstrap' } });
    const objects = synthValid(c);
    const issuer = objectOf(objects, 'Issuer');
    expect(issuer.metadata).toEqual({ name: 'bootstrap', namespace: 'pki' });
    expect(issuer.spec).toEqual({ selfSigned: {} });
    expect(ss.issuerNamespace).toBe('pki');
    expect(ss.publiclyTrusted).toBe(false);
    expect(objects).toMatchSnapshot();
  });

  test('a ClusterIssuer with CRL distribution points', () => {
    const c = chart();
    const ss = new SelfSignedIssuer(c, 'ss', { cluster: true, metadata: { name: 'selfsigned' }, crlDistributionPoints: ['http://crl.example.com/root.crl'] });
    const objects = synthValid(c);
    const issuer = objectOf(objects, 'ClusterIssuer');
    expect(issuer.metadata).toEqual({ name: 'selfsigned' });
    expect(issuer.spec).toEqual({ selfSigned: { crlDistributionPoints: ['http://crl.example.com/root.crl'] } });
    expect(ss.issuerKind).toBe('ClusterIssuer');
    expect(ss.issuerNamespace).toBeUndefined();
  });

  test('a ClusterIssuer with a namespace can never be right', () => {
    const c = chart();
    expect(() => new SelfSignedIssuer(c, 'ss', { cluster: true, metadata: { namespace: 'x' } })).toThrow(/cluster-scoped and takes no metadata\.namespace/);
  });
});

describe('CaIssuer', () => {
  test('signs with a CA Secret; AIA, OCSP and CRL fields; issue() in its namespace', () => {
    const c = chart();
    const ca = new CaIssuer(c, 'ca', {
      metadata: { name: 'internal-ca', namespace: 'pki' },
      secretName: 'internal-ca-keypair',
      crlDistributionPoints: ['http://pki.example.com/ca.crl'],
      ocspServers: ['http://ocsp.example.com'],
      issuingCertificateUrls: ['http://pki.example.com/ca.crt'],
    });
    const cert = ca.issue('svc', { dnsNames: ['svc.pki.svc.cluster.local'] });
    const objects = synthValid(c);
    expect(objectOf(objects, 'Issuer').spec).toEqual({
      ca: {
        secretName: 'internal-ca-keypair',
        crlDistributionPoints: ['http://pki.example.com/ca.crl'],
        ocspServers: ['http://ocsp.example.com'],
        issuingCertificateURLs: ['http://pki.example.com/ca.crt'],
      },
    });
    const certificate = objectOf(objects, 'Certificate');
    expect(certificate.metadata.namespace).toBe('pki');
    expect(cert.namespace).toBe('pki');
    expect(certificate.spec.issuerRef).toEqual({ name: 'internal-ca', kind: 'Issuer', group: 'cert-manager.io' });
    expect(certificate.spec.duration).toBe('2160h');
    expect(ca.secretName).toBe('internal-ca-keypair');
    expect(objects).toMatchSnapshot();
  });

  test('a ClusterIssuer with only the Secret', () => {
    const c = chart();
    new CaIssuer(c, 'ca', { cluster: true, metadata: { name: 'ca' }, secretName: 'root-ca' });
    expect(objectOf(synthValid(c), 'ClusterIssuer').spec).toEqual({ ca: { secretName: 'root-ca' } });
  });

  test('an empty OCSP URL fails synth with the rule id', () => {
    const c = chart();
    new CaIssuer(c, 'ca', { secretName: 'root-ca', ocspServers: [''] });
    expect(synthError(c)).toMatch(/\[test\/ca\] \[CM-CA2\]/);
  });
});

describe('issue() scopes the certificate under the issuer', () => {
  test('two issuers issue "web" in one chart; the user has a construct "web" too', () => {
    const sharedChart = Testing.chart();
    const one = ClusterIssuer.fromClusterIssuerName(sharedChart, 'one', 'ca-one');
    const two = new SelfSignedIssuer(sharedChart, 'two');
    new plus.Deployment(sharedChart, 'web', { containers: [{ image: 'web' }] });
    const a = one.issue('web', { dnsNames: ['a.example.internal'] });
    const b = two.issue('web', { dnsNames: ['b.example.internal'] });
    expect(a.node.path).toBe('test/one/web');
    expect(b.node.path).toBe('test/two/web');
    expect(a.name).not.toBe(b.name);
  });
});
