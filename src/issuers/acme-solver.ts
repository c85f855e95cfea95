import { Duration } from 'cdk8s';
import { SecretKeyReference, renderSecretKeyRef } from './issuer-reference';
import { goDuration } from '../core/go-duration';
import { definedFields } from '../core/json';

/** The ACME challenge a solver answers. */
export enum AcmeChallengeType {
  /** HTTP-01: a token served on port 80 of every name. Cannot prove wildcard names. */
  HTTP01 = 'HTTP-01',
  /** DNS-01: a TXT record at `_acme-challenge.<name>`. The only challenge that proves wildcard names. */
  DNS01 = 'DNS-01',
}

/**
 * A way to answer ACME challenges, for `AcmeIssuer` (`solvers` / `addSolver`). Create one with
 * `Http01Solver.ingress`, `Http01Solver.gatewayHttpRoute` or a `Dns01Solver` factory.
 */
export abstract class AcmeSolver {
  /** The challenge this solver answers. */
  public abstract readonly challengeType: AcmeChallengeType;

  /**
   * The solver as cert-manager reads it: one item of `spec.acme.solvers`.
   * @internal
   */
  public abstract _toKube(): Record<string, unknown>;
}

/**
 * Which certificates a solver is used for. With several solvers, cert-manager picks the most
 * specific match: `dnsNames` beats `dnsZones`, a longer zone beats a shorter one, then more
 * matching labels, then list order. A solver without selector is the lowest-priority default.
 */
export interface SolverSelector {
  /**
   * Exact DNS names (as in the Certificate's `dnsNames`) this solver answers for.
   * @default - any name
   */
  readonly dnsNames?: string[];
  /**
   * DNS zones this solver answers for: a zone matches itself and every name below it.
   * @default - any zone
   */
  readonly dnsZones?: string[];
  /**
   * Labels the Certificate (and so its CertificateRequest) must carry for this solver to be used.
   * @default - no label requirement
   */
  readonly matchLabels?: { [key: string]: string };
}

/** Options every solver takes. */
export interface AcmeSolverOptions {
  /**
   * Which certificates this solver answers challenges for.
   * @default - every certificate of the issuer (the default solver)
   */
  readonly selector?: SolverSelector;
  /**
   * Skip cert-manager's self-check and wait this long after presenting the challenge before
   * asking the ACME server to validate. An escape hatch for split-horizon DNS or NAT hairpinning,
   * where cert-manager cannot see what the ACME server sees; `Duration.seconds(0)` asks at once.
   * @default - cert-manager checks the challenge itself before asking the ACME server
   */
  readonly waitInsteadOfSelfCheck?: Duration;
}

// ---------------------------------------------------------------------------------------------
// HTTP-01

/** The Service type of the HTTP-01 solver pod's Service. */
export enum SolverServiceType {
  /** Reached through the Ingress or Gateway: the usual choice. */
  CLUSTER_IP = 'ClusterIP',
  /** For ingress controllers that route to node ports (e.g. older GKE Ingress). */
  NODE_PORT = 'NodePort',
}

/** Toleration `operator` (core/v1). */
export enum SolverTolerationOperator {
  /** Tolerates a taint with the key, whatever its value. */
  EXISTS = 'Exists',
  /** Tolerates a taint with the key and exactly this value. */
  EQUAL = 'Equal',
}

/** Taint `effect` a toleration matches (core/v1). */
export enum SolverTaintEffect {
  /** Pods without the toleration are not scheduled. */
  NO_SCHEDULE = 'NoSchedule',
  /** The scheduler avoids the node for pods without the toleration. */
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  /** Pods without the toleration are evicted. */
  NO_EXECUTE = 'NoExecute',
}

/** A toleration of the HTTP-01 solver pod (core/v1 `Toleration`). */
export interface SolverToleration {
  /**
   * The taint key; empty with `EXISTS` tolerates every taint.
   * @default - every key (only with SolverTolerationOperator.EXISTS)
   */
  readonly key?: string;
  /**
   * How the key and value are matched.
   * @default SolverTolerationOperator.EQUAL
   */
  readonly operator?: SolverTolerationOperator;
  /**
   * The taint value matched by `EQUAL`.
   * @default - empty
   */
  readonly value?: string;
  /**
   * The taint effect matched.
   * @default - every effect
   */
  readonly effect?: SolverTaintEffect;
  /**
   * How long a `NO_EXECUTE` taint is tolerated before eviction, in seconds.
   * @default - forever
   */
  readonly tolerationSeconds?: number;
}

