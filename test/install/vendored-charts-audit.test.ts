// The pinned charts as GitOps repositories commit them: `helm template` with the chart's default
// values (plus the switches people turn on), then `cdk8s-tls audit` of the file, as a CI step
// would run it. Every rule runs on them, so a rule that misfires on cert-manager's or
// trust-manager's own objects shows here first.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { HELM, chartDirectory, helmDescribe } from '../support/helm';

function render(release: string, chart: string, args: string[]): string {
  return execFileSync(HELM, ['template', release, chartDirectory(chart), '--namespace', 'cert-manager', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function audit(yaml: string): { status: number; stdout: string; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-vendored-'));
  try {
    const file = path.join(dir, 'release.yaml');
    fs.writeFileSync(file, yaml);
    let stdout = '';
    let stderr = '';
    const status = main(['audit', '--fail-on', 'warning', file], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => '' });
    return { status, stdout, stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

helmDescribe('vendored charts audit clean', () => {
  test.each([
    ['cert-manager, defaults with CRDs', 'cert-manager', 'cert-manager-v1.21.1', ['--set', 'crds.enabled=true']],
    ['cert-manager with its ServiceMonitor and Gateway API support', 'cert-manager', 'cert-manager-v1.21.1',
      ['--set', 'crds.enabled=true', '--set', 'prometheus.servicemonitor.enabled=true', '--set', 'config.enableGatewayAPI=true']],
    ['trust-manager, defaults', 'trust-manager', 'trust-manager-v0.24.0', []],
  ])('%s', (_name, release, chart, args) => {
    const result = audit(render(release, chart, args));
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^\d+ objects, 0 errors, 0 warnings, 0 infos/m);
    expect(result.status).toBe(0);
  });
});
