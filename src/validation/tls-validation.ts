import { AuditMode } from '../rules/audit-options';
import { ruleDoc, ruleHelpUri } from '../rules/catalogue';
import { findingsByObject, ruleContext } from '../rules/engine';
import { Finding } from '../rules/finding';
import { KubeObject, isRecord, metadataOf } from '../rules/object';
import { EMPTY_CONFIG, LinterConfig, applyPolicy, findConfig, readConfig } from '../rules/policy';

/**
 * Properties of the cdk8s validation plugin, as written under `properties:` in cdk8s.yaml.
 */
export interface TlsValidationProps {
  /**
   * The `.cdk8s-tls.yaml` configuration file (relative to where `cdk8s synth` runs).
   * @default - the nearest .cdk8s-tls.yaml in the working directory or above; none if there is none
   */
  readonly config?: string;
  /**
   * The least severity that fails `cdk8s synth`: `error`, `warning` or `never`.
   * @default 'error'
   */
  readonly failOn?: string;
  /**
   * `audit`: a reference to an object the app does not define (an issuer installed elsewhere) is a
   * warning; `app`: it is an error, as in apps built from cdk8s-tls constructs.
   * @default 'audit'
   */
  readonly mode?: string;
  /**
   * An ISO date the rules measure against instead of today (reproducible reports).
   * @default - now
   */
  readonly now?: string;
}

const RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

/**
 * A cdk8s validation plugin: `cdk8s synth` runs the library's rules on every manifest of any cdk8s
 * app, including apps written only with cdk8s-plus or imported CRD classes. In cdk8s.yaml:
 *
 *     validations:
 *       - package: cdk8s-tls
 *         version: <the version in package.json>
 *         class: TlsValidation
 *         properties: { failOn: error }
 *
 * Findings are reported per rule with the object, the field and the fix; the configuration file
 * and `cdk8s-tls/ignore` annotations apply as in `cdk8s-tls audit`.
 */
export class TlsValidation {
  private readonly props: TlsValidationProps;

  constructor(props: TlsValidationProps = {}) {
    const failOn = props.failOn ?? 'error';
    if (!['error', 'warning', 'never'].includes(failOn)) {
      throw new Error(`TlsValidation: failOn must be error, warning or never, got ${JSON.stringify(failOn)}`);
    }
    if (props.mode !== undefined && props.mode !== 'audit' && props.mode !== 'app') {
      throw new Error(`TlsValidation: mode must be audit or app, got ${JSON.stringify(props.mode)}`);
    }
    if (props.now !== undefined && Number.isNaN(new Date(props.now).getTime())) {
      throw new Error(`TlsValidation: now must be an ISO date, got ${JSON.stringify(props.now)}`);
    }
    this.props = props;
  }

  /**
   * Runs the rules; called by cdk8s-cli with its ValidationContext (`manifests`,
   * `parseManifest(path)`, `report.addViolation`, `report.submit`).
   */
  public async validate(context: any): Promise<void> {
    const manifestOf = new Map<KubeObject, string>();
    for (const manifest of context.manifests as string[]) {
      for (const object of context.parseManifest(manifest) as unknown[]) {
        if (isRecord(object)) manifestOf.set(object, manifest);
      }
    }
    const config = this.config();
    const findings = applyPolicy(findingsByObject(ruleContext([...manifestOf.keys()], {
      mode: this.props.mode === 'app' ? AuditMode.APP : AuditMode.AUDIT,
      now: this.props.now ? new Date(this.props.now) : undefined,
    }, manifestOf)), config);

    const byRule = new Map<string, Array<{ object: KubeObject; finding: Finding }>>();
    for (const [object, objectFindings] of findings) {
      for (const finding of objectFindings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), { object, finding }]);
    }
    for (const [ruleId, occurrences] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      const doc = ruleDoc(ruleId);
      const severities = [...new Set(occurrences.map((o) => o.finding.severity))].join('/');
      context.report.addViolation({
        ruleName: `[${ruleId}] ${severities}: ${doc?.title ?? ruleId}`,
        recommendation: doc ? doc.why : occurrences[0].finding.message,
        fix: `${doc?.fix ?? 'see the message of each occurrence'} (${ruleHelpUri(ruleId)})`,
        violatingResources: occurrences.map(({ object, finding }) => ({
          resourceName: metadataOf(object).name,
          locations: [`${finding.severity}: ${finding.message}`],
          manifestPath: manifestOf.get(object) ?? '',
        })),
      });
    }
    const failOn = this.props.failOn ?? 'error';
    const all = [...findings.values()].flat();
    const failed = failOn !== 'never' && all.some((f) => (RANK[f.severity] ?? 2) >= RANK[failOn]);
    const count = (severity: string) => String(all.filter((f) => f.severity === severity).length);
    context.report.submit(failed ? 'failure' : 'success', {
      Objects: String(manifestOf.size),
      Errors: count('error'),
      Warnings: count('warning'),
      ...(config.file ? { Config: config.file } : {}),
    });
  }

  private config(): LinterConfig {
    const file = this.props.config ?? findConfig(process.cwd());
    return file ? readConfig(file) : EMPTY_CONFIG;
  }
}
