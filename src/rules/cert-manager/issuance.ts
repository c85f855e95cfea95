// Certificates that are never issued, although every object is valid on its own:
//
// TLS-X17 an ACME issuer none of whose solvers selects one of a certificate's names
// TLS-X18 an HTTP-01 solver that answers through an Ingress for a host served by a Gateway, or
//         through a Gateway HTTPRoute for a host served by an Ingress
// TLS-X19 a leaf from a CA issuer whose CA certificate's name constraints exclude its names
// TLS-X20 a namespaced Issuer named from another namespace
//
// "Certificates" here are Certificate objects and the ones cert-manager's shim creates for
// annotated Ingresses and Gateways (with the object's labels, as certificate-shim copies them).
// Everything is indexed once; nothing compares all pairs.
import { selectAcmeSolver } from './cross';
import { RuleContext } from '../context';
import { TlsUse, describe, isCertificate, isGateway, isIngress, secretKey, shimIssuerRef, tlsUses } from '../edge/tls-uses';
import { CM_GROUP, IssuerIndex, IssuerRef, certificateIssuerRef } from '../issuer-index';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { containsPlaceholder, isPlaceholder } from '../util/placeholder';

/** certificate-shim drops these labels before copying the object's labels (cert-manager#7306). */
const APPLYSET_LABEL = /^applyset\.kubernetes\.io\//;
/** Where cert-manager reads a ClusterIssuer's Secrets unless --cluster-resource-namespace says otherwise. */
const DEFAULT_CLUSTER_RESOURCE_NAMESPACE = 'cert-manager';

/** One certificate cert-manager will try to issue, and where findings about it go. */
interface Issuance {
  readonly obj: KubeObject;
  readonly report: Reporter;
  /** '' when the object has no namespace (GitOps tools set it later). */
  readonly namespace: string;
  readonly ref: IssuerRef;
  /** The field path of the issuer reference, for TLS-X20. */
  readonly refPath: string;
  readonly labels: Record<string, unknown>;
  readonly names: readonly { readonly name: string; readonly path: string }[];
  /** Whether the names are served by Ingresses only, Gateways only, or either/unknown. */
  readonly servedBy?: 'Ingress' | 'Gateway';
}

function servedByOf(uses: readonly TlsUse[]): 'Ingress' | 'Gateway' | undefined {
  if (uses.length === 0) return undefined;
  if (uses.every((u) => isIngress(u.obj))) return 'Ingress';
  if (uses.every((u) => isGateway(u.obj))) return 'Gateway';
  return undefined;
}

function issuances(ctx: RuleContext, reporterFor: (obj: KubeObject) => Reporter): Issuance[] {
  const uses = tlsUses(ctx.objects);
  const usesBySecret = new Map<string, TlsUse[]>();
  for (const use of uses) {
    const k = secretKey(use.namespace, use.secretName);
    usesBySecret.set(k, [...(usesBySecret.get(k) ?? []), use]);
  }
  const out: Issuance[] = [];
  for (const cert of ctx.objects) {
    if (!isCertificate(cert)) continue;
    const ref = certificateIssuerRef(cert);
    if (!ref) continue;
    const md = metadataOf(cert);
    const spec = record(cert.spec);
    const names: { name: string; path: string }[] = [];
    list(spec.dnsNames).forEach((n, i) => {
      if (typeof n === 'string' && n !== '') names.push({ name: n, path: `spec.dnsNames[${i}]` });
    });
    const cn = str(spec.commonName);
    if (cn && !names.some((n) => n.name === cn)) names.push({ name: cn, path: 'spec.commonName' });
    out.push({
      obj: cert,
      report: reporterFor(cert),
      namespace: md.namespace ?? '',
      ref,
      refPath: 'spec.issuerRef.name',
      labels: md.labels,
      names,
      servedBy: servedByOf(usesBySecret.get(secretKey(md.namespace ?? '', str(spec.secretName) ?? '')) ?? []),
    });
  }
  // The shim creates one Certificate per Secret of an annotated object.
  const shimBySecret = new Map<string, TlsUse[]>();
  for (const use of uses) {
    if (!use.shim) continue;
    const k = JSON.stringify([describe(use.obj), use.namespace, use.secretName]);
    shimBySecret.set(k, [...(shimBySecret.get(k) ?? []), use]);
  }
  for (const group of shimBySecret.values()) {
    const obj = group[0].obj;
    const ref = shimIssuerRef(obj);
    if (!ref) continue;
    const labels = Object.fromEntries(Object.entries(metadataOf(obj).labels).filter(([k]) => !APPLYSET_LABEL.test(k)));
    out.push({
      obj,
      report: reporterFor(obj),
      namespace: metadataOf(obj).namespace ?? '',
      ref,
      refPath: `metadata.annotations.${ref.annotation}`,
      labels,
      names: group.flatMap((u) => u.hosts.map((h) => ({ name: h.host, path: h.path }))),
      servedBy: isIngress(obj) ? 'Ingress' : 'Gateway',
    });
  }
  return out;
}

