import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertOptions, AlertRuleProps, AlertSeverity, DEFAULT_RUNBOOK_BASE_URL } from './alert-options';
import {
  NAMESPACE_TEMPLATE, checkAlertRuleProps, clusterSuffix, createPrometheusRule, renderAlertRule, ruleGroup,
} from './alert-rule';
import { ExpiryThreshold } from './expiry-threshold';
import { LabelMatcher } from './label-matcher';
import {
  EXPORTED_NAMESPACE_LABEL, NAMESPACE_LABEL, labelList, namespacedSelector, oneOf, promDuration, promqlString, seconds, selector,
} from './promql';
import type { Certificate } from '../certificates/certificate';
import { TlsResource } from '../core/tls-resource';

/** The names of the alerts `CertExpiryAlert` generates (also the runbook file names). */
export enum CertManagerAlertName {
  /** The renewal window passed well without a renewal (or less than a fixed time left). */
  CERT_EXPIRY_SOON = 'CertManagerCertExpirySoon',
  /** The certificate in the Secret has expired. */
  CERT_EXPIRED = 'CertManagerCertExpired',
  /** The Certificate's Ready condition is not True. */
  CERT_NOT_READY = 'CertManagerCertNotReady',
  /** The renewal time passed (plus grace) and the certificate was not renewed. */
  CERT_RENEWAL_OVERDUE = 'CertManagerCertRenewalOverdue',
  /** The ACME server answers HTTP 429 (rate limited). */
  ACME_RATE_LIMITED = 'CertManagerHittingRateLimits',
  /** An Issuer is not ready. */
  ISSUER_NOT_READY = 'CertManagerIssuerNotReady',
  /** A ClusterIssuer is not ready. */
  CLUSTER_ISSUER_NOT_READY = 'CertManagerClusterIssuerNotReady',
  /** Prometheus has no healthy cert-manager target. */
  ABSENT = 'CertManagerAbsent',
}

/** Props of `CertExpiryAlert`. */
export interface CertExpiryAlertProps extends AlertRuleProps {
  /**
   * When `CertManagerCertExpirySoon` fires.
   * @default ExpiryThreshold.renewalWindowElapsed(0.3)
   */
  readonly expiryThreshold?: ExpiryThreshold;
  /**
   * How long after `status.renewalTime` a still-unrenewed certificate counts as overdue.
   * Issuance normally takes seconds (private CA) to minutes (ACME with DNS-01 propagation).
   * @default Duration.hours(1)
   */
  readonly renewalGracePeriod?: Duration;
  /**
   * The `job` label of cert-manager's controller target, for `CertManagerAbsent`.
   * `CertManagerMonitor.job` gives the value its monitor produces.
   * @default 'cert-manager' (the chart's ServiceMonitor/PodMonitor use `jobLabel: app.kubernetes.io/name`)
   */
  readonly certManagerJob?: string;
  /**
   * Only certificates and issuers in these namespaces (matched in `exported_namespace`, or in
   * `namespace` where the metric was not relabelled).
   * @default - every namespace
   */
  readonly namespaces?: string[];
  /**
   * Only certificates with these names (exact names, regex-escaped).
   * @default - every certificate
   */
  readonly certificateNames?: string[];
  /**
   * More label matchers on the certificate metrics, e.g. `LabelMatcher.equal('issuer_name', 'letsencrypt')`.
   * @default - none
   */
  readonly certificateMatchers?: LabelMatcher[];
  /**
   * Whether to add the alerts that are not about single certificates: ACME rate limiting,
   * issuer and cluster issuer readiness, cert-manager absent. Keep them in one CertExpiryAlert
   * per cluster; turn them off in per-certificate or per-team alerts.
   * @default true
   */
  readonly clusterWideAlerts?: boolean;
  /**
   * `CertManagerCertExpirySoon`. Defaults: for 1h, critical.
   * @default - enabled with its defaults
   */
  readonly expirySoon?: AlertOptions;
  /**
   * `CertManagerCertExpired`. Defaults: for 0s, critical.
   * @default - enabled with its defaults
   */
  readonly expired?: AlertOptions;
  /**
   * `CertManagerCertNotReady`. Defaults: for 15m, warning.
   * @default - enabled with its defaults
   */
  readonly notReady?: AlertOptions;
  /**
   * `CertManagerCertRenewalOverdue`. Defaults: for 15m, warning.
   * @default - enabled with its defaults
   */
  readonly renewalOverdue?: AlertOptions;
  /**
   * `CertManagerHittingRateLimits`. Defaults: for 5m, critical.
   * @default - enabled with its defaults (when clusterWideAlerts)
   */
  readonly acmeRateLimited?: AlertOptions;
  /**
   * `CertManagerIssuerNotReady`. Defaults: for 10m, warning.
   * @default - enabled with its defaults (when clusterWideAlerts)
   */
  readonly issuerNotReady?: AlertOptions;
  /**
   * `CertManagerClusterIssuerNotReady`. Defaults: for 10m, warning.
   * @default - enabled with its defaults (when clusterWideAlerts)
   */
  readonly clusterIssuerNotReady?: AlertOptions;
  /**
   * `CertManagerAbsent`. Defaults: for 10m, critical.
   * @default - enabled with its defaults (when clusterWideAlerts)
   */
  readonly certManagerAbsent?: AlertOptions;
}

