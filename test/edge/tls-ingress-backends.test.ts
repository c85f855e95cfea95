// TlsIngress at synth: a backend Service from another chart's namespace fails synth through the
// rule engine (TLS-R1). cdk8s-plus's IngressBackend.fromService keeps only the Service's name and
// itself refuses a port the Service does not expose, so TLS-R2 matters for YAML and escape hatches.
import { App, Chart, Testing } from 'cdk8s';
import { IngressBackend, Service } from 'cdk8s-plus-27';
import { Http01Solver, LetsEncryptIssuer, TlsIngress, TlsSource } from '../../src';
import { synthValid } from '../support/schema';

function build(backendNamespace: string): Chart {
  const app: App = Testing.app();
  const web = new Chart(app, 'web', { namespace: 'web' });
  const backends = new Chart(app, 'backends', { namespace: backendNamespace });
  const le = LetsEncryptIssuer.production(web, 'le', {
    metadata: { name: 'letsencrypt-prod' }, cluster: true, email: 'ops@example.com', solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
  });
  const api = new Service(backends, 'api', { metadata: { name: 'api' }, ports: [{ port: 80, targetPort: 8080 }], selector: undefined });
  const ingress = new TlsIngress(web, 'ingress', { metadata: { name: 'web' }, tls: TlsSource.certificate(le, { secretName: 'web-tls' }) });
  ingress.addHost('api.example.com', { backend: IngressBackend.fromService(api) });
  return web;
}

function synthMessage(chart: Chart): string {
  try {
    Testing.synth(chart);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

test('a backend Service in the Ingress\'s namespace, on its port, synthesizes', () => {
  const chart = build('web');
  expect(synthMessage(chart)).toBe('');
  synthValid(chart);
});

test('TLS-R1: a backend Service in another namespace fails synth', () => {
  expect(synthMessage(build('api'))).toMatch(/\[TLS-R1\] spec\.rules\[0\]\.http\.paths\[0\]\.backend\.service\.name: Service "api" is in namespace "api", but an Ingress routes only to Services of its own namespace \("web"\)/);
});
