// The measurement harness of `npx projen bench`: every case measures the library against a
// baseline in the same run and reports ratios; absolute times depend on the machine, ratios much
// less.
//
// Every measurement runs in a fresh Node process (same JIT and GC state for the library and its
// baselines) started with --expose-gc --trace-gc: each timed run starts after a full `gc()`, and
// the peak heap is the largest heap size V8 reports before any collection during the timed runs.
// Variants and sizes of a case run interleaved, in rounds of fresh processes (each round: every
// variant at the first size, then every variant at the next, ...), so that load from other
// processes on a shared machine hits what a ratio compares alike; wall time and CPU time (user +
// system, all threads of the process) are recorded, medians reported.
// Output directories go to tmpfs (/dev/shm) when there is one: the disk latency of a shared VM is
// not what is measured.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One row of dist/bench.json. Cases may add fields of their own. */
export interface BenchResult {
  readonly name: string;
  readonly n: number;
  /** Median wall time of the library (ms). */
  readonly libraryMs: number;
  /** Median wall time of the baseline (ms); null when skipped. */
  readonly baselineMs: number | null;
  /** libraryMs / baselineMs. */
  readonly ratio: number | null;
  /** Peak V8 heap during the library's timed runs (MB). */
  readonly libraryHeapMb: number;
  readonly baselineHeapMb: number | null;
  readonly [extra: string]: unknown;
}

/** One timed run: wall time and the CPU time of the whole process (all threads) during it. */
export interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface Measurement {
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runs: Run[];
  readonly peakHeapMb: number;
}

/** What a child process runs: (n, timed runs, warm-up runs) → the timed runs. */
export type Variant = (n: number, runs: number, warmups: number) => Run[];

/** A benchmark case: its variants (run in child processes) and what it reports. */
export interface BenchCase {
  readonly name: string;
  readonly variants: Record<string, Variant>;
  run(): BenchResult[];
}

export const ROOT = path.resolve(__dirname, '..', '..');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const ENTRY = path.join(__dirname, 'main.ts');

/** A fresh directory for output files, on tmpfs when there is one. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'cdk8s-tls-bench-'));
}

/**
 * In a child: runs `fn` `warmups` times untimed (JIT), then `runs` times timed, each after a full GC
 * (the first of which marks the start of the measured part of the GC trace); `after` is untimed.
 */
export function timeRuns(runs: number, warmups: number, fn: () => void, after: () => void = () => undefined): Run[] {
  const gc = (global as any).gc as (() => void) | undefined;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < warmups; i++) {
    fn();
    after();
  }
  const times: Run[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpu);
    times.push({ wallMs: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 });
    after();
  }
  gc();
  return times;
}

/** The measurements of one case: by size, then by variant. */
export type Measurements = Map<number, Map<string, Measurement>>;

/**
 * Runs every variant at every size in turn, `rounds` times, each time in a fresh process with one
 * warm-up run (none at n ≥ 5000, where a run is long enough to warm the JIT itself) and `runs(n)`
 * timed runs; merges each (size, variant)'s runs. Sizes are interleaved as variants are: a
 * scaling figure (time at 5,000 / time at 1,000) compares two measurements of the same variant,
 * and this machine's speed drifts by 10-20% over minutes, so measuring one size after the other
 * would put that drift into the figure.
 */
export function measureInterleaved(caseName: string, variants: string[], sizes: number[], rounds: number, runs: (n: number) => number): Measurements {
  const all = new Map(sizes.map((n) => [n, new Map<string, Measurement[]>(variants.map((v) => [v, []]))]));
  for (let r = 0; r < rounds; r++) {
    for (const n of sizes) {
      for (const v of variants) all.get(n)!.get(v)!.push(measure(caseName, v, n, runs(n), n >= 5000 ? 0 : 1));
    }
  }
  return new Map([...all].map(([n, byVariant]) => [n, new Map([...byVariant].map(([v, ms]) => [
    v, summarize(ms.flatMap((m) => m.runs), Math.max(...ms.map((m) => m.peakHeapMb))),
  ]))]));
}

