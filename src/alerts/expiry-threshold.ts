import { Duration } from 'cdk8s';
import { promDuration, seconds } from './promql';

/**
 * When `CertManagerCertExpirySoon` fires: relative to each certificate's renewal window (the
 * default, which keeps working as lifetimes shrink to 45 or 6 days) or a fixed time left.
 */
export class ExpiryThreshold {
  /**
   * Fire when `fraction` of the renewal window (from `status.renewalTime` to expiry) has passed
   * without a renewal: time left < (expiration − renewal time) × (1 − fraction).
   *
   * 0.3 (the cert-manager-mixin's value) gives a 90-day certificate renewed 30 days before expiry
   * 9 days to renew before the alert fires, and a 6-day one renewed 2 days before about 14 hours.
   *
   * @param fraction share of the window, greater than 0 and less than 1
   */
  public static renewalWindowElapsed(fraction: number): ExpiryThreshold {
    if (!(fraction > 0 && fraction < 1)) {
      throw new Error(`ExpiryThreshold.renewalWindowElapsed(${fraction}): the fraction must be greater than 0 and less than 1, e.g. 0.3`);
    }
    return new ExpiryThreshold(fraction, undefined);
  }

  /**
   * Fire when less than `timeLeft` remains, whatever the certificate's lifetime. Simple, but a
   * fixed threshold is wrong for some lifetimes: 7 days is most of a 6-day certificate's life.
   */
  public static timeLeft(timeLeft: Duration): ExpiryThreshold {
    if (timeLeft.toMilliseconds({ integral: false }) <= 0) throw new Error('ExpiryThreshold.timeLeft: the duration must be positive');
    return new ExpiryThreshold(undefined, timeLeft);
  }

  private constructor(private readonly fraction: number | undefined, private readonly fixed: Duration | undefined) {}

  /**
   * The PromQL right-hand side that "time left" is compared with.
   * @internal
   */
  public _thresholdExpr(expiration: string, renewal: string): string {
    if (this.fixed) return seconds(this.fixed);
    return `(${expiration} - ${renewal}) * ${remaining(this.fraction!)}`;
  }

  /**
   * Human text for the alert description.
   * @internal
   */
  public _describe(): string {
    if (this.fixed) return `less than ${promDuration(this.fixed)} remains`;
    return `${Math.round(this.fraction! * 100)}% of its renewal window has passed without a renewal`;
  }
}

/** 1 − fraction, without floating-point noise such as 0.7000000000000001 in the rule text. */
function remaining(fraction: number): string {
  return String(Number((1 - fraction).toFixed(6)));
}
