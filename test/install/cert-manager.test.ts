// CertManager renders the real pinned chart with helm (from charts/, offline) and the result is
// checked object by object; values are checked against the chart's schema before helm runs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { CertManager, CertManagerProps, HelmChartSource } from '../../src';
import { main } from '../../src/cli/main';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { chartDirectory, HELM, helmDescribe } from '../support/helm';
import { objectOf, objectsOf, synthValid } from '../support/schema';

const LOCAL = () => HelmChartSource.fromDirectory(chartDirectory('cert-manager-v1.21.1'));
// Proves a test never reached helm: rendering with it fails in the constructor.
const NO_HELM = '/nonexistent/helm';

function render(props: CertManagerProps = {}, chartProps: { namespace?: string } = {}): any[] {
  const chart = new Chart(Testing.app(), 'test', chartProps);
  new CertManager(chart, 'cert-manager', { chart: LOCAL(), helmExecutable: HELM, ...props });
  return synthValid(chart);
}

function synthError(props: CertManagerProps, context: Record<string, string> = {}, helmExecutable = NO_HELM): string {
  const app = Testing.app();
  for (const [key, value] of Object.entries(context)) app.node.setContext(key, value);
  const chart = new Chart(app, 'test');
  new CertManager(chart, 'cert-manager', { chart: LOCAL(), helmExecutable, ...props });
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth succeeded, expected a validation error');
}

function controllerConfig(objects: any[]): any {
  return YAML.parse(objectOf(objects, 'ConfigMap', 'cert-manager').data['config.yaml']);
}

function containerOf(objects: any[], deployment: string): any {
  return objectOf(objects, 'Deployment', deployment).spec.template.spec.containers[0];
}

const DEPLOYMENTS = ['cert-manager', 'cert-manager-cainjector', 'cert-manager-webhook'];

