// PromQL text building shared by the alert constructs and the dashboard. Internal: not exported
// from the package, so its free functions stay out of the jsii API.
import { Duration } from 'cdk8s';
import type { LabelMatcher } from './label-matcher';
import { PROMETHEUS_LABEL_NAME, re2Problem } from '../rules/util/prometheus';


/** The label cert-manager's certificate and issuer metrics carry their object's namespace in. */
export const NAMESPACE_LABEL = 'namespace';
/**
 * Where that label ends up when a ServiceMonitor/PodMonitor scrapes cert-manager: the target's own
 * `namespace` (cert-manager's) wins and the metric's moves to `exported_namespace`.
 */
export const EXPORTED_NAMESPACE_LABEL = 'exported_namespace';

/** Throws when `name` is not a valid Prometheus label name: it can never be right, so it is refused at once. */
export function assertLabelName(name: string, what: string = 'label name'): void {
  if (!PROMETHEUS_LABEL_NAME.test(name)) {
    throw new Error(`${what} "${name}" is not a Prometheus label name: use letters, digits and "_", not starting with a digit`);
  }
}

/** Why Prometheus would reject `pattern`, or undefined when it looks like valid RE2. */
export function regexProblem(pattern: string): string | undefined {
  const re2 = re2Problem(pattern);
  if (re2) return re2;
  try {
    new RegExp(pattern);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/** A PromQL double-quoted string literal for any value (quotes, backslashes, newlines escaped). */
export function promqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A regular expression that matches exactly `value` (RE2 metacharacters escaped). */
export function regexLiteral(value: string): string {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** `metric{a="b", c=~"d"}`; matchers are LabelMatchers or already-rendered PromQL matchers. */
export function selector(metric: string, matchers: ReadonlyArray<LabelMatcher | string> = []): string {
  return matchers.length ? `${metric}{${matchers.map(String).join(', ')}}` : metric;
}

/** `(a, b, c)` for `by`/`on` clauses; empty entries (an unset cluster label) are dropped. */
export function labelList(labels: ReadonlyArray<string | undefined>): string {
  return `(${labels.filter((l): l is string => !!l).join(', ')})`;
}

/** `label="v"` for one value, `label=~"v1|v2"` (regex-escaped) for several. */
export function oneOf(label: string, values: readonly string[]): string {
  // A set: sorted, so the expression does not depend on the order the values were given in.
  const unique = [...new Set(values)].sort();
  return unique.length === 1
    ? `${label}=${promqlString(unique[0])}`
    : `${label}=~${promqlString(unique.map(regexLiteral).join('|'))}`;
}

/**
 * A selector for a cert-manager metric scoped to namespaces, whichever way it was scraped: the
 * object's namespace is in `exported_namespace` (ServiceMonitor/PodMonitor, honorLabels false) or,
 * when that label is absent, in `namespace` (honorLabels true, static scrape configs).
 */
export function namespacedSelector(
  metric: string,
  namespaces: readonly string[] | undefined,
  matchers: ReadonlyArray<LabelMatcher | string> = [],
): string {
  if (!namespaces || namespaces.length === 0) return selector(metric, matchers);
  const relabelled = selector(metric, [oneOf(EXPORTED_NAMESPACE_LABEL, namespaces), ...matchers]);
  const direct = selector(metric, [`${EXPORTED_NAMESPACE_LABEL}=""`, oneOf(NAMESPACE_LABEL, namespaces), ...matchers]);
  return `(${relabelled} or ${direct})`;
}

/** A Prometheus duration (`1d6h`, `10m`, `0s`) as PrometheusRule's `for` and range selectors take it. */
export function promDuration(duration: Duration): string {
  let ms = duration.toMilliseconds();
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`duration ${ms}ms: must be a whole, non-negative number of milliseconds`);
  if (ms === 0) return '0s';
  const units: Array<[string, number]> = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000], ['ms', 1]];
  let out = '';
  for (const [unit, size] of units) {
    const n = Math.floor(ms / size);
    if (n > 0) out += `${n}${unit}`;
    ms -= n * size;
  }
  return out;
}

/** Seconds as a PromQL number literal, written without exponent so the rule reads plainly. */
export function seconds(duration: Duration): string {
  return String(duration.toSeconds({ integral: false }));
}
