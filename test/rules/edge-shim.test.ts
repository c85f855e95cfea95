// CM-S*: what cert-manager's ingress-shim and gateway-shim refuse at runtime (BadConfig events),
// reported at synth and audit. Each rule: accepted and rejected, message asserted.
import { AuditMode, FindingSeverity } from '../../src';
import { SHIM_DEFAULTS, acmeIssuer, audit, byRule, gateway, http01Gateway, http01Ingress, httpListener, httpsListener, ingress } from '../edge/fixtures';

const issuer = acmeIssuer('letsencrypt-prod', [http01Ingress()]);
const shimIngress = (annotations: Record<string, string>, extra: any = {}) => ingress('web', { annotations: { ...SHIM_DEFAULTS, ...annotations }, ...extra });
const findings = (obj: any, ruleId: string) => byRule(audit([issuer, obj]), ruleId);

describe('secure shim defaults', () => {
  test('the annotations TlsSource.shim writes are accepted', () => {
    const all = audit([issuer, shimIngress({})]);
    expect(all).toEqual([]);
  });
});

describe('CM-S1 / CM-S2: TLS entries of an annotated Ingress', () => {
  test('one secret name in two TLS entries', () => {
    const obj = shimIngress({}, { tls: [{ hosts: ['a.example.com'], secretName: 'web-tls' }, { hosts: ['b.example.com'], secretName: 'web-tls' }] });
    const [f] = findings(obj, 'CM-S1');
    expect(f.path).toBe('spec.tls[1].secretName');
    expect(f.severity).toBe(FindingSeverity.ERROR);
    expect(f.message).toBe('spec.tls[1].secretName: Invalid value: "web-tls": this secret name must only appear in a single TLS entry but is also used in spec.tls[0].secretName; '
      + 'cert-manager refuses the whole Ingress (Warning BadConfig) and issues no certificate for any of its hosts; merge the hosts of both entries into spec.tls[0]');
    const ok = shimIngress({}, { tls: [{ hosts: ['a.example.com', 'b.example.com'], secretName: 'web-tls' }] });
    expect(findings(ok, 'CM-S1')).toEqual([]);
  });

  test('an entry without hosts or secretName is skipped by the shim', () => {
    const obj = shimIngress({}, { tls: [{ secretName: 'web-tls' }, { hosts: ['b.example.com'] }], rules: [] });
    const f = findings(obj, 'CM-S2');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['spec.tls[0].hosts', 'warning'], ['spec.tls[1].secretName', 'warning']]);
    expect(f[0].message).toBe('spec.tls[0].hosts: Required value: cert-manager skips this TLS block (Warning BadConfig "Skipped a TLS block: spec.tls[0].hosts: Required value") '
      + 'and writes nothing to Secret "web-tls", which then serves every host of this Ingress and must come from elsewhere (no audited Certificate writes it); '
      + 'list the hosts the certificate must cover, or issue the Secret with a Certificate');
    expect(f[1].message).toMatch(/so \[b\.example\.com\] get the ingress controller's default certificate instead of one from the annotated issuer/);
    // A Certificate that writes the Secret of the hosts-less entry makes it intended, not skipped.
    const wildcard = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'wild', namespace: 'web' },
      spec: { secretName: 'web-tls', dnsNames: ['*.example.com'], issuerRef: { name: 'letsencrypt-prod', kind: 'ClusterIssuer' } },
    };
    expect(byRule(audit([issuer, wildcard, obj]), 'CM-S2').map((x) => x.path)).toEqual(['spec.tls[1].secretName']);
    // Without the shim the same entry is TLS-E4, not CM-S2.
    const plain = ingress('web', { tls: [{ hosts: ['b.example.com'] }] });
    expect(findings(plain, 'CM-S2')).toEqual([]);
    expect(findings(plain, 'TLS-E4')).toHaveLength(1);
  });
});

