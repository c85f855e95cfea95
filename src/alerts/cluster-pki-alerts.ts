import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertOptions, AlertRuleProps, AlertSeverity } from './alert-options';
import { AlertDefinition, RenderedAlertRule, RuleGroup, checkAlertRuleProps, clusterSuffix, createPrometheusRule, renderAlertRule, ruleGroup } from './alert-rule';
import { labelList, promDuration, promqlString, seconds, selector } from './promql';
import { TlsResource } from '../core/tls-resource';

/** The names of the alerts `ClusterPkiAlerts` generates (also the runbook file names). */
export enum ClusterPkiAlertName {
  /** Client certificates presented to the API server expire soon. */
  API_SERVER_CLIENT_CERT_EXPIRATION = 'KubeApiServerClientCertificateExpiration',
  /** The kubelet's client certificate (to the API server) expires soon. */
  KUBELET_CLIENT_CERT_EXPIRATION = 'KubeletClientCertificateExpiration',
  /** The kubelet's serving certificate expires soon. */
  KUBELET_SERVER_CERT_EXPIRATION = 'KubeletServerCertificateExpiration',
  /** The kubelet fails to renew its client certificate. */
  KUBELET_CLIENT_CERT_RENEWAL_ERRORS = 'KubeletClientCertificateRenewalErrors',
  /** The kubelet fails to renew its serving certificate. */
  KUBELET_SERVER_CERT_RENEWAL_ERRORS = 'KubeletServerCertificateRenewalErrors',
  /** A certificate watched by x509-certificate-exporter expires soon. */
  X509_CERT_EXPIRATION = 'X509CertificateExpiration',
  /** A certificate watched by x509-certificate-exporter has expired. */
  X509_CERT_EXPIRED = 'X509CertificateExpired',
  /** x509-certificate-exporter cannot read some certificates. */
  X509_EXPORTER_READ_ERRORS = 'X509ExporterReadErrors',
}

/** Props of `ClusterPkiAlerts`. */
export interface ClusterPkiAlertsProps extends AlertRuleProps {
  /**
   * Alert on client certificates presented to the API server (`apiserver_client_certificate_expiration_seconds`).
   * @default true
   */
  readonly apiServer?: boolean;
  /**
   * The `job` label of the API server target.
   * @default 'apiserver' (kube-prometheus)
   */
  readonly apiServerJob?: string;
  /**
   * Alert on kubelet client and serving certificates and their renewal errors.
   * @default true
   */
  readonly kubelet?: boolean;
  /**
   * The `job` label of the kubelet targets.
   * @default 'kubelet' (kube-prometheus)
   */
  readonly kubeletJob?: string;
  /**
   * Alert on certificates read by x509-certificate-exporter (kubeadm PKI on disk, kubeconfigs,
   * Secrets not managed by cert-manager). Needs the exporter installed.
   * @default false
   */
  readonly x509Exporter?: boolean;
  /**
   * Time left below which the expiration alerts fire with severity warning. These certificates
   * are long-lived (kubeadm: 1 year) and renewed by hand or by the kubelet, so a fixed threshold fits.
   * @default Duration.days(7)
   */
  readonly warningThreshold?: Duration;
  /**
   * Time left below which the expiration alerts also fire with severity critical.
   * @default Duration.days(1)
   */
  readonly criticalThreshold?: Duration;
  /**
   * Settings for every expiration alert (`pendingFor`, extra `labels`, `enabled`); the severity
   * comes from the threshold crossed and cannot be set here.
   * @default - for 5m (API server, x509) or 0s (kubelet gauges)
   */
  readonly expiration?: AlertOptions;
  /**
   * Settings for the renewal and read error alerts.
   * @default - for 15m, warning
   */
  readonly errors?: AlertOptions;
}

/** Go-template text naming the node: kube-prometheus relabels kubelet targets with `node`. */
const NODE = '{{ with $labels.node }}{{ . }}{{ else }}{{ $labels.instance }}{{ end }}';

/**
 * A PrometheusRule for the certificates of the cluster itself, which cert-manager does not
 * manage: API server client certificates, kubelet client and serving certificates (with their
 * renewal errors), and optionally on-disk and Secret certificates read by x509-certificate-exporter.
 */
export class ClusterPkiAlerts extends TlsResource {
  /** The PrometheusRule, for escape hatches. */
  public readonly apiObject: ApiObject;
  /** Names of the alerts this construct generates, in rule order (a name appears once per severity). */
  public readonly alertNames: string[];

