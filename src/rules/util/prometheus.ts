// Prometheus names (prometheus/model, rulefmt): what a rule file may call its labels and
// recording rules. Shared by the alert constructs (which refuse a bad name at once) and the
// PrometheusRule rule (which reports it in any PrometheusRule).

/** Label names: letters, digits and underscores, not starting with a digit. */
export const PROMETHEUS_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Metric names, which recording rules produce: label-name characters and ':'. */
export const PROMETHEUS_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** RE2 (Prometheus) has no lookaround and no backreferences; JavaScript would accept them. */
const UNSUPPORTED_IN_RE2 = /\(\?<?[=!]|\\[1-9]/;

/**
 * Why RE2 refuses `pattern` for certain, or undefined. Only what RE2 lacks is judged: RE2 syntax
 * that JavaScript lacks (`(?i)`, `\z`, POSIX classes) is valid in Prometheus.
 */
export function re2Problem(pattern: string): string | undefined {
  return UNSUPPORTED_IN_RE2.test(pattern) ? 'lookaround and backreferences are not supported by Prometheus (RE2)' : undefined;
}
