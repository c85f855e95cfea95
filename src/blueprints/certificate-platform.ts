import { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Namespace } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { PlatformEnvironment } from './environment';
import { PrivateCa, PrivateCaProps } from './private-ca';
import { CertExpiryAlert, CertExpiryAlertProps } from '../alerts/cert-expiry-alert';
import { CertManagerMonitor, CertManagerMonitorProps } from '../alerts/cert-manager-monitor';
import { Certificate, CertificateOptions } from '../certificates/certificate';
import { validateWithRules } from '../core/rule-validation';
import { TlsConstruct } from '../core/tls-construct';
import { TlsGateway, TlsGatewayProps } from '../edge/tls-gateway';
import { TlsIngress, TlsIngressProps } from '../edge/tls-ingress';
import { TlsSource } from '../edge/tls-source';
import { CertManager, CertManagerProps } from '../install/cert-manager';
import { LetsEncryptIssuer } from '../issuers/acme-issuer';
import { AcmeSolver } from '../issuers/acme-solver';
import { IIssuer } from '../issuers/issuer-reference';
import { MeshMtlsPolicy, ServiceMesh } from '../mesh/mesh-mtls-policy';
import { MeshScope } from '../mesh/mesh-scope';
import { TrustBundle, TrustBundleOptions } from '../trust/trust-bundle';


/** Rule id of the platform's own check: an ACME environment without a solver can issue nothing. */
export const RULE_PLATFORM_NO_SOLVER = 'TLS-PLAT1';

/** The label every tenant alert carries, for Alertmanager routing to the tenant's team. */
export const TENANT_ALERT_LABEL = 'tenant';

/** Props of `CertificatePlatform`. */
export interface CertificatePlatformProps {
  /** The stage: it picks the CA that signs every certificate of the platform. */
  readonly environment: PlatformEnvironment;
  /**
   * Name of the platform's ClusterIssuer. A ClusterIssuer because tenants live in many
   * namespaces; only cert-manager reads its secrets.
   * @default - "platform-ca" (development), "letsencrypt-staging" (staging), "letsencrypt-prod" (production)
   */
  readonly issuerName?: string;
  /**
   * The Let's Encrypt account e-mail (staging and production). Required there.
   * @default - none (development needs none)
   */
  readonly acmeEmail?: string;
  /**
   * How Let's Encrypt verifies names (staging and production): `Http01Solver.ingress(...)`,
   * `Dns01Solver.route53(...)`, ... ; wildcard names need DNS-01. Add more with `addSolver`. An
   * ACME environment without any solver fails synth (TLS-PLAT1). Ignored in development.
   * @default - none
   */
  readonly acmeSolvers?: AcmeSolver[];
  /**
   * The private CA of development (name constraints, lifetime, key). Ignored in staging and
   * production, so one props object serves all three environments.
   * @default - PrivateCa's defaults, as a ClusterIssuer named `issuerName`
   */
  readonly privateCa?: PrivateCaProps;
  /**
   * Install cert-manager with the platform (`CertManager`: pinned chart, two controller replicas,
   * three webhook replicas, PodDisruptionBudgets, CRDs kept on uninstall, restricted namespace).
   * Needs `helm` at synth. Turn it off when the cluster's bootstrap installs cert-manager.
   * @default true
   */
  readonly installCertManager?: boolean;
  /**
   * Options of the cert-manager installation (chart source, replicas, Gateway API support).
   * @default - CertManager's defaults
   */
  readonly certManager?: CertManagerProps;
  /**
   * Scrape cert-manager's metrics with the Prometheus Operator: the chart's ServiceMonitor when
   * the platform installs cert-manager, a `CertManagerMonitor` otherwise. Without metrics, no
   * expiry alert can fire.
   * @default true
   */
  readonly monitoring?: boolean;
  /**
   * Options of the `CertManagerMonitor` (when the platform does not install cert-manager).
   * @default - CertManagerMonitor's defaults, in cert-manager's namespace
   */
  readonly monitor?: CertManagerMonitorProps;
  /**
   * A platform-wide `CertExpiryAlert` (every namespace, plus the cluster-wide alerts: ACME rate
   * limits, issuers not ready, cert-manager absent) in cert-manager's namespace, and one per
   * tenant scoped to the tenant's namespace. Let's Encrypt no longer sends expiry e-mails:
   * these alerts are what tells anyone that renewal is failing.
   * @default true
   */
  readonly expiryAlerts?: boolean;
  /**
   * Options every alert of the platform shares (PrometheusRule labels your Prometheus selects,
   * runbook URL, cluster label, thresholds).
   * @default - CertExpiryAlert's defaults
   */
  readonly alertOptions?: CertExpiryAlertProps;
  /**
   * Publish the development CA's certificate (never its key) with trust-manager, so workloads
   * trust what it signs. Public CAs are in every system trust store: `true` outside development
   * throws.
   * @default - true in development, false otherwise
   */
  readonly distributeTrust?: boolean;
  /**
   * Options of the trust bundle (target key, namespace selector, trust stores).
   * @default - a ConfigMap key `ca-bundle.crt` in every namespace
   */
  readonly trust?: TrustBundleOptions;
  /**
   * The service mesh of the cluster. With a mesh, every tenant namespace gets a `MeshMtlsPolicy`
   * (Istio: STRICT mTLS and default deny; Linkerd: `all-authenticated` inbound policy), and Istio
   * gets a mesh-wide STRICT PeerAuthentication.
   * @default - none: no mesh objects are written (they would need the mesh's CRDs)
   */
  readonly mesh?: ServiceMesh;
  /**
   * Istio: a mesh-wide STRICT `PeerAuthentication` in the root namespace, so a namespace
   * without its own policy still refuses plaintext. No mesh-wide deny: each tenant's default
   * deny closes its own namespace. Ignored for Linkerd, which has no mesh-wide policy object
   * (set the control plane's `proxy.defaultInboundPolicy=all-authenticated`).
   * @default true (with `mesh: ServiceMesh.ISTIO`)
   */
  readonly meshWideStrict?: boolean;
}

