import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk8s from 'cdk8s';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import * as YAML from 'yaml';
import * as library from '../../src';
import { CertManager, CertManagerProps, TrustManager, TrustManagerProps } from '../../src';
import { main } from '../../src/cli/main';
import { RULE_CATALOGUE, REPOSITORY_URL, ruleHelpUri } from '../../src/rules/catalogue';
import { rulesMarkdown } from '../../src/rules/catalogue/markdown';
import { findingsByObject, ruleContext } from '../../src/rules/engine';
import { EMPTY_CONFIG, applyPolicy } from '../../src/rules/policy';
import { HELM, helmDescribe } from '../support/helm';

const ROOT = path.join(__dirname, '..', '..');
const NOW = new Date('2026-06-01T00:00:00Z');

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => '' });
  return { status, stdout, stderr };
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // The catalogue names every id; the generated CRD schemas name none.
      if (full.endsWith(path.join('rules', 'catalogue')) || full.endsWith(path.join('schema', 'generated'))) continue;
      yield* sourceFiles(full);
    } else if (entry.name.endsWith('.ts')) {
      yield full;
    }
  }
}

/**
 * Rule ids in the source: string literals of the id families (CM-, TLS-, TM-, CRD-), and any
 * literal passed straight to report.error/warning/info or as `ruleId:`, so a new family is found too.
 */
function ruleIdsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const family = /'((?:CM|TLS|TM|CRD)-[A-Z0-9-]*[A-Z0-9])'/g;
  const reported = /(?:\.(?:error|warning|info)\(|ruleId: )'([A-Z][A-Z0-9]*-[A-Z0-9-]+)'/g;
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of [family, reported]) {
      for (const m of text.matchAll(re)) if (!found.has(m[1])) found.set(m[1], path.relative(ROOT, file));
    }
  }
  return found;
}

function findings(yaml: string) {
  const objects = YAML.parseAllDocuments(yaml).map((d) => d.toJS());
  // One example is one file, as `cdk8s-tls audit example.yaml` reads it.
  const file = new Map(objects.map((o) => [o, 'example.yaml']));
  return [...applyPolicy(findingsByObject(ruleContext(objects, { now: NOW }, file)), EMPTY_CONFIG).values()].flat();
}

/**
 * Runs a construct rule's example app (TypeScript, importing the library as 'cdk8s-tls') from the
 * repository root, its App writing to a temporary folder with warnings as errors, and returns
 * the synth error ('' when it synthesizes).
 */
