import { App, Chart, Duration, JsonPatch, Testing } from 'cdk8s';
import { Deployment, IngressBackend, Service } from 'cdk8s-plus-27';
import {
  ClusterIssuer, Dns01Solver, Http01Solver, AcmeSolver, IngressController, KeyAlgorithm, LetsEncryptIssuer, SelfSignedIssuer, TlsIngress, TlsSource,
} from '../../src';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { objectOf, objectsOf, synthValid } from '../support/schema';

function service(chart: Chart, name: string): Service {
  return new Deployment(chart, name, { metadata: { name }, containers: [{ image: 'example/app:1', portNumber: 8080 }] })
    .exposeViaService({ name, ports: [{ port: 80, targetPort: 8080 }] });
}

function letsEncrypt(chart: Chart, solvers: AcmeSolver[] = [Http01Solver.ingress({ ingressClassName: 'nginx' })]): LetsEncryptIssuer {
  return LetsEncryptIssuer.production(chart, 'le', { metadata: { name: 'letsencrypt-prod' }, cluster: true, email: 'ops@example.com', solvers });
}

function synthError(run: (chart: Chart) => void, context: Record<string, string> = {}): string {
  const app = Testing.app();
  for (const [k, v] of Object.entries(context)) app.node.setContext(k, v);
  const chart = new Chart(app, 'test', { namespace: 'web' });
  run(chart);
  try {
    app.synth();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth succeeded, expected a validation error');
}

describe('TlsIngress with an explicit Certificate (default)', () => {
  const build = () => {
    const chart = Testing.chart();
    const le = letsEncrypt(chart);
    const web = new TlsIngress(chart, 'web', { metadata: { name: 'web' }, tls: TlsSource.certificate(le, { secretName: 'web-tls' }) });
    web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    web.addHost('api.example.com', { backend: IngressBackend.fromService(service(chart, 'api')), path: '/v1' });
    return { chart, web };
  };

  test('one Certificate for every host, one TLS entry, HTTPS redirect written out', () => {
    const { chart, web } = build();
    const objects = synthValid(chart);
    const ingress = objectOf(objects, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.metadata.annotations).toEqual({ 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' });
    expect(ingress.spec.tls).toEqual([{ hosts: ['app.example.com', 'api.example.com'], secretName: 'web-tls' }]);
    const cert = objectOf(objects, 'Certificate');
    expect(cert.spec.dnsNames).toEqual(['app.example.com', 'api.example.com']);
    expect(cert.spec.issuerRef).toEqual({ name: 'letsencrypt-prod', kind: 'ClusterIssuer', group: 'cert-manager.io' });
    expect(cert.spec.renewBeforePercentage).toBe(33);
    expect(cert.spec.duration).toBeUndefined();
    expect(web.certificates).toHaveLength(1);
    expect(web.ingress.name).toBe('web');
    expect(objects).toMatchSnapshot();
  });
});

describe('TlsIngress through cert-manager\'s ingress-shim', () => {
  test('issuer and secure certificate annotations, no Certificate object', () => {
    const chart = Testing.chart();
    const le = letsEncrypt(chart, [Http01Solver.ingress({ ingressClassName: 'haproxy' })]);
    const web = new TlsIngress(chart, 'web', {
      metadata: { name: 'web' },
      controller: IngressController.haproxy(),
      tls: TlsSource.shim(le, { renewBeforePercentage: 25 }),
    });
    web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    const objects = synthValid(chart);
    expect(objectsOf(objects, 'Certificate')).toEqual([]);
    const ingress = objectOf(objects, 'Ingress');
    expect(ingress.metadata.annotations).toEqual({
      'haproxy.org/ssl-redirect': 'true',
      'haproxy.org/ssl-redirect-code': '301',
      'haproxy.org/response-set-header': 'Strict-Transport-Security "max-age=31536000"',
      'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
      'cert-manager.io/private-key-algorithm': 'ECDSA',
      'cert-manager.io/private-key-size': '256',
      'cert-manager.io/private-key-encoding': 'PKCS8',
      'cert-manager.io/private-key-rotation-policy': 'Always',
      'cert-manager.io/usages': 'digital signature,server auth',
      'cert-manager.io/renew-before-percentage': '25',
    });
    expect(ingress.spec.tls).toEqual([{ hosts: ['app.example.com'], secretName: 'web-tls' }]);
    expect(objects).toMatchSnapshot();
  });

  test('a private issuer gets a 90-day duration, an RSA key gets key encipherment', () => {
    const chart = Testing.chart();
    const ca = new SelfSignedIssuer(chart, 'ca', { metadata: { name: 'ca' } });
    const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(ca, { privateKey: { algorithm: KeyAlgorithm.RSA } }) });
    web.addHost('app.internal.example', { backend: IngressBackend.fromService(service(chart, 'app')) });
    const annotations = objectOf(synthValid(chart), 'Ingress').metadata.annotations;
    expect(annotations['cert-manager.io/issuer']).toBe('ca');
    expect(annotations['cert-manager.io/duration']).toBe('2160h');
    expect(annotations['cert-manager.io/private-key-size']).toBe('3072');
    expect(annotations['cert-manager.io/usages']).toBe('digital signature,key encipherment,server auth');
  });

  test('CM-S rules fail synth with the construct path', () => {
    const message = synthError((chart) => {
      const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(letsEncrypt(chart), { revisionHistoryLimit: 0 }) });
      web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    });
    expect(message).toMatch(/\[test\/web\] \[CM-S12\] metadata\.annotations\.cert-manager\.io\/revision-history-limit: invalid ingress annotation "cert-manager\.io\/revision-history-limit": revision history limit must be a positive number "0"/);
  });

  test('TLS-E2: a wildcard host through the shim with an HTTP-01-only issuer', () => {
    const message = synthError((chart) => {
      const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(letsEncrypt(chart)) });
      web.addHost('*.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    });
    expect(message).toMatch(/\[test\/web\] \[TLS-E2\] spec\.tls\[0\]\.hosts\[0\]: "\*\.example\.com" is issued through the cert-manager\.io\/cluster-issuer annotation/);
    const chart = Testing.chart();
    const le = letsEncrypt(chart, [Http01Solver.ingress({ ingressClassName: 'nginx' }), Dns01Solver.cloudflare({ apiToken: { name: 'cf', key: 'token' }, selector: { dnsZones: ['example.com'] } })]);
    const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(le) });
    web.addHost('*.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    expect(() => synthValid(chart)).not.toThrow();
  });

  test('TLS-REF1: an issuer of another app is not defined in this one; fromIssuerName declares it', () => {
    const other = Testing.chart();
    const foreign = letsEncrypt(other);
    const message = synthError((chart) => {
      const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(foreign) });
      web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    });
    expect(message).toMatch(/\[test\/web\] \[TLS-REF1\] metadata\.annotations\.cert-manager\.io\/cluster-issuer: ClusterIssuer "letsencrypt-prod" is not defined in this app/);
    const chart = Testing.chart();
    const web = new TlsIngress(chart, 'web', { tls: TlsSource.shim(ClusterIssuer.fromClusterIssuerName(chart, 'le', 'letsencrypt-prod', { publiclyTrusted: true })) });
    web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    expect(() => synthValid(chart)).not.toThrow();
  });

  test('TLS-X16 through the construct: two annotated Ingresses sharing a Secret (warnings as errors)', () => {
    const message = synthError((chart) => {
      const le = letsEncrypt(chart);
      for (const [id, host] of [['a', 'a.example.com'], ['b', 'b.example.com']]) {
        const web = new TlsIngress(chart, id, { tls: TlsSource.shim(le, { secretName: 'shared-tls' }) });
        web.addHost(host, { backend: IngressBackend.fromService(service(chart, `svc-${id}`)) });
      }
    }, { [WARNINGS_CONTEXT_KEY]: 'error' });
    expect(message).toMatch(/\[test\/b\] \[TLS-X16\] spec\.tls\[0\]\.secretName: Secret "shared-tls" in namespace "web" is also served by the annotated Ingress/);
  });
});

