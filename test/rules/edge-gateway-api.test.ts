// The Gateway API TLS rules on plain manifests: ListenerSets (TLS-LS*), backend TLS (TLS-BT*),
// CA ConfigMaps (TLS-CA*), client validation (TLS-FV1), and ListenerSets through the shim and
// cross-object edge rules.
import * as YAML from 'yaml';
import { AuditMode } from '../../src';
import { main } from '../../src/cli/main';
import { SHIM_DEFAULTS, audit, byRule, certificate, gateway, httpListener, httpsListener } from '../edge/fixtures';
import { expectSchemaValid } from '../support/schema';

const GW = 'gateway.networking.k8s.io';

function listenerSet(name: string, namespace: string, listeners: any[], options: { parent?: any; annotations?: Record<string, string> } = {}): any {
  return {
    apiVersion: `${GW}/v1`,
    kind: 'ListenerSet',
    metadata: { name, namespace, ...(options.annotations ? { annotations: options.annotations } : {}) },
    spec: { parentRef: options.parent ?? { name: 'shared', namespace: 'infra' }, listeners },
  };
}

function sharedGateway(allowed: any, listeners: any[] = [httpListener()], annotations?: Record<string, string>): any {
  const gw = gateway('shared', listeners, { namespace: 'infra', annotations });
  if (allowed) gw.spec.allowedListeners = { namespaces: allowed };
  return gw;
}

const namespace = (name: string, labels: Record<string, string> = {}): any => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });

/** Audits and checks every object's schema, as a test's objects must. */
function check(objects: any[], mode?: AuditMode, externals?: any[]) {
  expectSchemaValid(objects);
  return audit(objects, mode, externals);
}

describe('TLS-LS1: the Gateway must admit the ListenerSet\'s namespace', () => {
  const ls = listenerSet('team-a', 'team-a', [httpsListener('a.example.com', 'a-tls')]);

  test.each([
    ['not set (None)', undefined, /spec\.allowedListeners\.namespaces\.from is not set \(None: no ListenerSets\)/],
    ['None', { from: 'None' }, /from is "None"/],
    ['Same, Gateway elsewhere', { from: 'Same' }, /from is Same, and the Gateway is in "infra"/],
    ['a selector on the name', { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['team-b'] }] } }, /namespace "team-a" does not match/],
  ])('refused: %s', (_, allowed, reason) => {
    const findings = byRule(check([sharedGateway(allowed), ls, certificate('a', 'a-tls', ['a.example.com'], undefined, 'team-a')]), 'TLS-LS1');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', kind: 'ListenerSet', path: 'spec.parentRef' });
    expect(findings[0].message).toMatch(/^spec\.parentRef: Gateway infra\/shared does not admit ListenerSets of namespace "team-a" \(/);
    expect(findings[0].message).toMatch(reason);
    expect(findings[0].message).toMatch(/none of this ListenerSet's listeners is served; set the Gateway's spec\.allowedListeners\.namespaces to admit it/);
  });

  test.each([
    ['All', { from: 'All' }, []],
    ['a selector on the name', { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['team-a'] }] } }, []],
    ['a selector on labels of a Namespace in the manifests', { from: 'Selector', selector: { matchLabels: { gateway: 'shared' } } }, [namespace('team-a', { gateway: 'shared' })]],
    ['a selector on labels of a Namespace not in the manifests (not checkable)', { from: 'Selector', selector: { matchLabels: { gateway: 'shared' } } }, []],
  ])('admitted or not checkable: %s', (_, allowed, extra) => {
    expect(byRule(check([sharedGateway(allowed), ls, ...extra]), 'TLS-LS1')).toEqual([]);
  });

  test('a selector the Namespace\'s labels do not match', () => {
    const findings = byRule(check([sharedGateway({ from: 'Selector', selector: { matchLabels: { gateway: 'shared' } } }), ls, namespace('team-a', { gateway: 'internal' })]), 'TLS-LS1');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/namespace "team-a" does not match spec\.allowedListeners\.namespaces\.selector \{"matchLabels":\{"gateway":"shared"\}\}/)]);
  });

  test('namespace-less manifests (applied with kubectl -n): Same is not checkable, None may refuse', () => {
    const gw = sharedGateway({ from: 'Same' });
    delete gw.metadata.namespace;
    const namelessLs = listenerSet('team-a', 'x', [httpsListener('a.example.com', 'a-tls')], { parent: { name: 'shared' } });
    delete namelessLs.metadata.namespace;
    expect(byRule(check([gw, namelessLs]), 'TLS-LS1')).toEqual([]);
    gw.spec.allowedListeners.namespaces = { from: 'None' };
    expect(byRule(check([gw, namelessLs]), 'TLS-LS1').map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringMatching(/^spec\.parentRef: Gateway shared \(no namespace here\) may be this ListenerSet's parent; it admits no ListenerSets of this namespace .*if it is, none/)],
    ]);
  });

  test('Same, in the Gateway\'s namespace; and a ListenerSet whose Gateway is not among the manifests', () => {
    expect(byRule(check([sharedGateway({ from: 'Same' }), listenerSet('infra-extra', 'infra', [httpsListener('x.example.com', 'x-tls')])]), 'TLS-LS1')).toEqual([]);
    expect(byRule(check([ls]), 'TLS-LS1')).toEqual([]);
  });
});

