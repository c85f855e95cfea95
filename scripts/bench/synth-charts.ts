// case "synth-charts" (issue 8): N tenants, one chart each, 5 plain ApiObjects per tenant.
// library  = TlsApp.synth() (FILE_PER_CHART, the default, into a temp dir)
// baseline = cdk8s App.synth() on the same app (at 5,000 charts it takes minutes: one run;
//            BENCH_SKIP_SLOW_BASELINE=1 skips it)
// floor    = the same objects' JSON (computed beforehand) serialized with `yaml` alone, with
//            cdk8s's options; no construct tree, no files
import * as fs from 'fs';
import { ApiObject, App, Chart } from 'cdk8s';
import * as YAML from 'yaml';
import { TlsApp } from '../../src/app';
import {
  BenchCase, BenchResult, measure, measureInterleaved, round, roundRun, ROUNDS, row, Run, RUNS, scaling, tempDir, timeRuns,
} from './harness';

const SKIP_SLOW = !!process.env.BENCH_SKIP_SLOW_BASELINE;

function buildTenants(app: App, n: number): void {
  for (let i = 0; i < n; i++) {
    const tenant = `tenant-${String(i).padStart(5, '0')}`;
    const chart = new Chart(app, tenant, { namespace: tenant, labels: { 'platform.example.com/tenant': tenant } });
    new ApiObject(chart, 'namespace', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: tenant, namespace: undefined, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
    });
    new ApiObject(chart, 'sa', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'deployer' }, automountServiceAccountToken: false });
    new ApiObject(chart, 'role', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'deployer' },
      rules: [
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
        { apiGroups: ['cert-manager.io'], resources: ['certificates'], verbs: ['get', 'list', 'watch', 'create', 'update'] },
      ],
    });
    new ApiObject(chart, 'binding', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'deployer' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deployer' },
      subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: tenant }],
    });
    new ApiObject(chart, 'settings', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'tenant-settings' },
      data: { 'owner': `${tenant}@example.com`, 'tier': i % 3 === 0 ? 'gold' : 'standard', 'cert-duration': '2160h' },
    });
  }
}

function synthInto(app: App, outdir: string, runs: number, warmups: number): Run[] {
  return timeRuns(runs, warmups, () => app.synth(), () => fs.rmSync(outdir, { recursive: true, force: true }));
}

function library(n: number, runs: number, warmups: number): Run[] {
  const outdir = tempDir();
  const app = new TlsApp({ outdir });
  buildTenants(app, n);
  return synthInto(app, outdir, runs, warmups);
}

function baseline(n: number, runs: number, warmups: number): Run[] {
  const outdir = tempDir();
  const app = new App({ outdir });
  buildTenants(app, n);
  return synthInto(app, outdir, runs, warmups);
}

function floor(n: number, runs: number, warmups: number): Run[] {
  const app = new App();
  buildTenants(app, n);
  const perChart = app.charts.map((chart) => chart.apiObjects.map((o) => o.toJson()));
  let bytes = 0;
  const times = timeRuns(runs, warmups, () => {
    for (const docs of perChart) {
      bytes += docs.map((d) => YAML.stringify(d, { keepUndefined: true, lineWidth: 0, version: '1.1' })).join('---\n').length;
    }
  });
  if (bytes === 0) throw new Error('floor serialized nothing');
  return times;
}

const SIZES = [1000, 5000];

function run(): BenchResult[] {
  const fast = measureInterleaved('synth-charts', ['library', 'floor'], SIZES, ROUNDS, () => RUNS);
  return SIZES.map((n) => {
    const lib = fast.get(n)!.get('library')!;
    const flr = fast.get(n)!.get('floor')!;
    const slow = n >= 5000;
    const base = slow && SKIP_SLOW ? undefined : measure('synth-charts', 'baseline', n, slow ? 1 : 3, slow ? 0 : 1);
    return {
      ...row('synth-charts', n, lib, base),
      floorMs: round(flr.medianMs),
      floorHeapMb: round(flr.peakHeapMb),
      floorRatio: round(lib.medianMs / flr.medianMs, 3),
      floorCpuMs: round(flr.medianCpuMs),
      floorCpuRatio: round(lib.medianCpuMs / flr.medianCpuMs, 3),
      floorRuns: flr.runs.map(roundRun),
      ...scaling(n, lib, fast.get(1000)?.get('library')),
    };
  });
}

export const SYNTH_CHARTS: BenchCase = { name: 'synth-charts', variants: { library, baseline, floor }, run };
