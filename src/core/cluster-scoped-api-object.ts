import { ApiObject } from 'cdk8s';

/**
 * An ApiObject of a cluster-scoped kind. cdk8s gives every object its chart's namespace; the API
 * server ignores it on cluster-scoped kinds, but GitOps tools show a permanent diff and readers
 * are misled, so it is left out.
 */
export class ClusterScopedApiObject extends ApiObject {
  public toJson(): any {
    const json = super.toJson();
    if (json.metadata) delete json.metadata.namespace;
    return json;
  }
}

/** Whether `apiObject` is written without a namespace (a boolean, not a type guard: the two classes have one shape). */
export function isClusterScoped(apiObject: ApiObject): boolean {
  // Not instanceof: cdk8s's ApiObject answers instanceof for every ApiObject (Symbol.hasInstance),
  // and its subclasses inherit that answer.
  return Object.prototype.isPrototypeOf.call(ClusterScopedApiObject.prototype, apiObject);
}
