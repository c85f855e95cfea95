// Output is deterministic: the same code gives byte-identical YAML on every run (for the examples:
// test/examples.test.ts compares the CLI's output with a second run in process), and props whose
// order carries no meaning (see docs/robustness.md for the decision per prop) give the
// same YAML whatever order the user writes them in.
import * as fc from 'fast-check';
import { CONSTRUCTS, ConstructEntry } from './constructs';
import { NUM_RUNS, fcParameters, synthYaml } from './harness';

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
