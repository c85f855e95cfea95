// TLS-E*, TLS-X16 and TLS-REF1 on Ingresses and Gateways: each accepted and rejected, message asserted.
import { AuditMode, FindingSeverity } from '../../src';
import {
  SHIM_DEFAULTS, acmeIssuer, audit, byRule, certificate, dns01, gateway, http01Gateway, http01Ingress, httpListener, httpsListener, ingress,
} from '../edge/fixtures';

const le = acmeIssuer('letsencrypt-prod', [http01Ingress()]);

describe('TLS-E1: every TLS host is covered by a certificate of its Secret', () => {
  test('an Ingress host missing from the certificate', () => {
    const objects = [le, ingress('web', { tls: [{ hosts: ['app.example.com', 'api.example.com'], secretName: 'web-tls' }] }), certificate('web', 'web-tls', ['app.example.com'])];
    const [f] = byRule(audit(objects), 'TLS-E1');
    expect(f.kind).toBe('Ingress');
    expect(f.path).toBe('spec.tls[0].hosts[1]');
    expect(f.message).toBe('spec.tls[0].hosts[1]: "api.example.com" is served with Secret "web-tls" in namespace "web", but no certificate written to it covers that name '
      + '(Certificate web/web cover [app.example.com]; a wildcard covers exactly one label); add "api.example.com" to the certificate\'s dnsNames');
  });

  test('a wildcard covers one label, not two', () => {
    const gw = gateway('gw', [httpListener(), httpsListener('app.example.com', 'wild-tls'), httpsListener('a.b.example.com', 'wild-tls')]);
    const f = byRule(audit([le, gw, certificate('wild', 'wild-tls', ['*.example.com'])]), 'TLS-E1');
    expect(f.map((x) => x.path)).toEqual(['spec.listeners[2].hostname']);
  });

  test('a Secret nothing writes: an error in an app unless declared, nothing in an audit', () => {
    const objects = [ingress('web', { tls: [{ hosts: ['app.example.com'], secretName: 'byo-tls' }] })];
    expect(byRule(audit(objects), 'TLS-E1')).toEqual([]);
    const [f] = byRule(audit(objects, AuditMode.APP), 'TLS-E1');
    expect(f.message).toMatch(/^spec\.tls\[0\]\.secretName: no Certificate in this app writes Secret "byo-tls" in namespace "web"/);
    expect(byRule(audit(objects, AuditMode.APP, [{ group: '', kind: 'Secret', name: 'byo-tls', namespace: 'web' }]), 'TLS-E1')).toEqual([]);
  });
});

describe('TLS-E2: wildcard hosts through the shim need DNS-01', () => {
  const wildIngress = ingress('web', { annotations: SHIM_DEFAULTS, tls: [{ hosts: ['*.example.com'], secretName: 'wild-tls' }] });

  test('an issuer with only HTTP-01', () => {
    const [f] = byRule(audit([le, wildIngress]), 'TLS-E2');
    expect(f.message).toBe('spec.tls[0].hosts[0]: "*.example.com" is issued through the cert-manager.io/cluster-issuer annotation by ACME ClusterIssuer "letsencrypt-prod", '
      + 'but its only solver for this name is HTTP-01 (solvers[0]), and HTTP-01 cannot issue wildcard certificates; '
      + 'add a DNS-01 solver whose selector.dnsZones holds "example.com", or list the host names instead of the wildcard');
  });

  test('accepted with a DNS-01 solver for the zone', () => {
    const issuer = acmeIssuer('letsencrypt-prod', [http01Ingress(), dns01('example.com')]);
    expect(byRule(audit([issuer, wildIngress]), 'TLS-E2')).toEqual([]);
  });
});

