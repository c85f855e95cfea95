// Prometheus names (prometheus/model, rulefmt): what a rule file may call its labels and
// recording rules. Shared by the alert constructs (which refuse a bad name at once) and the
// PrometheusRule rule (which reports it in any PrometheusRule).

/** Label names: letters, digits and underscores, not starting with a digit. */
export const PROMETHEUS_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Metric names, which recording rules produce: label-name characters and ':'. */
export const PROMETHEUS_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
