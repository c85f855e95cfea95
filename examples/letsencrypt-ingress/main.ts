// The scenario Kubernetes TLS guides walk through: a `letsencrypt-prod` ClusterIssuer answering
// HTTP-01 through the nginx ingress class, and one Ingress for app.example.com and
// api.example.com with a Let's Encrypt certificate that renews itself, HTTPS only.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Deployment, IngressBackend } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Http01Solver, IngressController, LetsEncryptIssuer, TlsApp, TlsIngress, TlsSource } from '../../src';

class LetsEncryptIngressChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'web' });

    const letsencrypt = LetsEncryptIssuer.production(this, 'letsencrypt', {
      metadata: { name: 'letsencrypt-prod' },
      cluster: true,
      email: 'platform@example.com',
      // cert-manager answers the challenge with its own temporary Ingress of class nginx; ingress-nginx
      // exempts /.well-known/acme-challenge from the HTTPS redirect (no-tls-redirect-locations).
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });

    const app = new Deployment(this, 'app', { metadata: { name: 'app' }, containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }] });
    const api = new Deployment(this, 'api', { metadata: { name: 'api' }, containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }] });

    const web = new TlsIngress(this, 'web', {
      metadata: { name: 'web' },
      controller: IngressController.nginx(),
      tls: TlsSource.certificate(letsencrypt, {
        metadata: { name: 'web' },
        secretName: 'web-tls',
        // "Renew 30 days before a 90-day expiry", said so that it stays right: Let's Encrypt decides
        // the lifetime (it ignores a requested duration, which the rules would warn about as
        // TLS-X10D) and is shortening it (45 days by 2028), and an absolute renewBefore of 30 days
        // would then renew a third of the way through (cert-manager ignores a renewBefore that is
        // not shorter than the lifetime, TLS-X9). 33% of 90 days is 29.7 days; of 45 days, 15.
        renewBeforePercentage: 33,
      }),
    });
    web.addHost('app.example.com', { backend: IngressBackend.fromService(app.exposeViaService({ name: 'app', ports: [{ port: 80, targetPort: 8080 }] })) });
    web.addHost('api.example.com', { backend: IngressBackend.fromService(api.exposeViaService({ name: 'api', ports: [{ port: 80, targetPort: 8080 }] })) });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new LetsEncryptIngressChart(app, 'letsencrypt-ingress');
app.synth();
