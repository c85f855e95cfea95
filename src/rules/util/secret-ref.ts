// The secret references cert-manager's webhook checks over and over (`secret name is required`,
// `secret key is required`), and the Kubernetes field.Error text those checks and the other
// issuer rules print, so a finding reads like the API server's own rejection.
import { record, str } from '../object';
import { Reporter } from '../report';

/** A value as field.Error prints it: strings quoted (%q), booleans and numbers bare, `raw` as is (Stringers such as durations). */
export type GoValue = string | number | boolean | { readonly raw: string };

function goValue(value: GoValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return value.raw;
  return String(value);
}

function withDetail(head: string, detail: string): string {
  return detail === '' ? head : `${head}: ${detail}`;
}

/** The `<Type>[: <value>][: <detail>]` part of a k8s field.Error, as `Error()` prints it after the path. */
export const fieldError = {
  required: (detail = ''): string => withDetail('Required value', detail),
  forbidden: (detail: string): string => withDetail('Forbidden', detail),
  invalid: (value: GoValue, detail: string): string => withDetail(`Invalid value: ${goValue(value)}`, detail),
  notSupported: (value: GoValue, supported: readonly string[]): string =>
    withDetail(`Unsupported value: ${goValue(value)}`, `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`),
};

/** One finding of an issuer rule, in the library's message shape. */
export interface FieldProblem {
  readonly ruleId: string;
  /** JSON path of the field, e.g. `spec.ca.ocspServers[0]`. */
  readonly path: string;
  /** The field.Error text after the path, from `fieldError`, or cert-manager's warning text. */
  readonly body: string;
  /** What to change. */
  readonly fix: string;
  /** The path cert-manager prints when it differs (it uses some Go field names), so users can match the API server's error. */
  readonly webhookPath?: string;
  /** Rules the next cert-manager release adds, or webhook warnings, are reported as warnings. */
  readonly warning?: boolean;
}

/** Reports `<path>: <body>[ (cert-manager prints it as <webhookPath>)]; <fix>`. */
export function reportField(report: Reporter, problem: FieldProblem): void {
  const alias = problem.webhookPath && problem.webhookPath !== problem.path
    ? ` (cert-manager reports this field as ${problem.webhookPath})`
    : '';
  const message = `${problem.path}: ${problem.body}${alias}; ${problem.fix}`;
  if (problem.warning) report.warning(problem.ruleId, problem.path, message);
  else report.error(problem.ruleId, problem.path, message);
}

/** Where a SecretKeySelector sits, and what it should point at (for the fix text). */
export interface SecretRefSite {
  readonly ruleId: string;
  /** JSON path of the selector itself, e.g. `spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef`. */
  readonly path: string;
  /** Path cert-manager prints for the selector when it differs (e.g. `...akamai.accessToken`). */
  readonly webhookPath?: string;
  /** What the Secret holds, e.g. `the Cloudflare API token`. */
  readonly holds: string;
}

/**
 * cert-manager's ValidateSecretKeySelector: both `name` and `key` must be non-empty. Returns the
 * problems without reporting them, because some rules (D29) only ask whether the selector is
 * complete.
 */
export function secretKeySelectorProblems(ref: unknown, site: SecretRefSite): FieldProblem[] {
  const selector = record(ref);
  const problems: FieldProblem[] = [];
  const webhook = (leaf: string) => (site.webhookPath ? `${site.webhookPath}.${leaf}` : undefined);
  if ((str(selector.name) ?? '') === '') {
    problems.push({
      ruleId: site.ruleId,
      path: `${site.path}.name`,
      webhookPath: webhook('name'),
      body: fieldError.required('secret name is required'),
      fix: `set name to the Secret that holds ${site.holds}`,
    });
  }
  if ((str(selector.key) ?? '') === '') {
    problems.push({
      ruleId: site.ruleId,
      path: `${site.path}.key`,
      webhookPath: webhook('key'),
      body: fieldError.required('secret key is required'),
      fix: `set key to the entry of that Secret's data that holds ${site.holds}`,
    });
  }
  return problems;
}

/** Reports ValidateSecretKeySelector's errors; true when the selector is complete. */
export function checkSecretKeySelector(report: Reporter, ref: unknown, site: SecretRefSite): boolean {
  const problems = secretKeySelectorProblems(ref, site);
  for (const problem of problems) reportField(report, problem);
  return problems.length === 0;
}

/**
 * A list field as cert-manager reads it. A wrong-typed value (a map where a list belongs) can
 * never reach the webhook: Go fails to decode the object. It is reported under the rule whose
 * entries it hides, so the problem is not silently passed over, and read as an empty list.
 */
export function listField(report: Reporter, value: unknown, site: { ruleId: string; path: string; of: string }): unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== undefined && value !== null) {
    reportField(report, {
      ruleId: site.ruleId,
      path: site.path,
      body: fieldError.invalid(typeof value === 'object' ? { raw: '"object"' } : { raw: JSON.stringify(typeof value) }, `must be a list of ${site.of}; the API server rejects anything else (type array)`),
      fix: `write ${site.path.split('.').pop()} as a YAML list (one "- ..." entry per item)`,
    });
  }
  return [];
}
