// `cdk8s-tls audit` on malformed input: random bytes, truncated documents, wrong-typed fields in
// otherwise valid objects of every kind the rules read, alias bombs, duplicate keys, deep
// nesting. Whatever it reads, it exits 0, 1 or 2 with a message, never with a stack trace, and no
// rule crashes (a crash is reported as a TLS-INTERNAL finding by the engine's guard).
import * as fc from 'fast-check';
import * as YAML from 'yaml';
import { fcParameters } from './harness';
import { main } from '../../src/cli/main';
import { CA_PEM } from '../rules/issuer-fixtures';

interface Run { status: number; stdout: string; stderr: string }

function audit(stdin: string, format: 'text' | 'json'): Run {
  let stdout = '';
  let stderr = '';
  const status = main(['audit', '--format', format, '-'], {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: () => stdin,
  });
  return { status, stdout, stderr };
}

function expectHandled(stdin: string, format: 'text' | 'json'): void {
  const run = audit(stdin, format);
  expect([0, 1, 2]).toContain(run.status);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toMatch(/\n\s+at /);
  expect(`${run.stdout}${run.stderr}`).not.toContain('TLS-INTERNAL');
  if (format === 'json' && run.status !== 2) expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
}

const tls = { secretName: 'web-tls', issuerRef: { name: 'ca', kind: 'Issuer', group: 'cert-manager.io' } };
const secretRef = (name: string, key: string) => ({ name, key });

/** Valid objects of every kind some rule reads; the fuzzer breaks them one field at a time. */
const SEEDS: readonly object[] = [
  { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ca', namespace: 'apps' }, spec: { ca: { secretName: 'ca-keypair', ocspServers: ['http://ocsp.example.com'] } } },
  {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web', namespace: 'apps', labels: { app: 'web' } },
    spec: {
      ...tls,
      dnsNames: ['web.example.com', '*.web.example.com'],
      ipAddresses: ['10.0.0.1'],
      uris: ['spiffe://example.com/web'],
      duration: '2160h',
      renewBeforePercentage: 33,
      privateKey: { algorithm: 'RSA', size: 3072, encoding: 'PKCS8', rotationPolicy: 'Always' },
      usages: ['digital signature', 'key encipherment', 'server auth'],
      subject: { organizations: ['Example'] },
      keystores: { pkcs12: { create: true, passwordSecretRef: secretRef('p12', 'password'), profile: 'Modern2023' } },
      renewal: { policy: 'RenewBefore', windows: [{ cron: '0 2 * * 6', windowDuration: '4h', timezone: 'UTC' }] },
      nameConstraints: { critical: true, permitted: { dnsDomains: ['example.com'] } },
      isCA: false,
    },
  },
  {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: 'le' },
    spec: {
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'ops@example.com',
        privateKeySecretRef: { name: 'le-account' },
        caBundle: Buffer.from(CA_PEM).toString('base64'),
        externalAccountBinding: { keyID: 'kid', keySecretRef: secretRef('eab', 'secret') },
        solvers: [
          { selector: { dnsZones: ['example.com'] }, dns01: { route53: { region: 'eu-west-1', accessKeyIDSecretRef: secretRef('aws', 'id'), secretAccessKeySecretRef: secretRef('aws', 'key') } } },
          { dns01: { cloudflare: { apiTokenSecretRef: secretRef('cf', 'token') }, cnameStrategy: 'Follow' } },
          { dns01: { rfc2136: { nameserver: '[2001:db8::1]:53', tsigKeyName: 'k', tsigAlgorithm: 'HMACSHA256', tsigSecretSecretRef: secretRef('tsig', 's') } } },
          { dns01: { azureDNS: { subscriptionID: 's', resourceGroupName: 'rg', managedIdentity: { clientID: 'c' } } } },
          { dns01: { webhook: { groupName: 'acme.example.com', solverName: 'x', config: { a: [1, { b: 2 }] } } } },
          {
            http01: {
              ingress: {
                ingressClassName: 'nginx',
                podTemplate: { spec: { tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }], resources: { requests: { cpu: '10m' } } } },
              },
            },
          },
          { http01: { gatewayHTTPRoute: { parentRefs: [{ name: 'gw', namespace: 'edge', kind: 'Gateway', sectionName: 'http', port: 80 }] } } },
        ],
      },
    },
  },
  {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Issuer',
    metadata: { name: 'vault', namespace: 'apps' },
    spec: { vault: { server: 'https://vault.example.com:8200', path: 'pki/sign/web', caBundle: Buffer.from(CA_PEM).toString('base64'), auth: { kubernetes: { role: 'r', serviceAccountRef: { name: 'sa', audiences: ['vault'] } } } } },
  },
  { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'venafi', namespace: 'apps' }, spec: { venafi: { zone: 'DevOps\\web', tpp: { url: 'https://tpp.example.com/vedsdk', credentialsRef: { name: 'tpp' } } } } },
  {
    apiVersion: 'cert-manager.io/v1',
    kind: 'CertificateRequest',
    metadata: { name: 'req', namespace: 'apps' },
    spec: { request: Buffer.from('-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n').toString('base64'), issuerRef: tls.issuerRef, usages: ['server auth'], duration: '1h' },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'gw', namespace: 'edge', annotations: { 'cert-manager.io/cluster-issuer': 'le' } },
    spec: {
      gatewayClassName: 'istio',
      listeners: [
        { name: 'https', hostname: 'web.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'web-tls' }] } },
        { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } },
      ],
    },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'redirect', namespace: 'edge' },
    spec: { parentRefs: [{ name: 'gw', sectionName: 'http' }], rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }] },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', namespace: 'apps', annotations: { 'cert-manager.io/issuer': 'ca' } },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }],
      rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
    },
  },
  { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'istio-system' }, spec: { mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'STRICT' } } } },
  { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'deny', namespace: 'apps' }, spec: { action: 'ALLOW', rules: [{ from: [{ source: { principals: ['cluster.local/ns/apps/sa/web'] } }] }] } },
  { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'web', namespace: 'apps' }, spec: { host: 'web.apps.svc.cluster.local', trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } } },
  { apiVersion: 'policy.linkerd.io/v1beta3', kind: 'Server', metadata: { name: 'web', namespace: 'apps' }, spec: { podSelector: { matchLabels: { app: 'web' } }, port: 8080, accessPolicy: 'deny' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps', annotations: { 'config.linkerd.io/default-inbound-policy': 'all-authenticated' } } },
  {
    apiVersion: 'trust.cert-manager.io/v1alpha1',
    kind: 'Bundle',
    metadata: { name: 'internal-ca' },
    spec: { sources: [{ useDefaultCAs: false }, { secret: { name: 'ca', key: 'tls.crt' } }], target: { configMap: { key: 'ca.crt' }, namespaceSelector: { matchLabels: { trust: 'enabled' } } } },
  },
  { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'web-tls', namespace: 'apps' }, data: { 'tls.crt': Buffer.from(CA_PEM).toString('base64'), 'tls.key': '' } },
  {
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    metadata: { name: 'user' },
    spec: { request: 'LS0t', signerName: 'kubernetes.io/kube-apiserver-client', usages: ['client auth'], expirationSeconds: 86400 },
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: 'hook', annotations: { 'cert-manager.io/inject-ca-from': 'apps/web' } },
    webhooks: [{ name: 'hook.example.com', clientConfig: { service: { name: 'hook', namespace: 'apps' } }, admissionReviewVersions: ['v1'], sideEffects: 'None' }],
  },
  {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'alerts', namespace: 'monitoring' },
    spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', for: '5m', labels: { severity: 'critical' } }] }] },
  },
];

