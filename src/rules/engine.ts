import { AuditMode, AuditOptions } from './audit-options';
import { RuleContext } from './context';
import { Finding, FindingSeverity } from './finding';
import { IssuerIndex } from './issuer-index';
import { KubeObject, apiGroupOf, isRecord, kindOf } from './object';
import { ANY_KIND_CHECKS, CROSS_CHECKS, KIND_CHECKS } from './registry';
import { Reporter } from './report';
import { CrossCheck, ObjectCheck } from './rule';

const CHECKS_BY_KIND: Map<string, ObjectCheck[]> = (() => {
  const byKind = new Map<string, ObjectCheck[]>();
  for (const entry of KIND_CHECKS) {
    const key = `${entry.group}/${entry.kind}`;
    byKind.set(key, [...(byKind.get(key) ?? []), ...entry.checks]);
  }
  return byKind;
})();

/**
 * Runs every rule over plain Kubernetes objects (parsed YAML or `ApiObject.toJson()` output) and
 * returns what they find. Objects of kinds no rule knows are passed over; malformed objects give
 * findings, never exceptions.
 */
export function auditManifests(objects: any[], options: AuditOptions = {}): Finding[] {
  const context = ruleContext(objects, options);
  return [...findingsByObject(context).values()].flat();
}

export function ruleContext(objects: readonly unknown[], options: AuditOptions = {}): RuleContext {
  const records = objects.filter(isRecord) as KubeObject[];
  let issuers: IssuerIndex | undefined;
  return {
    objects: records,
    now: options.now ?? new Date(),
    mode: options.mode ?? AuditMode.AUDIT,
    externals: options.externals ?? [],
    // Built on first use: only apps with issuer references pay for it, and they pay once.
    get issuers() {
      issuers ??= new IssuerIndex(records);
      return issuers;
    },
  };
}

/**
 * The key of the findings about the app as a whole rather than one object: a cross-object rule
 * that crashed. Its findings have an empty kind and name.
 */
export const APP_LEVEL: KubeObject = Object.freeze({}) as KubeObject;

/** Per-object and cross-object findings, keyed by the object they are about (or `APP_LEVEL`). */
export function findingsByObject(context: RuleContext): Map<KubeObject, Finding[]> {
  const sinks = new Map<KubeObject, Finding[]>();
  const reporterFor = (obj: KubeObject): Reporter => {
    let sink = sinks.get(obj);
    if (!sink) {
      sink = [];
      sinks.set(obj, sink);
    }
    return new Reporter(obj, sink);
  };
  for (const obj of context.objects) {
    runObjectChecks(obj, reporterFor(obj), context);
  }
  for (const cross of CROSS_CHECKS) {
    guardCrossCheck(cross, context, reporterFor);
  }
  return sinks;
}

function runObjectChecks(obj: KubeObject, report: Reporter, context: RuleContext): void {
  const checks = [...ANY_KIND_CHECKS, ...(CHECKS_BY_KIND.get(`${apiGroupOf(obj)}/${kindOf(obj)}`) ?? [])];
  for (const check of checks) {
    guard(() => check(obj, report, context), report, check.name);
  }
}

/**
 * A rule that throws on an input it did not foresee must not take the whole audit down: the
 * object is reported as unreadable by that rule instead.
 */
function guard(run: () => void, report: Reporter, what: string): void {
  try {
    run();
  } catch (e) {
    report.error('TLS-INTERNAL', '', `a rule (${what || 'anonymous'}) could not read this object: ${(e as Error).message}; please report this input as a cdk8s-tls bug`);
  }
}

/**
 * A cross-object rule that throws is about no object in particular: it is reported for the app
 * (`APP_LEVEL`), never charged to an object whose construct may not report it, and the other
 * cross-object rules still run.
 */
function guardCrossCheck(cross: CrossCheck, context: RuleContext, reporterFor: (obj: KubeObject) => Reporter): void {
  try {
    cross(context, reporterFor);
  } catch (e) {
    reporterFor(APP_LEVEL).error('TLS-INTERNAL', '', `a cross-object rule (${cross.name || 'anonymous'}) failed on this app: ${(e as Error).message}; `
      + 'its findings are missing: please report this app\'s manifests as a cdk8s-tls bug');
  }
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === FindingSeverity.ERROR);
}
