// Cross-object edge rules. They index the manifests once: the Secrets that Ingresses and Gateways
// serve, the certificates (explicit Certificates, and the ones cert-manager's shim creates for
// annotated objects) that write those Secrets, the issuers, Gateways and ReferenceGrants.
//
// TLS-E1 a TLS host no certificate of its Secret covers (or, in an app, a Secret nothing writes)
// TLS-E2 a wildcard host issued through the shim by an ACME issuer that can only answer HTTP-01
// TLS-E3 two certificates writing one Secret; TLS-X16 two annotated Ingresses/Gateways doing so
// TLS-E7 a Gateway certificateRef into another namespace without a ReferenceGrant
// TLS-E8 an HTTP-01 gatewayHTTPRoute solver whose HTTPRoute cannot attach to an HTTP listener on port 80
// TLS-E9 an HTTP-01 ingress solver of another ingress class than the Ingress it certifies
// TLS-REF1 a shim annotation naming an issuer the manifests do not define (as for Certificates)
import { SHIM, annotationPath } from './annotations';
import {
  CM_GROUP, GATEWAY_GROUP, ShimIssuerRef, TlsHost, TlsUse, annotation, certificateDnsNames, describe, isCertificate, isGateway, isIngress,
  isListenerSet, isShimmed, nameCovers, secretKey, shimIssuerRef, tlsUses,
} from './tls-uses';
import { selectAcmeSolver } from '../cert-manager/cross';
import { AuditMode, RuleContext } from '../context';
import { IssuerIndex, acmeSolvers, certificateIssuerRef, declaredExternal, fromNameHint } from '../issuer-index';
import { NamespaceRelation, relation } from '../namespaces';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { isPlaceholder } from '../util/placeholder';

/** Something that writes a TLS Secret: a Certificate, or an annotated object through the shim. */
interface Writer {
  readonly obj: KubeObject;
  readonly shim: boolean;
  readonly namespace: string;
  readonly names: readonly string[];
  /** Field path the finding about this writer points at. */
  readonly path: string;
  /** The first use, for shim writers. */
  readonly use?: TlsUse;
  /** Every host the shim certifies for this Secret of this object, for shim writers. */
  readonly hosts?: readonly TlsHost[];
}

/** TLS-REF1, with the semantics of the Certificate rule: an error in an app unless declared external, a warning in an audit. */
function checkShimIssuerExists(ctx: RuleContext, report: Reporter, ref: ShimIssuerRef, namespace: string): void {
  // An Issuer defined only in other namespaces is TLS-X20's finding (see the Certificate rule).
  if (declaredExternal(ctx.externals, ref, namespace) || ctx.issuers.issuerOnlyInOtherNamespaces(ref, namespace).length > 0) return;
  const path = annotationPath(ref.annotation);
  const where = ref.kind === 'ClusterIssuer' ? '' : namespace ? ` in namespace "${namespace}"` : ' (no namespace)';
  const what = `${ref.kind}${ref.group === CM_GROUP ? '' : ` (${ref.group})`} "${ref.name}"${where}`;
  if (ctx.mode === AuditMode.APP) {
    report.error('TLS-REF1', path, `${path}: ${what} is not defined in this app; define it in the app, or declare an existing one with ${fromNameHint(ref, namespace)}`);
  } else {
    const scope = ref.kind === 'Issuer' && ref.group === CM_GROUP ? ' (an Issuer only signs certificates of its own namespace, here the annotated object\'s)' : '';
    report.warning('TLS-REF1', path, `${path}: ${what} is not among the audited objects; make sure it exists in the cluster${scope}, or add its manifest to the audit`);
  }
}

