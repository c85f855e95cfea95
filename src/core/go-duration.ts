import { Duration } from 'cdk8s';

/**
 * A cdk8s Duration as the Go duration string cert-manager reads: whole hours, minutes and
 * seconds (`2160h`, `1h30m`), since Go has no day unit.
 */
export function goDuration(duration: Duration): string {
  const total = duration.toSeconds();
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].join('');
  return parts || '0s';
}
