// An admission webhook's serving certificate: every in-cluster DNS name of its Service, from a
// private CA in the webhook's namespace, mounted into the webhook's Deployment (restarted by
// Stakater Reloader on renewal), and the CA injected into the ValidatingWebhookConfiguration by
// cert-manager's cainjector. In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart, JsonPatch, Size } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { KubeValidatingWebhookConfiguration } from 'cdk8s-plus-27/lib/imports/k8s';
import { Construct } from 'constructs';
import { PrivateCa, TlsApp, WebhookServingCertificate } from '../../src';

class WebhookChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'policy' });

    // A CA for this webhook only, in its namespace: nothing else can get a certificate from it.
    const ca = new PrivateCa(this, 'ca', {
      issuerName: 'policy-webhook-ca',
      commonName: 'policy webhook CA',
      nameConstraints: { critical: true, permitted: { dnsDomains: ['policy-webhook', 'policy-webhook.policy', 'policy-webhook.policy.svc', 'policy-webhook.policy.svc.cluster.local'] } },
    });

    const webhook = new plus.Deployment(this, 'webhook', {
      metadata: { name: 'policy-webhook' },
      replicas: 2,
      containers: [{
        name: 'webhook',
        image: 'registry.example.com/policy-webhook:1.4.2',
        portNumber: 8443,
        args: ['--tls-cert-file=/etc/tls/tls.crt', '--tls-private-key-file=/etc/tls/tls.key'],
        resources: {
          cpu: { request: plus.Cpu.millis(50), limit: plus.Cpu.millis(500) },
          memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) },
        },
      }],
    });
    const service = webhook.exposeViaService({ name: 'policy-webhook', ports: [{ port: 443, targetPort: 8443 }] });

    const serving = new WebhookServingCertificate(this, 'serving', { metadata: { name: 'policy-webhook' }, issuer: ca, service });
    serving.mount(webhook);

    const configuration = new KubeValidatingWebhookConfiguration(this, 'validating', {
      metadata: { name: 'policy.example.com' },
      webhooks: [{
        name: 'pods.policy.example.com',
        admissionReviewVersions: ['v1'],
        sideEffects: 'None',
        failurePolicy: 'Fail',
        // caBundle left out: cainjector fills it in, and again after every renewal.
        clientConfig: { service: { name: service.name, namespace: 'policy', path: '/validate', port: 443 } },
        rules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] }],
        namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system', 'policy'] }] },
      }],
    });
    // Cluster-scoped: cdk8s gives every object the chart's namespace, which would only mislead here.
    configuration.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    serving.injectCaInto(configuration);
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new WebhookChart(app, 'webhook-serving-cert');
app.synth();