/** Runs one variant in a fresh process and reads its times and its peak heap. */
export function measure(caseName: string, variant: string, n: number, runs: number, warmups: number): Measurement {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-bench-result-')), 'result.json');
  process.stderr.write(`bench: ${caseName} ${variant} n=${n} runs=${runs} (+${warmups} warm-up) ... `);
  const child = spawnSync(process.execPath, [
    '--expose-gc', '--trace-gc', '--max-old-space-size=6144',
    '-r', 'ts-node/register/transpile-only',
    ENTRY, '--child', `${caseName}:${variant}`, String(n), String(runs), String(warmups), resultFile,
  ], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } });
  if (child.status !== 0) {
    throw new Error(`bench child ${caseName}:${variant} n=${n} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  }
  const timed = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Run[];
  fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  const result = summarize(timed, peakHeapMb(child.stdout));
  process.stderr.write(`median ${round(result.medianMs)} ms (cpu ${round(result.medianCpuMs)} ms), peak heap ${round(result.peakHeapMb)} MB\n`);
  return result;
}

function summarize(runs: Run[], peakHeap: number): Measurement {
  return { medianMs: median(runs.map((r) => r.wallMs)), medianCpuMs: median(runs.map((r) => r.cpuMs)), runs, peakHeapMb: peakHeap };
}

/**
 * The largest "used before" heap size of any GC after the first `gc()` the harness made, i.e.
 * during the timed runs (the last harness `gc()` reports the heap at the end of the last run).
 * A trace line: `[pid:0x..]  182 ms: Mark-Compact 59.7 (77.7) -> 49.7 (84.3) MB, ... testing; ...`
 */
function peakHeapMb(trace: string): number {
  let started = false;
  let peak = 0;
  for (const line of trace.split('\n')) {
    const m = /ms: (?:Scavenge|Mark-Compact|Mark-Compact \(reduce\)|Minor Mark-Compact|Mark-Sweep)[^\d]*?([\d.]+) \([\d.]+\) ->/.exec(line);
    if (!m) continue;
    if (!started) {
      started = / testing[;,]/.test(line);
      continue;
    }
    peak = Math.max(peak, Number(m[1]));
  }
  if (!started) throw new Error('no GC trace from the bench child (was --trace-gc dropped?)');
  return peak;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function roundRun(r: Run): Run {
  return { wallMs: round(r.wallMs), cpuMs: round(r.cpuMs) };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The row of a library measured against one baseline. */
export function row(name: string, n: number, library: Measurement, baseline: Measurement | undefined): BenchResult {
  return {
    name,
    n,
    libraryMs: round(library.medianMs),
    baselineMs: baseline ? round(baseline.medianMs) : null,
    ratio: baseline ? round(library.medianMs / baseline.medianMs, 3) : null,
    libraryHeapMb: round(library.peakHeapMb),
    baselineHeapMb: baseline ? round(baseline.peakHeapMb) : null,
    libraryCpuMs: round(library.medianCpuMs),
    baselineCpuMs: baseline ? round(baseline.medianCpuMs) : null,
    cpuRatio: baseline ? round(library.medianCpuMs / baseline.medianCpuMs, 3) : null,
    libraryRuns: library.runs.map(roundRun),
    baselineRuns: baseline ? baseline.runs.map(roundRun) : [],
  };
}

/**
 * time(n) / time(1000) of one variant for the row at n = 5000 (5 means linear): fields `scaling`
 * and `cpuScaling`, or `<variant>Scaling` and `<variant>CpuScaling` for another variant than the
 * library.
 */
export function scaling(n: number, at: Measurement, at1000: Measurement | undefined, variant?: string): Record<string, number> {
  if (n !== 5000 || !at1000) return {};
  const wall = variant ? `${variant}Scaling` : 'scaling';
  const cpu = variant ? `${variant}CpuScaling` : 'cpuScaling';
  return { [wall]: round(at.medianMs / at1000.medianMs, 3), [cpu]: round(at.medianCpuMs / at1000.medianCpuMs, 3) };
}

function printTable(results: BenchResult[]): void {
  // eslint-disable-next-line no-console
  console.table(results.map((r) => ({
    'case': r.name,
    'n': r.n,
    'library ms': r.libraryMs,
    'baseline ms': r.baselineMs ?? 'skipped',
    'library/baseline': r.ratio ?? '-',
    'floor ms': r.floorMs ?? '-',
    'library/floor': r.floorRatio ?? '-',
    'same-writer ms': r.sameWriterMs ?? '-',
    'library/same-writer': r.sameWriterRatio ?? '-',
    'scaling': r.scaling ?? '-',
    'baseline scaling': r.baselineScaling ?? '-',
    'cpu library/baseline': r.cpuRatio ?? '-',
    'cpu library/floor': r.floorCpuRatio ?? '-',
    'library heap MB': r.libraryHeapMb,
    'baseline heap MB': r.baselineHeapMb ?? '-',
  })));
}

function machine(): Record<string, unknown> {
  return { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadavg: os.loadavg().map((x) => round(x, 2)) };
}

/**
 * The bench entry point. In a child (`--child case:variant n runs warmups resultFile`) runs one
 * variant; otherwise runs the cases BENCH_CASES names (default: all), prints a table and writes
 * dist/bench.json, keeping the rows of cases not run this time.
 */
export function benchMain(cases: BenchCase[], argv: string[]): void {
  if (argv[0] === '--child') {
    const [, key, n, runs, warmups, resultFile] = argv;
    const [caseName, variantName] = key.split(':');
    const variant = cases.find((c) => c.name === caseName)?.variants[variantName];
    if (!variant) throw new Error(`unknown bench variant ${key}`);
    fs.writeFileSync(resultFile, JSON.stringify(variant(Number(n), Number(runs), Number(warmups))));
    return;
  }
  const known = cases.map((c) => c.name);
  const wanted = process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',') : known;
  const unknown = wanted.filter((c) => !known.includes(c));
  if (unknown.length > 0) throw new Error(`unknown bench case(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const results = cases.filter((c) => wanted.includes(c.name)).flatMap((c) => c.run());
  const out = path.join(ROOT, 'dist', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const previous = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : {};
  const kept = (previous.results ?? []).filter((r: BenchResult) => !wanted.includes(r.name));
  fs.writeFileSync(out, `${JSON.stringify({ machine: machine(), results: [...kept, ...results] }, undefined, 2)}\n`);
  printTable(results);
  // eslint-disable-next-line no-console
  console.log(`wrote ${path.relative(ROOT, out)}`);
}
