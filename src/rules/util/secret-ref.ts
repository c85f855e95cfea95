// The secret references cert-manager's webhook checks over and over (`secret name is required`,
// `secret key is required`): its ValidateSecretKeySelector.
import { record, str } from '../object';
import { Reporter } from '../report';
import { FieldProblem, fieldError, reportField } from './field-error';

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
