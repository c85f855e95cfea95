// TLS-I1..TLS-I5: cert-manager cainjector references, on plain objects.
import { AuditMode } from '../../src/rules/audit-options';
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';

const only = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

function webhook(annotations: Record<string, string>, service = { name: 'hooks', namespace: 'hooks' }): Record<string, unknown> {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: 'policy', annotations },
    webhooks: [{ name: 'policy.example.com', clientConfig: { service: { ...service, path: '/validate' } }, admissionReviewVersions: ['v1'], sideEffects: 'None' }],
  };
}

function certificate(name: string, namespace: string, dnsNames: string[], secretTemplate?: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name, namespace },
    spec: { secretName: `${name}-tls`, issuerRef: { name: 'ca', kind: 'ClusterIssuer' }, dnsNames, ...(secretTemplate ? { secretTemplate } : {}) },
  };
}
const ca = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'ca' }, spec: { ca: { secretName: 'ca' } } };
const serving = () => certificate('serving', 'hooks', ['hooks', 'hooks.hooks', 'hooks.hooks.svc', 'hooks.hooks.svc.cluster.local']);

test('a webhook injected from a Certificate that covers its Service has no finding', () => {
  for (const kind of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
    expect(auditManifests([ca, serving(), { ...webhook({ 'cert-manager.io/inject-ca-from': 'hooks/serving' }), kind }])).toEqual([]);
  }
});

test('TLS-I1: the annotation is not <namespace>/<name>', () => {
  for (const value of ['serving', 'hooks/serving/x', 'Hooks/serving', '/serving']) {
    const result = only(auditManifests([ca, serving(), webhook({ 'cert-manager.io/inject-ca-from': value })]), 'TLS-I1');
    expect(result).toHaveLength(1);
    expect(result[0].message).toBe(`metadata.annotations[cert-manager.io/inject-ca-from]: ${JSON.stringify(value)} is not "<namespace>/<certificate name>"; `
      + 'cainjector ignores it and the caBundle stays empty; write the Certificate\'s namespace and name, e.g. "webhooks/webhook-serving" (WebhookServingCertificate.injectCaInto(...) writes it)');
  }
  expect(only(auditManifests([webhook({ 'cert-manager.io/inject-ca-from-secret': 'x' })]), 'TLS-I1')[0].message)
    .toMatch(/^metadata\.annotations\[cert-manager\.io\/inject-ca-from-secret\]: "x" is not "<namespace>\/<secret name>"/);
});

test('TLS-I2: a Certificate the manifests do not define: error in an app, warning in an audit, unless declared external', () => {
  const objects = [ca, serving(), webhook({ 'cert-manager.io/inject-ca-from': 'other/serving' })];
  const app = only(auditManifests(objects, { mode: AuditMode.APP }), 'TLS-I2');
  expect(app[0]).toMatchObject({ severity: 'error', kind: 'ValidatingWebhookConfiguration' });
  expect(app[0].message).toMatch(/^metadata\.annotations\[cert-manager\.io\/inject-ca-from\]: Certificate "serving" in namespace "other" is not defined in this app, so cainjector has nothing to inject; create it in the app/);
  const audit = only(auditManifests(objects), 'TLS-I2');
  expect(audit[0]).toMatchObject({ severity: 'warning' });
  expect(audit[0].message).toMatch(/is not among the audited objects; make sure it exists in the cluster/);
  const externals = [{ group: 'cert-manager.io', kind: 'Certificate', name: 'serving', namespace: 'other' }];
  expect(only(auditManifests(objects, { mode: AuditMode.APP, externals }), 'TLS-I2')).toEqual([]);
});

test('TLS-I3: injection from a Secret needs allow-direct-injection on the Secret', () => {
  const annotation = { 'cert-manager.io/inject-ca-from-secret': 'hooks/serving-tls' };
  const secret = (annotations: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'serving-tls', namespace: 'hooks', annotations }, type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } });
  const bare = only(auditManifests([webhook(annotation), secret()]), 'TLS-I3');
  expect(bare[0].message).toBe('metadata.annotations[cert-manager.io/inject-ca-from-secret]: cainjector injects from a Secret only when the Secret is annotated '
    + 'cert-manager.io/allow-direct-injection: "true", and Secret "hooks/serving-tls" does not carry it; add the annotation, or inject from the Certificate with cert-manager.io/inject-ca-from');
  expect(only(auditManifests([webhook(annotation), secret({ 'cert-manager.io/allow-direct-injection': 'true' })]), 'TLS-I3')).toEqual([]);
  // The Secret written by a Certificate gets the annotation from its secretTemplate.
  const byCert = only(auditManifests([ca, webhook(annotation), serving()]), 'TLS-I3');
  expect(byCert[0].message).toMatch(/Certificate "serving" writes Secret "hooks\/serving-tls" without it in spec\.secretTemplate\.annotations/);
  const templated = certificate('serving', 'hooks', ['hooks.hooks.svc'], { annotations: { 'cert-manager.io/allow-direct-injection': 'true' } });
  expect(only(auditManifests([ca, webhook(annotation), templated]), 'TLS-I3')).toEqual([]);
  expect(only(auditManifests([webhook(annotation)], { mode: AuditMode.APP }), 'TLS-I2')[0].message).toMatch(/Secret "serving-tls" in namespace "hooks" is not defined/);
});

