import { spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'audit');
const fixture = (name: string) => path.join(FIXTURES, name);

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

describe('cdk8s-tls audit', () => {
  test('exits 0 and reports no error for objects cert-manager accepts', () => {
    const result = run(['audit', fixture('clean.yaml')]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('3 objects, 0 errors, 0 warnings');
    expect(result.status).toBe(0);
  });

  test('exits 1 with file, line, rule id and fix for a rejected object', () => {
    const result = run(['audit', fixture('rejected.yaml')]);
    expect(result.status).toBe(1);
    // Line and column of the offending field (size:), not of the object (line 10).
    expect(result.stdout).toMatch(/rejected\.yaml:22:5: error \[CM-C20\] Certificate pki\/weak: spec\.privateKey\.size: Invalid value: 1024: must be between 2048 and 8192 for rsa keyAlgorithm.* \(https:\/\/github\.com\/cdk8s-tls\/cdk8s-tls\/blob\/main\/docs\/rules\.md#cm-c20\)$/m);
  });

  test('json format prints one array of findings', () => {
    const result = run(['audit', '--format', 'json', fixture('rejected.yaml')]);
    const findings = JSON.parse(result.stdout);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings).toContainEqual(expect.objectContaining({
      ruleId: 'CM-C20', severity: 'error', kind: 'Certificate', name: 'weak', namespace: 'pki', path: 'spec.privateKey.size', line: 22, column: 5, objectLine: 10,
    }));
  });

  test('warnings pass unless --strict', () => {
    expect(run(['audit', fixture('warning-only.yaml')]).status).toBe(0);
    const strict = run(['audit', '--strict', fixture('warning-only.yaml')]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/warning \[TLS-X2\] Certificate pki\/sticky/);
  });

  test('reads directories recursively and standard input', () => {
    const dir = run(['audit', FIXTURES]);
    expect(dir.status).toBe(1);
    expect(dir.stdout).toContain('rejected.yaml');
    expect(dir.stdout).not.toContain('broken');
    const stdin = run(['audit', '-'], 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: x}\nspec: {}\n');
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toMatch(/<stdin>:4:1: error \[CM-I1\] Issuer x: /);
  });

  test('exits 2 with file and line for unparsable YAML and unreadable files', () => {
    const broken = run(['audit', fixture('broken.yaml.txt')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml\.txt:6:\d+: cannot parse YAML/);
    const missing = run(['audit', fixture('does-not-exist.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/does-not-exist\.yaml: cannot read: ENOENT/);
  });

  test('passes over unknown kinds and non-objects without crashing', () => {
    const result = run(['audit', '-'], '---\n42\n---\n- a\n- b\n---\napiVersion: example.com/v1\nkind: Widget\nspec: {x: 1}\n---\n');
    expect(result.status).toBe(0);
  });

  test('bad usage exits 2 with the usage text', () => {
    expect(run(['audit']).status).toBe(2);
    expect(run(['audit', '--format', 'xml', 'x.yaml']).stderr).toContain('--format takes text, json, sarif, github, junit; got "xml"');
    expect(run(['nope']).status).toBe(2);
    expect(run(['audit', '--help']).stdout).toContain('usage: cdk8s-tls');
  });

  test('the bin runs end to end with the documented exit status', () => {
    const bin = path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const exec = (args: string[]) => spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', bin, ...args], { encoding: 'utf8' });
    expect(exec(['audit', fixture('clean.yaml')]).status).toBe(0);
    const rejected = exec(['audit', fixture('rejected.yaml')]);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toContain('[CM-C20]');
    expect(exec(['audit', fixture('broken.yaml.txt')]).status).toBe(2);
  });
});
