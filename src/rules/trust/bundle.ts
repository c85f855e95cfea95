// trust-manager's admission rules for `Bundle` (trust.cert-manager.io/v1alpha1): the CEL rules of
// its CRD, which the API server applies first, then the webhook (pkg/webhook/validation.go). Each
// finding is an error with the text the API server or webhook prints.
import { labelSelectorProblems } from './label-selector';
import { checkTargetMetadata } from './target-metadata';
import { KubeObject, isRecord, isSet, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError, reportField } from '../util/field-error';

/** How the API server prints a failed CEL rule on an object-typed field. */
const celInvalid = (message: string): string => fieldError.invalid('object', message);

const SOURCE_TYPES = ['configMap', 'secret', 'inLine', 'useDefaultCAs'] as const;

/** TM-1..TM-6: every source item, and the sources as a whole. */
function checkSources(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const sources = list(spec.sources);
  let counted = 0;
  let defaultCas = 0;
  sources.forEach((raw, i) => {
    const source = record(raw);
    const path = `spec.sources[${i}]`;
    const set = SOURCE_TYPES.filter((t) => isSet(source[t]));
    if (set.length !== 1) {
      reportField(report, {
        ruleId: 'TM-1',
        path,
        body: celInvalid('exactly one of the fields in [configMap secret inLine useDefaultCAs] must be set'),
        fix: set.length === 0 ? 'set one source type: configMap, secret, inLine or useDefaultCAs'
          : `split this item into one source per type (it sets ${set.join(', ')})`,
      });
    }
    for (const kind of ['configMap', 'secret'] as const) {
      if (!isRecord(source[kind])) continue;
      counted++;
      checkObjectSource(report, source[kind], `${path}.${kind}`, kind);
    }
    if (isSet(source.inLine)) counted++;
    if (isSet(source.useDefaultCAs)) {
      defaultCas++;
      if (source.useDefaultCAs === true) counted++;
    }
  });
  if (isSet(spec.sources) && counted === 0) {
    reportField(report, {
      ruleId: 'TM-5',
      path: 'spec.sources',
      body: fieldError.forbidden('must define at least one source'),
      fix: 'add a configMap, secret or inLine source, or useDefaultCAs: true',
    });
  }
  if (defaultCas > 1) {
    reportField(report, {
      ruleId: 'TM-6',
      path: 'spec.sources',
      body: fieldError.forbidden(`must request default CAs either once or not at all but got ${defaultCas} requests`),
      fix: 'keep a single useDefaultCAs source',
    });
  }
}

/** TM-2, TM-3, TM-4: a configMap or secret source. */
function checkObjectSource(report: Reporter, source: Record<string, any>, path: string, kind: 'configMap' | 'secret'): void {
  const hasName = typeof source.name === 'string' && source.name !== '';
  const hasSelector = isSet(source.selector);
  if (hasName === hasSelector) {
    reportField(report, {
      ruleId: 'TM-2',
      path,
      body: celInvalid('exactly one of the fields in [name selector] must be set'),
      fix: hasName ? 'use either name or selector, not both' : `name the ${kind} (name: ...) or select it by labels (selector: ...)`,
    });
  }
  const includeAllKeys = source.includeAllKeys === true;
  const key = str(source.key) ?? '';
  if (key === '' && !includeAllKeys) {
    reportField(report, {
      ruleId: 'TM-3',
      path,
      body: fieldError.invalid('key: \' \', includeAllKeys: false', `source ${kind} key must be defined when includeAllKeys is false`),
      fix: `set key to the ${kind} key that holds the PEM certificates (e.g. ca.crt)`,
    });
  }
  if (key !== '' && includeAllKeys) {
    reportField(report, {
      ruleId: 'TM-3',
      path,
      body: fieldError.invalid(`key: ${key}, includeAllKeys: true`, `source ${kind} key cannot be defined when includeAllKeys is true`),
      fix: 'remove key, or remove includeAllKeys',
    });
  }
  for (const p of labelSelectorProblems(source.selector, `${path}.selector`)) {
    reportField(report, { ruleId: 'TM-4', path: p.path, body: p.body, fix: 'fix the label selector' });
  }
}

/** TM-7: trust-manager would read its own output back as input. */
function checkSourceIsNotTarget(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const target = record(spec.target);
  const bundleName = metadataOf(obj).name;
  list(spec.sources).forEach((raw, i) => {
    const source = record(raw);
    for (const kind of ['configMap', 'secret'] as const) {
      const src = record(source[kind]);
      const tgt = target[kind];
      if (!isRecord(tgt) || src.name !== bundleName || str(src.key) !== str(tgt.key)) continue;
      reportField(report, {
        ruleId: 'TM-7',
        path: `spec.sources[${i}].${kind}`,
        body: fieldError.forbidden('cannot define the same source as target'),
        fix: `the target ${kind} is named after the Bundle ("${bundleName}") with key "${String(tgt.key)}": read the source from another ${kind} or key `
          + `(trust-manager reports this at spec.sources[${i}].${kind}.${String(src.name)}.${String(src.key)})`,
      });
    }
  });
}

/** TM-8, TM-10, TM-11, TM-4, TM-9: the target. */
function checkTarget(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  if (!isRecord(spec.target)) return;
  const target = spec.target;
  if (!isRecord(target.configMap) && !isRecord(target.secret)) {
    reportField(report, {
      ruleId: 'TM-10',
      path: 'spec.target',
      body: celInvalid('at least one of the fields in [configMap secret] must be set'),
      fix: 'add target.configMap (key: ca-bundle.crt) or target.secret',
    });
  }
  const formats = target.additionalFormats;
  if (isRecord(formats)) {
    if (!isRecord(formats.jks) && !isRecord(formats.pkcs12)) {
      reportField(report, {
        ruleId: 'TM-11',
        path: 'spec.target.additionalFormats',
        body: celInvalid('at least one of the fields in [jks pkcs12] must be set'),
        fix: 'add additionalFormats.jks or additionalFormats.pkcs12, or remove additionalFormats',
      });
    }
    const keys = new Set<string>();
    for (const kind of ['configMap', 'secret'] as const) {
      if (isRecord(target[kind])) keys.add(str(target[kind].key) ?? '');
    }
    for (const format of ['jks', 'pkcs12'] as const) {
      if (!isRecord(formats[format])) continue;
      const key = str(formats[format].key) ?? '';
      if (keys.has(key)) {
        reportField(report, {
          ruleId: 'TM-8',
          path: `spec.target.additionalFormats.${format}.key`,
          body: fieldError.invalid(key, 'key must be unique in target configMap'),
          fix: `give the ${format.toUpperCase()} trust store its own key (e.g. bundle.${format === 'jks' ? 'jks' : 'p12'})`,
        });
      }
      keys.add(key);
    }
  }
  for (const kind of ['configMap', 'secret'] as const) {
    if (isRecord(target[kind])) checkTargetMetadata(report, target[kind].metadata, `spec.target.${kind}.metadata`, 'TM-9');
  }
  for (const p of labelSelectorProblems(target.namespaceSelector, 'spec.target.namespaceSelector')) {
    reportField(report, { ruleId: 'TM-4', path: p.path, body: p.body, fix: 'fix the label selector' });
  }
}

export const BUNDLE_CHECKS: readonly ObjectCheck[] = [checkSources, checkSourceIsNotTarget, checkTarget];
