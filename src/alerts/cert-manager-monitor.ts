import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { promDuration } from './promql';
import * as kinds from '../core/custom-resource-kinds';
import { validateWithRules } from '../core/rule-validation';
import { TlsResource } from '../core/tls-resource';

/** How Prometheus Operator finds cert-manager's metrics endpoint. */
export enum MonitorKind {
  /** A ServiceMonitor on the chart's `cert-manager` Service (needs `prometheus.enabled`, the chart default). */
  SERVICE_MONITOR = 'ServiceMonitor',
  /** A PodMonitor on the controller pods (no Service needed). */
  POD_MONITOR = 'PodMonitor',
}

/** The chart's metrics port name, on the controller container and on its Service (port 9402). */
export const CERT_MANAGER_METRICS_PORT = 'http-metrics';

/** The label the chart's monitors take the `job` label from. */
const JOB_LABEL = 'app.kubernetes.io/name';

/** Props of `CertManagerMonitor`. */
export interface CertManagerMonitorProps {
  /**
   * ServiceMonitor or PodMonitor.
   * @default MonitorKind.SERVICE_MONITOR
   */
  readonly kind?: MonitorKind;
  /**
   * Name of the monitor object.
   * @default 'cert-manager'
   */
  readonly name?: string;
  /**
   * The namespace cert-manager runs in; the monitor selects targets only there.
   * @default 'cert-manager'
   */
  readonly certManagerNamespace?: string;
  /**
   * The namespace of the monitor object itself, when your Prometheus only reads monitors from
   * its own namespace.
   * @default - certManagerNamespace
   */
  readonly monitorNamespace?: string;
  /**
   * The Helm release name of cert-manager (the chart's `app.kubernetes.io/instance` label).
   * @default 'cert-manager'
   */
  readonly releaseName?: string;
  /**
   * The labels that select cert-manager's controller Service (or pods). The value of
   * `app.kubernetes.io/name` becomes the `job` label.
   * @default - the chart's: `app.kubernetes.io/name: cert-manager`, `app.kubernetes.io/instance: <releaseName>`, `app.kubernetes.io/component: controller`
   */
  readonly selectorLabels?: { [key: string]: string };
  /**
   * Labels on the monitor object, e.g. the ones your Prometheus' `serviceMonitorSelector` /
   * `podMonitorSelector` matches (kube-prometheus-stack: `release: <release name>`).
   * @default - the chart's monitor labels (`app`, `app.kubernetes.io/name`, `app.kubernetes.io/instance`, `app.kubernetes.io/component`)
   */
  readonly labels?: { [key: string]: string };
  /**
   * Scrape interval.
   * @default Duration.seconds(60) (the chart's)
   */
  readonly interval?: Duration;
  /**
   * Scrape timeout.
   * @default Duration.seconds(30) (the chart's)
   */
  readonly scrapeTimeout?: Duration;
}

/**
 * A ServiceMonitor (or PodMonitor) for cert-manager's controller metrics, with the Helm chart's
 * labels, port name (`http-metrics`, 9402) and job label, so `CertExpiryAlert`'s defaults match.
 * `honorLabels` stays false: the certificate's namespace then arrives as `exported_namespace`,
 * which the alerts handle, and a target cannot overwrite Prometheus' own labels.
 */
export class CertManagerMonitor extends TlsResource {
  /** The ServiceMonitor or PodMonitor, for escape hatches. */
  public readonly apiObject: ApiObject;
  /** The `job` label Prometheus gives cert-manager's metrics: pass it to `CertExpiryAlert.certManagerJob`. */
  public readonly job: string;

  constructor(scope: Construct, id: string, props: CertManagerMonitorProps = {}) {
    super(scope, id);
    const kind = props.kind ?? MonitorKind.SERVICE_MONITOR;
    const certManagerNamespace = props.certManagerNamespace ?? 'cert-manager';
    const release = props.releaseName ?? 'cert-manager';
    const chartLabels = {
      'app.kubernetes.io/name': 'cert-manager',
      'app.kubernetes.io/instance': release,
      'app.kubernetes.io/component': 'controller',
    };
    const selectorLabels = props.selectorLabels ?? chartLabels;
    if (Object.keys(selectorLabels).length === 0) {
      throw new Error('selectorLabels: an empty selector would scrape every Service in the namespace; give the labels of cert-manager\'s Service');
    }
    this.job = selectorLabels[JOB_LABEL] ?? '';
    if (!this.job) {
      throw new Error(`selectorLabels: include "${JOB_LABEL}"; the monitor takes the job label from it (jobLabel) and the alerts match on that job`);
    }
    const interval = props.interval ?? Duration.seconds(60);
    const scrapeTimeout = props.scrapeTimeout ?? Duration.seconds(30);
    if (scrapeTimeout.toMilliseconds() > interval.toMilliseconds()) {
      throw new Error(`scrapeTimeout (${promDuration(scrapeTimeout)}) must not exceed interval (${promDuration(interval)}); Prometheus rejects the scrape config`);
    }
    const endpoint = {
      path: '/metrics',
      interval: promDuration(interval),
      scrapeTimeout: promDuration(scrapeTimeout),
      honorLabels: false,
    };
    const common = {
      jobLabel: JOB_LABEL,
      selector: { matchLabels: { ...selectorLabels } },
      namespaceSelector: { matchNames: [certManagerNamespace] },
    };
    const metadata = {
      name: props.name ?? 'cert-manager',
      namespace: props.monitorNamespace ?? certManagerNamespace,
      labels: props.labels ?? { app: 'cert-manager', ...chartLabels },
    };
    this.apiObject = kind === MonitorKind.POD_MONITOR
      ? new ApiObject(this, 'Resource', {
        ...kinds.POD_MONITOR(),
        metadata,
        spec: { ...common, podMetricsEndpoints: [{ port: CERT_MANAGER_METRICS_PORT, ...endpoint }] },
      })
      : new ApiObject(this, 'Resource', {
        ...kinds.SERVICE_MONITOR(),
        metadata,
        spec: { ...common, endpoints: [{ port: CERT_MANAGER_METRICS_PORT, ...endpoint }] },
      });
    validateWithRules(this, this.apiObject);
  }
}