/** Compute resources of the HTTP-01 solver pod (core/v1 `ResourceRequirements`). */
export interface SolverResources {
  /**
   * Minimum resources, as Kubernetes quantities, e.g. `{ cpu: '10m', memory: '64Mi' }`.
   * @default - the controller's `--acme-http01-solver-resource-request-*` flags
   */
  readonly requests?: { [resource: string]: string };
  /**
   * Maximum resources, as Kubernetes quantities. Must not be below the requests in effect
   * (including the controller's default requests), or Kubernetes refuses the pod.
   * @default - the controller's `--acme-http01-solver-resource-limits-*` flags
   */
  readonly limits?: { [resource: string]: string };
}

/** The seccomp profile of the solver pod (core/v1 `SeccompProfile`). */
export interface SolverSeccompProfile {
  /** `RuntimeDefault`, `Localhost` or `Unconfined`. */
  readonly type: string;
  /**
   * Path of the profile on the node, for `Localhost`.
   * @default - none
   */
  readonly localhostProfile?: string;
}

/** SELinux labels of the solver pod (core/v1 `SELinuxOptions`). */
export interface SolverSeLinuxOptions {
  /** @default - the runtime's default */
  readonly user?: string;
  /** @default - the runtime's default */
  readonly role?: string;
  /** @default - the runtime's default */
  readonly type?: string;
  /** @default - the runtime's default */
  readonly level?: string;
}

/** A namespaced sysctl set for the solver pod (core/v1 `Sysctl`). */
export interface SolverSysctl {
  /** The sysctl name, e.g. `net.ipv4.ip_unprivileged_port_start`. */
  readonly name: string;
  /** Its value. */
  readonly value: string;
}

/**
 * The pod-level security context of the HTTP-01 solver pod: the subset of core/v1
 * `PodSecurityContext` that cert-manager lets you set.
 */
export interface SolverPodSecurityContext {
  /** @default - cert-manager's default (runs as non-root) */
  readonly runAsNonRoot?: boolean;
  /** @default - the image's user */
  readonly runAsUser?: number;
  /** @default - the image's group */
  readonly runAsGroup?: number;
  /** @default - none */
  readonly fsGroup?: number;
  /**
   * `OnRootMismatch` or `Always`.
   * @default - Always
   */
  readonly fsGroupChangePolicy?: string;
  /** @default - none */
  readonly supplementalGroups?: number[];
  /** @default - cert-manager's default (RuntimeDefault) */
  readonly seccompProfile?: SolverSeccompProfile;
  /** @default - none */
  readonly seLinuxOptions?: SolverSeLinuxOptions;
  /** @default - none */
  readonly sysctls?: SolverSysctl[];
}

/**
 * What cert-manager lets you change on the pod that serves HTTP-01 tokens: the fields of the
 * CRD's `podTemplate`.
 */
export interface SolverPodTemplate {
  /** Labels added to the solver pod. @default - none */
  readonly labels?: { [key: string]: string };
  /** Annotations added to the solver pod. @default - none */
  readonly annotations?: { [key: string]: string };
  /** Node labels the pod must be scheduled on. @default - none */
  readonly nodeSelector?: { [key: string]: string };
  /** Tolerations of the pod. @default - none */
  readonly tolerations?: SolverToleration[];
  /**
   * Scheduling affinity, as the JSON of a core/v1 `Affinity` (`nodeAffinity`, `podAffinity`,
   * `podAntiAffinity`), written verbatim.
   * @default - none
   */
  readonly affinity?: { [key: string]: any };
  /** PriorityClass of the pod. @default - none */
  readonly priorityClassName?: string;
  /** ServiceAccount the pod runs as. @default - the namespace's `default` ServiceAccount */
  readonly serviceAccountName?: string;
  /** Names of Secrets used to pull the solver image. @default - none */
  readonly imagePullSecrets?: string[];
  /** Pod-level security context. @default - cert-manager's default (non-root, RuntimeDefault seccomp) */
  readonly securityContext?: SolverPodSecurityContext;
  /** Resource requests and limits. @default - the controller's flags */
  readonly resources?: SolverResources;
}

/** Labels and annotations of an object cert-manager creates for a challenge. */
export interface SolverObjectMetadata {
  /** @default - none */
  readonly labels?: { [key: string]: string };
  /** @default - none */
  readonly annotations?: { [key: string]: string };
}

