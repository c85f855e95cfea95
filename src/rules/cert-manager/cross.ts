// Rules about a Certificate and the issuer it names: the issuer must exist (TLS-REF1), an ACME
// issuer must be able to solve wildcard names (TLS-X11), public ACME CAs cap the lifetime
// (TLS-X10, TLS-X10D) and advise against a common name (TLS-X15), and an absolute renewBefore that the
// CA's lifetime makes meaningless (TLS-X9).
// The rules that reason about an ACME CA's lifetime read the issuer's `acme.profile`: Let's
// Encrypt's profiles have published lifetimes (util/acme-lifetime.ts); for other CAs and unknown
// profiles they make no claim about the lifetime.
import { AuditMode, RuleContext } from '../context';
import { CM_GROUP, IssuerRef, acmeOf, certificateIssuerRef, declaredExternal, fromNameHint } from '../issuer-index';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { AcmeLifetime, describeLifetime, letsEncryptLifetime } from '../util/acme-lifetime';
import { maxPublicCertificateLifetimeDays, publicLifetimeLimitSince } from '../util/cabf';
import { DAY_NS, HOUR_NS, formatGoDuration, parseGoDuration } from '../util/go-duration';
import { isPlaceholder } from '../util/placeholder';


function describeRef(ref: IssuerRef, namespace: string): string {
  const where = ref.group === CM_GROUP && ref.kind === 'ClusterIssuer' ? '' : namespace ? ` in namespace "${namespace}"` : ' (no namespace)';
  const group = ref.group === CM_GROUP ? '' : ` (${ref.group})`;
  return `${ref.kind}${group} "${ref.name}"${where}`;
}

/** TLS-REF1: the issuer a Certificate names must exist, in the app or declared as external. */
function checkIssuerExists(ctx: RuleContext, report: Reporter, ref: IssuerRef, namespace: string): void {
  const path = 'spec.issuerRef.name';
  const what = describeRef(ref, namespace);
  if (ctx.mode === AuditMode.APP) {
    report.error('TLS-REF1', path, `${path}: ${what} is not defined in this app; define it in the app, or declare an existing one with ${fromNameHint(ref, namespace)}`);
  } else {
    const scope = ref.group === CM_GROUP && ref.kind === 'Issuer' ? ' (an Issuer only signs Certificates of its own namespace)' : '';
    report.warning('TLS-REF1', path, `${path}: ${what} is not among the audited objects; make sure it exists in the cluster${scope}, or add its manifest to the audit`);
  }
}

// ---- ACME ----

/** ACME directory hosts of publicly trusted CAs: their certificates obey the CA/B Forum limits. */
const PUBLIC_ACME_HOSTS: { readonly [host: string]: string } = {
  'acme-v02.api.letsencrypt.org': 'Let\'s Encrypt',
  'acme-staging-v02.api.letsencrypt.org': 'Let\'s Encrypt (staging)',
  'acme.zerossl.com': 'ZeroSSL',
  'dv.acme-v02.api.pki.goog': 'Google Trust Services',
  'dv.acme-v02.test-api.pki.goog': 'Google Trust Services (staging)',
  'api.buypass.com': 'Buypass',
  'api.test4.buypass.no': 'Buypass (test)',
  'acme.ssl.com': 'SSL.com',
};

