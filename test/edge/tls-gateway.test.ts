import { Chart, JsonPatch, Testing } from 'cdk8s';
import { Deployment, Service } from 'cdk8s-plus-27';
import { ClusterIssuer, Http01Solver, LetsEncryptIssuer, TlsGateway, TlsSource } from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';
import { synthErrorOf } from '../support/synth-error';

function service(chart: Chart, name: string): Service {
  return new Deployment(chart, name, { metadata: { name }, containers: [{ image: 'example/app:1', portNumber: 8080 }] })
    .exposeViaService({ name, ports: [{ port: 80, targetPort: 8080 }] });
}


const namespacedChart = (): Chart => new Chart(Testing.app(), 'test', { namespace: 'test' });

function build(chart: Chart): { gateway: TlsGateway; issuer: LetsEncryptIssuer } {
  const issuer = LetsEncryptIssuer.staging(chart, 'le', { metadata: { name: 'letsencrypt-staging' }, email: 'ops@example.com' });
  const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'web' }, gatewayClassName: 'eg', tls: TlsSource.certificate(issuer, { secretName: 'web-tls' }) });
  issuer.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [gateway.solverParentRef] }));
  return { gateway, issuer };
}

describe('TlsGateway with explicit Certificates', () => {
  test('an HTTPS listener per host, an HTTP listener that redirects, routes to the backends', () => {
    const chart = namespacedChart();
    const { gateway } = build(chart);
    gateway.addHost('app.example.com', { backend: service(chart, 'app') });
    gateway.addHost('api.example.com', { backend: service(chart, 'api') });
    gateway.addHost('api.example.com', { backend: service(chart, 'api-v2'), path: '/v2' });
    const objects = synthValid(chart);
    const gw = objectOf(objects, 'Gateway');
    expect(gw.spec.listeners).toEqual([
      { name: 'http', protocol: 'HTTP', port: 80 },
      { name: 'https-app-example-com', hostname: 'app.example.com', protocol: 'HTTPS', port: 443, tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'web-tls' }] } },
      { name: 'https-api-example-com', hostname: 'api.example.com', protocol: 'HTTPS', port: 443, tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'web-tls' }] } },
    ]);
    const routes = objectsOf(objects, 'HTTPRoute');
    expect(routes).toHaveLength(3);
    expect(routes[0].spec).toEqual({
      parentRefs: [{ name: 'web', sectionName: 'http' }],
      hostnames: ['app.example.com', 'api.example.com'],
      rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }],
    });
    expect(routes[2].spec.rules.map((r: any) => r.backendRefs[0].name)).toEqual(['api', 'api-v2']);
    expect(routes[2].spec.rules[0].filters[0].responseHeaderModifier.set).toEqual([{ name: 'Strict-Transport-Security', value: 'max-age=31536000' }]);
    expect(objectOf(objects, 'Certificate').spec.dnsNames).toEqual(['app.example.com', 'api.example.com']);
    // The solver's HTTPRoute attaches to the HTTP listener only.
    expect(objectOf(objects, 'Issuer').spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'web', namespace: 'test', sectionName: 'http' },
    ]);
    expect(objects).toMatchSnapshot();
  });

  test('TLS-E8 through the construct: a solver attached to the HTTPS listener', () => {
    const message = synthErrorOf((chart) => {
      const issuer = LetsEncryptIssuer.production(chart, 'le', { email: 'ops@example.com' });
      const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'web' }, gatewayClassName: 'eg', tls: TlsSource.certificate(issuer) });
      gateway.addHost('app.example.com', { backend: service(chart, 'app') });
      issuer.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [{ ...gateway.solverParentRef, sectionName: 'https-app-example-com' }] }));
    });
    expect(message).toMatch(/\[test\/gw\/Certificate\] \[TLS-E8\] spec\.dnsNames\[0\]: the HTTP-01 challenge for "app\.example\.com" .*listener "https-app-example-com" is not an HTTP listener/);
  });
});

describe('TlsGateway through cert-manager\'s gateway-shim', () => {
  test('annotations on the Gateway; listeners with other sources are ignored by the shim; a ReferenceGrant for a Secret elsewhere', () => {
    const chart = namespacedChart();
    const le = ClusterIssuer.fromName(chart, 'le', 'letsencrypt-prod', { publiclyTrusted: true });
    const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'web' }, gatewayClassName: 'istio', tls: TlsSource.shim(le) });
    gateway.addHost('app.example.com', { backend: service(chart, 'app') });
    gateway.addHost('legacy.example.com', { backend: service(chart, 'legacy'), tls: TlsSource.existingSecret('legacy-tls', { namespace: 'certs' }) });
    const objects = synthValid(chart);
    const gw = objectOf(objects, 'Gateway');
    expect(gw.metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt-prod');
    expect(gw.metadata.annotations['cert-manager.io/ignore-tls-listeners']).toBe('https-legacy-example-com');
    expect(gw.spec.listeners[1].tls.certificateRefs).toEqual([{ group: '', kind: 'Secret', name: 'web-tls' }]);
    expect(gw.spec.listeners[2].tls.certificateRefs).toEqual([{ group: '', kind: 'Secret', name: 'legacy-tls', namespace: 'certs' }]);
    expect(objectOf(objects, 'ReferenceGrant')).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1beta1',
      kind: 'ReferenceGrant',
      metadata: expect.objectContaining({ namespace: 'certs' }),
      spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'test' }], to: [{ group: '', kind: 'Secret', name: 'legacy-tls' }] },
    });
    expect(objectsOf(objects, 'Certificate')).toEqual([]);
    expect(objects).toMatchSnapshot();
  });

  test('TLS-E7 through an escape hatch: a certificateRef moved to another namespace', () => {
    const message = synthErrorOf((chart) => {
      const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg', tls: TlsSource.existingSecret('web-tls') });
      gateway.addHost('app.example.com', { backend: service(chart, 'app') });
      gateway.apiObject.addJsonPatch(JsonPatch.add('/spec/listeners/1/tls/certificateRefs/0/namespace', 'certs'));
    });
    expect(message).toMatch(/\[test\/gw\] \[TLS-E7\] spec\.listeners\[1\]\.tls\.certificateRefs\[0\]\.namespace: Secret "web-tls" is in namespace "certs"/);
  });

  test('rules through the construct: an HTTPS listener patched to Passthrough is refused', () => {
    const message = synthErrorOf((chart) => {
      const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg', tls: TlsSource.shim(ClusterIssuer.fromName(chart, 'le', 'le')) });
      gateway.addHost('app.example.com', { backend: service(chart, 'app') });
      gateway.apiObject.addJsonPatch(JsonPatch.replace('/spec/listeners/1/tls/mode', 'Passthrough'));
    });
    expect(message).toMatch(/\[test\/gw\] \[TLS-E6\] spec\.listeners\[1\]\.tls\.mode: "Passthrough": an HTTPS listener must terminate TLS/);
  });

  test('refuses what can never be right, at once', () => {
    const chart = Testing.chart();
    const other = new Chart(Testing.app(), 'other', { namespace: 'elsewhere' });
    const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg' });
    expect(() => gateway.addHost('a.example.com', { backend: service(chart, 'app') })).toThrow(/has no TLS source/);
    expect(() => gateway.addHost('a.example.com', { backend: service(other, 'app'), tls: TlsSource.existingSecret('x') })).toThrow(/not the Gateway's/);
    expect(() => new TlsGateway(chart, 'empty', { gatewayClassName: '' })).toThrow(/gatewayClassName is empty/);
  });
});
