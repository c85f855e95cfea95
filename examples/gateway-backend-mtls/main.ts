// A partner-facing API behind a Gateway, with mutual TLS on both legs and every certificate from
// one private CA:
// - partners connect to api.partners.example.com and must present a client certificate the
//   partners CA issued (the Gateway's frontend validation, Gateway API v1.5+);
// - the Gateway serves a certificate from the same CA (partners pin this CA);
// - it re-encrypts to the backend (BackendTLSPolicy): the backend serves a certificate from the
//   CA for orders.partners.svc, and the Gateway validates it against the CA;
// - a synthetic partner (a probe in the cluster) gets its client certificate from the CA too.
// The CA certificate reaches the Gateway's namespace through trust-manager, as the ConfigMap key
// `ca.crt` Gateway API reads.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Deployment, ServiceAccount } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CaCertificates, ClientCertificate, PrivateCa, TlsApp, TlsGateway, TlsSource } from '../../src';

class PartnerEdgeChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'partners' });

    const ca = new PrivateCa(this, 'ca', {
      cluster: true,
      issuerName: 'partners-ca',
      commonName: 'Example Partners CA',
      // A leaked CA key can then only impersonate these names.
      nameConstraints: { critical: true, permitted: { dnsDomains: ['partners.example.com', 'partners.svc'] } },
    });

    const gateway = new TlsGateway(this, 'gateway', {
      metadata: { name: 'partners' },
      gatewayClassName: 'eg',
      tls: TlsSource.certificate(ca, { metadata: { name: 'partners-edge' }, secretName: 'partners-edge-tls' }),
    });
    gateway.requireClientCertificates({ ca: CaCertificates.fromPrivateCa(ca) });

    const orders = new Deployment(this, 'orders', {
      metadata: { name: 'orders' },
      containers: [{ image: 'example/orders:1', portNumber: 8443 }],
    });
    const service = orders.exposeViaService({ name: 'orders', ports: [{ port: 443, targetPort: 8443, name: 'https' }] });
    gateway.addHost('api.partners.example.com', { backend: service });

    // The backend's serving certificate (orders.partners.svc) and the policy that checks it.
    const backendTls = gateway.backendTls(service, { ca, certificate: { metadata: { name: 'orders' }, secretName: 'orders-tls' } });
    backendTls.servingCertificate!.mount(orders);

    // A synthetic partner: the client certificate names its workload with a SPIFFE ID.
    const probe = new ServiceAccount(this, 'probe', { metadata: { name: 'partner-probe' } });
    ClientCertificate.forServiceAccount(this, 'probe-client', { issuer: ca, serviceAccount: probe, metadata: { name: 'partner-probe' } });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new PartnerEdgeChart(app, 'partner-edge');
app.synth();
