// TLS-U1..TLS-U7 on plain CertificateSigningRequests, with requests made by openssl in the test.
import { AuditMode } from '../../src/rules/audit-options';
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';
import { newCsr, newCsrWith, newKey } from '../secrets/pki';

function csr(pem: string, spec: Record<string, unknown> = {}, annotations?: Record<string, string>): Record<string, unknown> {
  return {
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    metadata: { name: 'jane', ...(annotations ? { annotations } : {}) },
    spec: {
      request: Buffer.from(pem).toString('base64'),
      signerName: 'kubernetes.io/kube-apiserver-client',
      expirationSeconds: 86400,
      usages: ['digital signature', 'client auth'],
      ...spec,
    },
  };
}
const only = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);
const expected = { 'cdk8s-tls/expected-user': 'jane', 'cdk8s-tls/expected-groups': 'dev,ops' };

test('a good request for jane in dev and ops has no finding', () => {
  expect(auditManifests([csr(newCsr('/CN=jane/O=dev/O=ops'), {}, expected)])).toEqual([]);
});

test('TLS-U1: a request that is not base64, not PEM, or whose signature does not verify', () => {
  expect(only(auditManifests([{ ...csr(''), spec: { ...(csr('') as any).spec, request: 'not base64!' } }]), 'TLS-U1')[0].message)
    .toBe('spec.request: is not base64; encode the PEM request: base64 -w0 user.csr');
  expect(only(auditManifests([csr('hello')]), 'TLS-U1')[0].message).toMatch(/^spec\.request: the request does not parse or its signature does not verify \(error decoding certificate request PEM block\); generate it again/);
  // The API server reads a CSR only from a CERTIFICATE REQUEST block, even a valid one labelled otherwise.
  const relabelled = newCsr('/CN=jane').replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST');
  expect(only(auditManifests([csr(relabelled)]), 'TLS-U1')[0].message)
    .toMatch(/\(PEM block type must be CERTIFICATE REQUEST, not NEW CERTIFICATE REQUEST\)/);
  // Flip a byte of the signature (the end of the DER).
  const pem = newCsr('/CN=jane');
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
  der[der.length - 2] = 255 - der[der.length - 2];
  const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE REQUEST-----\n`;
  expect(only(auditManifests([csr(tampered)]), 'TLS-U1')[0].message).toMatch(/\(x509: ECDSA verification failure\)/);
});

test('TLS-U2: weak request keys (a warning in an audit: the API server accepts them; an app refuses them)', () => {
  const [weak] = only(auditManifests([csr(newCsr('/CN=jane', newKey('rsa1024')))]), 'TLS-U2');
  expect(weak.severity).toBe('warning');
  expect(only(auditManifests([csr(newCsr('/CN=jane', newKey('rsa1024')))], { mode: AuditMode.APP }), 'TLS-U2')[0].severity).toBe('error');
  expect(weak.message).toBe('spec.request: the request\'s key (RSA 1024) is weak: RSA 1024 is below 2048 bits; use ECDSA P-256 (or RSA 3072)');
  expect(only(auditManifests([csr(newCsr('/CN=jane', newKey('rsa2048')))]), 'TLS-U2')).toEqual([]);
});

test('TLS-U3: no CN is an error, a system: CN a warning', () => {
  const none = only(auditManifests([csr(newCsr('/O=dev'))]), 'TLS-U3');
  expect(none[0]).toMatchObject({ severity: 'error' });
  expect(none[0].message).toMatch(/^spec\.request: the request's subject has no common name, but the API server takes the user name from exactly one CN/);
  const system = only(auditManifests([csr(newCsr('/CN=system:node:worker-1'))]), 'TLS-U3');
  expect(system[0]).toMatchObject({ severity: 'warning' });
  expect(system[0].message).toMatch(/CN "system:node:worker-1" is a reserved system: identity/);
});

test('TLS-U4: system:masters is refused', () => {
  const result = only(auditManifests([csr(newCsr('/CN=jane/O=system:masters'))]), 'TLS-U4');
  expect(result[0].message).toMatch(/^spec\.request: O "system:masters" makes the user a superuser that no RBAC rule can restrict/);
  expect(only(auditManifests([csr(newCsr('/CN=jane/O=dev'))]), 'TLS-U4')).toEqual([]);
});

test('TLS-U5: usages of the kube-apiserver-client signer, and CA requests', () => {
  const server = only(auditManifests([csr(newCsr('/CN=jane'), { usages: ['digital signature', 'server auth'] })]), 'TLS-U5');
  expect(server.map((f) => f.message)).toEqual([
    'spec.usages: "digital signature", "server auth" has "server auth", which the kubernetes.io/kube-apiserver-client signer refuses; use ["digital signature", "client auth"]',
  ]);
  const none = only(auditManifests([csr(newCsr('/CN=jane'), { usages: ['digital signature'] })]), 'TLS-U5');
  expect(none[0].message).toMatch(/lacks "client auth", which the kubernetes\.io\/kube-apiserver-client signer requires/);
  const ca = only(auditManifests([csr(newCsrWith('/CN=jane', ['basicConstraints=critical,CA:TRUE']))]), 'TLS-U5');
  expect(ca[0].message).toMatch(/^spec\.request: the request asks for a CA certificate/);
  // Other signers have other rules: no client-auth checks there.
  expect(only(auditManifests([csr(newCsr('/O=x'), { signerName: 'example.com/signer', usages: ['server auth'] })]), 'TLS-U5')).toEqual([]);
});

test('TLS-U6: expirationSeconds', () => {
  const unset = csr(newCsr('/CN=jane'));
  delete (unset.spec as any).expirationSeconds;
  expect(only(auditManifests([unset]), 'TLS-U6')[0]).toMatchObject({ severity: 'warning', path: 'spec.expirationSeconds' });
  const short = only(auditManifests([csr(newCsr('/CN=jane'), { expirationSeconds: 300 })]), 'TLS-U6');
  expect(short[0]).toMatchObject({ severity: 'error' });
  expect(short[0].message).toMatch(/Invalid value: 300: may not specify a duration less than 600 seconds/);
});

test('TLS-U7: the CN and O the CSR is meant for', () => {
  const wrongUser = only(auditManifests([csr(newCsr('/CN=joe/O=dev/O=ops'), {}, expected)]), 'TLS-U7');
  expect(wrongUser.map((f) => f.message)).toEqual([
    'spec.request: the request is for CN "joe", but this CSR is meant for user "jane" (cdk8s-tls/expected-user), whom the RBAC bindings name; generate the CSR with -subj "/CN=jane"',
  ]);
  const extraGroup = only(auditManifests([csr(newCsr('/CN=jane/O=dev/O=ops/O=admins'), {}, expected)]), 'TLS-U7');
  expect(extraGroup[0].message).toMatch(/O values \(groups\) are "dev", "ops", "admins", but this CSR is meant for groups "dev", "ops"/);
  const noGroups = only(auditManifests([csr(newCsr('/CN=jane/O=dev'), {}, { 'cdk8s-tls/expected-user': 'jane', 'cdk8s-tls/expected-groups': '' })]), 'TLS-U7');
  expect(noGroups[0].message).toMatch(/are "dev", but this CSR is meant for groups none/);
});
