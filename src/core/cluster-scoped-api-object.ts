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
