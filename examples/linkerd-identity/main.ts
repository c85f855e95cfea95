// Linkerd's trust anchor and identity issuer from cert-manager, the trust roots distributed by
// trust-manager, and a namespace that accepts only authenticated (mTLS) traffic.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { LinkerdIdentity, LinkerdProxyProtocol, MeshMtlsPolicy, MeshScope, ServiceMesh, TlsApp } from '../../src';

class LinkerdPkiChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Trust anchor (cert-manager namespace), identity issuer (linkerd namespace), and the
    // linkerd-identity-trust-roots ConfigMap. Install Linkerd with identity.externalCA=true and
    // identity.issuer.scheme=kubernetes.io/tls.
    new LinkerdIdentity(this, 'identity');
  }
}

class ShopChart extends Chart {
  constructor(scope: Construct, id: string, namespace: kplus.Namespace) {
    super(scope, id, { namespace: namespace.name });
    const web = new kplus.Deployment(this, 'web', {
      metadata: { name: 'web' },
      containers: [{ image: 'ghcr.io/example/web:3.1.0', portNumber: 8080, securityContext: { user: 1000, group: 1000 } }],
    });
    const gateway = new kplus.ServiceAccount(this, 'gateway-sa', { metadata: { name: 'gateway' } });

    // all-authenticated on the namespace, a Server for the web port, and the gateway allowed to call it.
    const mtls = new MeshMtlsPolicy(this, 'mtls', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespace(namespace) });
    mtls.addServer({ port: 8080, workload: web, proxyProtocol: LinkerdProxyProtocol.HTTP1 });
    mtls.allowFrom(gateway, { ports: [8080] });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new LinkerdPkiChart(app, 'linkerd-pki');
// Cluster-scoped objects go in a chart without a namespace; the policy annotates the Namespace.
const shop = new kplus.Namespace(new Chart(app, 'namespaces'), 'shop', { metadata: { name: 'shop', annotations: { 'linkerd.io/inject': 'enabled' } } });
new ShopChart(app, 'shop', shop);
app.synth();
