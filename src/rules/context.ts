import { AuditMode, ExternalReference } from './audit-options';
import { KubeObject } from './object';

/** What a rule may know besides the object it checks. */
export interface RuleContext {
  /**
   * Every object under audit, for cross-object rules, in a canonical order (API group, kind,
   * namespace, name, then content) so that findings never depend on the order of files or
   * arguments.
   */
  readonly objects: readonly KubeObject[];
  /** The date rules measure against (CA/Browser Forum limits, expiry). */
  readonly now: Date;
  readonly mode: AuditMode;
  /** Objects declared to exist outside the audited set. */
  readonly externals: readonly ExternalReference[];
  /**
   * The file an object was read from, when known (`cdk8s-tls audit` knows it; `auditManifests`
   * and an app do not). Two namespace-less objects of one file land in one namespace.
   */
  readonly sourceOf: (obj: KubeObject) => string | undefined;
}

export { AuditMode } from './audit-options';
export type { ExternalReference } from './audit-options';
