import { AuditMode, ExternalReference } from './audit-options';
import { KubeObject } from './object';

/** What a rule may know besides the object it checks. */
export interface RuleContext {
  /** Every object under audit, for cross-object rules. */
  readonly objects: readonly KubeObject[];
  /** The date rules measure against (CA/Browser Forum limits, expiry). */
  readonly now: Date;
  readonly mode: AuditMode;
  /** Objects declared to exist outside the audited set. */
  readonly externals: readonly ExternalReference[];
}

export { AuditMode } from './audit-options';
export type { ExternalReference } from './audit-options';
