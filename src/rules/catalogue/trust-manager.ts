import { RuleDoc, RuleExample } from './rule-doc';

// trust-manager's admission webhook and CEL rules (TM-*), read from trust-manager's source.

const bundle = (spec: string): string => `apiVersion: trust.cert-manager.io/v1alpha1\nkind: Bundle\nmetadata: {name: roots}\nspec:\n${spec}`;
const SOURCES = '  sources: [{secret: {name: internal-ca, key: ca.crt}}]';
const TARGET = '  target: {configMap: {key: ca.crt}}';
/** A ClusterBundle of the internal CA writing ConfigMap key ca.crt and the `data` entry given. */
const clusterBundle = (data: string): string => `apiVersion: trust-manager.io/v1alpha2
kind: ClusterBundle
metadata: {name: roots}
spec:
  sourceRefs: [{kind: Secret, name: internal-ca, key: ca.crt}]
  target:
    configMap: {data: [{key: ca.crt}, ${data}]}
    namespaceSelector: {matchLabels: {trust: internal}}`;

const rule = (id: string, title: string, source: string, example?: RuleExample): RuleDoc => ({
  id,
  severity: 'error',
  title,
  why: 'trust-manager\'s webhook (or the CRD\'s CEL rules) refuses the object, so it is never applied.',
  fix: 'follow the message: it says which field to change and what is accepted.',
  source,
  scope: 'engine',
  ...(example ? { example } : {}),
});

export const TRUST_MANAGER_RULES: readonly RuleDoc[] = [
  rule('TM-1', 'a Bundle source with none or several of configMap, secret, inLine, useDefaultCAs', 'trust-manager CRD CEL rule (BundleSource)', { trigger: bundle(`  sources: [{secret: {name: internal-ca, key: ca.crt}, inLine: x}]\n${TARGET}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-2', 'a source or target selector with both or neither of name and selector', 'trust-manager CRD CEL rule', { trigger: bundle(`  sources: [{secret: {name: internal-ca, selector: {matchLabels: {trust: internal}}, key: ca.crt}}]\n${TARGET}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-3', 'a Secret or ConfigMap source whose key and includeAllKeys disagree', 'trust-manager pkg/webhook validation (sources)', { trigger: bundle(`  sources: [{secret: {name: internal-ca}}]\n${TARGET}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-4', 'an invalid label selector', 'Kubernetes LabelSelector validation, as trust-manager runs it', { trigger: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt}, namespaceSelector: {matchExpressions: [{key: team, operator: Near}]}}`), corrected: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt}, namespaceSelector: {matchExpressions: [{key: team, operator: Exists}]}}`) }),
  rule('TM-5', 'a Bundle without sources', 'trust-manager pkg/webhook validation', { trigger: bundle(`  sources: []\n${TARGET}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-6', 'default CAs requested more than once', 'trust-manager pkg/webhook validation', { trigger: bundle(`  sources: [{useDefaultCAs: true}, {useDefaultCAs: true}]\n${TARGET}`), corrected: bundle(`  sources: [{useDefaultCAs: true}]\n${TARGET}`) }),
  rule('TM-7', 'a source that is the same object as the target', 'trust-manager pkg/webhook validation', { trigger: bundle(`  sources: [{configMap: {name: roots, key: ca.crt}}]\n${TARGET}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-8', 'an additional format key that repeats the target key', 'trust-manager pkg/webhook validation', { trigger: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt}, additionalFormats: {pkcs12: {key: ca.crt}}}`), corrected: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt}, additionalFormats: {pkcs12: {key: ca.p12}}}`) }),
  rule('TM-9', 'invalid target metadata (labels or annotations)', 'trust-manager pkg/webhook validation', { trigger: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt, metadata: {labels: {"a/b/c": x}}}}`), corrected: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt, metadata: {labels: {team: x}}}}`) }),
  rule('TM-10', 'a target with neither configMap nor secret', 'trust-manager CRD CEL rule', { trigger: bundle(`${SOURCES}\n  target: {namespaceSelector: {matchLabels: {a: b}}}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-11', 'additionalFormats with neither jks nor pkcs12', 'trust-manager CRD CEL rule', { trigger: bundle(`${SOURCES}\n  target: {configMap: {key: ca.crt}, additionalFormats: {}}`), corrected: bundle(`${SOURCES}\n${TARGET}`) }),
  rule('TM-12', 'a ClusterBundle PKCS#12 option set for another format', 'trust-manager CRD CEL rule (ClusterBundle)', { trigger: clusterBundle('{key: truststore.p12, password: changeit}'), corrected: clusterBundle('{key: truststore.p12, format: PKCS12, password: changeit, profile: Modern2023}') }),
];
