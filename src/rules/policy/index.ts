import { LinterConfig } from './config';
import { applySuppressions } from './suppressions';
import { Finding, FindingSeverity } from '../finding';
import { KubeObject, metadataOf } from '../object';

export * from './config';
export * from './suppressions';

/**
 * The team's decisions applied to the engine's findings, the same way in `audit`, at synth and in
 * the cdk8s validation plugin: `cdk8s-tls/ignore` annotations, then the config file's namespace
 * excludes and per-rule severities (`off` drops the rule).
 */
export function applyPolicy<K extends KubeObject>(findings: Map<K, Finding[]>, config: LinterConfig): Map<K, Finding[]> {
  const result = new Map<K, Finding[]>();
  for (const [object, objectFindings] of findings) {
    const namespace = metadataOf(object).namespace;
    if (namespace !== undefined && config.excludeNamespaces.includes(namespace)) continue;
    const kept = applySuppressions(object, objectFindings).flatMap((f) => {
      const setting = config.rules[f.ruleId.toUpperCase()];
      if (setting === undefined) return [f];
      if (setting === 'off') return [];
      return [{ ...f, severity: setting as FindingSeverity }];
    });
    result.set(object, kept);
  }
  return result;
}