/** Values of every type but the expected one, and of sizes no rule foresees. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 64, 0.5, '', ' ', 'true', '0x1F', '1e999', '.inf', '~', [], {}, [null], { '': '' }, ['*', '**']),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constant('x'.repeat(20_000)),
  fc.jsonValue({ maxDepth: 4 }),
  // Deep nesting: deeper than any field the rules read, shallow enough for YAML.stringify.
  fc.integer({ min: 50, max: 300 }).map((depth) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
);

/** Every path to a value inside `obj` (objects and arrays included). */
function paths(obj: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (obj === null || typeof obj !== 'object') return [prefix];
  const children = Array.isArray(obj) ? obj.map((_, i) => i) : Object.keys(obj);
  return [prefix, ...children.flatMap((k) => paths((obj as any)[k], [...prefix, k]))];
}

function withValue(obj: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(obj) ? [...obj] : { ...(obj as object) };
  copy[head] = withValue(copy[head], rest, value);
  return copy;
}

/** One seed object with 1-3 fields replaced by wrong-typed values. */
const brokenObject = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  edits: fc.array(fc.tuple(fc.nat(), wrongValue), { minLength: 1, maxLength: 3 }),
}).map(({ seed, edits }) => edits.reduce<unknown>((obj, [pick, value]) => {
  const all = paths(obj);
  return withValue(obj, all[pick % all.length], value);
}, SEEDS[seed]));