describe('TLS-LS2: a hostname claimed twice on one Gateway', () => {
  test('a ListenerSet listener that repeats one of the Gateway\'s', () => {
    const gw = sharedGateway({ from: 'All' }, [httpListener(), httpsListener('shop.example.com', 'shop-tls')]);
    const findings = byRule(check([gw, listenerSet('team-a', 'team-a', [httpsListener('shop.example.com', 'a-tls')])]), 'TLS-LS2');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', kind: 'ListenerSet', name: 'team-a', path: 'spec.listeners[0]' });
    expect(findings[0].message).toMatch(/listener "https-shop-example-com" \(HTTPS on port 443 for "shop\.example\.com"\) is already claimed by listener "https-shop-example-com" of Gateway infra\/shared on the same Gateway Gateway infra\/shared; the Gateway's own listeners take precedence, so this listener is Conflicted and not accepted/);
  });

  test('two ListenerSets: the second by namespace/name is reported, naming the tie-break', () => {
    const findings = byRule(check([
      sharedGateway({ from: 'All' }),
      listenerSet('web', 'team-b', [httpsListener('*.example.com', 'b-tls')]),
      listenerSet('web', 'team-a', [httpsListener('*.example.com', 'a-tls')]),
    ]), 'TLS-LS2');
    expect(findings.map((f) => [f.namespace, f.message])).toEqual([[
      'team-b',
      expect.stringMatching(/already claimed by listener "https-wildcard-example-com" of ListenerSet team-a\/web .*if ListenerSet team-b\/web was created first, ListenerSet team-a\/web is the one refused instead/),
    ]]);
  });

  test('namespace-less manifests: a conflict that may be', () => {
    const gw = sharedGateway({ from: 'All' }, [httpListener(), httpsListener('shop.example.com', 'shop-tls')]);
    delete gw.metadata.namespace;
    const ls = listenerSet('team-a', 'x', [httpsListener('shop.example.com', 'a-tls')], { parent: { name: 'shared' } });
    delete ls.metadata.namespace;
    expect(byRule(check([gw, ls]), 'TLS-LS2').map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringMatching(/may already be claimed by listener "https-shop-example-com" of Gateway shared .*; if so, this listener is Conflicted/)],
    ]);
  });

  test('distinct hostnames, ports or protocols; and ListenerSets the Gateway does not admit', () => {
    const objects = [
      sharedGateway({ from: 'Same' }, [httpListener(), httpsListener('shop.example.com', 'shop-tls')]),
      listenerSet('a', 'infra', [httpsListener('a.example.com', 'a-tls'), httpsListener('shop.example.com', 'x', { name: 'alt', port: 8443 }), { name: 'h', protocol: 'HTTP', port: 80, hostname: 'shop.example.com' }]),
      listenerSet('b', 'team-b', [httpsListener('shop.example.com', 'b-tls')]),
    ];
    expect(byRule(check(objects), 'TLS-LS2')).toEqual([]);
  });
});

