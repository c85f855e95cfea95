import { RULE_CATALOGUE, ruleHelpUri } from '.';
import { RuleDoc } from './rule-doc';

/** docs/rules.md: generated from the catalogue by `npx projen rules-doc`, never edited by hand. */
export function rulesMarkdown(rules: readonly RuleDoc[] = RULE_CATALOGUE): string {
  const lines = [
    '# Rule catalogue',
    '',
    '<!-- Generated from src/rules/catalogue by `npx projen rules-doc`. Do not edit by hand. -->',
    '',
    'Every rule `cdk8s-tls audit`, `cdk8s synth` and the cdk8s validation plugin can report.',
    '`cdk8s-tls explain <ID>` prints one entry; `cdk8s-tls rules --format json` lists them all.',
    'Severities: **error** = the object is rejected, never issued or never served; **warning** = it works',
    'but is insecure or fragile; **info** = could not be checked. A `.cdk8s-tls.yaml` file may change them.',
    '',
    '| Rule | Severity | Title |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${cell(r.title)} |`),
    '',
  ];
  for (const rule of rules) lines.push(...section(rule), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Catalogue prose quotes messages and regexes verbatim; their brackets must not become links. */
function prose(text: string): string {
  return text.replace(/[[\]]/g, '\\$&');
}

function section(rule: RuleDoc): string[] {
  const out = [
    `## ${rule.id}`,
    '',
    `**${rule.title}** (${rule.severity}${rule.scope === 'construct' ? ', checked on construct props at synth' : ''})`,
    '',
    `- Why it matters: ${prose(rule.why)}`,
    `- How to fix: ${prose(rule.fix)}`,
    `- Mirrors: ${prose(rule.source)}`,
  ];
  if (rule.example) {
    // A construct rule's example is an app in TypeScript; an engine rule's, the YAML it audits.
    const fence = rule.scope === 'construct' ? '```ts' : '```yaml';
    out.push('', 'Triggers the rule:', '', fence, rule.example.trigger.trimEnd(), '```', '',
      'Corrected:', '', fence, rule.example.corrected.trimEnd(), '```');
  }
  return out;
}

/** The plain-text form `cdk8s-tls explain` prints. */
export function ruleText(rule: RuleDoc): string {
  const out = [
    `${rule.id} (${rule.severity}): ${rule.title}`,
    '',
    `Why it matters: ${rule.why}`,
    `How to fix:     ${rule.fix}`,
    `Mirrors:        ${rule.source}`,
    `Documentation:  ${ruleHelpUri(rule.id)}`,
  ];
  if (rule.example) {
    out.push('', 'Triggers the rule:', indent(rule.example.trigger), '', 'Corrected:', indent(rule.example.corrected));
  }
  return `${out.join('\n')}\n`;
}

const indent = (text: string): string => text.trimEnd().split('\n').map((l) => `  ${l}`).join('\n');
