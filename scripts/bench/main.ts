// `npx projen bench`: every case against its baseline in the same run; prints a table and writes
// dist/bench.json as { machine, results: BenchResult[] }.
//
// Environment:
//   BENCH_CASES=synth-charts,synth,audit,load  run only these cases (default: all)
//   BENCH_SKIP_SLOW_BASELINE=1                 skip cdk8s's own synthesis at 5,000 charts (minutes)
//   BENCH_ROUNDS=3                             fresh processes per variant (interleaved)
//   BENCH_RUNS=2                               timed runs per process (the median of all is reported)
//   BENCH_SYNTH_N=100,1000,5000                platform sizes of the "synth" case
//
// Add a case: a module exporting a `BenchCase` (its variants and its `run()`), listed below.
import { benchMain } from './harness';
import { LIBRARY_LOAD, PLATFORM_AUDIT, PLATFORM_SYNTH } from './platform';
import { SYNTH_CHARTS } from './synth-charts';

benchMain([PLATFORM_SYNTH, PLATFORM_AUDIT, SYNTH_CHARTS, LIBRARY_LOAD], process.argv.slice(2));