describe('TLS-LS3: 64 listeners', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => httpsListener(`h${i}.example.com`, 'wild-tls'));
  test('65 listeners in a Gateway or a ListenerSet', () => {
    const findings = byRule(audit([gateway('big', many(65)), listenerSet('big', 'team-a', many(65))]), 'TLS-LS3');
    expect(findings.map((f) => [f.kind, f.severity, f.message])).toEqual([
      ['Gateway', 'error', expect.stringMatching(/^spec\.listeners: 65 listeners, but a Gateway takes at most 64 .*move teams' hosts into ListenerSets/)],
      ['ListenerSet', 'error', expect.stringMatching(/^spec\.listeners: 65 listeners, but a ListenerSet takes at most 64/)],
    ]);
  });
  test('64 each, more than 64 merged', () => {
    const objects = [sharedGateway({ from: 'All' }, many(64)), listenerSet('a', 'team-a', many(64).map((l) => ({ ...l, hostname: `a-${l.hostname}` })))];
    expect(byRule(check(objects), 'TLS-LS3')).toEqual([]);
  });
});

describe('TLS-LS4: a ListenerSet under a Gateway with issuer annotations', () => {
  const gw = sharedGateway({ from: 'All' }, [httpListener()], SHIM_DEFAULTS);
  test('warned when it has TLS listeners cert-manager would take over', () => {
    const findings = byRule(check([gw, listenerSet('a', 'team-a', [httpsListener('a.example.com', 'a-tls')]), certificate('a', 'a-tls', ['a.example.com'], undefined, 'team-a')]), 'TLS-LS4');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: 'metadata.annotations.cert-manager.io/ignore-tls-listeners' });
    expect(findings[0].message).toMatch(/Gateway infra\/shared carries "cert-manager\.io\/cluster-issuer", which cert-manager's ListenerSet shim \(feature gate ListenerSets, --enable-gateway-api-listenerset\) copies onto this ListenerSet: it then issues Certificates for the Secrets of listeners "https-a-example-com"/);
  });
  test('quiet when the listeners are ignored, the ListenerSet names its own issuer, or the Gateway has none', () => {
    const ignored = listenerSet('a', 'team-a', [httpsListener('a.example.com', 'a-tls')], { annotations: { 'cert-manager.io/ignore-tls-listeners': 'https-a-example-com' } });
    const own = listenerSet('b', 'team-b', [httpsListener('b.example.com', 'b-tls')], { annotations: SHIM_DEFAULTS });
    expect(byRule(check([gw, ignored, own]), 'TLS-LS4')).toEqual([]);
    expect(byRule(check([sharedGateway({ from: 'All' }), listenerSet('c', 'team-c', [httpsListener('c.example.com', 'c-tls')])]), 'TLS-LS4')).toEqual([]);
  });
});

