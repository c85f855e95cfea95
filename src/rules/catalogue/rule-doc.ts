/**
 * One entry of the rule catalogue: what `cdk8s-tls explain <ID>` prints and docs/rules.md shows.
 *
 * The catalogue is data, not code: adding a rule means adding one entry to the file of its area
 * (cert-manager.ts, issuers.ts, library.ts, trust-manager.ts, engine.ts) and, for a rule the engine
 * runs, an example pair that the catalogue test feeds through the engine.
 */
export interface RuleDoc {
  /** The id findings carry, e.g. `CM-C20`. */
  readonly id: string;
  /** The severity the rule reports in `cdk8s-tls audit` (a config file may override it). */
  readonly severity: RuleSeverity;
  /** One line: what is wrong. */
  readonly title: string;
  /** What happens in the cluster if the object is applied as it is. */
  readonly why: string;
  /** What to change. */
  readonly fix: string;
  /** The upstream behaviour the rule mirrors (project, version, file:line or document). */
  readonly source: string;
  /**
   * Where the rule runs: `engine` rules check YAML (audit, synth, the cdk8s plugin); `construct`
   * rules check construct props at synth only (there is no YAML to check them on).
   */
  readonly scope: 'engine' | 'construct';
  /** Objects that trigger the rule, and the same objects corrected. */
  readonly example?: RuleExample;
}

export type RuleSeverity = 'error' | 'warning' | 'info';

/**
 * `trigger` fires the rule, `corrected` does not: for an engine rule, two multi-document YAML
 * texts; for a construct rule, two TypeScript cdk8s apps that import the library as 'cdk8s-tls'.
 */
export interface RuleExample {
  readonly trigger: string;
  readonly corrected: string;
}

/** A cert-manager admission-webhook rule (reference document sections 1-3). */
export interface WebhookRow {
  readonly id: string;
  readonly severity: RuleSeverity;
  /** The field(s) the webhook reports. */
  readonly field: string;
  /** The condition that fails. */
  readonly when: string;
  /** cert-manager's message (after the field.Error type). */
  readonly message: string;
  /** What to change; when absent, cert-manager's message is the fix. */
  readonly fix?: string;
  readonly source: string;
  readonly example?: RuleExample;
}

export function webhook(row: WebhookRow): RuleDoc {
  return {
    id: row.id,
    severity: row.severity,
    title: `${row.field}: ${row.when}`,
    why: row.severity === 'error'
      ? `cert-manager's admission webhook refuses the object ("${row.message}"), so kubectl apply, Argo CD and Flux fail to apply it.`
      : `cert-manager accepts the object but warns ("${row.message}"); the value does not do what it seems to, or a later release refuses it.`,
    fix: row.fix || `change ${row.field} so that cert-manager accepts it: ${row.message}`,
    source: row.source,
    scope: 'engine',
    ...(row.example ? { example: row.example } : {}),
  };
}

/** A rule of cert-manager's certificate-shim (reference document section 4): no admission error, a BadConfig event. */
export function shim(row: WebhookRow): RuleDoc {
  return {
    ...webhook(row),
    why: `cert-manager's ingress-shim / gateway-shim skips the object with a "BadConfig" event ("${row.message}"): no admission error, no Certificate, and the host is served with the controller's default certificate.`,
  };
}
