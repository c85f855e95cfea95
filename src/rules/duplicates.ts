// TLS-DUPLICATE: one object (API group, kind, namespace, name) defined more than once. The
// cross-object rules look objects up by name and check a reference against one definition (for
// issuers, the one whose file is nearest to the referring object's, issuer-index.ts); without this
// finding that choice would be silent. The engine's canonical order makes it independent of the
// order of files. Whether the two definitions can meet decides the severity:
// - in one file or one cdk8s app, both reach one cluster: Kustomize (and so Flux) refuses the
//   build ("may not add resource with an already registered id") and kubectl keeps the last one
//   applied. Different definitions: error (one of them is lost); identical ones: warning (works
//   with kubectl, fragile with Kustomize).
// - in different files, the repository may hold several clusters or namespaces (Flux and
//   Kustomize set the namespace of namespace-less objects): whether both reach one place could
//   not be checked, so info.
import { RuleContext } from './context';
import { sameSource } from './namespaces';
import { KubeObject, apiGroupOf, kindOf, metadataOf, record, str } from './object';
import { Reporter } from './report';
import { CrossCheck } from './rule';
import { stableJsonOf } from './stable-json';
import { isPlaceholder } from './util/placeholder';

export const DUPLICATE_RULE_ID = 'TLS-DUPLICATE';

/** Cluster-scoped kinds the rules meet: a namespace written on them is ignored by the API server. */
const CLUSTER_SCOPED = new Set([
  'cert-manager.io/ClusterIssuer', '/Namespace', 'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
  'networking.k8s.io/IngressClass', 'gateway.networking.k8s.io/GatewayClass', 'trust.cert-manager.io/Bundle', 'trust-manager.io/ClusterBundle',
  'apiextensions.k8s.io/CustomResourceDefinition', 'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration', 'certificates.k8s.io/CertificateSigningRequest', 'certificates.k8s.io/ClusterTrustBundle',
  'apiregistration.k8s.io/APIService', 'policy.linkerd.io/MeshTLSAuthentication',
]);

/** The identity of an object, or undefined when a placeholder or a missing name leaves it unknown. */
function identityOf(obj: KubeObject): string | undefined {
  const md = record(obj.metadata);
  const name = str(md.name) ?? '';
  const group = apiGroupOf(obj);
  const kind = kindOf(obj);
  if (name === '' || kind === '' || isPlaceholder(name) || isPlaceholder(md.namespace)) return undefined;
  const namespace = CLUSTER_SCOPED.has(`${group}/${kind}`) ? '' : metadataOf(obj).namespace ?? '';
  return JSON.stringify([group, kind, namespace, name]);
}


const checkDuplicates: CrossCheck = (ctx, reporterFor) => {
  const byIdentity = new Map<string, KubeObject[]>();
  for (const obj of ctx.objects) {
    const id = identityOf(obj);
    if (id !== undefined) byIdentity.set(id, [...(byIdentity.get(id) ?? []), obj]);
  }
  for (const group of byIdentity.values()) {
    if (group.length < 2) continue;
    // ctx.objects is in canonical order: each later definition is reported against the first.
    const [used, ...others] = group;
    for (const obj of others) report(ctx, reporterFor(obj), obj, used);
  }
};

function report(ctx: RuleContext, reporter: Reporter, obj: KubeObject, used: KubeObject): void {
  const identical = stableJsonOf(obj) === stableJsonOf(used);
  const what = `${kindOf(obj)} "${metadataOf(obj).name}"`;
  const path = 'metadata.name';
  const lookups = 'the cross-object rules check each reference against one of them (for an issuer, the one in the file nearest to the referring object)';
  if (sameSource(ctx, obj, used)) {
    const where = ctx.sourceOf(obj) === undefined ? 'in this app' : `in ${ctx.sourceOf(obj)}`;
    if (identical) {
      reporter.warning(DUPLICATE_RULE_ID, path, `${path}: ${what} is defined twice ${where}, identically; Kustomize (and Flux) refuse such a build `
        + '("may not add resource with an already registered id"); remove one copy');
    } else {
      reporter.error(DUPLICATE_RULE_ID, path, `${path}: ${what} is defined twice ${where}, differently; only one of the two can exist in the cluster `
        + `(Kustomize and Flux refuse the build, kubectl keeps the last one applied); ${lookups}; merge them into one definition or rename one`);
    }
    return;
  }
  const same = identical ? 'identically' : 'differently';
  const other = ctx.sourceOf(used) ?? 'another file';
  reporter.info(DUPLICATE_RULE_ID, path, `${path}: ${what} is also defined, ${same}, in ${other}; `
    + 'that is normal when the files go to different clusters or namespaces, and could not be checked here'
    + (identical ? '' : `; if both reach one cluster, the last one applied wins; ${lookups}`));
}

export const DUPLICATE_CHECKS: readonly CrossCheck[] = [checkDuplicates];
