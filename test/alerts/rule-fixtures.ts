// Helpers to turn synthesized PrometheusRules into promtool unit tests: the rule file is the
// construct's own output (synthValid(chart) -> PrometheusRule spec.groups), never a copy.
import { Chart, Testing } from 'cdk8s';
import { objectsOf, synthValid } from '../support/schema';

/** Seconds per day and hour, for readable timestamps. */
export const DAY = 86_400;
export const HOUR = 3_600;
/**
 * Input series are sampled every 5 minutes from t=0 (the Unix epoch, promtool's start); rules
 * are evaluated every EVALUATION_INTERVAL. Hourly evaluation keeps each promtool run well under a
 * second over 14 days; every scenario holds its condition for hours, longer than any `for`.
 */
export const EVALUATION_INTERVAL = '1h';
/** Sample spacing of input series, in seconds. */
export const STEP = 300;
/** The evaluation time of every scenario: 14 days after the epoch, so renewal timestamps up to 14 days old stay positive. */
export const NOW = 14 * DAY;
/** `eval_time` for NOW. */
export const NOW_EVAL = '14d';
const SAMPLES = NOW / STEP;

export type Labels = Record<string, string>;

/** A fresh chart in a fresh app, in namespace `monitoring`. */
export function newChart(): Chart {
  return new Chart(Testing.app(), 'test', { namespace: 'monitoring' });
}

/** The `spec.groups` of every PrometheusRule the chart synthesizes (schema-checked). */
export function ruleGroupsOf(chart: Chart): any[] {
  return objectsOf(synthValid(chart), 'PrometheusRule').flatMap((o) => o.spec.groups);
}

/** Every rule of the groups with that alert name. */
export function rulesNamed(groups: any[], alert: string): any[] {
  const rules = groups.flatMap((g) => g.rules).filter((r: any) => r.alert === alert);
  if (rules.length === 0) throw new Error(`no rule named ${alert}`);
  return rules;
}

/** A value that stays the same from t=0 to NOW (and a bit after). */
export function constant(value: number): string {
  return `${value}+0x${SAMPLES + 2}`;
}

/** A counter rising by `perStep` every sample. */
export function rising(perStep: number): string {
  return `0+${perStep}x${SAMPLES + 2}`;
}

/** `before` until time `at` (seconds since the epoch, a multiple of STEP), then `after`. */
export function step(before: number, at: number, after: number): string {
  const k = at / STEP;
  if (!Number.isInteger(k) || k < 1) throw new Error(`step time ${at} must be a positive multiple of ${STEP}`);
  return `${before}+0x${k - 1} ${after}+0x${SAMPLES + 2 - k}`;
}

/** A promtool `input_series` entry. */
export function series(metric: string, labels: Labels, values: string): { series: string; values: string } {
  const rendered = Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
  return { series: `${metric}{${rendered}}`, values };
}

/** Labels a ServiceMonitor scrape gives a certificate metric: the object's namespace moved to exported_namespace. */
export function scrapedCert(name: string, namespace = 'apps'): Labels {
  return {
    name,
    exported_namespace: namespace,
    namespace: 'cert-manager',
    job: 'cert-manager',
    instance: '10.0.0.7:9402',
    issuer_name: 'letsencrypt',
    issuer_kind: 'ClusterIssuer',
    issuer_group: 'cert-manager.io',
  };
}

/** The series cert-manager exports for one certificate. */
export interface CertState {
  /** notAfter (0 when never issued), or a promtool values string for changes over time. */
  readonly expiry: number | string;
  /** status.renewalTime (0 when unset), or a promtool values string. */
  readonly renewal: number | string;
  /** Which Ready condition series is 1. */
  readonly ready: 'True' | 'False' | 'Unknown';
}

/** expiration, renewal and the three ready_status series of one certificate. */
export function certSeries(labels: Labels, state: CertState): Array<{ series: string; values: string }> {
  const v = (x: number | string) => (typeof x === 'number' ? constant(x) : x);
  return [
    series('certmanager_certificate_expiration_timestamp_seconds', labels, v(state.expiry)),
    series('certmanager_certificate_renewal_timestamp_seconds', labels, v(state.renewal)),
    ...(['True', 'False', 'Unknown'] as const).map((condition) =>
      series('certmanager_certificate_ready_status', { ...labels, condition }, constant(condition === state.ready ? 1 : 0))),
  ];
}

/**
 * Go-template expansion for the subset the alert annotations use: `{{ $labels.x }}` and
 * `{{ with $labels.x }}…{{ . }}…{{ else }}…{{ end }}`. Anything else left in the text fails the
 * test, so a new template construct cannot slip through unexpanded.
 */
export function expandTemplate(text: string, labels: Labels): string {
  const withBlocks = /\{\{ with \$labels\.(\w+) \}\}(.*?)\{\{ else \}\}(.*?)\{\{ end \}\}/gs;
  const out = text
    .replace(withBlocks, (_m, label: string, body: string, otherwise: string) =>
      labels[label] ? body.replace(/\{\{ \. \}\}/g, labels[label]) : otherwise)
    .replace(/\{\{ \$labels\.(\w+) \}\}/g, (_m, label: string) => labels[label] ?? '');
  if (out.includes('{{')) throw new Error(`unsupported template construct in: ${text}`);
  return out;
}

/**
 * One promtool `alert_rule_test`: at `evalTime`, alert `alertname` fires exactly for `firing`
 * (the alert's labels without alertname; severity from the rule when there is only one).
 * Expected annotations are the rule's own templates expanded with those labels.
 */
export function expectAlerts(groups: any[], evalTime: string, alertname: string, firing: Labels[]): unknown {
  const rules = rulesNamed(groups, alertname);
  return {
    eval_time: evalTime,
    alertname,
    exp_alerts: firing.map((labels) => {
      const severity = labels.severity ?? (rules.length === 1 ? rules[0].labels.severity : undefined);
      if (!severity) throw new Error(`${alertname} has several rules: give the severity of each expected alert`);
      const rule = rules.find((r) => r.labels.severity === severity) ?? rules[0];
      const all = { ...rule.labels, ...labels, severity };
      const annotations = Object.fromEntries(Object.entries(rule.annotations as Labels).map(([k, v]) => [k, expandTemplate(v, all)]));
      return { exp_labels: all, exp_annotations: annotations };
    }),
  };
}

/** The certificate labels an alert grouped `by (exported_namespace, namespace, name)` carries. */
export function certAlertLabels(labels: Labels, extra: Labels = {}): Labels {
  const { name, exported_namespace, namespace } = labels;
  return { name, namespace, ...(exported_namespace !== undefined ? { exported_namespace } : {}), ...extra };
}
