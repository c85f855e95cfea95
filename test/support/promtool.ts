// The one place tests find and run `promtool` (Prometheus' rule checker and unit tester).
// Missing promtool: under CI (env CI set) the tests FAIL, so a CI image without it cannot pass
// silently; on a laptop they are skipped with a message that says how to install it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';

const INSTALL_HINT = 'install it with `apt-get install -y --no-install-recommends prometheus` (Debian/Ubuntu) or put a Prometheus release\'s promtool on PATH (or set PROMTOOL=/path/to/promtool)';

/** Absolute path of promtool, from env PROMTOOL or PATH; undefined when not installed. */
export function findPromtool(): string | undefined {
  const candidates = process.env.PROMTOOL
    ? [process.env.PROMTOOL]
    : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'promtool'));
  return candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

const PROMTOOL = findPromtool();
let warned = false;

/**
 * `test` for tests that need promtool: runs them when it is installed; when it is missing, fails
 * them under CI and skips them (with one warning) elsewhere.
 */
export function promtoolTest(name: string, fn: () => void, timeout?: number): void {
  if (PROMTOOL) {
    test(name, fn, timeout);
  } else if (process.env.CI) {
    test(name, () => {
      throw new Error(`promtool is required when CI is set but was not found; ${INSTALL_HINT}`);
    });
  } else {
    if (!warned) {
      warned = true;
      // eslint-disable-next-line no-console
      console.warn(`promtool not found: skipping the Prometheus rule tests; ${INSTALL_HINT}`);
    }
    test.skip(`${name} (skipped: promtool not installed)`, () => undefined);
  }
}

/** The result of one promtool run. */
export interface PromtoolResult {
  readonly ok: boolean;
  readonly output: string;
}

function run(args: string[], cwd: string): PromtoolResult {
  if (!PROMTOOL) throw new Error(`promtool not found; ${INSTALL_HINT}`);
  const result = spawnSync(PROMTOOL, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-promtool-'));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `promtool check rules` on a rule file made of `groups` (a PrometheusRule's `spec.groups`). */
export function checkRules(groups: unknown[]): PromtoolResult {
  return withTempDir((dir) => {
    fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups }));
    return run(['check', 'rules', 'rules.yaml'], dir);
  });
}

/**
 * `promtool test rules` with `tests` (promtool's unit test cases) against a rule file made of
 * `groups`. Returns the result; callers assert `ok` and show `output` on failure.
 */
export function testRules(groups: unknown[], tests: unknown[], evaluationInterval = '1m'): PromtoolResult {
  return withTempDir((dir) => {
    fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups }));
    fs.writeFileSync(path.join(dir, 'tests.yaml'), YAML.stringify({
      rule_files: ['rules.yaml'],
      evaluation_interval: evaluationInterval,
      tests,
    }));
    return run(['test', 'rules', 'tests.yaml'], dir);
  });
}
