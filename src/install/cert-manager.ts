import { Construct } from 'constructs';
import { HelmInstall, PinnedChart } from './helm-install';
import { HelmInstallOptions } from './helm-install-options';
import {
  checkNamespace, checkReleaseName, checkReplicas, RULE_AVAILABILITY, RULE_VALUES_SCHEMA,
} from './helm-release';
import { mergeValues, valueAt, Values, withoutNulls } from './helm-values';

/** Props of `CertManager`. */
export interface CertManagerProps extends HelmInstallOptions {
  /**
   * Whether to create the namespace (with Pod Security `restricted` enforced). Turn it off when
   * the namespace is managed elsewhere.
   * @default true
   */
  readonly createNamespace?: boolean;
  /**
   * Replicas of the admission webhook. Every cert-manager resource write goes through it, so
   * cert-manager's high-availability guide asks for at least 3. Fewer than 2 leaves a warning (TLS-INST3).
   * @default 3
   */
  readonly webhookReplicas?: number;
  /**
   * Whether cert-manager watches Gateway API objects (`config.gatewayAPI.enabled`) and issues
   * certificates for annotated Gateways. Needs the Gateway API CRDs in the cluster.
   * @default false
   */
  readonly gatewayApi?: boolean;
  /**
   * Whether cert-manager's ListenerSet shim issues certificates for ListenerSets with
   * `cert-manager.io/*` annotations (`TlsSource.shim` on a `TlsListenerSet`): sets
   * `config.gatewayAPI.enableListenerSet` and the alpha `ListenerSets` feature gate (cert-manager
   * v1.20.1+, off by default). Implies `gatewayApi`.
   * @default false
   */
  readonly gatewayApiListenerSets?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CHART: PinnedChart = { name: 'cert-manager', version: 'v1.21.1', schema: () => require('./schemas/cert-manager-v1.21.1.generated').CERT_MANAGER_VALUES_SCHEMA };

/**
 * cert-manager, installed from its Helm chart (rendered at synth with `helm template`) with
 * production values: CRDs in the chart (kept on uninstall), replicated controller, webhook and CA
 * injector with PodDisruptionBudgets, metrics with a ServiceMonitor, resource requests, no
 * startupapicheck hook Job, leader election inside its own namespace.
 *
 * Values that do not fit the chart's schema fail synth (TLS-INST1) and helm is not run.
 */
export class CertManager extends HelmInstall {
  /** The chart version this library is tested with and carries the values schema of. */
  public static readonly CHART_VERSION: string = CHART.version;

  constructor(scope: Construct, id: string, props: CertManagerProps = {}) {
    super(scope, id);
    const namespace = props.namespace ?? 'cert-manager';
    const releaseName = props.releaseName ?? 'cert-manager';
    checkReleaseName(releaseName);
    checkNamespace('namespace', namespace);
    const replicas = props.replicas ?? 2;
    const webhookReplicas = props.webhookReplicas ?? 3;
    checkReplicas('replicas', replicas);
    checkReplicas('webhookReplicas', webhookReplicas);
    const serviceMonitor = props.serviceMonitor ?? true;

    const values = mergeValues(defaultValues({
      namespace,
      replicas,
      webhookReplicas,
      gatewayApi: (props.gatewayApi ?? false) || (props.gatewayApiListenerSets ?? false),
      listenerSets: props.gatewayApiListenerSets ?? false,
      serviceMonitor,
    }), props.values ?? {});

    const warnings: string[] = [];
    if (replicas < 2) {
      warnings.push(`[${RULE_AVAILABILITY}] replicas: ${replicas} leaves the controller and CA injector without a standby, `
        + 'so issuance and renewal stop while the pod restarts; use 2 (the default)');
    }
    if (webhookReplicas < 2) {
      warnings.push(`[${RULE_AVAILABILITY}] webhookReplicas: ${webhookReplicas} makes every write of a cert-manager `
        + 'resource fail while the webhook pod restarts; use 3 (the default)');
    }
    const errors: string[] = [];
    const effective = withoutNulls(values);
    if (valueAt(effective, 'prometheus.servicemonitor.enabled') === true && valueAt(effective, 'prometheus.podmonitor.enabled') === true) {
      errors.push(`[${RULE_VALUES_SCHEMA}] values.prometheus.podmonitor.enabled: true while the ServiceMonitor is on; the chart `
        + 'renders one or the other and fails with both; set serviceMonitor: false to use the PodMonitor');
    }

    this._install(props, { chart: CHART, releaseName, namespace, createNamespace: props.createNamespace ?? true, values, errors, warnings });
  }
}

interface DefaultOptions {
  readonly namespace: string;
  readonly replicas: number;
  readonly webhookReplicas: number;
  readonly gatewayApi: boolean;
  readonly listenerSets: boolean;
  readonly serviceMonitor: boolean;
}

// A component may be drained one pod at a time: with 2+ replicas one keeps serving, and with a
// single replica (an explicit opt-out) a drain is still possible, which minAvailable: 1 would block.
const PDB = { enabled: true, maxUnavailable: 1 };

function defaultValues(o: DefaultOptions): Values {
  return {
    // The CRDs ship with the chart so they upgrade with it; keep: deleting the release must not
    // delete every Certificate and Issuer in the cluster through garbage collection.
    crds: { enabled: true, keep: true },
    // Upstream's own setting for static manifests: no `managed-by: Helm` label on objects that
    // helm will never manage.
    creator: 'static',
    // Leader election in cert-manager's own namespace: the chart default (kube-system) puts a Role
    // that lets cert-manager create and update leases into kube-system.
    global: { leaderElection: { namespace: o.namespace } },
    replicaCount: o.replicas,
    podDisruptionBudget: PDB,
    resources: { requests: { cpu: '10m', memory: '64Mi' } },
    config: {
      apiVersion: 'controller.config.cert-manager.io/v1alpha1',
      kind: 'ControllerConfiguration',
      gatewayAPI: { enabled: o.gatewayApi, ...(o.listenerSets ? { enableListenerSet: true } : {}) },
      ...(o.listenerSets ? { featureGates: { ListenerSets: true } } : {}),
    },
    prometheus: {
      enabled: true,
      servicemonitor: { enabled: o.serviceMonitor },
      podmonitor: { enabled: false },
    },
    webhook: {
      replicaCount: o.webhookReplicas,
      podDisruptionBudget: PDB,
      resources: { requests: { cpu: '10m', memory: '32Mi' } },
    },
    cainjector: {
      enabled: true,
      replicaCount: o.replicas,
      podDisruptionBudget: PDB,
      resources: { requests: { cpu: '10m', memory: '64Mi' } },
    },
    // A post-install hook for helm; `helm template` would emit it as a plain Job that a GitOps
    // tool runs once and then reports as drift.
    startupapicheck: { enabled: false },
  };
}