/** Options of `Http01Solver.ingress`. At most one of `ingressClassName`, `ingressClass`, `ingressName`. */
export interface Http01IngressSolverOptions extends AcmeSolverOptions {
  /**
   * The IngressClass of the temporary Ingress cert-manager creates (`spec.ingressClassName`),
   * e.g. `nginx`. Must be a DNS-1123 subdomain.
   * @default - the cluster's default IngressClass
   */
  readonly ingressClassName?: string;
  /**
   * The legacy `kubernetes.io/ingress.class` annotation (the CRD's `class`), for controllers that
   * only read the annotation or whose class is not a valid name (e.g. `azure/application-gateway`).
   * @default - not set
   */
  readonly ingressClass?: string;
  /**
   * Add the challenge path to this existing Ingress instead of creating one (the CRD's `name`):
   * for controllers with one public IP per Ingress, such as GKE's.
   * @default - cert-manager creates a temporary Ingress
   */
  readonly ingressName?: string;
  /**
   * The Service type of the solver pod's Service.
   * @default - ClusterIP (cert-manager's default)
   */
  readonly serviceType?: SolverServiceType;
  /**
   * Changes to the solver pod.
   * @default - cert-manager's pod
   */
  readonly podTemplate?: SolverPodTemplate;
  /**
   * Labels and annotations of the temporary Ingress, e.g. for controller-specific annotations.
   * @default - none
   */
  readonly ingressTemplate?: SolverObjectMetadata;
}

/** A Gateway API parent (usually a Gateway listener) the solver's HTTPRoute attaches to. */
export interface SolverParentReference {
  /** Name of the Gateway (or other parent). */
  readonly name: string;
  /**
   * Namespace of the parent; the Gateway must allow routes from the certificate's namespace.
   * @default - the namespace of the Certificate being solved
   */
  readonly namespace?: string;
  /**
   * Kind of the parent. Written out because cert-manager requires `kind` whenever `name` is set.
   * @default 'Gateway'
   */
  readonly kind?: string;
  /**
   * API group of the parent.
   * @default - gateway.networking.k8s.io (the CRD's default)
   */
  readonly group?: string;
  /**
   * Listener name on the Gateway (an HTTP listener on port 80).
   * @default - every listener that accepts the route
   */
  readonly sectionName?: string;
  /**
   * Port of the listeners to attach to (1-65535).
   * @default - every port
   */
  readonly port?: number;
}

/** Options of `Http01Solver.gatewayHttpRoute`. */
export interface Http01GatewaySolverOptions extends AcmeSolverOptions {
  /** The Gateways (listeners) the temporary HTTPRoute attaches to. */
  readonly parentRefs: SolverParentReference[];
  /**
   * Labels of the temporary HTTPRoute, e.g. for a Gateway's `allowedRoutes` selector.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * The Service type of the solver pod's Service.
   * @default - ClusterIP (cert-manager's default)
   */
  readonly serviceType?: SolverServiceType;
  /**
   * Changes to the solver pod.
   * @default - cert-manager's pod
   */
  readonly podTemplate?: SolverPodTemplate;
}

/**
 * HTTP-01 solvers: cert-manager runs a pod that serves the token and routes
 * `http://<name>/.well-known/acme-challenge/...` to it. Port 80 must reach the cluster; wildcard
 * names need a `Dns01Solver`.
 */
export class Http01Solver extends AcmeSolver {
  /** Routes the challenge with an Ingress (a temporary one, or an existing one by name). */
  public static ingress(options: Http01IngressSolverOptions = {}): Http01Solver {
    const chosen = [
      options.ingressClassName !== undefined ? 'ingressClassName' : undefined,
      options.ingressClass !== undefined ? 'ingressClass' : undefined,
      options.ingressName !== undefined ? 'ingressName' : undefined,
    ].filter((x) => x !== undefined);
    if (chosen.length > 1) {
      throw new Error(`Http01Solver.ingress: ${chosen.join(' and ')} were both given, but only one of ingressClassName, ingressClass (legacy annotation) or ingressName may be set; keep ingressClassName for a new Ingress of that class, or ingressName to reuse an existing Ingress`);
    }
    const ingress = definedFields({
      ingressClassName: options.ingressClassName,
      class: options.ingressClass,
      name: options.ingressName,
      serviceType: options.serviceType,
      podTemplate: options.podTemplate ? renderPodTemplate(options.podTemplate) : undefined,
      ingressTemplate: options.ingressTemplate ? { metadata: renderMetadata(options.ingressTemplate) } : undefined,
    });
    return new Http01Solver({ ingress }, options);
  }