const yamlOf = (objects: unknown[]) => objects.map((o) => YAML.stringify(o, { aliasDuplicateObjects: false })).join('---\n');

/** Valid YAML of broken objects, sometimes mixed with intact ones (cross-object rules see both). */
const wrongTypedYaml = fc.tuple(fc.array(brokenObject, { minLength: 1, maxLength: 3 }), fc.subarray([...SEEDS], { maxLength: 4 }))
  .map(([broken, intact]) => yamlOf([...intact, ...broken]));

const seedYaml = fc.subarray([...SEEDS], { minLength: 1, maxLength: 4 }).map(yamlOf);

/** Text that is not (quite) YAML, or YAML that tries to hurt the reader. */
const malformedText: fc.Arbitrary<string> = fc.oneof(
  // Random bytes, decoded as the CLI decodes standard input: invalid UTF-8 becomes U+FFFD.
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Lone surrogates and BOMs, which a UTF-8 decoder never yields but a string can hold.
  fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', '\uFEFF', '\u0000', 'a', ':', '\n', ' '), maxLength: 60 }),
  // Truncated documents.
  fc.tuple(seedYaml, fc.nat()).map(([text, n]) => text.slice(0, n % (text.length + 1))),
  // A byte replaced somewhere in valid YAML.
  fc.tuple(seedYaml, fc.nat(), fc.constantFrom('{', '}', '[', ']', ':', '-', '"', '\'', '&', '*', '!', '|', '>', '\t', '#', '%', '@', '`', '\0', '\uFFFD'))
    .map(([text, n, ch]) => { const i = n % Math.max(text.length, 1); return `${text.slice(0, i)}${ch}${text.slice(i + 1)}`; }),
  // Alias bombs (the CLI caps aliases), duplicate keys, custom and unsafe tags, directives.
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    return `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: bomb}\nspec:\n  ${lines.join('\n  ')}\n`;
  }),
  fc.constantFrom(
    'apiVersion: cert-manager.io/v1\nkind: Issuer\nkind: ClusterIssuer\nmetadata: {name: a, name: b}\nspec: {ca: {secretName: x}, ca: {secretName: y}}\n',
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: &m {name: a}\nspec: &s {secretName: *s, issuerRef: *m}\n',
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: a}\nspec: !!js/function "function () { return 1 }"\n',
    'apiVersion: !!binary aGVsbG8=\nkind: !custom Certificate\nmetadata: {name: !!int 1}\n',
    '%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\n!foo {apiVersion: v1, kind: List, items: [1, null, [], {kind: Certificate}]}\n',
    'apiVersion: v1\nkind: List\nitems: {not: a list}\n',
    'apiVersion: v1\nkind: List\nitems: [[[{apiVersion: cert-manager.io/v1, kind: Certificate}]]]\n',
    '? [complex, key]\n: value\n? {a: b}\n: c\nkind: Certificate\napiVersion: cert-manager.io/v1\n',
    '<<: {apiVersion: cert-manager.io/v1, kind: Certificate}\nmetadata: {<<: [{name: a}, {namespace: b}]}\nspec: {<<: 1}\n',
    '---\n...\n---\n---\n',
    '- apiVersion: cert-manager.io/v1\n  kind: Certificate\n',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{a: '.repeat(3000)}1${'}'.repeat(3000)}`,
    `${'- '.repeat(2000)}x`,
    `spec:\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n')} 1\n`,
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nspec:\n  duration: 99999999999999999999999h\n  renewBeforePercentage: 1e400\n  privateKey: {size: -0}\n',
  ),
);

describe('cdk8s-tls audit fuzzing', () => {
  test('wrong-typed fields in otherwise valid objects: exit 0, 1 or 2, no stack trace, no rule crash', () => {
    fc.assert(fc.property(wrongTypedYaml, fc.constantFrom<'text' | 'json'>('text', 'json'), expectHandled), fcParameters());
  });

  test('malformed YAML and bytes: exit 0, 1 or 2, no stack trace, no rule crash', () => {
    fc.assert(fc.property(malformedText, fc.constantFrom<'text' | 'json'>('text', 'json'), expectHandled), fcParameters());
  });

  test('the seeds themselves are read and checked (the fuzzer starts from objects the rules reach)', () => {
    const run = audit(yamlOf([...SEEDS]), 'json');
    expect(run.status).not.toBe(2);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(expect.any(Array));
  });

  test('an alias bomb is refused with a message (exit 2), not expanded', () => {
    const levels = 9; // 10^9 nodes if expanded
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const run = audit(`${lines.join('\n')}\n`, 'text');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: cannot read: Excessive alias count/);
  });
});
