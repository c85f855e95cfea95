// TrustManager renders the real pinned chart with helm (from charts/, offline).
import { Chart, Testing } from 'cdk8s';
import { CertManager, HelmChartSource, TrustManager, TrustManagerProps } from '../../src';
import { auditManifests } from '../../src/rules/engine';
import { chartDirectory, HELM, helmDescribe } from '../support/helm';
import { objectOf, objectsOf, synthValid } from '../support/schema';

const LOCAL = () => HelmChartSource.fromDirectory(chartDirectory('trust-manager-v0.24.0'));
const NO_HELM = '/nonexistent/helm';

function render(props: TrustManagerProps = {}): any[] {
  const chart = new Chart(Testing.app(), 'test');
  new TrustManager(chart, 'trust-manager', { chart: LOCAL(), helmExecutable: HELM, ...props });
  return synthValid(chart);
}

function synthError(props: TrustManagerProps): string {
  const chart = Testing.chart();
  new TrustManager(chart, 'trust-manager', { chart: LOCAL(), helmExecutable: NO_HELM, ...props });
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth succeeded, expected a validation error');
}

function args(objects: any[]): string[] {
  return objectOf(objects, 'Deployment', 'trust-manager').spec.template.spec.containers[0].args;
}

helmDescribe('TrustManager from the pinned chart', () => {
  let objects: any[];
  beforeAll(() => {
    objects = render();
  });

  test('snapshot (CRD schema elided: it is the pinned upstream CRD, checked by schema)', () => {
    const elided = objects.map((o) => (o.kind === 'CustomResourceDefinition'
      ? { ...o, spec: { ...o.spec, versions: o.spec.versions.map((v: any) => ({ name: v.name, served: v.served, storage: v.storage })) } }
      : o));
    expect(elided).toMatchSnapshot();
  });

  test('two replicas with a PodDisruptionBudget and resource requests', () => {
    const deployment = objectOf(objects, 'Deployment', 'trust-manager');
    expect(deployment.metadata.namespace).toBe('cert-manager');
    expect(deployment.spec.replicas).toBe(2);
    const pod = deployment.spec.template.spec;
    expect(pod.containers[0].resources.requests).toEqual({ cpu: '10m', memory: '64Mi' });
    expect(pod.containers[0].image).toBe('quay.io/jetstack/trust-manager:v0.24.0');
    const pdb = objectOf(objects, 'PodDisruptionBudget', 'trust-manager');
    expect(pdb.spec.maxUnavailable).toBe(1);
    expect(Object.entries(pdb.spec.selector.matchLabels).every(([k, v]) => deployment.spec.template.metadata.labels[k] === v)).toBe(true);
  });

  test('the Bundle CRD with the chart, kept on uninstall; a ServiceMonitor', () => {
    const crd = objectOf(objects, 'CustomResourceDefinition', 'bundles.trust.cert-manager.io');
    expect(crd.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
    expect(crd.metadata.namespace).toBeUndefined();
    expect(objectOf(objects, 'ServiceMonitor', 'trust-manager').metadata.namespace).toBe('cert-manager');
  });

  test('webhook TLS from cert-manager: Issuer, Certificate and CA injection, no generated key in the output', () => {
    const certificate = objectOf(objects, 'Certificate', 'trust-manager');
    expect(certificate.spec).toEqual(expect.objectContaining({ dnsNames: ['trust-manager.cert-manager.svc'], secretName: 'trust-manager-tls' }));
    // Upstream's Certificate as rendered: its commonName repeats the SAN, which TLS-X15 flags only for public CAs.
    expect(certificate.spec.commonName).toBe('trust-manager.cert-manager.svc');
    objectOf(objects, 'Issuer', 'trust-manager');
    const webhook = objectOf(objects, 'ValidatingWebhookConfiguration', 'trust-manager');
    expect(webhook.metadata.annotations['cert-manager.io/inject-ca-from']).toBe('cert-manager/trust-manager');
    expect(objectsOf(objects, 'Secret')).toHaveLength(0);
  });

  test('trust namespace, Secret targets off, expired certificates filtered', () => {
    const a = args(objects);
    expect(a).toContain('--trust-namespace=cert-manager');
    expect(a).toContain('--filter-expired-certificates=true');
    expect(a.some((x) => x.startsWith('--secret-targets-enabled=true'))).toBe(false);
  });

  test('the output has no rule findings', () => {
    expect(auditManifests(objects)).toEqual([]);
  });

  test('trustNamespace is configurable', () => {
    expect(args(render({ trustNamespace: 'trust-sources', replicas: 3 }))).toContain('--trust-namespace=trust-sources');
  });

  test('installs next to CertManager in one app, with deterministic output', () => {
    const yaml = () => {
      const app = Testing.app();
      const chart = new Chart(app, 'platform');
      new CertManager(chart, 'cert-manager', { chart: HelmChartSource.fromDirectory(chartDirectory('cert-manager-v1.21.1')), helmExecutable: HELM });
      new TrustManager(chart, 'trust-manager', { chart: LOCAL(), helmExecutable: HELM });
      synthValid(chart);
      return app.synthYaml();
    };
    const first = yaml();
    expect(first).toContain('name: trust-manager');
    expect(yaml()).toBe(first);
  });
});

describe('TrustManager values validation (before helm runs)', () => {
  test('helm-generated webhook certificates are refused: they differ on every synth', () => {
    expect(synthError({ values: { app: { webhook: { tls: { helmCert: { enabled: true } } } } } })).toMatch(
      /\[test\/trust-manager\] \[TLS-INST2\] values\.app\.webhook\.tls\.helmCert\.enabled: true makes helm generate a new CA .*; leave it off/,
    );
  });

  test('an unknown key fails with the chart\'s keys', () => {
    expect(synthError({ values: { app: { trust: { namespaces: 'x' } } } })).toMatch(
      /\[TLS-INST1\] values\.app\.trust\.namespaces: unknown key \(value "x"\); the trust-manager v0\.24\.0 chart's values\.schema\.json .*; did you mean "namespace"\?/,
    );
    expect(synthError({ values: { secretTargets: { enabled: 'no' } } })).toMatch(
      /\[TLS-INST1\] values\.secretTargets\.enabled: "no" is a string, .* wants boolean/,
    );
  });

  test('the repository chart at the pinned version uses the carried schema', () => {
    const chart = Testing.chart();
    new TrustManager(chart, 'trust-manager', { helmExecutable: NO_HELM, values: { bogus: 1 } });
    expect(() => Testing.synth(chart)).toThrow(/\[TLS-INST1\] values\.bogus: unknown key \(value 1\); the trust-manager v0\.24\.0 chart's/);
  });

  test('names and counts that can never be right throw at once', () => {
    expect(() => new TrustManager(Testing.chart(), 'a', { trustNamespace: 'Trust', helmExecutable: NO_HELM }))
      .toThrow(/trustNamespace: "Trust" is not a namespace name/);
    expect(() => new TrustManager(Testing.chart(), 'b', { replicas: -1, helmExecutable: NO_HELM }))
      .toThrow(/replicas: -1 is not a replica count/);
  });
});