describe('TlsIngress TLS sources per host and opt-outs', () => {
  test('an existing Secret per host, a plain host (TLS-E11 warning), Traefik annotations', () => {
    const chart = Testing.chart();
    const web = new TlsIngress(chart, 'web', {
      controller: IngressController.traefik({ middlewares: ['web-hsts@kubernetescrd'] }),
      tls: TlsSource.existingSecret('wildcard-tls'),
    });
    const backend = IngressBackend.fromService(service(chart, 'app'));
    web.addHost('app.example.com', { backend });
    web.addHost('status.example.com', { backend, plain: true });
    const objects = synthValid(chart);
    const ingress = objectOf(objects, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe('traefik');
    expect(ingress.metadata.annotations).toEqual({
      'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure',
      'traefik.ingress.kubernetes.io/router.tls': 'true',
      'traefik.ingress.kubernetes.io/router.middlewares': 'web-hsts@kubernetescrd',
    });
    expect(ingress.spec.tls).toEqual([{ hosts: ['app.example.com'], secretName: 'wildcard-tls' }]);
    expect(ingress.spec.rules.map((r: any) => r.host)).toEqual(['app.example.com', 'status.example.com']);
  });

  test('httpsRedirect: false is written out, and warned', () => {
    const message = synthError((chart) => {
      const web = new TlsIngress(chart, 'web', { httpsRedirect: false, tls: TlsSource.existingSecret('web-tls') });
      web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
    }, { [WARNINGS_CONTEXT_KEY]: 'error' });
    expect(message).toMatch(/\[test\/web\] \[TLS-E11\] metadata\.annotations\.nginx\.ingress\.kubernetes\.io\/ssl-redirect: "false"/);
  });

  test('TLS-E1 through an escape hatch: a host the certificate does not cover', () => {
    const message = synthError((chart) => {
      const web = new TlsIngress(chart, 'web', { tls: TlsSource.certificate(letsEncrypt(chart)) });
      web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
      web.apiObject.addJsonPatch(JsonPatch.add('/spec/tls/0/hosts/-', 'admin.example.com'));
    });
    expect(message).toMatch(/\[test\/web\] \[TLS-E1\] spec\.tls\[0\]\.hosts\[1\]: "admin\.example\.com" is served with Secret/);
  });

  test('refuses what can never be right, at once', () => {
    const chart = Testing.chart();
    const le = letsEncrypt(chart);
    const backend = IngressBackend.fromService(service(chart, 'app'));
    const shimmed = new TlsIngress(chart, 'shimmed', { tls: TlsSource.shim(le) });
    expect(() => shimmed.addHost('a.example.com', { backend, tls: TlsSource.existingSecret('byo') })).toThrow(/ingress-shim issues a certificate for every TLS entry/);
    const plain = new TlsIngress(chart, 'plain');
    expect(() => plain.addHost('a.example.com', { backend })).toThrow(/has no TLS source/);
    expect(() => plain.addHost('b.example.com', { backend, tls: TlsSource.shim(le) })).toThrow(/applies to the whole Ingress/);
    expect(() => plain.addHost('c.example.com', { backend, tls: TlsSource.existingSecret('x', { namespace: 'other' }) })).toThrow(/only reads TLS Secrets of its own namespace/);
    // A Certificate issued into another namespace writes its Secret there, out of the Ingress's reach.
    const elsewhere = TlsSource.certificate(le, { metadata: { namespace: 'other' } });
    expect(() => plain.addHost('d.example.com', { backend, tls: elsewhere })).toThrow(/only reads TLS Secrets of its own namespace \(""\), not "other" \(Secret .*-tls\)/);
    expect(() => new TlsIngress(chart, 'hsts', { hsts: { maxAge: Duration.days(30) } })).toThrow(/ingress-nginx sets HSTS in its ConfigMap/);
    expect(() => TlsSource.certificate(le, { dnsNames: ['x.example.com'] })).toThrow(/dnsNames come from the hosts/);
  });

  test('mutators in any order: hosts added after a second source still land in their certificate', () => {
    const chart = Testing.chart();
    const le = letsEncrypt(chart);
    const internal = TlsSource.certificate(le, { secretName: 'admin-tls' });
    const web = new TlsIngress(chart, 'web', { tls: TlsSource.certificate(le, { secretName: 'web-tls' }) });
    const backend = IngressBackend.fromService(service(chart, 'app'));
    web.addHost('app.example.com', { backend });
    web.addHost('admin.example.com', { backend, tls: internal });
    web.addHost('api.example.com', { backend });
    const objects = synthValid(chart);
    expect(objectOf(objects, 'Ingress').spec.tls).toEqual([
      { hosts: ['app.example.com', 'api.example.com'], secretName: 'web-tls' },
      { hosts: ['admin.example.com'], secretName: 'admin-tls' },
    ]);
    expect(objectsOf(objects, 'Certificate').map((c) => c.spec.dnsNames)).toEqual([['app.example.com', 'api.example.com'], ['admin.example.com']]);
  });
});

test('an app without a namespace still works', () => {
  const app = new App();
  const chart = new Chart(app, 'nonamespace');
  const web = new TlsIngress(chart, 'web', { tls: TlsSource.certificate(letsEncrypt(chart)) });
  web.addHost('app.example.com', { backend: IngressBackend.fromService(service(chart, 'app')) });
  expect(() => synthValid(chart)).not.toThrow();
});
