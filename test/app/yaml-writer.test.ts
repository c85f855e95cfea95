// The YAML writer of TlsApp writes what cdk8s's Yaml.stringify() writes, byte for byte, for any
// JSON-like input; it takes its fast path for Kubernetes manifests (block scalars included).
import { ApiObject, Chart, Yaml } from 'cdk8s';
import * as fc from 'fast-check';
import { CertificatePlatform, PlatformEnvironment, ServiceMesh, TlsApp } from '../../src';
import { stringifyYaml } from '../../src/app/yaml-writer';
import { NOW_CONTEXT_KEY, WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { inSynthesisRequest, jsonOf } from '../../src/core/synthesis-json';
import { fcParameters } from '../fuzz/harness';
import { expectSchemaValid } from '../support/schema';

/** A development platform with Istio and two tenants: issuers, alerts (block scalars), mesh policy. */
function manifestApp(): TlsApp {
  const app = new TlsApp();
  app.node.setContext(NOW_CONTEXT_KEY, '2026-11-15T00:00:00Z');
  app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
  const platform = new CertificatePlatform(new Chart(app, 'platform'), 'tls', { environment: PlatformEnvironment.DEVELOPMENT, installCertManager: false, mesh: ServiceMesh.ISTIO });
  for (const name of ['team-a', 'team-b']) {
    const tenant = platform.addTenant(new Chart(app, name), 'tenant', { namespace: name });
    tenant.certificate('web', { metadata: { name: 'web' }, dnsNames: [`${name}.example.com`] });
  }
  return app;
}

/** Strings whose YAML style is not that of an identifier: quoted, block, reserved, numeric. */
const TRICKY_STRINGS = [
  '', ' ', 'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', 'null', 'Null', '~', '-', '- a', '-a', '?', '? a',
  'a: b', 'a:b', 'a:', '#x', 'x #y', 'x# y', '1:20', '190:20:30', '0x1F', '0o17', '0b101', '017', '1_000', '1e3',
  '.inf', '-.Inf', '.NaN', '+1', '1.5', '2024-01-01', '2001-12-14t21:59:43.10-05:00', '---', '...', '--- a', '|',
  '>', '@a', '`a', '%a', '!a', '&a', '*a', '"a"', "'a'", '[a]', '{a}', 'a,b', 'a\n', '\na', 'a\n\nb', 'a\nb\n\n',
  '  a', 'a  ', 'a\n  b\n', ' a\nb', 'a\n \nb', 'a \nb', '\t', 'a\tb', 'é', 'a\u2028b', '\u0007', '\ufeffa', '<<', '=',
  'a\n b', 'a\n\n\nb', 'a\n#b', 'a\n- b', 'a\n...', 'x: y\nz', 'a b\nc d', '"q"\nx', 'a\n ', 'a\n\t', 'a\t\nb', 'sum(x{a="b"}) > 0\nand y',
  'E0', 'e-5', 'e+5', '1.', '1__0', '0xFF_', '12:30:59', '2024-1-1', '2024-01-01t1:2:3', '<< ', 'a\n---\nb', 'a\n...\nb', 'x'.repeat(1100), 'key with spaces', 'x'.repeat(40) + '\n' + 'y'.repeat(200),
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,12}$/) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  // identifier-shaped, but read back as numbers, timestamps and booleans by YAML 1.1 more often than not
  { weight: 2, arbitrary: fc.stringMatching(/^[-+.0-9eExXbBoO_:tTyYnN]{1,8}$/) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.array(fc.string({ maxLength: 10 }), { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', ' ', '\n', ':', '#', '-', '"', "'", '\t'), { maxLength: 10 }).map((cs) => cs.join('')) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e21, 2 ** 53, NaN, Infinity, -Infinity)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined) },
);

const key = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,8}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[-+.0-9eExXbBoO_:tTyYnN]{1,8}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('node')),
  node: fc.oneof(
    fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
    fc.array(tie('tree'), { maxLength: 4 }),
  ),
}));

describe('stringifyYaml', () => {
  test('writes what Yaml.stringify() writes for any JSON-like documents', () => {
    fc.assert(fc.property(fc.array(tree, { maxLength: 4 }), (docs) => {
      expect(stringifyYaml(docs)).toBe(Yaml.stringify(...docs));
    }), fcParameters());
  });

  test('every tricky string, as a key and as a value at every depth, in mappings and sequences', () => {
    const docs = TRICKY_STRINGS.flatMap((s) => [
      { [s]: s, nested: { [s]: [s, { [s]: s, deeper: [[s], { x: s }] }] } },
      [s, [s, [s]], { k: s }],
      s,
    ]);
    expect(stringifyYaml(docs)).toBe(Yaml.stringify(...docs));
  });

  test('empty collections, nulls, numbers, undefined documents and shared objects (anchors)', () => {
    const shared = { a: 1 };
    const docs: unknown[] = [
      { a: null, b: [], c: {}, d: [{ x: 1, y: [1, [2, 3], {}] }, [], [[]], null, true], e: -0, f: 1.5, g: 1e21 },
      [], {}, undefined, 5, null, [[{ a: [{ b: {} }] }]],
      { first: shared, second: shared },
      { undefinedValue: undefined, date: new Date(0), map: new Map([['a', 1]]) },
    ];
    expect(stringifyYaml(docs)).toBe(Yaml.stringify(...docs));
  });

  test('Kubernetes manifests, PrometheusRules with block scalars included, never go through the yaml package', () => {
    const app = manifestApp();
    const docs = inSynthesisRequest(app, () => app.node.findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject)
      .map((o) => jsonOf(o)));
    expectSchemaValid(docs);
    expect(docs.some((d) => d.kind === 'PrometheusRule' && /\n[^"]/.test(JSON.stringify(d).replace(/\\n/g, '\n')))).toBe(true);
    const fallback = jest.spyOn(Yaml, 'stringify');
    let written: string;
    try {
      written = stringifyYaml(docs);
      expect(fallback).not.toHaveBeenCalled();
    } finally {
      fallback.mockRestore();
    }
    expect(written).toBe(Yaml.stringify(...docs));
    expect(written).toMatch(/: \|-?\n/);
  });

  test('TlsApp.synthYaml() writes with it', () => {
    const app = manifestApp();
    const fallback = jest.spyOn(Yaml, 'stringify');
    try {
      expect(app.synthYaml()).toContain('kind: PrometheusRule');
      expect(fallback).not.toHaveBeenCalled();
    } finally {
      fallback.mockRestore();
    }
  });
});