const EXPIRATION = 'certmanager_certificate_expiration_timestamp_seconds';
const RENEWAL = 'certmanager_certificate_renewal_timestamp_seconds';
const READY = 'certmanager_certificate_ready_status';
const ISSUER_READY = 'certmanager_issuer_ready_status';
const CLUSTER_ISSUER_READY = 'certmanager_clusterissuer_ready_status';
const ACME_REQUESTS = 'certmanager_http_acme_client_request_count';

/** The default `job` label of cert-manager's controller target. */
export const DEFAULT_CERT_MANAGER_JOB = 'cert-manager';

/**
 * A PrometheusRule that alerts before cert-manager certificates expire, on cert-manager's own
 * metrics: expiry relative to each certificate's renewal window and gated on Ready (a never-issued
 * certificate, whose expiry metric is 0, does not page), expired, not ready, renewal overdue, ACME
 * rate limiting, issuers not ready and cert-manager absent. Every alert links its runbook.
 */
export class CertExpiryAlert extends TlsResource {
  /** Where each alert's `runbook_url` points unless `runbookBaseUrl` says otherwise: this repository's `docs/runbooks`. */
  public static readonly DEFAULT_RUNBOOK_BASE_URL: string = DEFAULT_RUNBOOK_BASE_URL;
  /** The `job` label of cert-manager's metrics unless `certManagerJob` says otherwise: `cert-manager`. */
  public static readonly DEFAULT_CERT_MANAGER_JOB: string = DEFAULT_CERT_MANAGER_JOB;

  /**
   * Alerts for one certificate only (its name and namespace); the cluster-wide alerts are off
   * unless `options.clusterWideAlerts` turns them on.
   */
  public static forCertificate(scope: Construct, id: string, certificate: Certificate, options: CertExpiryAlertProps = {}): CertExpiryAlert {
    return new CertExpiryAlert(scope, id, {
      ...options,
      clusterWideAlerts: options.clusterWideAlerts ?? false,
      certificateNames: [certificate.name],
      namespaces: certificate.namespace !== undefined ? [certificate.namespace] : options.namespaces,
    });
  }

  /** The PrometheusRule, for escape hatches. */
  public readonly apiObject: ApiObject;
  /** Names of the alerts this construct generates, in rule order. */
  public readonly alertNames: string[];

