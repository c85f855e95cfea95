// Kubernetes field.Error texts (k8s.io/apimachinery/pkg/util/validation/field), which is how the
// API server prints a webhook denial: `<path>: <Type>[: <value>][: <detail>]`. Every cert-manager
// rule builds its message from them, so a finding reads like the API server's own rejection.
import { show } from '../object';
import { Reporter } from '../report';

/** A value Go prints through its String() method (durations: `2160h0m0s`), so unquoted. */
export class GoStringer {
  constructor(readonly text: string) {}
}

/** Marks `text` as a Stringer's output, e.g. `stringer(formatGoDuration(ns))`. */
export const stringer = (text: string): GoStringer => new GoStringer(text);

/** The bad value as field.Error prints it: Stringers bare, anything else as JSON (strings quoted, %q). */
function goValue(value: unknown): string {
  return value instanceof GoStringer ? value.text : show(value);
}

/** `Error()` appends `: <detail>` only when there is a detail. */
function withDetail(head: string, detail: string): string {
  return detail === '' ? head : `${head}: ${detail}`;
}

/**
 * The `<Type>[: <value>][: <detail>]` part of a field.Error, as `Error()` prints it after the
 * path. Required, Forbidden and TooLong omit the value, as Go does.
 */
export const fieldError = {
  required: (detail = ''): string => withDetail('Required value', detail),
  forbidden: (detail: string): string => withDetail('Forbidden', detail),
  invalid: (value: unknown, detail: string): string => withDetail(`Invalid value: ${goValue(value)}`, detail),
  tooLong: (maxBytes: number): string => withDetail('Too long', `may not be more than ${maxBytes} bytes`),
  duplicate: (value: unknown): string => `Duplicate value: ${goValue(value)}`,
  notSupported: (value: unknown, supported: readonly string[]): string =>
    withDetail(`Unsupported value: ${goValue(value)}`,
      supported.length === 0 ? '' : `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`),
};

/** One finding of a cert-manager rule, in the library's message shape. */
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

/** Reports `<path>: <body>[ (cert-manager reports this field as <webhookPath>)]; <fix>`. */
export function reportField(report: Reporter, problem: FieldProblem): void {
  const alias = problem.webhookPath && problem.webhookPath !== problem.path
    ? ` (cert-manager reports this field as ${problem.webhookPath})`
    : '';
  const message = `${problem.path}: ${problem.body}${alias}; ${problem.fix}`;
  if (problem.warning) report.warning(problem.ruleId, problem.path, message);
  else report.error(problem.ruleId, problem.path, message);
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
      // The JSON type name, quoted: "object", "string", "number", "boolean".
      body: fieldError.invalid(typeof value, `must be a list of ${site.of}; the API server rejects anything else (type array)`),
      fix: `write ${site.path.split('.').pop()} as a YAML list (one "- ..." entry per item)`,
    });
  }
  return [];
}
