import { AuditMode, ExternalReference } from './audit-options';
import type { IssuerIndex } from './issuer-index';
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
  /** The issuers under audit, as cert-manager resolves references to them (built on first use). */
  readonly issuers: IssuerIndex;
}

export { AuditMode } from './audit-options';
export type { ExternalReference } from './audit-options';
