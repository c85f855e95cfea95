import { AuditOptions } from '../../src/rules/audit-options';
import { selectAcmeSolver } from '../../src/rules/cert-manager/cross';
import { AuditMode, ExternalReference } from '../../src/rules/context';
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';
import { maxPublicCertificateLifetimeDays } from '../../src/rules/util/cabf';

// Cross-object rules of cert-manager objects: TLS-REF1 (the issuer exists), TLS-X11 (wildcards
// need a DNS-01 solver), TLS-X10/TLS-X10D (public ACME lifetime), TLS-X9 (absolute renewBefore).

const LE = 'https://acme-v02.api.letsencrypt.org/directory';
const NOW = new Date('2026-11-23T00:00:00Z');

function certificate(spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web', namespace: 'app', ...metadata },
    spec: { secretName: 'web-tls', issuerRef: { name: 'le', kind: 'ClusterIssuer' }, dnsNames: ['www.example.com'], ...spec },
  };
}

function issuer(kind: 'Issuer' | 'ClusterIssuer', name: string, spec: Record<string, unknown>, namespace?: string): Record<string, unknown> {
  return { apiVersion: 'cert-manager.io/v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) }, spec };
}

function acmeIssuer(solvers: unknown[], acme: Record<string, unknown> = {}, name = 'le'): Record<string, unknown> {
  return issuer('ClusterIssuer', name, { acme: { server: LE, email: 'ops@example.com', privateKeySecretRef: { name: 'le-account' }, solvers, ...acme } });
}

const http01 = (selector?: Record<string, unknown>) => ({ ...(selector ? { selector } : {}), http01: { ingress: { ingressClassName: 'nginx' } } });
const dns01 = (selector?: Record<string, unknown>) => ({
  ...(selector ? { selector } : {}),
  dns01: { route53: { region: 'eu-west-1', hostedZoneID: 'Z123', auth: { kubernetes: { serviceAccountRef: { name: 'cert-manager' } } } } },
});

function findings(ruleId: string, objects: unknown[], options: AuditOptions = {}): Array<Pick<Finding, 'severity' | 'path' | 'message'>> {
  return auditManifests(objects, { now: NOW, ...options })
    .filter((f) => f.ruleId === ruleId)
    .map(({ severity, path, message }) => ({ severity, path, message }));
}

// ---- TLS-REF1 ----

describe('TLS-REF1: the referenced issuer exists', () => {
  const caIssuer = issuer('Issuer', 'ca', { ca: { secretName: 'ca-key-pair' } }, 'app');
  const toIssuer = (ns?: string) => certificate({ issuerRef: { name: 'ca' } }, ns === undefined ? {} : { namespace: ns });

  test('an Issuer in the Certificate\'s namespace, or a ClusterIssuer, is found', () => {
    expect(findings('TLS-REF1', [toIssuer(), caIssuer], { mode: AuditMode.APP })).toEqual([]);
    expect(findings('TLS-REF1', [certificate({}), acmeIssuer([dns01()])], { mode: AuditMode.APP })).toEqual([]);
    expect(findings('TLS-REF1', [certificate({ issuerRef: { name: 'ca', kind: 'Issuer', group: 'cert-manager.io' } }), caIssuer], { mode: AuditMode.APP })).toEqual([]);
  });

  test('APP mode: a missing Issuer is an error naming the fix', () => {
    expect(findings('TLS-REF1', [toIssuer()], { mode: AuditMode.APP })).toEqual([{
      severity: 'error',
      path: 'spec.issuerRef.name',
      message: 'spec.issuerRef.name: Issuer "ca" in namespace "app" is not defined in this app; define it in the app, '
        + 'or declare an existing one with Issuer.fromIssuerName(this, \'ca\', \'ca\', { namespace: \'app\' })',
    }]);
  });

  test('an Issuer of another namespace does not count: TLS-X20 reports it, with the fix that works', () => {
    expect(findings('TLS-REF1', [toIssuer('other'), caIssuer], { mode: AuditMode.APP })).toEqual([]);
    expect(findings('TLS-X20', [toIssuer('other'), caIssuer], { mode: AuditMode.APP }).map((f) => f.message))
      .toEqual([expect.stringContaining('Issuer "ca" is defined in namespace')]);
  });

  test('a missing namespace counts as its own namespace key', () => {
    const noNs = { ...toIssuer(), metadata: { name: 'web' } };
    const issuerNoNs = issuer('Issuer', 'ca', { ca: { secretName: 'k' } });
    expect(findings('TLS-REF1', [noNs, issuerNoNs], { mode: AuditMode.APP })).toEqual([]);
    expect(findings('TLS-REF1', [noNs, caIssuer], { mode: AuditMode.APP }).map((f) => f.message))
      .toEqual(['spec.issuerRef.name: Issuer "ca" (no namespace) is not defined in this app; define it in the app, or declare an existing one with Issuer.fromIssuerName(this, \'ca\', \'ca\')']);
  });

  test('APP mode: a missing ClusterIssuer is an error; declared externals are accepted', () => {
    expect(findings('TLS-REF1', [certificate({})], { mode: AuditMode.APP })).toEqual([{
      severity: 'error',
      path: 'spec.issuerRef.name',
      message: 'spec.issuerRef.name: ClusterIssuer "le" is not defined in this app; define it in the app, or declare an existing one with ClusterIssuer.fromClusterIssuerName(this, \'le\', \'le\')',
    }]);
    const externals: ExternalReference[] = [{ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'le' }];
    expect(findings('TLS-REF1', [certificate({})], { mode: AuditMode.APP, externals })).toEqual([]);
    const issuerExternal: ExternalReference[] = [{ group: 'cert-manager.io', kind: 'Issuer', name: 'ca', namespace: 'app' }];
    expect(findings('TLS-REF1', [toIssuer()], { mode: AuditMode.APP, externals: issuerExternal })).toEqual([]);
    expect(findings('TLS-REF1', [toIssuer('other')], { mode: AuditMode.APP, externals: issuerExternal })).toHaveLength(1);
  });

  test('AUDIT mode: a missing issuer is a warning (it may live elsewhere)', () => {
    expect(findings('TLS-REF1', [toIssuer()], { mode: AuditMode.AUDIT })).toEqual([{
      severity: 'warning',
      path: 'spec.issuerRef.name',
      message: 'spec.issuerRef.name: Issuer "ca" in namespace "app" is not among the audited objects; make sure it exists in the cluster '
        + '(an Issuer only signs Certificates of its own namespace), or add its manifest to the audit',
    }]);
  });

  describe('external issuer groups', () => {
    const ref = { name: 'pca', kind: 'AWSPCAClusterIssuer', group: 'awspca.cert-manager.io' };
    const pca = { apiVersion: 'awspca.cert-manager.io/v1beta1', kind: 'AWSPCAClusterIssuer', metadata: { name: 'pca' }, spec: { arn: 'arn:aws:acm-pca:x' } };

    test('found among the objects of that group, or declared', () => {
      expect(findings('TLS-REF1', [certificate({ issuerRef: ref }), pca], { mode: AuditMode.APP })).toEqual([]);
      const externals: ExternalReference[] = [{ group: 'awspca.cert-manager.io', kind: 'AWSPCAClusterIssuer', name: 'pca' }];
      expect(findings('TLS-REF1', [certificate({ issuerRef: ref })], { mode: AuditMode.APP, externals })).toEqual([]);
    });

    test('a cert-manager ClusterIssuer of the same name does not count', () => {
      expect(findings('TLS-REF1', [certificate({ issuerRef: ref }), acmeIssuer([dns01()], {}, 'pca')], { mode: AuditMode.APP })).toEqual([{
        severity: 'error',
        path: 'spec.issuerRef.name',
        message: 'spec.issuerRef.name: AWSPCAClusterIssuer (awspca.cert-manager.io) "pca" in namespace "app" is not defined in this app; define it in the app, '
          + 'or declare an existing one with ExternalIssuer.fromExternalIssuerName(this, \'pca\', { group: \'awspca.cert-manager.io\', kind: \'AWSPCAClusterIssuer\', name: \'pca\' })',
      }]);
    });

    test('AUDIT mode: never an error', () => {
      expect(findings('TLS-REF1', [certificate({ issuerRef: ref })], { mode: AuditMode.AUDIT }).map((f) => f.severity)).toEqual(['warning']);
    });
  });

  test('references the webhook already refuses (no name, unknown cert-manager kind) are left to it', () => {
    expect(findings('TLS-REF1', [certificate({ issuerRef: { kind: 'Issuer' } })], { mode: AuditMode.APP })).toEqual([]);
    expect(findings('TLS-REF1', [certificate({ issuerRef: { name: 'x', kind: 'Foo' } })], { mode: AuditMode.APP })).toEqual([]);
  });
});

// ---- TLS-X11 ----

describe('TLS-X11: wildcard names need a DNS-01 solver', () => {
  const wildcard = (labels?: Record<string, string>) => certificate({ dnsNames: ['example.com', '*.example.com'] }, labels ? { labels } : {});

  test('a dnsZones DNS-01 solver for the zone plus a default HTTP-01 solver: accepted', () => {
    expect(findings('TLS-X11', [wildcard(), acmeIssuer([http01(), dns01({ dnsZones: ['example.com'] })])])).toEqual([]);
  });

  test('only an HTTP-01 solver: rejected', () => {
    expect(findings('TLS-X11', [wildcard(), acmeIssuer([http01()])])).toEqual([{
      severity: 'error',
      path: 'spec.dnsNames[1]',
      message: 'spec.dnsNames[1]: "*.example.com" is issued by ACME ClusterIssuer "le", but its only solver for this name is HTTP-01 (solvers[0]), '
        + 'and HTTP-01 cannot issue wildcard certificates; add a DNS-01 solver (e.g. Dns01Solver.route53(...)) whose selector.dnsZones holds "example.com"',
    }]);
  });

  test('a DNS-01 solver for another zone only: rejected (no solver selects the name)', () => {
    expect(findings('TLS-X11', [wildcard(), acmeIssuer([dns01({ dnsZones: ['example.org'] })])]).map((f) => f.message)).toEqual([
      'spec.dnsNames[1]: "*.example.com" is issued by ACME ClusterIssuer "le", but none of its solvers selects this name, and only a DNS-01 solver can issue '
        + 'wildcard certificates; add a DNS-01 solver (e.g. Dns01Solver.route53(...)) whose selector.dnsZones holds "example.com"',
    ]);
  });

  test('a dnsNames-selected HTTP-01 solver for exactly *.example.com beats a dnsZones DNS-01 solver: rejected', () => {
    const objs = [wildcard(), acmeIssuer([dns01({ dnsZones: ['example.com'] }), http01({ dnsNames: ['*.example.com'] })])];
    expect(findings('TLS-X11', objs)).toEqual([{
      severity: 'warning',
      path: 'spec.dnsNames[1]',
      message: 'spec.dnsNames[1]: "*.example.com" is selected by the HTTP-01 solver solvers[1] of ACME ClusterIssuer "le", but HTTP-01 cannot issue wildcard '
        + 'certificates: cert-manager skips it and falls back to the DNS-01 solver solvers[0]; remove "*.example.com" from the HTTP-01 solver\'s selector '
        + 'and select it in a DNS-01 solver\'s selector.dnsNames or dnsZones',
    }]);
  });

  test('a dnsNames-selected HTTP-01 solver with no DNS-01 solver: rejected as an error', () => {
    const objs = [wildcard(), acmeIssuer([http01({ dnsNames: ['*.example.com'] })])];
    expect(findings('TLS-X11', objs).map((f) => f.severity)).toEqual(['error']);
  });

  test('an HTTP-01 solver covering the zone next to a DNS-01 solver for the same zone is the usual setup: accepted', () => {
    expect(findings('TLS-X11', [wildcard(), acmeIssuer([http01({ dnsZones: ['example.com'] }), dns01({ dnsZones: ['example.com'] })])])).toEqual([]);
    expect(findings('TLS-X11', [certificate({ dnsNames: ['*.api.example.com'] }), acmeIssuer([dns01({ dnsZones: ['example.com'] }), http01({ dnsZones: ['api.example.com'] })])]))
      .toEqual([]);
  });

  test('a DNS-01 solver whose labels the Certificate lacks does not count', () => {
    const solvers = [http01(), dns01({ dnsZones: ['example.com'], matchLabels: { team: 'web', env: 'prod' } })];
    expect(findings('TLS-X11', [wildcard({ team: 'web', env: 'prod' }), acmeIssuer(solvers)])).toEqual([]);
    expect(findings('TLS-X11', [wildcard({ team: 'web' }), acmeIssuer(solvers)]).map((f) => f.severity)).toEqual(['error']);
  });

  test('non-wildcard names, non-ACME issuers and missing issuers are not this rule\'s business', () => {
    expect(findings('TLS-X11', [certificate({}), acmeIssuer([http01()])])).toEqual([]);
    expect(findings('TLS-X11', [wildcard(), issuer('ClusterIssuer', 'le', { ca: { secretName: 'k' } })])).toEqual([]);
    expect(findings('TLS-X11', [wildcard()])).toEqual([]);
  });

  test('malformed solvers and selectors never throw', () => {
    const junk = [null, 1, 'x', [], { selector: 'x', dns01: [] }, { selector: { dnsZones: 'example.com', dnsNames: [1], matchLabels: [] }, http01: {} }];
    expect(() => auditManifests([wildcard(), acmeIssuer(junk)])).not.toThrow();
    expect(findings('TLS-INTERNAL', [wildcard(), acmeIssuer(junk), acmeIssuer('x' as any, {}, 'other')])).toEqual([]);
  });
});

describe('selectAcmeSolver: cert-manager\'s solver selection (acmeorders challengeSpecForAuthorization)', () => {
  const both = ['http-01', 'dns-01'] as const;
  const pick = (solvers: unknown[], name = '*.example.com', labels: Record<string, string> = {}, offered: ReadonlyArray<'http-01' | 'dns-01'> = both) =>
    selectAcmeSolver(solvers, name, labels, offered)?.index;

  test('a solver without selector is the lowest-priority default, and the first default wins', () => {
    expect(pick([http01(), dns01()])).toBe(0);
    expect(pick([http01(), dns01({ dnsZones: ['example.com'] })])).toBe(1);
    expect(pick([dns01({ dnsZones: ['example.org'] }), http01()])).toBe(1);
  });

  test('dnsNames beats dnsZones, whatever the order', () => {
    expect(pick([dns01({ dnsZones: ['example.com'] }), http01({ dnsNames: ['*.example.com'] })])).toBe(1);
    expect(pick([http01({ dnsNames: ['*.example.com'] }), dns01({ dnsZones: ['example.com'] })])).toBe(0);
  });

  test('the most specific (longest) zone wins', () => {
    expect(pick([dns01({ dnsZones: ['example.com'] }), http01({ dnsZones: ['api.example.com'] })], '*.api.example.com')).toBe(1);
    expect(pick([dns01({ dnsZones: ['com', 'Example.COM.'] }), http01({ dnsZones: ['com'] })])).toBe(0);
  });

  test('a zone matches whole labels only', () => {
    expect(pick([dns01({ dnsZones: ['ample.com'] })])).toBeUndefined();
  });

  test('ties go to the solver with most matching labels; all of a selector\'s labels must match', () => {
    const solvers = [http01({ dnsZones: ['example.com'], matchLabels: { team: 'web' } }), dns01({ dnsZones: ['example.com'], matchLabels: { team: 'web', env: 'prod' } })];
    expect(pick(solvers, '*.example.com', { team: 'web', env: 'prod' })).toBe(1);
    expect(pick(solvers, '*.example.com', { team: 'web' })).toBe(0);
    expect(pick(solvers, '*.example.com', {})).toBeUndefined();
  });

  test('then list order', () => {
    expect(pick([http01({ dnsZones: ['example.com'] }), dns01({ dnsZones: ['example.com'] })])).toBe(0);
    expect(pick([dns01({ dnsZones: ['example.com'] }), http01({ dnsZones: ['example.com'] })])).toBe(0);
  });

  test('solvers of a challenge type the CA does not offer are passed over', () => {
    expect(pick([http01({ dnsNames: ['*.example.com'] }), dns01({ dnsZones: ['example.com'] })], '*.example.com', {}, ['dns-01'])).toBe(1);
    expect(pick([http01()], '*.example.com', {}, ['dns-01'])).toBeUndefined();
  });
});

// ---- TLS-X10 / TLS-X10D ----

describe('maxPublicCertificateLifetimeDays: CA/B Forum SC-081v3', () => {
  test.each([
    ['2026-03-14T23:59:59Z', 398],
    ['2026-03-15T00:00:00Z', 200],
    ['2027-03-14T23:59:59Z', 200],
    ['2027-03-15T00:00:00Z', 100],
    ['2029-03-14T23:59:59Z', 100],
    ['2029-03-15T00:00:00Z', 47],
    ['2040-01-01T00:00:00Z', 47],
  ])('%s: %d days', (date, days) => {
    expect(maxPublicCertificateLifetimeDays(new Date(date))).toBe(days);
  });
});

describe('TLS-X10: duration above the public CA maximum in force', () => {
  const withDuration = (duration: string) => certificate({ duration });
  const le = acmeIssuer([http01()], { enableDurationFeature: true });

  test.each([
    // [now, duration, rejected]
    ['2026-03-14T12:00:00Z', '9552h', false], // 398 d before SC-081v3
    ['2026-03-14T12:00:00Z', '9576h', true], // 399 d
    ['2026-03-15T00:00:00Z', '4800h', false], // 200 d
    ['2026-03-15T00:00:00Z', '4801h', true],
    ['2027-03-15T00:00:00Z', '2400h', false], // 100 d
    ['2027-03-15T00:00:00Z', '2400h1s', true],
    ['2029-03-15T00:00:00Z', '1128h', false], // 47 d
    ['2029-03-15T00:00:00Z', '1152h', true], // 48 d
  ])('on %s, duration %s: rejected %s', (now, duration, rejected) => {
    expect(findings('TLS-X10', [withDuration(duration), le], { now: new Date(now) }).length).toBe(rejected ? 1 : 0);
  });

  test('the message names the limit, its start, the CA and the fix', () => {
    expect(findings('TLS-X10', [withDuration('2880h'), le], { now: new Date('2027-06-01T00:00:00Z') })).toEqual([{
      severity: 'error',
      path: 'spec.duration',
      message: 'spec.duration: 2880h (120 days) is longer than the 100 days a publicly trusted certificate may last from 2027-03-15 (CA/Browser Forum ballot SC-081v3); '
        + 'Let\'s Encrypt (ACME ClusterIssuer "le") will not issue it; set duration to at most 2400h0m0s, or leave it unset and let the CA choose',
    }]);
  });

  test('before SC-081v3 the message cites the 398-day Baseline Requirements limit', () => {
    expect(findings('TLS-X10', [withDuration('10000h'), le], { now: new Date('2026-01-01T00:00:00Z') }).map((f) => f.message)).toEqual([
      'spec.duration: 10000h (416.67 days) is longer than the 398 days a publicly trusted certificate may last before 2026-03-15 (CA/Browser Forum Baseline Requirements); '
        + 'Let\'s Encrypt (ACME ClusterIssuer "le") will not issue it; set duration to at most 9552h0m0s, or leave it unset and let the CA choose',
    ]);
  });

  test.each([
    ['https://acme.zerossl.com/v2/DV90', 'ZeroSSL'],
    ['https://dv.acme-v02.api.pki.goog/directory', 'Google Trust Services'],
    ['https://api.buypass.com/acme/directory', 'Buypass'],
    ['https://acme.ssl.com/sslcom-dv-ecc', 'SSL.com'],
    ['https://acme-staging-v02.api.letsencrypt.org/directory', 'Let\'s Encrypt (staging)'],
  ])('%s is a public CA (%s)', (server, ca) => {
    const objs = [withDuration('8760h'), acmeIssuer([http01()], { server, enableDurationFeature: true })];
    expect(findings('TLS-X10', objs).map((f) => f.message)).toEqual([expect.stringContaining(`; ${ca} (ACME ClusterIssuer "le") will not issue it;`)]);
  });

  test('a private ACME server, a CA issuer, no duration, or an unparsable one: no finding', () => {
    expect(findings('TLS-X10', [withDuration('8760h'), acmeIssuer([http01()], { server: 'https://step-ca.internal/acme/acme/directory' })])).toEqual([]);
    expect(findings('TLS-X10', [withDuration('8760h'), issuer('ClusterIssuer', 'le', { ca: { secretName: 'k' } })])).toEqual([]);
    expect(findings('TLS-X10', [certificate({}), le])).toEqual([]);
    expect(findings('TLS-X10', [withDuration('a year'), le])).toEqual([]);
  });
});

describe('TLS-X10D: duration with a public ACME issuer that does not request it', () => {
  test('warned without enableDurationFeature, with what the issuer\'s profile issues', () => {
    expect(findings('TLS-X10D', [certificate({ duration: '1440h' }), acmeIssuer([http01()])])).toEqual([{
      severity: 'warning',
      path: 'spec.duration',
      message: 'spec.duration: 1440h is not requested from Let\'s Encrypt: ACME ClusterIssuer "le" does not set enableDurationFeature: true, so the certificate lasts '
        + 'what the CA issues (Let\'s Encrypt\'s default "classic" profile issues 90 days on 2026-11-23); set duration to 2160h0m0s to say what is issued, or remove it',
    }]);
    expect(findings('TLS-X10D', [certificate({ duration: '1440h' }), acmeIssuer([http01()], { enableDurationFeature: true })])).toEqual([]);
    expect(findings('TLS-X10D', [certificate({}), acmeIssuer([http01()])])).toEqual([]);
  });

  test('a duration equal to the profile\'s lifetime is right: 160h with shortlived, 45 days with tlsserver after 2026-05-13', () => {
    expect(findings('TLS-X10D', [certificate({ duration: '160h' }), acmeIssuer([http01()], { profile: 'shortlived' })])).toEqual([]);
    expect(findings('TLS-X10D', [certificate({ duration: '1080h' }), acmeIssuer([http01()], { profile: 'tlsserver' })])).toEqual([]);
    const [before] = findings('TLS-X10D', [certificate({ duration: '1080h' }), acmeIssuer([http01()], { profile: 'tlsserver' })], { now: new Date('2026-05-12T00:00:00Z') });
    expect(before.message).toMatch(/Let's Encrypt's "tlsserver" profile issues 90 days on 2026-05-12\); set duration to 2160h0m0s/);
    // The default profile follows Let's Encrypt's published schedule: 64 days from 2027-02-10, 45 days from 2028-02-16.
    expect(findings('TLS-X10D', [certificate({ duration: '1536h' }), acmeIssuer([http01()])], { now: new Date('2027-03-01T00:00:00Z') })).toEqual([]);
    expect(findings('TLS-X10D', [certificate({ duration: '1080h' }), acmeIssuer([http01()], { profile: 'classic' })], { now: new Date('2028-02-16T00:00:00Z') })).toEqual([]);
  });

  test('an unknown profile, another CA, or a staging date near a change: no lifetime claim', () => {
    const [unknown] = findings('TLS-X10D', [certificate({ duration: '160h' }), acmeIssuer([http01()], { profile: 'experimental' })]);
    expect(unknown.message).toBe('spec.duration: 160h is not requested from Let\'s Encrypt: ACME ClusterIssuer "le" does not set enableDurationFeature: true, '
      + 'so the certificate lasts what the CA decides; remove duration, or set enableDurationFeature on the issuer if the CA supports it');
    const staging = acmeIssuer([http01()], { server: 'https://acme-staging-v02.api.letsencrypt.org/directory', profile: 'tlsserver' });
    expect(findings('TLS-X10D', [certificate({ duration: '1080h' }), staging], { now: new Date('2026-04-20T00:00:00Z') })[0].message).toMatch(/what the CA decides/);
  });

  test('TLS-X10 is not claimed when the duration is not asked for: the CA issues its own lifetime', () => {
    expect(findings('TLS-X10', [certificate({ duration: '8760h' }), acmeIssuer([http01()])])).toEqual([]);
    expect(findings('TLS-X10D', [certificate({ duration: '8760h' }), acmeIssuer([http01()])])).toHaveLength(1);
  });
});

