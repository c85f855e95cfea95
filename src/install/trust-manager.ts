import { Construct } from 'constructs';
import { HelmInstall, PinnedChart } from './helm-install';
import { HelmInstallOptions } from './helm-install-options';
import {
  checkNamespace, checkReleaseName, checkReplicas, RULE_AVAILABILITY, RULE_NON_DETERMINISTIC,
} from './helm-release';
import { mergeValues, valueAt, Values, withoutNulls } from './helm-values';

/**
 * Props of `TrustManager`. `values` are checked like CertManager's; `app.webhook.tls.helmCert.enabled:
 * true` is refused (TLS-INST2): it makes helm generate a new CA and key on every synth.
 */
export interface TrustManagerProps extends HelmInstallOptions {
  /**
   * Whether to create the namespace (with Pod Security `restricted` enforced). Off by default:
   * `CertManager` creates the shared `cert-manager` namespace.
   * @default false
   */
  readonly createNamespace?: boolean;
  /**
   * The trust namespace (`app.trust.namespace`): the only namespace trust-manager reads the
   * sources of Bundles from, so who can write Secrets there decides what the cluster trusts.
   * @default 'cert-manager'
   */
  readonly trustNamespace?: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CHART: PinnedChart = { name: 'trust-manager', version: 'v0.24.0', schema: () => require('./schemas/trust-manager-v0.24.0.generated').TRUST_MANAGER_VALUES_SCHEMA };

/**
 * trust-manager, installed from its Helm chart with production values: the Bundle CRD in the
 * chart (kept on uninstall), replicated with a PodDisruptionBudget, metrics with a
 * ServiceMonitor, resource requests, webhook TLS from cert-manager (an Issuer and Certificate in
 * the chart, injected by cert-manager's CA injector), Secret targets off, expired certificates
 * filtered out of bundles.
 */
export class TrustManager extends HelmInstall {
  /** The chart version this library is tested with and carries the values schema of. */
  public static readonly CHART_VERSION: string = CHART.version;

  /** The namespace trust-manager reads Bundle sources from. */
  public readonly trustNamespace: string;

  constructor(scope: Construct, id: string, props: TrustManagerProps = {}) {
    super(scope, id);
    const namespace = props.namespace ?? 'cert-manager';
    this.trustNamespace = props.trustNamespace ?? 'cert-manager';
    const releaseName = props.releaseName ?? 'trust-manager';
    checkReleaseName(releaseName);
    checkNamespace('namespace', namespace);
    checkNamespace('trustNamespace', this.trustNamespace);
    const replicas = props.replicas ?? 2;
    checkReplicas('replicas', replicas);

    const values = mergeValues(defaultValues({
      replicas,
      trustNamespace: this.trustNamespace,
      serviceMonitor: props.serviceMonitor ?? true,
    }), props.values ?? {});

    const warnings: string[] = [];
    if (replicas < 2) {
      warnings.push(`[${RULE_AVAILABILITY}] replicas: ${replicas} leaves trust-manager without a standby, so Bundles `
        + 'are not updated and the Bundle webhook refuses writes while the pod restarts; use 2 (the default)');
    }
    const errors: string[] = [];
    if (valueAt(withoutNulls(values), 'app.webhook.tls.helmCert.enabled') === true) {
      errors.push(`[${RULE_NON_DETERMINISTIC}] values.app.webhook.tls.helmCert.enabled: true makes helm generate a new CA `
        + 'and webhook key pair on every synth, so the output never matches Git and the private key lands in the manifests; '
        + 'leave it off: cert-manager issues the webhook certificate');
    }

    this._install(props, { chart: CHART, releaseName, namespace, createNamespace: props.createNamespace ?? false, values, errors, warnings });
  }
}

interface DefaultOptions {
  readonly replicas: number;
  readonly trustNamespace: string;
  readonly serviceMonitor: boolean;
}

function defaultValues(o: DefaultOptions): Values {
  return {
    // keep: deleting the release must not delete every Bundle through garbage collection.
    crds: { enabled: true, keep: true },
    replicaCount: o.replicas,
    // maxUnavailable rather than minAvailable: a single-replica opt-out can still be drained.
    podDisruptionBudget: { enabled: true, maxUnavailable: 1 },
    resources: { requests: { cpu: '10m', memory: '64Mi' } },
    app: {
      trust: { namespace: o.trustNamespace },
      webhook: { tls: { helmCert: { enabled: false } } },
      metrics: { service: { enabled: true, servicemonitor: { enabled: o.serviceMonitor } } },
    },
    // Writing Secrets in every namespace is a cluster-wide privilege; ConfigMap targets need none.
    secretTargets: { enabled: false },
    // An expired CA validates nothing and only hides which anchors are live.
    filterExpiredCertificates: { enabled: true },
  };
}
