// Kinds the rules used to pass over: Istio's Gateway (TLS-M11..M13), Linkerd's
// ServerAuthorization (TLS-M14), ServiceMonitor/PodMonitor TLS (TLS-O1) and any PrometheusRule
// (TLS-O2..O4), on objects shaped as GitOps repositories and charts write them.
import { auditManifests, Finding } from '../../src';

type Obj = Record<string, any>;
const rule = (objects: Obj[], id: string): Finding[] => auditManifests(objects).filter((f) => f.ruleId === id);

const istioGateway = (servers: Obj[]): Obj => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'istio-ingress' },
  spec: { selector: { istio: 'ingressgateway' }, servers },
});
const https = (tls: Obj, hosts = ['app.example.com']): Obj => ({ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts, tls });
const http = (tls?: Obj, hosts = ['app.example.com']): Obj => ({ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts, ...(tls ? { tls } : {}) });

describe('Istio Gateway', () => {
  test('TLS-M11: SIMPLE/MUTUAL need a credentialName or certificate files', () => {
    const ok = istioGateway([https({ mode: 'SIMPLE', credentialName: 'app-tls' }), https({ mode: 'SIMPLE', serverCertificate: '/etc/certs/tls.crt', privateKey: '/etc/certs/tls.key' }, ['b.example.com'])]);
    expect(rule([ok], 'TLS-M11')).toEqual([]);
    const [simple] = rule([istioGateway([https({ mode: 'SIMPLE' })])], 'TLS-M11');
    expect(simple.severity).toBe('error');
    expect(simple.message).toBe('spec.servers[0].tls: SIMPLE TLS requires a server certificate; SIMPLE TLS requires a private key (istiod\'s validating webhook refuses the Gateway); '
      + 'set credentialName to a kubernetes.io/tls Secret in the gateway workload\'s namespace (a cert-manager Certificate\'s secretName), which also carries ca.crt for MUTUAL');
    const [mutual] = rule([istioGateway([https({ mode: 'MUTUAL', serverCertificate: '/c', privateKey: '/k' })])], 'TLS-M11');
    expect(mutual.message).toMatch(/^spec\.servers\[0\]\.tls: MUTUAL TLS requires a client CA bundle \(/);
    const [noTls] = rule([istioGateway([{ port: { number: 443, name: 'https', protocol: 'https' }, hosts: ['*'] }])], 'TLS-M11');
    expect(noTls.message).toMatch(/^spec\.servers\[0\]\.tls: server must have TLS settings for HTTPS\/TLS protocols/);
    // PASSTHROUGH and ISTIO_MUTUAL take no certificate
    expect(rule([istioGateway([https({ mode: 'PASSTHROUGH' }), https({ mode: 'ISTIO_MUTUAL' }, ['*.local'])])], 'TLS-M11')).toEqual([]);
  });

  test('TLS-M12: an HTTP twin of an HTTPS server should redirect; httpsRedirect on HTTPS does nothing', () => {
    const redirected = istioGateway([http({ httpsRedirect: true }), https({ mode: 'SIMPLE', credentialName: 'app-tls' })]);
    expect(rule([redirected], 'TLS-M12')).toEqual([]);
    // an HTTP-only host (no HTTPS twin) is a choice, not a finding here
    expect(rule([istioGateway([http(undefined, ['plain.example.com']), https({ mode: 'SIMPLE', credentialName: 'app-tls' })])], 'TLS-M12')).toEqual([]);
    const [plain] = rule([istioGateway([http(), https({ mode: 'SIMPLE', credentialName: 'app-tls' })])], 'TLS-M12');
    expect(plain).toMatchObject({ severity: 'warning', path: 'spec.servers[0].tls.httpsRedirect' });
    expect(plain.message).toBe('spec.servers[0].tls.httpsRedirect: unset, so this HTTP server serves "app.example.com" in plain text although an HTTPS server of this Gateway '
      + 'serves the same hosts; set tls: { httpsRedirect: true } on it so clients are sent to HTTPS');
    const [misplaced] = rule([istioGateway([https({ mode: 'SIMPLE', credentialName: 'app-tls', httpsRedirect: true })])], 'TLS-M12');
    expect(misplaced.message).toMatch(/^spec\.servers\[0\]\.tls\.httpsRedirect: tls\.httpsRedirect should only be used with http servers/);
  });

  test('TLS-M13: minProtocolVersion below TLS 1.2', () => {
    expect(rule([istioGateway([https({ mode: 'SIMPLE', credentialName: 'app-tls', minProtocolVersion: 'TLSV1_2' })])], 'TLS-M13')).toEqual([]);
    const [weak] = rule([istioGateway([https({ mode: 'SIMPLE', credentialName: 'app-tls', minProtocolVersion: 'TLSV1_0' })])], 'TLS-M13');
    expect(weak.severity).toBe('warning');
    expect(weak.message).toMatch(/^spec\.servers\[0\]\.tls\.minProtocolVersion: TLSV1_0 lets clients negotiate TLS below 1\.2, .*remove it \(Istio's default minimum is TLSV1_2\) or set TLSV1_3$/);
  });
});

describe('Linkerd ServerAuthorization', () => {
  const serverAuthz = (client: Obj): Obj => ({
    apiVersion: 'policy.linkerd.io/v1beta1',
    kind: 'ServerAuthorization',
    metadata: { name: 'web-public', namespace: 'shop' },
    spec: { server: { name: 'web-http' }, client },
  });
  test('TLS-M14: unauthenticated from 0.0.0.0/0 or ::/0', () => {
    expect(rule([serverAuthz({ unauthenticated: true }), serverAuthz({ unauthenticated: true, networks: [{ cidr: '10.0.0.0/8' }] }),
      serverAuthz({ meshTLS: { serviceAccounts: [{ name: 'ingress-nginx', namespace: 'ingress' }] }, networks: [{ cidr: '0.0.0.0/0' }] })], 'TLS-M14')).toEqual([]);
    const findings = rule([serverAuthz({ unauthenticated: true, networks: [{ cidr: '0.0.0.0/0' }, { cidr: '::/0' }] })], 'TLS-M14');
    expect(findings.map((f) => f.path)).toEqual(['spec.client.networks[0].cidr', 'spec.client.networks[1].cidr']);
    expect(findings[0].message).toMatch(/^spec\.client\.networks\[0\]\.cidr: 0\.0\.0\.0\/0 with unauthenticated: true lets plaintext clients from every address reach the Server, /);
  });
});

describe('ServiceMonitor and PodMonitor', () => {
  test('TLS-O1: insecureSkipVerify on a scrape endpoint', () => {
    const monitor = (tlsConfig: Obj): Obj => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'api' },
      spec: { selector: { matchLabels: { app: 'api' } }, endpoints: [{ port: 'metrics', scheme: 'https', tlsConfig }] },
    });
    expect(rule([monitor({ ca: { secret: { name: 'api-ca', key: 'ca.crt' } }, serverName: 'api.shop.svc' })], 'TLS-O1')).toEqual([]);
    const [f] = rule([monitor({ insecureSkipVerify: true })], 'TLS-O1');
    expect(f).toMatchObject({ severity: 'warning', path: 'spec.endpoints[0].tlsConfig.insecureSkipVerify' });
    expect(f.message).toMatch(/^spec\.endpoints\[0\]\.tlsConfig\.insecureSkipVerify: true makes Prometheus accept any certificate from the target/);
    const pod = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: { name: 'p' }, spec: { selector: {}, podMetricsEndpoints: [{ port: 'm', tlsConfig: { insecureSkipVerify: true } }] } };
    expect(rule([pod], 'TLS-O1')[0].path).toBe('spec.podMetricsEndpoints[0].tlsConfig.insecureSkipVerify');
  });
});

