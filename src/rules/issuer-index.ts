// The issuers of the manifests, looked up as cert-manager resolves an issuerRef or a shim
// annotation: Issuers in the referrer's namespace, ClusterIssuers anywhere, external issuer kinds
// (any group but cert-manager's) namespaced or cluster-scoped.
//
// GitOps repositories need two allowances, both only when auditing files (an app knows its
// namespaces and holds one definition of each object):
// - a namespace-less object may land in any namespace, so when the exact namespace finds
//   nothing, a namespace-less Issuer of the name (or, from a namespace-less referrer, one in any
//   namespace) may be the one meant;
// - one repository often holds several clusters, each with its own definition of, say, the
//   ClusterIssuer "letsencrypt": of several definitions, the one whose file is nearest to the
//   referrer's (the longest common directory) is used, then the first in the engine's canonical
//   order. TLS-DUPLICATE reports the definitions.
import { ExternalReference } from './audit-options';
import { AuditMode, RuleContext } from './context';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from './object';
import { isPlaceholder } from './util/placeholder';

export const CM_GROUP = 'cert-manager.io';

/** What an issuerRef or a shim annotation names, with cert-manager's defaults applied. */
export interface IssuerRef {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
}

/** Groups whose objects are never issuers. */
const NOT_ISSUERS = new Set(['', 'acme.cert-manager.io', 'gateway.networking.k8s.io', 'networking.k8s.io']);

const key = (group: string, kind: string, namespace: string, name: string): string => JSON.stringify([group, kind, namespace, name]);

/** How many leading directories two file paths share. */
function sharedDirectories(a: string, b: string): number {
  const da = a.split(/[\\/]/).slice(0, -1);
  const db = b.split(/[\\/]/).slice(0, -1);
  let n = 0;
  while (n < da.length && n < db.length && da[n] === db[n]) n++;
  return n;
}

export class IssuerIndex {
  private readonly byKey = new Map<string, KubeObject[]>();
  private readonly byName = new Map<string, KubeObject[]>();
  private readonly audit: boolean;

  constructor(private readonly ctx: RuleContext) {
    this.audit = ctx.mode === AuditMode.AUDIT;
    for (const obj of ctx.objects) {
      const group = apiGroupOf(obj);
      const kind = kindOf(obj);
      if (NOT_ISSUERS.has(group) || (group === CM_GROUP && kind !== 'Issuer' && kind !== 'ClusterIssuer')) continue;
      const md = metadataOf(obj);
      // A ClusterIssuer is cluster-scoped: a namespace written on it is ignored by the API server.
      const ns = group === CM_GROUP && kind === 'ClusterIssuer' ? '' : md.namespace ?? '';
      this.add(this.byKey, key(group, kind, ns, md.name), obj);
      this.add(this.byName, key(group, kind, '*', md.name), obj);
    }
  }

  /** The issuer `ref` names for `from`, an object in `namespace` ('' when unset), or undefined. */
  find(ref: IssuerRef, namespace: string, from: KubeObject): KubeObject | undefined {
    const exact = (ns: string) => this.byKey.get(key(ref.group, ref.kind, ns, ref.name));
    if (ref.group === CM_GROUP) {
      const ns = ref.kind === 'ClusterIssuer' ? '' : namespace;
      const found = exact(ns);
      if (found || ref.kind === 'ClusterIssuer' || !this.audit) return this.nearest(found, from);
      const named = (this.byName.get(key(ref.group, ref.kind, '*', ref.name)) ?? []).filter((o) => namespace === '' || metadataOf(o).namespace === undefined);
      return this.nearest(named, from);
    }
    // External issuers may be namespaced or cluster-scoped; their scope isn't known here.
    return this.nearest(exact(namespace) ?? exact(''), from);
  }

  /**
   * The namespaces of the cert-manager Issuers named by `ref` when every one of them is in another
   * namespace than the referrer's `namespace`: cert-manager looks only in the referrer's namespace
   * and finds none (TLS-X20). Empty when the ref is not to an Issuer, when one is in `namespace`,
   * or when a namespace is unknown (left to the GitOps tool, a placeholder) and so no claim holds.
   */
  issuerOnlyInOtherNamespaces(ref: IssuerRef, namespace: string): string[] {
    if (ref.group !== CM_GROUP || ref.kind !== 'Issuer' || namespace === '' || isPlaceholder(namespace) || isPlaceholder(ref.name)) return [];
    const namespaces = (this.byName.get(key(CM_GROUP, 'Issuer', '*', ref.name)) ?? []).map((o) => metadataOf(o).namespace ?? '');
    if (namespaces.length === 0 || namespaces.includes(namespace) || namespaces.some((ns) => ns === '' || isPlaceholder(ns))) return [];
    return namespaces;
  }

  private add(map: Map<string, KubeObject[]>, k: string, obj: KubeObject): void {
    const found = map.get(k);
    if (found) found.push(obj);
    else map.set(k, [obj]);
  }

  private nearest(candidates: readonly KubeObject[] | undefined, from: KubeObject): KubeObject | undefined {
    if (!candidates || candidates.length === 0) return undefined;
    const file = this.ctx.sourceOf(from);
    if (candidates.length === 1 || !this.audit || file === undefined) return candidates[0];
    let best = candidates[0];
    let bestScore = -1;
    for (const c of candidates) {
      const other = this.ctx.sourceOf(c);
      const score = other === undefined ? -1 : sharedDirectories(file, other);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}

/** A Certificate's `issuerRef`, or undefined when the webhook refuses it anyway (CM-C3, CM-C4). */
export function certificateIssuerRef(cert: KubeObject): IssuerRef | undefined {
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

/** The external reference the app declares for `ref` (e.g. `ClusterIssuer.fromClusterIssuerName`), if any. */
export function declaredExternal(externals: readonly ExternalReference[], ref: IssuerRef, namespace: string): ExternalReference | undefined {
  const clusterScoped = ref.group === CM_GROUP && ref.kind === 'ClusterIssuer';
  return externals.find((e) => e.group === ref.group && e.kind === ref.kind && e.name === ref.name
    && (clusterScoped || (ref.group !== CM_GROUP && e.namespace === undefined) || (e.namespace ?? '') === namespace));
}

/** The library call that declares an existing issuer, for messages. */
export function fromNameHint(ref: IssuerRef, namespace: string): string {
  if (ref.group !== CM_GROUP) {
    return `ExternalIssuer.fromExternalIssuerName(this, '${ref.name}', { group: '${ref.group}', kind: '${ref.kind}', name: '${ref.name}' })`;
  }
  if (ref.kind === 'ClusterIssuer') return `ClusterIssuer.fromClusterIssuerName(this, '${ref.name}', '${ref.name}')`;
  return `Issuer.fromIssuerName(this, '${ref.name}', '${ref.name}'${namespace ? `, { namespace: '${namespace}' }` : ''})`;
}

/** `spec.acme` of a cert-manager issuer, or undefined for other issuers. */
export function acmeOf(issuer: KubeObject | undefined): Record<string, any> | undefined {
  if (!issuer || apiGroupOf(issuer) !== CM_GROUP) return undefined;
  const acme = record(issuer.spec).acme;
  return isRecord(acme) ? acme : undefined;
}

/** The ACME solvers of an issuer, or undefined for a non-ACME issuer. */
export function acmeSolvers(issuer: KubeObject | undefined): unknown[] | undefined {
  const acme = acmeOf(issuer);
  return acme ? list(acme.solvers) : undefined;
}
