// A wildcard certificate from Let's Encrypt, proven through Route53 DNS-01: HTTP-01 cannot prove
// wildcard names, and the library refuses a wildcard whose solver would be HTTP-01.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { Dns01Solver, Http01Solver, LetsEncryptIssuer, TlsApp } from '../../src';

class WildcardChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'web' });

    const letsencrypt = LetsEncryptIssuer.production(this, 'letsencrypt', {
      metadata: { name: 'letsencrypt-prod' },
      cluster: true,
      email: 'platform@example.com',
      solvers: [
        // Names under example.com (the wildcard too) are proven in DNS, with a token of
        // cert-manager's own ServiceAccount exchanged for an IAM role: no static AWS keys.
        Dns01Solver.route53({
          region: 'eu-west-1',
          hostedZoneId: 'Z0123456789EXAMPLE',
          role: 'arn:aws:iam::123456789012:role/cert-manager-route53',
          serviceAccount: { name: 'cert-manager-route53' },
          selector: { dnsZones: ['example.com'] },
        }),
        // Everything else over HTTP-01 through the nginx ingress class.
        Http01Solver.ingress({ ingressClassName: 'nginx' }),
      ],
    });

    letsencrypt.issue('wildcard', {
      metadata: { name: 'example-com-wildcard' },
      secretName: 'example-com-wildcard-tls',
      dnsNames: ['*.example.com', 'example.com'],
    });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new WildcardChart(app, 'acme-dns01-wildcard');
app.synth();
