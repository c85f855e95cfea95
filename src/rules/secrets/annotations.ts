// Annotations by which a construct records, on the object itself, what its checks expect: the
// synthesized YAML then carries its own contract, and `cdk8s-tls audit` re-checks it the same way
// after anybody edits the YAML by hand.

/** On a `kubernetes.io/tls` Secret: comma-separated hosts the certificate must cover (TLS-P7). */
export const EXPECTED_HOSTS_ANNOTATION = 'cdk8s-tls/expected-hosts';
/** On a `kubernetes.io/tls` Secret: warn this many days before the leaf expires (TLS-P5). */
export const EXPIRY_WARNING_DAYS_ANNOTATION = 'cdk8s-tls/expiry-warning-days';
/** On a Secret: the owner chose to keep the private key in the manifest (TLS-P8). */
export const PRIVATE_KEY_IN_MANIFEST_ANNOTATION = 'cdk8s-tls/private-key-in-manifest';
/** The only value of `PRIVATE_KEY_IN_MANIFEST_ANNOTATION` that counts as opting in. */
export const PRIVATE_KEY_IN_MANIFEST_OPT_IN = 'insecurely-in-manifest';
/** On a CertificateSigningRequest: the user name its CN must be (TLS-U7). */
export const EXPECTED_USER_ANNOTATION = 'cdk8s-tls/expected-user';
/** On a CertificateSigningRequest: comma-separated groups its O values must be (TLS-U7). */
export const EXPECTED_GROUPS_ANNOTATION = 'cdk8s-tls/expected-groups';

/** Days before expiry at which TLS-P5 warns when a Secret does not say otherwise. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

/** Splits a comma-separated annotation value, dropping blanks. */
export function csv(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : [];
}