function acmeHostOf(acme: Record<string, any>): string | undefined {
  const server = str(acme.server);
  if (!server) return undefined;
  try {
    return new URL(server).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function publicCaOf(acme: Record<string, any>): string | undefined {
  const host = acmeHostOf(acme);
  return host !== undefined && Object.prototype.hasOwnProperty.call(PUBLIC_ACME_HOSTS, host) ? PUBLIC_ACME_HOSTS[host] : undefined;
}

const LETS_ENCRYPT_HOSTS: { readonly [host: string]: boolean } = { 'acme-v02.api.letsencrypt.org': false, 'acme-staging-v02.api.letsencrypt.org': true };

/** What a Let's Encrypt issuer's certificates last on `now`, from its profile; undefined for other CAs or unknown profiles. */
function acmeLifetimeOf(acme: Record<string, any>, now: Date): AcmeLifetime | undefined {
  const host = acmeHostOf(acme);
  if (host === undefined || !Object.prototype.hasOwnProperty.call(LETS_ENCRYPT_HOSTS, host)) return undefined;
  const profile = str(acme.profile);
  if (profile === '' || isPlaceholder(profile)) return undefined;
  return letsEncryptLifetime(profile, now, LETS_ENCRYPT_HOSTS[host]);
}

/** `Let's Encrypt's "shortlived" profile`, or `Let's Encrypt's default "classic" profile` when the issuer names none. */
function profileText(lifetime: AcmeLifetime, explicitProfile: boolean): string {
  return `Let's Encrypt's ${explicitProfile ? '' : 'default '}"${lifetime.profile}" profile`;
}

type ChallengeType = 'http-01' | 'dns-01';

interface Selected {
  readonly index: number;
  readonly type: ChallengeType;
}

/** miekg/dns CountLabel/CompareDomainName, which cert-manager's dnsZones selector uses. */
function labels(name: string): string[] {
  return name.toLowerCase().split('.').filter((l) => l !== '');
}

function dnsZonesMatch(zones: readonly string[], name: string): [boolean, number] {
  if (zones.length === 0) return [true, 0];
  const nameLabels = labels(name);
  let best = 0;
  for (const zone of zones) {
    const zoneLabels = labels(zone);
    let matching = 0;
    while (matching < zoneLabels.length && matching < nameLabels.length
      && zoneLabels[zoneLabels.length - 1 - matching] === nameLabels[nameLabels.length - 1 - matching]) matching++;
    if (matching !== zoneLabels.length) continue;
    if (matching > best) best = matching;
  }
  return [best > 0, best];
}

function dnsNamesMatch(names: readonly string[], name: string): [boolean, number] {
  if (names.length === 0) return [true, 0];
  return names.includes(name) ? [true, 1] : [false, 0];
}

function labelsMatch(required: Record<string, unknown>, actual: Record<string, unknown>): [boolean, number] {
  let matches = 0;
  for (const [k, v] of Object.entries(required)) {
    if (!Object.prototype.hasOwnProperty.call(actual, k) || actual[k] !== v) return [false, matches];
    matches++;
  }
  return [true, matches];
}

const strings = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');

/**
 * The solver cert-manager picks for one name: a port of challengeSpecForAuthorization
 * (pkg/controller/acmeorders/util.go). `offered` are the challenge types the CA offers for the
 * authorization; a solver of another type is passed over.
 */
export function selectAcmeSolver(
  solvers: readonly unknown[], name: string, certLabels: Record<string, unknown>, offered: readonly ChallengeType[],
): Selected | undefined {
  let selected: Selected | undefined;
  let selLabels = 0;
  let selNames = 0;
  let selZones = 0;
  solvers.forEach((value, index) => {
    const solver = record(value);
    const type: ChallengeType | undefined = offered.find((t) => (t === 'http-01' ? isRecord(solver.http01) : isRecord(solver.dns01)));
    if (!type) return;
    if (!isRecord(solver.selector)) {
      if (!selected) selected = { index, type };
      return;
    }
    const sel = solver.selector;
    const [lOk, nLabels] = labelsMatch(record(sel.matchLabels), certLabels);
    const [nOk, nNames] = dnsNamesMatch(strings(sel.dnsNames), name);
    const [zOk, nZones] = dnsZonesMatch(strings(sel.dnsZones), name);
    if (!lOk || !nOk || !zOk) return;
    const take = () => {
      selected = { index, type };
      selLabels = nLabels;
      selNames = nNames;
      selZones = nZones;
    };
    if (!selected) return take();
    const selHasNames = selNames > 0;
    const hasNames = nNames > 0;
    if (hasNames !== selHasNames) return hasNames ? take() : undefined;
    if (hasNames && selHasNames) {
      if (nZones !== selZones) return nZones > selZones ? take() : undefined;
      return nLabels > selLabels ? take() : undefined;
    }
    const selHasZones = selZones > 0;
    const hasZones = nZones > 0;
    if (hasZones !== selHasZones) return hasZones ? take() : undefined;
    if (hasZones && nZones !== selZones) return nZones > selZones ? take() : undefined;
    return nLabels > selLabels ? take() : undefined;
  });
  return selected;
}

/**
 * TLS-X11: a wildcard name needs a DNS-01 solver. ACME CAs offer only dns-01 for a wildcard
 * authorization, so cert-manager considers DNS-01 solvers only; with none that matches, the Order
 * fails ("no configured challenge solvers can be used for this challenge").
 */
function checkWildcardSolvers(report: Reporter, cert: KubeObject, issuer: KubeObject, acme: Record<string, any>): void {
  const solvers = list(acme.solvers);
  const certLabels = metadataOf(cert).labels;
  const issuerName = `${kindOf(issuer)} "${metadataOf(issuer).name}"`;
  const seen = new Set<string>();
  list(record(cert.spec).dnsNames).forEach((value, i) => {
    if (typeof value !== 'string' || !value.startsWith('*.') || seen.has(value)) return;
    seen.add(value);
    const path = `spec.dnsNames[${i}]`;
    const dns = selectAcmeSolver(solvers, value, certLabels, ['dns-01']);
    const fix = `add a DNS-01 solver (e.g. Dns01Solver.route53(...)) whose selector.dnsZones holds "${value.slice(2)}"`;
    if (!dns) {
      const anyHttp = selectAcmeSolver(solvers, value, certLabels, ['http-01']);
      const why = anyHttp ? `its only solver for this name is HTTP-01 (solvers[${anyHttp.index}]), and HTTP-01 cannot issue wildcard certificates`
        : 'none of its solvers selects this name, and only a DNS-01 solver can issue wildcard certificates';
      report.error('TLS-X11', path, `${path}: "${value}" is issued by ACME ${issuerName}, but ${why}; ${fix}`);
      return;
    }
    // An HTTP-01 solver that names this wildcard in selector.dnsNames would win if the CA offered
    // HTTP-01: it is meant for the name but can never solve it. (An HTTP-01 solver that merely
    // covers the zone is the usual setup for the zone's other names and is fine.)
    const preferred = selectAcmeSolver(solvers, value, certLabels, ['http-01', 'dns-01']);
    if (preferred && preferred.type === 'http-01' && strings(record(record(solvers[preferred.index]).selector).dnsNames).includes(value)) {
      report.warning('TLS-X11', path, `${path}: "${value}" is selected by the HTTP-01 solver solvers[${preferred.index}] of ACME ${issuerName}, `
        + `but HTTP-01 cannot issue wildcard certificates: cert-manager skips it and falls back to the DNS-01 solver solvers[${dns.index}]; `
        + `remove "${value}" from the HTTP-01 solver's selector and select it in a DNS-01 solver's selector.dnsNames or dnsZones`);
    }
  });
}

/** The public CA behind an issuer, as far as the rules can tell. */
interface PublicCa {
  /** The CA's name for messages. */
  readonly ca: string;
  /** The issuer, for messages (`ACME ClusterIssuer "le"`). */
  readonly issuerName: string;
  /** Whether the issuer asks the CA for the certificate's duration; undefined when unknown (declared external). */
  readonly enableDurationFeature?: boolean;
  /** What the CA issues on the audit date, when its profile is known. */
  readonly lifetime?: AcmeLifetime;
  /** Whether the issuer names its profile (else the CA's default). */
  readonly explicitProfile?: boolean;
}

function publicAcmeCa(issuer: KubeObject, acme: Record<string, any>, now: Date): PublicCa | undefined {
  const ca = publicCaOf(acme);
  if (!ca) return undefined;
  return {
    ca,
    issuerName: `ACME ${kindOf(issuer)} "${metadataOf(issuer).name}"`,
    enableDurationFeature: acme.enableDurationFeature === true,
    lifetime: acmeLifetimeOf(acme, now),
    explicitProfile: str(acme.profile) !== undefined,
  };
}

/**
 * TLS-X10 / TLS-X10D: a public CA issues no longer than the CA/B Forum maximum, and an ACME one
 * only honours `duration` on request. TLS-X10 is an error only where the duration is asked for
 * (enableDurationFeature, or an issuer declared external): otherwise the CA never sees it and
 * issues its own lifetime, which TLS-X10D states. A duration equal to what the issuer's profile
 * issues (`160h` with Let's Encrypt's `shortlived`) says what happens and passes.
 */
/**
 * TLS-X15: a common name on a certificate of a publicly trusted CA. Only there: the BRs bind
 * public CAs, and a private CA's certificate may carry the name its clients expect. A CA
 * certificate is exempt: it has no SANs, and its subject is how chains and trust stores name it.
 */
function checkPublicCommonName(report: Reporter, cert: KubeObject, publicCa: PublicCa | undefined): void {
  const commonName = str(record(cert.spec).commonName) ?? '';
  if (!publicCa || commonName === '' || record(cert.spec).isCA === true) return;
  report.warning('TLS-X15', 'spec.commonName', `spec.commonName: ${JSON.stringify(commonName)} is redundant with the SANs and NOT RECOMMENDED by the CA/B Forum BRs `
    + `for publicly trusted certificates such as ${publicCa.ca}'s (${publicCa.issuerName}; Let's Encrypt's profiles omit it); list the name in spec.dnsNames and drop commonName`);
}

function checkPublicLifetime(ctx: RuleContext, report: Reporter, cert: KubeObject, publicCa: PublicCa | undefined): void {
  const duration = str(record(cert.spec).duration);
  if (!publicCa || duration === undefined) return;
  const { ca, issuerName, lifetime } = publicCa;
  const ns = parseGoDuration(duration);
  const maxDays = maxPublicCertificateLifetimeDays(ctx.now);
  if (ns !== undefined && ns > maxDays * DAY_NS && publicCa.enableDurationFeature !== false) {
    const since = publicLifetimeLimitSince(ctx.now);
    const rule = since ? `from ${since} (CA/Browser Forum ballot SC-081v3)` : 'before 2026-03-15 (CA/Browser Forum Baseline Requirements)';
    report.error('TLS-X10', 'spec.duration', `spec.duration: ${duration} (${trimDays(ns / DAY_NS)} days) is longer than the ${maxDays} days a publicly trusted certificate may last ${rule}; `
      + `${ca} (${issuerName}) will not issue it; set duration to at most ${formatGoDuration(maxDays * 24 * HOUR_NS)}, or leave it unset and let the CA choose`);
  }
  if (publicCa.enableDurationFeature !== false) return;
  if (lifetime && ns !== undefined && Math.abs(ns - lifetime.ns) < HOUR_NS) return;
  const decides = lifetime
    ? `${profileText(lifetime, publicCa.explicitProfile === true)} issues ${describeLifetime(lifetime.ns)} on ${ctx.now.toISOString().slice(0, 10)}`
    : 'the CA decides';
  const fix = lifetime ? `set duration to ${formatGoDuration(lifetime.ns)} to say what is issued, or remove it` : 'remove duration, or set enableDurationFeature on the issuer if the CA supports it';
  report.warning('TLS-X10D', 'spec.duration', `spec.duration: ${duration} is not requested from ${ca}: ${issuerName} does not set enableDurationFeature: true, `
    + `so the certificate lasts what ${lifetime ? `the CA issues (${decides})` : decides}; ${fix}`);
}

function trimDays(days: number): string {
  return Number(days.toFixed(2)).toString();
}

/**
 * TLS-X9: an absolute renewBefore with an ACME issuer whose lifetime is known. cert-manager
 * v1.21.1 honours renewBefore only while it is shorter than the issued certificate's lifetime
 * (pkg/util/pki/renewaltime.go, desiredRenewalTime); otherwise it falls back to
 * renewBeforePercentage or a third of the lifetime. So a renewBefore that Let's Encrypt's
 * profile lifetime (now, or after a published change) reaches is silently ignored: fragile, a
 * warning. Unknown profiles and other CAs: no claim.
 */
function checkAbsoluteRenewBefore(ctx: RuleContext, report: Reporter, cert: KubeObject, issuer: KubeObject, acme: Record<string, any>): void {
  const renewBefore = str(record(cert.spec).renewBefore);
  const ns = renewBefore === undefined ? undefined : parseGoDuration(renewBefore);
  const lifetime = acmeLifetimeOf(acme, ctx.now);
  if (ns === undefined || !lifetime) return;
  const from = ns >= lifetime.ns ? undefined : lifetime.upcoming.find((u) => ns >= u.ns);
  if (ns < lifetime.ns && !from) return;
  const profile = profileText(lifetime, str(acme.profile) !== undefined);
  const when = from
    ? `${profile} issues ${describeLifetime(from.ns)} from ${from.from.toISOString().slice(0, 10)}`
    : `${profile} issues ${describeLifetime(lifetime.ns)}`;
  report.warning('TLS-X9', 'spec.renewBefore', `spec.renewBefore: ${renewBefore} with ACME ${kindOf(issuer)} "${metadataOf(issuer).name}" is not shorter than the certificates it gets `
    + `(${when}), so cert-manager ignores renewBefore${from ? ' from then on' : ''} and renews by renewBeforePercentage or at two thirds of the lifetime; `
    + 'use renewBeforePercentage (e.g. 33), which follows the lifetime the CA issues');
}

/**
 * TLS-X2 (root CAs): a self-signed CA certificate is the trust anchor clients hold. A new key at
 * each renewal breaks every certificate it signed until each is re-issued, and clients that
 * trust only the new CA reject the old leaves. Intermediates (a CA certificate signed by another
 * CA) may rotate their key freely: clients trust the root, and leaf Secrets carry the chain.
 */
function checkRootKeyRotation(report: Reporter, cert: KubeObject, issuer: KubeObject): void {
  const spec = record(cert.spec);
  if (spec.isCA !== true || apiGroupOf(issuer) !== CM_GROUP || !isRecord(record(issuer.spec).selfSigned)) return;
  const policy = str(record(spec.privateKey).rotationPolicy);
  if (policy === 'Never') return;
  const what = policy === undefined ? 'unset means `Always` (cert-manager v1.18+)' : '`Always`';
  report.warning('TLS-X2', 'spec.privateKey.rotationPolicy', `spec.privateKey.rotationPolicy: ${what}: a root CA whose key changes on renewal breaks every certificate it signed `
    + 'until each is re-issued, and clients that trust only the new CA certificate reject the old leaves; set Never and rotate the CA key on purpose, '
    + 'trusting old and new CA together while leaves are re-issued (cdk8s-tls: PrivateCa with CaRotation)');
}

const certificateRules: CrossCheck = (ctx, reporterFor) => {
  for (const cert of ctx.objects) {
    if (apiGroupOf(cert) !== CM_GROUP || kindOf(cert) !== 'Certificate') continue;
    const ref = certificateIssuerRef(cert);
    if (!ref) continue;
    const namespace = metadataOf(cert).namespace ?? '';
    const report = reporterFor(cert);
    const issuer = ctx.issuers.find(ref, namespace, cert);
    if (!issuer) {
      // An Issuer defined only in other namespaces is TLS-X20's finding, with the right fix; a
      // fromIssuerName declaration, which TLS-REF1 would suggest, would not make it issue.
      const external = declaredExternal(ctx.externals, ref, namespace);
      if (external?.publiclyTrusted) {
        const publicCa = { ca: 'a publicly trusted CA', issuerName: describeRef(ref, namespace) };
        checkPublicLifetime(ctx, report, cert, publicCa);
        checkPublicCommonName(report, cert, publicCa);
      } else if (!external && ctx.issuers.issuerOnlyInOtherNamespaces(ref, namespace).length === 0) {checkIssuerExists(ctx, report, ref, namespace);}
      continue;
    }
    checkRootKeyRotation(report, cert, issuer);
    const acme = acmeOf(issuer);
    if (!acme) continue;
    checkWildcardSolvers(report, cert, issuer, acme);
    const publicCa = publicAcmeCa(issuer, acme, ctx.now);
    checkPublicLifetime(ctx, report, cert, publicCa);
    checkPublicCommonName(report, cert, publicCa);
    checkAbsoluteRenewBefore(ctx, report, cert, issuer, acme);
  }
};

export const CROSS_CHECKS: readonly CrossCheck[] = [certificateRules];
