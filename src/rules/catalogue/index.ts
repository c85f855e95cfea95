import { CERT_MANAGER_RULES } from './cert-manager';
import { ENGINE_RULES } from './engine-rules';
import { GATEWAY_API_RULES } from './gateway-api';
import { ISSUER_RULES } from './issuers';
import { LIBRARY_RULES } from './library';
import { POLICY_RULES } from './policy';
import { RuleDoc } from './rule-doc';
import { SILENT_BREAKAGE_RULES } from './silent-breakage';
import { TRUST_MANAGER_RULES } from './trust-manager';

export * from './rule-doc';

/** The project's repository (package.json `repository.url`, a test keeps them equal). */
export const REPOSITORY_URL = 'https://github.com/cdk8s-tls/cdk8s-tls';

/** Every rule id the engine and the constructs can report, sorted by id. */
export const RULE_CATALOGUE: readonly RuleDoc[] = [
  ...CERT_MANAGER_RULES,
  ...ISSUER_RULES,
  ...TRUST_MANAGER_RULES,
  ...LIBRARY_RULES,
  ...GATEWAY_API_RULES,
  ...ENGINE_RULES,
  ...POLICY_RULES,
  ...SILENT_BREAKAGE_RULES,
].sort((a, b) => compareRuleIds(a.id, b.id));

const BY_ID = new Map(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

/** The catalogue entry of `id`, or undefined for an id the catalogue does not know. */
export function ruleDoc(id: string): RuleDoc | undefined {
  return BY_ID.get(id.toUpperCase());
}

/** Where a rule is documented: its section of docs/rules.md on the repository's default branch. */
export function ruleHelpUri(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

/** `CM-C2` before `CM-C10`: prefix, then the letters, then the number. */
export function compareRuleIds(a: string, b: string): number {
  const split = (id: string) => {
    const m = /^(.*?)(\d+)$/.exec(id);
    return m ? [m[1], Number(m[2])] as const : [id, -1] as const;
  };
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  return pa.localeCompare(pb) || na - nb;
}
