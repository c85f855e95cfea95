// Linkerd Servers (policy.linkerd.io): a Server whose access policy lets unauthenticated clients
// in (TLS-M10), and a Server no authorization refers to (TLS-M9): it then either refuses all
// traffic (accessPolicy deny, v1beta3's default) or falls back to its open access policy.
import { LINKERD_INBOUND_POLICIES } from './linkerd-namespace';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck, ObjectCheck } from '../rule';

const LINKERD_GROUP = 'policy.linkerd.io';
const OPEN_POLICIES = ['all-unauthenticated', 'cluster-unauthenticated', 'audit'];

/** TLS-M10 */
function checkAccessPolicy(obj: KubeObject, report: Reporter): void {
  const policy = str(record(obj.spec).accessPolicy);
  if (policy === undefined || !OPEN_POLICIES.includes(policy)) return;
  const path = 'spec.accessPolicy';
  report.warning('TLS-M10', path, `${path}: ${policy} lets clients without a mesh identity reach port ${JSON.stringify(record(obj.spec).port)} `
    + 'even where no AuthorizationPolicy allows them; remove accessPolicy (default deny) and authorize clients with an AuthorizationPolicy');
}

const key = (ns: string, kind: string, name: string): string => JSON.stringify([ns, kind, name]);
const isLinkerd = (obj: KubeObject, kind: string): boolean => apiGroupOf(obj) === LINKERD_GROUP && kindOf(obj) === kind;
const isRoute = (obj: KubeObject): boolean => kindOf(obj) === 'HTTPRoute' || kindOf(obj) === 'GRPCRoute';

/** TLS-M9: every Server is targeted by an authorization, directly, through its namespace, or through a route. */
const checkServerAuthorized: CrossCheck = (ctx, reporterFor) => {
  const targeted = new Set<string>();
  // Routes whose parent is a Server: an AuthorizationPolicy on the route authorizes that Server.
  const routeParents = new Map<string, string[]>();
  // Namespaces with a ServerAuthorization that selects Servers by label: taken as covering them.
  const serverAuthorizationBySelector = new Set<string>();
  for (const obj of ctx.objects) {
    const ns = metadataOf(obj).namespace ?? 'default';
    if (isLinkerd(obj, 'AuthorizationPolicy')) {
      const ref = record(record(obj.spec).targetRef);
      const kind = str(ref.kind) ?? '';
      targeted.add(key(ns, kind, str(ref.name) ?? ''));
    } else if (isLinkerd(obj, 'ServerAuthorization')) {
      const server = record(record(obj.spec).server);
      if (str(server.name)) targeted.add(key(ns, 'Server', str(server.name)!));
      else serverAuthorizationBySelector.add(ns);
    } else if (isRoute(obj)) {
      const parents = list(record(obj.spec).parentRefs).map(record).filter((p) => p.kind === 'Server').map((p) => str(p.name) ?? '');
      routeParents.set(key(ns, kindOf(obj), metadataOf(obj).name), parents);
    }
  }
  for (const [route, parents] of routeParents) {
    if (!targeted.has(route)) continue;
    const ns = JSON.parse(route)[0] as string;
    for (const server of parents) targeted.add(key(ns, 'Server', server));
  }
  for (const server of ctx.objects.filter((o) => isLinkerd(o, 'Server'))) {
    const md = metadataOf(server);
    const ns = md.namespace ?? 'default';
    if (targeted.has(key(ns, 'Server', md.name)) || targeted.has(key(ns, 'Namespace', ns)) || serverAuthorizationBySelector.has(ns)) continue;
    const declared = str(record(server.spec).accessPolicy);
    const version = str(server.apiVersion) ?? '';
    // v1beta3 defaults accessPolicy to deny; older versions have no such field and fall back to the default inbound policy.
    const access = declared ?? (version.endsWith('v1beta3') ? 'deny' : undefined);
    const port = JSON.stringify(record(server.spec).port);
    const effect = access === 'deny' ? `refuses every client on port ${port} (access policy deny)`
      : access !== undefined && LINKERD_INBOUND_POLICIES.includes(access) ? `admits clients on port ${port} by its access policy ${access} alone`
        : `falls back to the pod's default inbound policy on port ${port}`;
    reporterFor(server).warning('TLS-M9', 'metadata.name', `metadata.name: no AuthorizationPolicy targets Server "${md.name}" (nor its namespace or a route on it), so it ${effect}; `
      + 'add an AuthorizationPolicy with targetRef {group: policy.linkerd.io, kind: Server, name: '
      + `${md.name}} and requiredAuthenticationRefs to a MeshTLSAuthentication of the allowed service accounts`);
  }
};

export const LINKERD_SERVER_CHECKS: readonly ObjectCheck[] = [checkAccessPolicy];
export const LINKERD_SERVER_CROSS: CrossCheck = checkServerAuthorized;