  /** Routes the challenge with a Gateway API HTTPRoute attached to the given Gateways. */
  public static gatewayHttpRoute(options: Http01GatewaySolverOptions): Http01Solver {
    const gatewayHTTPRoute = definedFields({
      parentRefs: options.parentRefs.map((ref) => definedFields({
        group: ref.group,
        kind: ref.kind ?? 'Gateway',
        name: ref.name,
        namespace: ref.namespace,
        sectionName: ref.sectionName,
        port: ref.port,
      })),
      labels: options.labels ? { ...options.labels } : undefined,
      serviceType: options.serviceType,
      podTemplate: options.podTemplate ? renderPodTemplate(options.podTemplate) : undefined,
    });
    return new Http01Solver({ gatewayHTTPRoute }, options);
  }

  public readonly challengeType = AcmeChallengeType.HTTP01;

  private constructor(private readonly http01: Record<string, unknown>, private readonly options: AcmeSolverOptions) {
    super();
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    return renderSolverItem({ http01: this.http01 }, this.options);
  }
}

// ---------------------------------------------------------------------------------------------
// DNS-01

/** How cert-manager follows CNAMEs at `_acme-challenge.<name>`. */
export enum CnameStrategy {
  /** Write the TXT record at `_acme-challenge.<name>` itself. */
  NONE = 'None',
  /**
   * Follow a CNAME at `_acme-challenge.<name>` and write the TXT record where it points: for
   * zones delegated to a DNS provider that only holds the challenge records.
   */
  FOLLOW = 'Follow',
}

/** Options every DNS-01 solver takes. */
export interface Dns01SolverOptions extends AcmeSolverOptions {
  /**
   * Whether to follow a CNAME at `_acme-challenge.<name>` (delegated challenge zones).
   * @default - CnameStrategy.NONE (cert-manager's default; not written)
   */
  readonly cnameStrategy?: CnameStrategy;
}

/** Options of `Dns01Solver.acmeDns`. */
export interface AcmeDnsSolverOptions extends Dns01SolverOptions {
  /** URL of the acme-dns server, e.g. `https://auth.acme-dns.io`. */
  readonly host: string;
  /** The Secret key holding the acme-dns account JSON (registrations per domain). */
  readonly accountSecret: SecretKeyReference;
}

/** Options of `Dns01Solver.akamai`: EdgeGrid credentials. */
export interface AkamaiSolverOptions extends Dns01SolverOptions {
  /** The EdgeGrid host, e.g. `akab-xxxx.luna.akamaiapis.net`. */
  readonly serviceConsumerDomain: string;
  /** The Secret key holding the EdgeGrid client token. */
  readonly clientTokenSecret: SecretKeyReference;
  /** The Secret key holding the EdgeGrid client secret. */
  readonly clientSecretSecret: SecretKeyReference;
  /** The Secret key holding the EdgeGrid access token. */
  readonly accessTokenSecret: SecretKeyReference;
}

/** The Azure cloud an Azure DNS zone lives in. */
export enum AzureDnsEnvironment {
  /** Azure public cloud. */
  AZURE_PUBLIC_CLOUD = 'AzurePublicCloud',
  /** Azure China (21Vianet). */
  AZURE_CHINA_CLOUD = 'AzureChinaCloud',
  /** Azure Germany (retired). */
  AZURE_GERMAN_CLOUD = 'AzureGermanCloud',
  /** Azure US Government. */
  AZURE_US_GOVERNMENT_CLOUD = 'AzureUSGovernmentCloud',
}

/** Whether the Azure zone is a public or a private DNS zone. */
export enum AzureDnsZoneType {
  /** A public Azure DNS zone. */
  PUBLIC = 'AzurePublicZone',
  /** An Azure Private DNS zone. */
  PRIVATE = 'AzurePrivateZone',
}

/** A service principal's credentials for Azure DNS. */
export interface AzureServicePrincipal {
  /** The application (client) ID. */
  readonly clientId: string;
  /** The directory (tenant) ID. */
  readonly tenantId: string;
  /** The Secret key holding the client secret. */
  readonly clientSecret: SecretKeyReference;
}

