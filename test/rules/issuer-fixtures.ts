// Shared inputs of the issuer rule tests. Names mirror cert-manager's issuer_test.go
// (validSecretKeyRef, validACMEIssuer, validVaultIssuer) so its tables port over directly.
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';

/** A self-signed P-256 CA certificate valid until 2126, for caBundle fields. */
export const CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBjjCCATWgAwIBAgIUKR46Ncy7KrT6FNLgELbo9cg80fgwCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRY2RrOHMtdGxzIHRlc3QgQ0EwIBcNMjYxMTIzMDk0NDUwWhgP
MjEyNjEwMzAwOTQ0NTBaMBwxGjAYBgNVBAMMEWNkazhzLXRscyB0ZXN0IENBMFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMKUsgAMoJ7sA2+0dh8F8AhF/ZPnPQnjA
AWmq///puz1LMeC+awjUeXpUB0zSL6TRknhUut0sM+99X2GBmz9Ex6NTMFEwHQYD
VR0OBBYEFG3Xzp9hsEVpBtGh8hC5KpKAd17mMB8GA1UdIwQYMBaAFG3Xzp9hsEVp
BtGh8hC5KpKAd17mMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIg
O6dqcRL+9amJqMYicYYZAwONptWi7OVpOcfbdHFw0vkCIDBYr6JKUjncg9sfODfU
2MkmSLMGjZwHHlaVgYgHgDZR
-----END CERTIFICATE-----
`;

/** caBundle fields are `format: byte`: base64 of the PEM. */
export const CA_BUNDLE = Buffer.from(CA_PEM).toString('base64');

export const validSecretKeyRef = { name: 'valid', key: 'validkey' };

export const validACMEIssuer = {
  email: 'valid-email',
  server: 'valid-server',
  privateKeySecretRef: validSecretKeyRef,
};

export const validCloudDNSProvider = { serviceAccountSecretRef: validSecretKeyRef, project: 'valid' };

export const validVaultIssuer = {
  auth: { tokenSecretRef: validSecretKeyRef },
  server: 'something',
  path: 'a/b/c',
};

export function issuerObject(spec: unknown, kind = 'Issuer'): Record<string, unknown> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind,
    metadata: kind === 'Issuer' ? { name: 'test', namespace: 'default' } : { name: 'test' },
    spec,
  };
}

export function auditSpec(spec: unknown, kind = 'Issuer'): Finding[] {
  return auditManifests([issuerObject(spec, kind)]);
}

/** An ACME issuer (valid apart from its solvers) with these solvers. */
export function auditSolvers(...solvers: unknown[]): Finding[] {
  return auditSpec({ acme: { ...validACMEIssuer, solvers } });
}

/** An ACME issuer with one DNS-01 solver; its findings are under spec.acme.solvers[0].dns01. */
export function auditDns01(dns01: unknown): Finding[] {
  return auditSolvers({ dns01 });
}

export const DNS01 = 'spec.acme.solvers[0].dns01';

/** The cert-manager parity errors, as `ruleId path` lines in report order: what a Go table lists. */
export function cmErrors(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.ruleId.startsWith('CM-') && f.severity === 'error').map((f) => `${f.ruleId} ${f.path}`);
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

/** Asserts a finding of the rule, at the path, whose message contains each given text. */
export function expectFinding(findings: readonly Finding[], ruleId: string, path: string, texts: string | string[], severity: 'error' | 'warning' = 'error'): void {
  for (const text of Array.isArray(texts) ? texts : [texts]) {
    expect(findings).toContainEqual(expect.objectContaining({ ruleId, severity, path, message: expect.stringContaining(text) }));
  }
}

export function expectNoRule(findings: readonly Finding[], ruleId: string): void {
  expect(findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
}
