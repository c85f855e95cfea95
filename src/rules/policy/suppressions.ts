import { Finding, FindingSeverity } from '../finding';
import { KubeObject, kindOf, metadataOf } from '../object';

/**
 * The annotation a team writes on an object to record a decision about a rule:
 *
 *     cdk8s-tls/ignore: "TLS-X13: issuer email managed by the ACME account owner"
 *
 * Grammar: entries separated by newlines or `;`; an entry is one or more rule ids separated by
 * commas, a colon, and the reason (which therefore holds no `;` or newline):
 *
 *     annotation = entry *( (";" / newline) entry )
 *     entry      = rule-id *( "," rule-id ) ":" reason
 *     rule-id    = e.g. CM-C20, TLS-X13 (case-insensitive)
 *
 * Blank entries are ignored. An entry without a reason still silences its rules, but is reported
 * itself (TLS-S1), and so is an entry that names no rule id (TLS-S2): both are warnings that no
 * annotation can silence.
 */
export const IGNORE_ANNOTATION = 'cdk8s-tls/ignore';

/** Rule id: a suppression without a reason. */
export const RULE_SUPPRESSION_WITHOUT_REASON = 'TLS-S1';
/** Rule id: an ignore entry that cannot be read. */
export const RULE_SUPPRESSION_UNREADABLE = 'TLS-S2';

const RULE_ID = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

export interface ParsedSuppressions {
  readonly suppressions: Suppression[];
  /** Entries that could not be read, as written. */
  readonly unreadable: string[];
}

export function parseSuppressions(value: string): ParsedSuppressions {
  const suppressions: Suppression[] = [];
  const unreadable: string[] = [];
  for (const raw of value.split(/[;\n\r]+/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const colon = entry.indexOf(':');
    const ids = (colon < 0 ? entry : entry.slice(0, colon)).split(',').map((id) => id.trim());
    const reason = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (ids.length === 0 || ids.some((id) => !RULE_ID.test(id))) {
      unreadable.push(entry);
      continue;
    }
    for (const id of ids) suppressions.push({ ruleId: id.toUpperCase(), reason });
  }
  return { suppressions, unreadable };
}

/** The annotation text for these suppressions, one per line. */
export function formatSuppressions(suppressions: readonly Suppression[]): string {
  return suppressions.map((s) => `${s.ruleId}: ${s.reason}`).join('\n');
}

const PATH = `metadata.annotations.${IGNORE_ANNOTATION}`;

/**
 * The object's findings with its suppressed rules removed, plus the findings about the
 * suppressions themselves (without reason, unreadable).
 */
export function applySuppressions(object: KubeObject, findings: readonly Finding[]): Finding[] {
  const value = metadataOf(object).annotations[IGNORE_ANNOTATION];
  if (value === undefined) return [...findings];
  const md = metadataOf(object);
  const about = (ruleId: string, message: string): Finding => ({
    ruleId,
    severity: FindingSeverity.WARNING,
    kind: kindOf(object),
    name: md.name,
    ...(md.namespace !== undefined ? { namespace: md.namespace } : {}),
    path: PATH,
    message: `${PATH}: ${message}`,
  });
  if (typeof value !== 'string') {
    return [...findings, about(RULE_SUPPRESSION_UNREADABLE, `must be a string such as "TLS-X13: <why the team accepts it>", got ${JSON.stringify(value)}; nothing is suppressed`)];
  }
  const parsed = parseSuppressions(value);
  const suppressed = new Set(parsed.suppressions.map((s) => s.ruleId));
  const own = [
    ...parsed.suppressions.filter((s) => s.reason === '').map((s) => about(RULE_SUPPRESSION_WITHOUT_REASON,
      `${s.ruleId} is suppressed without a reason; write why the team accepts it, e.g. "${s.ruleId}: <reason>", so the next reader can judge it`)),
    ...parsed.unreadable.map((entry) => about(RULE_SUPPRESSION_UNREADABLE,
      `${JSON.stringify(entry)} names no rule id; write "<RULE-ID>[,<RULE-ID>...]: <reason>", entries separated by newlines or ';'`)),
  ];
  const isOwn = (f: Finding) => f.ruleId === RULE_SUPPRESSION_WITHOUT_REASON || f.ruleId === RULE_SUPPRESSION_UNREADABLE;
  return [...findings.filter((f) => isOwn(f) || !suppressed.has(f.ruleId.toUpperCase())), ...own];
}
