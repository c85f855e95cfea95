import { auditManifests } from '../../src/rules/engine';

function certWith(dnsNames: unknown[]) {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'c', namespace: 'ns' },
    spec: { secretName: 'c-tls', issuerRef: { name: 'i' }, dnsNames },
  };
}

const nameFindings = (dnsNames: unknown[]) => auditManifests([certWith(dnsNames)]).filter((f) => f.ruleId.startsWith('TLS-N'));

describe('DNS name rules', () => {
  test.each([
    'example.com', 'a.b.example.com', '*.example.com', 'xn--bcher-kva.example', 'a-b.example.com', 'localhost',
  ])('accepts %s', (name) => {
    expect(nameFindings([name])).toEqual([]);
  });

  test.each([
    ['', 'is empty'],
    ['10.0.0.1', 'is an IP address; put it in ipAddresses'],
    ['bücher.example', 'punycode'],
    ['example.com.', 'ends with a dot'],
    ['a.*.example.com', 'not the leftmost label'],
    ['w*.example.com', 'partial-label wildcard'],
    ['*.com', 'directly under a top-level domain'],
    ['-a.example.com', 'labels are letters, digits and'],
    ['a_b.example.com', 'labels are letters, digits and'],
    [`${'a'.repeat(64)}.example.com`, 'a DNS label has at most 63'],
  ])('rejects %j (TLS-N1)', (name, message) => {
    expect(nameFindings([name])).toContainEqual(expect.objectContaining({
      ruleId: 'TLS-N1', severity: 'error', path: 'spec.dnsNames[0]', message: expect.stringContaining(message),
    }));
  });

  test('warns on upper case (TLS-N2) and duplicates (TLS-N3)', () => {
    const findings = nameFindings(['Web.example.com', 'web.example.com']);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'TLS-N2', severity: 'warning', message: expect.stringContaining('write "web.example.com"') }));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'TLS-N3', severity: 'warning', path: 'spec.dnsNames[1]' }));
  });

  test('wrong-typed entries are left to the schema rule', () => {
    expect(nameFindings([42, null])).toEqual([]);
  });
});
