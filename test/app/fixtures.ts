// Apps and helpers for the equivalence tests of TlsApp against cdk8s's own App.synth().
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, AppProps, Chart, JsonPatch, Lazy, YamlOutputType } from 'cdk8s';
import { Construct } from 'constructs';

export const OUTPUT_TYPES: readonly [string, YamlOutputType][] = [
  ['FILE_PER_CHART', YamlOutputType.FILE_PER_CHART],
  ['FILE_PER_RESOURCE', YamlOutputType.FILE_PER_RESOURCE],
  ['FOLDER_PER_CHART_FILE_PER_RESOURCE', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
  ['FILE_PER_APP', YamlOutputType.FILE_PER_APP],
];

/** A chart class that post-processes its own output, as some users do. */
export class ReversedChart extends Chart {
  public toJson(): any[] {
    return super.toJson().reverse();
  }
}

/**
 * A platform of `tenants` tenants: a shared platform chart (every third tenant chart depends on it,
 * every tenant's Deployment on a plain construct in it), one chart
 * per tenant with a nested chart (one of them nested twice), dependencies between objects in a
 * chart, across charts, on charts and on plain constructs, Lazy values, JSON patches (one renames
 * an object), names shared across charts, charts without hashes, an empty chart, a chart whose id
 * looks like a number and a chart class that overrides toJson().
 */
export function buildPlatform(app: App, tenants: number): void {
  const platform = new Chart(app, 'platform', { namespace: 'platform', labels: { 'example.com/tier': 'platform' } });
  const platformNs = new ApiObject(platform, 'namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'platform' } });
  const issuers = new Construct(platform, 'issuers');
  new ApiObject(issuers, 'ca', {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: 'platform-ca', namespace: undefined },
    spec: { ca: { secretName: 'platform-ca' } },
  });
  new ApiObject(issuers, 'bootstrap', {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: 'bootstrap', namespace: undefined },
    spec: { selfSigned: {} },
  });
  issuers.node.addDependency(platformNs);

  new Chart(app, 'empty');
  const numeric = new Chart(app, '7', { namespace: 'seven' });
  new ApiObject(numeric, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', data: { lucky: '7' } });

  const reversed = new ReversedChart(app, 'reversed', { namespace: 'reversed' });
  for (const id of ['a', 'b', 'c']) new ApiObject(reversed, id, { apiVersion: 'v1', kind: 'ConfigMap', data: { id } });
  reversed.addDependency(platform);

  let previousWorkloads: Chart | undefined;
  for (let i = 0; i < tenants; i++) {
    const name = `tenant-${i}`;
    const tenant = new Chart(app, name, {
      namespace: name,
      labels: { 'example.com/tenant': name },
      disableResourceNameHashes: i % 2 === 0,
    });
    if (i % 3 === 0) tenant.addDependency(platform);
    new ApiObject(tenant, 'namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name, namespace: undefined } });
    const sa = new ApiObject(tenant, 'deployer', { apiVersion: 'v1', kind: 'ServiceAccount', automountServiceAccountToken: false });
    const role = new ApiObject(tenant, 'role', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      rules: [{ apiGroups: ['cert-manager.io'], resources: ['certificates'], verbs: ['get', 'list', 'watch'] }],
    });
    const binding = new ApiObject(tenant, 'binding', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: Lazy.any({ produce: () => role.name }) },
      subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: name }],
    });
    binding.addDependency(role, sa);
    const settings = new ApiObject(tenant, 'settings', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: i % 10 === 0 ? { name: 'shared-settings' } : {},
      data: Lazy.any({ produce: () => ({ tenant: name, index: String(i) }) }),
    });
    if (i % 7 === 0) settings.addJsonPatch(JsonPatch.add('/metadata/annotations', { 'example.com/patched': 'true' }));
    if (i % 10 === 3) settings.addJsonPatch(JsonPatch.replace('/metadata/name', `renamed-${i}`));

    const workloads = new Chart(tenant, 'workloads', { namespace: name });
    const config = new ApiObject(workloads, 'config', { apiVersion: 'v1', kind: 'ConfigMap', data: { tenant: name } });
    const deploy = new ApiObject(workloads, 'web', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx:1.27', envFrom: [{ configMapRef: { name: config.name } }] }] },
        },
      },
    });
    deploy.addDependency(config, issuers);
    if (i === 0) {
      const jobs = new Chart(workloads, 'jobs', { namespace: name });
      new ApiObject(jobs, 'rotate', { apiVersion: 'v1', kind: 'ConfigMap', data: { schedule: '@daily' } });
    }
    // every tenth tenant after the first depends on the one before it (no chains: those do not)
    if (i % 10 === 1 && previousWorkloads) tenant.addDependency(previousWorkloads);
    previousWorkloads = workloads;
  }
}

/** Every file and folder under `dir`, by relative path; folders map to null. */
export function readTree(dir: string): Record<string, string | null> {
  const tree: Record<string, string | null> = {};
  const visit = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        tree[`${child}/`] = null;
        visit(child);
      } else {
        tree[child] = fs.readFileSync(path.join(dir, child), 'utf8');
      }
    }
  };
  visit('');
  return tree;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cdk8s-tls-${prefix}-`));
}

export interface SynthOutcome {
  readonly tree?: Record<string, string | null>;
  readonly error?: string;
}

/**
 * Builds an app with `build` into a fresh `App` of the given class and synthesizes it into a temp
 * dir; returns the files written or the error thrown.
 */
export function synthTree(AppClass: new (props: AppProps) => App, props: AppProps, build: (app: App) => void): SynthOutcome {
  const outdir = tempDir('synth');
  try {
    const app = new AppClass({ ...props, outdir });
    build(app);
    try {
      app.synth();
    } catch (e) {
      return { error: (e as Error).message };
    }
    return { tree: readTree(outdir) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** `synthYaml()` of a fresh app of the given class, or the error it throws. */
export function synthYamlOf(AppClass: new (props: AppProps) => App, build: (app: App) => void): { yaml?: string; error?: string } {
  const app = new AppClass({ outdir: tempDir('unused') });
  build(app);
  try {
    return { yaml: app.synthYaml() };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    fs.rmSync(app.outdir, { recursive: true, force: true });
  }
}

export interface EveryOutputType {
  /** The files written, by output type name. */
  readonly trees: Record<string, Record<string, string | null>>;
  readonly yaml: string;
}

/**
 * Builds one app of the given class with `build` and synthesizes it once per output type, then
 * with `synthYaml()`: for apps whose build is the expensive part (a Helm chart renders at
 * construction), where `synthTree` would build once per output type.
 */
export function synthEveryOutputType(AppClass: new (props: AppProps) => App, build: (app: App) => void): EveryOutputType {
  const outdir = tempDir('every-type');
  try {
    const app = new AppClass({ outdir });
    build(app);
    const trees: Record<string, Record<string, string | null>> = {};
    for (const [typeName, yamlOutputType] of OUTPUT_TYPES) {
      // test instrumentation: cdk8s reads both at synth, so one app serves every output type
      (app as any).yamlOutputType = yamlOutputType;
      (app as any).outdir = path.join(outdir, typeName);
      app.synth();
      trees[typeName] = readTree(app.outdir);
    }
    return { trees, yaml: app.synthYaml() };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
