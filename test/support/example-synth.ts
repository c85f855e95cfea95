// `cdk8s synth` of an example, as the tests run it: ts-node transpile-only (the test task's
// typecheck step checks the examples' types once) through the caching transpiler.
//
// The environment is passed explicitly: a variable a jest setup file sets lives in the test's
// sandboxed `process.env`, which a child process started without `env` does not inherit.
import { SpawnSyncReturns, execFile, spawnSync } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';

const ROOT = path.resolve(__dirname, '..', '..');
const CDK8S = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');

/** The environment of an example's `cdk8s synth`; `transpileCache` is a folder shared by the syntheses of one run. */
export function exampleSynthEnv(transpileCache?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TS_NODE_TRANSPILE_ONLY: 'true',
    TS_NODE_PROJECT: path.join(ROOT, 'test', 'examples.tsconfig.json'),
    ...(transpileCache ? { CDK8S_TLS_TRANSPILE_CACHE: transpileCache } : {}),
  };
}

function synthArgs(outDir: string): string[] {
  return ['synth', '--output', outDir, '--check-upgrade', 'false'];
}

/** `cdk8s synth` of examples/<name> into `outDir`, waiting for it; the caller reads status and output. */
export function synthExampleSync(name: string, outDir: string, transpileCache?: string): SpawnSyncReturns<string> {
  return spawnSync(CDK8S, synthArgs(outDir), { cwd: path.join(ROOT, 'examples', name), encoding: 'utf8', env: exampleSynthEnv(transpileCache) });
}

/** `cdk8s synth` of examples/<name> into `outDir`, in the background (examples synthesize in parallel); rejects on failure. */
export async function synthExample(name: string, outDir: string, transpileCache?: string): Promise<void> {
  await promisify(execFile)(CDK8S, synthArgs(outDir), {
    cwd: path.join(ROOT, 'examples', name),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: exampleSynthEnv(transpileCache),
  });
}
