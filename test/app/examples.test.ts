// Every example synthesizes through TlsApp, and writes what cdk8s's own App.synth() writes for the
// same app, byte for byte, for every output type; under the real `cdk8s synth` too.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { OUTPUT_TYPES, readTree, tempDir } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

type Trees = Record<string, Record<string, string | null>>;

/**
 * Runs an example's main.ts in a fresh module registry, with its `app.synth()` intercepted so the
 * app it built can be synthesized once per output type, by cdk8s's `App.synth()` or by the
 * library's. Fails unless the example's app is a TlsApp.
 */
function synthExample(name: string, synthWith: 'cdk8s' | 'library'): Trees {
  const outdir = tempDir(`example-${name}`);
  const saved = process.env.CDK8S_OUTDIR;
  process.env.CDK8S_OUTDIR = outdir;
  const trees: Trees = {};
  try {
    let built: App | undefined;
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      // modules of this registry only: the example gets a fresh TlsApp class to intercept
      const cdk8s = require('cdk8s');
      const { TlsApp } = require('../../src/app/tls-app');
      const librarySynth = TlsApp.prototype.synth;
      TlsApp.prototype.synth = function capture(this: App) {
        built = this;
      };
      require(path.join(ROOT, 'examples', name, 'main.ts'));
      /* eslint-enable @typescript-eslint/no-require-imports */
      if (!built) {
        throw new Error(`examples/${name}/main.ts does not synthesize through TlsApp: replace \`new App()\` with \`new TlsApp()\` `
          + "(imported from '../../src') so the example never takes cdk8s's per-chart validation path");
      }
      const app = built as any;
      for (const [typeName, yamlOutputType] of OUTPUT_TYPES) {
        // test instrumentation: the examples use the defaults; the other types need the same app
        app.yamlOutputType = yamlOutputType;
        app.outdir = path.join(outdir, typeName);
        if (synthWith === 'cdk8s') cdk8s.App.prototype.synth.call(app);
        else librarySynth.call(app);
        trees[typeName] = readTree(app.outdir);
      }
    });
  } finally {
    if (saved === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = saved;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return trees;
}

test('there are examples', () => {
  expect(EXAMPLES).toEqual(expect.arrayContaining(['private-ca', 'acme-dns01-wildcard', 'monitoring']));
});

describe.each(EXAMPLES)('examples/%s', (name) => {
  test('TlsApp writes the same files as App.synth() for every output type', () => {
    const expected = synthExample(name, 'cdk8s');
    const actual = synthExample(name, 'library');
    expect(Object.keys(expected.FILE_PER_CHART).length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  }, 120_000);
});

test('under `cdk8s synth`, examples/private-ca writes what App.synth() writes', () => {
  const out = tempDir('cdk8s-synth');
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'cdk8s'), ['synth', '--output', out, '--check-upgrade', 'false'], {
      cwd: path.join(ROOT, 'examples', 'private-ca'),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      // the types are checked by tsc; here only the synthesis matters
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    });
    const expected = synthExample('private-ca', 'cdk8s');
    expect(readTree(out)).toEqual(expected.FILE_PER_CHART);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 300_000);
