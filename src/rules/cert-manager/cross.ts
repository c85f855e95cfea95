// Rules about a Certificate and the issuer it names: the issuer must exist (TLS-REF1), an ACME
// issuer must be able to solve wildcard names (TLS-X11), public ACME CAs cap the lifetime
// (TLS-X10, TLS-X10D), and absolute renewBefore loops with ACME (TLS-X9).
import { AuditMode, ExternalReference, RuleContext } from '../context';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { maxPublicCertificateLifetimeDays, publicLifetimeLimitSince } from '../util/cabf';
import { DAY_NS, HOUR_NS, formatGoDuration, parseGoDuration } from '../util/go-duration';

const CM_GROUP = 'cert-manager.io';

/** What a Certificate's `issuerRef` resolves to, with cert-manager's defaults applied. */
export interface IssuerRef {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
}

const indexKey = (group: string, kind: string, namespace: string, name: string): string => JSON.stringify([group, kind, namespace, name]);

/** Objects by group, kind, namespace and name; the namespace is '' when unset or cluster-scoped. */
export class ObjectIndex {
  private readonly byKey = new Map<string, KubeObject>();

  constructor(objects: readonly KubeObject[]) {
    for (const obj of objects) {
      const group = apiGroupOf(obj);
      if (group === '' || group === 'acme.cert-manager.io') continue;
      const kind = kindOf(obj);
      if (group === CM_GROUP && kind !== 'Issuer' && kind !== 'ClusterIssuer') continue;
      const md = metadataOf(obj);
      // A ClusterIssuer is cluster-scoped: a namespace written on it is ignored by the API server.
      const ns = group === CM_GROUP && kind === 'ClusterIssuer' ? '' : md.namespace ?? '';
      const key = indexKey(group, kind, ns, md.name);
      if (!this.byKey.has(key)) this.byKey.set(key, obj);
    }
  }

  /** The issuer `ref` names for a Certificate in `namespace` (''), or undefined. */
  find(ref: IssuerRef, namespace: string): KubeObject | undefined {
    if (ref.group === CM_GROUP) {
      const ns = ref.kind === 'ClusterIssuer' ? '' : namespace;
      return this.byKey.get(indexKey(ref.group, ref.kind, ns, ref.name));
    }
    // External issuers may be namespaced or cluster-scoped; their scope isn't known here.
    return this.byKey.get(indexKey(ref.group, ref.kind, namespace, ref.name))
      ?? this.byKey.get(indexKey(ref.group, ref.kind, '', ref.name));
  }
}

export function issuerRefOf(cert: KubeObject): IssuerRef | undefined {
  const ref = record(record(cert.spec).issuerRef);
  const name = str(ref.name) ?? '';
  // An empty name is the webhook's finding (CM-C3), not a dangling reference.
  if (name === '') return undefined;
  const group = str(ref.group) || CM_GROUP;
  const kind = str(ref.kind) || 'Issuer';
  // Any other kind in cert-manager's own group is refused by the webhook (CM-C4).
  if (group === CM_GROUP && kind !== 'Issuer' && kind !== 'ClusterIssuer') return undefined;
  return { group, kind, name };
}

function declaredExternal(externals: readonly ExternalReference[], ref: IssuerRef, namespace: string): ExternalReference | undefined {
  return externals.find((e) => e.group === ref.group && e.kind === ref.kind && e.name === ref.name
    && (ref.group === CM_GROUP && ref.kind === 'ClusterIssuer' || ref.group !== CM_GROUP && e.namespace === undefined
      || (e.namespace ?? '') === namespace));
}

function describeRef(ref: IssuerRef, namespace: string): string {
  const where = ref.group === CM_GROUP && ref.kind === 'ClusterIssuer' ? '' : namespace ? ` in namespace "${namespace}"` : ' (no namespace)';
  const group = ref.group === CM_GROUP ? '' : ` (${ref.group})`;
  return `${ref.kind}${group} "${ref.name}"${where}`;
}

