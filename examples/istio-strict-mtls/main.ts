// A namespace with STRICT mutual TLS, default deny, and one service allowed to call another.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshMtlsPolicy, MeshScope, ServiceMesh, TlsApp } from '../../src';

class IstioStrictMtlsChart extends Chart {
  constructor(scope: Construct, id: string, namespace: kplus.Namespace) {
    super(scope, id, { namespace: namespace.name });

    const frontendAccount = new kplus.ServiceAccount(this, 'frontend-sa', { metadata: { name: 'frontend' } });
    const apiAccount = new kplus.ServiceAccount(this, 'api-sa', { metadata: { name: 'api' } });
    const api = new kplus.Deployment(this, 'api', {
      metadata: { name: 'api' },
      serviceAccount: apiAccount,
      containers: [{ image: 'ghcr.io/example/api:1.4.2', portNumber: 8080, securityContext: { user: 1000, group: 1000 } }],
    });
    const apiService = api.exposeViaService({ name: 'api', ports: [{ port: 8080 }] });
    new kplus.Deployment(this, 'frontend', {
      metadata: { name: 'frontend' },
      serviceAccount: frontendAccount,
      containers: [{ image: 'ghcr.io/example/frontend:2.0.1', portNumber: 8080, securityContext: { user: 1000, group: 1000 } }],
    });

    // STRICT PeerAuthentication and a default-deny AuthorizationPolicy for the namespace.
    const mtls = new MeshMtlsPolicy(this, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespace(namespace) });
    // The frontend (and only the frontend) may call the API's HTTP routes.
    mtls.allowFrom(frontendAccount, { methods: ['GET', 'POST'], paths: ['/api/*'], ports: [8080] });
    // Clients use Istio mutual TLS toward the API.
    mtls.addDestination(apiService);
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
// Cluster-scoped objects go in a chart without a namespace.
const namespaces = new Chart(app, 'namespaces');
const shop = new kplus.Namespace(namespaces, 'shop', { metadata: { name: 'shop', labels: { 'istio-injection': 'enabled' } } });
new IstioStrictMtlsChart(app, 'istio-strict-mtls', shop);
app.synth();
