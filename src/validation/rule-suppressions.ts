import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { IGNORE_ANNOTATION, Suppression, formatSuppressions, parseSuppressions } from '../rules/policy/suppressions';

/**
 * Records a team's decision to accept a rule's finding, cdk-nag style: the decision is written on
 * the objects as the `cdk8s-tls/ignore` annotation, so it holds at `cdk8s synth`, in
 * `cdk8s-tls audit` of the synthesized YAML, and in the cdk8s validation plugin alike.
 *
 * @example
 * RuleSuppressions.add(issuer, 'TLS-X13', 'issuer email managed by the ACME account owner');
 */
export class RuleSuppressions {
  /**
   * Suppresses `ruleId` on every Kubernetes object in `scope` (the construct and its children,
   * as they are when this is called: call it after building the construct).
   *
   * @param scope a construct, or an ApiObject
   * @param ruleId the rule id, e.g. `TLS-X13` (`cdk8s-tls rules` lists them)
   * @param reason why the team accepts the finding; required, and reviewed like code
   * @returns how many objects the suppression was written on
   */
  public static add(scope: IConstruct, ruleId: string, reason: string): number {
    const parsed = parseSuppressions(`${ruleId}: x`);
    if (parsed.unreadable.length || parsed.suppressions.length !== 1) {
      throw new Error(`RuleSuppressions.add: ${JSON.stringify(ruleId)} is not a rule id; 'cdk8s-tls rules' lists them (e.g. TLS-X13)`);
    }
    const why = reason.replace(/[\r\n;]+/g, ' ').trim();
    if (why === '') {
      throw new Error(`RuleSuppressions.add: suppressing ${ruleId} needs a reason; say why the team accepts the finding`);
    }
    const objects = scope.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
    if (objects.length === 0) {
      throw new Error(`RuleSuppressions.add: ${scope.node.path || 'the scope'} holds no Kubernetes object yet; call it after building the construct`);
    }
    for (const object of objects) {
      const existing: string | undefined = object.metadata.toJson().annotations?.[IGNORE_ANNOTATION];
      const suppressions: Suppression[] = existing ? parseSuppressions(existing).suppressions : [];
      const others = suppressions.filter((s) => s.ruleId !== parsed.suppressions[0].ruleId);
      object.metadata.addAnnotation(IGNORE_ANNOTATION, formatSuppressions([...others, { ruleId: parsed.suppressions[0].ruleId, reason: why }]));
    }
    return objects.length;
  }

  private constructor() {}
}
