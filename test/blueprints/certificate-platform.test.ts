// CertificatePlatform: each environment gets its issuer, the secure options are on by default and
// written out, teams get the environment's issuer without naming it, and the app's cross-object
// rules see every chart of the app.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, JsonPatch, Testing } from 'cdk8s';
import { IngressBackend, Service } from 'cdk8s-plus-27';
import * as YAML from 'yaml';
import {
  CertificatePlatform, CertificatePlatformProps, Dns01Solver, HelmChartSource, Http01Solver, PlatformEnvironment,
  ServiceMesh, TlsApp,
} from '../../src';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { chartDirectory, HELM, helmDescribe } from '../support/helm';
import { expectSchemaValid, objectOf, objectsOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

const ACME = { acmeEmail: 'platform@example.com', acmeSolvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })] };

function platformChart(props: CertificatePlatformProps): { chart: Chart; platform: CertificatePlatform } {
  const app = Testing.app();
  app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
  const chart = new Chart(app, 'platform');
  const platform = new CertificatePlatform(chart, 'tls', { installCertManager: false, ...props });
  return { chart, platform };
}


function backend(chart: Chart, namespace: string): Service {
  return new Service(chart, `svc-${namespace}`, { metadata: { name: 'app', namespace }, ports: [{ port: 80 }] });
}

describe('development', () => {
  test('a private CA ClusterIssuer, its trust bundle, monitor and alerts, written out', () => {
    const { chart, platform } = platformChart({ environment: PlatformEnvironment.DEVELOPMENT });
    const tenant = platform.addTenant(chart, 'shop', { namespace: 'shop' });
    tenant.tlsIngress('web', { metadata: { name: 'web' } }).addHost('shop.dev.example.com', { backend: IngressBackend.fromService(backend(chart, 'shop')) });
    const objects = synthValid(chart);

    const issuer = objectOf(objects, 'ClusterIssuer', 'platform-ca');
    expect(issuer.spec.ca.secretName).toBeDefined();
    const ca = objectsOf(objects, 'Certificate').find((c) => c.spec.isCA);
    expect(ca.metadata.namespace).toBe('cert-manager');
    // Trust distribution publishes the CA certificate only, never its key.
    const bundle = objectOf(objects, 'Bundle');
    expect(bundle.spec.sources).toEqual([{ secret: { name: ca.spec.secretName, key: 'tls.crt' } }]);
    expect(objectOf(objects, 'ServiceMonitor').metadata.namespace).toBe('cert-manager');
    // The platform-wide alerts: in cert-manager's namespace, with the cluster-wide alerts.
    const rules = objectsOf(objects, 'PrometheusRule');
    const platformRule = rules.find((r) => r.metadata.namespace === 'cert-manager');
    expect(platformRule.spec.groups.flatMap((g: any) => g.rules.map((r: any) => r.alert))).toEqual(
      expect.arrayContaining(['CertManagerCertExpirySoon', 'CertManagerAbsent']));

    const cert = objectsOf(objects, 'Certificate').find((c) => c.metadata.namespace === 'shop');
    expect(cert.spec.issuerRef).toEqual({ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'platform-ca' });
    expect(cert.spec.dnsNames).toEqual(['shop.dev.example.com']);
    expect(objectOf(objects, 'Ingress', 'web').spec.tls).toEqual([{ hosts: ['shop.dev.example.com'], secretName: cert.spec.secretName }]);
    expect(objects).toMatchSnapshot();
  });

  test('the private CA takes its props; distributeTrust: false leaves trust to the user', () => {
    const { chart } = platformChart({
      environment: PlatformEnvironment.DEVELOPMENT,
      issuerName: 'dev-ca',
      distributeTrust: false,
      privateCa: { commonName: 'dev CA', nameConstraints: { critical: true, permitted: { dnsDomains: ['dev.example.com'] } } },
    });
    const objects = synthValid(chart);
    expect(objectOf(objects, 'ClusterIssuer', 'dev-ca')).toBeDefined();
    expect(objectsOf(objects, 'Certificate')[0].spec.nameConstraints.permitted.dnsDomains).toEqual(['dev.example.com']);
    expect(objectsOf(objects, 'Bundle')).toEqual([]);
  });

  test('addSolver throws: a private CA needs none', () => {
    const { platform } = platformChart({ environment: PlatformEnvironment.DEVELOPMENT });
    expect(() => platform.addSolver(Http01Solver.ingress())).toThrow(/development uses a private CA/);
  });
});