describe('any PrometheusRule', () => {
  const prometheusRule = (rules: Obj[]): Obj => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'cert-manager', namespace: 'monitoring' },
    spec: { groups: [{ name: 'certificates', rules }] },
  });
  const GATED = 'avg by (exported_namespace, namespace, name) ((certmanager_certificate_expiration_timestamp_seconds - time()) '
    + 'and on (exported_namespace, namespace, name) (certmanager_certificate_ready_status{condition="True"} == 1)) < (21 * 24 * 3600)';

  test('TLS-O2: what Prometheus\'s rule-file validation refuses', () => {
    expect(rule([prometheusRule([{ alert: 'CertExpiry', expr: GATED, for: '1h', labels: { severity: 'warning' } }, { record: 'cert:expiry:seconds', expr: 'x' }])], 'TLS-O2')).toEqual([]);
    const messages = rule([prometheusRule([
      { expr: 'up == 0' },
      { alert: 'A', record: 'a', expr: 'up' },
      { record: 'cert-expiry', expr: 'x', for: '5m' },
      { alert: 'B', expr: 'up', labels: { 'team-name': 'pki' } },
    ])], 'TLS-O2').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^spec\.groups\[0\]\.rules\[0\]: one of 'record' or 'alert' must be set; the Prometheus Operator refuses the PrometheusRule/),
      expect.stringMatching(/^spec\.groups\[0\]\.rules\[1\]\.record: only one of 'record' and 'alert' must be set; /),
      expect.stringMatching(/^spec\.groups\[0\]\.rules\[2\]\.record: invalid recording rule name: cert-expiry; /),
      expect.stringMatching(/^spec\.groups\[0\]\.rules\[2\]\.for: invalid field 'for' in recording rule; /),
      expect.stringMatching(/^spec\.groups\[0\]\.rules\[3\]\.labels\.team-name: invalid label name: team-name; /),
    ]);
  });

  test('TLS-O2: a regex matcher RE2 cannot compile; RE2-only syntax such as (?i) is fine', () => {
    expect(rule([prometheusRule([{ alert: 'A', expr: 'certmanager_certificate_ready_status{name=~"(?i)web-.*", exported_namespace!~`kube-.*`} == 0' }])], 'TLS-O2')).toEqual([]);
    const [f] = rule([prometheusRule([{ alert: 'A', expr: 'up{job=~"cert-manager(?!-cainjector)"} == 0' }])], 'TLS-O2');
    expect(f.message).toMatch(/^spec\.groups\[0\]\.rules\[0\]\.expr: invalid regular expression "cert-manager\(\?!-cainjector\)": lookaround and backreferences are not supported by Prometheus \(RE2\); /);
  });

  test('TLS-O3: an expiry alert not gated on Ready fires for never-issued certificates', () => {
    const filtered = 'certmanager_certificate_expiration_timestamp_seconds > 0 and certmanager_certificate_expiration_timestamp_seconds - time() < 7 * 86400';
    expect(rule([prometheusRule([{ alert: 'Gated', expr: GATED }, { alert: 'Filtered', expr: filtered }])], 'TLS-O3')).toEqual([]);
    // the older cert-manager-mixin form
    const [f] = rule([prometheusRule([{ alert: 'CertManagerCertExpirySoon', expr: 'avg by (exported_namespace, namespace, name) (certmanager_certificate_expiration_timestamp_seconds - time()) < (21 * 24 * 3600)' }])], 'TLS-O3');
    expect(f).toMatchObject({ severity: 'warning', path: 'spec.groups[0].rules[0].expr' });
    expect(f.message).toMatch(/^spec\.groups\[0\]\.rules\[0\]\.expr: alert "CertManagerCertExpirySoon" compares certmanager_certificate_expiration_timestamp_seconds with time\(\), but cert-manager reports 0 /);
  });

  test('TLS-O4: cert-manager metrics selected by namespace alone may match nothing', () => {
    const both = '(certmanager_certificate_ready_status{exported_namespace="shop", condition="False"} or certmanager_certificate_ready_status{exported_namespace="", namespace="shop", condition="False"}) == 1';
    expect(rule([prometheusRule([{ alert: 'Both', expr: both }, { alert: 'Own', expr: 'absent(up{namespace="cert-manager"})' }])], 'TLS-O4')).toEqual([]);
    const [f] = rule([prometheusRule([{ alert: 'ShopNotReady', expr: 'certmanager_certificate_ready_status{namespace="shop", condition="False"} == 1' }])], 'TLS-O4');
    expect(f.message).toMatch(/^spec\.groups\[0\]\.rules\[0\]\.expr: alert "ShopNotReady" selects cert-manager's metrics by namespace="shop", .*may match nothing .*match exported_namespace="shop" too/);
  });
});
