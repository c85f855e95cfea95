/** How bad a finding is. */
export enum FindingSeverity {
  /** The cluster would reject the object, or the library refuses it as unsafe. Fails `cdk8s synth`. */
  ERROR = 'error',
  /** Accepted, but risky or insecure; reported, and fatal only under `--strict`. */
  WARNING = 'warning',
}

/**
 * One problem a rule found in one object.
 */
export interface Finding {
  /** Stable rule id, e.g. `CM-C20` (cert-manager webhook parity) or `TLS-X2` (our own rules). */
  readonly ruleId: string;
  /** Error or warning. */
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