describe('TLS-E3 / TLS-X16: one Secret, one writer', () => {
  test('two Certificates writing one Secret', () => {
    const [f] = byRule(audit([le, certificate('a', 'web-tls', ['a.example.com']), certificate('b', 'web-tls', ['b.example.com'])]), 'TLS-E3');
    expect(f.name).toBe('b');
    expect(f.message).toMatch(/^spec\.secretName: Secret "web-tls" in namespace "web" is written twice: this Certificate writes it, and so does Certificate web\/a; /);
    expect(byRule(audit([le, certificate('a', 'a-tls', ['a.example.com']), certificate('b', 'b-tls', ['b.example.com'])]), 'TLS-E3')).toEqual([]);
    // The same manifest listed twice is one writer.
    expect(byRule(audit([le, certificate('a', 'web-tls', ['a.example.com']), certificate('a', 'web-tls', ['a.example.com'])]), 'TLS-E3')).toEqual([]);
    // Other namespaces, other Secrets.
    expect(byRule(audit([le, certificate('a', 'web-tls', ['a.example.com']), certificate('b', 'web-tls', ['b.example.com'], undefined, 'other')]), 'TLS-E3')).toEqual([]);
  });

  test('an annotated Ingress and a Certificate writing one Secret', () => {
    const [f] = byRule(audit([le, certificate('web', 'web-tls', ['app.example.com']), ingress('web', { annotations: SHIM_DEFAULTS })]), 'TLS-E3');
    expect(f.kind).toBe('Ingress');
    expect(f.message).toMatch(/cert-manager's shim would create a Certificate for it from this object's annotations, and so does Certificate web\/web/);
  });

  test('two annotated Ingresses with one Secret (TLS-X16)', () => {
    const a = ingress('a', { annotations: SHIM_DEFAULTS, tls: [{ hosts: ['a.example.com'], secretName: 'shared-tls' }] });
    const b = ingress('b', { annotations: SHIM_DEFAULTS, tls: [{ hosts: ['b.example.com'], secretName: 'shared-tls' }] });
    const [f] = byRule(audit([le, a, b]), 'TLS-X16');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.name).toBe('b');
    expect(f.message).toMatch(/Secret "shared-tls" in namespace "web" is also served by the annotated Ingress web\/a; .*annotate only one of them/);
    const c = ingress('c', { tls: [{ hosts: ['a.example.com'], secretName: 'shared-tls' }] });
    expect(byRule(audit([le, a, c]), 'TLS-X16')).toEqual([]);
  });
});

describe('TLS-E4: an Ingress TLS entry without secretName', () => {
  test('a warning that says what is served', () => {
    const [f] = byRule(audit([ingress('web', { tls: [{ hosts: ['app.example.com'] }] })]), 'TLS-E4');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toBe('spec.tls[0].secretName: Required value: the TLS entry for [app.example.com] names no Secret, so the ingress controller serves its default certificate '
      + '(ingress-nginx: --default-ssl-certificate, often a wildcard; Traefik: its default TLS store; without one, a self-signed certificate clients reject); '
      + 'make sure that default covers these hosts, or set secretName to the Secret of a Certificate that does');
    expect(byRule(audit([ingress('web')]), 'TLS-E4')).toEqual([]);
  });

  // The shapes cloud controllers document: the certificate comes from ACM or Google, not a Secret.
  const noSecret = (extra: { annotations?: Record<string, string>; className?: string }) => ingress('web', { tls: [{ hosts: ['app.example.com'] }], ...extra });
  test.each([
    ['ALB with certificate-arn', { className: 'alb', annotations: { 'alb.ingress.kubernetes.io/certificate-arn': 'arn:aws:acm:eu-west-1:123456789012:certificate/abc' } }],
    ['ALB certificate discovery by host (ingressClassName)', { className: 'alb' }],
    ['GKE managed certificates', { className: 'gce', annotations: { 'networking.gke.io/managed-certificates': 'app-cert' } }],
    ['GKE pre-shared certificate', { className: 'gce', annotations: { 'ingress.gcp.kubernetes.io/pre-shared-cert': 'app-cert' } }],
    ['ingress-nginx ssl-passthrough', { annotations: { 'nginx.ingress.kubernetes.io/ssl-passthrough': 'true' } }],
  ])('silent with %s', (_name, extra) => {
    expect(byRule(audit([noSecret(extra)]), 'TLS-E4')).toEqual([]);
  });

  test('ALB certificate discovery through the legacy class annotation or an IngressClass of the ALB controller', () => {
    const legacy = ingress('web', { tls: [{ hosts: ['app.example.com'] }], annotations: { 'kubernetes.io/ingress.class': 'alb' } });
    delete legacy.spec.ingressClassName;
    expect(byRule(audit([legacy]), 'TLS-E4')).toEqual([]);
    const ingressClass = { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'public' }, spec: { controller: 'ingress.k8s.aws/alb' } };
    const viaClass = noSecret({ className: 'public' });
    expect(byRule(audit([ingressClass, viaClass]), 'TLS-E4')).toEqual([]);
    expect(byRule(audit([viaClass]), 'TLS-E4')).toHaveLength(1);
  });
});

