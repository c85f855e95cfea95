import { ApiObject, Chart, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { KubeApiService, KubeCustomResourceDefinition, KubeValidatingWebhookConfiguration } from 'cdk8s-plus-27/lib/imports/k8s';
import { CaIssuer, WebhookServingCertificate } from '../../src';
import { objectOf, synthValid } from '../support/schema';

function webhookChart() {
  const chart = new Chart(Testing.app(), 'test', { namespace: 'policy' });
  const issuer = new CaIssuer(chart, 'ca', { metadata: { name: 'webhook-ca' }, secretName: 'webhook-ca' });
  const service = new plus.Service(chart, 'svc', { metadata: { name: 'policy-webhook' }, ports: [{ port: 443, targetPort: 8443 }] });
  return { chart, issuer, service };
}

function webhookConfiguration(chart: Chart, serviceName: string): KubeValidatingWebhookConfiguration {
  return new KubeValidatingWebhookConfiguration(chart, 'vwc', {
    metadata: { name: 'policy' },
    webhooks: [{
      name: 'policy.example.com',
      admissionReviewVersions: ['v1'],
      sideEffects: 'None',
      clientConfig: { service: { name: serviceName, namespace: 'policy', path: '/validate' } },
    }],
  });
}

describe('WebhookServingCertificate', () => {
  test('every in-cluster name of the Service, in its namespace, and the CA injected into the webhook configuration', () => {
    const { chart, issuer, service } = webhookChart();
    const cert = new WebhookServingCertificate(chart, 'serving', { metadata: { name: 'policy-webhook' }, issuer, service });
    cert.injectCaInto(webhookConfiguration(chart, 'policy-webhook'));
    const objects = synthValid(chart);
    const json = objectOf(objects, 'Certificate');
    expect(json.metadata.namespace).toBe('policy');
    expect(json.spec.dnsNames).toEqual(['policy-webhook', 'policy-webhook.policy', 'policy-webhook.policy.svc', 'policy-webhook.policy.svc.cluster.local']);
    expect(json.spec.usages).toEqual(['digital signature', 'server auth']);
    expect(objectOf(objects, 'ValidatingWebhookConfiguration').metadata.annotations).toEqual({ 'cert-manager.io/inject-ca-from': 'policy/policy-webhook' });
    expect(objects).toMatchSnapshot();
  });

  test('cluster domain; APIService and CRD conversion webhooks; wrong targets throw', () => {
    const { chart, issuer, service } = webhookChart();
    const cert = new WebhookServingCertificate(chart, 'serving', { issuer, service, clusterDomain: 'corp.internal' });
    expect(cert.serviceDnsNames[3]).toBe('policy-webhook.policy.svc.corp.internal');
    const apiService = new KubeApiService(chart, 'api', {
      metadata: { name: 'v1beta1.metrics.example.com' },
      spec: { group: 'metrics.example.com', version: 'v1beta1', service: { name: 'policy-webhook', namespace: 'policy' }, groupPriorityMinimum: 100, versionPriority: 100 },
    });
    const crd = new KubeCustomResourceDefinition(chart, 'crd', {
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [{ name: 'v1', served: true, storage: true, schema: { openApiv3Schema: { type: 'object' } } }],
        conversion: { strategy: 'Webhook', webhook: { conversionReviewVersions: ['v1'], clientConfig: { service: { name: 'policy-webhook', namespace: 'policy' } } } },
      },
    });
    cert.injectCaInto(apiService, crd);
    const objects = synthValid(chart);
    const ref = `policy/${cert.name}`;
    expect(objectOf(objects, 'APIService').metadata.annotations['cert-manager.io/inject-ca-from']).toBe(ref);
    expect(objectOf(objects, 'CustomResourceDefinition').metadata.annotations['cert-manager.io/inject-ca-from']).toBe(ref);
    const deployment = new plus.Deployment(chart, 'd', { containers: [{ image: 'x' }] });
    expect(() => cert.injectCaInto(deployment)).toThrow(/cannot inject a CA into Deployment test\/d\/Resource; cainjector injects only into ValidatingWebhookConfiguration/);
    const noNamespace = Testing.chart();
    const svc = new plus.Service(noNamespace, 'svc', { ports: [{ port: 443 }] });
    expect(() => new WebhookServingCertificate(noNamespace, 'c', { issuer, service: svc })).toThrow(/Service ".*" has no namespace/);
  });

  test('a webhook calling another Service than the certificate covers fails synth (TLS-I5); a patched reference TLS-I1/I2', () => {
    const { chart, issuer, service } = webhookChart();
    const cert = new WebhookServingCertificate(chart, 'serving', { issuer, service });
    const vwc = webhookConfiguration(chart, 'other-service');
    cert.injectCaInto(vwc);
    // injectCaInto makes the target fail synth under its own path.
    expect(() => Testing.synth(chart)).toThrow(/\[test\/vwc\] \[TLS-I5\] webhooks\[0\]\.clientConfig\.service: the API server calls Service "policy\/other-service" as "other-service\.policy\.svc"/);
    ApiObject.of(vwc).metadata.addAnnotation('cert-manager.io/inject-ca-from', 'policy/missing');
    expect(() => Testing.synth(chart)).toThrow(/\[test\/vwc\] \[TLS-I2\] metadata\.annotations\[cert-manager\.io\/inject-ca-from\]: Certificate "missing" in namespace "policy" is not defined in this app/);
  });
});
