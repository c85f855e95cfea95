import { CliIo, UsageError } from './io';
import { RULE_CATALOGUE, ruleDoc, ruleHelpUri } from '../rules/catalogue';
import { ruleText } from '../rules/catalogue/markdown';

export const RULES_USAGE = `usage: cdk8s-tls rules [--format text|json]
       cdk8s-tls explain <RULE-ID>

'rules' lists every rule (id, severity, title); 'explain' prints one rule: why it matters, how to
fix it, the upstream behaviour it mirrors and an example.`;

function formatOption(args: readonly string[]): 'text' | 'json' {
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      format = value;
    } else {
      throw new UsageError(`unexpected argument ${arg}`);
    }
  }
  return format;
}

/** `cdk8s-tls rules`: the catalogue. */
export function rules(args: readonly string[], io: CliIo): number {
  if (formatOption(args) === 'json') {
    io.stdout(`${JSON.stringify(RULE_CATALOGUE.map((r) => ({ ...r, helpUri: ruleHelpUri(r.id) })), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...RULE_CATALOGUE.map((r) => r.id.length));
  for (const r of RULE_CATALOGUE) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}\n`);
  return 0;
}

/** `cdk8s-tls explain <ID>`: one entry. */
export function explain(args: readonly string[], io: CliIo): number {
  if (args.length !== 1) throw new UsageError('explain takes one rule id, e.g. cdk8s-tls explain CM-C20');
  const rule = ruleDoc(args[0]);
  if (!rule) {
    io.stderr(`cdk8s-tls explain: no rule ${JSON.stringify(args[0])}; 'cdk8s-tls rules' lists them\n`);
    return 2;
  }
  io.stdout(ruleText(rule));
  return 0;
}