describe('TLS-E6: Gateway TLS listeners terminate TLS', () => {
  test('HTTPS with Passthrough is an error; TLS passthrough without refs is a design, not a finding', () => {
    const https = httpsListener('a.example.com', 'x', { tls: { mode: 'Passthrough', certificateRefs: [{ name: 'x' }] } });
    const tls = { name: 'tls', hostname: 'b.example.com', protocol: 'TLS', port: 8443, tls: { mode: 'Passthrough' } };
    const tlsWithRef = { ...tls, name: 'tls-ref', port: 8444, tls: { mode: 'Passthrough', certificateRefs: [{ name: 'unused' }] } };
    const f = byRule(audit([gateway('gw', [https, tls, tlsWithRef])]), 'TLS-E6');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['spec.listeners[0].tls.mode', 'error'], ['spec.listeners[2].tls.mode', 'error']]);
    expect(f[0].message).toMatch(/"Passthrough": an HTTPS listener must terminate TLS, so the API server refuses this listener \("tls mode must be Terminate for protocol HTTPS"\); use mode Terminate/);
    expect(f[1].message).toMatch(/never serves the certificate in certificateRefs/);
    expect(byRule(audit([gateway('gw', [httpsListener('a.example.com', 'x')])]), 'TLS-E6')).toEqual([]);
  });
});

describe('TLS-E7: cross-namespace Secret references need a ReferenceGrant', () => {
  const gw = gateway('gw', [httpsListener('a.example.com', 'x', { tls: { mode: 'Terminate', certificateRefs: [{ name: 'shared-tls', namespace: 'certs' }] } })]);
  const grant = (fromNs: string, name?: string) => ({
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
    kind: 'ReferenceGrant',
    metadata: { name: 'gw-secrets', namespace: 'certs' },
    spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: fromNs }], to: [{ group: '', kind: 'Secret', ...(name ? { name } : {}) }] },
  });

  test('missing grant: error in an app, warning in an audit', () => {
    const [app] = byRule(audit([gw], AuditMode.APP), 'TLS-E7');
    expect(app.severity).toBe(FindingSeverity.ERROR);
    expect(app.message).toBe('spec.listeners[0].tls.certificateRefs[0].namespace: Secret "shared-tls" is in namespace "certs", not the Gateway\'s ("web"), and no ReferenceGrant there allows it, '
      + 'so the Gateway refuses the listener (RefNotPermitted); add a ReferenceGrant in "certs" from group gateway.networking.k8s.io kind Gateway namespace "web" '
      + 'to kind Secret name "shared-tls" (TlsGateway creates it for TlsSource.existingSecret)');
    expect(byRule(audit([gw]), 'TLS-E7')[0].severity).toBe(FindingSeverity.WARNING);
  });

  test('a grant for the Gateway namespace (by name or for every Secret) is accepted; one for another namespace is not', () => {
    expect(byRule(audit([gw, grant('web', 'shared-tls')], AuditMode.APP), 'TLS-E7')).toEqual([]);
    expect(byRule(audit([gw, grant('web')], AuditMode.APP), 'TLS-E7')).toEqual([]);
    expect(byRule(audit([gw, grant('other')], AuditMode.APP), 'TLS-E7')).toHaveLength(1);
  });

  test('a namespace-less Gateway: "may", and a grant in the Secret\'s namespace may be for it', () => {
    const bare = { ...gw, metadata: { name: 'gw' } };
    const [f] = byRule(audit([bare]), 'TLS-E7');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toMatch(/^spec\.listeners\[0\]\.tls\.certificateRefs\[0\]\.namespace: Secret "shared-tls" is in namespace "certs", which may not be the Gateway's \(not set here\), and no audited ReferenceGrant allows it/);
    expect(byRule(audit([bare, grant('network')]), 'TLS-E7')).toEqual([]);
  });
});