test('TLS-I2: a CA Secret a webhook of the manifests makes for itself (cert-manager\'s chart, as rendered) is not missing', () => {
  // The cert-manager chart's webhook Deployment and webhook configuration, trimmed to what counts.
  const webhookDeployment = (args: string[], namespace: string | undefined = 'cert-manager') => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'cert-manager-webhook', ...(namespace ? { namespace } : {}) },
    spec: {
      selector: { matchLabels: { app: 'webhook' } },
      template: {
        metadata: { labels: { app: 'webhook' } },
        spec: {
          containers: [{
            name: 'cert-manager-webhook',
            image: 'quay.io/jetstack/cert-manager-webhook:v1.21.1',
            args: ['--v=2', '--secure-port=10250', ...args],
            env: [{ name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } }],
          }],
        },
      },
    },
  });
  const chartArgs = ['--dynamic-serving-ca-secret-namespace=$(POD_NAMESPACE)', '--dynamic-serving-ca-secret-name=cert-manager-webhook-ca'];
  const configuration = webhook({ 'cert-manager.io/inject-ca-from-secret': 'cert-manager/cert-manager-webhook-ca' }, { name: 'cert-manager-webhook', namespace: 'cert-manager' });
  for (const mode of [AuditMode.AUDIT, AuditMode.APP]) {
    expect(only(auditManifests([webhookDeployment(chartArgs), configuration], { mode }), 'TLS-I2')).toEqual([]);
    // the two-argument spelling, and a namespace-less Deployment (Kustomize sets it)
    expect(only(auditManifests([webhookDeployment(['--dynamic-serving-ca-secret-name', 'cert-manager-webhook-ca']), configuration], { mode }), 'TLS-I2')).toEqual([]);
    expect(only(auditManifests([webhookDeployment(chartArgs, undefined), configuration], { mode }), 'TLS-I2')).toEqual([]);
  }
  // Another Secret name, or the webhook keeping its CA in another namespace: still missing.
  const otherName = ['--dynamic-serving-ca-secret-namespace=$(POD_NAMESPACE)', '--dynamic-serving-ca-secret-name=webhook-ca'];
  expect(only(auditManifests([webhookDeployment(otherName), configuration]), 'TLS-I2')).toHaveLength(1);
  expect(only(auditManifests([webhookDeployment(chartArgs, 'security'), configuration]), 'TLS-I2')).toHaveLength(1);
  expect(only(auditManifests([webhookDeployment(['--dynamic-serving-ca-secret-namespace=security', '--dynamic-serving-ca-secret-name=cert-manager-webhook-ca']), configuration]), 'TLS-I2'))
    .toHaveLength(1);
});

test('TLS-I4: the annotation on a kind cainjector does not inject into', () => {
  const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations: { 'cert-manager.io/inject-ca-from': 'hooks/serving' } }, spec: {} };
  const result = only(auditManifests([deployment]), 'TLS-I4');
  expect(result[0]).toMatchObject({ severity: 'warning' });
  expect(result[0].message).toMatch(/cainjector does not inject into a Deployment; it injects only into ValidatingWebhookConfiguration, MutatingWebhookConfiguration, APIService, CustomResourceDefinition/);
});

test('TLS-I5: the injected Certificate must name <service>.<namespace>.svc for webhooks, APIServices and CRD conversion', () => {
  const narrow = certificate('serving', 'hooks', ['hooks.example.com']);
  const result = only(auditManifests([ca, narrow, webhook({ 'cert-manager.io/inject-ca-from': 'hooks/serving' })]), 'TLS-I5');
  expect(result.map((f) => f.message)).toEqual([
    'webhooks[0].clientConfig.service: the API server calls Service "hooks/hooks" as "hooks.hooks.svc", but Certificate "hooks/serving" (injected by cert-manager.io/inject-ca-from) '
    + 'has no such DNS name ("hooks.example.com"); add "hooks.hooks.svc" to its dnsNames (WebhookServingCertificate adds every in-cluster name of the Service)',
  ]);
  const apiService = {
    apiVersion: 'apiregistration.k8s.io/v1',
    kind: 'APIService',
    metadata: { name: 'v1beta1.metrics.example.com', annotations: { 'cert-manager.io/inject-ca-from': 'hooks/serving' } },
    spec: { group: 'metrics.example.com', version: 'v1beta1', service: { name: 'metrics', namespace: 'hooks' }, groupPriorityMinimum: 100, versionPriority: 100 },
  };
  expect(only(auditManifests([ca, serving(), apiService]), 'TLS-I5')[0]).toMatchObject({ path: 'spec.service' });
  const wildcard = certificate('serving', 'hooks', ['*.hooks.svc']);
  expect(only(auditManifests([ca, wildcard, apiService]), 'TLS-I5')).toEqual([]);
  const crd = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com', annotations: { 'cert-manager.io/inject-ca-from': 'hooks/serving' } },
    spec: { conversion: { strategy: 'Webhook', webhook: { clientConfig: { service: { name: 'converter', namespace: 'hooks' } } } } },
  };
  expect(only(auditManifests([ca, serving(), crd]), 'TLS-I5')[0]).toMatchObject({ path: 'spec.conversion.webhook.clientConfig.service' });
  // A webhook called by URL is not checked against the Certificate's names.
  const byUrl = { ...webhook({ 'cert-manager.io/inject-ca-from': 'hooks/serving' }), webhooks: [{ name: 'x.example.com', clientConfig: { url: 'https://hooks.example.com/' } }] };
  expect(only(auditManifests([ca, narrow, byUrl]), 'TLS-I5')).toEqual([]);
});
