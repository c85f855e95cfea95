import { Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { CaRotation, PrivateCa, auditManifests } from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';

describe('PrivateCa', () => {
  test('cluster: a self-signed bootstrap in the CA namespace, a CA certificate and a CA ClusterIssuer', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca', { cluster: true });
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

  test('by default a namespaced CA, as every issuer: everything in its namespace, no ClusterIssuer', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca', { namespace: 'team-a', issuerName: 'team-a-ca' });
    ca.issue('web', { dnsNames: ['web.team-a.svc'] });
    const objects = synthValid(chart);
    expect(objectsOf(objects, 'ClusterIssuer')).toEqual([]);
    for (const o of objects) expect(o.metadata.namespace).toBe('team-a');
    expect(objects).toMatchSnapshot();
  });
});

describe('PrivateCa key rotation', () => {
  const caCertificates = (objects: any[]) => objectsOf(objects, 'Certificate').filter((c) => c.spec.isCA);

  test('the CA keeps its key across renewals unless rotated on purpose (rotationPolicy Never, no TLS-X2 warning)', () => {
    const chart = Testing.chart();
    new PrivateCa(chart, 'ca', { nameConstraints: { permitted: { dnsDomains: ['example.internal'] } } });
    const objects = synthValid(chart);
    const [caCert] = caCertificates(objects);
    expect(caCert.spec.privateKey.rotationPolicy).toBe('Never');
    expect(auditManifests(objects).map((f) => f.ruleId)).not.toContain('TLS-X2');
  });

  test('a staged rotation: trust the next CA, sign with it, retire the old one; the bundle at each stage', () => {
    const stage = (rotation: CaRotation) => {
      const chart = Testing.chart();
      const ca = new PrivateCa(chart, 'ca', { cluster: true, issuerName: 'internal-ca', secretName: 'internal-ca', rotation });
      ca.distributeTrust('trust', { metadata: { name: 'internal-ca-roots' } });
      const objects = synthValid(chart);
      return {
        ca,
        bundleSecrets: objectOf(objects, 'Bundle', 'internal-ca-roots').spec.sources.map((s: any) => s.secret.name),
        signingSecret: objectOf(objects, 'ClusterIssuer', 'internal-ca').spec.ca.secretName,
        caSecrets: caCertificates(objects).map((c) => c.spec.secretName),
        keyPolicies: caCertificates(objects).map((c) => c.spec.privateKey.rotationPolicy),
      };
    };

    // Before: generation 1 signs and is the only trusted CA.
    const steady = stage(CaRotation.steady());
    expect(steady).toMatchObject({ bundleSecrets: ['internal-ca'], signingSecret: 'internal-ca', caSecrets: ['internal-ca'] });

    // Stage 1: generation 2 exists and is trusted beside 1, which still signs.
    const trust = stage(CaRotation.trustNext(1));
    expect(trust).toMatchObject({ bundleSecrets: ['internal-ca', 'internal-ca-2'], signingSecret: 'internal-ca', caSecrets: ['internal-ca', 'internal-ca-2'] });
    expect(trust.keyPolicies).toEqual(['Never', 'Never']);

    // Stage 2: generation 2 signs; both stay trusted until every leaf is re-issued.
    const sign = stage(CaRotation.signWithNext(1));
    expect(sign).toMatchObject({ bundleSecrets: ['internal-ca', 'internal-ca-2'], signingSecret: 'internal-ca-2', caSecrets: ['internal-ca', 'internal-ca-2'] });
    expect(sign.ca.caCertificate.secretName).toBe('internal-ca-2');
    expect(sign.ca.trustedCaCertificates.map((c) => c.secretName)).toEqual(['internal-ca', 'internal-ca-2']);

    // Stage 3: generation 1 is gone from the bundle and from the app.
    const done = stage(CaRotation.steady(2));
    expect(done).toMatchObject({ bundleSecrets: ['internal-ca-2'], signingSecret: 'internal-ca-2', caSecrets: ['internal-ca-2'] });

    // The issuer's name never changes: certificates and annotations that name it keep working.
    expect(new Set([steady, trust, sign, done].map((s) => s.ca.issuerName))).toEqual(new Set(['internal-ca']));
  });

  test('generations are counted from 1', () => {
    expect(() => CaRotation.steady(0)).toThrow(/generation 0: CA generations are counted from 1/);
    expect(() => CaRotation.trustNext(1.5)).toThrow(/generation 1.5: CA generations are counted from 1/);
  });
});

describe('objects created by methods are scoped under their creator', () => {
  test('two issuers issuing "web" in one chart, and a user construct "web" beside them', () => {
    const chart = Testing.chart();
    const a = new PrivateCa(chart, 'a', { issuerName: 'ca-a' });
    const b = new PrivateCa(chart, 'b', { issuerName: 'ca-b' });
    const webA = a.issue('web', { dnsNames: ['web.a.internal'] });
    const webB = b.issue('web', { dnsNames: ['web.b.internal'] });
    new plus.Deployment(chart, 'web', { containers: [{ image: 'web' }] });
    expect(webA.node.scope).toBe(a);
    expect(webB.node.scope).toBe(b);
    const names = objectsOf(synthValid(chart), 'Certificate').filter((c) => !c.spec.isCA).map((c) => c.metadata.name);
    expect(new Set(names).size).toBe(2);
  });

  test('distributeTrust("api") next to a user construct "api"', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca');
    const bundle = ca.distributeTrust('api');
    new plus.ConfigMap(chart, 'api');
    expect(bundle.node.scope).toBe(ca);
    expect(() => synthValid(chart)).not.toThrow();
  });
});