  constructor(scope: Construct, id: string, props: CertExpiryAlertProps = {}) {
    super(scope, id);
    checkAlertRuleProps(props);
    for (const list of [props.namespaces, props.certificateNames]) {
      if (list && list.length === 0) throw new Error('namespaces/certificateNames: an empty list would match nothing; leave it out to match all');
    }
    const job = props.certManagerJob ?? DEFAULT_CERT_MANAGER_JOB;
    const threshold = props.expiryThreshold ?? ExpiryThreshold.renewalWindowElapsed(0.3);
    const grace = props.renewalGracePeriod ?? Duration.hours(1);
    if (grace.toMilliseconds({ integral: false }) < 0) throw new Error('renewalGracePeriod must not be negative');

    const cluster = props.clusterLabel;
    // Group and join by both namespace labels: whichever holds the object's namespace, the other
    // is either cert-manager's own namespace (constant) or absent, so series never collapse.
    const by = labelList([cluster, EXPORTED_NAMESPACE_LABEL, NAMESPACE_LABEL, 'name']);
    const certMatchers = [
      ...(props.certificateNames ? [oneOf('name', props.certificateNames)] : []),
      ...(props.certificateMatchers ?? []),
    ];
    const cert = (metric: string, ...extra: string[]) => namespacedSelector(metric, props.namespaces, [...certMatchers, ...extra]);
    const issuedExpiry = `max by ${by} (${cert(EXPIRATION)} > 0)`;
    const ready = `max by ${by} (${cert(READY, 'condition="True"')} == 1)`;
    const where = `certificate {{ $labels.name }} in namespace ${NAMESPACE_TEMPLATE}${clusterSuffix(cluster)}`;

    const certificateRules = [
      renderAlertRule({
        alert: CertManagerAlertName.CERT_EXPIRY_SOON,
        expr: [
          `${issuedExpiry} - time()`,
          `< ${threshold._thresholdExpr(`max by ${by} (${cert(EXPIRATION)})`, `max by ${by} (${cert(RENEWAL)} > 0)`)}`,
          `and on ${by} ${ready}`,
        ].join('\n'),
        pendingFor: Duration.hours(1),
        severity: AlertSeverity.CRITICAL,
        summary: 'A certificate is close to expiry and has not been renewed.',
        description: `The ${where} is Ready but ${threshold._describe()}; cert-manager keeps failing to renew it. It stops working at expiry.`,
      }, props, props.expirySoon),
      renderAlertRule({
        alert: CertManagerAlertName.CERT_EXPIRED,
        // Issued (expiry > 0) and past expiry; not gated on Ready: cert-manager marks an expired
        // certificate not Ready, and that is exactly when this must fire.
        expr: `time() - ${issuedExpiry} >= 0`,
        pendingFor: Duration.seconds(0),
        severity: AlertSeverity.CRITICAL,
        summary: 'A certificate has expired.',
        description: `The ${where} has expired. Clients that validate it fail now.`,
      }, props, props.expired),
      renderAlertRule({
        alert: CertManagerAlertName.CERT_NOT_READY,
        expr: `max by ${labelList([cluster, EXPORTED_NAMESPACE_LABEL, NAMESPACE_LABEL, 'name', 'condition'])} (${cert(READY, 'condition!="True"')} == 1)`,
        pendingFor: Duration.minutes(15),
        severity: AlertSeverity.WARNING,
        summary: 'A certificate is not ready.',
        description: `The ${where} has Ready={{ $labels.condition }}: it was never issued, or its Secret no longer matches the spec.`,
      }, props, props.notReady),
      renderAlertRule({
        alert: CertManagerAlertName.CERT_RENEWAL_OVERDUE,
        expr: [
          `time() - max by ${by} (${cert(RENEWAL)} > 0) > ${seconds(grace)}`,
          `and on ${by} ${ready}`,
        ].join('\n'),
        pendingFor: Duration.minutes(15),
        severity: AlertSeverity.WARNING,
        summary: 'A certificate was not renewed at its renewal time.',
        description: `The ${where} passed its renewal time more than ${promDuration(grace)} ago and was not renewed.`,
      }, props, props.renewalOverdue),
    ];

    const clusterWide = props.clusterWideAlerts ?? true;
    const issuerBy = labelList([cluster, EXPORTED_NAMESPACE_LABEL, NAMESPACE_LABEL, 'name', 'condition']);
    const groups = [ruleGroup('cert-manager-certificates', certificateRules)];
    if (clusterWide) {
      groups.push(ruleGroup('cert-manager-issuers', [
        renderAlertRule({
          alert: CertManagerAlertName.ACME_RATE_LIMITED,
          expr: `sum by ${labelList([cluster, 'host'])} (rate(${selector(ACME_REQUESTS, ['status="429"'])}[5m])) > 0`,
          pendingFor: Duration.minutes(5),
          severity: AlertSeverity.CRITICAL,
          summary: 'cert-manager is rate limited by an ACME server.',
          description: `The ACME server {{ $labels.host }}${clusterSuffix(cluster)} answers HTTP 429: new certificates and renewals for the affected names fail until the limit resets (up to a week).`,
        }, props, props.acmeRateLimited),
        renderAlertRule({
          alert: CertManagerAlertName.ISSUER_NOT_READY,
          expr: `max by ${issuerBy} (${namespacedSelector(ISSUER_READY, props.namespaces, ['condition!="True"'])} == 1)`,
          pendingFor: Duration.minutes(10),
          severity: AlertSeverity.WARNING,
          summary: 'An Issuer is not ready.',
          description: `The Issuer {{ $labels.name }} in namespace ${NAMESPACE_TEMPLATE}${clusterSuffix(cluster)} has Ready={{ $labels.condition }}: certificates it signs cannot be issued or renewed.`,
        }, props, props.issuerNotReady),
        renderAlertRule({
          alert: CertManagerAlertName.CLUSTER_ISSUER_NOT_READY,
          expr: `max by ${labelList([cluster, 'name', 'condition'])} (${selector(CLUSTER_ISSUER_READY, ['condition!="True"'])} == 1)`,
          pendingFor: Duration.minutes(10),
          severity: AlertSeverity.WARNING,
          summary: 'A ClusterIssuer is not ready.',
          description: `The ClusterIssuer {{ $labels.name }}${clusterSuffix(cluster)} has Ready={{ $labels.condition }}: certificates it signs cannot be issued or renewed.`,
        }, props, props.clusterIssuerNotReady),
      ]));
      assertJob(job);
      groups.push(ruleGroup('cert-manager', [
        renderAlertRule({
          alert: CertManagerAlertName.ABSENT,
          // `== 1` also catches a target that exists but fails to scrape: no metrics either way.
          expr: `absent(${selector('up', [`job=${promqlString(job)}`])} == 1)`,
          pendingFor: Duration.minutes(10),
          severity: AlertSeverity.CRITICAL,
          summary: 'cert-manager has disappeared from Prometheus.',
          description: `No healthy target with job="${job}" is scraped: cert-manager is down or not monitored, and every other certificate alert is blind.`,
        }, props, props.certManagerAbsent),
      ]));
    }

    this.apiObject = createPrometheusRule(this, props.metadata, groups);
    this.alertNames = groups.flatMap((g) => g.rules.map((r) => r.alert));
  }
}

function assertJob(job: string): void {
  if (!job.trim()) throw new Error('certManagerJob must not be empty');
}
