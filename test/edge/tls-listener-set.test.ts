import { App, Chart, Testing } from 'cdk8s';
import { Deployment, Service } from 'cdk8s-plus-27';
import { AllowedListeners, ClusterIssuer, Http01Solver, LetsEncryptIssuer, TlsGateway, TlsListenerSet, TlsSource } from '../../src';
import { expectSchemaValid, objectOf, objectsOf } from '../support/schema';
import { synthError } from '../support/synth-error';

function service(chart: Chart, name: string): Service {
  return new Deployment(chart, name, { metadata: { name }, containers: [{ image: 'example/app:1', portNumber: 8080 }] })
    .exposeViaService({ name, ports: [{ port: 80, targetPort: 8080 }] });
}

function platform(allowed?: AllowedListeners, tls?: (chart: Chart) => TlsSource): { app: App; infra: Chart; gateway: TlsGateway } {
  const app = Testing.app();
  const infra = new Chart(app, 'infra', { namespace: 'infra' });
  const gateway = new TlsGateway(infra, 'gw', { metadata: { name: 'shared' }, gatewayClassName: 'eg', allowedListeners: allowed, tls: tls?.(infra) });
  return { app, infra, gateway };
}

const synthAll = (app: App): any[] => {
  const objects = app.charts.flatMap((c) => Testing.synth(c));
  expectSchemaValid(objects);
  return objects;
};

