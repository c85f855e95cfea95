/**
 * How bad a finding is. One model for every rule, at synth and in `cdk8s-tls audit`:
 * an error is something that cannot work, a warning something that works but should not be
 * left as it is, an info something no rule could decide.
 */
export enum FindingSeverity {
  /**
   * The API server or a controller rejects the object, or the certificate is never issued or
   * never served for that host. Fails `cdk8s synth` and `cdk8s-tls audit`.
   */
  ERROR = 'error',
  /** It works, but it is insecure or fragile. Printed; fatal only when asked (`--strict`, `cdk8s-tls:warnings: error`). */
  WARNING = 'warning',
  /**
   * The rules could not check it (a placeholder such as Flux's `${VAR}`, a duplicate whose
   * destination is unknown). Printed as a note; never fails, not even with `--strict`.
   */
  INFO = 'info',
}

/**
 * One problem a rule found in one object.
 */
export interface Finding {
  /** Stable rule id, e.g. `CM-C20` (cert-manager webhook parity) or `TLS-X2` (our own rules). */
  readonly ruleId: string;
  /** Error, warning or info. */
  readonly severity: FindingSeverity;
  /** The object's `kind`. */
  readonly kind: string;
  /** The object's `metadata.name` (empty when it has none). */
  readonly name: string;
  /** The object's `metadata.namespace`, when set. */
  readonly namespace?: string;
  /** The offending field, as a dotted path from the object root, e.g. `spec.privateKey.size`. */
  readonly path: string;
  /** What is wrong, with the bad value, and how to fix it. */
  readonly message: string;
}