/** What `CertificatePlatform.addTenant` takes: a tenant of the platform. */
export interface PlatformTenantOptions {
  /** The tenant's namespace, created by the tenant. */
  readonly namespace: string;
  /**
   * Labels of the namespace (e.g. the label a trust bundle's namespace selector matches).
   * @default - none
   */
  readonly namespaceLabels?: { [key: string]: string };
  /**
   * The tenant's mesh policy (see `CertificatePlatformProps.mesh`).
   * @default - true when the platform has a mesh
   */
  readonly meshPolicy?: boolean;
  /**
   * The tenant's own expiry alerts, scoped to its namespace and labelled `tenant: <namespace>`.
   * @default - the platform's `expiryAlerts`
   */
  readonly expiryAlerts?: boolean;
}

/**
 * TLS for a whole environment in one construct: the environment's issuer (a private CA in
 * development, Let's Encrypt staging or production), cert-manager installed with production
 * values, metrics scraped, expiry alerts, trust distribution and mesh mTLS, each on where that is
 * the secure choice. Teams then ask the platform for what they need and get the environment's
 * issuer without naming it: `platform.tlsIngress(...)`, `platform.tlsGateway(...)`,
 * `platform.certificate(...)`, and `platform.addTenant(...)` for a namespace with its mesh
 * policy and alerts.
 *
 * Put the platform in a `TlsApp` (or synthesize a plain `App` with `TlsApp.synthesize(app)`):
 * cdk8s's `App.synth()` validates the whole app once per chart, which a platform with a chart per
 * tenant turns into minutes. The platform never changes how its app synthesizes.
 */
export class CertificatePlatform extends TlsConstruct {
  /** The label every tenant alert carries, for Alertmanager routing to the tenant's team: `tenant`. */
  public static readonly TENANT_ALERT_LABEL: string = TENANT_ALERT_LABEL;

  /** The environment. */
  public readonly environment: PlatformEnvironment;
  /** The issuer every certificate of the platform gets. */
  public readonly issuer: IIssuer;
  /** The private CA (development only). */
  public readonly privateCa?: PrivateCa;
  /** The Let's Encrypt issuer (staging and production only). */
  public readonly letsEncrypt?: LetsEncryptIssuer;
  /** The cert-manager installation, when the platform installs it. */
  public readonly certManager?: CertManager;
  /** The ServiceMonitor for an existing cert-manager, when the platform does not install it. */
  public readonly monitor?: CertManagerMonitor;
  /** The platform-wide expiry alerts. */
  public readonly expiryAlert?: CertExpiryAlert;
  /** The trust bundle of the development CA. */
  public readonly trustBundle?: TrustBundle;
  /** Istio's mesh-wide STRICT policy. */
  public readonly meshPolicy?: MeshMtlsPolicy;
  /** The mesh tenants get policies for. */
  public readonly mesh?: ServiceMesh;
  /** The namespace of cert-manager (and of the platform-wide alerts and monitor). */
  public readonly certManagerNamespace: string;

  private readonly expiryAlerts: boolean;
  private readonly alertOptions: CertExpiryAlertProps;
  private solverCount = 0;