describe('issuer-kind and issuer-group: the Gateway\'s always win', () => {
  const external = { 'cert-manager.io/issuer': 'vault', 'cert-manager.io/issuer-kind': 'VaultIssuer', 'cert-manager.io/issuer-group': 'vault.example.com' };
  test('CM-S8: a ListenerSet\'s cluster-issuer meets the inherited issuer-kind', () => {
    const findings = check([sharedGateway({ from: 'All' }, [httpListener()], external), listenerSet('a', 'team-a', [httpsListener('a.example.com', 'a-tls')], { annotations: SHIM_DEFAULTS })]);
    expect(byRule(findings, 'CM-S8').map((f) => [f.kind, f.path, f.message])).toEqual([
      ['ListenerSet', 'metadata.annotations.cert-manager.io/issuer-kind', expect.stringMatching(/Gateway infra\/shared sets "cert-manager\.io\/issuer-kind" \("VaultIssuer"\), which cert-manager's ListenerSet shim copies onto this ListenerSet; with this ListenerSet's "cert-manager\.io\/cluster-issuer"/)],
      ['ListenerSet', 'metadata.annotations.cert-manager.io/issuer-group', expect.stringMatching(/"cert-manager\.io\/issuer-group" \("vault\.example\.com"\)/)],
    ]);
  });
  test('TLS-LS4: a ListenerSet\'s issuer is looked up as the Gateway\'s kind', () => {
    const findings = check([sharedGateway({ from: 'All' }, [httpListener()], external), listenerSet('a', 'team-a', [httpsListener('a.example.com', 'a-tls')], { annotations: { 'cert-manager.io/issuer': 'team-ca' } })]);
    expect(byRule(findings, 'TLS-LS4').map((f) => f.message)).toEqual([
      expect.stringMatching(/replaces the default of "cert-manager\.io\/issuer-kind" with Gateway infra\/shared's "VaultIssuer", so "cert-manager\.io\/issuer" "team-ca" is looked up as that kind of issuer/),
      expect.stringMatching(/"cert-manager\.io\/issuer-group" with Gateway infra\/shared's "vault\.example\.com"/),
    ]);
  });
  test('quiet when both say the same', () => {
    const findings = check([sharedGateway({ from: 'All' }, [httpListener()], external), listenerSet('a', 'team-a', [httpsListener('a.example.com', 'a-tls')], { annotations: { ...external, 'cert-manager.io/issuer': 'team-vault' } })]);
    expect([...byRule(findings, 'TLS-LS4'), ...byRule(findings, 'CM-S8')]).toEqual([]);
  });
});

describe('ListenerSets through the shim and cross-object edge rules', () => {
  test('CM-S3 on an annotated ListenerSet; TLS-E1 on a listener its certificate does not cover; TLS-E7 with grants from kind ListenerSet', () => {
    const findings = check([
      sharedGateway({ from: 'All' }),
      listenerSet('shim', 'team-a', [httpsListener(undefined, 'shim-tls')], { annotations: SHIM_DEFAULTS }),
      listenerSet('own', 'team-b', [httpsListener('b.example.com', 'b-tls'), httpsListener('c.example.com', 'c-tls', { tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: 'c-tls', namespace: 'certs' }] } })]),
      certificate('b', 'b-tls', ['other.example.com'], undefined, 'team-b'),
      { apiVersion: `${GW}/v1beta1`, kind: 'ReferenceGrant', metadata: { name: 'wrong-kind', namespace: 'certs' }, spec: { from: [{ group: GW, kind: 'Gateway', namespace: 'team-b' }], to: [{ group: '', kind: 'Secret' }] } },
    ]);
    expect(byRule(findings, 'CM-S3').map((f) => `${f.name}: ${f.message}`)).toEqual([expect.stringMatching(/^shim: spec\.listeners\[0\]\.hostname: Required value/)]);
    expect(byRule(findings, 'TLS-E1').map((f) => `${f.name}: ${f.message}`)).toEqual([expect.stringMatching(/^own: spec\.listeners\[0\]\.hostname: "b\.example\.com" is served with Secret "b-tls"/)]);
    expect(byRule(findings, 'TLS-E7').map((f) => f.message)).toEqual([
      expect.stringMatching(/Secret "c-tls" is in namespace "certs", not the ListenerSet's \("team-b"\).*from group gateway\.networking\.k8s\.io kind ListenerSet namespace "team-b"/),
    ]);
  });
});

function backend(name: string, ns: string, secretName: string): any[] {
  return [
    { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { selector: { app: name }, ports: [{ port: 443, targetPort: 8443 }] } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: ns },
      spec: {
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name, tier: 'api' } },
          spec: { containers: [{ name: 'app', image: 'example/app:1' }], volumes: [{ name: 'tls', secret: { secretName } }] },
        },
      },
    },
  ];
}

