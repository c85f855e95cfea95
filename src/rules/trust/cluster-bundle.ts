// trust-manager's admission rules for `ClusterBundle` (trust-manager.io/v1alpha2): the CEL rules of
// its CRD and the webhook (pkg/webhook/cluster_bundle.go), as errors with their own texts.
import { labelSelectorProblems } from './label-selector';
import { checkTargetMetadata } from './target-metadata';
import { KubeObject, isRecord, isSet, list, record, show, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError, reportField } from '../util/field-error';

const celInvalid = (message: string): string => fieldError.invalid('object', message);

/** TM-2, TM-4: each sourceRef names one object or selects by labels. */
function checkSourceRefs(obj: KubeObject, report: Reporter): void {
  list(record(obj.spec).sourceRefs).forEach((raw, i) => {
    const ref = record(raw);
    const path = `spec.sourceRefs[${i}]`;
    const hasName = isSet(ref.name);
    if (hasName === isSet(ref.selector)) {
      reportField(report, {
        ruleId: 'TM-2',
        path,
        body: celInvalid('exactly one of the fields in [name selector] must be set'),
        fix: hasName ? 'use either name or selector, not both' : 'name the object (name: ...) or select it by labels (selector: ...)',
      });
    }
    for (const p of labelSelectorProblems(ref.selector, `${path}.selector`)) {
      reportField(report, { ruleId: 'TM-4', path: p.path, body: p.body, fix: 'fix the label selector' });
    }
  });
}

/** TM-8, TM-9, TM-10, TM-12, TM-4: the target. */
function checkTarget(obj: KubeObject, report: Reporter): void {
  const target = record(obj.spec).target;
  if (!isRecord(target)) return;
  if (!isRecord(target.configMap) && !isRecord(target.secret)) {
    reportField(report, {
      ruleId: 'TM-10',
      path: 'spec.target',
      body: celInvalid('at least one of the fields in [configMap secret] must be set'),
      fix: 'add target.configMap (data: [{ key: ca-bundle.crt }]) or target.secret',
    });
  }
  for (const kind of ['configMap', 'secret'] as const) {
    if (!isRecord(target[kind])) continue;
    const base = `spec.target.${kind}`;
    const seen = new Set<string>();
    list(target[kind].data).forEach((raw, i) => {
      const entry = record(raw);
      const path = `${base}.data[${i}]`;
      const key = str(entry.key);
      if (key !== undefined && seen.has(key)) {
        reportField(report, { ruleId: 'TM-8', path, body: fieldError.duplicate({ key }), fix: `write each key once in ${base}.data` });
      }
      if (key !== undefined) seen.add(key);
      const pkcs12 = entry.format === 'PKCS12';
      for (const field of ['password', 'profile'] as const) {
        if (isSet(entry[field]) && !pkcs12) {
          reportField(report, {
            ruleId: 'TM-12',
            path: `${path}.${field}`,
            body: fieldError.forbidden("may only be set when format is 'PKCS12'"),
            fix: `set format: PKCS12 on this entry, or remove ${field} (format is ${show(entry.format ?? 'PEM')})`,
          });
        }
      }
    });
    checkTargetMetadata(report, target[kind].metadata, `${base}.metadata`, 'TM-9');
  }
  for (const p of labelSelectorProblems(target.namespaceSelector, 'spec.target.namespaceSelector')) {
    reportField(report, { ruleId: 'TM-4', path: p.path, body: p.body, fix: 'fix the label selector' });
  }
}

export const CLUSTER_BUNDLE_CHECKS: readonly ObjectCheck[] = [checkSourceRefs, checkTarget];
