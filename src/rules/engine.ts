import { AuditMode, AuditOptions } from './audit-options';
import { RuleContext } from './context';
import { Finding, FindingSeverity } from './finding';
import { KubeObject, apiGroupOf, isRecord, kindOf } from './object';
import { ANY_KIND_CHECKS, CROSS_CHECKS, KIND_CHECKS } from './registry';
import { Reporter } from './report';
import { ObjectCheck } from './rule';

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
  return {
    objects: objects.filter(isRecord) as KubeObject[],
    now: options.now ?? new Date(),
    mode: options.mode ?? AuditMode.AUDIT,
    externals: options.externals ?? [],
  };
}

/** Per-object and cross-object findings, keyed by the object they are about. */
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
    guard(() => cross(context, reporterFor), reporterFor(context.objects[0] ?? {}), 'cross-object rules');
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

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === FindingSeverity.ERROR);
}
