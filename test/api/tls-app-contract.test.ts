// What TlsApp takes from cdk8s, checked against the cdk8s this test runs with: the files of every
// output type, byte for byte, cdk8s's options for the `yaml` package, and an explicit error for an
// output type TlsApp does not know. scripts/cdk8s-latest.sh runs this file against the newest
// cdk8s 2.x of the registry as well. It loads no cdk8s-plus (only cdk8s, constructs and src/app),
// so the cdk8s under test is the only one in the process.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, Yaml, YamlOutputType } from 'cdk8s';
import { TlsApp } from '../../src/app/tls-app';
import { CDK8S_YAML_OPTIONS } from '../../src/app/yaml-writer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CDK8S_VERSION: string = require('cdk8s/package.json').version;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CDK8S_YAML = require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s/package.json'))] }));

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-contract-'));
}

/** Every file under `dir`, by relative path. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Two charts, one depending on the other; scalars whose YAML style is not plain; an object with no name. */
function build(app: App): void {
  const base = new Chart(app, 'base', { namespace: 'infra' });
  const config = new ApiObject(base, 'config', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings' },
    data: { yes: 'no', version: '1.10', empty: '', multi: 'line one\nline two\n', long: 'x'.repeat(200), colon: 'a: b', hash: 'x #y' },
  });
  const apps = new Chart(app, 'apps');
  const deployment = new ApiObject(apps, 'web', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 2, selector: { matchLabels: { app: 'web' } } } });
  deployment.node.addDependency(config);
  new ApiObject(apps, 'unnamed', { apiVersion: 'v1', kind: 'Namespace', metadata: { labels: { team: 'a', on: 'off' } } });
}

describe(`TlsApp against cdk8s ${CDK8S_VERSION}`, () => {
  const outputTypes = Object.entries(YamlOutputType).filter((e): e is [string, YamlOutputType] => typeof e[1] === 'number');
  test.each(outputTypes)('%s: the same files, byte for byte', (_, yamlOutputType) => {
    const [expected, actual] = [tempDir(), tempDir()];
    try {
      const plain = new App({ outdir: expected, yamlOutputType });
      build(plain);
      plain.synth();
      const tls = new TlsApp({ outdir: actual, yamlOutputType });
      build(tls);
      tls.synth();
      expect(Object.keys(filesOf(expected)).length).toBeGreaterThan(0);
      expect(filesOf(actual)).toEqual(filesOf(expected));
    } finally {
      fs.rmSync(expected, { recursive: true, force: true });
      fs.rmSync(actual, { recursive: true, force: true });
    }
  });

  test('synthYaml: the same string', () => {
    const plain = new App({ outdir: tempDir() });
    build(plain);
    const tls = new TlsApp({ outdir: tempDir() });
    build(tls);
    expect(tls.synthYaml()).toEqual(plain.synthYaml());
  });

  test('cdk8s still writes YAML with the options the writer assumes', () => {
    const probes = [{ a: 'x'.repeat(120), b: 'yes', c: undefined, d: ['on', 1e21, null], e: '2024-01-01', f: 'a\nb' }, { 'key with: colon': 1 }];
    for (const probe of probes) expect(CDK8S_YAML.stringify(probe, CDK8S_YAML_OPTIONS)).toEqual(Yaml.stringify(probe));
  });

  test('an output type TlsApp does not know fails before anything is written', () => {
    const outdir = path.join(tempDir(), 'out');
    const app = new TlsApp({ outdir, yamlOutputType: 99 as YamlOutputType });
    build(app);
    expect(() => app.synth()).toThrow(/TlsApp: yamlOutputType 99 is not one TlsApp writes .*App\.prototype\.synth\.call\(app\)/);
    expect(fs.existsSync(outdir)).toBe(false);
  });
});