function appError(code: string): string {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-app-'));
  class ExampleApp extends cdk8s.App {
    constructor(props: cdk8s.AppProps = {}) {
      super({ ...props, outdir });
      this.node.setContext('cdk8s-tls:warnings', 'error');
      this.node.setContext('cdk8s-tls:config', 'none');
    }
  }
  // The installs run the helm the tests found: a user's app finds it on PATH, which a jest
  // sandbox cannot change for child processes.
  class ExampleTrustManager extends TrustManager {
    constructor(scope: Construct, id: string, props: TrustManagerProps = {}) {
      super(scope, id, { helmExecutable: HELM, ...props });
    }
  }
  class ExampleCertManager extends CertManager {
    constructor(scope: Construct, id: string, props: CertManagerProps = {}) {
      super(scope, id, { helmExecutable: HELM, ...props });
    }
  }
  // Module exports are getters: new objects whose App and installs are the example's.
  const modules: Record<string, unknown> = {
    'cdk8s': Object.create(cdk8s, { App: { value: ExampleApp } }),
    'cdk8s-tls': Object.create(library, { TrustManager: { value: ExampleTrustManager }, CertManager: { value: ExampleCertManager } }),
  };
  const cwd = process.cwd();
  try {
    process.chdir(ROOT);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('require', 'exports', js)((name: string) => {
      if (!(name in modules)) throw new Error(`the example imports ${name}; examples import only cdk8s and cdk8s-tls`);
      return modules[name];
    }, {});
    return '';
  } catch (e) {
    return (e as Error).message;
  } finally {
    process.chdir(cwd);
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Entries that have no example, each with why none can be written. */
const NO_EXAMPLE: Record<string, string> = {
  'TLS-INTERNAL': 'it reports a crash of the rule engine itself: no object should trigger it',
};

describe('rule catalogue', () => {
  test('every rule id in the source has a catalogue entry, and every entry a rule in the source', () => {
    const inSource = ruleIdsInSource();
    const catalogued = new Set(RULE_CATALOGUE.map((r) => r.id));
    const missing = [...inSource].filter(([id]) => !catalogued.has(id)).map(([id, file]) => `${id} (${file})`);
    const stale = [...catalogued].filter((id) => !inSource.has(id));
    const problems = [
      ...(missing.length ? [`rule ids reported in src/ but missing from src/rules/catalogue (add an entry to the area's file): ${missing.join(', ')}`] : []),
      ...(stale.length ? [`catalogue entries no source reports (remove them, or the rule was renamed): ${stale.join(', ')}`] : []),
    ];
    expect(problems).toEqual([]);
  });

  test('ids are unique and every entry is complete', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const incomplete = RULE_CATALOGUE.filter((r) => !r.title || !r.why || !r.fix || !r.source || !['error', 'warning', 'info'].includes(r.severity));
    expect(incomplete.map((r) => r.id)).toEqual([]);
  });

  test('every entry has an example pair, except the reasoned exclusions', () => {
    expect(RULE_CATALOGUE.filter((r) => !r.example && !(r.id in NO_EXAMPLE)).map((r) => r.id)).toEqual([]);
    expect(Object.keys(NO_EXAMPLE).filter((id) => RULE_CATALOGUE.find((r) => r.id === id)?.example !== undefined)).toEqual([]);
  });

  const withExamples = RULE_CATALOGUE.filter((r) => r.example && r.scope === 'engine');
  test.each(withExamples.map((r) => [r.id, r] as const))('%s: the trigger example fires it at its severity, the corrected one does not', (id, rule) => {
    const fired = findings(rule.example!.trigger).filter((f) => f.ruleId === id);
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.map((f) => f.severity)).toContain(rule.severity);
    expect(findings(rule.example!.corrected).filter((f) => f.ruleId === id)).toEqual([]);
  });

  test('the corrected examples are otherwise clean of errors', () => {
    const errors = withExamples.flatMap((r) => findings(r.example!.corrected)
      .filter((f) => f.severity === 'error' && f.ruleId !== 'TLS-REF1')
      .map((f) => `${r.id}: ${f.ruleId} ${f.message}`));
    expect(errors).toEqual([]);
  });

  helmDescribe('construct rules: the example apps', () => {
    const appErrors = new Map<string, string>();
    const errorOf = (code: string) => {
      if (!appErrors.has(code)) appErrors.set(code, appError(code));
      return appErrors.get(code)!;
    };
    const constructRules = RULE_CATALOGUE.filter((r) => r.example && r.scope === 'construct');
    test.each(constructRules.map((r) => [r.id, r] as const))('%s: the trigger app fails synth with it, the corrected one does not', (id, rule) => {
      expect(errorOf(rule.example!.trigger)).toContain(`[${id}]`);
      // Corrected, the app synthesizes, warnings being errors here.
      expect(errorOf(rule.example!.corrected)).toBe('');
    });
  });

  test('docs/rules.md is what `npx projen rules-doc` writes from the catalogue', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    if (committed !== rulesMarkdown()) {
      throw new Error('docs/rules.md is stale: run `npx projen rules-doc` and commit docs/rules.md');
    }
    for (const rule of RULE_CATALOGUE) expect(committed).toContain(`## ${rule.id}\n`);
  });

  test('help links point at docs/rules.md in the repository of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.repository.url.replace(/\.git$/, '')).toBe(REPOSITORY_URL);
    expect(ruleHelpUri('CM-C20')).toBe(`${REPOSITORY_URL}/blob/main/docs/rules.md#cm-c20`);
  });
});

describe('cdk8s-tls rules and explain', () => {
  test('rules lists every entry; --format json gives them with their help link', () => {
    const text = run(['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(RULE_CATALOGUE.length);
    expect(text.stdout).toMatch(/^CM-C20 +error +spec\.privateKey\.size: /m);
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout);
    expect(json).toHaveLength(RULE_CATALOGUE.length);
    expect(json.find((r: any) => r.id === 'TLS-X13')).toMatchObject({ severity: 'warning', helpUri: ruleHelpUri('TLS-X13') });
  });

  test('explain prints one rule, case-insensitively; an unknown id exits 2', () => {
    const one = run(['explain', 'tls-x13']);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('TLS-X13 (warning): an ACME issuer without email');
    expect(one.stdout).toContain('How to fix:');
    expect(one.stdout).toContain('Corrected:');
    const unknown = run(['explain', 'TLS-NOPE']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no rule "TLS-NOPE"');
    expect(run(['explain']).status).toBe(2);
    expect(run(['rules', '--format', 'xml']).stderr).toContain('--format takes text or json');
  });
});