describe('TLS-E8: the gatewayHTTPRoute solver must reach an HTTP listener on port 80', () => {
  const parentRef = { name: 'gw', namespace: 'web', sectionName: 'http' };
  const cert = certificate('web', 'web-tls', ['app.example.com'], { name: 'le', kind: 'Issuer' });
  const issuer = (ref: any) => acmeIssuer('le', [http01Gateway([ref])], { kind: 'Issuer' });

  test('accepted: the HTTP listener admits the solver route', () => {
    const gw = gateway('gw', [httpListener(), httpsListener('app.example.com', 'web-tls')]);
    expect(byRule(audit([issuer(parentRef), gw, cert]), 'TLS-E8')).toEqual([]);
  });

  test('rejected: the section is the HTTPS listener, there is no HTTP listener, or it admits only its own namespace', () => {
    const gw = gateway('gw', [httpListener(), httpsListener('app.example.com', 'web-tls')]);
    const [wrongSection] = byRule(audit([issuer({ ...parentRef, sectionName: 'https-app-example-com' }), gw, cert]), 'TLS-E8');
    expect(wrongSection.kind).toBe('Certificate');
    expect(wrongSection.message).toMatch(/^spec\.dnsNames\[0\]: the HTTP-01 challenge for "app\.example\.com" is answered through solvers\[0\]\.http01\.gatewayHTTPRoute\.parentRefs\[0\] of Issuer "le", but Gateway web\/gw cannot route it: listener "https-app-example-com" is not an HTTP listener; /);
    const noHttp = gateway('gw', [httpsListener('app.example.com', 'web-tls')]);
    expect(byRule(audit([issuer({ name: 'gw' }), noHttp, cert]), 'TLS-E8')[0].message).toMatch(/it has no HTTP listener/);
    const elsewhere = gateway('gw', [httpListener(), httpsListener('app.example.com', 'web-tls')], { namespace: 'edge' });
    const [ns] = byRule(audit([issuer({ name: 'gw', namespace: 'edge', sectionName: 'http' }), elsewhere, cert]), 'TLS-E8');
    expect(ns.message).toMatch(/admits routes from its own namespace "edge" only, and cert-manager creates the solver's HTTPRoute in the certificate's namespace "web"/);
    const open = gateway('gw', [httpListener({ allowedRoutes: { namespaces: { from: 'All' } } }), httpsListener('app.example.com', 'web-tls')], { namespace: 'edge' });
    expect(byRule(audit([issuer({ name: 'gw', namespace: 'edge', sectionName: 'http' }), open, cert]), 'TLS-E8')).toEqual([]);
  });
});