/**
 * The managed identity (or AKS workload identity) cert-manager uses for Azure DNS. At most one of
 * `clientId` and `resourceId`; `tenantId` only with `clientId`.
 */
export interface AzureManagedIdentity {
  /**
   * Client ID of a user-assigned identity (with workload identity: of the federated identity).
   * @default - the only identity of the node or pod
   */
  readonly clientId?: string;
  /**
   * Resource ID of a user-assigned identity. Not supported with workload identity.
   * @default - none
   */
  readonly resourceId?: string;
  /**
   * Tenant ID of the identity, with `clientId`, when it is not the cluster's tenant.
   * @default - the tenant of the environment
   */
  readonly tenantId?: string;
}

/** Options of `Dns01Solver.azureDns`. */
export interface AzureDnsSolverOptions extends Dns01SolverOptions {
  /** The subscription of the DNS zone. */
  readonly subscriptionId: string;
  /** The resource group of the DNS zone. */
  readonly resourceGroupName: string;
  /**
   * The DNS zone, when cert-manager should not look it up.
   * @default - found from the name being solved
   */
  readonly hostedZoneName?: string;
  /**
   * The Azure cloud.
   * @default AzureDnsEnvironment.AZURE_PUBLIC_CLOUD (cert-manager's default; not written)
   */
  readonly environment?: AzureDnsEnvironment;
  /**
   * Public or private DNS zone.
   * @default AzureDnsZoneType.PUBLIC (cert-manager's default; not written)
   */
  readonly zoneType?: AzureDnsZoneType;
  /**
   * Authenticate as a service principal with a client secret. Excludes `managedIdentity`.
   * @default - a managed identity (or workload identity) is used
   */
  readonly servicePrincipal?: AzureServicePrincipal;
  /**
   * Which managed identity to use. Excludes `servicePrincipal`.
   * @default - the ambient identity, when `servicePrincipal` is not set either
   */
  readonly managedIdentity?: AzureManagedIdentity;
}

/** Options of `Dns01Solver.cloudDns`. */
export interface CloudDnsSolverOptions extends Dns01SolverOptions {
  /** The Google Cloud project of the zone. */
  readonly project: string;
  /**
   * The managed zone name, when cert-manager should not look it up.
   * @default - found from the name being solved
   */
  readonly hostedZoneName?: string;
  /**
   * The Secret key holding a service account JSON key. Prefer workload identity (leave unset).
   * @default - ambient credentials (GKE workload identity)
   */
  readonly serviceAccountSecret?: SecretKeyReference;
}

/** Options of `Dns01Solver.cloudflare`: `apiToken` (preferred), or `apiKey` with `email`. */
export interface CloudflareSolverOptions extends Dns01SolverOptions {
  /**
   * The Secret key holding a scoped API token (Zone:DNS:Edit, Zone:Zone:Read). Excludes `apiKey`.
   * @default - none: set this or apiKey
   */
  readonly apiToken?: SecretKeyReference;
  /**
   * The Secret key holding the account's global API key, which grants everything the account
   * can do: prefer `apiToken`. Needs `email`. Warned by the rules.
   * @default - none
   */
  readonly apiKey?: SecretKeyReference;
  /**
   * The Cloudflare account e-mail; required with `apiKey`.
   * @default - none
   */
  readonly email?: string;
}

/** Options of `Dns01Solver.digitalOcean`. */
export interface DigitalOceanSolverOptions extends Dns01SolverOptions {
  /** The Secret key holding a DigitalOcean API token. */
  readonly tokenSecret: SecretKeyReference;
}

/** TSIG algorithm for RFC 2136 updates. */
export enum TsigAlgorithm {
  /** HMAC-MD5: weak; warned by the rules. */
  HMAC_MD5 = 'HMACMD5',
  /** HMAC-SHA1: weak; warned by the rules. */
  HMAC_SHA1 = 'HMACSHA1',
  /** HMAC-SHA256: the recommended choice. */
  HMAC_SHA256 = 'HMACSHA256',
  /** HMAC-SHA512. */
  HMAC_SHA512 = 'HMACSHA512',
}

/** Transport for RFC 2136 updates. */
export enum Rfc2136Protocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
}