function policy(name: string, ns: string, validation: any, target = name): any {
  return { apiVersion: `${GW}/v1`, kind: 'BackendTLSPolicy', metadata: { name, namespace: ns }, spec: { targetRefs: [{ group: '', kind: 'Service', name: target }], validation } };
}

const caRef = (name: string): any => ({ group: '', kind: 'ConfigMap', name });
const caConfigMap = (name: string, ns: string, key = 'ca.crt'): any => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { [key]: '-----BEGIN CERTIFICATE-----\n' } });
const bundle = (name: string, key: string): any => ({
  apiVersion: 'trust.cert-manager.io/v1alpha1', kind: 'Bundle', metadata: { name }, spec: { sources: [{ secret: { name: 'ca', key: 'tls.crt' } }], target: { configMap: { key } } },
});

describe('TLS-BT1: the backend\'s certificate must carry the policy\'s name', () => {
  const objects = (validation: any, dnsNames: string[], uris?: string[]) => {
    const cert = certificate('orders', 'orders-tls', dnsNames, { name: 'internal-ca', kind: 'ClusterIssuer' }, 'shop');
    if (uris) cert.spec.uris = uris;
    return [...backend('orders', 'shop', 'orders-tls'), cert, caConfigMap('internal-ca', 'shop'), policy('orders', 'shop', { caCertificateRefs: [caRef('internal-ca')], ...validation })];
  };
  test('refused: the hostname is not among the mounted certificate\'s names', () => {
    const findings = byRule(check(objects({ hostname: 'orders.shop.svc' }, ['orders.shop.svc.cluster.local'])), 'TLS-BT1');
    expect(findings.map((f) => [f.severity, f.path, f.message])).toEqual([[
      'error', 'spec.validation.hostname',
      expect.stringMatching(/the Gateway requires "orders\.shop\.svc" in the certificate of Service "orders", but the pods behind it serve Certificate shop\/orders with \[orders\.shop\.svc\.cluster\.local\], so every TLS handshake to the backend fails/),
    ]]);
  });
  test('refused: no subjectAltName matches', () => {
    const findings = byRule(check(objects({ hostname: 'orders.shop.svc', subjectAltNames: [{ type: 'URI', uri: 'spiffe://cluster.local/ns/shop/sa/orders' }] }, ['orders.shop.svc'])), 'TLS-BT1');
    expect(findings.map((f) => f.path)).toEqual(['spec.validation.subjectAltNames']);
  });
  test('accepted: the hostname, a wildcard, a matching URI; and backends whose certificate is not in the manifests', () => {
    expect(byRule(check(objects({ hostname: 'orders.shop.svc' }, ['orders', 'orders.shop.svc'])), 'TLS-BT1')).toEqual([]);
    expect(byRule(check(objects({ hostname: 'orders.internal.example.com' }, ['*.internal.example.com'])), 'TLS-BT1')).toEqual([]);
    expect(byRule(check(objects({ hostname: 'x', subjectAltNames: [{ type: 'URI', uri: 'spiffe://td/orders' }] }, ['orders'], ['spiffe://td/orders'])), 'TLS-BT1')).toEqual([]);
    expect(byRule(check([...backend('orders', 'shop', 'elsewhere-tls'), policy('orders', 'shop', { hostname: 'orders.shop.svc', wellKnownCACertificates: 'System' })]), 'TLS-BT1')).toEqual([]);
  });
});

