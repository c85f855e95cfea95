// TlsApp writes what cdk8s's own App.synth() writes, byte for byte, for every output type, fails
// with the same message, and validates the app once per synthesis instead of once per chart.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, Helm, Include, Testing, Yaml, YamlOutputType } from 'cdk8s';
import { Service } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as YAML from 'yaml';
import { buildPlatform, OUTPUT_TYPES, readTree, synthEveryOutputType, synthTree, synthYamlOf, tempDir } from './fixtures';
import { Certificate, MeshMtlsPolicy, MeshScope, SelfSignedIssuer, ServiceMesh, TlsApp, TlsGateway, TlsSource } from '../../src';
import * as engine from '../../src/rules/engine';
import { expectSchemaValid } from '../support/schema';

// Enough tenants for every feature of the fixture to occur at least twice where it can (see
// buildPlatform) and for a few dozen charts. cdk8s's own synthesis validates the app once per
// chart, so its time grows with the square of the size: hundreds of tenants would take minutes
// and prove nothing a dozen does not.
const TENANTS = 12;

describe(`a platform of ${TENANTS} tenants in nested charts with cross-chart dependencies`, () => {
  const build = (app: App) => buildPlatform(app, TENANTS);

  test.each(OUTPUT_TYPES)('%s: the same files as App.synth()', (_name, yamlOutputType) => {
    const expected = synthTree(App, { yamlOutputType }, build);
    const actual = synthTree(TlsApp, { yamlOutputType }, build);
    expect(expected.error).toBeUndefined();
    expect(actual.error).toBeUndefined();
    // sanity: the fixture does exercise what it claims
    const files = Object.keys(expected.tree!);
    if (yamlOutputType === YamlOutputType.FILE_PER_CHART) {
      // charts depend on each other, so cdk8s prefixes file names with the chart's position; the
      // chart with id '7' comes first (cdk8s keys its dependency graph by path in a plain object)
      expect(files.slice(0, 3)).toEqual(['0000-7.k8s.yaml', '0001-empty.k8s.yaml', '0002-platform.k8s.yaml']);
      expect(files.length).toBe(2 * TENANTS + 5);
    }
    expect(Object.keys(actual.tree!)).toEqual(files);
    expect(actual.tree).toEqual(expected.tree);
  });

  test('synthYaml() is the same string, and its objects are schema-valid', () => {
    const expected = synthYamlOf(App, build);
    const actual = synthYamlOf(TlsApp, build);
    expect(actual).toEqual(expected);
    const docs = YAML.parseAllDocuments(actual.yaml!).map((d) => d.toJS());
    // 7 objects per tenant, the nested-twice chart's 1, platform 3, chart '7' 1, reversed 3
    expect(docs.length).toBe(7 * TENANTS + 1 + 3 + 1 + 3);
    expectSchemaValid(docs);
  });

  test('construct metadata (recordConstructMetadata) is the same', () => {
    const props = { recordConstructMetadata: true, yamlOutputType: YamlOutputType.FILE_PER_APP };
    const small = (app: App) => buildPlatform(app, 12);
    const expected = synthTree(App, props, small);
    const actual = synthTree(TlsApp, props, small);
    expect(Object.keys(actual.tree!)).toContain('construct-metadata.json');
    expect(actual).toEqual(expected);
  });

  test('the static helper synthesizes a plain App the same way', () => {
    const outdir = tempDir('static');
    try {
      const app = new App({ outdir, yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
      buildPlatform(app, 20);
      TlsApp.synthesize(app);
      const expected = synthTree(App, { yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE }, (a) => buildPlatform(a, 20));
      expect(readTree(outdir)).toEqual(expected.tree);
      expect(TlsApp.synthesizeYaml(app)).toEqual(synthYamlOf(App, (a) => buildPlatform(a, 20)).yaml);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

test('file names: indexed when charts depend on each other, plain otherwise', () => {
  const twoTenants = (dependent: boolean) => (app: App) => {
    const a = new Chart(app, 'team-a');
    const b = new Chart(app, 'team-b');
    new ApiObject(a, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { team: 'a' } });
    new ApiObject(b, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { team: 'b' } });
    if (dependent) a.addDependency(b);
  };
  for (const dependent of [false, true]) {
    const expected = synthTree(App, {}, twoTenants(dependent));
    const actual = synthTree(TlsApp, {}, twoTenants(dependent));
    expect(actual).toEqual(expected);
  }
  expect(synthTree(TlsApp, {}, twoTenants(true)).tree).toMatchSnapshot();
  expect(Object.keys(synthTree(TlsApp, {}, twoTenants(false)).tree!)).toEqual(['team-a.k8s.yaml', 'team-b.k8s.yaml']);
  expect(Object.keys(synthTree(TlsApp, {}, twoTenants(true)).tree!)).toEqual(['0000-team-b.k8s.yaml', '0001-team-a.k8s.yaml']);
});

test('an app without charts writes nothing, as cdk8s does', () => {
  for (const [, yamlOutputType] of OUTPUT_TYPES) {
    const actual = synthTree(TlsApp, { yamlOutputType }, () => undefined);
    expect(actual).toEqual(synthTree(App, { yamlOutputType }, () => undefined));
    expect(actual.tree).toEqual({});
  }
});

describe('an app without any dependency (object and chart order without the dependency graphs)', () => {
  // Chart ids that JavaScript orders first among an object's keys ('7', '10', '0'), ones that only
  // look like numbers ('01', '4294967295', '-1'), and nested constructs several levels deep.
  const IDS = ['b', '7', 'a', '10', '01', '0', '4294967295', '-1', 'z'];
  const build = (app: App) => {
    for (const id of IDS) {
      const chart = new Chart(app, id, { namespace: `ns-${id.replace(/[^0-9a-z]/g, 'x')}` });
      const group = new Construct(chart, 'group');
      new ApiObject(group, 'inner', { apiVersion: 'v1', kind: 'ConfigMap', data: { chart: id } });
      new ApiObject(chart, 'outer', { apiVersion: 'v1', kind: 'ConfigMap', data: { chart: id } });
      new ApiObject(new Construct(group, 'deeper'), 'deepest', { apiVersion: 'v1', kind: 'Secret', stringData: { chart: id } });
    }
  };

  test('synthYaml() is the same string', () => {
    const expected = synthYamlOf(App, build);
    expect(expected.yaml).toMatch(/chart: "7"[^]*chart: "10"[^]*chart: b/);
    expect(synthYamlOf(TlsApp, build)).toEqual(expected);
    expectSchemaValid(YAML.parseAllDocuments(expected.yaml!).map((d) => d.toJS()));
  });

  test.each(OUTPUT_TYPES)('%s: the same files', (_name, yamlOutputType) => {
    expect(synthTree(TlsApp, { yamlOutputType }, build)).toEqual(synthTree(App, { yamlOutputType }, build));
  });
});

describe('errors', () => {
  /** Rule errors in two charts and plain cdk8s validation errors in two others. */
  const broken = (app: App): void => {
    for (const team of ['a', 'b']) {
      const chart = new Chart(app, `team-${team}`, { namespace: `team-${team}` });
      const issuer = new SelfSignedIssuer(chart, 'issuer');
      new Certificate(chart, 'nameless', { issuer });
      new Certificate(chart, 'fine', { issuer, dnsNames: [`${team}.example.com`] });
    }
    for (const team of ['c', 'd']) {
      const chart = new Chart(app, `team-${team}`);
      chart.node.addValidation({ validate: () => [`team ${team} has no owner`, `team ${team} has no budget`] });
    }
  };

  test.each(OUTPUT_TYPES)('%s: every validation error at once, with the same message', (_name, yamlOutputType) => {
    const expected = synthTree(App, { yamlOutputType }, broken);
    const actual = synthTree(TlsApp, { yamlOutputType }, broken);
    expect(expected.error).toMatch(/^Validation failed with the following errors:\n {2}\[team-a\/nameless\] \[CM-C11\] /);
    expect(expected.error).toContain('[team-d] team d has no budget');
    expect(actual).toEqual(expected);
  });

  test('synthYaml(): the same validation error', () => {
    const expected = synthYamlOf(App, broken);
    expect(expected.error).toContain('[team-b/nameless] [CM-C11]');
    expect(synthYamlOf(TlsApp, broken)).toEqual(expected);
  });

  test('a dependency cycle between charts: the same error', () => {
    const cyclic = (app: App): void => {
      const a = new Chart(app, 'a');
      const b = new Chart(app, 'b');
      new ApiObject(a, 'cm', { apiVersion: 'v1', kind: 'ConfigMap' });
      new ApiObject(b, 'cm', { apiVersion: 'v1', kind: 'ConfigMap' });
      a.addDependency(b);
      b.addDependency(a);
    };
    const expected = synthTree(App, {}, cyclic);
    expect(expected.error).toMatch(/^Dependency cycle detected: /);
    expect(synthTree(TlsApp, {}, cyclic)).toEqual(expected);
    expect(synthYamlOf(TlsApp, cyclic)).toEqual(synthYamlOf(App, cyclic));
  });

  test('a dependency outside any chart: the same error', () => {
    const loose = (app: App): void => {
      const chart = new Chart(app, 'a');
      const cm = new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap' });
      new Construct(app, 'loose').node.addDependency(cm);
    };
    const expected = synthTree(App, {}, loose);
    expect(expected.error).toBe('cannot find a parent chart (directly or indirectly)');
    expect(synthTree(TlsApp, {}, loose)).toEqual(expected);
  });
});

describe('validation runs once per synthesis', () => {
  const certificates = (charts: number) => (app: App): void => {
    for (let i = 0; i < charts; i++) {
      const chart = new Chart(app, `team-${i}`, { namespace: `team-${i}` });
      const issuer = new SelfSignedIssuer(chart, 'issuer');
      new Certificate(chart, 'web', { issuer, dnsNames: [`web.team-${i}.example.com`] });
    }
  };

  afterEach(() => jest.restoreAllMocks());

  test('the rule engine computes the findings of the app once, not once per chart', () => {
    const spy = jest.spyOn(engine, 'findingsByObject');
    synthTree(App, {}, certificates(20));
    const perChart = spy.mock.calls.length;
    spy.mockClear();
    const outcome = synthTree(TlsApp, {}, certificates(20));
    expect(outcome.error).toBeUndefined();
    expect(perChart).toBe(21); // cdk8s: once before writing, then once per chart
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    synthYamlOf(TlsApp, certificates(20));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('a construct that writes several objects does not restart the pass', () => {
    const spy = jest.spyOn(engine, 'findingsByObject');
    const outcome = synthYamlOf(TlsApp, (app) => {
      for (let i = 0; i < 3; i++) {
        const chart = new Chart(app, `team-${i}`, { namespace: `team-${i}` });
        // Istio: PeerAuthentication, default deny and allow rules; Gateway: routes per host.
        const mtls = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespaceName(`team-${i}`) });
        mtls.allowFromNamespace('ingress');
        const service = new Service(chart, 'app', { metadata: { name: 'app' }, ports: [{ port: 80 }] });
        const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'istio', tls: TlsSource.existingSecret('web-tls') });
        gateway.addHost(`a.team-${i}.example.com`, { backend: service });
        gateway.addHost(`b.team-${i}.example.com`, { backend: service });
      }
    });
    expect(outcome.error).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('each construct is validated once', () => {
    const counts = new Map<string, number>();
    const outcome = synthTree(TlsApp, {}, (app) => {
      certificates(5)(app);
      for (const c of app.node.findAll()) {
        c.node.addValidation({ validate: () => (counts.set(c.node.path, (counts.get(c.node.path) ?? 0) + 1), []) });
      }
    });
    expect(outcome.error).toBeUndefined();
    expect(counts.size).toBeGreaterThan(10);
    expect(new Set(counts.values())).toEqual(new Set([1]));
  });
});

describe('Include and Helm', () => {
  test.each(OUTPUT_TYPES)('%s: Include with dependencies on and from it', (_name, yamlOutputType) => {
    const dir = tempDir('include');
    try {
      const file = path.join(dir, 'upstream.yaml');
      fs.writeFileSync(file, Yaml.stringify(
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'upstream' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'upstream-settings', namespace: 'upstream' }, data: { a: '1' } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'upstream', namespace: 'upstream' }, spec: { ports: [{ port: 443 }] } },
      ));
      const build = (app: App): void => {
        const base = new Chart(app, 'base');
        const upstream = new Include(base, 'upstream', { url: file });
        const local = new Chart(app, 'local', { namespace: 'upstream' });
        const cm = new ApiObject(local, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', data: { b: '2' } });
        cm.addDependency(upstream);
        const late = new ApiObject(base, 'late', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'upstream' } });
        upstream.node.addDependency(late);
      };
      const expected = synthTree(App, { yamlOutputType }, build);
      expect(expected.error).toBeUndefined();
      expect(synthTree(TlsApp, { yamlOutputType }, build)).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const helm = findHelm();
  const CHARTS = path.resolve(__dirname, '..', '..', 'charts');

  helmTest(helm, 'Helm: cert-manager in a nested chart, trust-manager depending on it', () => {
    const build = (app: App): void => {
      const platform = new Chart(app, 'platform');
      const certManager = new Chart(platform, 'cert-manager', { namespace: 'cert-manager' });
      const cm = new Helm(certManager, 'release', {
        chart: path.join(CHARTS, 'cert-manager-v1.21.1'),
        releaseName: 'cert-manager',
        namespace: 'cert-manager',
        values: { crds: { enabled: true } },
        helmExecutable: helm,
      });
      const trust = new Chart(app, 'trust', { namespace: 'cert-manager' });
      const tm = new Helm(trust, 'release', {
        chart: path.join(CHARTS, 'trust-manager-v0.24.0'),
        releaseName: 'trust-manager',
        namespace: 'cert-manager',
        helmExecutable: helm,
      });
      tm.node.addDependency(cm);
    };
    // helm renders when the app is built: build each app once and write every output type
    const expected = synthEveryOutputType(App, build);
    const actual = synthEveryOutputType(TlsApp, build);
    expect(Object.keys(expected.trees.FILE_PER_CHART).length).toBeGreaterThan(0);
    expect(actual.trees).toEqual(expected.trees);
    expect(actual.yaml).toEqual(expected.yaml);
    expect(YAML.parseAllDocuments(actual.yaml).length).toBe(50 + 15);
  });
});

test('Chart.toJson() (Testing.synth) works on a TlsApp chart as on an App chart', () => {
  const synthChart = (app: App): any[] => {
    const chart = new Chart(app, 'c');
    new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', data: { a: '1' } });
    return Testing.synth(chart);
  };
  const json = synthChart(new TlsApp({ outdir: 'unused' }));
  expect(json).toEqual(synthChart(new App({ outdir: 'unused' })));
  expect(json).toEqual([expect.objectContaining({ kind: 'ConfigMap', data: { a: '1' } })]);
});

/** helm from env HELM, PATH or the project's .tools/bin. */
function findHelm(): string | undefined {
  const candidates = [
    process.env.HELM,
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'helm')),
    path.resolve(__dirname, '..', '..', '.tools', 'bin', 'helm'),
  ].filter((x): x is string => !!x);
  return candidates.find((file) => spawnSync(file, ['version', '--short']).status === 0);
}

/** Missing helm: fails under CI (env CI set), skips with a message elsewhere. */
function helmTest(helm: string | undefined, name: string, fn: () => void): void {
  const hint = 'put helm on PATH, set HELM=/path/to/helm, or install it into .tools/bin as charts/README.md says';
  if (helm) {
    test(name, fn);
  } else if (process.env.CI) {
    test(name, () => {
      throw new Error(`helm is required when CI is set but was not found; ${hint}`);
    });
  } else {
    // eslint-disable-next-line no-console
    console.warn(`helm not found: skipping the Helm equivalence test; ${hint}`);
    test.skip(`${name} (skipped: helm not installed)`, () => undefined);
  }
}