/** Options of `Dns01Solver.rfc2136`. */
export interface Rfc2136SolverOptions extends Dns01SolverOptions {
  /**
   * The authoritative server: `host[:port]`, where host is an IPv4 address, an IPv6 address in
   * brackets (`[2001:db8::1]:53`) or a hostname; the port defaults to 53.
   */
  readonly nameserver: string;
  /**
   * The TSIG key name. Set together with `tsigSecret`.
   * @default - unauthenticated updates
   */
  readonly tsigKeyName?: string;
  /**
   * The TSIG algorithm.
   * @default TsigAlgorithm.HMAC_MD5 (cert-manager's default, weak): set HMAC_SHA256
   */
  readonly tsigAlgorithm?: TsigAlgorithm;
  /**
   * The Secret key holding the base64 TSIG secret. Set together with `tsigKeyName`.
   * @default - unauthenticated updates
   */
  readonly tsigSecret?: SecretKeyReference;
  /**
   * The transport.
   * @default - UDP (cert-manager's default; not written)
   */
  readonly protocol?: Rfc2136Protocol;
}

/**
 * A Kubernetes ServiceAccount whose projected token cert-manager requests (TokenRequest) to
 * authenticate to a cloud or Vault: no long-lived secret. cert-manager needs RBAC to create
 * tokens for it.
 */
export interface ServiceAccountTokenReference {
  /** Name of the ServiceAccount, in the issuer's namespace (cert-manager's for a ClusterIssuer). */
  readonly name: string;
  /**
   * Audiences of the token.
   * @default - cert-manager's default for the field (e.g. `sts.amazonaws.com` for Route53, the Vault issuer's own for Vault)
   */
  readonly audiences?: string[];
}

/** Options of `Dns01Solver.route53`. */
export interface Route53SolverOptions extends Dns01SolverOptions {
  /**
   * The AWS region.
   * @default - from the environment (AWS_REGION), or ambient metadata
   */
  readonly region?: string;
  /**
   * The hosted zone ID, when cert-manager should not look it up (it then needs no
   * `route53:ListHostedZonesByName`).
   * @default - found from the name being solved
   */
  readonly hostedZoneId?: string;
  /**
   * An IAM role ARN to assume (cross-account access).
   * @default - the credentials' own identity
   */
  readonly role?: string;
  /**
   * Authenticate with a token of this ServiceAccount (web identity, like IRSA, but requested by
   * cert-manager per issuer). Needs `role`.
   * @default - ambient credentials (IRSA / Pod Identity of the controller), or static keys
   */
  readonly serviceAccount?: ServiceAccountTokenReference;
  /**
   * The Secret key holding a static access key ID. Static keys are long-lived: prefer
   * `serviceAccount` or ambient credentials. Excludes `accessKeyId`.
   * @default - none
   */
  readonly accessKeyIdSecret?: SecretKeyReference;
  /**
   * A static access key ID written into the manifest. Warned by the rules: use
   * `accessKeyIdSecret`, `serviceAccount` or ambient credentials. Excludes `accessKeyIdSecret`.
   * @default - none
   */
  readonly accessKeyId?: string;
  /**
   * The Secret key holding the static secret access key, with `accessKeyIdSecret` / `accessKeyId`.
   * @default - none
   */
  readonly secretAccessKeySecret?: SecretKeyReference;
}

/** Options of `Dns01Solver.webhook`: an out-of-tree DNS provider (cert-manager webhook solver). */
export interface WebhookSolverOptions extends Dns01SolverOptions {
  /** The API group the webhook registers, e.g. `acme.example.com`. */
  readonly groupName: string;
  /** The solver name within the webhook, e.g. `hetzner`. */
  readonly solverName: string;
  /**
   * The webhook's own configuration, written verbatim as `config`.
   * @default - none
   */
  readonly config?: { [key: string]: any };
}

/**
 * DNS-01 solvers: cert-manager writes a TXT record through the DNS provider's API. The only
 * way to prove wildcard names; works for names that do not resolve to the cluster.
 */
export class Dns01Solver extends AcmeSolver {
  /** The acme-dns server (joohoi/acme-dns): a small DNS server only for challenge records. */
  public static acmeDns(options: AcmeDnsSolverOptions): Dns01Solver {
    return new Dns01Solver('acmeDNS', {
      host: options.host,
      accountSecretRef: renderSecretKeyRef(options.accountSecret),
    }, options);
  }

  /** Akamai Edge DNS, with EdgeGrid credentials. */
  public static akamai(options: AkamaiSolverOptions): Dns01Solver {
    return new Dns01Solver('akamai', {
      serviceConsumerDomain: options.serviceConsumerDomain,
      clientTokenSecretRef: renderSecretKeyRef(options.clientTokenSecret),
      clientSecretSecretRef: renderSecretKeyRef(options.clientSecretSecret),
      accessTokenSecretRef: renderSecretKeyRef(options.accessTokenSecret),
    }, options);
  }