describe('TLS-BT2: the policy\'s Service', () => {
  const p = policy('orders', 'shop', { hostname: 'orders.shop.svc', wellKnownCACertificates: 'System' }, 'ordrs');
  test('in an app: an error unless declared', () => {
    const findings = byRule(check([...backend('orders', 'shop', 's'), p], AuditMode.APP), 'TLS-BT2');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['error', expect.stringMatching(/^spec\.targetRefs\[0\]: Service "ordrs" in namespace "shop" is not defined in this app, so the policy applies to no Service/)]]);
    expect(byRule(check([p], AuditMode.APP, [{ group: '', kind: 'Service', name: 'ordrs', namespace: 'shop' }]), 'TLS-BT2')).toEqual([]);
  });
  test('in an audit: a warning only when the namespace\'s Services are audited', () => {
    expect(byRule(check([...backend('orders', 'shop', 's'), p]), 'TLS-BT2').map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringMatching(/Service "ordrs" in namespace "shop" is not among the audited Services of that namespace; if it does not exist/)],
    ]);
    expect(byRule(check([p]), 'TLS-BT2')).toEqual([]);
    expect(byRule(check([...backend('ordrs', 'shop', 's'), p]), 'TLS-BT2')).toEqual([]);
  });
});

describe('TLS-CA1 and TLS-CA2: the CA ConfigMaps', () => {
  const frontendGateway = (ref: any) => {
    const gw = gateway('edge', [httpsListener('partners.example.com', 'edge-tls')], { namespace: 'edge' });
    gw.spec.tls = { frontend: { default: { validation: { caCertificateRefs: [ref] } } } };
    return gw;
  };
  test('TLS-CA1: in an app, a client-validation CA nothing writes', () => {
    const findings = byRule(check([frontendGateway(caRef('partners-ca'))], AuditMode.APP), 'TLS-CA1');
    expect(findings.map((f) => [f.severity, f.path, f.message])).toEqual([[
      'error', 'spec.tls.frontend.default.validation.caCertificateRefs[0]',
      expect.stringMatching(/nothing in this app writes ConfigMap "partners-ca" in namespace "edge", the CA for client certificates; without it the Gateway refuses the HTTPS listeners it applies to/),
    ]]);
  });
  test('TLS-CA1: in an audit, only when trust bundles are audited', () => {
    expect(byRule(check([frontendGateway(caRef('partners-ca')), bundle('other-ca', 'ca.crt')]), 'TLS-CA1').map((f) => f.severity)).toEqual(['warning']);
    expect(byRule(check([frontendGateway(caRef('partners-ca'))]), 'TLS-CA1')).toEqual([]);
  });
  test('TLS-CA1: written by a ConfigMap, a Bundle, or declared', () => {
    expect(byRule(check([frontendGateway(caRef('partners-ca')), caConfigMap('partners-ca', 'edge')], AuditMode.APP), 'TLS-CA1')).toEqual([]);
    expect(byRule(check([frontendGateway(caRef('partners-ca')), bundle('partners-ca', 'ca.crt')], AuditMode.APP), 'TLS-CA1')).toEqual([]);
    expect(byRule(check([frontendGateway(caRef('partners-ca'))], AuditMode.APP, [{ group: '', kind: 'ConfigMap', name: 'partners-ca', namespace: 'edge' }]), 'TLS-CA1')).toEqual([]);
  });
  test('TLS-CA1: a Bundle whose namespaceSelector leaves out the Gateway\'s namespace does not write there', () => {
    const selective = bundle('partners-ca', 'ca.crt');
    selective.spec.target.namespaceSelector = { matchLabels: { 'trust/partners': 'true' } };
    const objects = [frontendGateway(caRef('partners-ca')), selective];
    expect(byRule(check([...objects, namespace('edge')], AuditMode.APP), 'TLS-CA1').map((f) => f.severity)).toEqual(['error']);
    expect(byRule(check([...objects, namespace('edge', { 'trust/partners': 'true' })], AuditMode.APP), 'TLS-CA1')).toEqual([]);
    expect(byRule(check(objects, AuditMode.APP), 'TLS-CA1')).toEqual([]);
  });

  test('TLS-CA2: a ClusterBundle\'s target keys', () => {
    const clusterBundle = (key: string) => ({
      apiVersion: 'trust-manager.io/v1alpha2',
      kind: 'ClusterBundle',
      metadata: { name: 'partners-ca' },
      spec: { defaultCAs: { provider: 'System' }, target: { configMap: { data: [{ key }] }, namespaceSelector: {} } },
    });
    expect(byRule(check([frontendGateway(caRef('partners-ca')), clusterBundle('bundle.pem')]), 'TLS-CA2').map((f) => f.message)).toEqual([
      expect.stringMatching(/written by trust-manager ClusterBundle "partners-ca" under "bundle\.pem"/),
    ]);
    expect(byRule(check([frontendGateway(caRef('partners-ca')), clusterBundle('ca.crt')]), 'TLS-CA2')).toEqual([]);
  });

  test('TLS-CA2: the CA under another key, in a ConfigMap or a Bundle\'s target', () => {
    const findings = byRule(check([
      frontendGateway(caRef('partners-ca')), caConfigMap('partners-ca', 'edge', 'ca-bundle.crt'),
      policy('orders', 'edge', { hostname: 'orders.edge.svc', caCertificateRefs: [caRef('internal-ca')] }), bundle('internal-ca', 'root-certs.pem'),
    ]), 'TLS-CA2');
    expect(findings.map((f) => [f.kind, f.message]).sort()).toEqual([
      ['BackendTLSPolicy', expect.stringMatching(/is written by trust-manager Bundle "internal-ca" under "root-certs\.pem".*requests to the backend fail with a 5xx/)],
      ['Gateway', expect.stringMatching(/ConfigMap "partners-ca" in namespace "edge" is written by ConfigMap edge\/partners-ca under "ca-bundle\.crt", but Gateway API reads the CA only from the key "ca\.crt", so the Gateway refuses/)],
    ]);
    expect(byRule(check([frontendGateway(caRef('partners-ca')), caConfigMap('partners-ca', 'edge')]), 'TLS-CA2')).toEqual([]);
  });
});

