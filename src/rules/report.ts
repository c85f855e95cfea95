import { Finding, FindingSeverity } from './finding';
import { KubeObject, kindOf, metadataOf } from './object';

/**
 * Collects the findings of one object. Rules call `error`/`warning` with the rule id, the field
 * path and a message that names the bad value and the fix.
 */
export class Reporter {
  private readonly kind: string;
  private readonly name: string;
  private readonly namespace?: string;

  constructor(readonly object: KubeObject, private readonly sink: Finding[]) {
    const md = metadataOf(object);
    this.kind = kindOf(object);
    this.name = md.name;
    this.namespace = md.namespace;
  }

  error(ruleId: string, path: string, message: string): void {
    this.add(ruleId, FindingSeverity.ERROR, path, message);
  }

  warning(ruleId: string, path: string, message: string): void {
    this.add(ruleId, FindingSeverity.WARNING, path, message);
  }

  private add(ruleId: string, severity: FindingSeverity, path: string, message: string): void {
    this.sink.push({
      ruleId,
      severity,
      kind: this.kind,
      name: this.name,
      ...(this.namespace !== undefined ? { namespace: this.namespace } : {}),
      path,
      message,
    });
  }
}
