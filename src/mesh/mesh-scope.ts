import { ApiObject, ApiObjectMetadataDefinition, Chart } from 'cdk8s';
import { Namespace, Workload } from 'cdk8s-plus-27';
import { KubeNamespace } from 'cdk8s-plus-27/lib/imports/k8s';

/** Istio's default root namespace: a policy there applies to the whole mesh. */
export const DEFAULT_ISTIO_ROOT_NAMESPACE = 'istio-system';

/** What a mesh scope covers. */
export enum MeshScopeType {
  /** Every workload of the mesh (Istio: policies in the root namespace). */
  MESH = 'mesh',
  /** Every workload of one namespace. */
  NAMESPACE = 'namespace',
  /** The workloads a label selector picks in one namespace. */
  WORKLOADS = 'workloads',
}

/** Options of `MeshScope.mesh`. */
export interface MeshWideScopeOptions {
  /**
   * Istio's root namespace (`meshConfig.rootNamespace`).
   * @default 'istio-system'
   */
  readonly rootNamespace?: string;
}

/**
 * Which workloads a `MeshMtlsPolicy` governs: the whole mesh, a namespace, or selected workloads.
 * Namespaces and workloads are cdk8s-plus objects, so the policy can annotate them where the mesh
 * reads its settings from annotations (Linkerd's default inbound policy).
 */
export class MeshScope {
  /** The whole mesh (Istio only: Linkerd has no mesh-wide policy object). */
  public static mesh(options: MeshWideScopeOptions = {}): MeshScope {
    const root = options.rootNamespace ?? DEFAULT_ISTIO_ROOT_NAMESPACE;
    return new MeshScope(MeshScopeType.MESH, () => root);
  }

  /** Every workload of a cdk8s-plus `Namespace` defined in the app (annotated for Linkerd). */
  public static namespace(namespace: Namespace): MeshScope {
    return new MeshScope(MeshScopeType.NAMESPACE, () => namespace.name, namespace.metadata, undefined, undefined, ApiObject.of(namespace));
  }

  /** Every workload of a `KubeNamespace` defined in the app (annotated for Linkerd). */
  public static kubeNamespace(namespace: KubeNamespace): MeshScope {
    return new MeshScope(MeshScopeType.NAMESPACE, () => namespace.name, namespace.metadata, undefined, undefined, namespace);
  }

  /**
   * Every workload of a namespace that exists outside the app. Linkerd reads the default inbound
   * policy from the namespace's annotations, which this app cannot set: annotate the namespace
   * with `MeshMtlsPolicy.namespaceAnnotations` yourself.
   */
  public static namespaceName(name: string): MeshScope {
    return new MeshScope(MeshScopeType.NAMESPACE, () => name);
  }

  /** The pods of a cdk8s-plus workload (Deployment, StatefulSet, ...), by its pod selector. */
  public static workload(workload: Workload): MeshScope {
    return new MeshScope(MeshScopeType.WORKLOADS,
      () => workload.metadata.namespace ?? Chart.of(workload).namespace ?? 'default',
      undefined, () => workload.matchLabels, workload.podMetadata);
  }

  /** The pods with these labels in a namespace. */
  public static selector(namespaceName: string, matchLabels: { [key: string]: string }): MeshScope {
    return new MeshScope(MeshScopeType.WORKLOADS, () => namespaceName, undefined, () => ({ ...matchLabels }));
  }

  /** What the scope covers. */
  public readonly type: MeshScopeType;
  private readonly namespaceOf: () => string;
  private readonly labelsOf?: () => { [key: string]: string };
  /** @internal the metadata the mesh's annotations go on (namespace or pod template), when in the app */
  public readonly _annotatable?: ApiObjectMetadataDefinition;
  /** @internal the Namespace object of the app, whose annotations the rules check */
  public readonly _namespaceObject?: ApiObject;

  private constructor(type: MeshScopeType, namespaceOf: () => string, namespaceMetadata?: ApiObjectMetadataDefinition,
    labelsOf?: () => { [key: string]: string }, podMetadata?: ApiObjectMetadataDefinition, namespaceObject?: ApiObject) {
    this.type = type;
    this.namespaceOf = namespaceOf;
    this.labelsOf = labelsOf;
    this._annotatable = namespaceMetadata ?? podMetadata;
    this._namespaceObject = namespaceObject;
  }

  /** The namespace the policy objects live in (the root namespace for the whole mesh). */
  public get policyNamespace(): string {
    return this.namespaceOf();
  }

  /** The pod labels of a workload scope; undefined for a namespace or the mesh. */
  public get matchLabels(): { [key: string]: string } | undefined {
    return this.labelsOf?.();
  }
}
