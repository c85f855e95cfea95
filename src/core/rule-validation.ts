import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { jsonOf } from './synthesis-json';
import { AuditMode, ExternalReference } from '../rules/audit-options';
import { APP_LEVEL, findingsByObject, ruleContext } from '../rules/engine';
import { Finding, FindingSeverity } from '../rules/finding';
import { KubeObject } from '../rules/object';
import { EMPTY_CONFIG, LinterConfig, applyPolicy, findConfig, readConfig } from '../rules/policy';
import { writeRecordedSuppressions } from '../validation/rule-suppressions';

/**
 * The bridge from constructs to the rule engine: a construct's final JSON (after user patches)
 * goes through the same rules as `cdk8s-tls audit`, together with every other object of the app,
 * so cross-object rules (a certificate and the issuer it names) see the whole app.
 *
 * The rules run once per validation pass of the app, not once per construct. Every synthesis
 * request (cdk8s's `App.synth()`, `Chart.toJson()`, `TlsApp`) validates the whole tree from the
 * root, and the root comes first: the app's own validation, registered here once per app, starts
 * the pass and computes every finding; the constructs' validations then read theirs. It also
 * reports the findings about the app as a whole (a cross-object rule that crashed). A validation
 * run outside a pass (a user's `node.validate()` on one construct) computes afresh: a
 * validation that runs twice in one pass is taken as the start of another pass.
 */

/** App context key: an ISO date the rules measure against instead of today (reproducible output). */
export const NOW_CONTEXT_KEY = 'cdk8s-tls:now';
/**
 * App context key: what synth does with warnings and notes. `print` (the default) writes them to
 * stderr, `error` makes warnings fail synth (notes are still only printed), `silent` hides both.
 * Errors always fail synth.
 */
export const WARNINGS_CONTEXT_KEY = 'cdk8s-tls:warnings';
/**
 * App context key: the `.cdk8s-tls.yaml` file whose rule settings and namespace excludes synth
 * applies, as `cdk8s-tls audit` does; `none` reads no file. Default: the nearest .cdk8s-tls.yaml
 * in the working directory or above.
 */
export const CONFIG_CONTEXT_KEY = 'cdk8s-tls:config';

/** The values `cdk8s-tls:warnings` accepts. */
export const WARNING_MODES = ['print', 'error', 'silent'] as const;
export type WarningMode = typeof WARNING_MODES[number];

/**
 * The app's warning mode. An unknown value is refused: a typo such as `errors` must not quietly
 * turn failing warnings back into printed ones.
 */
export function warningModeOf(scope: IConstruct): WarningMode {
  const value: unknown = scope.node.tryGetContext(WARNINGS_CONTEXT_KEY);
  if (value === undefined) return 'print';
  if (typeof value === 'string' && (WARNING_MODES as readonly string[]).includes(value)) return value as WarningMode;
  throw new Error(`app context "${WARNINGS_CONTEXT_KEY}" is ${JSON.stringify(value)}; use one of ${WARNING_MODES.map((m) => `"${m}"`).join(', ')} `
    + '(print: warnings and notes go to stderr, the default; error: warnings fail synth; silent: neither is shown)');
}

interface Pass {
  /** The validations (one per `validateWithRules` call) that have run in this pass. */
  readonly validated: Set<object>;
  readonly findings: AppFindings;
}

/** The findings of one pass: by ApiObject, and about the app as a whole. */
interface AppFindings {
  readonly byObject: Map<ApiObject, Finding[]>;
  readonly appLevel: Finding[];
}

const passes = new WeakMap<IConstruct, Pass>();
const appValidations = new WeakSet<IConstruct>();
/** Warnings already printed for an app: cdk8s may validate an app more than once per synth. */
const printedWarnings = new WeakMap<IConstruct, Set<string>>();
const externalsByApp = new WeakMap<IConstruct, ExternalReference[]>();

/** Declares an object that the app refers to but does not define (e.g. `ClusterIssuer.fromClusterIssuerName`). */
export function declareExternal(scope: IConstruct, reference: ExternalReference): void {
  const root = scope.node.root;
  const list = externalsByApp.get(root) ?? [];
  list.push(reference);
  externalsByApp.set(root, list);
}

