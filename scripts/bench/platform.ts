// Benchmarks of the CertificatePlatform (issue 7): cases "synth", "audit" and "load", each against
// a baseline in the same run. The "load" case needs `npx projen compile` first (it loads
// lib/src/index.js). BENCH_SYNTH_N=100,1000,5000 sets the platform sizes of "synth".
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, DependencyGraph, Yaml } from 'cdk8s';
import { IngressBackend, Service } from 'cdk8s-plus-27';
import * as YAML from 'yaml';
import {
  BenchCase, BenchResult, measureInterleaved, median, ROOT, round, roundRun, ROUNDS, row, Run, RUNS, scaling, tempDir, timeRuns,
} from './harness';
import { TlsApp } from '../../src/app';
import { CertificatePlatform, PlatformEnvironment } from '../../src/blueprints/certificate-platform';
import { audit, parseObjects } from '../../src/cli/audit';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { Dns01Solver, Http01Solver } from '../../src/issuers/acme-solver';
import { ServiceMesh } from '../../src/mesh/mesh-mtls-policy';

const SYNTH_N = (process.env.BENCH_SYNTH_N ?? '100,1000,5000').split(',').map(Number);

// ---------------------------------------------------------------------------------------------
// case "synth": a production platform (Let's Encrypt, Istio) and N tenants, one chart each:
// a namespace, a Certificate, a TlsIngress (even tenants) or a TlsGateway with its Service (odd
// tenants), the tenant's MeshMtlsPolicy (STRICT + default deny) and its own PrometheusRule.
// library     = build the constructs + TlsApp.synthYaml() (rule engine over the whole app included)
// baseline    = plain cdk8s: the same objects, from the library's own JSON, as ApiObjects in the
//               same charts, written as cdk8s's App.synthYaml() writes them (each chart's objects
//               in dependency order, `toJson()`, `Yaml.stringify`) without validation and without
//               its per-chart passes over the whole app (quadratic: issue 8); asserted
//               byte-identical to the library's YAML before timing
// same-writer = the baseline's objects written by TlsApp.synthYaml(): what the constructs and the
//               rules cost on top of the library's own YAML writer
// ---------------------------------------------------------------------------------------------

export function buildPlatform(n: number): TlsApp {
  const app = new TlsApp();
  app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
  const platform = new CertificatePlatform(new Chart(app, 'platform'), 'tls', {
    environment: PlatformEnvironment.PRODUCTION,
    installCertManager: false,
    mesh: ServiceMesh.ISTIO,
    acmeEmail: 'platform@example.com',
    acmeSolvers: [
      Http01Solver.ingress({ ingressClassName: 'nginx', selector: { dnsZones: ['web.example.com'] } }),
      Dns01Solver.route53({ region: 'eu-west-1', selector: { dnsZones: ['api.example.com'] } }),
    ],
  });
  for (let i = 0; i < n; i++) {
    const name = `tenant-${String(i).padStart(5, '0')}`;
    const chart = new Chart(app, name);
    const tenant = platform.addTenant(chart, 'tenant', { namespace: name });
    const service = new Service(chart, 'app', { metadata: { name: 'app', namespace: name }, ports: [{ port: 80, targetPort: 8080 }] });
    if (i % 2 === 0) {
      tenant.tlsIngress('ingress', { metadata: { name: 'web' } }).addHost(`${name}.web.example.com`, { backend: IngressBackend.fromService(service) });
    } else {
      tenant.tlsGateway('gateway', { metadata: { name: 'web' }, gatewayClassName: 'istio' }).addHost(`${name}.api.example.com`, { backend: service });
    }
    tenant.certificate('client', { metadata: { name: 'client' }, dnsNames: [`client.${name}.api.example.com`], clientAuth: true });
    tenant.meshPolicy!.allowFromNamespace('ingress-nginx', { ports: [8080] });
  }
  return app;
}

/** The library's output of each chart, as JSON, in chart order. */
export function platformJson(n: number): { ids: string[]; objects: any[][]; yaml: string } {
  const app = buildPlatform(n);
  const yaml = app.synthYaml();
  const docs = YAML.parseAllDocuments(yaml).map((d) => d.toJS());
  const objects: any[][] = [];
  let k = 0;
  for (const chart of app.charts) {
    const count = chart.node.findAll().filter((c) => c instanceof ApiObject && Chart.of(c) === chart).length;
    objects.push(docs.slice(k, k + count));
    k += count;
  }
  if (k !== docs.length) throw new Error(`chart split: ${k} of ${docs.length} objects`);
  return { ids: app.charts.map((c) => c.node.id), objects, yaml };
}

/** The objects of `platformJson` as plain ApiObjects, in charts of the same ids, in `app`. */
export function buildBaseline<A extends App>(app: A, ids: string[], objects: any[][]): A {
  ids.forEach((id, c) => {
    const chart = new Chart(app, id);
    objects[c].forEach((json, i) => new ApiObject(chart, `o${i}`, json));
  });
  return app;
}

/** cdk8s's App.synthYaml() without its validation and its per-chart passes over the whole app. */
export function cdk8sYaml(app: App): string {
  const docs: any[] = [];
  for (const chart of app.charts) {
    for (const c of new DependencyGraph(chart.node).topology()) {
      if (c instanceof ApiObject && Chart.of(c) === chart) docs.push(c.toJson());
    }
  }
  return Yaml.stringify(...docs);
}

function synthLibrary(n: number, runs: number, warmups: number): Run[] {
  // Untimed: a small platform loads every module the timed runs use (the generated imports are
  // required on first use), as the baseline's modules are loaded before it is timed.
  buildPlatform(2).synthYaml();
  return timeRuns(runs, warmups, () => buildPlatform(n).synthYaml());
}

