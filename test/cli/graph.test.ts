import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { main } from '../../src/cli/main';
import { tlsGraph } from '../../src/graph/model';
import { synthExampleSync } from '../support/example-synth';
import { expectSchemaValid } from '../support/schema';

const ROOT = path.join(__dirname, '..', '..');

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

const certificate = (name: string, namespace: string, secretName: string, dnsNames: string[], issuer = { name: 'shop-ca', kind: 'Issuer' }) => ({
  apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name, namespace }, spec: { secretName, issuerRef: issuer, dnsNames },
});
const ingress = (name: string, hosts: string[], secretName: string) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name, namespace: 'shop' },
  spec: {
    ingressClassName: 'nginx',
    tls: [{ hosts, secretName }],
    rules: hosts.map((host) => ({ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } })),
  },
});

const TOPOLOGY = [
  { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'shop-ca', namespace: 'shop' }, spec: { ca: { secretName: 'shop-root' } } },
  certificate('web', 'shop', 'web-tls', ['shop.example.com']),
  certificate('api', 'shop', 'api-tls', ['api.example.com'], { name: 'gone', kind: 'ClusterIssuer' }),
  certificate('api-copy', 'shop', 'api-tls', ['api.example.com']),
  ingress('web', ['shop.example.com', 'www.example.com'], 'web-tls'),
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'edge', namespace: 'shop' },
    spec: { gatewayClassName: 'istio', listeners: [{ name: 'api', hostname: 'api.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ name: 'api-tls' }] } }] },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'ListenerSet',
    metadata: { name: 'team', namespace: 'shop' },
    spec: {
      parentRef: { name: 'edge', kind: 'Gateway', group: 'gateway.networking.k8s.io' },
      listeners: [{ name: 'web', hostname: 'shop.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ name: 'web-tls' }] } }],
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }], volumes: [{ name: 'tls', secret: { secretName: 'web-tls' } }] } },
    },
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: 'policy', annotations: { 'cert-manager.io/inject-ca-from': 'shop/web' } },
    webhooks: [],
  },
];

describe('the TLS graph model', () => {
  const graph = tlsGraph(TOPOLOGY);
  const byLabel = (label: string) => graph.nodes.find((n) => n.label === label)!;
  const edge = (from: string, to: string) => graph.edges.find((e) => e.from === byLabel(from).id && e.to === byLabel(to).id);

  test('links issuers, certificates, Secrets and their consumers', () => {
    expectSchemaValid(TOPOLOGY);
    expect(edge('Issuer shop/shop-ca', 'Certificate shop/web')?.label).toBe('issues');
    expect(edge('Certificate shop/web', 'Secret shop/web-tls')?.label).toBe('writes');
    expect(edge('Secret shop/shop-root', 'Issuer shop/shop-ca')?.label).toBe('signs with');
    expect(edge('Secret shop/web-tls', 'Deployment shop/web')?.label).toBe('mounted');
    expect(edge('Certificate shop/web', 'ValidatingWebhookConfiguration policy')?.label).toBe('injects CA');
    expect(edge('Secret shop/api-tls', 'Gateway shop/edge listener api')?.label).toBe('api.example.com');
    expect(edge('Secret shop/web-tls', 'ListenerSet shop/team listener web')?.label).toBe('shop.example.com');
    expect(byLabel('Issuer shop/shop-ca').broken).toBeUndefined();
  });

  test('draws broken links as such: a missing issuer, an uncovered host, a Secret written twice', () => {
    expect(byLabel('ClusterIssuer gone').broken).toBe('missing: no such issuer in the input');
    expect(edge('Secret shop/web-tls', 'Ingress shop/web')).toMatchObject({ label: 'shop.example.com, www.example.com', broken: 'no certificate covers www.example.com' });
    expect(byLabel('Secret shop/api-tls').broken).toBe('written twice: Certificate shop/api and Certificate shop/api-copy');
    // The CA issuer's Secret is neither written by a Certificate nor in the input.
    expect(byLabel('Secret shop/shop-root').broken).toMatch(/^missing/);
    expect(edge('Secret shop/api-tls', 'Gateway shop/edge listener api')?.broken).toBeUndefined();
  });

  test('a Secret nobody writes is missing; a Secret in the input is not', () => {
    const alone = tlsGraph([ingress('web', ['shop.example.com'], 'hand-made')]);
    expect(alone.nodes.find((n) => n.label === 'Secret shop/hand-made')?.broken).toMatch(/^missing/);
    const secret = { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'hand-made', namespace: 'shop' }, data: { 'tls.crt': '', 'tls.key': '' } };
    expect(tlsGraph([ingress('web', ['shop.example.com'], 'hand-made'), secret]).nodes.find((n) => n.label === 'Secret shop/hand-made')?.broken).toBeUndefined();
  });

  test('an annotated Ingress is issued through the shim, and one Gateway\'s listeners are one writer', () => {
    const annotated = {
      ...ingress('web', ['shop.example.com'], 'web-tls'),
      metadata: { name: 'web', namespace: 'shop', annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' } },
    };
    const gateway = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'edge', namespace: 'shop', annotations: { 'cert-manager.io/issuer': 'shop-ca' } },
      spec: {
        gatewayClassName: 'istio',
        listeners: ['a', 'b'].map((l) => ({ name: l, hostname: `${l}.example.com`, port: 443, protocol: 'HTTPS', tls: { certificateRefs: [{ name: 'edge-tls' }] } })),
      },
    };
    const graph2 = tlsGraph([annotated, gateway]);
    const issuer = graph2.nodes.find((n) => n.label === 'ClusterIssuer letsencrypt')!;
    expect(issuer.broken).toMatch(/^missing/);
    expect(graph2.edges).toContainEqual({ from: issuer.id, to: 'secret|shop|web-tls', label: 'issues via annotation' });
    expect(graph2.nodes.find((n) => n.label === 'Secret shop/edge-tls')?.broken).toBeUndefined();
  });
});

