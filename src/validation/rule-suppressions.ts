import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { IGNORE_ANNOTATION, Suppression, formatSuppressions, parseSuppressions } from '../rules/policy/suppressions';

/** The suppressions recorded on each construct, written again at every validation pass. */
const recorded = new WeakMap<IConstruct, Suppression[]>();

/**
 * Records a team's decision to accept a rule's finding, cdk-nag style: the decision is written on
 * the objects as the `cdk8s-tls/ignore` annotation, so it holds at `cdk8s synth`, in
 * `cdk8s-tls audit` of the synthesized YAML, and in the cdk8s validation plugin alike. Every
 * construct of the library has the same as a method: `construct.suppress(ruleId, reason)`.
 *
 * @example
 * RuleSuppressions.add(issuer, 'TLS-X13', 'issuer email managed by the ACME account owner');
 */
export class RuleSuppressions {
  /**
   * Suppresses `ruleId` on every Kubernetes object in `scope`: the construct and its children,
   * those that exist now and those added later (a host added to a `TlsIngress` after the call,
   * with its Certificate), since the annotation is written again when the app is validated.
   *
   * @param scope a construct, or an ApiObject
   * @param ruleId the rule id, e.g. `TLS-X13` (`cdk8s-tls rules` lists them)
   * @param reason why the team accepts the finding; required, and reviewed like code
   * @returns how many objects the suppression is written on now
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
    const suppression = { ruleId: parsed.suppressions[0].ruleId, reason: why };
    recorded.set(scope, [...(recorded.get(scope) ?? []).filter((s) => s.ruleId !== suppression.ruleId), suppression]);
    const objects = objectsIn(scope);
    for (const object of objects) annotate(object, [suppression]);
    return objects.length;
  }

  private constructor() {}
}

/**
 * Writes every recorded suppression in the tree of `root` on the objects that exist now: called
 * when a validation pass starts, so objects created after `add` are covered too.
 */
export function writeRecordedSuppressions(root: IConstruct): void {
  for (const scope of root.node.findAll()) {
    const suppressions = recorded.get(scope);
    if (suppressions) for (const object of objectsIn(scope)) annotate(object, suppressions);
  }
}

function objectsIn(scope: IConstruct): ApiObject[] {
  return scope.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
}

/** Adds `suppressions` to the object's annotation, replacing earlier lines of the same rules. */
function annotate(object: ApiObject, suppressions: readonly Suppression[]): void {
  const existing: string | undefined = object.metadata.toJson().annotations?.[IGNORE_ANNOTATION];
  const ids = new Set(suppressions.map((s) => s.ruleId));
  const others = existing ? parseSuppressions(existing).suppressions.filter((s) => !ids.has(s.ruleId)) : [];
  object.metadata.addAnnotation(IGNORE_ANNOTATION, formatSuppressions([...others, ...suppressions]));
}
