// TlsGateway at synth: an issuer that answers HTTP-01 only through an Ingress class, for a host
// the Gateway serves, gets TLS-X18; a solver on the Gateway itself does not.
import { Chart, Testing } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-27';
import { Http01Solver, AcmeSolver, LetsEncryptIssuer, TlsGateway, TlsSource } from '../../src';
import { synthValid } from '../support/schema';

function warningsOf(build: (chart: Chart) => void): string[] {
  const chart = new Chart(Testing.app(), 'test', { namespace: 'test' });
  build(chart);
  const printed: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((text: string) => { printed.push(text); return true; }) as any;
  try {
    synthValid(chart);
  } finally {
    process.stderr.write = write;
  }
  return printed.filter((line) => line.includes('[TLS-X18]'));
}

function gatewayApp(chart: Chart, solver: (gateway: TlsGateway) => AcmeSolver): void {
  const issuer = LetsEncryptIssuer.staging(chart, 'le', { metadata: { name: 'letsencrypt-staging' }, email: 'ops@example.com' });
  const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'web' }, gatewayClassName: 'eg', tls: TlsSource.certificate(issuer, { secretName: 'web-tls' }) });
  const app = new Deployment(chart, 'app', { metadata: { name: 'app' }, containers: [{ image: 'example/app:1', portNumber: 8080 }] })
    .exposeViaService({ name: 'app', ports: [{ port: 80, targetPort: 8080 }] });
  gateway.addHost('app.example.com', { backend: app });
  issuer.addSolver(solver(gateway));
}

test('an HTTP-01 solver through the Gateway itself: no warning', () => {
  expect(warningsOf((chart) => gatewayApp(chart, (gw) => Http01Solver.gatewayHttpRoute({ parentRefs: [gw.solverParentRef] })))).toEqual([]);
});

test('TLS-X18: the only HTTP-01 solver answers through an Ingress class', () => {
  const warnings = warningsOf((chart) => gatewayApp(chart, () => Http01Solver.ingress({ ingressClassName: 'nginx' })));
  expect(warnings).toEqual([expect.stringMatching(/^cdk8s-tls warning: \[test\/gw\/Certificate\] \[TLS-X18\] spec\.dnsNames\[0\]: "app\.example\.com" is served by a Gateway, but ACME Issuer "letsencrypt-staging" answers its HTTP-01 challenge through an Ingress/)]);
});
