/**
 * The stage a `CertificatePlatform` serves; it decides which CA signs the platform's certificates.
 */
export enum PlatformEnvironment {
  /**
   * A private CA run by cert-manager (`PrivateCa`): no rate limits, no public DNS or reachability
   * needed, trusted by whatever receives its root (trust-manager distributes it).
   */
  DEVELOPMENT = 'development',
  /**
   * Let's Encrypt staging: the production validation path with relaxed rate limits, but
   * certificates that no client trusts. Proves the solvers before production.
   */
  STAGING = 'staging',
  /** Let's Encrypt production: publicly trusted certificates, strict rate limits. */
  PRODUCTION = 'production',
}