// ---- TLS-X9 ----

describe('TLS-X9: absolute renewBefore that the ACME profile\'s lifetime makes meaningless', () => {
  test('not shorter than what the profile issues: cert-manager ignores it', () => {
    expect(findings('TLS-X9', [certificate({ renewBefore: '240h' }), acmeIssuer([http01()], { profile: 'shortlived' })])).toEqual([{
      severity: 'warning',
      path: 'spec.renewBefore',
      message: 'spec.renewBefore: 240h with ACME ClusterIssuer "le" is not shorter than the certificates it gets (Let\'s Encrypt\'s "shortlived" profile issues 160 hours), '
        + 'so cert-manager ignores renewBefore and renews by renewBeforePercentage or at two thirds of the lifetime; '
        + 'use renewBeforePercentage (e.g. 33), which follows the lifetime the CA issues',
    }]);
  });

  test('shorter today, but not after a published change of the default profile', () => {
    const [f] = findings('TLS-X9', [certificate({ renewBefore: '1200h' }), acmeIssuer([http01()])]);
    expect(f.message).toMatch(/is not shorter than the certificates it gets \(Let's Encrypt's default "classic" profile issues 45 days from 2028-02-16\), so cert-manager ignores renewBefore from then on/);
  });

  test('shorter than every published lifetime, renewBeforePercentage, an unknown profile or a non-ACME issuer: accepted', () => {
    expect(findings('TLS-X9', [certificate({ renewBefore: '48h' }), acmeIssuer([http01()], { profile: 'shortlived' })])).toEqual([]);
    expect(findings('TLS-X9', [certificate({ renewBefore: '360h' }), acmeIssuer([http01()])])).toEqual([]);
    expect(findings('TLS-X9', [certificate({ renewBeforePercentage: 33 }), acmeIssuer([http01()])])).toEqual([]);
    expect(findings('TLS-X9', [certificate({ renewBefore: '720h' }), acmeIssuer([http01()], { profile: 'experimental' })])).toEqual([]);
    expect(findings('TLS-X9', [certificate({ renewBefore: '720h' }), issuer('ClusterIssuer', 'le', { ca: { secretName: 'k' } })])).toEqual([]);
  });
});
