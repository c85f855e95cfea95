// Why src/edge/ingress-host-rules.ts exists, observed in V8 itself (moved here from the test suite:
// it needs --allow-natives-syntax and a process per variant, and it measures V8, not the library).
// After 4,000 Ingresses with hosts of their own, two `{}` given the same new key share a hidden
// class only when the Ingresses keep their host rules in a dictionary store.
//
//   npx ts-node --transpile-only scripts/bench/hidden-classes.ts
//
// Exits non-zero when V8 no longer behaves that way: then the shim may be unneeded (see its
// removal condition in src/edge/ingress-host-rules.ts).
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function sharesHiddenClasses(dictionary: boolean): boolean {
  const script = `
    const { Testing } = require('cdk8s');
    const { ingressWithHosts } = require(${JSON.stringify(path.join(__dirname, 'ingress-hosts'))});
    const chart = Testing.chart();
    for (let i = 0; i < 4000; i++) ingressWithHosts(chart, 'web-' + i, ['tenant-' + i + '.example.com'], ${dictionary});
    const a = {}; a.probeKeyNotSeenBefore = 1;
    const b = {}; b.probeKeyNotSeenBefore = 2;
    process.stdout.write(String(%HaveSameMap(a, b)));
  `;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') },
  });
  if (run.stderr) throw new Error(run.stderr);
  return run.stdout === 'true';
}

const plain = sharesHiddenClasses(false);
const dictionary = sharesHiddenClasses(true);
console.log(`node ${process.version}: fresh objects share hidden classes after 4,000 Ingresses: plain store ${plain}, dictionary store ${dictionary}`);
if (plain || !dictionary) {
  console.log('V8 no longer runs out of hidden-class transitions here (or the dictionary store no longer helps): re-measure the synth bench without the shim');
  process.exit(1);
}
