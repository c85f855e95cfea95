// Certificates that are never issued although each object is valid (TLS-X17..X20), on the
// shapes GitOps repositories use: ClusterIssuers with zone selectors, shim-annotated Ingresses
// and Gateways, a private CA bootstrapped in the same folder, namespace-less objects.
import { AuditMode } from '../../src';
import { domainMatchesConstraint } from '../../src/rules/cert-manager/issuance';
import {
  SHIM_DEFAULTS, acmeIssuer, audit, byRule, certificate, dns01, gateway, http01Gateway, http01Ingress, httpListener, httpsListener, ingress,
} from '../edge/fixtures';

describe('TLS-X17: no solver selects a name', () => {
  test('a solver whose zone selector covers the name, or a catch-all solver, is fine', () => {
    const issuer = acmeIssuer('letsencrypt-prod', [dns01('example.com')]);
    expect(byRule(audit([issuer, certificate('web', 'web-tls', ['app.example.com', 'example.com'])]), 'TLS-X17')).toEqual([]);
    const fallback = acmeIssuer('letsencrypt-prod', [dns01('example.com'), http01Ingress()]);
    expect(byRule(audit([fallback, certificate('web', 'web-tls', ['shop.example.org'])]), 'TLS-X17')).toEqual([]);
  });

  test('a name outside every solver\'s zones, and an issuer without solvers', () => {
    const issuer = acmeIssuer('letsencrypt-prod', [dns01('example.com')]);
    const [f] = byRule(audit([issuer, certificate('web', 'web-tls', ['app.example.com', 'shop.example.org'])]), 'TLS-X17');
    expect(f).toMatchObject({ severity: 'error', path: 'spec.dnsNames[1]', kind: 'Certificate' });
    expect(f.message).toBe('spec.dnsNames[1]: none of the solvers of ACME ClusterIssuer "letsencrypt-prod" selects "shop.example.org" (solvers[0]: dnsZones ["example.com"]), '
      + 'so the Order fails ("no configured challenge solvers can be used for this challenge"); add the name\'s zone to a solver\'s selector.dnsZones, '
      + 'or add a solver without a selector as the fallback');
    const [none] = byRule(audit([acmeIssuer('letsencrypt-prod', []), certificate('web', 'web-tls', ['app.example.com'])]), 'TLS-X17');
    expect(none.message).toMatch(/^spec\.dnsNames\[0\]: "app\.example\.com" is issued by ACME ClusterIssuer "letsencrypt-prod", which has no solvers, so the Order fails/);
  });

  test('matchLabels: the shim copies the Ingress\'s labels to its Certificate', () => {
    const issuer = acmeIssuer('letsencrypt-prod', [{ ...http01Ingress(), selector: { matchLabels: { 'acme/solver': 'http' } } }]);
    const labelled = ingress('web', { annotations: SHIM_DEFAULTS });
    labelled.metadata.labels = { 'acme/solver': 'http' };
    expect(byRule(audit([issuer, labelled]), 'TLS-X17')).toEqual([]);
    const [f] = byRule(audit([issuer, ingress('web', { annotations: SHIM_DEFAULTS })]), 'TLS-X17');
    expect(f).toMatchObject({ kind: 'Ingress', path: 'spec.tls[0].hosts[0]' });
    expect(f.message).toMatch(/\(solvers\[0\]: matchLabels \{"acme\/solver":"http"\}\)/);
  });

  test('Flux variables and wildcards are left to other rules', () => {
    const issuer = acmeIssuer('letsencrypt-prod', [dns01('example.com')]);
    expect(byRule(audit([issuer, certificate('web', 'web-tls', ['${SECRET_DOMAIN}', '*.example.org'])]), 'TLS-X17')).toEqual([]);
  });
});

