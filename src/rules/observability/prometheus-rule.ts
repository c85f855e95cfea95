// Any PrometheusRule, not only the library's alerts: what Prometheus's rule-file validation
// refuses (TLS-O2, prometheus/model/rulefmt: the Prometheus Operator's admission webhook rejects
// the object, and without the webhook the operator leaves the rule file out, so nothing fires),
// and the two mistakes that make a cert-manager expiry alert wrong (TLS-O3, TLS-O4), which the
// library's own CertExpiryAlert is built to avoid.
import { KubeObject, isRecord, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { PROMETHEUS_LABEL_NAME, PROMETHEUS_METRIC_NAME, re2Problem } from '../util/prometheus';

const EXPIRY_METRIC = 'certmanager_certificate_expiration_timestamp_seconds';
const READY_METRIC = 'certmanager_certificate_ready_status';
/** cert-manager's per-certificate and per-issuer metrics, whose `namespace` label is the object's. */
const CERT_MANAGER_OBJECT_METRIC = /\bcertmanager_(?:certificate|issuer)_[a-z_]+\s*\{([^}]*)\}/g;
/**
 * `> 0` or `!= 0` somewhere in the expression: taken as the filter that drops the 0 cert-manager
 * reports for a never-issued certificate (`(metric{...} or metric{...}) > 0` included). A looser
 * reading than PromQL's: a rule that cannot tell stays silent.
 */
const ISSUED_FILTER = /(?:>|!=)\s*0(?![.0-9])/;

const O2_FIX = 'the Prometheus Operator refuses the PrometheusRule (or leaves it out of Prometheus\'s rule files), so none of its alerts fire';

/** TLS-O2: rulefmt's checks of one rule. */
function checkRuleFormat(report: Reporter, rule: Record<string, any>, at: string): void {
  const alert = str(rule.alert) ?? '';
  const recordName = str(rule.record) ?? '';
  if (alert === '' && recordName === '') {
    report.error('TLS-O2', at, `${at}: one of 'record' or 'alert' must be set; ${O2_FIX}; name the alert (alert: CertificateExpiringSoon)`);
  } else if (alert !== '' && recordName !== '') {
    report.error('TLS-O2', `${at}.record`, `${at}.record: only one of 'record' and 'alert' must be set; ${O2_FIX}; split it into a recording rule and an alert that uses it`);
  }
  if (recordName !== '') {
    if (!PROMETHEUS_METRIC_NAME.test(recordName)) {
      report.error('TLS-O2', `${at}.record`, `${at}.record: invalid recording rule name: ${recordName}; ${O2_FIX}; use letters, digits, '_' and ':' (level:metric:operations)`);
    }
    for (const field of ['for', 'keep_firing_for', 'annotations']) {
      if (rule[field] !== undefined) {
        report.error('TLS-O2', `${at}.${field}`, `${at}.${field}: invalid field '${field}' in recording rule; ${O2_FIX}; remove it (it only applies to alerts)`);
      }
    }
  }
  for (const field of ['labels', 'annotations']) {
    for (const name of Object.keys(record(rule[field])).sort()) {
      if (PROMETHEUS_LABEL_NAME.test(name)) continue;
      const what = field === 'labels' ? 'label' : 'annotation';
      report.error('TLS-O2', `${at}.${field}.${name}`, `${at}.${field}.${name}: invalid ${what} name: ${name}; ${O2_FIX}; `
        + 'use letters, digits and \'_\', not starting with a digit');
    }
  }
}

/**
 * TLS-O3: cert-manager reports an expiry of 0 for a certificate that was never issued, so
 * "expiry - time() < threshold" fires for it at once ("expired 56 years ago"). Gate on Ready
 * (and on ... certmanager_certificate_ready_status{condition="True"} == 1) or drop the zeros (> 0).
 */
function checkExpiryGate(report: Reporter, alert: string, expr: string, at: string): void {
  if (!expr.includes(EXPIRY_METRIC) || !/\btime\(\)/.test(expr)) return;
  if (expr.includes(READY_METRIC) || ISSUED_FILTER.test(expr)) return;
  report.warning('TLS-O3', `${at}.expr`, `${at}.expr: alert ${JSON.stringify(alert)} compares ${EXPIRY_METRIC} with time(), but cert-manager reports 0 for a certificate `
    + 'that was never issued, so it fires at once for every pending or failing certificate (those need a not-ready alert); add '
    + `"and on (namespace, name) ${READY_METRIC}{condition=\\"True\\"} == 1" or filter with "${EXPIRY_METRIC} > 0" (CertExpiryAlert does both right)`);
}

/**
 * TLS-O4: scraped through a ServiceMonitor or PodMonitor (what cert-manager's chart installs), a
 * certificate's namespace moves to `exported_namespace` and `namespace` becomes cert-manager's
 * own, so a selector on `namespace` alone may match nothing and the alert never fires.
 */
function checkNamespaceLabel(report: Reporter, alert: string, expr: string, at: string): void {
  if (expr.includes('exported_namespace')) return;
  for (const match of expr.matchAll(CERT_MANAGER_OBJECT_METRIC)) {
    const matcher = /(?:^|[\s,])namespace\s*(=~|!=|!~|=)\s*"([^"]*)"/.exec(match[1]);
    if (!matcher || matcher[1] === '!=' || matcher[1] === '!~') continue;
    if (matcher[2] === 'cert-manager') continue; // cert-manager's own namespace: what that label then holds
    report.warning('TLS-O4', `${at}.expr`, `${at}.expr: alert ${JSON.stringify(alert)} selects cert-manager's metrics by namespace${matcher[1]}"${matcher[2]}", `
      + 'but when cert-manager is scraped through a ServiceMonitor or PodMonitor the certificate\'s namespace is in exported_namespace and namespace holds cert-manager\'s own, '
      + `so the selector may match nothing and the alert never fires; match exported_namespace${matcher[1]}"${matcher[2]}" too `
      + '(CertExpiryAlert\'s namespaces option handles both)');
    return;
  }
}

/** `=~`/`!~` matchers with a double-quoted, single-quoted or backtick string, as PromQL writes them. */
const REGEX_MATCHER = /[=!]~\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`]*)`)/g;

/** TLS-O2: a regex matcher RE2 cannot compile makes the whole rule file unparsable. */
function checkRegexMatchers(report: Reporter, expr: string, at: string): void {
  for (const m of expr.matchAll(REGEX_MATCHER)) {
    const pattern = m[3] ?? (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
    const problem = re2Problem(pattern);
    if (!problem) continue;
    report.error('TLS-O2', `${at}.expr`, `${at}.expr: invalid regular expression ${JSON.stringify(pattern)}: ${problem}; ${O2_FIX}; `
      + 'rewrite the matcher without lookaround (a negative lookahead is usually a second matcher with !~)');
  }
}

const checkPrometheusRule: ObjectCheck = (obj: KubeObject, report: Reporter) => {
  list(record(obj.spec).groups).forEach((group, g) => {
    list(record(group).rules).forEach((value, r) => {
      if (!isRecord(value)) return;
      const at = `spec.groups[${g}].rules[${r}]`;
      checkRuleFormat(report, value, at);
      const alert = str(value.alert);
      const expr = value.expr;
      if (typeof expr === 'string') checkRegexMatchers(report, expr, at);
      if (!alert || typeof expr !== 'string') return;
      checkExpiryGate(report, alert, expr, at);
      checkNamespaceLabel(report, alert, expr, at);
    });
  });
};

export const PROMETHEUS_RULE_CHECKS: readonly ObjectCheck[] = [checkPrometheusRule];