const issuerName = (issuer: KubeObject): string => `${kindOf(issuer)} "${metadataOf(issuer).name}"`;

function selectorSummary(solvers: readonly unknown[]): string {
  return solvers.map((s, i) => {
    const sel = record(record(s).selector);
    const parts = [
      ...(list(sel.dnsNames).length ? [`dnsNames ${JSON.stringify(sel.dnsNames)}`] : []),
      ...(list(sel.dnsZones).length ? [`dnsZones ${JSON.stringify(sel.dnsZones)}`] : []),
      ...(isRecord(sel.matchLabels) && Object.keys(sel.matchLabels).length ? [`matchLabels ${JSON.stringify(sel.matchLabels)}`] : []),
    ];
    return `solvers[${i}]: ${parts.length ? parts.join(', ') : 'any name'}`;
  }).join('; ');
}

/** TLS-X17 and TLS-X18 for one issuance by an ACME issuer. */
function checkAcmeSolvers(issuance: Issuance, issuer: KubeObject, acme: Record<string, any>): void {
  const solvers = list(acme.solvers);
  const who = `ACME ${issuerName(issuer)}`;
  // A selector or label filled in later (dnsZones: ["${SECRET_DOMAIN}"]) may select any name.
  const selectorsUnknown = solvers.some((s) => containsPlaceholder(record(s).selector)) || containsPlaceholder(issuance.labels);
  for (const { name, path } of issuance.names) {
    // Wildcards can only be solved by DNS-01: TLS-X11 and TLS-E2 say so with their own advice.
    if (name.startsWith('*.') || isPlaceholder(name)) continue;
    if (solvers.length === 0) {
      issuance.report.error('TLS-X17', path, `${path}: ${JSON.stringify(name)} is issued by ${who}, which has no solvers, so the Order fails `
        + '("Failed to determine a valid solver configuration for the set of domains on the Order: no configured challenge solvers can be used for this challenge"); '
        + 'add an HTTP-01 or DNS-01 solver to spec.acme.solvers');
      continue;
    }
    const selected = selectAcmeSolver(solvers, name, issuance.labels, ['http-01', 'dns-01']);
    if (!selected && selectorsUnknown) continue;
    if (!selected) {
      issuance.report.error('TLS-X17', path, `${path}: none of the solvers of ${who} selects ${JSON.stringify(name)} (${selectorSummary(solvers)}), so the Order fails `
        + '("no configured challenge solvers can be used for this challenge"); add the name\'s zone to a solver\'s selector.dnsZones, '
        + 'or add a solver without a selector as the fallback');
      continue;
    }
    if (selected.type !== 'http-01' || !issuance.servedBy) continue;
    const http01 = record(record(solvers[selected.index]).http01);
    const viaIngress = isRecord(http01.ingress);
    const viaGateway = isRecord(http01.gatewayHTTPRoute);
    const solverPath = `solvers[${selected.index}].http01`;
    if (issuance.servedBy === 'Gateway' && viaIngress && !viaGateway) {
      issuance.report.warning('TLS-X18', path, `${path}: ${JSON.stringify(name)} is served by a Gateway, but ${who} answers its HTTP-01 challenge through an Ingress `
        + `(${solverPath}.ingress); the ACME server connects to the address the name resolves to, the Gateway's, and unless the ingress controller shares it `
        + 'the challenge fails; add an HTTP-01 solver with gatewayHTTPRoute.parentRefs naming this Gateway, selecting this name');
    } else if (issuance.servedBy === 'Ingress' && viaGateway && !viaIngress) {
      issuance.report.warning('TLS-X18', path, `${path}: ${JSON.stringify(name)} is served by an Ingress, but ${who} answers its HTTP-01 challenge through a Gateway HTTPRoute `
        + `(${solverPath}.gatewayHTTPRoute); the ACME server connects to the address the name resolves to, the ingress controller's, and unless the Gateway shares it `
        + 'the challenge fails; add an HTTP-01 solver with an ingress class (http01.ingress.ingressClassName) selecting this name');
    }
  }
}

// ---- CA name constraints (TLS-X19) ----

function reverseLabels(domain: string): string[] | undefined {
  const labels = domain.toLowerCase().split('.');
  if (labels.some((l) => l === '')) return undefined;
  return labels.reverse();
}

/** Go's matchDomainConstraint (crypto/x509): a leading '.' requires at least one more label. */
export function domainMatchesConstraint(domain: string, constraint: string): boolean {
  if (constraint === '') return true;
  const mustHaveSubdomains = constraint.startsWith('.');
  const c = reverseLabels(mustHaveSubdomains ? constraint.slice(1) : constraint);
  const d = reverseLabels(domain);
  if (!c || !d) return false;
  if (d.length < c.length || (mustHaveSubdomains && d.length === c.length)) return false;
  return c.every((label, i) => label === d[i]);
}

