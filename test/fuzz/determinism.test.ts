// Output is deterministic: the same code gives byte-identical YAML on every run, and props whose
// order carries no meaning (see docs/robustness.md for the decision per prop) give the
// same YAML whatever order the user writes them in.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { CONSTRUCTS, ConstructEntry } from './constructs';
import { NUM_RUNS, fcParameters, synthYaml } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/**
 * The files an example's `app.synth()` writes. The example runs in process, in a fresh module
 * registry (no state shared with an earlier run), with its output redirected by CDK8S_OUTDIR:
 * `cdk8s synth` through ts-node takes about a minute per example on this machine, and
 * test/examples.test.ts already compares that path with its reviewed snapshot on every run.
 */
function synthExample(name: string): Record<string, string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `cdk8s-tls-determinism-${name}-`));
  const previous = process.env.CDK8S_OUTDIR;
  const cwd = process.cwd();
  process.env.CDK8S_OUTDIR = out;
  try {
    // Examples read files relative to their own folder, as `cdk8s synth` runs them there.
    process.chdir(path.join(ROOT, 'examples', name));
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(ROOT, 'examples', name, 'main.ts'));
    });
    return Object.fromEntries(fs.readdirSync(out).sort().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
  } finally {
    process.chdir(cwd);
    if (previous === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = previous;
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe.each(EXAMPLES)('examples/%s', (name) => {
  test('two cdk8s synth runs write byte-identical files', () => {
    const first = synthExample(name);
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(synthExample(name)).toEqual(first);
  });
});

const entry = (name: string): ConstructEntry => {
  const found = CONSTRUCTS.find((c) => c.name === name);
  if (!found) throw new Error(`no construct entry ${name}`);
  return found;
};

describe.each(CONSTRUCTS.map((c) => [c.name, c] as const))('%s', (_name, construct) => {
  test('the same props synthesize to byte-identical YAML in two apps', () => {
    fc.assert(fc.property(construct.arbitrary, (props) => {
      expect(synthYaml(construct, props)).toBe(synthYaml(construct, props));
    }), fcParameters(Math.ceil(NUM_RUNS / 10)));
  });
});

type Step = string | number;

/** A prop whose order carries no meaning: an array used as a set, or a map (key order). */
interface OrderFreeProp {
  readonly construct: string;
  readonly path: readonly Step[];
}

/** The decisions, one line each, are in docs/robustness.md. */
const ORDER_FREE: readonly OrderFreeProp[] = [
  // Maps: JavaScript keeps insertion order; the YAML must not.
  { construct: 'Certificate', path: ['options', 'metadata', 'labels'] },
  { construct: 'Certificate', path: ['options', 'secretTemplate', 'annotations'] },
  { construct: 'AcmeIssuer', path: ['account', 'solvers', 0, 'options', 'selector', 'matchLabels'] },
  { construct: 'CertManagerMonitor', path: ['selectorLabels'] },
  { construct: 'CertExpiryAlert', path: ['labels'] },
  { construct: 'TlsIngress', path: ['metadata', 'labels'] },
  { construct: 'TlsGateway', path: ['metadata', 'annotations'] },
  { construct: 'MeshMtlsPolicy', path: ['scope', 'matchLabels'] },
  { construct: 'TrustBundle', path: ['options', 'namespaceSelector', 'matchLabels'] },
  { construct: 'TrustBundle', path: ['options', 'configMap', 'labels'] },
  { construct: 'CertificatePlatform', path: ['tenants', 0, 'namespaceLabels'] },
  // Arrays used as sets.
  { construct: 'Certificate', path: ['options', 'usages'] },
  { construct: 'Certificate', path: ['options', 'additionalOutputFormats'] },
  { construct: 'Certificate', path: ['options', 'nameConstraints', 'permitted', 'dnsDomains'] },
  { construct: 'AcmeIssuer', path: ['account', 'solvers', 0, 'options', 'selector', 'dnsZones'] },
  { construct: 'CertExpiryAlert', path: ['namespaces'] },
  { construct: 'CertExpiryAlert', path: ['certificateNames'] },
  { construct: 'TlsIngress', path: ['sources', 0, 'options', 'usages'] },
  { construct: 'TlsGateway', path: ['sources', 0, 'options', 'usages'] },
  { construct: 'LinkerdIdentity', path: ['nameConstraints', 'permitted', 'dnsDomains'] },
  { construct: 'IstioPluggedCa', path: ['props', 'nameConstraints', 'permitted', 'dnsDomains'] },
];

function at(value: any, steps: readonly Step[]): any {
  return steps.reduce((v, step) => (v === undefined || v === null ? undefined : v[step]), value);
}

/** `props` with the value at `steps` permuted by `keys` (arrays: elements, objects: key order). */
function permuted(props: any, steps: readonly Step[], keys: readonly number[]): any {
  const order = <T>(items: T[]): T[] => items.map((item, i) => ({ item, key: keys[i % keys.length], i }))
    .sort((a, b) => a.key - b.key || b.i - a.i).map((x) => x.item);
  const rebuild = (value: any, rest: readonly Step[]): any => {
    if (rest.length === 0) {
      return Array.isArray(value) ? order([...value]) : Object.fromEntries(order(Object.entries(value)));
    }
    const [step, ...tail] = rest;
    const copy = Array.isArray(value) ? [...value] : { ...value };
    (copy as any)[step] = rebuild(value[step], tail);
    return copy;
  };
  return rebuild(props, steps);
}

const size = (v: any) => (Array.isArray(v) ? new Set(v).size : v && typeof v === 'object' ? Object.keys(v).length : 0);

describe.each(ORDER_FREE.map((p) => [`${p.construct} ${p.path.join('.')}`, p] as const))('order-free %s', (_label, prop) => {
  test('written in any order, synthesizes to byte-identical YAML', () => {
    const construct = entry(prop.construct);
    fc.assert(fc.property(construct.arbitrary, fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), (props, keys) => {
      fc.pre(size(at(props, prop.path)) >= 2);
      expect(synthYaml(construct, permuted(props, prop.path, keys))).toBe(synthYaml(construct, props));
    }), { ...fcParameters(Math.ceil(NUM_RUNS / 10)), maxSkipsPerRun: 1000 });
  });
});
