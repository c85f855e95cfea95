// Every app in examples/ synthesizes with the real `cdk8s synth`, every object matches its
// schema, the rules find no error in the output, and the YAML is the reviewed snapshot. The same
// app run a second time, in this process, writes the same bytes (determinism across processes),
// through TlsApp as through cdk8s's own App.synth(), for every output type.
//
// Each example is synthesized once by the CLI, all of them in parallel, and every check reads
// that one output. The CLI runs ts-node transpile-only, and the library's sources, which every
// example imports, are transpiled once for all examples (test/support/cached-transpiler.js): the
// examples are type-checked once, with the tests, by `tsc -p test/tsconfig.json` in the test task.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { auditManifests, FindingSeverity, TlsApp } from '../src';
import { OUTPUT_TYPES, readTree, tempDir } from './app/fixtures';
import { synthExample } from './support/example-synth';
import { expectSchemaValid } from './support/schema';

const ROOT = path.resolve(__dirname, '..');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  // An example that plants a mistake for the validation plugin fails synth on purpose (see its .synth-fails).
  .filter((e) => !fs.existsSync(path.join(ROOT, 'examples', e.name, '.synth-fails')))
  .map((e) => e.name)
  .sort();

type Files = Record<string, string>;
type Tree = Record<string, string | null>;

/** What `cdk8s synth` writes for one example, by file name. */
async function synthWithCli(name: string, transpileCache: string): Promise<Files> {
  const out = tempDir(`example-${name}`);
  try {
    await synthExample(name, out, transpileCache);
    return Object.fromEntries(fs.readdirSync(out).sort().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`cdk8s synth of examples/${name} failed: ${(e as Error).message}\n${stdout ?? ''}${stderr ?? ''}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** `work` over `items`, at most `limit` at a time; the results in the order of `items`. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What one example's apps write, by output type, then by app (in creation order), then by file. */
type AppTrees = Record<string, Record<string, Tree>>;

/**
 * Runs an example's main.ts in this process, with `app.synth()` intercepted so each app it builds
 * (an example may build several, e.g. one per environment) can be synthesized once per output
 * type, by cdk8s's `App.synth()` and by the library's. Fails unless the example's apps are
 * TlsApps. The example shares this test's module registry with the examples before it: output
 * that depended on what ran earlier in the process would differ from the CLI's.
 */
function synthInProcess(name: string): { cdk8s: AppTrees; library: AppTrees } {
  const outdir = tempDir(`example-${name}-in-process`);
  const savedOutdir = process.env.CDK8S_OUTDIR;
  const cwd = process.cwd();
  const librarySynth = TlsApp.prototype.synth;
  const built: App[] = [];
  try {
    process.env.CDK8S_OUTDIR = outdir;
    // Examples read files relative to their own folder, as `cdk8s synth` runs them there.
    process.chdir(path.join(ROOT, 'examples', name));
    TlsApp.prototype.synth = function capture(this: App) {
      built.push(this);
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(ROOT, 'examples', name, 'main.ts'));
  } finally {
    TlsApp.prototype.synth = librarySynth;
    process.chdir(cwd);
    if (savedOutdir === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = savedOutdir;
  }
  try {
    if (built.length === 0) {
      throw new Error(`examples/${name}/main.ts does not synthesize through TlsApp: replace \`new App()\` with \`new TlsApp()\` `
        + "(imported from '../../src') so the example never takes cdk8s's per-chart validation path");
    }
    const trees = { cdk8s: {} as AppTrees, library: {} as AppTrees };
    for (const [typeName, yamlOutputType] of OUTPUT_TYPES) {
      for (const synthWith of ['cdk8s', 'library'] as const) {
        trees[synthWith][typeName] = {};
        built.forEach((app: any, i) => {
          // test instrumentation: the examples use the defaults; the other types need the same app
          app.yamlOutputType = yamlOutputType;
          app.outdir = path.join(outdir, synthWith, typeName, String(i));
          if (synthWith === 'cdk8s') App.prototype.synth.call(app);
          else librarySynth.call(app);
          trees[synthWith][typeName][`app ${i}`] = readTree(app.outdir);
        });
      }
    }
    return trees;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

test('there are examples', () => {
  expect(EXAMPLES).toEqual(expect.arrayContaining(['private-ca', 'acme-dns01-wildcard', 'monitoring']));
});

const synthesized = new Map<string, Files>();
beforeAll(async () => {
  const transpileCache = tempDir('examples-transpiled');
  try {
    const outputs = await inParallel(EXAMPLES, os.availableParallelism(), (name) => synthWithCli(name, transpileCache));
    EXAMPLES.forEach((name, i) => synthesized.set(name, outputs[i]));
  } finally {
    fs.rmSync(transpileCache, { recursive: true, force: true });
  }
  // One `cdk8s synth` (a ts-node process) per example, two at a time on two cores: a second or
  // two each on an idle machine, much longer on a loaded one.
}, 300_000);

describe.each(EXAMPLES)('examples/%s', (name) => {
  const files = (): Files => {
    const found = synthesized.get(name);
    if (!found) throw new Error(`examples/${name} was not synthesized`);
    return found;
  };

  test('synthesizes with cdk8s synth into schema-valid objects', () => {
    const objects = Object.values(files()).flatMap((text) => YAML.parseAllDocuments(text).map((d) => d.toJS()));
    expect(objects.length).toBeGreaterThan(0);
    expectSchemaValid(objects);
    const errors = auditManifests(objects).filter((f) => f.severity === FindingSeverity.ERROR);
    expect(errors).toEqual([]);
  });

  test('output is the reviewed YAML', () => {
    expect(files()).toMatchSnapshot();
  });

  test('run again in process, writes the same files; TlsApp writes what App.synth() writes for every output type', () => {
    const { cdk8s, library } = synthInProcess(name);
    const perChart = Object.values(cdk8s.FILE_PER_CHART);
    expect(perChart.every((tree) => Object.keys(tree).length > 0)).toBe(true);
    expect(library).toEqual(cdk8s);
    // In another process, the CLI wrote the default output type, FILE_PER_CHART, every app into
    // the same folder.
    expect(Object.assign({}, ...perChart)).toEqual(files());
  });
});