  /** Azure DNS, with a managed identity (the default) or a service principal. */
  public static azureDns(options: AzureDnsSolverOptions): Dns01Solver {
    if (options.servicePrincipal && options.managedIdentity) {
      throw new Error('Dns01Solver.azureDns: servicePrincipal and managedIdentity were both given, but cert-manager uses one identity; keep managedIdentity (no secret to rotate) or servicePrincipal');
    }
    const sp = options.servicePrincipal;
    const mi = options.managedIdentity;
    return new Dns01Solver('azureDNS', definedFields({
      clientID: sp?.clientId,
      clientSecretSecretRef: sp ? renderSecretKeyRef(sp.clientSecret) : undefined,
      tenantID: sp?.tenantId,
      subscriptionID: options.subscriptionId,
      resourceGroupName: options.resourceGroupName,
      hostedZoneName: options.hostedZoneName,
      environment: options.environment,
      zoneType: options.zoneType,
      managedIdentity: mi ? definedFields({ clientID: mi.clientId, resourceID: mi.resourceId, tenantID: mi.tenantId }) : undefined,
    }), options);
  }

  /** Google Cloud DNS, with workload identity (the default) or a service account key. */
  public static cloudDns(options: CloudDnsSolverOptions): Dns01Solver {
    return new Dns01Solver('cloudDNS', definedFields({
      project: options.project,
      hostedZoneName: options.hostedZoneName,
      serviceAccountSecretRef: options.serviceAccountSecret ? renderSecretKeyRef(options.serviceAccountSecret) : undefined,
    }), options);
  }

  /** Cloudflare, with a scoped API token (preferred) or the global API key and e-mail. */
  public static cloudflare(options: CloudflareSolverOptions): Dns01Solver {
    if (options.apiToken && options.apiKey) {
      throw new Error('Dns01Solver.cloudflare: apiToken and apiKey were both given, but cert-manager takes one; keep apiToken (scoped to DNS edits) and remove apiKey');
    }
    return new Dns01Solver('cloudflare', definedFields({
      email: options.email,
      apiTokenSecretRef: options.apiToken ? renderSecretKeyRef(options.apiToken) : undefined,
      apiKeySecretRef: options.apiKey ? renderSecretKeyRef(options.apiKey) : undefined,
    }), options);
  }

  /** DigitalOcean DNS, with an API token. */
  public static digitalOcean(options: DigitalOceanSolverOptions): Dns01Solver {
    return new Dns01Solver('digitalocean', { tokenSecretRef: renderSecretKeyRef(options.tokenSecret) }, options);
  }

  /** Any server accepting RFC 2136 dynamic updates (BIND, Knot, PowerDNS, Windows DNS), with TSIG. */
  public static rfc2136(options: Rfc2136SolverOptions): Dns01Solver {
    return new Dns01Solver('rfc2136', definedFields({
      nameserver: options.nameserver,
      tsigKeyName: options.tsigKeyName,
      tsigAlgorithm: options.tsigAlgorithm,
      tsigSecretSecretRef: options.tsigSecret ? renderSecretKeyRef(options.tsigSecret) : undefined,
      protocol: options.protocol,
    }), options);
  }

  /**
   * AWS Route 53: ambient credentials (IRSA / Pod Identity) when nothing is given, a
   * ServiceAccount token with `serviceAccount` + `role`, or static keys from a Secret.
   */
  public static route53(options: Route53SolverOptions = {}): Dns01Solver {
    if (options.accessKeyId !== undefined && options.accessKeyIdSecret) {
      throw new Error('Dns01Solver.route53: accessKeyId and accessKeyIdSecret were both given, but cert-manager takes one; keep accessKeyIdSecret (not written into the manifest)');
    }
    return new Dns01Solver('route53', definedFields({
      region: options.region,
      hostedZoneID: options.hostedZoneId,
      role: options.role,
      accessKeyID: options.accessKeyId,
      accessKeyIDSecretRef: options.accessKeyIdSecret ? renderSecretKeyRef(options.accessKeyIdSecret) : undefined,
      secretAccessKeySecretRef: options.secretAccessKeySecret ? renderSecretKeyRef(options.secretAccessKeySecret) : undefined,
      auth: options.serviceAccount ? { kubernetes: { serviceAccountRef: renderServiceAccountRef(options.serviceAccount) } } : undefined,
    }), options);
  }

