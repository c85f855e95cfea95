import { AuditOptions } from './audit-options';
import { auditManifests } from './engine';
import { Finding } from './finding';

/**
 * The rules of `cdk8s-tls audit`, on plain Kubernetes objects (parsed YAML, or the JSON of a
 * synthesized chart), from any language: the same rules constructs run at synth.
 */
export class Audit {
  /**
   * Every finding about `objects`. Objects of kinds no rule knows are passed over; malformed
   * objects give findings, never exceptions.
   *
   * @param objects Kubernetes objects (e.g. `Testing.synth(chart)`, or parsed YAML documents)
   * @param options date to measure against, app or repository mode, objects that exist elsewhere
   */
  public static manifests(objects: any[], options: AuditOptions = {}): Finding[] {
    return auditManifests(objects, options);
  }

  private constructor() {}
}
