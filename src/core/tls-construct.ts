import { Construct } from 'constructs';
import { RuleSuppressions } from '../validation/rule-suppressions';

/**
 * The base of the library's constructs: what every one of them can do beyond `Construct`.
 */
export abstract class TlsConstruct extends Construct {
  /**
   * Accepts the findings of rule `ruleId` on every Kubernetes object of this construct, now and
   * added later, with the team's reason: written as the `cdk8s-tls/ignore` annotation, so the
   * decision holds at synth and in `cdk8s-tls audit` of the output alike.
   *
   * @param ruleId the rule id, e.g. `TLS-X13` (`cdk8s-tls rules` lists them)
   * @param reason why the team accepts the finding; required, and reviewed like code
   */
  public suppress(ruleId: string, reason: string): void {
    RuleSuppressions.add(this, ruleId, reason);
  }
}
