// The Linkerd objects a MeshMtlsPolicy renders (internal: the construct is the public API).
import { ApiObject, Lazy } from 'cdk8s';
import { IServiceAccount } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MeshAllowOptions } from './istio';
import { LinkerdInboundPolicy, LinkerdServerOptions } from './linkerd';
import { MeshScope, MeshScopeType } from './mesh-scope';
import * as kinds from '../core/custom-resource-kinds';
import { validateWithRules } from '../core/rule-validation';
import { LINKERD_INBOUND_POLICY_ANNOTATION } from '../rules/mesh/linkerd-namespace';

interface Grant {
  readonly authentication: ApiObject;
  readonly ports?: number[];
}

interface ServerEntry {
  readonly object: ApiObject;
  readonly port: number;
}

/** The Linkerd objects of a `MeshMtlsPolicy`. */
export class LinkerdPolicyObjects {
  /** The annotation Linkerd reads the default inbound policy from. */
  public static annotations(inboundPolicy: LinkerdInboundPolicy): { [key: string]: string } {
    return { [LINKERD_INBOUND_POLICY_ANNOTATION]: inboundPolicy };
  }

  /** identityRefs entry for a service account. */
  public static serviceAccountRef(serviceAccount: IServiceAccount): Record<string, unknown> {
    const subject = serviceAccount.toSubjectConfiguration();
    return { kind: 'ServiceAccount', name: subject.name, ...(subject.namespace ? { namespace: subject.namespace } : {}) };
  }

  public readonly servers: ApiObject[] = [];
  public readonly authentications: ApiObject[] = [];
  public readonly authorizations: ApiObject[] = [];
  private readonly entries: ServerEntry[] = [];
  private readonly grants: Grant[] = [];
  private readonly namespace: string;

  constructor(private readonly owner: Construct, private readonly scope: MeshScope, inboundPolicy: LinkerdInboundPolicy) {
    if (scope.type === MeshScopeType.MESH) {
      throw new Error(`${owner.node.path}: Linkerd has no mesh-wide policy object; set the control plane's Helm value proxy.defaultInboundPolicy=${inboundPolicy}, `
        + 'and scope the policy to a namespace (MeshScope.namespace) or workloads');
    }
    this.namespace = scope.policyNamespace;
    scope._annotatable?.addAnnotation(LINKERD_INBOUND_POLICY_ANNOTATION, inboundPolicy);
    // The policy wrote the namespace's annotation: its findings (TLS-M8) are the policy's.
    if (scope._namespaceObject) validateWithRules(owner, scope._namespaceObject);
  }

  public addServer(options: LinkerdServerOptions): ApiObject {
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
      throw new Error(`${this.owner.node.path}: Server port ${options.port} is not a port number (1-65535)`);
    }
    const workload = options.workload;
    const labels = () => (workload ? workload.matchLabels : this.scope.matchLabels ?? {});
    const server = new ApiObject(this.owner, `Server${this.entries.length}`, {
      ...kinds.LINKERD_SERVER(),
      metadata: { namespace: this.namespace },
      spec: Lazy.any({
        produce: () => ({
          podSelector: { matchLabels: { ...labels() } },
          port: options.port,
          ...(options.proxyProtocol ? { proxyProtocol: options.proxyProtocol } : {}),
          // v1beta3's default, written out: a port is closed until an AuthorizationPolicy opens it.
          accessPolicy: 'deny',
        }),
      }),
    });
    validateWithRules(server, server);
    const entry = { object: server, port: options.port };
    this.entries.push(entry);
    this.servers.push(server);
    for (const grant of this.grants) {
      if (!grant.ports || grant.ports.includes(entry.port)) this.authorize(grant, this.serverTarget(entry));
    }
    return server;
  }

  public allowIdentities(identityRefs: Record<string, unknown>[], options: MeshAllowOptions): void {
    if (options.paths?.length || options.methods?.length) {
      throw new Error(`${this.owner.node.path}: Linkerd authorizes paths and methods through an HTTPRoute on the Server, which MeshMtlsPolicy does not create; `
        + 'allow by port here, and write the HTTPRoute and its AuthorizationPolicy yourself');
    }
    const authentication = new ApiObject(this.owner, `Authentication${this.authentications.length}`, {
      ...kinds.LINKERD_MESH_TLS_AUTHENTICATION(),
      metadata: { namespace: this.namespace },
      spec: { identityRefs },
    });
    validateWithRules(authentication, authentication);
    this.authentications.push(authentication);
    const grant: Grant = { authentication, ports: options.ports?.length ? [...options.ports] : undefined };
    this.grants.push(grant);
    if (!grant.ports && this.scope.type === MeshScopeType.NAMESPACE) {
      // Every Server of the namespace, including ones added later or outside this app.
      this.authorize(grant, { group: '', kind: 'Namespace', name: this.namespace });
      return;
    }
    for (const entry of this.entries) {
      if (!grant.ports || grant.ports.includes(entry.port)) this.authorize(grant, this.serverTarget(entry));
    }
  }

  private serverTarget(entry: ServerEntry): Record<string, unknown> {
    return { group: kinds.LINKERD_SERVER().apiVersion.split('/')[0], kind: 'Server', name: entry.object.name };
  }

  private authorize(grant: Grant, targetRef: Record<string, unknown>): void {
    // A namespace-wide grant was authorized once, against the Namespace.
    if (!grant.ports && this.scope.type === MeshScopeType.NAMESPACE && targetRef.kind === 'Server') return;
    const policy = new ApiObject(this.owner, `Authorization${this.authorizations.length}`, {
      ...kinds.LINKERD_AUTHORIZATION_POLICY(),
      metadata: { namespace: this.namespace },
      spec: {
        targetRef,
        requiredAuthenticationRefs: [{ group: 'policy.linkerd.io', kind: 'MeshTLSAuthentication', name: grant.authentication.name }],
      },
    });
    validateWithRules(policy, policy);
    this.authorizations.push(policy);
  }
}