describe('TLS-FV1: client validation that lets clients through', () => {
  test('AllowInsecureFallback warns; AllowValidOnly does not', () => {
    const gw = gateway('edge', [httpsListener('partners.example.com', 'edge-tls')], { namespace: 'edge' });
    gw.spec.tls = { frontend: { default: { validation: { caCertificateRefs: [caRef('a')], mode: 'AllowValidOnly' } }, perPort: [{ port: 8443, tls: { validation: { caCertificateRefs: [caRef('a')], mode: 'AllowInsecureFallback' } } }] } };
    const findings = byRule(check([gw]), 'TLS-FV1');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringMatching(/^spec\.tls\.frontend\.perPort\[0\]\.tls\.validation\.mode: AllowInsecureFallback accepts clients that present no certificate/)],
    ]);
  });
});

describe('values filled in later (Flux ${VAR}, templates) are not compared', () => {
  test('namespaces, hostnames, Service and ConfigMap names', () => {
    const gw = sharedGateway({ from: 'Same' }, [httpListener(), httpsListener('${SHOP_HOST}', 'shop-tls')]);
    gw.metadata.namespace = '${GATEWAY_NS}';
    const objects = [
      gw,
      listenerSet('team-a', 'team-a', [httpsListener('${SHOP_HOST}', 'a-tls')], { parent: { name: 'shared', namespace: '${GATEWAY_NS}' } }),
      ...backend('orders', 'shop', 'orders-tls'), certificate('orders', 'orders-tls', ['orders.${CLUSTER_DOMAIN}'], undefined, 'shop'),
      policy('orders', 'shop', { hostname: 'orders.shop.svc', caCertificateRefs: [caRef('${CA_CONFIGMAP}')] }),
      policy('other', 'shop', { hostname: 'orders.shop.svc', wellKnownCACertificates: 'System' }, '${SERVICE}'),
    ];
    const findings = audit(objects, AuditMode.APP);
    for (const id of ['TLS-LS1', 'TLS-LS2', 'TLS-BT1', 'TLS-BT2', 'TLS-CA1', 'TLS-CA2']) expect(byRule(findings, id)).toEqual([]);
  });
});

