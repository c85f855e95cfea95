// TLS-P1..TLS-P8 on plain kubernetes.io/tls Secrets, with certificates made by openssl in the test.
import { AuditMode } from '../../src/rules/audit-options';
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';
import { KeyPair, inDays, newCa, newCert, newChain, newKey, tlsSecret } from '../secrets/pki';

const OPT_IN = { 'cdk8s-tls/private-key-in-manifest': 'insecurely-in-manifest' };

function findings(objects: unknown[], now = new Date(), mode = AuditMode.AUDIT): Finding[] {
  return auditManifests(objects, { now, mode });
}
const ids = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.severity}`);
const only = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

let chain: { root: KeyPair; intermediate: KeyPair; leaf: KeyPair };
beforeAll(() => {
  chain = newChain(['web.example.com', 'www.example.com']);
});

const fullChain = () => chain.leaf.cert + chain.intermediate.cert;

describe('a good Secret', () => {
  test('leaf + intermediate, matching key, ca.crt anchoring the chain, opted in: only the TLS-P8 warning', () => {
    const secret = tlsSecret(fullChain(), chain.leaf.key, { ca: chain.root.cert, annotations: OPT_IN });
    const result = findings([secret]);
    expect(ids(result)).toEqual(['TLS-P8 warning']);
    expect(result[0]).toMatchObject({ path: 'data[tls.key]', kind: 'Secret', name: 'web-tls', namespace: 'apps' });
    expect(result[0].message).toMatch(/^data\[tls\.key\]: the private key is kept in this manifest in clear text .*TlsSecret\.fromSecretName/);
  });

  test('stringData is read as PEM text, and wins over data', () => {
    const secret = { ...tlsSecret('garbage', 'garbage', { annotations: OPT_IN }), stringData: { 'tls.crt': fullChain(), 'tls.key': chain.leaf.key } };
    expect(ids(findings([secret]))).toEqual(['TLS-P8 warning']);
  });

  test('empty placeholders (filled by a controller), other Secret types and SOPS-encrypted Secrets are passed over', () => {
    expect(findings([tlsSecret('', '')])).toEqual([]);
    expect(findings([{ ...tlsSecret('x', 'y'), type: 'Opaque' }])).toEqual([]);
    expect(findings([{ ...tlsSecret('ENC[AES256_GCM,data:abc]', 'ENC[...]'), sops: { version: '3.8.1' } }])).toEqual([]);
  });
});

describe('TLS-P1 unreadable', () => {
  test('missing tls.key, not base64, not PEM, encrypted key', () => {
    const missing = tlsSecret(fullChain(), '');
    delete (missing.data as any)['tls.key'];
    expect(only(findings([missing]), 'TLS-P1')[0].message).toMatch(/^data\[tls\.key\]: Required value: a kubernetes\.io\/tls Secret must have both tls\.crt and tls\.key/);

    const notBase64 = { ...tlsSecret('', ''), data: { 'tls.crt': '-----BEGIN CERTIFICATE-----', 'tls.key': '' } };
    expect(only(findings([notBase64]), 'TLS-P1')[0].message).toMatch(/^data\[tls\.crt\]: is not valid base64; encode the PEM chain with base64 -w0/);

    const notPem = tlsSecret('hello', '');
    expect(only(findings([notPem]), 'TLS-P1')[0].message).toMatch(/data\[tls\.crt\]: no PEM block found \(expected -----BEGIN CERTIFICATE-----\); put the PEM certificate chain here/);

    const keyInCrt = tlsSecret(chain.leaf.key, '');
    expect(only(findings([keyInCrt]), 'TLS-P1')[0].message).toMatch(/no CERTIFICATE PEM block \(found PRIVATE KEY\)/);

    const encrypted = tlsSecret(fullChain(), '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n', { annotations: OPT_IN });
    expect(only(findings([encrypted]), 'TLS-P1')[0].message).toMatch(/data\[tls\.key\]: the private key is encrypted with a passphrase/);
  });
});

describe('TLS-P2 key mismatch', () => {
  test('a key of another certificate is refused', () => {
    const result = only(findings([tlsSecret(fullChain(), newKey(), { annotations: OPT_IN })]), 'TLS-P2');
    expect(result).toHaveLength(1);
    expect(result[0].message).toMatch(/^data\[tls\.key\]: the private key does not match certificate #1 \(CN=web\.example\.com\) of data\[tls\.crt\]; it belongs to another certificate; pair the leaf/);
  });

  test('the key of the second certificate says the leaf must come first', () => {
    const reversed = chain.intermediate.cert + chain.leaf.cert;
    const result = only(findings([tlsSecret(reversed, chain.leaf.key, { annotations: OPT_IN })]), 'TLS-P2');
    expect(result[0].message).toMatch(/it is the key of certificate #2 \(CN=web\.example\.com\): the leaf must come first in data\[tls\.crt\]/);
  });
});

describe('TLS-P3 chain', () => {
  test('wrong order is reported with the order that works', () => {
    const result = only(findings([tlsSecret(chain.intermediate.cert + chain.leaf.cert, '')]), 'TLS-P3');
    expect(result[0].message).toMatch(/^data\[tls\.crt\]: certificate #1 \(CN=Test Intermediate CA\) is the issuer of certificate #2 \(CN=web\.example\.com\), which comes after it: the chain is out of order; put the leaf first/);
  });

  test('an issuer further down the chain is named', () => {
    const result = only(findings([tlsSecret(chain.leaf.cert + chain.root.cert + chain.intermediate.cert, '')]), 'TLS-P3');
    expect(result[0].message).toBe('data[tls.crt]: certificate #2 does not sign certificate #1 (CN=web.example.com); its issuer is certificate #3: '
      + 'the chain is out of order; put the leaf first, then each certificate\'s issuer');
  });

  test('a certificate of another chain', () => {
    const other = newCert(newCa('Other Root'), { cn: 'Other Intermediate', ca: true });
    const result = only(findings([tlsSecret(chain.leaf.cert + other.cert, '')]), 'TLS-P3');
    expect(result[0].severity).toBe('error');
    expect(result[0].message).toMatch(/certificate #2 \(CN=Other Intermediate\) did not sign certificate #1 \(CN=web\.example\.com, issued by CN=Test Intermediate CA\)/);
  });

  test('ca.crt that does not anchor the chain is a warning', () => {
    const result = only(findings([tlsSecret(fullChain(), '', { ca: newCa('Unrelated Root').cert })]), 'TLS-P3');
    expect(result[0]).toMatchObject({ severity: 'warning', path: 'data[ca.crt]' });
    expect(result[0].message).toMatch(/no certificate here signed certificate #2 \(CN=Test Intermediate CA\) \(issued by CN=Test Root CA\)/);
    expect(only(findings([tlsSecret(fullChain(), '', { ca: chain.root.cert })]), 'TLS-P3')).toEqual([]);
  });
});

describe('TLS-P4 / TLS-P5 validity', () => {
  test('expired leaf is an error, measured against the audit date', () => {
    const result = only(findings([tlsSecret(fullChain(), '')], inDays(100)), 'TLS-P4');
    expect(result).toHaveLength(1);
    expect(result[0].severity).toBe('error');
    expect(result[0].message).toMatch(/^data\[tls\.crt\]: certificate #1 \(CN=web\.example\.com\) expired on \d{4}-\d\d-\d\dT.*Z \(10 days ago\); renew it/);
    expect(only(findings([tlsSecret(fullChain(), '')], inDays(1)), 'TLS-P4')).toEqual([]);
  });

  test('expiring within 30 days (or the annotated horizon) is a warning', () => {
    const soon = only(findings([tlsSecret(fullChain(), '')], inDays(70)), 'TLS-P5');
    expect(soon[0].severity).toBe('warning');
    expect(soon[0].message).toMatch(/expires on .*, in (19|20) days \(less than 30\); renew it now/);
    expect(only(findings([tlsSecret(fullChain(), '')], inDays(50)), 'TLS-P5')).toEqual([]);
    const horizon = tlsSecret(fullChain(), '', { annotations: { 'cdk8s-tls/expiry-warning-days': '60' } });
    expect(only(findings([horizon], inDays(50)), 'TLS-P5')[0].message).toMatch(/less than 60/);
  });

  test('not yet valid is a warning', () => {
    const result = only(findings([tlsSecret(fullChain(), '')], inDays(-2)), 'TLS-P4');
    expect(result[0]).toMatchObject({ severity: 'warning' });
    expect(result[0].message).toMatch(/is not valid before/);
  });
});

describe('TLS-P6 weak keys', () => {
  test('RSA 1024 and P-224 are refused, RSA 2048, P-384 and Ed25519 accepted', () => {
    const root = newCa('Root');
    const weakRsa = newCert(root, { dnsNames: ['a.example.com'], key: newKey('rsa1024') });
    const result = only(findings([tlsSecret(weakRsa.cert, '')]), 'TLS-P6');
    expect(result[0].message).toBe('data[tls.crt]: certificate #1 (CN=a.example.com) has a weak key: RSA 1024 is below 2048 bits; use ECDSA P-256 (or RSA 3072)');
    const weakEc = newCert(root, { dnsNames: ['a.example.com'], key: newKey('ec224') });
    expect(only(findings([tlsSecret(weakEc.cert, '')]), 'TLS-P6')[0].message).toMatch(/curve P-224 is not P-256, P-384 or P-521/);
    for (const spec of ['rsa2048', 'ec384', 'ed25519'] as const) {
      const ok = newCert(root, { dnsNames: ['a.example.com'], key: newKey(spec) });
      expect(only(findings([tlsSecret(ok.cert, '')]), 'TLS-P6')).toEqual([]);
    }
  });
});

describe('TLS-P7 hosts', () => {
  test('declared hosts must be covered by the SANs (wildcards cover one label, no CN fallback)', () => {
    const root = newCa('Root');
    const leaf = newCert(root, { cn: 'cn-only.test', dnsNames: ['*.example.com', 'example.com'], ips: ['10.0.0.1'] });
    const covered = tlsSecret(leaf.cert, '', { annotations: { 'cdk8s-tls/expected-hosts': 'a.example.com, example.com,10.0.0.1,*.example.com' } });
    expect(only(findings([covered]), 'TLS-P7')).toEqual([]);
    const missed = tlsSecret(leaf.cert, '', { annotations: { 'cdk8s-tls/expected-hosts': 'a.b.example.com,cn-only.test,10.0.0.2' } });
    const result = only(findings([missed]), 'TLS-P7');
    expect(result.map((f) => f.message.match(/host "([^"]+)"/)![1])).toEqual(['a.b.example.com', 'cn-only.test', '10.0.0.2']);
    expect(result[0].message).toBe('data[tls.crt]: host "a.b.example.com" (declared in cdk8s-tls/expected-hosts) is not among the certificate\'s subject alternative names '
      + '("*.example.com", "example.com", "10.0.0.1"); clients will reject it; issue a certificate whose SANs include "a.b.example.com"');
  });

  test('an Ingress serving a host its Secret\'s certificate does not cover', () => {
    const ingress = (hosts: string[]) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'apps' },
      spec: { tls: [{ hosts, secretName: 'web-tls' }], rules: [] },
    });
    const secret = tlsSecret(fullChain(), '');
    expect(only(findings([secret, ingress(['web.example.com', 'www.example.com'])]), 'TLS-P7')).toEqual([]);
    const result = only(findings([secret, ingress(['web.example.com', 'api.example.com'])]), 'TLS-P7');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ kind: 'Ingress', path: 'spec.tls[0].hosts[1]' });
    expect(result[0].message).toMatch(/^spec\.tls\[0\]\.hosts\[1\]: host "api\.example\.com" is served with Secret "web-tls", whose certificate's subject alternative names \("web\.example\.com", "www\.example\.com"\) do not cover it/);
    // Another namespace's Secret is not the one the Ingress uses.
    const elsewhere = { ...ingress(['api.example.com']), metadata: { name: 'web', namespace: 'other' } };
    expect(only(findings([secret, elsewhere]), 'TLS-P7')).toEqual([]);
  });

  test('namespace-less Ingress and Secret: an error in an app (they meet), a warning that says "may" in an audit without file knowledge', () => {
    const bare = (obj: any) => ({ ...obj, metadata: { ...obj.metadata, namespace: undefined } });
    const ingress = bare({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec: { tls: [{ hosts: ['api.example.com'], secretName: 'web-tls' }], rules: [] } });
    const secret = bare(tlsSecret(fullChain(), ''));
    expect(only(findings([secret, ingress], new Date(), AuditMode.APP), 'TLS-P7').map((f) => f.severity)).toEqual(['error']);
    const [guess] = only(findings([secret, ingress]), 'TLS-P7');
    expect(guess.severity).toBe('warning');
    expect(guess.message).toMatch(/^spec\.tls\[0\]\.hosts\[0\]: host "api\.example\.com" may be served with Secret "web-tls" of another file, .*whether they meet could not be told/);
  });
});

describe('TLS-P8 private key in a manifest', () => {
  test('without the opt-in annotation it is an error in an app and a warning in an audit (the cluster accepts it); with it, a warning', () => {
    for (const [mode, severity] of [[AuditMode.APP, 'error'], [AuditMode.AUDIT, 'warning']] as const) {
      const result = only(findings([tlsSecret(fullChain(), chain.leaf.key)], new Date(), mode), 'TLS-P8');
      expect(result[0].severity).toBe(severity);
      expect(result[0].message).toMatch(/^data\[tls\.key\]: a private key would be written into the manifest in clear text \(base64 is not encryption\).*issuer\.issue.*TlsSecret\.fromSecretName\(\.\.\.\); to keep the key here on purpose, annotate the Secret cdk8s-tls\/private-key-in-manifest: insecurely-in-manifest/);
    }
    const wrongValue = tlsSecret(fullChain(), chain.leaf.key, { annotations: { 'cdk8s-tls/private-key-in-manifest': 'true' } });
    expect(only(findings([wrongValue], new Date(), AuditMode.APP), 'TLS-P8')[0].severity).toBe('error');
    expect(only(findings([tlsSecret(fullChain(), chain.leaf.key, { annotations: OPT_IN })]), 'TLS-P8')[0].severity).toBe('warning');
  });
});