function fromNameHint(ref: IssuerRef, namespace: string): string {
  if (ref.group !== CM_GROUP) {
    return `ExternalIssuer.fromName(this, '${ref.name}', { group: '${ref.group}', kind: '${ref.kind}', name: '${ref.name}' })`;
  }
  if (ref.kind === 'ClusterIssuer') return `ClusterIssuer.fromName(this, '${ref.name}', '${ref.name}')`;
  return `Issuer.fromName(this, '${ref.name}', '${ref.name}'${namespace ? `, { namespace: '${namespace}' }` : ''})`;
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

function acmeOf(issuer: KubeObject | undefined): Record<string, any> | undefined {
  if (!issuer || apiGroupOf(issuer) !== CM_GROUP) return undefined;
  const acme = record(issuer.spec).acme;
  return isRecord(acme) ? acme : undefined;
}

function publicCaOf(acme: Record<string, any>): string | undefined {
  const server = str(acme.server);
  if (!server) return undefined;
  let host: string;
  try {
    host = new URL(server).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return Object.prototype.hasOwnProperty.call(PUBLIC_ACME_HOSTS, host) ? PUBLIC_ACME_HOSTS[host] : undefined;
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
}

function publicAcmeCa(issuer: KubeObject, acme: Record<string, any>): PublicCa | undefined {
  const ca = publicCaOf(acme);
  if (!ca) return undefined;
  return { ca, issuerName: `ACME ${kindOf(issuer)} "${metadataOf(issuer).name}"`, enableDurationFeature: acme.enableDurationFeature === true };
}

/** TLS-X10 / TLS-X10D: a public CA issues no longer than the CA/B Forum maximum, and an ACME one only honours `duration` on request. */
function checkPublicLifetime(ctx: RuleContext, report: Reporter, cert: KubeObject, publicCa: PublicCa | undefined): void {
  const duration = str(record(cert.spec).duration);
  if (!publicCa || duration === undefined) return;
  const { ca, issuerName } = publicCa;
  const ns = parseGoDuration(duration);
  const maxDays = maxPublicCertificateLifetimeDays(ctx.now);
  if (ns !== undefined && ns > maxDays * DAY_NS) {
    const since = publicLifetimeLimitSince(ctx.now);
    const rule = since ? `from ${since} (CA/Browser Forum ballot SC-081v3)` : 'before 2026-03-15 (CA/Browser Forum Baseline Requirements)';
    report.error('TLS-X10', 'spec.duration', `spec.duration: ${duration} (${trimDays(ns / DAY_NS)} days) is longer than the ${maxDays} days a publicly trusted certificate may last ${rule}; `
      + `${ca} (${issuerName}) will not issue it; set duration to at most ${formatGoDuration(maxDays * 24 * HOUR_NS)}, or leave it unset and let the CA choose`);
  }
  if (publicCa.enableDurationFeature === false) {
    report.warning('TLS-X10D', 'spec.duration', `spec.duration: ${duration} is not requested from ${ca}: ${issuerName} does not set enableDurationFeature: true, `
      + 'so the certificate lasts what the CA decides (Let\'s Encrypt: 90 days or less); remove duration, or set enableDurationFeature on the issuer if the CA supports it');
  }
}

function trimDays(days: number): string {
  return Number(days.toFixed(2)).toString();
}

/** TLS-X9: absolute renewBefore with ACME loops when the CA issues a shorter certificate than asked. */
function checkAbsoluteRenewBefore(report: Reporter, cert: KubeObject, issuer: KubeObject): void {
  const renewBefore = str(record(cert.spec).renewBefore);
  if (renewBefore === undefined) return;
  report.warning('TLS-X9', 'spec.renewBefore', `spec.renewBefore: an absolute renewBefore (${renewBefore}) with ACME ${kindOf(issuer)} "${metadataOf(issuer).name}" `
    + 'makes cert-manager renew in a loop when the CA issues a certificate that lasts less than that (the CA, not the Certificate, sets an ACME certificate\'s lifetime); '
    + 'use renewBeforePercentage (e.g. 33) instead');
}

const certificateRules: CrossCheck = (ctx, reporterFor) => {
  const index = new ObjectIndex(ctx.objects);
  for (const cert of ctx.objects) {
    if (apiGroupOf(cert) !== CM_GROUP || kindOf(cert) !== 'Certificate') continue;
    const ref = issuerRefOf(cert);
    if (!ref) continue;
    const namespace = metadataOf(cert).namespace ?? '';
    const report = reporterFor(cert);
    const issuer = index.find(ref, namespace);
    if (!issuer) {
      const external = declaredExternal(ctx.externals, ref, namespace);
      if (!external) checkIssuerExists(ctx, report, ref, namespace);
      else if (external.publiclyTrusted) checkPublicLifetime(ctx, report, cert, { ca: 'a publicly trusted CA', issuerName: describeRef(ref, namespace) });
      continue;
    }
    const acme = acmeOf(issuer);
    if (!acme) continue;
    checkWildcardSolvers(report, cert, issuer, acme);
    checkPublicLifetime(ctx, report, cert, publicAcmeCa(issuer, acme));
    checkAbsoluteRenewBefore(report, cert, issuer);
  }
};

export const CROSS_CHECKS: readonly CrossCheck[] = [certificateRules];
