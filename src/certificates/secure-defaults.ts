// The secure defaults of a certificate, written out: one source for `Certificate` (spec fields) and
// for the ingress-shim and gateway-shim annotations of `TlsSource.shim` (the same values as text).
import { Duration } from 'cdk8s';
import { KeyUsage } from './key-usage';
import { KeyAlgorithm, PrivateKeyOptions } from './private-key';

/** The lifetime of a certificate from a private CA when none is given. */
export const DEFAULT_PRIVATE_CA_LIFETIME = Duration.days(90);
/**
 * Renew when this share of the lifetime remains: a percentage, not an absolute `renewBefore`,
 * so that a CA issuing a shorter certificate than asked cannot make renewal loop.
 */
export const DEFAULT_RENEW_BEFORE_PERCENTAGE = 33;

/** The requested lifetime: 90 days from a private CA; none from a public CA, which decides it. */
export function lifetime(duration: Duration | undefined, publiclyTrusted: boolean): Duration | undefined {
  return duration ?? (publiclyTrusted ? undefined : DEFAULT_PRIVATE_CA_LIFETIME);
}

/** `renewBeforePercentage` unless an absolute `renewBefore` was asked for. */
export function renewBeforePercentage(percentage: number | undefined, renewBefore: Duration | undefined): number | undefined {
  return percentage ?? (renewBefore ? undefined : DEFAULT_RENEW_BEFORE_PERCENTAGE);
}

/** What the default usages depend on. */
export interface UsageChoices {
  readonly isCa?: boolean;
  readonly privateKey?: PrivateKeyOptions;
  readonly clientAuth?: boolean;
}

/**
 * Usages are always written out: cert-manager's own default (`digital signature, key
 * encipherment`) omits `server auth` and adds a usage ECDSA keys should not carry.
 */
export function defaultUsages(choices: UsageChoices): KeyUsage[] {
  if (choices.isCa) return [KeyUsage.CERT_SIGN, KeyUsage.CRL_SIGN, KeyUsage.DIGITAL_SIGNATURE];
  const usages = [KeyUsage.DIGITAL_SIGNATURE];
  if ((choices.privateKey?.algorithm ?? KeyAlgorithm.ECDSA) === KeyAlgorithm.RSA) usages.push(KeyUsage.KEY_ENCIPHERMENT);
  usages.push(KeyUsage.SERVER_AUTH);
  if (choices.clientAuth) usages.push(KeyUsage.CLIENT_AUTH);
  return usages;
}

/**
 * Usages and output formats are sets to cert-manager: written in the enum's order (duplicates
 * kept, for the rules to report), so the YAML does not depend on the order they were given in.
 */
export function inEnumOrder<T extends string>(values: readonly T[], order: readonly string[]): T[] {
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Usages in `KeyUsage` order. */
export function inUsageOrder(usages: readonly KeyUsage[]): KeyUsage[] {
  return inEnumOrder(usages, Object.values(KeyUsage));
}
