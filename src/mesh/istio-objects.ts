// The Istio objects a MeshMtlsPolicy renders (internal: the construct is the public API).
import { ApiObject, Lazy } from 'cdk8s';
import { IServiceAccount, Service } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { IstioMtlsMode, MeshAllowOptions } from './istio';
import { MeshScope, MeshScopeType } from './mesh-scope';
import * as kinds from '../core/custom-resource-kinds';
import { validateWithRules } from '../core/rule-validation';
import { MTLS_DISABLE_REASON_ANNOTATION } from '../rules/mesh/istio-peer-authentication';

/** The SPIFFE principal Istio gives a service account: `<trust domain>/ns/<namespace>/sa/<name>`. */
export function spiffePrincipal(serviceAccount: IServiceAccount, trustDomain: string): string {
  const subject = serviceAccount.toSubjectConfiguration();
  return `${trustDomain}/ns/${subject.namespace ?? 'default'}/sa/${subject.name}`;
}

/** One ALLOW rule, in the AuthorizationPolicy's wire form. */
export function istioAllowRule(source: Record<string, unknown>, options: MeshAllowOptions): Record<string, unknown> {
  const operation: Record<string, unknown> = {};
  if (options.paths?.length) operation.paths = [...options.paths];
  if (options.methods?.length) operation.methods = [...options.methods];
  if (options.ports?.length) operation.ports = options.ports.map(String);
  return { from: [{ source }], ...(Object.keys(operation).length ? { to: [{ operation }] } : {}) };
}

/** The Istio objects of a `MeshMtlsPolicy`. */
export class IstioPolicyObjects {
  public readonly peerAuthentication: ApiObject;
  public readonly denyAll?: ApiObject;
  public allowPolicy?: ApiObject;
  public readonly destinationRules: ApiObject[] = [];
  private readonly allowRules: Record<string, unknown>[] = [];
  private readonly portModes = new Map<number, IstioMtlsMode>();
  private readonly namespace: string;

  constructor(private readonly owner: Construct, private readonly scope: MeshScope, mode: IstioMtlsMode, defaultDeny: boolean) {
    this.namespace = scope.policyNamespace;
    this.peerAuthentication = new ApiObject(owner, 'PeerAuthentication', {
      ...kinds.ISTIO_PEER_AUTHENTICATION(),
      metadata: {
        namespace: this.namespace,
        ...(mode.reason ? { annotations: { [MTLS_DISABLE_REASON_ANNOTATION]: mode.reason } } : {}),
      },
      spec: Lazy.any({
        produce: () => ({
          ...this.selector(),
          mtls: { mode: mode.mode },
          ...(this.portModes.size ? {
            portLevelMtls: Object.fromEntries([...this.portModes].sort(([a], [b]) => a - b).map(([port, m]) => [String(port), { mode: m.mode }])),
          } : {}),
        }),
      }),
    });
    validateWithRules(this.peerAuthentication, this.peerAuthentication);
    if (defaultDeny) {
      // An ALLOW policy without rules matches no request: every request is denied unless another
      // ALLOW policy (the allow rules) matches it.
      this.denyAll = new ApiObject(owner, 'DefaultDeny', {
        ...kinds.ISTIO_AUTHORIZATION_POLICY(),
        metadata: { namespace: this.namespace },
        spec: Lazy.any({ produce: () => ({ ...this.selector() }) }),
      });
      validateWithRules(this.denyAll, this.denyAll);
    }
  }

  public addPortMode(port: number, mode: IstioMtlsMode): void {
    this.portModes.set(port, mode);
  }

  public addAllowRule(rule: Record<string, unknown>): void {
    if (!this.allowPolicy) {
      this.allowPolicy = new ApiObject(this.owner, 'Allow', {
        ...kinds.ISTIO_AUTHORIZATION_POLICY(),
        metadata: { namespace: this.namespace },
        spec: Lazy.any({ produce: () => ({ ...this.selector(), action: 'ALLOW', rules: this.allowRules.map((r) => ({ ...r })) }) }),
      });
      validateWithRules(this.allowPolicy, this.allowPolicy);
    }
    this.allowRules.push(rule);
  }

  public addDestinationHost(host: string): ApiObject {
    const rule = new ApiObject(this.owner, `Destination${this.destinationRules.length}`, {
      ...kinds.ISTIO_DESTINATION_RULE(),
      metadata: { namespace: this.namespace },
      spec: { host, trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } },
    });
    validateWithRules(rule, rule);
    this.destinationRules.push(rule);
    return rule;
  }

  public addDestinationService(service: Service): ApiObject {
    const ns = service.metadata.namespace ?? this.namespace;
    return this.addDestinationHost(`${service.name}.${ns}.svc.cluster.local`);
  }

  private selector(): Record<string, unknown> {
    const labels = this.scope.type === MeshScopeType.WORKLOADS ? this.scope.matchLabels : undefined;
    return labels ? { selector: { matchLabels: { ...labels } } } : {};
  }
}