describe('TLS-X18: an HTTP-01 solver on the other kind of edge', () => {
  test('a Gateway-shim certificate solved through an Ingress class; an Ingress solved through a Gateway route', () => {
    const gw = gateway('edge', [httpListener(), httpsListener('app.example.com', 'app-tls')], { annotations: SHIM_DEFAULTS });
    expect(byRule(audit([acmeIssuer('letsencrypt-prod', [http01Gateway([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge', namespace: 'web' }])]), gw]), 'TLS-X18')).toEqual([]);
    const [f] = byRule(audit([acmeIssuer('letsencrypt-prod', [http01Ingress('nginx')]), gw]), 'TLS-X18');
    expect(f).toMatchObject({ severity: 'warning', kind: 'Gateway', path: 'spec.listeners[1].hostname' });
    expect(f.message).toMatch(/^spec\.listeners\[1\]\.hostname: "app\.example\.com" is served by a Gateway, but ACME ClusterIssuer "letsencrypt-prod" answers its HTTP-01 challenge through an Ingress \(solvers\[0\]\.http01\.ingress\)/);
    const ing = ingress('web', { annotations: SHIM_DEFAULTS });
    expect(byRule(audit([acmeIssuer('letsencrypt-prod', [http01Ingress('nginx')]), ing]), 'TLS-X18')).toEqual([]);
    const [back] = byRule(audit([acmeIssuer('letsencrypt-prod', [http01Gateway([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge', namespace: 'web' }])]), ing]), 'TLS-X18');
    expect(back.message).toMatch(/is served by an Ingress, but .* through a Gateway HTTPRoute \(solvers\[0\]\.http01\.gatewayHTTPRoute\)/);
  });

  test('a Certificate whose Secret is served by a Gateway listener', () => {
    const gw = gateway('edge', [httpListener(), httpsListener('app.example.com', 'app-tls')]);
    const [f] = byRule(audit([acmeIssuer('letsencrypt-prod', [http01Ingress()]), gw, certificate('app', 'app-tls', ['app.example.com'])]), 'TLS-X18');
    expect(f).toMatchObject({ kind: 'Certificate', path: 'spec.dnsNames[0]' });
  });
});

describe('TLS-X19: CA name constraints', () => {
  const caCert = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'internal-ca', namespace: 'cert-manager' },
    spec: {
      isCA: true,
      commonName: 'Internal CA',
      secretName: 'internal-ca',
      issuerRef: { name: 'selfsigned', kind: 'ClusterIssuer' },
      privateKey: { algorithm: 'ECDSA', size: 256 },
      nameConstraints: { critical: true, permitted: { dnsDomains: ['.svc.cluster.local', 'internal.example.com'] }, excluded: { dnsDomains: ['secret.internal.example.com'] } },
    },
  };
  const selfSigned = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'selfsigned' }, spec: { selfSigned: {} } };
  const caIssuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'internal-ca' }, spec: { ca: { secretName: 'internal-ca' } } };
  const leaf = (names: string[]) => certificate('api', 'api-tls', names, { name: 'internal-ca', kind: 'ClusterIssuer' }, 'shop');

  test('names inside the permitted domains pass', () => {
    expect(byRule(audit([selfSigned, caCert, caIssuer, leaf(['api.shop.svc.cluster.local', 'internal.example.com', 'a.internal.example.com'])]), 'TLS-X19')).toEqual([]);
  });

  test('a name outside permitted, or under excluded, is rejected by clients', () => {
    const findings = byRule(audit([selfSigned, caCert, caIssuer, leaf(['api.example.com', 'x.secret.internal.example.com', 'svc.cluster.local'])]), 'TLS-X19');
    expect(findings.map((f) => f.path)).toEqual(['spec.dnsNames[0]', 'spec.dnsNames[1]', 'spec.dnsNames[2]']);
    expect(findings[0].message).toBe('spec.dnsNames[0]: "api.example.com" is signed by CA ClusterIssuer "internal-ca", whose CA certificate (Certificate cert-manager/internal-ca) '
      + 'is outside its nameConstraints.permitted.dnsDomains [".svc.cluster.local","internal.example.com"]; cert-manager issues the certificate, but every client that verifies the chain '
      + 'rejects it for this name; use a CA whose constraints permit the name, or widen the CA certificate\'s nameConstraints');
    expect(findings[1].message).toMatch(/is excluded by its nameConstraints\.excluded\.dnsDomains entry "secret\.internal\.example\.com"/);
  });

  test('Go\'s domain constraint matching: a leading dot requires a subdomain', () => {
    expect(domainMatchesConstraint('a.example.com', 'example.com')).toBe(true);
    expect(domainMatchesConstraint('example.com', 'example.com')).toBe(true);
    expect(domainMatchesConstraint('example.com', '.example.com')).toBe(false);
    expect(domainMatchesConstraint('badexample.com', 'example.com')).toBe(false);
    expect(domainMatchesConstraint('*.example.com', '.example.com')).toBe(true);
  });
});

describe('TLS-X20: a namespaced Issuer used from another namespace', () => {
  const caIssuer = (namespace?: string) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'team-ca', ...(namespace ? { namespace } : {}) }, spec: { ca: { secretName: 'team-ca' } } });
  const cert = (namespace: string) => certificate('api', 'api-tls', ['api.shop.svc'], { name: 'team-ca', kind: 'Issuer' }, namespace);

  test('same namespace, or a namespace-less Issuer (Flux/Kustomize sets it), is fine', () => {
    expect(byRule(audit([caIssuer('shop'), cert('shop')]), 'TLS-X20')).toEqual([]);
    expect(byRule(audit([caIssuer(), cert('shop')]), 'TLS-X20')).toEqual([]);
  });

  test('an Issuer of another namespace: the fix is a ClusterIssuer or an Issuer in the certificate\'s namespace', () => {
    const [f] = byRule(audit([caIssuer('platform'), cert('shop')]), 'TLS-X20');
    expect(f).toMatchObject({ severity: 'error', path: 'spec.issuerRef.name' });
    expect(f.message).toBe('spec.issuerRef.name: Issuer "team-ca" is defined in namespace "platform", but Certificate shop/api is in "shop", where cert-manager looks for it '
      + 'and finds none, so nothing is issued; an Issuer signs only in its own namespace: use a ClusterIssuer or an Issuer in shop');
    // a declared external Issuer of that name does not silence it
    const external = [{ group: 'cert-manager.io', kind: 'Issuer', name: 'team-ca', namespace: 'shop' }];
    expect(byRule(audit([caIssuer('platform'), cert('shop')], AuditMode.APP, external), 'TLS-X20')).toHaveLength(1);
  });

  test('through the shim: an annotated Ingress', () => {
    const ing = ingress('web', { namespace: 'shop', annotations: { 'cert-manager.io/issuer': 'team-ca' } });
    const [f] = byRule(audit([caIssuer('platform'), ing]), 'TLS-X20');
    expect(f).toMatchObject({ kind: 'Ingress', path: 'metadata.annotations.cert-manager.io/issuer' });
  });

  test('it is the only finding: TLS-REF1, whose fix (declare the Issuer with fromIssuerName) would not make it issue, stays silent', () => {
    const ing = ingress('web', { namespace: 'shop', annotations: { 'cert-manager.io/issuer': 'team-ca' } });
    for (const mode of [AuditMode.APP, AuditMode.AUDIT]) {
      expect(byRule(audit([caIssuer('platform'), cert('shop')], mode), 'TLS-REF1')).toEqual([]);
      expect(byRule(audit([caIssuer('platform'), ing], mode), 'TLS-REF1')).toEqual([]);
    }
    // no Issuer of that name anywhere, or one whose namespace is left to the GitOps tool: TLS-REF1 as before
    expect(byRule(audit([cert('shop')], AuditMode.APP), 'TLS-REF1')).toHaveLength(1);
    expect(byRule(audit([caIssuer('${TEAM_NS}'), cert('shop')], AuditMode.APP), 'TLS-REF1')).toHaveLength(1);
  });
});
