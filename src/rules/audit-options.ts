/** Where the objects under audit come from. */
export enum AuditMode {
  /**
   * One cdk8s app: every object the app refers to is expected in it, unless declared external
   * (e.g. `ClusterIssuer.fromClusterIssuerName`). A dangling reference is an error.
   */
  APP = 'app',
  /** Files of a GitOps repository: a referenced object may live elsewhere. A dangling reference is a warning. */
  AUDIT = 'audit',
}

/** A reference the app declares to an object that lives outside it (e.g. `Issuer.fromIssuerName`). */
export interface ExternalReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** Namespace of a namespaced object; undefined for cluster-scoped ones. */
  readonly namespace?: string;
  /**
   * For an issuer: whether it is a public (WebPKI) CA, so the CA/Browser Forum lifetime limits
   * apply to the certificates that name it.
   * @default false
   */
  readonly publiclyTrusted?: boolean;
}

/** Options of `auditManifests`. */
export interface AuditOptions {
  /**
   * The date to measure against (CA/Browser Forum limits, expiry).
   * @default - now
   */
  readonly now?: Date;
  /**
   * Whether a reference to an object missing from the input is an error (one cdk8s app) or a
   * warning (files of a repository).
   * @default AuditMode.AUDIT
   */
  readonly mode?: AuditMode;
  /**
   * Objects known to exist outside the input.
   * @default - none
   */
  readonly externals?: ExternalReference[];
}