describe('TLS-E8 through a ListenerSet: the solver route attaches to the ListenerSet\'s listeners', () => {
  const cert = certificate('web', 'web-tls', ['app.example.com'], { name: 'le', kind: 'Issuer' });
  const issuer = (ref: any) => acmeIssuer('le', [http01Gateway([{ group: 'gateway.networking.k8s.io', kind: 'ListenerSet', ...ref }])], { kind: 'Issuer' });
  const listenerSet = (namespace: string, listeners: any[]) => ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'ListenerSet',
    metadata: { name: 'team-a', namespace },
    spec: { parentRef: { name: 'gw', namespace: 'edge' }, listeners },
  });
  const gw = gateway('gw', [httpListener()], { namespace: 'edge' });

  test('accepted: an HTTP listener on port 80 of the ListenerSet, in the certificate\'s namespace', () => {
    const set = listenerSet('web', [httpListener({ hostname: 'app.example.com' }), httpsListener('app.example.com', 'web-tls')]);
    expect(byRule(audit([issuer({ name: 'team-a', sectionName: 'http' }), gw, set, cert]), 'TLS-E8')).toEqual([]);
  });

  test('rejected: only HTTPS listeners, or an HTTP listener for routes of the ListenerSet\'s own namespace only', () => {
    const httpsOnly = listenerSet('web', [httpsListener('app.example.com', 'web-tls')]);
    const [f] = byRule(audit([issuer({ name: 'team-a' }), gw, httpsOnly, cert]), 'TLS-E8');
    expect(f.message).toMatch(/but ListenerSet web\/team-a cannot route it: it has no HTTP listener; .*give the ListenerSet an HTTP listener on port 80 for this host and point/);
    const elsewhere = listenerSet('teams', [httpListener()]);
    const [ns] = byRule(audit([issuer({ name: 'team-a', namespace: 'teams' }), gw, elsewhere, cert]), 'TLS-E8');
    expect(ns.message).toMatch(/admits routes from its own namespace "teams" only, and cert-manager creates the solver's HTTPRoute in the certificate's namespace "web"/);
    // a Gateway of the same name is another parent: the ListenerSet's listeners are the ones judged
    const [sameName] = byRule(audit([issuer({ name: 'gw', namespace: 'edge' }), gw, { ...listenerSet('edge', [httpsListener('app.example.com', 'web-tls')]), metadata: { name: 'gw', namespace: 'edge' } }, cert]), 'TLS-E8');
    expect(sameName.message).toMatch(/ListenerSet edge\/gw cannot route it: it has no HTTP listener/);
  });
});

describe('TLS-E9: the HTTP-01 ingress solver uses the Ingress class', () => {
  test('another class is a warning; the same class, or a shim override, is accepted', () => {
    const objects = (className: string) => [le, ingress('web', { className }), certificate('web', 'web-tls', ['app.example.com'])];
    const [f] = byRule(audit(objects('traefik')), 'TLS-E9');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toMatch(/"app\.example\.com" is served by Ingress web\/web of ingress class "traefik", but ClusterIssuer "letsencrypt-prod" answers its HTTP-01 challenge through solvers\[0\] with an Ingress of class "nginx"/);
    expect(byRule(audit(objects('nginx')), 'TLS-E9')).toEqual([]);
    const overridden = ingress('web', { className: 'traefik', annotations: { ...SHIM_DEFAULTS, 'acme.cert-manager.io/http01-ingress-ingressclassname': 'traefik' } });
    expect(byRule(audit([le, overridden]), 'TLS-E9')).toEqual([]);
  });
});