describe('staging and production', () => {
  test.each([
    [PlatformEnvironment.STAGING, 'letsencrypt-staging', 'https://acme-staging-v02.api.letsencrypt.org/directory'],
    [PlatformEnvironment.PRODUCTION, 'letsencrypt-prod', 'https://acme-v02.api.letsencrypt.org/directory'],
  ])('%s: a Let\'s Encrypt ClusterIssuer %s; teams get it', (environment, name, server) => {
    const { chart, platform } = platformChart({ environment, ...ACME });
    const cert = platform.certificate(chart, 'cert', { metadata: { namespace: 'web' }, dnsNames: ['app.example.com'] });
    const objects = synthValid(chart);
    const issuer = objectOf(objects, 'ClusterIssuer', name);
    expect(issuer.spec.acme.server).toBe(server);
    expect(issuer.spec.acme.email).toBe('platform@example.com');
    expect(platform.issuer.issuerName).toBe(name);
    expect(cert.issuer).toBe(platform.issuer);
    expect(objectOf(objects, 'Certificate').spec.issuerRef.name).toBe(name);
    // Public CAs: nothing to distribute, and no private CA.
    expect(objectsOf(objects, 'Bundle')).toEqual([]);
    expect(platform.privateCa).toBeUndefined();
  });

  test('production with HTTP-01 and DNS-01 solvers, one added later', () => {
    const { chart, platform } = platformChart({
      environment: PlatformEnvironment.PRODUCTION,
      acmeEmail: 'platform@example.com',
      acmeSolvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    platform.addSolver(Dns01Solver.route53({ region: 'eu-west-1', selector: { dnsZones: ['example.com'] } }));
    const solvers = objectOf(synthValid(chart), 'ClusterIssuer').spec.acme.solvers;
    expect(solvers).toEqual([
      { http01: { ingress: { ingressClassName: 'nginx' } } },
      { dns01: { route53: { region: 'eu-west-1' } }, selector: { dnsZones: ['example.com'] } },
    ]);
  });

  test('an ACME environment without a solver fails synth with TLS-PLAT1; addSolver fixes it', () => {
    const { chart } = platformChart({ environment: PlatformEnvironment.PRODUCTION, acmeEmail: 'platform@example.com' });
    expect(synthError(chart)).toMatch(/\[platform\/tls\] \[TLS-PLAT1\] acmeSolvers: none in production, .*Http01Solver\.ingress/);

    const fixed = platformChart({ environment: PlatformEnvironment.PRODUCTION, acmeEmail: 'platform@example.com' });
    fixed.platform.addSolver(Http01Solver.ingress({ ingressClassName: 'nginx' }));
    expect(() => synthValid(fixed.chart)).not.toThrow();
  });

  test('values that can never be right throw at once', () => {
    expect(() => platformChart({ environment: PlatformEnvironment.STAGING })).toThrow(/acmeEmail is required in staging/);
    expect(() => platformChart({ environment: PlatformEnvironment.PRODUCTION, ...ACME, distributeTrust: true }))
      .toThrow(/distributeTrust: Let's Encrypt's roots are in every system trust store/);
  });
});

describe('tenants', () => {
  test('Istio: STRICT and default deny per tenant, mesh-wide STRICT without mesh-wide deny', () => {
    const { chart, platform } = platformChart({ environment: PlatformEnvironment.PRODUCTION, ...ACME, mesh: ServiceMesh.ISTIO });
    const tenant = platform.addTenant(chart, 'shop', { namespace: 'shop', namespaceLabels: { team: 'shop' } });
    tenant.meshPolicy!.allowFromNamespace('ingress-nginx');
    const objects = synthValid(chart);

    expect(objectOf(objects, 'Namespace', 'shop').metadata.labels).toEqual({ team: 'shop' });
    const peer = objectsOf(objects, 'PeerAuthentication');
    expect(peer.map((p) => [p.metadata.namespace, p.spec.mtls.mode])).toEqual([['istio-system', 'STRICT'], ['shop', 'STRICT']]);
    const authz = objectsOf(objects, 'AuthorizationPolicy');
    expect(authz.filter((a) => a.metadata.namespace === 'istio-system')).toEqual([]);
    expect(authz.filter((a) => a.metadata.namespace === 'shop' && Object.keys(a.spec).length === 0)).toHaveLength(1);

    // The tenant's alerts: only its namespace, no cluster-wide alerts, labelled for routing.
    const rule = objectsOf(objects, 'PrometheusRule').find((r) => r.metadata.namespace === 'shop');
    const alerts = rule.spec.groups.flatMap((g: any) => g.rules);
    expect(alerts.map((a: any) => a.alert)).not.toContain('CertManagerAbsent');
    for (const alert of alerts) {
      expect(alert.labels.tenant).toBe('shop');
      expect(alert.expr).toContain('exported_namespace="shop"');
    }
  });

  test('Linkerd: the namespace carries the authenticated-only inbound policy; no mesh-wide object', () => {
    const { chart, platform } = platformChart({ environment: PlatformEnvironment.DEVELOPMENT, mesh: ServiceMesh.LINKERD });
    platform.addTenant(chart, 'shop', { namespace: 'shop' });
    const objects = synthValid(chart);
    expect(objectOf(objects, 'Namespace', 'shop').metadata.annotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated' });
    expect(platform.meshPolicy).toBeUndefined();
  });

  test('no mesh: no mesh objects; opting out per tenant; gateways in the tenant namespace', () => {
    const { chart, platform } = platformChart({ environment: PlatformEnvironment.STAGING, ...ACME, expiryAlerts: false });
    const tenant = platform.addTenant(chart, 'api', { namespace: 'api' });
    const gateway = tenant.tlsGateway('gw', { metadata: { name: 'api' }, gatewayClassName: 'istio' });
    gateway.addHost('api.example.com', { backend: backend(chart, 'api') });
    platform.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [gateway.solverParentRef], selector: { dnsNames: ['api.example.com'] } }));
    const objects = synthValid(chart);
    expect(objectsOf(objects, 'PeerAuthentication')).toEqual([]);
    expect(objectsOf(objects, 'PrometheusRule')).toEqual([]);
    expect(objectOf(objects, 'Gateway', 'api').metadata.namespace).toBe('api');
    expect(objectOf(objects, 'Certificate').metadata.namespace).toBe('api');
    expect(() => platform.addTenant(chart, 'x', { namespace: 'x', meshPolicy: true })).toThrow(/the platform has no mesh/);
    expect(() => platform.addTenant(chart, 'y', { namespace: 'y', expiryAlerts: true })).toThrow(/expiryAlerts are off/);
  });
});

