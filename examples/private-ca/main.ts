// A private CA run by cert-manager, and two workload certificates it signs.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { PrivateCa, TlsApp } from '../../src';

class PrivateCaChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'apps' });

    const ca = new PrivateCa(this, 'ca', {
      cluster: true,
      issuerName: 'internal-ca',
      commonName: 'Example Internal CA',
      // A leaked CA key can then only impersonate these names.
      nameConstraints: { critical: true, permitted: { dnsDomains: ['example.internal', 'svc.cluster.local'] } },
    });

    ca.issue('web', {
      metadata: { name: 'web' },
      dnsNames: ['web.example.internal', 'web.apps.svc.cluster.local'],
    });

    // Mutual TLS between services: the same CA, client and server auth.
    ca.issue('payments', {
      metadata: { name: 'payments' },
      dnsNames: ['payments.apps.svc.cluster.local'],
      clientAuth: true,
    });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new PrivateCaChart(app, 'private-ca');
app.synth();
