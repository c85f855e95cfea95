// How cert-manager resolves an issuer reference, for every rule that follows one (a Certificate's
// issuerRef, an Ingress's or Gateway's shim annotations): one index of the issuers under audit,
// built once per audit on the rule context.
import { ExternalReference } from './audit-options';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from './object';

/** The API group of cert-manager's own issuer kinds. */
export const CM_GROUP = 'cert-manager.io';

/** What an issuer reference resolves to, with cert-manager's defaults applied. */
export interface IssuerRef {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
}

/**
 * Groups whose objects are never issuers: core and networking kinds, Gateway API, ACME orders.
 * An external issuer may be of any other group, so its kinds are indexed too.
 */
const NOT_ISSUER_GROUPS = new Set(['', 'acme.cert-manager.io', 'gateway.networking.k8s.io', 'networking.k8s.io']);

const indexKey = (group: string, kind: string, namespace: string, name: string): string => JSON.stringify([group, kind, namespace, name]);

/** Issuers, ClusterIssuers and external issuers by group, kind, namespace ('' when unset or cluster-scoped) and name. */
export class IssuerIndex {
  private readonly byKey = new Map<string, KubeObject>();

  constructor(objects: readonly KubeObject[]) {
    for (const obj of objects) {
      const group = apiGroupOf(obj);
      if (NOT_ISSUER_GROUPS.has(group)) continue;
      const kind = kindOf(obj);
      if (group === CM_GROUP && kind !== 'Issuer' && kind !== 'ClusterIssuer') continue;
      const md = metadataOf(obj);
      // A ClusterIssuer is cluster-scoped: a namespace written on it is ignored by the API server.
      const ns = group === CM_GROUP && kind === 'ClusterIssuer' ? '' : md.namespace ?? '';
      const key = indexKey(group, kind, ns, md.name);
      if (!this.byKey.has(key)) this.byKey.set(key, obj);
    }
  }

  /** The issuer `ref` names for an object in `namespace` (''), or undefined. */
  public find(ref: IssuerRef, namespace: string): KubeObject | undefined {
    if (ref.group === CM_GROUP) {
      return this.byKey.get(indexKey(ref.group, ref.kind, ref.kind === 'ClusterIssuer' ? '' : namespace, ref.name));
    }
    // External issuers may be namespaced or cluster-scoped; their scope isn't known here.
    return this.byKey.get(indexKey(ref.group, ref.kind, namespace, ref.name)) ?? this.byKey.get(indexKey(ref.group, ref.kind, '', ref.name));
  }
}

/** A Certificate's `issuerRef`, or undefined when the webhook refuses it anyway (CM-C3, CM-C4). */
export function certificateIssuerRef(cert: KubeObject): IssuerRef | undefined {
  const ref = record(record(cert.spec).issuerRef);
  const name = str(ref.name) ?? '';
  if (name === '') return undefined;
  const group = str(ref.group) || CM_GROUP;
  const kind = str(ref.kind) || 'Issuer';
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
  if (ref.group !== CM_GROUP) return `ExternalIssuer.fromExternalIssuerName(this, '${ref.name}', { group: '${ref.group}', kind: '${ref.kind}', name: '${ref.name}' })`;
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
