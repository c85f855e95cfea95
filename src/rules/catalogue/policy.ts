import { acmeClusterIssuerYaml } from './example-objects';
import { RuleDoc } from './rule-doc';

// Findings about the team's own decisions (the cdk8s-tls/ignore annotation).

const ACME_ISSUER = (ignore: string) => acmeClusterIssuerYaml({ ignore });

export const POLICY_RULES: readonly RuleDoc[] = [
  {
    id: 'TLS-S1',
    severity: 'warning',
    title: 'a rule suppressed without a reason',
    why: 'the rule is silenced, but the next reader cannot tell whether the decision still holds.',
    fix: 'write the reason after the rule id: cdk8s-tls/ignore: "TLS-X13: issuer email managed by the ACME account owner".',
    source: 'cdk8s-tls suppression grammar (README, audit section)',
    scope: 'engine',
    example: { trigger: ACME_ISSUER('TLS-X13'), corrected: ACME_ISSUER('TLS-X13: issuer email managed by the ACME account owner') },
  },
  {
    id: 'TLS-S2',
    severity: 'warning',
    title: 'a cdk8s-tls/ignore entry that names no rule id',
    why: 'nothing is suppressed by that entry, although its author meant to.',
    fix: 'write "<RULE-ID>[,<RULE-ID>...]: <reason>", entries separated by newlines or \';\'.',
    source: 'cdk8s-tls suppression grammar (README, audit section)',
    scope: 'engine',
    example: { trigger: ACME_ISSUER('issuer email: managed elsewhere'), corrected: ACME_ISSUER('TLS-X13: managed elsewhere') },
  },
];