function synthBaseline(n: number, runs: number, warmups: number): Run[] {
  const { ids, objects, yaml } = platformJson(n);
  if (cdk8sYaml(buildBaseline(new App(), ids, objects)) !== yaml) throw new Error('the baseline does not emit the library\'s YAML byte for byte');
  return timeRuns(runs, warmups, () => cdk8sYaml(buildBaseline(new App(), ids, objects)));
}

function synthSameWriter(n: number, runs: number, warmups: number): Run[] {
  const { ids, objects, yaml } = platformJson(n);
  if (buildBaseline(new TlsApp(), ids, objects).synthYaml() !== yaml) throw new Error('TlsApp does not write the library\'s YAML for the same objects');
  return timeRuns(runs, warmups, () => buildBaseline(new TlsApp(), ids, objects).synthYaml());
}

function synthCase(): BenchResult[] {
  const m = measureInterleaved('synth', ['library', 'baseline', 'same-writer'], SYNTH_N, ROUNDS, (n) => (n >= 5000 ? 1 : RUNS));
  return SYNTH_N.map((n) => {
    const at = m.get(n)!;
    const library = at.get('library')!;
    const baseline = at.get('baseline')!;
    const sameWriter = at.get('same-writer')!;
    return {
      ...row('synth', n, library, baseline),
      sameWriterMs: round(sameWriter.medianMs),
      sameWriterRatio: round(library.medianMs / sameWriter.medianMs, 3),
      sameWriterHeapMb: round(sameWriter.peakHeapMb),
      sameWriterRuns: sameWriter.runs.map(roundRun),
      ...scaling(n, library, m.get(1000)?.get('library')),
      ...scaling(n, baseline, m.get(1000)?.get('baseline'), 'baseline'),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// case "audit": `cdk8s-tls audit` (in process, output discarded) over the 5,000-tenant YAML file,
// against reading and parsing the same file with the CLI's own parser (YAML documents with lines).
// ---------------------------------------------------------------------------------------------

const AUDIT_N = 5000;

function auditFile(n: number): string {
  const file = path.join(tempDir(), 'platform.yaml');
  fs.writeFileSync(file, platformJson(n).yaml);
  return file;
}

function auditLibrary(n: number, runs: number, warmups: number): Run[] {
  const file = auditFile(n);
  const io = { stdout: () => undefined, stderr: () => undefined, readStdin: () => '' };
  return timeRuns(runs, warmups, () => {
    const status = audit([file], io);
    if (status !== 0) throw new Error(`audit found errors in the platform's own output (exit ${status})`);
  });
}

function auditBaseline(n: number, runs: number, warmups: number): Run[] {
  const file = auditFile(n);
  return timeRuns(runs, warmups, () => {
    if (parseObjects(fs.readFileSync(file, 'utf8'), file).length === 0) throw new Error('parsed nothing');
  });
}

function auditCase(): BenchResult[] {
  const m = measureInterleaved('audit', ['library', 'baseline'], [AUDIT_N], ROUNDS, () => RUNS).get(AUDIT_N)!;
  return [row('audit', AUDIT_N, m.get('library')!, m.get('baseline')!)];
}

// ---------------------------------------------------------------------------------------------
// case "load": require() of the compiled library (lib/src/index.js) against cdk8s-plus-27 alone,
// each the first require of a fresh process (its own module cache); n = 1 module.
// ---------------------------------------------------------------------------------------------

const LOAD_TARGETS: Record<string, string> = {
  library: path.join(ROOT, 'lib', 'src', 'index.js'),
  baseline: 'cdk8s-plus-27',
};

function loadCase(): BenchResult[] {
  if (!fs.existsSync(LOAD_TARGETS.library)) throw new Error('lib/src/index.js is missing: run `npx projen compile` first');
  const runs = new Map<string, Array<{ ms: number; heapMb: number }>>([['library', []], ['baseline', []]]);
  for (let r = 0; r < ROUNDS * 3; r++) {
    for (const variant of ['library', 'baseline']) {
      const child = spawnSync(process.execPath, ['-e', `
        const t = process.hrtime.bigint();
        require(${JSON.stringify(LOAD_TARGETS[variant])});
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        console.log(JSON.stringify({ ms, heapMb: process.memoryUsage().heapUsed / 1048576 }));
      `], { cwd: ROOT, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`load ${variant} failed:\n${child.stderr}`);
      runs.get(variant)!.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
    }
  }
  const lib = runs.get('library')!;
  const base = runs.get('baseline')!;
  const libraryMs = median(lib.map((x) => x.ms));
  const baselineMs = median(base.map((x) => x.ms));
  process.stderr.write(`bench: load library ${round(libraryMs)} ms, cdk8s-plus-27 ${round(baselineMs)} ms\n`);
  return [{
    name: 'load', n: 1,
    libraryMs: round(libraryMs), baselineMs: round(baselineMs), ratio: round(libraryMs / baselineMs, 3),
    libraryHeapMb: round(median(lib.map((x) => x.heapMb))), baselineHeapMb: round(median(base.map((x) => x.heapMb))),
    libraryRuns: lib.map((x) => round(x.ms)), baselineRuns: base.map((x) => round(x.ms)),
  }];
}

export const PLATFORM_SYNTH: BenchCase = {
  name: 'synth',
  variants: { 'library': synthLibrary, 'baseline': synthBaseline, 'same-writer': synthSameWriter },
  run: synthCase,
};
export const PLATFORM_AUDIT: BenchCase = { name: 'audit', variants: { library: auditLibrary, baseline: auditBaseline }, run: auditCase };
export const LIBRARY_LOAD: BenchCase = { name: 'load', variants: {}, run: loadCase };
