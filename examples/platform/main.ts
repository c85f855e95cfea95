// Development, staging and production from one codebase. Each environment is its own cluster and
// its own app: a platform chart (the environment's issuer, metrics, alerts, mesh-wide STRICT mTLS,
// and in development the private CA and its trust bundle) and one chart per team. The teams' code
// is the same in every environment; only the platform decides which CA signs their certificates.
//
// PLATFORM_ENV=development|staging|production synthesizes one environment; without it all three
// are written (files prefixed by the environment).
// cert-manager itself is installed by the cluster bootstrap here (`installCertManager: false`);
// leave that out to install the pinned chart with the platform (it needs `helm` on the PATH).
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Deployment, IngressBackend } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  CertificatePlatform, Dns01Solver, Http01Solver, PlatformEnvironment, ServiceMesh, TlsApp,
} from '../../src';

/** Environment settings: the only place where the three differ. */
const ENVIRONMENTS: Record<PlatformEnvironment, { readonly domain: string }> = {
  [PlatformEnvironment.DEVELOPMENT]: { domain: 'dev.example.com' },
  [PlatformEnvironment.STAGING]: { domain: 'staging.example.com' },
  [PlatformEnvironment.PRODUCTION]: { domain: 'example.com' },
};

class PlatformChart extends Chart {
  public readonly platform: CertificatePlatform;

  constructor(scope: Construct, id: string, environment: PlatformEnvironment, domain: string) {
    super(scope, id);
    this.platform = new CertificatePlatform(this, 'tls', {
      environment,
      installCertManager: false,
      mesh: ServiceMesh.ISTIO,
      acmeEmail: 'platform@example.com',
      acmeSolvers: [
        // Names of the Ingress hosts: HTTP-01 through ingress-nginx.
        Http01Solver.ingress({ ingressClassName: 'nginx' }),
        // The API gateway's zone (and any wildcard): DNS-01 in Route 53, with the controller's IRSA role.
        Dns01Solver.route53({ region: 'eu-west-1', selector: { dnsZones: [`api.${domain}`] } }),
      ],
      privateCa: {
        commonName: 'example development CA',
        // A leaked development CA key can only sign development names.
        nameConstraints: { critical: true, permitted: { dnsDomains: [domain, 'svc.cluster.local'] } },
      },
    });
  }
}

/** A team's app: the same code in every environment. */
class ShopChart extends Chart {
  constructor(scope: Construct, id: string, platform: CertificatePlatform, domain: string) {
    super(scope, id);
    const tenant = platform.addTenant(this, 'tenant', { namespace: 'shop' });
    const web = new Deployment(this, 'web', {
      metadata: { name: 'web', namespace: 'shop' },
      containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }],
    });
    const service = web.exposeViaService({ name: 'web', ports: [{ port: 80, targetPort: 8080 }] });
    tenant.tlsIngress('web', { metadata: { name: 'web' } })
      .addHost(`shop.${domain}`, { backend: IngressBackend.fromService(service) });
    // The ingress controller's namespace may call the shop over mTLS.
    tenant.meshPolicy?.allowFromNamespace('ingress-nginx', { ports: [8080] });
  }
}

class PaymentsChart extends Chart {
  constructor(scope: Construct, id: string, platform: CertificatePlatform, domain: string) {
    super(scope, id);
    const tenant = platform.addTenant(this, 'tenant', { namespace: 'payments' });
    const api = new Deployment(this, 'api', {
      metadata: { name: 'api', namespace: 'payments' },
      containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }],
    });
    const service = api.exposeViaService({ name: 'api', ports: [{ port: 80, targetPort: 8080 }] });
    const gateway = tenant.tlsGateway('gateway', { metadata: { name: 'api' }, gatewayClassName: 'istio' });
    gateway.addHost(`payments.api.${domain}`, { backend: service });
    // A client certificate for the payment provider's mTLS callback, from the same issuer.
    tenant.certificate('provider-client', {
      metadata: { name: 'provider-client' },
      dnsNames: [`callback.api.${domain}`],
      clientAuth: true,
    });
  }
}

const selected = process.env.PLATFORM_ENV;
for (const environment of Object.values(PlatformEnvironment)) {
  if (selected && selected !== environment) continue;
  const { domain } = ENVIRONMENTS[environment];
  const app = new TlsApp();
  const { platform } = new PlatformChart(app, `${environment}-platform`, environment, domain);
  new ShopChart(app, `${environment}-shop`, platform, domain);
  new PaymentsChart(app, `${environment}-payments`, platform, domain);
  app.synth();
}
