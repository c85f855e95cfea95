// Rules on ListenerSets (Gateway API v1.5+, GEP-1713) and the Gateways they attach to:
//
// TLS-LS1 the parent Gateway does not admit ListenerSets of this namespace (spec.allowedListeners)
// TLS-LS2 a listener indistinct from one of the Gateway or of another ListenerSet on it (same port,
//         protocol and hostname): Conflicted, and not accepted
// TLS-LS3 more listeners than one Gateway or ListenerSet takes (64)
// TLS-LS4 a ListenerSet that would inherit its Gateway's cert-manager issuer annotations (and
//         CM-S8 when the inherited issuer-kind or issuer-group meets its own cluster-issuer)
//
// A ListenerSet's listeners are merged into its Gateway's in this order: the Gateway's own, then
// ListenerSets by creation time, then by "{namespace}/{name}" (the ListenerSet CRD's
// spec.listeners). Manifests carry no creation time, so the order of names decides here.
import { SHIM, annotationPath } from './annotations';
import { GATEWAY_GROUP, TLS_PROTOCOLS, describe, ignoredListeners, isGateway, isListenerSet, isShimmed } from './tls-uses';
import { RuleContext } from '../context';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck, ObjectCheck } from '../rule';
import { selectorKeys, selectorMatches } from '../util/label-match';
import { containsPlaceholder, isPlaceholder } from '../util/placeholder';

/** The most listeners a Gateway's or a ListenerSet's spec takes (the CRDs' maxItems). */
export const MAX_LISTENERS = 64;
/** The label the API server sets on every Namespace to its name. */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

const key2 = (namespace: string, name: string): string => JSON.stringify([namespace, name]);

