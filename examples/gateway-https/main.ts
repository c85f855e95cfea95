// The same app through Gateway API, in two environments: staging gets certificates from Let's
// Encrypt's staging CA (relaxed rate limits, untrusted root) to prove the setup, production from
// the production CA. Each environment has its own namespaced Issuer (least privilege), whose
// HTTP-01 solver attaches its HTTPRoute to the Gateway's HTTP listener; everything else on that
// listener is redirected to HTTPS.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Http01Solver, LetsEncryptIssuer, TlsApp, TlsGateway, TlsSource } from '../../src';

interface WebChartProps {
  readonly namespace: string;
  readonly staging: boolean;
  /** The DNS suffix of the environment's hosts. */
  readonly domain: string;
}

class WebChart extends Chart {
  constructor(scope: Construct, id: string, props: WebChartProps) {
    super(scope, id, { namespace: props.namespace });

    const issuerProps = { metadata: { name: props.staging ? 'letsencrypt-staging' : 'letsencrypt-prod' }, email: 'platform@example.com' };
    const letsencrypt = props.staging
      ? LetsEncryptIssuer.staging(this, 'letsencrypt', issuerProps)
      : LetsEncryptIssuer.production(this, 'letsencrypt', issuerProps);

    const gateway = new TlsGateway(this, 'gateway', {
      metadata: { name: 'web' },
      gatewayClassName: 'eg',
      tls: TlsSource.certificate(letsencrypt, { metadata: { name: 'web' }, secretName: 'web-tls', renewBeforePercentage: 33 }),
    });
    // The solver's HTTPRoute attaches to the HTTP listener only (sectionName "http"); its Exact
    // path /.well-known/acme-challenge/<token> takes precedence over the redirect's "/" prefix.
    letsencrypt.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [gateway.solverParentRef] }));

    const app = new Deployment(this, 'app', { metadata: { name: 'app' }, containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }] });
    const api = new Deployment(this, 'api', { metadata: { name: 'api' }, containers: [{ image: 'gcr.io/kuar-demo/kuard-amd64:1', portNumber: 8080 }] });
    gateway.addHost(`app.${props.domain}`, { backend: app.exposeViaService({ name: 'app', ports: [{ port: 80, targetPort: 8080 }] }) });
    gateway.addHost(`api.${props.domain}`, { backend: api.exposeViaService({ name: 'api', ports: [{ port: 80, targetPort: 8080 }] }) });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new WebChart(app, 'staging', { namespace: 'web-staging', staging: true, domain: 'staging.example.com' });
new WebChart(app, 'production', { namespace: 'web-prod', staging: false, domain: 'example.com' });
app.synth();