helmDescribe('CertManager from the pinned chart', () => {
  let objects: any[];
  beforeAll(() => {
    objects = render();
  });

  test('snapshot (CRD schemas elided: they are the pinned upstream CRDs, checked by count and schema)', () => {
    const elided = objects.map((o) => (o.kind === 'CustomResourceDefinition'
      ? { ...o, spec: { ...o.spec, versions: o.spec.versions.map((v: any) => ({ name: v.name, served: v.served, storage: v.storage })) } }
      : o));
    expect(elided).toMatchSnapshot();
  });

  test('controller, CA injector and webhook run replicated with resource requests', () => {
    expect(objectsOf(objects, 'Deployment').map((d) => d.metadata.name).sort()).toEqual(DEPLOYMENTS);
    expect(objectOf(objects, 'Deployment', 'cert-manager').spec.replicas).toBe(2);
    expect(objectOf(objects, 'Deployment', 'cert-manager-cainjector').spec.replicas).toBe(2);
    expect(objectOf(objects, 'Deployment', 'cert-manager-webhook').spec.replicas).toBe(3);
    for (const name of DEPLOYMENTS) {
      const deployment = objectOf(objects, 'Deployment', name);
      expect(deployment.metadata.namespace).toBe('cert-manager');
      for (const c of deployment.spec.template.spec.containers) {
        expect(c.resources.requests).toEqual({ cpu: '10m', memory: expect.stringMatching(/^\d+Mi$/) });
        expect(c.image).toMatch(/^quay\.io\/jetstack\/cert-manager-[a-z]+:v1\.21\.1$/);
      }
    }
  });

  test('every Deployment has a PodDisruptionBudget that selects its pods', () => {
    const pdbs = objectsOf(objects, 'PodDisruptionBudget');
    expect(pdbs).toHaveLength(3);
    for (const name of DEPLOYMENTS) {
      const labels = objectOf(objects, 'Deployment', name).spec.template.metadata.labels;
      const pdb = pdbs.find((p) => Object.entries(p.spec.selector.matchLabels).every(([k, v]) => labels[k] === v));
      expect(pdb?.spec).toEqual(expect.objectContaining({ maxUnavailable: 1 }));
      expect(pdb?.spec.minAvailable).toBeUndefined();
    }
  });

  test('the six CRDs come with the chart and survive an uninstall', () => {
    const crds = objectsOf(objects, 'CustomResourceDefinition');
    expect(crds.map((c) => c.metadata.name).sort()).toEqual([
      'certificaterequests.cert-manager.io', 'certificates.cert-manager.io', 'challenges.acme.cert-manager.io',
      'clusterissuers.cert-manager.io', 'issuers.cert-manager.io', 'orders.acme.cert-manager.io',
    ]);
    for (const crd of crds) expect(crd.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
  });

  test('metrics with the chart\'s ServiceMonitor, no PodMonitor', () => {
    const monitor = objectOf(objects, 'ServiceMonitor', 'cert-manager');
    expect(monitor.metadata.namespace).toBe('cert-manager');
    expect(monitor.spec.endpoints[0]).toEqual(expect.objectContaining({ targetPort: 'http-metrics', path: '/metrics' }));
    expect(objectsOf(objects, 'PodMonitor')).toHaveLength(0);
  });

  test('no startupapicheck hook objects, no helm-managed labels', () => {
    expect(objectsOf(objects, 'Job')).toHaveLength(0);
    expect(objects.filter((o) => o.metadata.name.includes('startupapicheck'))).toEqual([]);
    expect(objects.filter((o) => o.metadata.annotations?.['helm.sh/hook'])).toEqual([]);
    expect(objects.filter((o) => o.metadata.labels?.['app.kubernetes.io/managed-by'])).toEqual([]);
  });

  test('Gateway API support is written out as off, and leader election stays in cert-manager\'s namespace', () => {
    expect(controllerConfig(objects)).toEqual({
      apiVersion: 'controller.config.cert-manager.io/v1alpha1',
      kind: 'ControllerConfiguration',
      gatewayAPI: { enabled: false },
    });
    const args: string[] = containerOf(objects, 'cert-manager').args;
    expect(args).toContain('--config=/var/cert-manager/config/config.yaml');
    expect(args).toContain('--leader-election-namespace=cert-manager');
    expect(objects.filter((o) => o.metadata.namespace === 'kube-system')).toEqual([]);
  });

  test('the namespace enforces Pod Security restricted', () => {
    expect(objectOf(objects, 'Namespace', 'cert-manager').metadata.labels).toEqual({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
    });
  });

  test('cdk8s-tls audit finds nothing in the output, not even the webhook CA Secret that the webhook creates at runtime', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-install-'));
    try {
      const file = path.join(dir, 'cert-manager.yaml');
      fs.writeFileSync(file, objects.map((o) => YAML.stringify(o)).join('---\n'));
      let stdout = '';
      let stderr = '';
      const status = main(['audit', file], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => '' });
      expect(stdout).toBe('');
      expect(stderr).toContain(`${objects.length} objects, 0 errors, 0 warnings, 0 infos`);
      expect(status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

helmDescribe('CertManager options', () => {
  test('gatewayApi: true switches the controller\'s Gateway API support on', () => {
    expect(controllerConfig(render({ gatewayApi: true })).gatewayAPI).toEqual({ enabled: true });
  });

  test('gatewayApiListenerSets: true switches the ListenerSet shim on: its config flag, the alpha feature gate, and Gateway API support', () => {
    const config = controllerConfig(render({ gatewayApiListenerSets: true }));
    expect(config.gatewayAPI).toEqual({ enabled: true, enableListenerSet: true });
    expect(config.featureGates).toEqual({ ListenerSets: true });
    expect(controllerConfig(render({ gatewayApi: true })).featureGates).toBeUndefined();
  });

  test('user values merge over ours: objects merge, null removes a key as in helm', () => {
    const objects = render({
      serviceMonitor: false,
      values: {
        webhook: {
          resources: { limits: { memory: '128Mi' } },
          podDisruptionBudget: { maxUnavailable: null, minAvailable: 2 },
        },
      },
    });
    expect(containerOf(objects, 'cert-manager-webhook').resources).toEqual({
      requests: { cpu: '10m', memory: '32Mi' },
      limits: { memory: '128Mi' },
    });
    const webhookPdb = objectOf(objects, 'PodDisruptionBudget', 'cert-manager-webhook');
    expect(webhookPdb.spec.minAvailable).toBe(2);
    expect(webhookPdb.spec.maxUnavailable).toBeUndefined();
    expect(objectsOf(objects, 'ServiceMonitor')).toHaveLength(0);
  });

  test('in a chart with a namespace, cluster-scoped objects stay without one', () => {
    const objects = render({ createNamespace: false }, { namespace: 'apps' });
    for (const kind of ['CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
      const ofKind = objectsOf(objects, kind);
      expect(ofKind.length).toBeGreaterThan(0);
      for (const o of ofKind) expect(o.metadata.namespace).toBeUndefined();
    }
    expect(objectOf(objects, 'Deployment', 'cert-manager').metadata.namespace).toBe('cert-manager');
    expect(objectsOf(objects, 'Namespace')).toHaveLength(0);
  });

  test('the output is deterministic: two synths give the same YAML', () => {
    const yaml = () => {
      const app = Testing.app();
      new CertManager(new Chart(app, 'test'), 'cert-manager', { chart: LOCAL(), helmExecutable: HELM, gatewayApi: true });
      return app.synthYaml();
    };
    const first = yaml();
    expect(first.length).toBeGreaterThan(100_000);
    expect(yaml()).toBe(first);
  });

  test('replicas: 1 leaves a TLS-INST3 warning, printed or failing synth in warnings=error mode', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((text: any) => {
      written.push(String(text));
      return true;
    });
    try {
      render({ replicas: 1 });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/cdk8s-tls warning: \[test\/cert-manager\] \[TLS-INST3\] replicas: 1 leaves the controller .*; use 2/);
    // A warning does not stop rendering: helm runs.
    expect(synthError({ webhookReplicas: 1 }, { [WARNINGS_CONTEXT_KEY]: 'error' }, HELM))
      .toMatch(/\[test\/cert-manager\] \[TLS-INST3\] webhookReplicas: 1 makes every write .*; use 3/);
  });
});

describe('CertManager values validation (before helm runs)', () => {
  test('a wrong type fails synth with the path, the value, what the chart wants and the fix', () => {
    expect(synthError({ values: { replicaCount: 'two' } })).toMatch(
      /\[test\/cert-manager\] \[TLS-INST1\] values\.replicaCount: "two" is a string, but the cert-manager \S+ chart's values\.schema\.json wants number; give number/,
    );
    expect(synthError({ values: { webhook: { replicaCount: '3' } } })).toMatch(
      /\[TLS-INST1\] values\.webhook\.replicaCount: "3" is a string, .* wants number; give number \(write 3, without quotes\)/,
    );
  });

  test('an unknown key is named, with the likely intended one', () => {
    expect(synthError({ values: { webhook: { replicas: 3 } } })).toMatch(
      /\[TLS-INST1\] values\.webhook\.replicas: unknown key \(value 3\); .* allows no such key at values\.webhook; did you mean "replicaCount"\?/,
    );
    expect(synthError({ values: { fooBarBaz: true } })).toMatch(
      /\[TLS-INST1\] values\.fooBarBaz: unknown key \(value true\); .* at values; remove it, or use one of: acmesolver, affinity, /,
    );
  });

  test('every problem is reported in one synth', () => {
    const message = synthError({ values: { replicaCount: 'two', crds: { enabled: 'yes' }, prometheus: { podmonitor: { enabled: true } } } });
    expect(message).toMatch(/values\.replicaCount: "two"/);
    expect(message).toMatch(/values\.crds\.enabled: "yes" is a string, .* wants boolean/);
    expect(message).toMatch(/\[TLS-INST1\] values\.prometheus\.podmonitor\.enabled: true while the ServiceMonitor is on; .*set serviceMonitor: false/);
  });

  test('a chart from the repository at the pinned version is checked against the carried schema, offline', () => {
    const chart = Testing.chart();
    new CertManager(chart, 'cert-manager', { helmExecutable: NO_HELM, values: { replicaCount: 'two' } });
    expect(() => Testing.synth(chart)).toThrow(/\[TLS-INST1\] values\.replicaCount: "two" is a string, but the cert-manager v1\.21\.1 chart's/);
  });

  test('another version from a repository has no carried schema: helm checks the values', () => {
    const chart = Testing.chart();
    expect(() => new CertManager(chart, 'cert-manager', {
      helmExecutable: NO_HELM,
      chart: HelmChartSource.fromRepository(CertManager.CHART_REPOSITORY, 'cert-manager', 'v1.20.0'),
      values: { replicaCount: 'two' },
    })).toThrow(/unable to execute '\/nonexistent\/helm'/);
  });

  test('values that can never be right throw at once', () => {
    expect(() => new CertManager(Testing.chart(), 'a', { namespace: 'Cert_Manager', helmExecutable: NO_HELM }))
      .toThrow(/namespace: "Cert_Manager" is not a namespace name/);
    expect(() => new CertManager(Testing.chart(), 'b', { replicas: 0, helmExecutable: NO_HELM }))
      .toThrow(/replicas: 0 is not a replica count/);
    expect(() => new CertManager(Testing.chart(), 'c', { webhookReplicas: 2.5, helmExecutable: NO_HELM }))
      .toThrow(/webhookReplicas: 2.5 is not a replica count/);
    expect(() => new CertManager(Testing.chart(), 'd', { releaseName: 'x'.repeat(54), helmExecutable: NO_HELM }))
      .toThrow(/releaseName: "x+" is not a Helm release name/);
  });
});

describe('HelmChartSource', () => {
  test('keeps what helm template needs', () => {
    expect(HelmChartSource.fromRepository('https://charts.jetstack.io', 'cert-manager', 'v1.21.1'))
      .toEqual(expect.objectContaining({ chart: 'cert-manager', repository: 'https://charts.jetstack.io', version: 'v1.21.1' }));
    expect(HelmChartSource.fromOci('oci://quay.io/jetstack/charts/cert-manager', '1.21.1'))
      .toEqual(expect.objectContaining({ chart: 'oci://quay.io/jetstack/charts/cert-manager', version: '1.21.1', repository: undefined }));
    expect(LOCAL().directory).toBe(chartDirectory('cert-manager-v1.21.1'));
  });

  test('refuses what can never work', () => {
    expect(() => HelmChartSource.fromRepository('charts.jetstack.io', 'cert-manager', 'v1.21.1')).toThrow(/repository: "charts.jetstack.io" is not an http\(s\) URL/);
    expect(() => HelmChartSource.fromRepository('https://charts.jetstack.io', 'cert-manager', '^1.21')).toThrow(/version: "\^1.21" is not an exact chart version/);
    expect(() => HelmChartSource.fromOci('quay.io/jetstack/cert-manager', 'v1.21.1')).toThrow(/is not an OCI chart reference/);
    expect(() => HelmChartSource.fromDirectory('/nonexistent/chart')).toThrow(/chart "\/nonexistent\/chart" does not exist/);
  });
});

helmDescribe('temporary files', () => {
  test('rendering, and a failed rendering, leave no temporary folder behind', () => {
    // The module object itself: the namespace `import * as fs` gives cannot be spied on.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mkdtemp = jest.spyOn(require('fs') as typeof fs, 'mkdtempSync');
    try {
      const chart = new Chart(Testing.app(), 'test');
      const before = mkdtemp.mock.results.length;
      new CertManager(chart, 'cert-manager', { chart: LOCAL(), helmExecutable: HELM });
      expect(() => new CertManager(chart, 'broken', { chart: LOCAL(), helmExecutable: NO_HELM })).toThrow(/unable to execute '\/nonexistent\/helm'/);
      const created = mkdtemp.mock.results.slice(before).map((r) => String(r.value));
      expect(created.length).toBeGreaterThan(0);
      expect(created.filter((dir) => fs.existsSync(dir))).toEqual([]);
    } finally {
      mkdtemp.mockRestore();
    }
  });
});
