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
import { AuditMode, RuleContext } from './context';
import { KubeObject, apiGroupOf, kindOf, metadataOf } from './object';

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

  private add(map: Map<string, KubeObject[]>, k: string, obj: KubeObject): void {
    const list = map.get(k);
    if (list) list.push(obj);
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