/** Writers of each Secret name, whatever their namespace: which of them share one is decided per pair (namespaces.ts). */
function writersBySecret(ctx: RuleContext, uses: readonly TlsUse[]): Map<string, Writer[]> {
  const writers = new Map<string, Writer[]>();
  const add = (name: string, w: Writer) => writers.set(name, [...(writers.get(name) ?? []), w]);
  for (const obj of ctx.objects) {
    if (!isCertificate(obj)) continue;
    const secretName = str(record(obj.spec).secretName) ?? '';
    if (secretName === '') continue;
    const namespace = metadataOf(obj).namespace ?? '';
    add(secretName, { obj, shim: false, namespace, names: certificateDnsNames(obj), path: 'spec.secretName' });
  }
  // The shim makes one Certificate per Secret of an annotated object, with the hosts of every
  // entry or listener that names it, plus `cert-manager.io/alt-names`.
  const ids = new Map(ctx.objects.map((o, i) => [o, i]));
  const shimWriters = new Map<string, { use: TlsUse; names: string[]; hosts: TlsHost[] }>();
  for (const use of uses) {
    if (!use.shim) continue;
    const k = `${secretKey(use.namespace, use.secretName)}|${ids.get(use.obj)}`;
    const entry = shimWriters.get(k) ?? { use, names: (annotation(use.obj, SHIM.altNames) ?? '').split(',').filter((n) => n !== ''), hosts: [] };
    entry.names.push(...use.hosts.map((h) => h.host));
    entry.hosts.push(...use.hosts);
    shimWriters.set(k, entry);
  }
  for (const { use, names, hosts } of shimWriters.values()) {
    add(use.secretName, { obj: use.obj, shim: true, namespace: use.namespace, names, hosts, path: use.secretPath, use });
  }
  return writers;
}

/** How the namespaces of two Secret writers (or a use and a writer) relate; '' is an unknown namespace. */
const secretRelation = (ctx: RuleContext, a: KubeObject, nsA: string, b: KubeObject, nsB: string): NamespaceRelation =>
  relation(ctx, a, nsA === '' ? undefined : nsA, b, nsB === '' ? undefined : nsB);

const UNKNOWN_NAMESPACE = 'their namespaces are not both set and they come from different files, so Flux or Kustomize may put them into one namespace (or into different clusters)';

/**
 * TLS-E3 / TLS-X16: one Secret, one writer. Certain when both writers are known to share a
 * namespace (explicitly, or namespace-less in one file or app); a warning that says "may" when
 * that is a guess.
 */
