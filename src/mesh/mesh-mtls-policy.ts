import { ApiObject } from 'cdk8s';
import { IServiceAccount, Service } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { DEFAULT_TRUST_DOMAIN, IstioMtlsMode, MeshAllowOptions } from './istio';
import { IstioPolicyObjects, istioAllowRule, spiffePrincipal } from './istio-objects';
import { LinkerdInboundPolicy, LinkerdServerOptions } from './linkerd';
import { LinkerdPolicyObjects } from './linkerd-objects';
import { MeshScope } from './mesh-scope';
import { TlsConstruct } from '../core/tls-construct';

/** The service mesh a `MeshMtlsPolicy` is written for. */
export enum ServiceMesh {
  /** Istio: security.istio.io/v1 and networking.istio.io/v1. */
  ISTIO = 'istio',
  /** Linkerd: policy.linkerd.io (Server v1beta3). */
  LINKERD = 'linkerd',
}

/** Props of `MeshMtlsPolicy`. */
export interface MeshMtlsPolicyProps {
  /** The mesh. */
  readonly mesh: ServiceMesh;
  /** The workloads it governs. */
  readonly scope: MeshScope;
  /**
   * Istio's mutual TLS mode.
   * @default IstioMtlsMode.STRICT
   */
  readonly istioMode?: IstioMtlsMode;
  /**
   * Istio: add an AuthorizationPolicy that denies every request the allow rules do not allow.
   * Without it, any workload of the mesh can call the scope's workloads.
   * @default true
   */
  readonly defaultDeny?: boolean;
  /**
   * Linkerd's default inbound policy for the scope (an annotation on the namespace or the pod template).
   * @default LinkerdInboundPolicy.ALL_AUTHENTICATED
   */
  readonly linkerdInboundPolicy?: LinkerdInboundPolicy;
  /**
   * Istio's SPIFFE trust domain (`meshConfig.trustDomain`), the first part of every principal.
   * @default 'cluster.local'
   */
  readonly trustDomain?: string;
}

/**
 * Mutual TLS between services, for Istio or Linkerd, with secure defaults written out.
 *
 * Istio: a STRICT `PeerAuthentication`, a default-deny `AuthorizationPolicy` and ALLOW rules by
 * SPIFFE principal (`allowFrom`, `allowFromNamespace`), plus `DestinationRule`s with ISTIO_MUTUAL
 * (`addDestination`). Linkerd: the `all-authenticated` default inbound policy on the namespace
 * (or pod template), a `Server` per port (`addServer`, access policy deny), and a
 * `MeshTLSAuthentication` + `AuthorizationPolicy` per allow rule.
 */
export class MeshMtlsPolicy extends TlsConstruct {
  /** The mesh. */
  public readonly mesh: ServiceMesh;
  /** The workloads it governs. */
  public readonly scope: MeshScope;
  /**
   * The annotations a Linkerd namespace or pod template needs: apply them yourself when the scope
   * is a namespace outside the app (`MeshScope.namespaceName`).
   */
  public readonly namespaceAnnotations: { [key: string]: string };
  private readonly trustDomain: string;
  private readonly istio?: IstioPolicyObjects;
  private readonly linkerd?: LinkerdPolicyObjects;

  constructor(scope: Construct, id: string, props: MeshMtlsPolicyProps) {
    super(scope, id);
    this.mesh = props.mesh;
    this.scope = props.scope;
    this.trustDomain = props.trustDomain ?? DEFAULT_TRUST_DOMAIN;
    const inbound = props.linkerdInboundPolicy ?? LinkerdInboundPolicy.ALL_AUTHENTICATED;
    this.namespaceAnnotations = props.mesh === ServiceMesh.LINKERD ? LinkerdPolicyObjects.annotations(inbound) : {};
    if (props.mesh === ServiceMesh.ISTIO) {
      if (props.linkerdInboundPolicy) throw new Error(`${this.node.path}: linkerdInboundPolicy applies to Linkerd, not Istio; use istioMode`);
      this.istio = new IstioPolicyObjects(this, props.scope, props.istioMode ?? IstioMtlsMode.STRICT, props.defaultDeny ?? true);
    } else {
      if (props.istioMode) throw new Error(`${this.node.path}: istioMode applies to Istio, not Linkerd; use linkerdInboundPolicy`);
      this.linkerd = new LinkerdPolicyObjects(this, props.scope, inbound);
    }
  }

  /** Every object the policy created, for inspection and escape hatches. */
  public get apiObjects(): ApiObject[] {
    if (this.istio) {
      return [this.istio.peerAuthentication, ...this.istio.denyAll ? [this.istio.denyAll] : [],
        ...this.istio.allowPolicy ? [this.istio.allowPolicy] : [], ...this.istio.destinationRules];
    }
    const l = this.linkerd!;
    return [...l.servers, ...l.authentications, ...l.authorizations];
  }

  /** Allows calls from the workloads that run as this service account (a mesh identity). */
  public allowFrom(serviceAccount: IServiceAccount, options: MeshAllowOptions = {}): void {
    this.checkPorts(options);
    if (this.istio) this.istio.addAllowRule(istioAllowRule({ principals: [spiffePrincipal(serviceAccount, this.trustDomain)] }, options));
    else this.linkerd!.allowIdentities([LinkerdPolicyObjects.serviceAccountRef(serviceAccount)], options);
  }

  /** Allows calls from every meshed workload of a namespace. */
  public allowFromNamespace(namespaceName: string, options: MeshAllowOptions = {}): void {
    this.checkPorts(options);
    if (this.istio) this.istio.addAllowRule(istioAllowRule({ namespaces: [namespaceName] }, options));
    else this.linkerd!.allowIdentities([{ kind: 'ServiceAccount', namespace: namespaceName }], options);
  }

  /**
   * Istio: a per-port mode for the scope's workloads, e.g. a port whose clients are not yet in
   * the mesh. Needs a workload scope (Istio refuses port exceptions without a selector); anything
   * weaker than STRICT leaves a warning.
   */
  public addPortException(port: number, mode: IstioMtlsMode): void {
    this.requireIstio('addPortException').addPortMode(port, mode);
  }

  /** Istio: a DestinationRule that makes clients use Istio mutual TLS toward a Service. */
  public addDestination(service: Service): ApiObject {
    return this.requireIstio('addDestination').addDestinationService(service);
  }

  /** Istio: a DestinationRule that makes clients use Istio mutual TLS toward a host. */
  public addDestinationHost(host: string): ApiObject {
    return this.requireIstio('addDestinationHost').addDestinationHost(host);
  }

  /** Linkerd: a Server for one port (access policy deny), authorized by the allow rules. */
  public addServer(options: LinkerdServerOptions): ApiObject {
    if (!this.linkerd) throw new Error(`${this.node.path}: addServer is for Linkerd; Istio needs no Server objects`);
    return this.linkerd.addServer(options);
  }

  /** Istio would write a bad port into the rule ("NaN", "0"), Linkerd would silently match no Server. */
  private checkPorts(options: MeshAllowOptions): void {
    const bad = (options.ports ?? []).find((p) => !Number.isInteger(p) || p < 1 || p > 65535);
    if (bad !== undefined) throw new Error(`${this.node.path}: allow rule port ${bad} is not a port number (1-65535)`);
  }

  private requireIstio(method: string): IstioPolicyObjects {
    if (!this.istio) throw new Error(`${this.node.path}: ${method} is for Istio; Linkerd authorizes ports with addServer and allowFrom`);
    return this.istio;
  }
}