describe('cdk8s-tls audit on YAML text', () => {
  function run(stdin: string) {
    let stdout = '';
    const status = main(['audit', '-'], { stdout: (t) => { stdout += t; }, stderr: () => undefined, readStdin: () => stdin });
    return { status, stdout };
  }

  test('every Gateway API TLS rule, with file position', () => {
    const gw = sharedGateway({ from: 'Same' }, [httpListener(), httpsListener('shop.example.com', 'shop-tls')]);
    gw.spec.tls = { frontend: { default: { validation: { caCertificateRefs: [caRef('partners-ca')], mode: 'AllowInsecureFallback' } } } };
    const text = `# team and platform manifests
${YAML.stringify(gw)}---
${YAML.stringify(listenerSet('team-a', 'team-a', [httpsListener('a.example.com', 'a-tls')]))}---
${YAML.stringify(listenerSet('dup', 'infra', [httpsListener('shop.example.com', 'dup-tls')]))}---
${YAML.stringify(gateway('big', Array.from({ length: 65 }, (_, i) => httpsListener(`h${i}.example.com`, 'w-tls'))))}---
${YAML.stringify(caConfigMap('partners-ca', 'infra', 'bundle.pem'))}---
${[...backend('orders', 'shop', 'orders-tls'), certificate('orders', 'orders-tls', ['orders.internal'], undefined, 'shop'), bundle('internal-ca', 'ca.crt'),
  policy('orders', 'shop', { hostname: 'orders.shop.svc', caCertificateRefs: [caRef('internal-ca')] }), policy('typo', 'shop', { hostname: 'x.shop.svc', caCertificateRefs: [caRef('missing-ca')] }, 'ordrs'),
  { ...sharedGateway({ from: 'All' }), metadata: { name: 'shimmed', namespace: 'infra', annotations: SHIM_DEFAULTS } },
  listenerSet('inherits', 'team-b', [httpsListener('b.example.com', 'b-tls')], { parent: { name: 'shimmed', namespace: 'infra' } })].map((o) => YAML.stringify(o)).join('---\n')}`;
    const result = run(text);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const line = (re: RegExp) => expect(lines).toContainEqual(expect.stringMatching(re));
    line(/^<stdin>:\d+:\d+: error \[TLS-LS1\] ListenerSet team-a\/team-a: spec\.parentRef: Gateway infra\/shared does not admit ListenerSets of namespace "team-a"/);
    line(/^<stdin>:\d+:\d+: error \[TLS-LS2\] ListenerSet infra\/dup: spec\.listeners\[0\]: listener "https-shop-example-com"/);
    line(/^<stdin>:\d+:\d+: error \[TLS-LS3\] Gateway web\/big: spec\.listeners: 65 listeners/);
    line(/^<stdin>:\d+:\d+: error \[TLS-CA2\] Gateway infra\/shared: spec\.tls\.frontend\.default\.validation\.caCertificateRefs\[0\]: ConfigMap "partners-ca"/);
    line(/^<stdin>:\d+:\d+: warning \[TLS-FV1\] Gateway infra\/shared: spec\.tls\.frontend\.default\.validation\.mode: AllowInsecureFallback/);
    line(/^<stdin>:\d+:\d+: error \[TLS-BT1\] BackendTLSPolicy shop\/orders: spec\.validation\.hostname: the Gateway requires "orders\.shop\.svc"/);
    line(/^<stdin>:\d+:\d+: warning \[TLS-BT2\] BackendTLSPolicy shop\/typo: spec\.targetRefs\[0\]: Service "ordrs"/);
    line(/^<stdin>:\d+:\d+: warning \[TLS-CA1\] BackendTLSPolicy shop\/typo: spec\.validation\.caCertificateRefs\[0\]: none of the audited trust bundles or ConfigMaps writes ConfigMap "missing-ca"/);
    line(/^<stdin>:\d+:\d+: warning \[TLS-LS4\] ListenerSet team-b\/inherits: metadata\.annotations\.cert-manager\.io\/ignore-tls-listeners/);
  });
});
