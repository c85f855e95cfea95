import { Duration } from 'cdk8s';

/**
 * A cdk8s Duration as the Go duration string cert-manager reads: hours, minutes, seconds and
 * milliseconds (`2160h`, `1h30m`, `500ms`), since Go has no day unit. A value too short for the
 * field is the rule engine's to report, so it must still render.
 */
export function goDuration(duration: Duration): string {
  const total = Math.round(duration.toMilliseconds({ integral: false }));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : '', millis ? `${millis}ms` : ''].join('');
  return parts || '0s';
}
