// Whether two objects live in one namespace, as far as the manifests tell. GitOps repositories
// leave `metadata.namespace` out and let Flux or Kustomize set it, and one repository often holds
// several clusters: two namespace-less objects are only known to share a namespace when they come
// from one cdk8s app or one file. Rules say "may" when the answer is `unknown`.
import { AuditMode, RuleContext } from './context';
import { KubeObject, metadataOf } from './object';

export type NamespaceRelation = 'same' | 'different' | 'unknown';

/** The relation of two objects' namespaces (a placeholder namespace counts as unset). */
export function namespaceRelation(ctx: RuleContext, a: KubeObject, b: KubeObject): NamespaceRelation {
  return relation(ctx, a, metadataOf(a).namespace, b, metadataOf(b).namespace);
}

/**
 * The same with explicit namespaces, for a reference that names its target's namespace
 * (`undefined`: the object's own, unset).
 */
export function relation(ctx: RuleContext, a: KubeObject, nsA: string | undefined, b: KubeObject, nsB: string | undefined): NamespaceRelation {
  if (nsA !== undefined && nsB !== undefined) return nsA === nsB ? 'same' : 'different';
  if (nsA !== undefined || nsB !== undefined) return 'unknown';
  if (a === b || ctx.mode === AuditMode.APP) return 'same';
  const fileA = ctx.sourceOf(a);
  return fileA !== undefined && fileA === ctx.sourceOf(b) ? 'same' : 'unknown';
}

/** Whether two objects certainly come from one place (one app, or one file): duplicates there always meet. */
export function sameSource(ctx: RuleContext, a: KubeObject, b: KubeObject): boolean {
  if (ctx.mode === AuditMode.APP) return true;
  const file = ctx.sourceOf(a);
  return file !== undefined && file === ctx.sourceOf(b);
}