function checkSingleWriter(ctx: RuleContext, writers: Map<string, Writer[]>, reporterFor: (obj: KubeObject) => Reporter): void {
  for (const list_ of writers.values()) {
    list_.forEach((w, j) => {
      const earlier = list_.slice(0, j)
        // The same object listed twice (e.g. two copies of one manifest) is TLS-DUPLICATE's finding, not a second writer.
        .filter((p) => w.shim || p.shim || describe(w.obj) !== describe(p.obj))
        .map((p) => ({ p, rel: secretRelation(ctx, w.obj, w.namespace, p.obj, p.namespace) }));
      const match = earlier.find((e) => e.rel === 'same') ?? earlier.find((e) => e.rel === 'unknown');
      if (!match) return;
      const first = match.p;
      const certain = match.rel === 'same';
      const ns = w.namespace || first.namespace;
      const secret = `Secret "${w.use?.secretName ?? str(record(w.obj.spec).secretName)}"${certain && ns ? ` in namespace "${ns}"` : ''}`;
      if (w.shim && first.shim) {
        reporterFor(w.obj).warning('TLS-X16', w.path, `${w.path}: ${secret} ${certain ? 'is' : 'may be'} also served by the annotated ${describe(first.obj)}`
          + `${certain ? '' : ` (${UNKNOWN_NAMESPACE})`}; cert-manager makes one Certificate per Secret `
          + 'and the two annotated objects fight over it ("certificate resource is not owned by this ingress"), so one object\'s hosts may never be added; '
          + 'annotate only one of them, or give each its own Secret');
        return;
      }
      const mine = w.shim ? 'cert-manager\'s shim would create a Certificate for it from this object\'s annotations' : 'this Certificate writes it';
      const file = certain ? undefined : ctx.sourceOf(first.obj);
      const theirs = `${first.shim ? `the annotated ${describe(first.obj)} (through cert-manager's shim)` : describe(first.obj)}${file ? ` in ${file}` : ''}`;
      const fix = w.shim || first.shim ? 'either remove the cert-manager.io issuer annotations or the separate Certificate' : 'give each Certificate its own secretName, or merge their dnsNames into one';
      if (certain) {
        reporterFor(w.obj).error('TLS-E3', w.path, `${w.path}: ${secret} is written twice: ${mine}, and so does ${theirs}; each renewal overwrites the other's key and certificate; ${fix}`);
      } else {
        reporterFor(w.obj).warning('TLS-E3', w.path, `${w.path}: ${secret} may be written twice: ${mine}, and so does ${theirs}; ${UNKNOWN_NAMESPACE}; `
          + `if they share one, each renewal overwrites the other's key and certificate; set metadata.namespace on both, or ${fix}`);
      }
    });
  }
}

/**
 * TLS-E1: every TLS host is covered by a certificate written to its Secret. An error when the
 * writers are known to share the Secret's namespace; when that is a guess, a warning that says
 * "may"; a name that is a placeholder may cover anything.
 */
function checkCoverage(ctx: RuleContext, uses: readonly TlsUse[], writers: Map<string, Writer[]>, reporterFor: (obj: KubeObject) => Reporter): void {
  const secrets = new Set<string>();
  for (const obj of ctx.objects) {
    if (apiGroupOf(obj) === '' && kindOf(obj) === 'Secret') secrets.add(secretKey(metadataOf(obj).namespace ?? '', metadataOf(obj).name));
  }
  for (const e of ctx.externals) {
    if (e.group === '' && e.kind === 'Secret') secrets.add(secretKey(e.namespace ?? '', e.name));
  }
  for (const use of uses) {
    if (use.shim) continue;
    const candidates = (writers.get(use.secretName) ?? [])
      .map((w) => ({ w, rel: secretRelation(ctx, use.obj, use.namespace, w.obj, w.namespace) }))
      .filter((c) => c.rel !== 'different');
    const ws = candidates.map((c) => c.w);
    const certain = candidates.length > 0 && candidates.every((c) => c.rel === 'same');
    const report = reporterFor(use.obj);
    const secret = `Secret "${use.secretName}"${use.namespace ? ` in namespace "${use.namespace}"` : ''}`;
    if (ws.length === 0) {
      if (ctx.mode === AuditMode.APP && !secrets.has(secretKey(use.namespace, use.secretName))) {
        report.error('TLS-E1', use.secretPath, `${use.secretPath}: no Certificate in this app writes ${secret}, so ${use.hosts.map((h) => h.host).join(', ') || 'this listener'} `
          + 'would be served with the controller\'s default certificate; issue one (TlsSource.certificate) or declare an existing Secret (TlsSource.existingSecret)');
      }
      continue;
    }
    if (ws.some((w) => w.names.some(isPlaceholder))) continue;
    for (const h of use.hosts) {
      if (ws.some((w) => w.names.some((n) => nameCovers(n, h.host)))) continue;
      const names = [...new Set(ws.flatMap((w) => w.names))];
      const covered = `(${ws.map((w) => describe(w.obj)).join(', ')} ${names.length ? `cover [${names.join(', ')}]` : 'have no DNS names'}; a wildcard covers exactly one label)`;
      if (certain) {
        report.error('TLS-E1', h.path, `${h.path}: ${JSON.stringify(h.host)} is served with ${secret}, but no certificate written to it covers that name `
          + `${covered}; add "${h.host}" to the certificate's dnsNames`);
      } else {
        report.warning('TLS-E1', h.path, `${h.path}: ${JSON.stringify(h.host)} is served with ${secret}, and the certificates that may write it do not cover that name `
          + `${covered}; ${UNKNOWN_NAMESPACE}; if one of them writes this Secret, add "${h.host}" to its dnsNames`);
      }
    }
  }
}

/** Issuer lookups for the shim rules, reporting TLS-REF1 once per object. */
function checkShimIssuers(ctx: RuleContext, index: IssuerIndex, uses: readonly TlsUse[], reporterFor: (obj: KubeObject) => Reporter): void {
  const usesByObject = new Map<KubeObject, TlsUse[]>();
  for (const use of uses) usesByObject.set(use.obj, [...(usesByObject.get(use.obj) ?? []), use]);
  for (const obj of ctx.objects) {
    if (!(isIngress(obj) || isGateway(obj) || isListenerSet(obj)) || !isShimmed(obj)) continue;
    const ref = shimIssuerRef(obj);
    if (!ref) continue;
    const namespace = metadataOf(obj).namespace ?? '';
    const issuer = index.find(ref, namespace, obj);
    const report = reporterFor(obj);
    if (!issuer) {
      checkShimIssuerExists(ctx, report, ref, namespace);
      continue;
    }
    const solvers = acmeSolvers(issuer);
    if (!solvers) continue;
    // TLS-E2: ACME CAs offer only DNS-01 for a wildcard, so only a DNS-01 solver can be picked.
    const seen = new Set<string>();
    for (const use of usesByObject.get(obj) ?? []) {
      if (!use.shim) continue;
      for (const h of use.hosts) {
        if (!h.host.startsWith('*.') || seen.has(h.host)) continue;
        seen.add(h.host);
        if (selectAcmeSolver(solvers, h.host, {}, ['dns-01'])) continue;
        const http = selectAcmeSolver(solvers, h.host, {}, ['http-01']);
        const why = http ? `its only solver for this name is HTTP-01 (solvers[${http.index}]), and HTTP-01 cannot issue wildcard certificates`
          : 'none of its solvers selects this name, and only a DNS-01 solver can issue wildcard certificates';
        report.error('TLS-E2', h.path, `${h.path}: ${JSON.stringify(h.host)} is issued through the ${ref.annotation} annotation by ACME ${kindOf(issuer)} "${ref.name}", but ${why}; `
          + `add a DNS-01 solver whose selector.dnsZones holds "${h.host.slice(2)}", or list the host names instead of the wildcard`);
      }
    }
  }
}

/** TLS-E7: a listener may only use a Secret of another namespace that a ReferenceGrant there shares with Gateways of its namespace. */
function checkReferenceGrants(ctx: RuleContext, uses: readonly TlsUse[], reporterFor: (obj: KubeObject) => Reporter): void {
  const grantsByNs = new Map<string, KubeObject[]>();
  for (const o of ctx.objects) {
    if (apiGroupOf(o) !== GATEWAY_GROUP || kindOf(o) !== 'ReferenceGrant') continue;
    const ns = metadataOf(o).namespace ?? '';
    grantsByNs.set(ns, [...(grantsByNs.get(ns) ?? []), o]);
  }
  const granted = (secretNs: string, secretName: string, fromKind: string, fromNs: string): boolean => (grantsByNs.get(secretNs) ?? []).some((g) => {
    const spec = record(g.spec);
    const from = list(spec.from).map(record).some((f) => str(f.group) === GATEWAY_GROUP && str(f.kind) === fromKind && str(f.namespace) === fromNs);
    const to = list(spec.to).map(record).some((t) => (str(t.group) ?? '') === '' && str(t.kind) === 'Secret' && (str(t.name) ?? secretName) === secretName);
    return from && to;
  });
  for (const use of uses) {
    if (!isGateway(use.obj) && !isListenerSet(use.obj)) continue;
    const kind = kindOf(use.obj);
    const gwNs = metadataOf(use.obj).namespace ?? '';
    if (use.namespace === gwNs || granted(use.namespace, use.secretName, kind, gwNs)) continue;
    // A namespace-less Gateway may land in the Secret's namespace, or be granted from its own.
    if (gwNs === '' && (ctx.mode === AuditMode.AUDIT && (grantsByNs.get(use.namespace) ?? []).length > 0)) continue;
    const report = reporterFor(use.obj);
    const path = `${use.secretPath}.namespace`;
    const base = gwNs === ''
      ? `${path}: Secret "${use.secretName}" is in namespace "${use.namespace}", which may not be the ${kind}'s (not set here), and`
      : `${path}: Secret "${use.secretName}" is in namespace "${use.namespace}", not the ${kind}'s ("${gwNs}"), and`;
    const fix = `add a ReferenceGrant in "${use.namespace}" from group ${GATEWAY_GROUP} kind ${kind} namespace "${gwNs}" to kind Secret name "${use.secretName}" (TlsGateway creates it for TlsSource.existingSecret)`;
    if (ctx.mode === AuditMode.APP) report.error('TLS-E7', path, `${base} no ReferenceGrant there allows it, so the Gateway refuses the listener (RefNotPermitted); ${fix}`);
    else report.warning('TLS-E7', path, `${base} no audited ReferenceGrant allows it; without one the Gateway refuses the listener (RefNotPermitted); ${fix}, or add its manifest to the audit`);
  }
}

/** A certificate-like thing whose names an ACME issuer must prove. */
interface Order {
  readonly report: Reporter;
  readonly issuer: KubeObject;
  readonly solvers: readonly unknown[];
  readonly namespace: string;
  readonly labels: Record<string, unknown>;
  readonly names: readonly { host: string; path: string }[];
  /** The Ingress served with the certificate, for TLS-E9, and whether the shim overrides the solver there. */
  readonly ingress?: KubeObject;
}

function ordersOf(index: IssuerIndex, writers: Map<string, Writer[]>, uses: readonly TlsUse[], reporterFor: (obj: KubeObject) => Reporter): Order[] {
  const orders: Order[] = [];
  const ingressBySecret = new Map<string, KubeObject>();
  for (const u of uses) {
    const k = secretKey(u.namespace, u.secretName);
    if (isIngress(u.obj) && !ingressBySecret.has(k)) ingressBySecret.set(k, u.obj);
  }
  for (const ws of writers.values()) {
    for (const w of ws) {
      const namespace = w.namespace;
      const ref = w.shim ? shimIssuerRef(w.obj) : certificateIssuerRef(w.obj);
      if (!ref) continue;
      const issuer = index.find(ref, namespace, w.obj);
      const solvers = acmeSolvers(issuer);
      if (!issuer || !solvers) continue;
      const names = w.hosts ?? w.names.map((host, i) => ({ host, path: `spec.dnsNames[${i}]` }));
      const secret = w.shim ? w.use!.secretName : str(record(w.obj.spec).secretName) ?? '';
      orders.push({
        report: reporterFor(w.obj),
        issuer,
        solvers,
        namespace,
        labels: w.shim ? {} : metadataOf(w.obj).labels,
        names: names.filter((n) => !n.host.startsWith('*.')),
        ingress: w.shim ? (isIngress(w.obj) ? w.obj : undefined) : ingressBySecret.get(secretKey(namespace, secret)),
      });
    }
  }
  return orders;
}

/** The objects an HTTPRoute can attach to through their listeners: Gateways and ListenerSets, by kind, namespace and name. */
function listenerParentIndex(ctx: RuleContext): Map<string, KubeObject> {
  const parents = new Map<string, KubeObject>();
  for (const obj of ctx.objects) {
    if (isGateway(obj) || isListenerSet(obj)) parents.set(JSON.stringify([kindOf(obj), metadataOf(obj).namespace ?? '', metadataOf(obj).name]), obj);
  }
  return parents;
}

/**
 * Why no listener of `gateway` (a Gateway, or a ListenerSet, whose listeners admit routes
 * relative to its own namespace) admits the solver's HTTPRoute for `host` from `routeNs`, or
 * undefined when one does.
 */
function listenerProblem(gateway: KubeObject, ref: Record<string, any>, host: string, routeNs: string): string | undefined {
  const gwNs = metadataOf(gateway).namespace ?? '';
  const section = str(ref.sectionName);
  const listeners = list(record(gateway.spec).listeners).map(record).filter((l) => section === undefined || str(l.name) === section);
  if (listeners.length === 0) return `it has no listener named "${section}"`;
  const http = listeners.filter((l) => str(l.protocol) === 'HTTP');
  if (http.length === 0) return section ? `listener "${section}" is not an HTTP listener` : 'it has no HTTP listener';
  const port80 = http.filter((l) => l.port === 80 && (ref.port === undefined || ref.port === 80));
  if (port80.length === 0) return 'none of its HTTP listeners is on port 80, where the ACME server connects';
  const hostOk = port80.filter((l) => !str(l.hostname) || nameCovers(str(l.hostname)!, host));
  if (hostOk.length === 0) return `its HTTP listeners on port 80 are for other hostnames than "${host}"`;
  const admits = hostOk.some((l) => {
    const from = str(record(record(l.allowedRoutes).namespaces).from) ?? 'Same';
    // A namespace-less certificate (or Gateway) may well be in the Gateway's namespace: no claim.
    return from === 'All' || from === 'Selector' || routeNs === gwNs || routeNs === '' || gwNs === '';
  });
  if (!admits) {
    return `its HTTP listener admits routes from its own namespace "${gwNs}" only, and cert-manager creates the solver's HTTPRoute in the certificate's namespace "${routeNs}"`
      + ' (set allowedRoutes.namespaces.from to All or Selector on that listener)';
  }
  return undefined;
}

/** TLS-E8 and TLS-E9: the HTTP-01 solver cert-manager picks must be reachable where the ACME server asks. */
function checkHttp01Reachability(ctx: RuleContext, orders: readonly Order[]): void {
  const parents = listenerParentIndex(ctx);
  for (const order of orders) {
    const issuerName = `${kindOf(order.issuer)} "${metadataOf(order.issuer).name}"`;
    for (const { host, path } of order.names) {
      const sel = selectAcmeSolver(order.solvers, host, order.labels, ['http-01', 'dns-01']);
      if (!sel || sel.type !== 'http-01') continue;
      const http01 = record(record(order.solvers[sel.index]).http01);
      for (const [i, ref] of list(record(http01.gatewayHTTPRoute).parentRefs).map(record).entries()) {
        const kind = str(ref.kind) ?? 'Gateway';
        if ((str(ref.group) ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (kind !== 'Gateway' && kind !== 'ListenerSet')) continue;
        const parentNs = str(ref.namespace) || order.namespace;
        const parent = parents.get(JSON.stringify([kind, parentNs, str(ref.name) ?? '']));
        if (!parent) continue;
        const problem = listenerProblem(parent, ref, host, order.namespace);
        if (!problem) continue;
        const solverPath = `solvers[${sel.index}].http01.gatewayHTTPRoute.parentRefs[${i}]`;
        order.report.error('TLS-E8', path, `${path}: the HTTP-01 challenge for ${JSON.stringify(host)} is answered through ${solverPath} `
          + `of ${issuerName}, but ${describe(parent)} cannot route it: ${problem}; the ACME server then never reaches the solver; `
          + `give the ${kind} an HTTP listener on port 80 for this host${kind === 'Gateway' ? ' (TlsGateway has one named "http")' : ''} `
          + 'and point the solver\'s parentRefs at it with sectionName');
      }
      const ingress = order.ingress;
      const solverIngress = record(http01.ingress);
      if (!ingress || !isRecord(http01.ingress) || str(solverIngress.name)) continue;
      const overrides = [SHIM.http01IngressClass, SHIM.http01IngressClassName, SHIM.http01EditInPlace];
      const overridden = isShimmed(ingress) && overrides.some((k) => annotation(ingress, k) !== undefined);
      const solverClass = str(solverIngress.ingressClassName) ?? str(solverIngress.class);
      const ingressClass = str(record(ingress.spec).ingressClassName) ?? annotation(ingress, 'kubernetes.io/ingress.class');
      if (overridden || !solverClass || !ingressClass || solverClass === ingressClass) continue;
      order.report.warning('TLS-E9', path, `${path}: ${JSON.stringify(host)} is served by ${describe(ingress)} of ingress class "${ingressClass}", `
        + `but ${issuerName} answers its HTTP-01 challenge through solvers[${sel.index}] with an Ingress of class "${solverClass}"; unless both controllers share one address, `
        + `the ACME server never reaches the solver; add an HTTP-01 solver for class "${ingressClass}" selecting this name`);
    }
  }
}

const edgeCrossRules: CrossCheck = (ctx, reporterFor) => {
  const uses = tlsUses(ctx.objects);
  const index = ctx.issuers;
  const writers = writersBySecret(ctx, uses);
  checkSingleWriter(ctx, writers, reporterFor);
  checkCoverage(ctx, uses, writers, reporterFor);
  checkShimIssuers(ctx, index, uses, reporterFor);
  checkReferenceGrants(ctx, uses, reporterFor);
  checkHttp01Reachability(ctx, ordersOf(index, writers, uses, reporterFor));
};

export const EDGE_CROSS_RULES: readonly CrossCheck[] = [edgeCrossRules];
