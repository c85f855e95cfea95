import { KubeObject } from './object';

/** Where the objects under audit come from. */
export enum AuditMode {
  /**
   * One cdk8s app: every object the app refers to is expected in it, unless declared external
   * (e.g. `ClusterIssuer.fromName`). A dangling reference is an error.
   */
  APP = 'app',
  /** Files of a GitOps repository: a referenced object may live elsewhere. A dangling reference is a warning. */
  AUDIT = 'audit',
}

/** A reference the app declares to an object that lives outside it (e.g. `Issuer.fromName`). */
export interface ExternalReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** Namespace of a namespaced object; undefined for cluster-scoped ones. */
  readonly namespace?: string;
}

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
