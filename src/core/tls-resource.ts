import { ApiObject, Chart } from 'cdk8s';
import { isClusterScoped } from './cluster-scoped-api-object';
import { TlsConstruct } from './tls-construct';

/**
 * A construct that stands for one Kubernetes object (a Certificate, an Issuer, an Ingress, a
 * Gateway, a PrometheusRule, ...): `apiObject`, `name` and `namespace` mean the same on all of
 * them, as on cdk8s-plus's `Resource`.
 */
export abstract class TlsResource extends TlsConstruct {
  /** The Kubernetes object, for escape hatches (`apiObject.addJsonPatch`); the rules check the result. */
  public abstract readonly apiObject: ApiObject;

  /** The object's name: `metadata.name` as given, or the name cdk8s generates from the construct path. */
  public get name(): string {
    return this.apiObject.name;
  }

  /**
   * The namespace the object is written to: its `metadata.namespace`, else its chart's;
   * undefined for a cluster-scoped object, or when neither sets one.
   */
  public get namespace(): string | undefined {
    if (isClusterScoped(this.apiObject)) return undefined;
    return this.apiObject.metadata.namespace ?? Chart.of(this.apiObject).namespace;
  }
}