/** The Gateway a ListenerSet attaches to, as `[namespace, name]` key; undefined when its parentRef is not a Gateway. */
export function parentGatewayKey(ls: KubeObject): string | undefined {
  const ref = record(record(ls.spec).parentRef);
  const name = str(ref.name) ?? '';
  if (name === '' || (str(ref.group) ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (str(ref.kind) ?? 'Gateway') !== 'Gateway') return undefined;
  const refNs = str(ref.namespace);
  if (isPlaceholder(refNs) || isPlaceholder(name)) return undefined;
  return key2(refNs || (metadataOf(ls).namespace ?? ''), name);
}

/** TLS-LS3: one object's own listeners. */
const checkListenerCount: ObjectCheck = (obj, report) => {
  const count = list(record(obj.spec).listeners).length;
  if (count <= MAX_LISTENERS) return;
  const path = 'spec.listeners';
  report.error('TLS-LS3', path, `${path}: ${count} listeners, but a ${kindOf(obj)} takes at most ${MAX_LISTENERS} and the API server rejects it; `
    + 'move teams\' hosts into ListenerSets (TlsListenerSet), which the Gateway merges beyond 64, or share a wildcard listener between hosts');
};

export const LISTENER_COUNT_CHECKS: readonly ObjectCheck[] = [checkListenerCount];

/**
 * Whether `gateway` admits ListenerSets of `lsNamespace`: true, false, or undefined when the
 * manifests do not say (a selector on labels of a Namespace that is not among them, a namespace-less object).
 */
function admits(ctx: RuleContext, gateway: KubeObject, lsNamespace: string): { admitted: boolean | undefined; why: string } {
  const namespaces = record(record(record(gateway.spec).allowedListeners).namespaces);
  const from = str(namespaces.from) ?? 'None';
  const gwNs = metadataOf(gateway).namespace ?? '';
  if (containsPlaceholder(namespaces)) return { admitted: undefined, why: '' };
  switch (from) {
    case 'All': return { admitted: true, why: '' };
    case 'Same':
      if (gwNs === '' || lsNamespace === '') return { admitted: undefined, why: '' };
      return { admitted: gwNs === lsNamespace, why: `spec.allowedListeners.namespaces.from is Same, and the Gateway is in "${gwNs}"` };
    case 'Selector': {
      if (lsNamespace === '') return { admitted: undefined, why: '' };
      const selector = namespaces.selector;
      const nsObject = ctx.objects.find((o) => apiGroupOf(o) === '' && kindOf(o) === 'Namespace' && metadataOf(o).name === lsNamespace);
      const labels: Record<string, unknown> = { ...(nsObject ? metadataOf(nsObject).labels : {}), [NAMESPACE_NAME_LABEL]: lsNamespace };
      // Without the Namespace's manifest only its name label is known.
      if (!nsObject && selectorKeys(selector).some((k) => k !== NAMESPACE_NAME_LABEL)) return { admitted: undefined, why: '' };
      return { admitted: selectorMatches(selector, labels), why: `namespace "${lsNamespace}" does not match spec.allowedListeners.namespaces.selector ${JSON.stringify(selector ?? {})}` };
    }
    default:
      return { admitted: false, why: `spec.allowedListeners.namespaces.from is ${from === 'None' && namespaces.from === undefined ? 'not set (None: no ListenerSets)' : JSON.stringify(from)}` };
  }
}

interface MergedListener {
  readonly owner: KubeObject;
  readonly index: number;
  readonly name: string;
  readonly port: unknown;
  readonly protocol: string;
  readonly hostname: string;
}

function listenersOf(obj: KubeObject): MergedListener[] {
  return list(record(obj.spec).listeners).map((raw, index) => {
    const l = record(raw);
    return { owner: obj, index, name: str(l.name) ?? '', port: l.port, protocol: str(l.protocol) ?? '', hostname: str(l.hostname) ?? '' };
  });
}

/** TLS-LS2: two listeners are indistinct when they share port and protocol and hostname (Gateway API "Distinct Listeners"). */
function checkConflicts(gateway: KubeObject, sets: readonly KubeObject[], reporterFor: (obj: KubeObject) => Reporter): void {
  const claimed = new Map<string, MergedListener>();
  const keyOf = (l: MergedListener) => JSON.stringify([l.port, l.protocol, l.protocol === 'TCP' || l.protocol === 'UDP' ? '' : l.hostname.toLowerCase()]);
  for (const l of listenersOf(gateway)) if (!claimed.has(keyOf(l))) claimed.set(keyOf(l), l);
  const ordered = [...sets].sort((a, b) => describe(a).localeCompare(describe(b)));
  for (const ls of ordered) {
    for (const l of listenersOf(ls)) {
      if (isPlaceholder(l.hostname) || isPlaceholder(l.port)) continue;
      const first = claimed.get(keyOf(l));
      if (!first) {
        claimed.set(keyOf(l), l);
        continue;
      }
      if (first.owner === ls) continue; // within one ListenerSet: the CRD's own CEL rule refuses it
      const path = `spec.listeners[${l.index}]`;
      const what = `${l.protocol} on port ${String(l.port)} for ${l.hostname ? `"${l.hostname}"` : 'every hostname'}`;
      const precedence = isGateway(first.owner)
        ? 'the Gateway\'s own listeners take precedence'
        : `ListenerSets merge oldest first, then by namespace/name; if ${describe(ls)} was created first, ${describe(first.owner)} is the one refused instead`;
      const message = `${path}: listener "${l.name}" (${what}) is already claimed by listener "${first.name}" of ${describe(first.owner)} on the same Gateway ${describe(gateway)}; `
        + `${precedence}, so this listener is Conflicted and not accepted and its hostname is not served from here; serve the hostname from one place only, `
        + 'or attach routes to the existing listener';
      // Namespace-less manifests: the objects found by name may not meet in one cluster.
      if (metadataOf(gateway).namespace === undefined) reporterFor(ls).warning('TLS-LS2', path, message.replace('is already claimed', 'may already be claimed').replace(', so this listener is', '; if so, this listener is'));
      else reporterFor(ls).error('TLS-LS2', path, message);
    }
  }
}

/**
 * TLS-LS4 and CM-S8: cert-manager's ListenerSet shim copies the Gateway's `issuer` or
 * `cluster-issuer` onto a ListenerSet that has neither, and the Gateway's `issuer-kind` and
 * `issuer-group` onto every ListenerSet, over its own (listenerset/controller.go, inheritAnnotations).
 */
function checkInheritedShim(gateway: KubeObject, ls: KubeObject, report: Reporter): void {
  const gwAnnotations = metadataOf(gateway).annotations;
  const own = metadataOf(ls).annotations;
  if (isShimmed(ls)) {
    for (const key of [SHIM.issuerKind, SHIM.issuerGroup]) {
      const inherited = str(gwAnnotations[key]);
      if (inherited === undefined || inherited === str(own[key])) continue;
      const path = annotationPath(key);
      if (own[SHIM.clusterIssuer] !== undefined) {
        report.error('CM-S8', path, `${path}: ${describe(gateway)} sets "${key}" (${JSON.stringify(inherited)}), which cert-manager's ListenerSet shim copies onto this ListenerSet; `
          + `with this ListenerSet's "${SHIM.clusterIssuer}" that makes both "${SHIM.clusterIssuer}" and "${key}" set, and the shim refuses it; `
          + `remove "${key}" from the Gateway, or name the issuer with "${SHIM.issuer}" and the Gateway's kind and group`);
      } else {
        report.warning('TLS-LS4', path, `${path}: cert-manager's ListenerSet shim replaces ${own[key] === undefined ? 'the default of' : `this ListenerSet's value ${JSON.stringify(own[key])} for`} "${key}" `
          + `with ${describe(gateway)}'s ${JSON.stringify(inherited)}, so "${SHIM.issuer}" ${JSON.stringify(own[SHIM.issuer] ?? '')} is looked up as that kind of issuer; `
          + `give the Gateway and its ListenerSets the same "${key}", or remove it from the Gateway`);
      }
    }
    return;
  }
  if (!isShimmed(gateway)) return;
  const ignored = ignoredListeners(ls);
  const certified = listenersOf(ls).filter((l) => TLS_PROTOCOLS.includes(l.protocol) && !ignored.has(l.name)
    && (str(record(record(list(record(ls.spec).listeners)[l.index]).tls).mode) ?? 'Terminate') === 'Terminate');
  if (certified.length === 0) return;
  const issuerKey = str(gwAnnotations[SHIM.clusterIssuer]) !== undefined ? SHIM.clusterIssuer : SHIM.issuer;
  const path = annotationPath(SHIM.ignoreTlsListeners);
  report.warning('TLS-LS4', path, `${path}: ${describe(gateway)} carries "${issuerKey}", which cert-manager's ListenerSet shim (feature gate ListenerSets, `
    + `--enable-gateway-api-listenerset) copies onto this ListenerSet: it then issues Certificates for the Secrets of listeners ${certified.map((l) => `"${l.name}"`).join(', ')} `
    + 'with cert-manager\'s defaults (not the Gateway\'s key and lifetime annotations), overwriting what writes them today; '
    + `list those listeners in "${SHIM.ignoreTlsListeners}" on the ListenerSet, or give it its own issuer annotations`);
}

const listenerSetRules: CrossCheck = (ctx, reporterFor) => {
  const gateways = new Map<string, KubeObject>();
  for (const obj of ctx.objects) if (isGateway(obj)) gateways.set(key2(metadataOf(obj).namespace ?? '', metadataOf(obj).name), obj);
  const setsByGateway = new Map<KubeObject, KubeObject[]>();
  for (const ls of ctx.objects) {
    if (!isListenerSet(ls)) continue;
    const key = parentGatewayKey(ls);
    const gateway = key ? gateways.get(key) : undefined;
    if (!gateway) continue;
    const lsNs = metadataOf(ls).namespace ?? '';
    const { admitted, why } = admits(ctx, gateway, lsNs);
    if (admitted === false) {
      const path = 'spec.parentRef';
      const fix = 'set the Gateway\'s spec.allowedListeners.namespaces to admit it (TlsGateway allowedListeners: AllowedListeners.fromNamespaces([...]))';
      if (metadataOf(gateway).namespace === undefined) {
        // Namespace-less manifests: the Gateway found by name may not be the one the ListenerSet meets in the cluster.
        reporterFor(ls).warning('TLS-LS1', path, `${path}: ${describe(gateway)} (no namespace here) may be this ListenerSet's parent; it admits no ListenerSets of `
          + `${lsNs ? `namespace "${lsNs}"` : 'this namespace'} (${why}), so, if it is, none of this ListenerSet's listeners is served; ${fix}`);
      } else {
        reporterFor(ls).error('TLS-LS1', path, `${path}: ${describe(gateway)} does not admit ListenerSets of namespace "${lsNs}" (${why}), so none of this ListenerSet's listeners is served; ${fix}`);
      }
      continue;
    }
    setsByGateway.set(gateway, [...(setsByGateway.get(gateway) ?? []), ls]);
    checkInheritedShim(gateway, ls, reporterFor(ls));
  }
  for (const [gateway, sets] of setsByGateway) checkConflicts(gateway, sets, reporterFor);
};

export const LISTENER_SET_CROSS_CHECKS: readonly CrossCheck[] = [listenerSetRules];