describe('the whole app is checked', () => {
  function tenantApp(app: App, issuerName?: string): void {
    const platformChartInApp = new Chart(app, 'platform');
    const platform = new CertificatePlatform(platformChartInApp, 'tls', { environment: PlatformEnvironment.PRODUCTION, installCertManager: false, ...ACME });
    const team = new Chart(app, 'team', { namespace: 'team' });
    const cert = platform.certificate(team, 'cert', { dnsNames: ['team.example.com'] });
    if (issuerName) cert.apiObject.addJsonPatch(JsonPatch.replace('/spec/issuerRef/name', issuerName));
  }

  test.each([['TlsApp', () => new TlsApp()], ['cdk8s App', () => new App()]])(
    '%s: a certificate in one chart naming the issuer in another passes; a missing issuer fails with TLS-REF1', (_, makeApp) => {
      const ok = makeApp();
      ok.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
      tenantApp(ok);
      const objects = YAML.parseAllDocuments(ok.synthYaml()).map((d) => d.toJS());
      expectSchemaValid(objects);
      expect(objectsOf(objects, 'Certificate')[0].spec.issuerRef.name).toBe('letsencrypt-prod');

      const bad = makeApp();
      bad.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
      tenantApp(bad, 'letsencrypt-typo');
      const refError = /\[team\/cert\] \[TLS-REF1\] spec\.issuerRef\.name: ClusterIssuer "letsencrypt-typo" is not defined in this app; .*ClusterIssuer\.fromClusterIssuerName/;
      expect(() => bad.synthYaml()).toThrow(refError);
      // cdk8s's own synthesis runs the same app-wide rules.
      expect(() => App.prototype.synthYaml.call(bad)).toThrow(refError);
    });

  test('the platform never changes how the user\'s app synthesizes: an App subclass keeps its own synth', () => {
    const calls: string[] = [];
    class AuditedApp extends App {
      public synth(): void {
        calls.push('synth');
        super.synth();
      }

      public synthYaml(): string {
        calls.push('synthYaml');
        return super.synthYaml();
      }
    }
    const app = new AuditedApp({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'platform-')) });
    app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    tenantApp(app);
    expect(Object.prototype.hasOwnProperty.call(app, 'synth')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(app, 'synthYaml')).toBe(false);
    // The linear path is one call away, with the same output.
    expect(TlsApp.synthesizeYaml(app)).toEqual(app.synthYaml());
    app.synth();
    expect(calls).toEqual(['synthYaml', 'synth']);
    expect(fs.readdirSync(app.outdir).sort()).toEqual(['platform.k8s.yaml', 'team.k8s.yaml']);
    fs.rmSync(app.outdir, { recursive: true, force: true });
  });
});

helmDescribe('cert-manager installation (the default)', () => {
  test('the chart is rendered with the platform; its ServiceMonitor replaces CertManagerMonitor', () => {
    const app = Testing.app();
    app.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    const chart = new Chart(app, 'platform');
    const platform = new CertificatePlatform(chart, 'tls', {
      environment: PlatformEnvironment.DEVELOPMENT,
      certManager: { chart: HelmChartSource.fromDirectory(chartDirectory('cert-manager-v1.21.1')), helmExecutable: HELM },
    });
    const objects = synthValid(chart);
    expect(platform.certManager).toBeDefined();
    expect(platform.monitor).toBeUndefined();
    const deployments = objectsOf(objects, 'Deployment');
    expect(deployments.map((d) => [d.metadata.name, d.spec.replicas]).sort()).toEqual([
      ['cert-manager', 2], ['cert-manager-cainjector', 2], ['cert-manager-webhook', 3],
    ]);
    expect(objectsOf(objects, 'ServiceMonitor').map((s) => s.metadata.name)).toEqual(['cert-manager']);
    expect(objectsOf(objects, 'CustomResourceDefinition').map((c) => c.metadata.name)).toContain('certificates.cert-manager.io');
    expect(objectOf(objects, 'ClusterIssuer', 'platform-ca')).toBeDefined();
  });
});
