// Turns an alert definition plus the user's options into a Prometheus alerting rule, and rule
// groups into a PrometheusRule. Internal: the public surface is the alert constructs.
import { ApiObject, ApiObjectMetadata, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertOptions, AlertRuleProps, AlertSeverity, DEFAULT_RUNBOOK_BASE_URL } from './alert-options';
import { assertLabelName, promDuration } from './promql';
import * as kinds from '../core/custom-resource-kinds';
import { validateWithRules } from '../core/rule-validation';

/** Labels Prometheus or this library sets itself; a user label of that name would be lost or confusing. */
const RESERVED_LABELS = new Set(['alertname', 'severity']);

/** What an alert construct knows about one of its alerts. */
export interface AlertDefinition {
  readonly alert: string;
  readonly expr: string;
  readonly pendingFor: Duration;
  readonly severity: AlertSeverity;
  readonly summary: string;
  readonly description: string;
}

/** A Prometheus alerting rule as the PrometheusRule CRD takes it. */
export interface RenderedAlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

/** A named group of rules. */
export interface RuleGroup {
  readonly name: string;
  readonly rules: RenderedAlertRule[];
}

/** Throws at once for values that can never be right: bad label names, non-HTTP URLs. */
export function checkAlertRuleProps(props: AlertRuleProps): void {
  if (props.clusterLabel !== undefined) assertLabelName(props.clusterLabel, 'clusterLabel');
  checkLabels(props.labels, 'labels');
  for (const [field, url] of [['runbookBaseUrl', props.runbookBaseUrl], ['dashboardUrl', props.dashboardUrl]] as const) {
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
      throw new Error(`${field} "${url}" is not an http(s) URL; on-call opens it from the alert`);
    }
  }
}

/** Throws when a label map has an invalid or reserved label name. */
export function checkLabels(labels: Record<string, string> | undefined, field: string): void {
  // sorted: the first bad label reported must not depend on the order the user wrote them in
  for (const name of Object.keys(labels ?? {}).sort()) {
    assertLabelName(name, `${field}: label`);
    if (RESERVED_LABELS.has(name)) {
      throw new Error(`${field}: label "${name}" is set by the alert itself; use the "severity" option to change severity`);
    }
  }
}

/** The rule, or undefined when the user disabled the alert. */
export function renderAlertRule(definition: AlertDefinition, props: AlertRuleProps, options: AlertOptions = {}): RenderedAlertRule | undefined {
  if (options.enabled === false) return undefined;
  checkLabels(options.labels, `${definition.alert}.labels`);
  const base = (props.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  return {
    alert: definition.alert,
    expr: definition.expr,
    for: promDuration(options.pendingFor ?? definition.pendingFor),
    labels: {
      severity: (options.severity ?? definition.severity).value,
      ...props.labels,
      ...options.labels,
    },
    annotations: {
      summary: definition.summary,
      description: definition.description,
      runbook_url: `${base}/${definition.alert}.md`,
      ...(props.dashboardUrl ? { dashboard_url: props.dashboardUrl } : {}),
    },
  };
}

/** Non-empty groups of the given rules (disabled alerts dropped). */
export function ruleGroup(name: string, rules: Array<RenderedAlertRule | undefined>): RuleGroup {
  return { name, rules: rules.filter((r): r is RenderedAlertRule => r !== undefined) };
}

/**
 * The PrometheusRule holding `groups` (empty groups dropped). An app that disabled every alert
 * fails synth: an empty PrometheusRule silently monitors nothing.
 */
export function createPrometheusRule(owner: Construct, metadata: ApiObjectMetadata | undefined, groups: RuleGroup[]): ApiObject {
  const nonEmpty = groups.filter((g) => g.rules.length > 0);
  const apiObject = new ApiObject(owner, 'Resource', {
    ...kinds.PROMETHEUS_RULE(),
    metadata,
    spec: { groups: nonEmpty },
  });
  owner.node.addValidation({
    validate: () => nonEmpty.length === 0
      ? ['every alert is disabled: the PrometheusRule would monitor nothing; enable at least one alert or remove the construct']
      : [],
  });
  validateWithRules(owner, apiObject);
  return apiObject;
}

/** Go-template text that names the object's namespace whichever label holds it. */
export const NAMESPACE_TEMPLATE = '{{ with $labels.exported_namespace }}{{ . }}{{ else }}{{ $labels.namespace }}{{ end }}';

/** ` in cluster <name>` when alerts carry a cluster label, else nothing. */
export function clusterSuffix(clusterLabel: string | undefined): string {
  return clusterLabel ? ` in cluster {{ $labels.${clusterLabel} }}` : '';
}