describe('TLS-E10: edit-in-place needs the Ingress on port 80', () => {
  test('Traefik bound to websecure only', () => {
    const annotations = { ...SHIM_DEFAULTS, 'acme.cert-manager.io/http01-edit-in-place': 'true', 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' };
    const [f] = byRule(audit([le, ingress('web', { className: 'traefik', annotations })]), 'TLS-E10');
    expect(f.message).toMatch(/^metadata\.annotations\.acme\.cert-manager\.io\/http01-edit-in-place: "true" adds the HTTP-01 challenge path to this Ingress, but .* is "websecure"/);
    const { ['acme.cert-manager.io/http01-edit-in-place']: _, ...separate } = annotations;
    expect(byRule(audit([le, ingress('web', { className: 'traefik', annotations: separate })]), 'TLS-E10')).toEqual([]);
  });
});

describe('TLS-E11: plain HTTP is an explicit, warned opt-out', () => {
  test('a host without TLS, a disabled redirect, Traefik on the web entrypoint', () => {
    const obj = ingress('web', {
      annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false', 'traefik.ingress.kubernetes.io/router.entrypoints': 'web,websecure' },
      rules: [{ host: 'app.example.com', http: { paths: [] } }, { host: 'plain.example.com', http: { paths: [] } }],
    });
    const f = byRule(audit([obj]), 'TLS-E11');
    expect(f.map((x) => x.path)).toEqual(['spec.rules[1].host', 'metadata.annotations.nginx.ingress.kubernetes.io/ssl-redirect',
      'metadata.annotations.traefik.ingress.kubernetes.io/router.entrypoints']);
    expect(f.every((x) => x.severity === FindingSeverity.WARNING)).toBe(true);
    expect(f[0].message).toMatch(/"plain\.example\.com" has no TLS entry, so it is served over plain HTTP/);
    expect(byRule(audit([ingress('web', { annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' } })]), 'TLS-E11')).toEqual([]);
  });

  // As the ingress-nginx docs write it: the backend (e.g. the Kubernetes dashboard, Argo CD) terminates TLS.
  test('ssl-passthrough leaves TLS to the backend: no "plain HTTP" finding', () => {
    const passthrough = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'argocd-server', annotations: { 'nginx.ingress.kubernetes.io/ssl-passthrough': 'true', 'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS' } },
      spec: {
        ingressClassName: 'nginx',
        rules: [{ host: 'argocd.${SECRET_DOMAIN}', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'argocd-server', port: { name: 'https' } } } }] } }],
      },
    };
    expect(audit([passthrough]).filter((f) => f.severity !== FindingSeverity.INFO)).toEqual([]);
    const withoutPassthrough = { ...passthrough, metadata: { name: 'argocd-server' }, spec: { ...passthrough.spec, rules: [{ ...passthrough.spec.rules[0], host: 'argocd.example.com' }] } };
    expect(byRule(audit([withoutPassthrough]), 'TLS-E11')).toHaveLength(1);
  });

  test('a TLS entry without hosts covers every host of the Ingress', () => {
    const obj = ingress('web', {
      tls: [{ secretName: 'wildcard-tls' }],
      rules: [{ host: 'app.example.com', http: { paths: [] } }, { host: 'api.example.com', http: { paths: [] } }],
    });
    expect(byRule(audit([obj]), 'TLS-E11')).toEqual([]);
    const partial = ingress('web', {
      tls: [{ hosts: ['app.example.com'], secretName: 'app-tls' }],
      rules: [{ host: 'app.example.com', http: { paths: [] } }, { host: 'api.example.com', http: { paths: [] } }],
    });
    expect(byRule(audit([partial]), 'TLS-E11').map((f) => f.path)).toEqual(['spec.rules[1].host']);
  });
});

describe('TLS-REF1: a shim annotation naming an issuer the manifests do not define', () => {
  const obj = ingress('web', { annotations: { ...SHIM_DEFAULTS, 'cert-manager.io/cluster-issuer': 'nowhere' } });

  test('error in an app, warning in an audit, nothing when declared or defined', () => {
    const [app] = byRule(audit([obj], AuditMode.APP), 'TLS-REF1');
    expect(app.severity).toBe(FindingSeverity.ERROR);
    expect(app.message).toBe('metadata.annotations.cert-manager.io/cluster-issuer: ClusterIssuer "nowhere" is not defined in this app; '
      + 'define it in the app, or declare an existing one with ClusterIssuer.fromClusterIssuerName(this, \'nowhere\', \'nowhere\')');
    expect(byRule(audit([obj]), 'TLS-REF1')[0].severity).toBe(FindingSeverity.WARNING);
    expect(byRule(audit([obj], AuditMode.APP, [{ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'nowhere' }]), 'TLS-REF1')).toEqual([]);
    expect(byRule(audit([acmeIssuer('nowhere', [http01Ingress()]), obj], AuditMode.APP), 'TLS-REF1')).toEqual([]);
  });

  test('a namespaced Issuer must be in the annotated object\'s namespace', () => {
    const namespaced = ingress('web', { annotations: { 'cert-manager.io/issuer': 'team-ca' } });
    const issuer = acmeIssuer('team-ca', [http01Ingress()], { kind: 'Issuer', namespace: 'other' });
    expect(byRule(audit([issuer, namespaced]), 'TLS-REF1')).toEqual([]);
    expect(byRule(audit([issuer, namespaced]), 'TLS-X20')[0].message).toMatch(/Issuer "team-ca" is defined in namespace "other", but Ingress \S+ is in "\S+"/);
  });
});