describe('TlsListenerSet', () => {
  test('a team\'s hosts on the shared Gateway: HTTPS and HTTP listeners, routes by sectionName, the redirect, its own certificate', () => {
    const { app, gateway } = platform(AllowedListeners.fromNamespaces(['team-a']));
    const team = new Chart(app, 'team-a', { namespace: 'team-a' });
    const le = LetsEncryptIssuer.production(team, 'le', { metadata: { name: 'letsencrypt' }, email: 'team-a@example.com' });
    const listeners = gateway.addListenerSet(team, 'listeners', { metadata: { name: 'team-a' }, tls: TlsSource.certificate(le, { secretName: 'team-a-tls' }) });
    le.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [listeners.solverParentRef] }));
    listeners.addHost('a.example.com', { backend: service(team, 'web') });
    listeners.addGrpcHost('a.example.com', { backend: service(team, 'api'), service: 'shop.Orders' });
    const objects = synthAll(app);
    expect(objectOf(objects, 'Gateway').spec.allowedListeners).toEqual({
      namespaces: { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['team-a'] }] } },
    });
    const ls = objectOf(objects, 'ListenerSet');
    expect(ls.metadata.namespace).toBe('team-a');
    expect(ls.spec).toEqual({
      parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'shared', namespace: 'infra' },
      listeners: [
        { name: 'http-a-example-com', hostname: 'a.example.com', protocol: 'HTTP', port: 80 },
        { name: 'https-a-example-com', hostname: 'a.example.com', protocol: 'HTTPS', port: 443, tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'team-a-tls' }] } },
      ],
    });
    const toListener = { group: 'gateway.networking.k8s.io', kind: 'ListenerSet', name: 'team-a', sectionName: 'https-a-example-com' };
    const routes = objectsOf(objects, 'HTTPRoute').filter((r) => r.metadata.namespace === 'team-a');
    expect(routes.map((r) => r.spec.parentRefs)).toEqual([
      [{ ...toListener, sectionName: 'http-a-example-com' }],
      [toListener],
    ]);
    expect(routes[0].spec.rules[0].filters[0].requestRedirect).toEqual({ scheme: 'https', statusCode: 301 });
    expect(objectOf(objects, 'GRPCRoute').spec).toEqual({
      parentRefs: [toListener],
      hostnames: ['a.example.com'],
      rules: [{ matches: [{ method: { type: 'Exact', service: 'shop.Orders' } }], backendRefs: [{ name: 'api', port: 80 }] }],
    });
    expect(objectOf(objects, 'Certificate').metadata.namespace).toBe('team-a');
    expect(objectOf(objects, 'Issuer').spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'ListenerSet', name: 'team-a', namespace: 'team-a' },
    ]);
    expect(objects).toMatchSnapshot();
  });

  test('cert-manager\'s ListenerSet shim: annotations on the ListenerSet; a ListenerSet under a shimmed Gateway ignores its own explicit listeners', () => {
    const { app, gateway } = platform(AllowedListeners.allNamespaces(), (infra) => TlsSource.shim(ClusterIssuer.fromName(infra, 'le', 'letsencrypt-prod', { publiclyTrusted: true })));
    const team = new Chart(app, 'team-b', { namespace: 'team-b' });
    const shimmed = new TlsListenerSet(team, 'shimmed', { gateway, metadata: { name: 'b-shim' }, tls: TlsSource.shim(ClusterIssuer.fromName(team, 'le', 'letsencrypt-prod', { publiclyTrusted: true })) });
    shimmed.addHost('b.example.com', { backend: service(team, 'web') });
    const explicit = new TlsListenerSet(team, 'explicit', { gateway, metadata: { name: 'b-own' }, tls: TlsSource.existingSecret('legacy-tls') });
    explicit.addHost('legacy.example.com', { backend: service(team, 'legacy') });
    const objects = synthAll(app);
    const sets = objectsOf(objects, 'ListenerSet');
    expect(sets[0].metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt-prod');
    expect(sets[0].spec.listeners[1].tls.certificateRefs).toEqual([{ group: '', kind: 'Secret', name: 'b-shim-tls' }]);
    expect(sets[1].metadata.annotations).toEqual({ 'cert-manager.io/ignore-tls-listeners': 'https-legacy-example-com' });
  });

  test('TLS-LS1 through the construct: the Gateway does not admit the team\'s namespace', () => {
    const { app, gateway } = platform(AllowedListeners.fromNamespaces(['team-a']));
    const team = new Chart(app, 'team-c', { namespace: 'team-c' });
    gateway.addListenerSet(team, 'listeners', { tls: TlsSource.existingSecret('c-tls') }).addHost('c.example.com', { backend: service(team, 'web') });
    expect(synthError(team)).toMatch(/\[team-c\/listeners\] \[TLS-LS1\] spec\.parentRef: Gateway infra\/shared does not admit ListenerSets of namespace "team-c" \(namespace "team-c" does not match/);
  });

  test('TLS-LS2 through the construct: a hostname the Gateway serves already', () => {
    const { app, gateway } = platform(AllowedListeners.allNamespaces(), () => TlsSource.existingSecret('platform-tls'));
    const team = new Chart(app, 'team-d', { namespace: 'team-d' });
    gateway.addHost('shop.example.com', { backend: service(app.charts[0], 'shop') });
    gateway.addListenerSet(team, 'listeners', { metadata: { name: 'd' }, tls: TlsSource.existingSecret('d-tls') }).addHost('shop.example.com', { backend: service(team, 'web') });
    expect(synthError(team)).toMatch(/\[TLS-LS2\] spec\.listeners\[1\]: listener "https-shop-example-com" \(HTTPS on port 443 for "shop\.example\.com"\) is already claimed by listener "https-shop-example-com" of Gateway infra\/shared/);
  });

  test('a Gateway that exists elsewhere, by name', () => {
    const app = Testing.app();
    const team = new Chart(app, 'team-e', { namespace: 'team-e' });
    const ls = new TlsListenerSet(team, 'ls', { gateway: TlsGateway.fromGatewayName(team, 'gw', 'shared', { namespace: 'infra' }), tls: TlsSource.existingSecret('e-tls') });
    ls.addHost('e.example.com', { backend: service(team, 'web') });
    expect(objectOf(synthAll(app), 'ListenerSet').spec.parentRef).toEqual({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'shared', namespace: 'infra' });
    expect(() => TlsGateway.fromGatewayName(team, 'x', '')).toThrow(/Gateway name is empty/);
  });
});