  constructor(scope: Construct, id: string, props: CertificatePlatformProps) {
    super(scope, id);
    this.environment = props.environment;
    this.mesh = props.mesh;
    this.expiryAlerts = props.expiryAlerts ?? true;
    this.alertOptions = props.alertOptions ?? {};

    const install = props.installCertManager ?? true;
    this.certManagerNamespace = props.certManager?.namespace ?? props.monitor?.certManagerNamespace ?? 'cert-manager';
    const monitoring = props.monitoring ?? true;
    if (install) {
      // The chart's own ServiceMonitor: CertManagerMonitor beside it would collide on its name.
      this.certManager = new CertManager(this, 'CertManager', { serviceMonitor: monitoring, ...props.certManager });
    } else if (monitoring) {
      this.monitor = new CertManagerMonitor(this, 'Monitor', { certManagerNamespace: this.certManagerNamespace, ...props.monitor });
    }

    const development = props.environment === PlatformEnvironment.DEVELOPMENT;
    const distribute = props.distributeTrust ?? development;
    if (distribute && !development) {
      throw new Error(`${this.node.path}: distributeTrust: Let's Encrypt's roots are in every system trust store (and staging's must not be trusted); `
        + 'leave distributeTrust out outside development');
    }

    if (development) {
      const ca = new PrivateCa(this, 'PrivateCa', {
        issuerName: props.issuerName ?? 'platform-ca',
        clusterResourceNamespace: this.certManagerNamespace,
        ...props.privateCa,
        cluster: true,
      });
      this.privateCa = ca;
      this.issuer = ca;
      if (distribute) this.trustBundle = ca.distributeTrust('Trust', { trustNamespace: this.certManagerNamespace, ...props.trust });
    } else {
      if (!props.acmeEmail) {
        throw new Error(`${this.node.path}: acmeEmail is required in ${props.environment}: Let's Encrypt registers the account with it; `
          + 'give the platform team\'s address');
      }
      const staging = props.environment === PlatformEnvironment.STAGING;
      const issuerProps = {
        cluster: true,
        metadata: { name: props.issuerName ?? (staging ? 'letsencrypt-staging' : 'letsencrypt-prod') },
        email: props.acmeEmail,
        solvers: props.acmeSolvers,
      };
      const le = staging ? LetsEncryptIssuer.staging(this, 'LetsEncrypt', issuerProps) : LetsEncryptIssuer.production(this, 'LetsEncrypt', issuerProps);
      this.letsEncrypt = le;
      this.issuer = le;
      this.solverCount = props.acmeSolvers?.length ?? 0;
      this.node.addValidation({
        validate: () => this.solverCount > 0 ? [] : [`[${RULE_PLATFORM_NO_SOLVER}] acmeSolvers: none in ${props.environment}, so Let's Encrypt can verify no name `
          + 'and nothing is issued; give an Http01Solver.ingress(...) or a Dns01Solver (wildcards need DNS-01), or call addSolver'],
      });
    }

    if (this.expiryAlerts) {
      this.expiryAlert = new CertExpiryAlert(this, 'CertExpiryAlert', {
        ...this.alertOptions,
        metadata: { ...this.alertOptions.metadata, namespace: this.alertOptions.metadata?.namespace ?? this.certManagerNamespace },
        clusterWideAlerts: true,
        certManagerJob: this.alertOptions.certManagerJob ?? this.monitor?.job,
      });
    }

    if (props.mesh === ServiceMesh.ISTIO && (props.meshWideStrict ?? true)) {
      this.meshPolicy = new MeshMtlsPolicy(this, 'MeshMtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.mesh(), defaultDeny: false });
    }
  }

  /**
   * Adds a solver to the environment's Let's Encrypt issuer (order of calls does not matter).
   * Development has no ACME issuer: this throws there.
   */
  public addSolver(solver: AcmeSolver): void {
    if (!this.letsEncrypt) throw new Error(`${this.node.path}: addSolver: ${this.environment} uses a private CA, which needs no ACME solver`);
    this.letsEncrypt.addSolver(solver);
    this.solverCount++;
  }

  /** A Certificate signed by the environment's issuer. */
  public certificate(scope: Construct, id: string, options: CertificateOptions = {}): Certificate {
    return new Certificate(scope, id, { ...options, issuer: this.issuer });
  }

  /**
   * A `TlsIngress` whose hosts get certificates from the environment's issuer (unless `props.tls`
   * or a host's own `tls` says otherwise).
   */
  public tlsIngress(scope: Construct, id: string, props: TlsIngressProps = {}): TlsIngress {
    return new TlsIngress(scope, id, { ...props, tls: props.tls ?? TlsSource.certificate(this.issuer) });
  }

  /**
   * A `TlsGateway` whose hosts get certificates from the environment's issuer (unless `props.tls`
   * or a host's own `tls` says otherwise). An HTTP-01 solver must reach the Gateway's HTTP
   * listener: `addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [gateway.solverParentRef] }))`,
   * or use DNS-01.
   */
  public tlsGateway(scope: Construct, id: string, props: TlsGatewayProps): TlsGateway {
    return new TlsGateway(scope, id, { ...props, tls: props.tls ?? TlsSource.certificate(this.issuer) });
  }

  /** A tenant: its namespace, its mesh policy and its own expiry alerts. */
  public addTenant(scope: Construct, id: string, props: PlatformTenantOptions): PlatformTenant {
    return new PlatformTenant(scope, id, { ...props, platform: this });
  }

  /** @internal */
  public _tenantAlertProps(namespace: string): CertExpiryAlertProps | undefined {
    if (!this.expiryAlerts) return undefined;
    const o = this.alertOptions;
    return {
      ...o,
      metadata: { ...o.metadata, namespace },
      namespaces: [namespace],
      clusterWideAlerts: false,
      certManagerJob: o.certManagerJob ?? this.monitor?.job,
      labels: { ...o.labels, [TENANT_ALERT_LABEL]: namespace },
    };
  }
}

/** Props of `PlatformTenant`. */
export interface PlatformTenantProps extends PlatformTenantOptions {
  /** The platform the tenant belongs to. */
  readonly platform: CertificatePlatform;
}

/**
 * One tenant of a `CertificatePlatform`: its namespace, the default mesh policy of the namespace
 * (STRICT and default deny on Istio, authenticated-only inbound on Linkerd) and its own expiry
 * alerts (scoped to the namespace, labelled for routing to the tenant's team). Its `tlsIngress`,
 * `tlsGateway` and `certificate` place objects in the tenant's namespace with the platform's issuer.
 */
export class PlatformTenant extends TlsConstruct {
  /** The platform. */
  public readonly platform: CertificatePlatform;
  /** The tenant's namespace (its name: namespaces are names everywhere in the library). */
  public readonly namespace: string;
  /** The Namespace object the tenant creates. */
  public readonly namespaceObject: Namespace;
  /** The namespace's mesh policy: allow callers with `meshPolicy.allowFrom(...)`. */
  public readonly meshPolicy?: MeshMtlsPolicy;
  /** The tenant's expiry alerts. */
  public readonly expiryAlert?: CertExpiryAlert;