/** Makes `owner` fail synth with the rule engine's errors about `apiObject`. */
export function validateWithRules(owner: IConstruct, apiObject: ApiObject): void {
  const root = owner.node.root;
  if (!appValidations.has(root)) {
    appValidations.add(root);
    root.node.addValidation({
      validate: () => {
        const pass = startPass(root);
        return report(root, pass.findings.appLevel);
      },
    });
  }
  const validation = {
    validate: () => report(owner, findingsInPass(owner, validation).byObject.get(apiObject) ?? []),
  };
  owner.node.addValidation(validation);
}

/** The errors of `findings` (and the warnings, in `error` mode) for cdk8s; warnings printed once. */
function report(owner: IConstruct, findings: readonly Finding[]): string[] {
  const warningMode = warningModeOf(owner);
  // Infos never fail synth: they say what could not be checked, not what is wrong.
  const failing = findings.filter((f) => f.severity === FindingSeverity.ERROR || (warningMode === 'error' && f.severity === FindingSeverity.WARNING));
  if (warningMode !== 'silent') {
    const printed = printedWarnings.get(owner.node.root) ?? new Set<string>();
    printedWarnings.set(owner.node.root, printed);
    for (const f of findings) {
      const label = f.severity === FindingSeverity.INFO ? 'note' : f.severity === FindingSeverity.WARNING && warningMode === 'print' ? 'warning' : undefined;
      if (!label) continue;
      const line = `cdk8s-tls ${label}: [${owner.node.path}] ${formatFinding(f)}`;
      if (!printed.has(line)) process.stderr.write(`${line}\n`);
      printed.add(line);
    }
  }
  return failing.map(formatFinding);
}

/** `[CM-C20] spec.privateKey.size: ...`: the construct path is prefixed by cdk8s. */
export function formatFinding(finding: Finding): string {
  return `[${finding.ruleId}] ${finding.message}`;
}

/** Every finding about the objects of the app that `scope` belongs to, by ApiObject. */
export function appFindings(scope: IConstruct): Map<ApiObject, Finding[]> {
  return computeFindings(scope).byObject;
}

function computeFindings(scope: IConstruct): AppFindings {
  const root = scope.node.root;
  // Suppressions recorded before some of their objects existed reach them now, before any is read.
  writeRecordedSuppressions(root);
  const objects = new Map<KubeObject, ApiObject>();
  for (const c of root.node.findAll()) {
    if (c instanceof ApiObject) objects.set(jsonOf(c) as KubeObject, c);
  }
  const now = root.node.tryGetContext(NOW_CONTEXT_KEY);
  const context = ruleContext([...objects.keys()], {
    mode: AuditMode.APP,
    now: now ? new Date(now) : undefined,
    externals: externalsByApp.get(root) ?? [],
  });
  const byObject = new Map<ApiObject, Finding[]>();
  let appLevel: Finding[] = [];
  // The team's decisions (cdk8s-tls/ignore annotations, the config file) hold at synth as in audit.
  for (const [obj, findings] of applyPolicy(findingsByObject(context), appConfig(root))) {
    if (obj === APP_LEVEL) appLevel = findings;
    const apiObject = objects.get(obj);
    if (apiObject) byObject.set(apiObject, findings);
  }
  return { byObject, appLevel };
}

function appConfig(root: IConstruct): LinterConfig {
  const setting = root.node.tryGetContext(CONFIG_CONTEXT_KEY);
  if (setting === 'none') return EMPTY_CONFIG;
  const file = typeof setting === 'string' ? setting : findConfig(process.cwd());
  return file ? readConfig(file) : EMPTY_CONFIG;
}

function startPass(root: IConstruct): Pass {
  const pass = { validated: new Set<object>(), findings: computeFindings(root) };
  passes.set(root, pass);
  return pass;
}

function findingsInPass(owner: IConstruct, validation: object): AppFindings {
  const root = owner.node.root;
  let pass = passes.get(root);
  if (!pass || pass.validated.has(validation)) pass = startPass(root);
  pass.validated.add(validation);
  return pass.findings;
}