describe('CM-S3..CM-S6: TLS listeners of an annotated Gateway', () => {
  const shimGateway = (listeners: any[], annotations: Record<string, string> = {}) => gateway('gw', listeners, { annotations: { ...SHIM_DEFAULTS, ...annotations } });

  test('a well-formed annotated Gateway is accepted', () => {
    // The Gateway's own HTTP listener answers the HTTP-01 challenge (an Ingress solver would be TLS-X18).
    const gatewayIssuer = acmeIssuer('letsencrypt-prod', [http01Gateway([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw', namespace: 'web', sectionName: 'http' }])]);
    expect(audit([gatewayIssuer, shimGateway([httpListener(), httpsListener('app.example.com', 'app-tls')])])).toEqual([]);
  });

  test('CM-S3: empty hostname skips the listener (warning)', () => {
    const [f] = findings(shimGateway([httpsListener(undefined, 'app-tls')]), 'CM-S3');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toBe('spec.listeners[0].hostname: Required value: the hostname cannot be empty; cert-manager skips this listener '
      + '(Warning BadConfig "Skipped a listener block: spec.listeners[0].hostname: Required value") and writes no certificate for it, so its Secret must come from elsewhere; '
      + 'set the host this listener serves, or add "https-any" to the cert-manager.io/ignore-tls-listeners annotation');
  });

  test('CM-S4: no TLS block (error: the listener serves no TLS)', () => {
    const [f] = findings(shimGateway([{ name: 'https', hostname: 'a.example.com', protocol: 'HTTPS', port: 443 }]), 'CM-S4');
    expect(f.severity).toBe(FindingSeverity.ERROR);
    expect(f.message).toMatch(/^spec\.listeners\[0\]\.tls: Required value: the TLS block cannot be empty; cert-manager skips this listener, and a HTTPS listener without tls serves no TLS/);
  });

  test('CM-S5: no refs (refused by the API server), another group, kind or namespace (listener skipped)', () => {
    const l = httpsListener('a.example.com', 'x', { tls: { mode: 'Terminate', certificateRefs: [{ group: 'example.io', kind: 'Vault', name: 'x', namespace: 'other' }] } });
    const empty = httpsListener('b.example.com', 'x', { tls: { mode: 'Terminate', certificateRefs: [] } });
    const f = findings(shimGateway([l, empty]), 'CM-S5');
    expect(f.map((x) => [x.path, x.severity])).toEqual([
      ['spec.listeners[0].tls.certificateRefs[0].group', 'warning'],
      ['spec.listeners[0].tls.certificateRefs[0].kind', 'warning'],
      ['spec.listeners[0].tls.certificateRefs[0].namespace', 'warning'],
      ['spec.listeners[1].tls.certificateRefs', 'error'],
    ]);
    expect(f[2].message).toMatch(/Invalid value: "other": cross-namespace secret references are not allowed in listeners that cert-manager manages; cert-manager skips this listener/);
    expect(f[3].message).toMatch(/Required value: listener has no certificateRefs; the API server refuses a Terminate listener without certificateRefs or options/);
  });

  test('CM-S5 on a namespace-less Gateway says "may"', () => {
    const gw = gateway('gw', [httpsListener('a.example.com', 'x', { tls: { mode: 'Terminate', certificateRefs: [{ name: 'x', namespace: 'certs' }] } })],
      { annotations: SHIM_DEFAULTS });
    delete gw.metadata.namespace;
    const [f] = findings(gw, 'CM-S5');
    expect(f.message).toMatch(/Invalid value: "certs": may be another namespace than the Gateway's \(which is not set here\); if it is, cross-namespace/);
  });

  test('CM-S6: the shim passes over Passthrough listeners (since cert-manager 1.18) and ignored ones', () => {
    // A real-world shape: one HTTPS listener that cert-manager certifies, one TLS passthrough
    // listener whose backend terminates TLS itself.
    const passthrough = { name: 'tls-passthrough', hostname: 'git.example.com', protocol: 'TLS', port: 443, tls: { mode: 'Passthrough' } };
    const gw = shimGateway([httpListener(), httpsListener('app.example.com', 'app-tls'), passthrough]);
    // The fixture issuer answers HTTP-01 through an Ingress: TLS-X18 rightly warns about the HTTPS
    // listener, and about nothing else (the passthrough host is not cert-manager's).
    expect(audit([issuer, gw]).map((f) => [f.ruleId, f.path])).toEqual([['TLS-X18', 'spec.listeners[1].hostname']]);
    const bad = httpsListener('a.example.com', 'x', { protocol: 'TLS', tls: { mode: 'Offload', certificateRefs: [{ name: 'x' }] } });
    const [f] = findings(shimGateway([bad]), 'CM-S6');
    expect(f.message).toBe('spec.listeners[0].tls.mode: Unsupported value: "Offload": supported values: "Terminate", "Passthrough"; '
      + 'the API server refuses any other mode; use Terminate to have cert-manager issue the listener\'s certificate');
    expect(findings(shimGateway([bad], { 'cert-manager.io/ignore-tls-listeners': `other, ${bad.name}` }), 'CM-S6')).toEqual([]);
  });

  test('kubernetes.io/tls-acme acts on Ingresses only, and parses like Go\'s ParseBool', () => {
    const acmeGateway = gateway('gw', [httpsListener(undefined, 'app-tls')], { annotations: { 'kubernetes.io/tls-acme': 'true' } });
    expect(byRule(audit([acmeGateway]), 'CM-S3')).toEqual([]);
    const acmeIngress = ingress('web', { annotations: { 'kubernetes.io/tls-acme': 'True', 'cert-manager.io/duration': '30m' } });
    expect(byRule(audit([acmeIngress]), 'CM-S11')).toHaveLength(1);
    const off = ingress('web', { annotations: { 'kubernetes.io/tls-acme': 'yes', 'cert-manager.io/duration': '30m' } });
    expect(byRule(audit([off]), 'CM-S11')).toEqual([]);
  });
});

describe('CM-S8 and TLS-E5: which issuer', () => {
  test('both issuer annotations (TLS-E5)', () => {
    const [f] = findings(shimIngress({ 'cert-manager.io/issuer': 'team-ca' }), 'TLS-E5');
    expect(f.message).toBe('metadata.annotations.cert-manager.io/issuer: both "cert-manager.io/issuer" ("team-ca") and "cert-manager.io/cluster-issuer" ("letsencrypt-prod") are set, '
      + 'and cert-manager refuses the object (both "cert-manager.io/issuer" and "cert-manager.io/cluster-issuer" may not be set); keep only the one that names the issuer you mean');
    expect(findings(shimIngress({}), 'TLS-E5')).toEqual([]);
  });

  test('cluster-issuer with issuer-kind', () => {
    const [f] = findings(shimIngress({ 'cert-manager.io/issuer-kind': 'AWSPCAClusterIssuer' }), 'CM-S8');
    expect(f.message).toMatch(/both "cert-manager\.io\/cluster-issuer" and "cert-manager\.io\/issuer-kind" may not be set/);
  });

  test('tls-acme without an issuer relies on the default issuer (warning)', () => {
    const obj = ingress('web', { annotations: { 'kubernetes.io/tls-acme': 'true' } });
    const [f] = findings(obj, 'CM-S8');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toMatch(/--default-issuer-name/);
  });
});

describe('CM-S9..CM-S15: certificate annotations', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    // v1.21.1's shim copies these unchecked; cert-manager's webhook then refuses the Certificate it creates.
    ['CM-S9', { 'cert-manager.io/common-name': `${'a'.repeat(60)}.example.com` }, /its webhook refuses that Certificate \(spec\.commonName: Too long: may not be more than 64 bytes; it has 72\), so no certificate is issued for any host here/],
    ['CM-S10', { 'cert-manager.io/ip-sans': '10.0.0.1,10.0.0' }, /\(spec\.ipAddresses\[1\]: Invalid value: "10\.0\.0": invalid IP address\)/],
    ['CM-S10', { 'cert-manager.io/email-sans': 'Alice <a@example.com>' }, /make sure the supplied value only contains the email address itself/],
    ['CM-S11', { 'cert-manager.io/duration': '90d' }, /"cert-manager\.io\/duration": time: invalid duration "90d"; cert-manager creates no Certificate for this object; write a Go duration in hours/],
    ['CM-S11', { 'cert-manager.io/duration': '30m' }, /\(spec\.duration: Invalid value: 30m0s: certificate duration must be greater than 1h0m0s\)/],
    ['CM-S11', { 'cert-manager.io/renew-before': '1m', 'cert-manager.io/renew-before-percentage': '' }, /\(spec\.renewBefore: Invalid value: 1m0s: certificate renewBefore must be greater than 5m0s\)/],
    ['CM-S12', { 'cert-manager.io/renew-before-percentage': 'a third' }, /strconv\.ParseInt: parsing "a third": invalid syntax/],
    ['CM-S12', { 'cert-manager.io/revision-history-limit': '0' }, /revision history limit must be a positive number "0"/],
    ['CM-S13', { 'cert-manager.io/usages': 'digital signature,,server auth' }, /invalid key usage name ""/],
    ['CM-S14', { 'cert-manager.io/private-key-algorithm': 'ecdsa' }, /invalid private key algorithm "ecdsa"/],
    ['CM-S14', { 'cert-manager.io/private-key-size': '1024', 'cert-manager.io/private-key-algorithm': 'RSA' }, /invalid private key size for RSA algorithm "1024"/],
    ['CM-S14', { 'cert-manager.io/private-key-size': '2048' }, /invalid private key size for ECDSA algorithm "2048"/],
    ['CM-S14', { 'cert-manager.io/private-key-rotation-policy': 'Sometimes' }, /invalid private key rotation policy "Sometimes"/],
    ['CM-S14', { 'cert-manager.io/private-key-encoding': 'PEM' }, /invalid private key encoding "PEM"/],
    ['CM-S15', { 'cert-manager.io/secret-template': '{"labels": {"a": "b"}, "owner": "x"}' }, /error parsing secret template JSON: json: unknown field "owner"/],
    ['CM-S15', { 'cert-manager.io/secret-template': '{"annotations": {"cert-manager.io/x": "y"}}' }, /secretTemplate must not have cert-manager\.io\/ annotations: "cert-manager\.io\/x"/],
    ['CM-S15', { 'cert-manager.io/secret-template': '{labels:' }, /error parsing secret template JSON: /],
  ];
  test.each(cases)('%s rejects %j', (ruleId, annotations, message) => {
    const f = findings(shimIngress(annotations), ruleId);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(FindingSeverity.ERROR);
    expect(f[0].message).toMatch(message);
    expect(f[0].path).toBe(`metadata.annotations.${Object.keys(annotations)[0]}`);
  });

  test('accepted values of every annotation', () => {
    const obj = shimIngress({
      'cert-manager.io/ip-sans': '10.0.0.1,2001:db8::1',
      'cert-manager.io/email-sans': 'ops@example.com',
      'cert-manager.io/duration': '2160h',
      'cert-manager.io/revision-history-limit': '3',
      'cert-manager.io/usages': 'digital signature, server auth',
      'cert-manager.io/secret-template': '{"labels": {"team": "web"}}',
    });
    expect(audit([issuer, obj]).filter((f) => f.ruleId.startsWith('CM-S'))).toEqual([]);
  });

  test('an unannotated Ingress is not read as shim input', () => {
    const obj = ingress('web', { annotations: { 'cert-manager.io/duration': '90d' } });
    expect(audit([obj], AuditMode.AUDIT).filter((f) => f.ruleId.startsWith('CM-S'))).toEqual([]);
  });

  test('TLS-C30: a percentage the shim and the webhook let through', () => {
    const [f] = findings(shimIngress({ 'cert-manager.io/renew-before-percentage': '100' }), 'TLS-C30');
    expect(f.severity).toBe(FindingSeverity.WARNING);
    expect(f.message).toMatch(/100 is outside 1\.\.99, so cert-manager ignores it and renews at two thirds of the lifetime; use 33/);
  });
});