  /** An out-of-tree provider served by a cert-manager DNS-01 webhook (Hetzner, OVH, Gandi, ...). */
  public static webhook(options: WebhookSolverOptions): Dns01Solver {
    return new Dns01Solver('webhook', definedFields({
      groupName: options.groupName,
      solverName: options.solverName,
      config: options.config !== undefined ? clone(options.config) : undefined,
    }), options);
  }

  public readonly challengeType = AcmeChallengeType.DNS01;

  private constructor(
    private readonly provider: string,
    private readonly config: Record<string, unknown>,
    private readonly options: Dns01SolverOptions,
  ) {
    super();
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    const dns01 = definedFields({ cnameStrategy: this.options.cnameStrategy, [this.provider]: this.config });
    return renderSolverItem({ dns01 }, this.options);
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering helpers (internal)

/** `{name, audiences?}` as cert-manager's ServiceAccountRef (internal). */
export function renderServiceAccountRef(ref: ServiceAccountTokenReference): Record<string, unknown> {
  return definedFields({ name: ref.name, audiences: ref.audiences ? [...ref.audiences] : undefined });
}

function clone(value: any): any {
  return JSON.parse(JSON.stringify(value));
}

function renderSolverItem(challenge: Record<string, unknown>, options: AcmeSolverOptions): Record<string, unknown> {
  const selector = options.selector;
  return definedFields({
    selector: selector ? definedFields({
      // Sets to cert-manager: sorted, so the YAML does not depend on the order they were listed in.
      dnsNames: selector.dnsNames ? [...selector.dnsNames].sort() : undefined,
      dnsZones: selector.dnsZones ? [...selector.dnsZones].sort() : undefined,
      matchLabels: selector.matchLabels ? { ...selector.matchLabels } : undefined,
    }) : undefined,
    ...challenge,
    waitInsteadOfSelfCheck: options.waitInsteadOfSelfCheck ? goDuration(options.waitInsteadOfSelfCheck) : undefined,
  });
}

function renderMetadata(meta: SolverObjectMetadata): Record<string, unknown> {
  return definedFields({
    labels: meta.labels ? { ...meta.labels } : undefined,
    annotations: meta.annotations ? { ...meta.annotations } : undefined,
  });
}

function renderPodTemplate(t: SolverPodTemplate): Record<string, unknown> {
  const sc = t.securityContext;
  const metadata = renderMetadata(t);
  const spec = definedFields({
    nodeSelector: t.nodeSelector ? { ...t.nodeSelector } : undefined,
    tolerations: t.tolerations?.map((tol) => definedFields({
      key: tol.key,
      operator: tol.operator,
      value: tol.value,
      effect: tol.effect,
      tolerationSeconds: tol.tolerationSeconds,
    })),
    affinity: t.affinity ? clone(t.affinity) : undefined,
    priorityClassName: t.priorityClassName,
    serviceAccountName: t.serviceAccountName,
    imagePullSecrets: t.imagePullSecrets?.map((name) => ({ name })),
    securityContext: sc ? definedFields({
      runAsNonRoot: sc.runAsNonRoot,
      runAsUser: sc.runAsUser,
      runAsGroup: sc.runAsGroup,
      fsGroup: sc.fsGroup,
      fsGroupChangePolicy: sc.fsGroupChangePolicy,
      supplementalGroups: sc.supplementalGroups ? [...sc.supplementalGroups] : undefined,
      seccompProfile: sc.seccompProfile
        ? definedFields({ type: sc.seccompProfile.type, localhostProfile: sc.seccompProfile.localhostProfile })
        : undefined,
      seLinuxOptions: sc.seLinuxOptions ? definedFields({ ...sc.seLinuxOptions }) : undefined,
      sysctls: sc.sysctls?.map((s) => ({ name: s.name, value: s.value })),
    }) : undefined,
    resources: t.resources ? definedFields({
      requests: t.resources.requests ? { ...t.resources.requests } : undefined,
      limits: t.resources.limits ? { ...t.resources.limits } : undefined,
    }) : undefined,
  });
  return definedFields({
    metadata: Object.keys(metadata).length ? metadata : undefined,
    spec: Object.keys(spec).length ? spec : undefined,
  });
}