describe('cdk8s-tls graph', () => {
  const yaml = TOPOLOGY.map((o) => YAML.stringify(o)).join('---\n');

  test('mermaid: every edge joins declared nodes; broken ones are classed and dashed', () => {
    const result = run(['graph', '-'], yaml);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const declared = new Set(lines.map((l) => /^ {2}(n\d+)[[({]/.exec(l)?.[1]).filter(Boolean));
    const edges = lines.filter((l) => /-->|-\.->/.test(l));
    expect(edges.length).toBeGreaterThan(5);
    for (const e of edges) {
      const m = /^ {2}(n\d+) (-->|-\.->)\|"[^"]*"\| (n\d+)$/.exec(e);
      expect(m).not.toBeNull();
      expect(declared.has(m![1]) && declared.has(m![3])).toBe(true);
    }
    expect(edges.filter((e) => e.includes('-.->'))).toEqual([expect.stringContaining('no certificate covers www.example.com')]);
    expect(result.stdout).toMatch(/^ {2}class (n\d+,)+n\d+ broken$/m);
  });

  test('dot output; bad usage and empty input exit 2', () => {
    const dot = run(['graph', '--format', 'dot', '-'], yaml);
    expect(dot.stdout).toMatch(/^digraph tls \{\n {2}rankdir=LR;/);
    expect(dot.stdout).toContain('style=dashed');
    expect(run(['graph', '--format', 'png', '-'], yaml).stderr).toContain('--format takes mermaid or dot');
    const none = run(['graph', '-'], 'a: 1\n');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no Kubernetes objects');
  });
});

/** `dot` from Graphviz. In CI a missing `dot` is a failure (.ci/run installs graphviz), elsewhere the test is skipped. */
const hasDot = spawnSync('dot', ['-V']).status === 0;
const withDot = hasDot || process.env.CI ? test : test.skip;

describe('the committed picture of examples/webhook-serving-cert', () => {
  withDot('renders with Graphviz, and docs/graphs holds the current graph (npx projen graph-doc)', () => {
    expect(hasDot).toBe(true);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-graph-'));
    const synth = synthExampleSync('webhook-serving-cert', out);
    expect(synth.status).toBe(0);
    const dot = run(['graph', '--format', 'dot', out]).stdout;
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'graphs', 'webhook-serving-cert.dot'), 'utf8');
    if (dot !== committed) throw new Error('docs/graphs/webhook-serving-cert.dot is stale: run `npx projen graph-doc` and commit docs/graphs');
    const svg = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
    expect(svg.status).toBe(0);
    expect(svg.stdout).toMatch(/<svg [^>]*>/);
    // Graphviz writes '-' as &#45; in SVG text.
    const text = (svgText: string) => svgText.replace(/&#45;/g, '-');
    for (const label of ['Certificate policy/policy-webhook', 'Secret policy/policy-webhook-tls', 'ValidatingWebhookConfiguration policy.example.com', 'injects CA', 'mounted']) {
      expect(text(svg.stdout)).toContain(label);
    }
    const picture = fs.readFileSync(path.join(ROOT, 'docs', 'graphs', 'webhook-serving-cert.svg'), 'utf8');
    expect(text(picture)).toContain('Certificate policy/policy-webhook');
  }, 240_000);
});
