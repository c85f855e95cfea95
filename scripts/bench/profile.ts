// Profiles one case variant in this process, for `node --cpu-prof`: the same code the bench times.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only scripts/bench/profile.ts synth:library 1000
import { LIBRARY_LOAD, PLATFORM_AUDIT, PLATFORM_SYNTH } from './platform';
import { SYNTH_CHARTS } from './synth-charts';

const [key, n] = process.argv.slice(2);
const [caseName, variantName] = (key ?? '').split(':');
const variant = [PLATFORM_SYNTH, PLATFORM_AUDIT, SYNTH_CHARTS, LIBRARY_LOAD].find((c) => c.name === caseName)?.variants[variantName];
if (!variant) throw new Error(`usage: profile.ts <case:variant> <n>; unknown ${key}`);
(global as any).gc ??= () => undefined;
const runs = variant(Number(n ?? 1000), 1, 0);
// eslint-disable-next-line no-console
console.log(JSON.stringify(runs));
