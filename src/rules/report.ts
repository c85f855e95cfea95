import { Finding, FindingSeverity } from './finding';
import { KubeObject, kindOf, metadataOf, record } from './object';

/**
 * Collects the findings of one object. Rules call `error`/`warning`/`info` with the rule id, the
 * field path and a message that names the bad value and the fix (see `FindingSeverity` for which).
 */
export class Reporter {
  private readonly kind: string;
  private readonly name: string;
  private readonly namespace?: string;

  constructor(readonly object: KubeObject, private readonly sink: Finding[]) {
    const md = metadataOf(object);
    this.kind = kindOf(object);
    this.name = md.name;
    // Shown as written, placeholder included: rules read it as unknown, users recognise it.
    const written = record(object.metadata).namespace;
    this.namespace = typeof written === 'string' && written !== '' ? written : md.namespace;
  }

  error(ruleId: string, path: string, message: string): void {
    this.add(ruleId, FindingSeverity.ERROR, path, message);
  }

  warning(ruleId: string, path: string, message: string): void {
    this.add(ruleId, FindingSeverity.WARNING, path, message);
  }

  /** Something the rule could not check; never fails synth or audit. */
  info(ruleId: string, path: string, message: string): void {
    this.add(ruleId, FindingSeverity.INFO, path, message);
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
