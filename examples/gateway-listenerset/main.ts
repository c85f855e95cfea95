// One shared Gateway, owned by the platform team in `infra`, and two application teams that add
// their own hosts and certificates to it through ListenerSets in their own namespaces, the way
// they did with Ingress annotations before ingress-nginx's end of life:
// - the platform Gateway admits ListenerSets from team-a and team-b only (allowedListeners);
// - team-a issues an explicit Certificate from its own Let's Encrypt Issuer, whose HTTP-01 solver
//   answers on team-a's ListenerSet, and serves a web app and a gRPC API on one host;
// - team-b lets cert-manager's ListenerSet shim issue its certificate from the platform's
//   ClusterIssuer (cert-manager needs the ListenerSets feature gate and
//   --enable-gateway-api-listenerset for that; see docs/edge.md).
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Deployment, Service } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  AllowedListeners, Dns01Solver, Http01Solver, LetsEncryptIssuer, TlsApp, TlsGateway, TlsSource,
} from '../../src';

function web(scope: Construct, name: string): Service {
  const deployment = new Deployment(scope, name, { metadata: { name }, containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }] });
  return deployment.exposeViaService({ name, ports: [{ port: 80, targetPort: 8080 }] });
}

class PlatformChart extends Chart {
  public readonly gateway: TlsGateway;
  public readonly letsencrypt: LetsEncryptIssuer;

  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'infra' });
    // DNS-01: it issues for any team's host without routing the challenge through the Gateway.
    this.letsencrypt = LetsEncryptIssuer.production(this, 'letsencrypt', {
      metadata: { name: 'letsencrypt-prod' },
      cluster: true,
      email: 'platform@example.com',
      solvers: [Dns01Solver.cloudflare({ apiToken: { name: 'cloudflare', key: 'token' }, selector: { dnsZones: ['example.com'] } })],
    });
    this.gateway = new TlsGateway(this, 'gateway', {
      metadata: { name: 'shared' },
      gatewayClassName: 'eg',
      allowedListeners: AllowedListeners.fromNamespaces(['team-a', 'team-b']),
      tls: TlsSource.certificate(this.letsencrypt, { metadata: { name: 'platform' }, secretName: 'platform-tls' }),
    });
    this.gateway.addHost('status.example.com', { backend: web(this, 'status') });
  }
}

interface TeamChartProps {
  readonly platform: PlatformChart;
}

class TeamAChart extends Chart {
  constructor(scope: Construct, id: string, props: TeamChartProps) {
    super(scope, id, { namespace: 'team-a' });
    const letsencrypt = LetsEncryptIssuer.production(this, 'letsencrypt', { metadata: { name: 'letsencrypt' }, email: 'team-a@example.com' });
    const listeners = props.platform.gateway.addListenerSet(this, 'listeners', {
      metadata: { name: 'team-a' },
      tls: TlsSource.certificate(letsencrypt, { metadata: { name: 'shop' }, secretName: 'shop-tls' }),
    });
    // The challenge is answered on team-a's own HTTP listeners, in team-a's namespace.
    letsencrypt.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [listeners.solverParentRef] }));
    listeners.addHost('shop.example.com', { backend: web(this, 'shop') });
    const orders = new Deployment(this, 'orders', { metadata: { name: 'orders' }, containers: [{ image: 'example/orders-grpc:1', portNumber: 9090 }] });
    listeners.addGrpcHost('shop.example.com', {
      backend: orders.exposeViaService({ name: 'orders', ports: [{ port: 9090, targetPort: 9090 }] }),
      service: 'shop.v1.Orders',
    });
  }
}

class TeamBChart extends Chart {
  constructor(scope: Construct, id: string, props: TeamChartProps) {
    super(scope, id, { namespace: 'team-b' });
    const listeners = props.platform.gateway.addListenerSet(this, 'listeners', {
      metadata: { name: 'team-b' },
      tls: TlsSource.shim(props.platform.letsencrypt, { secretName: 'blog-tls' }),
    });
    listeners.addHost('blog.example.com', { backend: web(this, 'blog') });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
const platform = new PlatformChart(app, 'platform');
new TeamAChart(app, 'team-a', { platform });
new TeamBChart(app, 'team-b', { platform });
app.synth();
