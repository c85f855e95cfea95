import { AuditMode, AuditOptions } from './audit-options';
import { RuleContext } from './context';
import { Finding, FindingSeverity } from './finding';
import { KubeObject, apiGroupOf, isRecord, kindOf, str } from './object';
import { ANY_KIND_CHECKS, CROSS_CHECKS, KIND_CHECKS } from './registry';
import { Reporter } from './report';
import { ObjectCheck } from './rule';
import { crdSchemaOf } from './schema/schema-check';
import { stableJsonOf } from './stable-json';
import { containsPlaceholder, fieldPlaceholderPaths, valueAtPath } from './util/placeholder';

/** The rule id of the note that says which fields of an object hold placeholders. */
export const PLACEHOLDER_RULE_ID = 'TLS-PLACEHOLDER';

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
 * findings, never exceptions. The findings do not depend on the order of `objects`.
 */
export function auditManifests(objects: any[], options: AuditOptions = {}): Finding[] {
  const context = ruleContext(objects, options);
  return [...findingsByObject(context).values()].flat();
}

/**
 * The context the rules run in. `sources` gives the file each object was read from (the audit
 * CLI knows it), which tells namespace-less objects of one file from those of different ones.
 */
export function ruleContext(objects: readonly unknown[], options: AuditOptions = {}, sources?: ReadonlyMap<KubeObject, string>): RuleContext {
  return {
    objects: canonicalOrder(objects.filter(isRecord) as KubeObject[], sources),
    now: options.now ?? new Date(),
    mode: options.mode ?? AuditMode.AUDIT,
    externals: options.externals ?? [],
    sourceOf: (obj) => sources?.get(obj),
  };
}

/**
 * Objects sorted by API group, kind, namespace and name, then by content and file: every rule,
 * and every "first definition" an index keeps, sees the same order whatever order the files
 * were given in. Content is only serialized to break ties between objects of one identity.
 */
function canonicalOrder(objects: KubeObject[], sources?: ReadonlyMap<KubeObject, string>): KubeObject[] {
  const keys = new Map<KubeObject, string[]>();
  const keyOf = (obj: KubeObject): string[] => {
    let key = keys.get(obj);
    if (!key) {
      const md = isRecord(obj.metadata) ? obj.metadata : {};
      key = [apiGroupOf(obj), kindOf(obj), str(md.namespace) ?? '', str(md.name) ?? ''];
      keys.set(obj, key);
    }
    return key;
  };
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...objects].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    for (let i = 0; i < ka.length; i++) {
      const c = compare(ka[i], kb[i]);
      if (c !== 0) return c;
    }
    return compare(stableJsonOf(a), stableJsonOf(b)) || compare(sources?.get(a) ?? '', sources?.get(b) ?? '');
  });
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
  for (const [obj, sink] of sinks) settlePlaceholders(obj, sink);
  return sinks;
}

function runObjectChecks(obj: KubeObject, report: Reporter, context: RuleContext): void {
  const checks = [...ANY_KIND_CHECKS, ...(CHECKS_BY_KIND.get(`${apiGroupOf(obj)}/${kindOf(obj)}`) ?? [])];
  for (const check of checks) {
    guard(() => check(obj, report, context), report, check.name);
  }
}

/**
 * A field holding a placeholder (`${SECRET_DOMAIN}`, `{{ .Values.host }}`) has no value the
 * rules can judge: the findings about it (or about anything inside it) are dropped, and one note
 * per object of a kind the rules read lists the fields that could not be checked.
 */
function settlePlaceholders(obj: KubeObject, sink: Finding[]): void {
  const paths = fieldPlaceholderPaths(obj);
  if (paths.length === 0) return;
  const under = (path: string, prefix: string): boolean => path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['));
  const unknown = (f: Finding): boolean => f.ruleId !== 'TLS-INTERNAL' && f.path !== ''
    && (containsPlaceholder(valueAtPath(obj, f.path)) || paths.some((p) => under(f.path, p)));
  const kept = sink.filter((f) => !unknown(f));
  const dropped = sink.length - kept.length;
  sink.splice(0, sink.length, ...kept);
  if (dropped === 0 && !rulesRead(obj)) return;
  const shown = paths.slice(0, 8).map((p) => `${p} (${JSON.stringify(valueAtPath(obj, p))})`);
  const more = paths.length > shown.length ? ` and ${paths.length - shown.length} more` : '';
  new Reporter(obj, sink).info(PLACEHOLDER_RULE_ID, paths[0], `${paths.length === 1 ? 'this field holds a placeholder' : 'these fields hold placeholders'} `
    + `filled in after this YAML is written (Flux post-build substitution or a template): ${shown.join(', ')}${more}; `
    + 'the rules that need their values could not check them; audit the rendered output (e.g. `flux build kustomization`, `helm template`) to have them checked');
}

/** Whether any rule reads objects of this kind (its own checks, or the CRD schema). */
function rulesRead(obj: KubeObject): boolean {
  return CHECKS_BY_KIND.has(`${apiGroupOf(obj)}/${kindOf(obj)}`) || crdSchemaOf(str(obj.apiVersion) ?? '', kindOf(obj)) !== undefined;
}

/**
 * A rule that throws on an input it did not foresee must not take the whole audit down: the
 * object is reported as unreadable by that rule instead. It stands outside the severity model (it
 * is a bug of ours, not a property of the object) and is an error so that it is never missed.
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
