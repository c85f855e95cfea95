// What every fuzz test shares: the run count, the seed, and the judgement of one build.
import { tmpdir } from 'os';
import { join } from 'path';
import { ApiObject, App, Chart, Testing } from 'cdk8s';
import * as fc from 'fast-check';
import * as YAML from 'yaml';
import { ConstructEntry, USER_INPUT, auditExternalsOf } from './constructs';
import { AuditMode, FindingSeverity, auditManifests } from '../../src';
import { NOW_CONTEXT_KEY, WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { expectSchemaValid } from '../support/schema';

/** 1000 runs per property in CI (`CI` set), fewer on a laptop. */
export const NUM_RUNS = process.env.CI ? 1000 : 200;

/**
 * fast-check prints the seed and the shrunk counterexample of a failure; `FC_SEED=<seed>`
 * (and `FC_PATH=<path>`) replays it.
 */
export function fcParameters(numRuns: number = NUM_RUNS): fc.Parameters<unknown> {
  return {
    numRuns,
    ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
    ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
  };
}

/** The synth date: the CA/Browser Forum limits depend on it, and output must not. */
export const NOW = '2026-11-15T00:00:00Z';

/** A rule id in a message; TLS-INTERNAL is excluded below (a rule crashed). */
const RULE_ID = /\[(CM|TLS|CRD|TM|K8S)-[A-Z0-9-]+\]/;

/**
 * The outdir of every fuzz app. `Testing.synth` renders in memory and writes nothing, so the apps
 * share one folder that is never created: `Testing.app()` would make a temp dir per app (a
 * tenth of a run's time, and tens of thousands of folders left in the temp dir per test run).
 */
const OUTDIR_NEVER_WRITTEN = join(tmpdir(), 'cdk8s-tls-fuzz-outdir-never-written');

export function newChart(): Chart {
  const app = new App({ outdir: OUTDIR_NEVER_WRITTEN });
  app.node.setContext(NOW_CONTEXT_KEY, NOW);
  app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
  return new Chart(app, 'fuzz', { namespace: 'apps' });
}

/** The YAML `cdk8s synth` would write for `props`, or the error it fails with. */
export function synthYaml(entry: ConstructEntry, props: unknown): string {
  const chart = newChart();
  try {
    entry.build(chart, props);
    return YAML.stringify(Testing.synth(chart));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/**
 * The property: building and synthesizing either gives objects that match their schema, carry
 * no error finding and no hole (null, undefined, NaN) where a value was expected, or fails with
 * a plain Error carrying a rule id or one of the construct's documented immediate throws.
 */
export function judgeBuild(entry: ConstructEntry, props: unknown): void {
  const chart = newChart();
  let objects: any[];
  try {
    entry.build(chart, props);
    objects = Testing.synth(chart);
  } catch (e) {
    judgeError(entry, e);
    return;
  }
  expectSchemaValid(objects);
  const userObjects = userInputIdentities(chart);
  const errors = auditManifests(objects, { mode: AuditMode.APP, now: new Date(NOW), externals: auditExternalsOf(chart) })
    .filter((f) => f.severity === FindingSeverity.ERROR && !userObjects.has(identity(f.kind, f.namespace, f.name)));
  if (errors.length) {
    throw new Error(`synth succeeded but the audit of its output finds errors:\n${errors.map((f) => `[${f.ruleId}] ${f.kind} ${f.name}: ${f.message}`).join('\n')}`);
  }
  expectNoHoles(objects, JSON.stringify(props) ?? '');
}

const identity = (kind: string, namespace: string | undefined, name: string): string => JSON.stringify([kind, namespace ?? '', name]);

/** The objects the test built as the user's input: their own mistakes are not the library's. */
function userInputIdentities(chart: Chart): Set<string> {
  const ids = new Set<string>();
  for (const c of chart.node.findAll()) {
    if (c instanceof ApiObject && c.node.scopes.some((s) => USER_INPUT.has(s))) ids.add(identity(c.kind, c.metadata.namespace, c.name));
  }
  return ids;
}

function judgeError(entry: ConstructEntry, e: unknown): void {
  if (!(e instanceof Error) || e.constructor !== Error) {
    throw new Error(`${entry.name} threw ${e instanceof Error ? e.constructor.name : typeof e}, not a validation Error: ${e instanceof Error ? e.stack : String(e)}`);
  }
  if (/\[TLS-INTERNAL\]/.test(e.message)) {
    throw new Error(`a rule crashed on ${entry.name}'s output: ${e.message}`);
  }
  if (RULE_ID.test(e.message) || entry.throws.some((re) => re.test(e.message))) return;
  throw new Error(`${entry.name} failed without a rule id or a documented message: ${e.stack}`);
}

/** Fields written verbatim from the user's JSON, where a null is the user's own. */
const VERBATIM = [/\.dns01\.webhook\.config(\.|\[|$)/, /\.affinity(\.|\[|$)/];

/** Words that mean a value went missing or was stringified by accident. */
const HOLE_WORDS = ['undefined', '[object Object]', 'NaN'];

function expectNoHoles(objects: any[], input: string): void {
  const holes: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || value === undefined) {
      if (!VERBATIM.some((re) => re.test(path))) holes.push(`${path} is ${value}`);
    } else if (typeof value === 'number' && !Number.isFinite(value)) {holes.push(`${path} is ${value}`);} else if (typeof value === 'string') {
      for (const word of HOLE_WORDS) {
        if (value.includes(word) && !input.includes(word)) holes.push(`${path} contains "${word}": ${JSON.stringify(value)}`);
      }
    } else if (Array.isArray(value)) {value.forEach((v, i) => walk(v, `${path}[${i}]`));} else if (typeof value === 'object') {for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);}
  };
  objects.forEach((o, i) => {
    walk(o, `${o?.kind ?? 'object'}[${i}]`);
    // cdk8s spreads user metadata over the generated name: `{ name: undefined }` erases it.
    if (typeof o?.metadata?.name !== 'string' || o.metadata.name === '') holes.push(`${o?.kind}[${i}].metadata.name is missing`);
  });
  if (holes.length) throw new Error(`holes in the output:\n${holes.join('\n')}`);
}
