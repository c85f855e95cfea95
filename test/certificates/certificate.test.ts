import { Duration, Testing } from 'cdk8s';
import { Certificate, ClusterIssuer, KeyAlgorithm, KeyUsage, SelfSignedIssuer } from '../../src';
import { objectOf, synthValid } from '../support/schema';

function chart() {
  return Testing.chart();
}

describe('Certificate', () => {
  test('writes the secure defaults out explicitly', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'bootstrap');
    new Certificate(c, 'web', { issuer, dnsNames: ['web.example.internal'] });
    const objects = synthValid(c);
    const cert = objectOf(objects, 'Certificate');
    expect(cert.spec).toEqual({
      secretName: `${cert.metadata.name}-tls`,
      issuerRef: { name: objectOf(objects, 'Issuer').metadata.name, kind: 'Issuer', group: 'cert-manager.io' },
      dnsNames: ['web.example.internal'],
      duration: '2160h',
      renewBeforePercentage: 33,
      privateKey: { algorithm: 'ECDSA', size: 256, encoding: 'PKCS8', rotationPolicy: 'Always' },
      usages: ['digital signature', 'server auth'],
    });
    expect(objects).toMatchSnapshot();
  });

  test('a public CA decides the lifetime: no duration is written', () => {
    const c = chart();
    const le = ClusterIssuer.fromClusterIssuerName(c, 'le', 'letsencrypt-prod', { publiclyTrusted: true });
    const cert = le.issue('web', { dnsNames: ['app.example.com'] });
    const spec = objectOf(synthValid(c), 'Certificate').spec;
    expect(spec.duration).toBeUndefined();
    expect(spec.renewBeforePercentage).toBe(33);
    expect(spec.issuerRef).toEqual({ name: 'letsencrypt-prod', kind: 'ClusterIssuer', group: 'cert-manager.io' });
    expect(cert.secretName).toBe(`${cert.name}-tls`);
  });

  test('RSA keys get key encipherment and a 3072-bit default; mTLS adds client auth', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'ss');
    new Certificate(c, 'rsa', { issuer, dnsNames: ['a.example.com'], privateKey: { algorithm: KeyAlgorithm.RSA }, clientAuth: true });
    const spec = objectOf(synthValid(c), 'Certificate').spec;
    expect(spec.privateKey).toEqual({ algorithm: 'RSA', size: 3072, encoding: 'PKCS8', rotationPolicy: 'Always' });
    expect(spec.usages).toEqual(['digital signature', 'key encipherment', 'server auth', 'client auth']);
  });

  test('mutators add names whatever the order of calls', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'ss');
    const cert = new Certificate(c, 'web', { issuer, dnsNames: ['a.example.com'] });
    cert.addDnsName('b.example.com');
    cert.addIpAddress('10.0.0.1');
    cert.addUri('spiffe://cluster.local/ns/default/sa/web');
    cert.addEmailAddress('ops@example.com');
    cert.addRenewalWindow({ cron: '0 2 * * 6', windowDuration: Duration.hours(4), timezone: 'Europe/Berlin' });
    const spec = objectOf(synthValid(c), 'Certificate').spec;
    expect(spec.dnsNames).toEqual(['a.example.com', 'b.example.com']);
    expect(spec.ipAddresses).toEqual(['10.0.0.1']);
    expect(spec.uris).toEqual(['spiffe://cluster.local/ns/default/sa/web']);
    expect(spec.emailAddresses).toEqual(['ops@example.com']);
    expect(spec.renewal).toEqual({ policy: 'RenewBefore', windows: [{ cron: '0 2 * * 6', windowDuration: '4h', timezone: 'Europe/Berlin' }] });
  });

  test('every field of the spec is reachable', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'ss', { metadata: { namespace: 'pki' } });
    new Certificate(c, 'ca', {
      issuer,
      metadata: { name: 'root-ca', namespace: 'pki' },
      secretName: 'root-ca-keypair',
      secretTemplate: { labels: { team: 'platform' }, annotations: { 'reflector.example/allow': 'true' } },
      literalSubject: 'CN=Example Root,O=Example',
      isCa: true,
      duration: Duration.days(365),
      renewBefore: Duration.days(30),
      privateKey: { algorithm: KeyAlgorithm.ECDSA, size: 384 },
      signatureAlgorithm: undefined,
      usages: [KeyUsage.CERT_SIGN, KeyUsage.CRL_SIGN],
      encodeUsagesInRequest: true,
      nameConstraints: { critical: true, permitted: { dnsDomains: ['example.internal'], ipRanges: ['10.0.0.0/8'] } },
      additionalOutputFormats: [],
      revisionHistoryLimit: 3,
    });
    const spec = objectOf(synthValid(c), 'Certificate').spec;
    expect(spec).toMatchObject({
      secretName: 'root-ca-keypair',
      literalSubject: 'CN=Example Root,O=Example',
      isCA: true,
      duration: '8760h',
      renewBefore: '720h',
      nameConstraints: { critical: true, permitted: { dnsDomains: ['example.internal'], ipRanges: ['10.0.0.0/8'] } },
      revisionHistoryLimit: 3,
      encodeUsagesInRequest: true,
    });
    expect(spec.renewBeforePercentage).toBeUndefined();
  });

  test('keystores take passwords from Secrets and a modern PKCS#12 profile', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'ss');
    new Certificate(c, 'java', {
      issuer,
      dnsNames: ['java.example.com'],
      keystores: {
        jks: { passwordSecret: { name: 'ks-pass', key: 'password' }, alias: 'server' },
        pkcs12: { passwordSecret: { name: 'ks-pass', key: 'password' } },
      },
    });
    const spec = objectOf(synthValid(c), 'Certificate').spec;
    expect(spec.keystores).toEqual({
      jks: { create: true, passwordSecretRef: { name: 'ks-pass', key: 'password' }, alias: 'server' },
      pkcs12: { create: true, passwordSecretRef: { name: 'ks-pass', key: 'password' }, profile: 'Modern2023' },
    });
  });
});
