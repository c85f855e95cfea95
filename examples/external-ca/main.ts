// Certificates from CAs that live outside cert-manager: an enterprise intermediate CA whose key
// pair is delivered into the cluster by another tool, AWS Private CA through its external issuer,
// and a vendor certificate kept in a Secret managed elsewhere, used by a workload.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CaIssuer, ClientCertificate, ExternalIssuer, TlsApp, TlsSecret } from '../../src';

class ExternalCaChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'shop' });

    // The enterprise CA signs an intermediate for this cluster. Its key pair (tls.crt, tls.key)
    // reaches the Secret "enterprise-intermediate-ca" in cert-manager's namespace through External
    // Secrets, SOPS or an HSM integration: never through these manifests.
    const enterprise = new CaIssuer(this, 'enterprise', {
      cluster: true,
      metadata: { name: 'enterprise-intermediate' },
      secretName: 'enterprise-intermediate-ca',
      crlDistributionPoints: ['http://pki.example.com/crl/intermediate.crl'],
      issuingCertificateUrls: ['http://pki.example.com/certs/intermediate.crt'],
    });
    enterprise.issue('orders', {
      metadata: { name: 'orders' },
      dnsNames: ['orders.shop.svc', 'orders.shop.svc.cluster.local', 'orders.example.com'],
    });

    // AWS Private CA through aws-privateca-issuer: any issuer group works wherever an IIssuer does.
    const pca = ExternalIssuer.fromExternalIssuerName(this, 'pca', { group: 'awspca.cert-manager.io', kind: 'AWSPCAClusterIssuer', name: 'corp-pca' });
    pca.issue('payments', { metadata: { name: 'payments' }, dnsNames: ['payments.example.com'] });

    // Mutual TLS to the database outside any mesh: a client certificate naming the service account.
    const serviceAccount = new plus.ServiceAccount(this, 'storefront-sa', { metadata: { name: 'storefront' } });
    const dbClient = ClientCertificate.forServiceAccount(this, 'storefront-db-client', {
      issuer: enterprise,
      serviceAccount,
      commonName: 'storefront',
      metadata: { name: 'storefront-db-client' },
    });

    // A certificate bought from a vendor, delivered by External Secrets: referenced, never inlined.
    const vendor = TlsSecret.fromSecretName(this, 'vendor', 'www-example-com-tls');

    const storefront = new plus.Deployment(this, 'storefront', {
      metadata: { name: 'storefront' },
      serviceAccount,
      automountServiceAccountToken: false,
      securityContext: { fsGroup: 10001 },
      containers: [{ name: 'storefront', image: 'registry.example.com/storefront:2.3.0', portNumber: 8443 }],
    });
    vendor.mount(storefront, { path: '/etc/tls/www' });
    dbClient.mount(storefront, { path: '/etc/tls/db-client' });
    // Only the storefront may read its client key, and only that Secret.
    dbClient.grantRead(serviceAccount);
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new ExternalCaChart(app, 'external-ca');
app.synth();
