import { Duration } from 'cdk8s';
import { goDuration } from '../core/go-duration';

/** Whether cert-manager renews the certificate before it expires. */
export enum RenewalPolicyType {
  /** Renew at `renewBefore`/`renewBeforePercentage`, inside the windows if any. */
  RENEW_BEFORE = 'RenewBefore',
  /** Never renew automatically. */
  DISABLED = 'Disabled',
}

/** A maintenance window in which renewal may start (cert-manager 1.21+). */
export interface RenewalWindow {
  /** When the window opens: a 5-field cron expression, e.g. `0 2 * * 6`. */
  readonly cron: string;
  /** How long it stays open. */
  readonly windowDuration: Duration;
  /**
   * IANA time zone of `cron`.
   * @default - UTC
   */
  readonly timezone?: string;
}

/** The certificate's renewal policy. */
export interface CertificateRenewal {
  /**
   * @default RenewalPolicyType.RENEW_BEFORE
   */
  readonly policy?: RenewalPolicyType;
  /**
   * Windows in which renewal may start.
   * @default - any time
   */
  readonly windows?: RenewalWindow[];
}

export function renderRenewalWindow(window: RenewalWindow): Record<string, unknown> {
  return {
    cron: window.cron,
    windowDuration: goDuration(window.windowDuration),
    ...(window.timezone !== undefined ? { timezone: window.timezone } : {}),
  };
}