  constructor(scope: Construct, id: string, props: PlatformTenantProps) {
    super(scope, id);
    this.platform = props.platform;
    // An empty name would leave the Namespace nameless and every tenant object in the chart's namespace.
    if (props.namespace === '') throw new Error(`${this.node.path}: namespace is empty; name the tenant's namespace`);
    this.namespaceObject = new Namespace(this, 'Namespace', { metadata: { name: props.namespace, labels: props.namespaceLabels } });
    // The tenant's namespace name is the user's input: the API server's name rules apply at synth.
    validateWithRules(this, ApiObject.of(this.namespaceObject));
    this.namespace = this.namespaceObject.name;
    const mesh = this.platform.mesh;
    if (props.meshPolicy === true && mesh === undefined) {
      throw new Error(`${this.node.path}: meshPolicy: the platform has no mesh; give the CertificatePlatform a mesh`);
    }
    if (mesh !== undefined && (props.meshPolicy ?? true)) {
      this.meshPolicy = new MeshMtlsPolicy(this, 'MeshMtls', { mesh, scope: MeshScope.namespace(this.namespaceObject) });
    }
    const alertProps = props.expiryAlerts === false ? undefined : this.platform._tenantAlertProps(props.namespace);
    if (props.expiryAlerts === true && !alertProps) {
      throw new Error(`${this.node.path}: expiryAlerts: the platform's expiryAlerts are off; turn them on there`);
    }
    if (alertProps) this.expiryAlert = new CertExpiryAlert(this, 'CertExpiryAlert', alertProps);
  }

  /** A Certificate in the tenant's namespace, signed by the platform's issuer. */
  public certificate(id: string, options: CertificateOptions = {}): Certificate {
    return this.platform.certificate(this, id, { ...options, metadata: this.inNamespace(options.metadata) });
  }

  /** A `TlsIngress` in the tenant's namespace (see `CertificatePlatform.tlsIngress`). */
  public tlsIngress(id: string, props: TlsIngressProps = {}): TlsIngress {
    return this.platform.tlsIngress(this, id, { ...props, metadata: this.inNamespace(props.metadata) });
  }

  /** A `TlsGateway` in the tenant's namespace (see `CertificatePlatform.tlsGateway`). */
  public tlsGateway(id: string, props: TlsGatewayProps): TlsGateway {
    return this.platform.tlsGateway(this, id, { ...props, metadata: this.inNamespace(props.metadata) });
  }

  private inNamespace(metadata: ApiObjectMetadata | undefined): ApiObjectMetadata {
    return { ...metadata, namespace: this.namespace };
  }
}