  constructor(scope: Construct, id: string, props: ClusterPkiAlertsProps = {}) {
    super(scope, id);
    checkAlertRuleProps(props);
    const warning = props.warningThreshold ?? Duration.days(7);
    const critical = props.criticalThreshold ?? Duration.days(1);
    const criticalMs = critical.toMilliseconds({ integral: false });
    if (criticalMs <= 0 || criticalMs >= warning.toMilliseconds({ integral: false })) {
      throw new Error(`criticalThreshold (${promDuration(critical)}) must be positive and shorter than warningThreshold (${promDuration(warning)})`);
    }
    const cluster = props.clusterLabel;
    const suffix = clusterSuffix(cluster);
    const errors = { ...props.errors };
    const groups: RuleGroup[] = [];

    // One alert name, two rules: warning below the warning threshold, critical below the critical one.
    const expiring = (definition: Omit<AlertDefinition, 'severity' | 'expr'>, expr: (threshold: string) => string): Array<RenderedAlertRule | undefined> => {
      const options = { ...props.expiration, severity: undefined };
      return [
        renderAlertRule({ ...definition, severity: AlertSeverity.WARNING, expr: expr(seconds(warning)) }, props, options),
        renderAlertRule({ ...definition, severity: AlertSeverity.CRITICAL, expr: expr(seconds(critical)) }, props, options),
      ];
    };
    const thresholds = `less than ${promDuration(warning)} (warning) or ${promDuration(critical)} (critical)`;

    if (props.apiServer ?? true) {
      const job = `job=${promqlString(props.apiServerJob ?? 'apiserver')}`;
      const by = labelList([cluster, 'job']);
      groups.push(ruleGroup('kubernetes-apiserver-certificates', expiring({
        alert: ClusterPkiAlertName.API_SERVER_CLIENT_CERT_EXPIRATION,
        pendingFor: Duration.minutes(5),
        summary: 'A client certificate used against the Kubernetes API server expires soon.',
        description: `The 1st percentile of client certificates presented to the API server (job {{ $labels.job }}${suffix}) has ${thresholds} left: some client will lose access.`,
      }, (threshold) => [
        // The histogram counts the remaining lifetime of every client certificate presented; its
        // 1st percentile is the soonest-expiring ones. Only fires while clients present certificates.
        `histogram_quantile(0.01, sum by ${labelList([cluster, 'job', 'le'])} (rate(${selector('apiserver_client_certificate_expiration_seconds_bucket', [job])}[5m]))) < ${threshold}`,
        `and on ${by} ${selector('apiserver_client_certificate_expiration_seconds_count', [job])} > 0`,
      ].join('\n'))));
    }

    if (props.kubelet ?? true) {
      const job = `job=${promqlString(props.kubeletJob ?? 'kubelet')}`;
      groups.push(ruleGroup('kubernetes-kubelet-certificates', [
        ...expiring({
          alert: ClusterPkiAlertName.KUBELET_CLIENT_CERT_EXPIRATION,
          pendingFor: Duration.seconds(0),
          summary: 'A kubelet client certificate expires soon.',
          description: `The client certificate of the kubelet on ${NODE}${suffix} has ${thresholds} left; the node drops out of the cluster when it expires.`,
        }, (threshold) => `${selector('kubelet_certificate_manager_client_ttl_seconds', [job])} < ${threshold}`),
        ...expiring({
          alert: ClusterPkiAlertName.KUBELET_SERVER_CERT_EXPIRATION,
          pendingFor: Duration.seconds(0),
          summary: 'A kubelet serving certificate expires soon.',
          description: `The serving certificate of the kubelet on ${NODE}${suffix} has ${thresholds} left; logs, exec and metrics of the node fail when it expires.`,
        }, (threshold) => `${selector('kubelet_certificate_manager_server_ttl_seconds', [job])} < ${threshold}`),
        renderAlertRule({
          alert: ClusterPkiAlertName.KUBELET_CLIENT_CERT_RENEWAL_ERRORS,
          expr: `increase(${selector('kubelet_certificate_manager_client_expiration_renew_errors', [job])}[5m]) > 0`,
          pendingFor: Duration.minutes(15),
          severity: AlertSeverity.WARNING,
          summary: 'A kubelet fails to renew its client certificate.',
          description: `The kubelet on ${NODE}${suffix} failed to renew its client certificate in the last 5 minutes, repeatedly for 15 minutes.`,
        }, props, errors),
        renderAlertRule({
          alert: ClusterPkiAlertName.KUBELET_SERVER_CERT_RENEWAL_ERRORS,
          expr: `increase(${selector('kubelet_server_expiration_renew_errors', [job])}[5m]) > 0`,
          pendingFor: Duration.minutes(15),
          severity: AlertSeverity.WARNING,
          summary: 'A kubelet fails to renew its serving certificate.',
          description: `The kubelet on ${NODE}${suffix} failed to renew its serving certificate in the last 5 minutes, repeatedly for 15 minutes.`,
        }, props, errors),
      ]));
    }

    if (props.x509Exporter ?? false) {
      const which = '{{ $labels.subject_CN }} ({{ with $labels.filepath }}file {{ . }}{{ else }}Secret {{ $labels.secret_namespace }}/{{ $labels.secret_name }}{{ end }})';
      groups.push(ruleGroup('x509-certificate-exporter', [
        ...expiring({
          alert: ClusterPkiAlertName.X509_CERT_EXPIRATION,
          pendingFor: Duration.minutes(5),
          summary: 'A certificate outside cert-manager expires soon.',
          description: `The certificate ${which} on {{ $labels.instance }}${suffix} has ${thresholds} left.`,
        }, (threshold) => `(x509_cert_not_after > 0) - time() < ${threshold}`),
        renderAlertRule({
          alert: ClusterPkiAlertName.X509_CERT_EXPIRED,
          expr: 'x509_cert_expired == 1',
          pendingFor: Duration.seconds(0),
          severity: AlertSeverity.CRITICAL,
          summary: 'A certificate outside cert-manager has expired.',
          description: `The certificate ${which} on {{ $labels.instance }}${suffix} has expired.`,
        }, props, { ...props.expiration, severity: undefined }),
        renderAlertRule({
          alert: ClusterPkiAlertName.X509_EXPORTER_READ_ERRORS,
          // x509_read_errors (exporter v3) is a gauge of the errors of the last scan; a rise means
          // some certificates are no longer watched.
          expr: 'delta(x509_read_errors[15m]) > 0',
          pendingFor: Duration.minutes(5),
          severity: AlertSeverity.WARNING,
          summary: 'x509-certificate-exporter cannot read some certificates.',
          description: `x509-certificate-exporter on {{ $labels.instance }}${suffix} has more read errors than 15 minutes ago: the certificates it cannot read are not monitored.`,
        }, props, errors),
      ]));
    }

    this.apiObject = createPrometheusRule(this, props.metadata, groups);
    this.alertNames = groups.flatMap((g) => g.rules.map((r) => r.alert));
  }
}