/** The CA Certificate (in the set) that writes the Secret a CA issuer signs with, when exactly one does. */
function caCertificateOf(issuer: KubeObject, byKey: Map<string, KubeObject[]>): KubeObject | undefined {
  const secretName = str(record(record(issuer.spec).ca).secretName);
  if (!secretName) return undefined;
  const namespaces = kindOf(issuer) === 'ClusterIssuer' ? [DEFAULT_CLUSTER_RESOURCE_NAMESPACE, ''] : [metadataOf(issuer).namespace ?? ''];
  const found = namespaces.flatMap((ns) => byKey.get(secretKey(ns, secretName)) ?? []);
  return found.length === 1 ? found[0] : undefined;
}

function checkNameConstraints(issuance: Issuance, issuer: KubeObject, ca: KubeObject): void {
  const spec = record(ca.spec);
  if (spec.isCA !== true) return;
  const nc = record(spec.nameConstraints);
  const permitted = list(record(nc.permitted).dnsDomains).filter((d): d is string => typeof d === 'string');
  const excluded = list(record(nc.excluded).dnsDomains).filter((d): d is string => typeof d === 'string');
  if (permitted.length === 0 && excluded.length === 0) return;
  if ([...permitted, ...excluded].some(isPlaceholder)) return;
  const caName = `Certificate ${describe(ca).replace(/^Certificate /, '')}`;
  for (const { name, path } of issuance.names) {
    if (isPlaceholder(name)) continue;
    const hit = excluded.find((c) => domainMatchesConstraint(name, c));
    const why = hit !== undefined ? `is excluded by its nameConstraints.excluded.dnsDomains entry ${JSON.stringify(hit)}`
      : permitted.length > 0 && !permitted.some((c) => domainMatchesConstraint(name, c))
        ? `is outside its nameConstraints.permitted.dnsDomains ${JSON.stringify(permitted)}` : undefined;
    if (!why) continue;
    issuance.report.error('TLS-X19', path, `${path}: ${JSON.stringify(name)} is signed by CA ${issuerName(issuer)}, whose CA certificate (${caName}) ${why}; `
      + 'cert-manager issues the certificate, but every client that verifies the chain rejects it for this name; '
      + 'use a CA whose constraints permit the name, or widen the CA certificate\'s nameConstraints');
  }
}

// ---- Issuer scope (TLS-X20) ----

function checkIssuerNamespace(issuance: Issuance, issuers: IssuerIndex): void {
  const { ref, namespace } = issuance;
  // Deliberately not silenced by a declared external Issuer of that name: an Issuer.fromIssuerName
  // in the certificate's namespace does not move the one this app defines elsewhere.
  const namespaces = issuers.issuerOnlyInOtherNamespaces(ref, namespace);
  if (namespaces.length === 0) return;
  const elsewhere = namespaces.map((ns) => `"${ns}"`).join(', ');
  issuance.report.error('TLS-X20', issuance.refPath, `${issuance.refPath}: Issuer "${ref.name}" is defined in namespace ${elsewhere}, but ${describe(issuance.obj)} is in "${namespace}", `
    + `where cert-manager looks for it and finds none, so nothing is issued; an Issuer signs only in its own namespace: use a ClusterIssuer or an Issuer in ${namespace}`);
}

const issuanceRules: CrossCheck = (ctx, reporterFor) => {
  const caCertsBySecret = new Map<string, KubeObject[]>();
  for (const obj of ctx.objects) {
    if (apiGroupOf(obj) !== CM_GROUP) continue;
    const md = metadataOf(obj);
    if (isCertificate(obj) && record(obj.spec).isCA === true) {
      const k = secretKey(md.namespace ?? '', str(record(obj.spec).secretName) ?? '');
      caCertsBySecret.set(k, [...(caCertsBySecret.get(k) ?? []), obj]);
    }
  }
  for (const issuance of issuances(ctx, reporterFor)) {
    const issuer = ctx.issuers.find(issuance.ref, issuance.namespace, issuance.obj);
    if (!issuer) {
      checkIssuerNamespace(issuance, ctx.issuers);
      continue;
    }
    if (apiGroupOf(issuer) !== CM_GROUP) continue;
    const spec = record(issuer.spec);
    if (isRecord(spec.acme)) checkAcmeSolvers(issuance, issuer, spec.acme);
    if (isRecord(spec.ca)) {
      const ca = caCertificateOf(issuer, caCertsBySecret);
      if (ca && ca !== issuance.obj) checkNameConstraints(issuance, issuer, ca);
    }
  }
};

export const ISSUANCE_CROSS_CHECKS: readonly CrossCheck[] = [issuanceRules];
