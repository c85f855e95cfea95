// trust-manager's admission rules (TM-*) and the library's trust rules (TLS-T*) on plain objects:
// each rule accepts a correct object and rejects a broken one with its message.
import { auditManifests, Finding } from '../../src';

const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function bundle(spec: Record<string, unknown>, name = 'roots'): Record<string, unknown> {
  return { apiVersion: 'trust.cert-manager.io/v1alpha1', kind: 'Bundle', metadata: { name }, spec };
}

function clusterBundle(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'trust-manager.io/v1alpha2', kind: 'ClusterBundle', metadata: { name: 'roots' }, spec };
}

const target = { configMap: { key: 'ca-bundle.crt' } };
const caSource = { secret: { name: 'root-ca', key: 'tls.crt' } };
const cbTarget = { configMap: { data: [{ key: 'ca-bundle.crt' }] }, namespaceSelector: {} };

function findings(obj: Record<string, unknown>, prefix: string): Finding[] {
  return auditManifests([obj]).filter((f) => f.ruleId.startsWith(prefix) && f.ruleId !== 'CRD-SCHEMA');
}

const only = (obj: Record<string, unknown>, ruleId: string): Finding[] => auditManifests([obj]).filter((f) => f.ruleId === ruleId);

describe('Bundle admission rules', () => {
  test('a well-formed Bundle has no finding at all', () => {
    expect(auditManifests([bundle({ sources: [caSource, { useDefaultCAs: false }], target })])).toEqual([]);
  });

  test('TM-1: exactly one source type per item', () => {
    expect(only(bundle({ sources: [caSource], target }), 'TM-1')).toEqual([]);
    const [f] = only(bundle({ sources: [{ ...caSource, inLine: CA_PEM }], target }), 'TM-1');
    expect(f.message).toBe('spec.sources[0]: Invalid value: "object": exactly one of the fields in [configMap secret inLine useDefaultCAs] must be set; '
      + 'split this item into one source per type (it sets secret, inLine)');
    expect(f.severity).toBe('error');
  });

  test('TM-2: a source names its object or selects it, not both', () => {
    expect(only(bundle({ sources: [{ configMap: { selector: { matchLabels: { ca: 'yes' } }, key: 'ca.crt' } }], target }), 'TM-2')).toEqual([]);
    const [f] = only(bundle({ sources: [{ configMap: { name: 'a', selector: {}, key: 'ca.crt' } }], target }), 'TM-2');
    expect(f.message).toMatch(/^spec\.sources\[0\]\.configMap: Invalid value: "object": exactly one of the fields in \[name selector\] must be set; use either name or selector/);
  });

  test('TM-3: key xor includeAllKeys', () => {
    expect(only(bundle({ sources: [{ configMap: { name: 'a', includeAllKeys: true } }], target }), 'TM-3')).toEqual([]);
    const [missing] = only(bundle({ sources: [{ configMap: { name: 'a' } }], target }), 'TM-3');
    expect(missing.message).toMatch(/^spec\.sources\[0\]\.configMap: Invalid value: "key: ' ', includeAllKeys: false": source configMap key must be defined when includeAllKeys is false/);
    const [both] = only(bundle({ sources: [{ secret: { name: 'a', key: 'ca.crt', includeAllKeys: true } }], target }), 'TM-3');
    expect(both.message).toMatch(/source secret key cannot be defined when includeAllKeys is true/);
  });

  test('TM-4: label selectors are valid', () => {
    const good = { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }, { key: 'team', operator: 'Exists' }] };
    expect(only(bundle({ sources: [caSource], target: { ...target, namespaceSelector: good } }), 'TM-4')).toEqual([]);
    const bad = { matchLabels: { 'bad key!': 'x' }, matchExpressions: [{ key: 'env', operator: 'In' }, { key: 'a', operator: 'Exists', values: ['x'] }, { key: 'b', operator: 'Like' }] };
    const messages = only(bundle({ sources: [caSource], target: { ...target, namespaceSelector: bad } }), 'TM-4').map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^spec\.target\.namespaceSelector\.matchLabels: Invalid value: "bad key!": name part must consist of alphanumeric/),
      expect.stringMatching(/^spec\.target\.namespaceSelector\.matchExpressions\[0\]\.values: Required value: must be specified when `operator` is 'In' or 'NotIn'/),
      expect.stringMatching(/^spec\.target\.namespaceSelector\.matchExpressions\[1\]\.values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'/),
      expect.stringMatching(/^spec\.target\.namespaceSelector\.matchExpressions\[2\]\.operator: Invalid value: "Like": not a valid selector operator/),
    ]));
  });

  test('TM-5: at least one source that provides certificates', () => {
    expect(only(bundle({ sources: [{ useDefaultCAs: true }], target }), 'TM-5')).toEqual([]);
    const [f] = only(bundle({ sources: [{ useDefaultCAs: false }], target }), 'TM-5');
    expect(f.message).toBe('spec.sources: Forbidden: must define at least one source; add a configMap, secret or inLine source, or useDefaultCAs: true');
  });

  test('TM-6: default CAs at most once', () => {
    expect(only(bundle({ sources: [{ useDefaultCAs: true }], target }), 'TM-6')).toEqual([]);
    const [f] = only(bundle({ sources: [{ useDefaultCAs: true }, { useDefaultCAs: true }], target }), 'TM-6');
    expect(f.message).toMatch(/^spec\.sources: Forbidden: must request default CAs either once or not at all but got 2 requests/);
  });

  test('TM-7: a source may not be the target', () => {
    expect(only(bundle({ sources: [{ configMap: { name: 'roots', key: 'other.crt' } }], target }), 'TM-7')).toEqual([]);
    const [f] = only(bundle({ sources: [{ configMap: { name: 'roots', key: 'ca-bundle.crt' } }], target }), 'TM-7');
    expect(f.path).toBe('spec.sources[0].configMap');
    expect(f.message).toMatch(/^spec\.sources\[0\]\.configMap: Forbidden: cannot define the same source as target; .*\(trust-manager reports this at spec\.sources\[0\]\.configMap\.roots\.ca-bundle\.crt\)$/);
  });

  test('TM-8: additional format keys are unique', () => {
    expect(only(bundle({ sources: [caSource], target: { ...target, additionalFormats: { jks: { key: 'b.jks' }, pkcs12: { key: 'b.p12', profile: 'Modern2023' } } } }), 'TM-8')).toEqual([]);
    const [f] = only(bundle({ sources: [caSource], target: { ...target, additionalFormats: { jks: { key: 'ca-bundle.crt' } } } }), 'TM-8');
    expect(f.message).toMatch(/^spec\.target\.additionalFormats\.jks\.key: Invalid value: "ca-bundle\.crt": key must be unique in target configMap/);
  });

  test('TM-9: reserved prefixes on target labels and annotations', () => {
    expect(only(bundle({ sources: [caSource], target: { configMap: { key: 'ca.crt', metadata: { labels: { app: 'x' } } } } }), 'TM-9')).toEqual([]);
    const fs = only(bundle({ sources: [caSource], target: { configMap: { key: 'ca.crt', metadata: { annotations: { 'trust.cert-manager.io/hash': 'x' }, labels: { 'trust-manager.io/x': 'y' } } } } }), 'TM-9');
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringMatching(/^spec\.target\.configMap\.metadata\.annotations: Invalid value: "trust\.cert-manager\.io\/hash": trust\.cert-manager\.io\/\* annotations are not allowed/),
      expect.stringMatching(/^spec\.target\.configMap\.metadata\.labels: Invalid value: "trust-manager\.io\/x": trust-manager\.io\/\* labels are not allowed/),
    ]);
  });

  test('TM-10: the target writes a ConfigMap or a Secret', () => {
    expect(only(bundle({ sources: [caSource], target: { secret: { key: 'ca.crt' } } }), 'TM-10')).toEqual([]);
    const [f] = only(bundle({ sources: [caSource], target: { namespaceSelector: {} } }), 'TM-10');
    expect(f.message).toMatch(/^spec\.target: Invalid value: "object": at least one of the fields in \[configMap secret\] must be set/);
  });

  test('TM-11: additionalFormats names a format', () => {
    expect(only(bundle({ sources: [caSource], target: { ...target, additionalFormats: { pkcs12: { key: 'b.p12', profile: 'Modern2023' } } } }), 'TM-11')).toEqual([]);
    const [f] = only(bundle({ sources: [caSource], target: { ...target, additionalFormats: {} } }), 'TM-11');
    expect(f.message).toMatch(/^spec\.target\.additionalFormats: Invalid value: "object": at least one of the fields in \[jks pkcs12\] must be set/);
  });
});

describe('ClusterBundle admission rules', () => {
  test('a well-formed ClusterBundle has no finding at all', () => {
    expect(auditManifests([clusterBundle({ sourceRefs: [{ kind: 'Secret', name: 'root-ca', key: 'tls.crt' }], target: cbTarget })])).toEqual([]);
  });

  test('TM-2: a sourceRef names its object or selects it', () => {
    const [f] = only(clusterBundle({ sourceRefs: [{ kind: 'ConfigMap', key: 'ca.crt' }], target: cbTarget }), 'TM-2');
    expect(f.message).toMatch(/^spec\.sourceRefs\[0\]: Invalid value: "object": exactly one of the fields in \[name selector\] must be set; name the object/);
  });

  test('TM-4: sourceRef selectors are valid', () => {
    const [f] = only(clusterBundle({ sourceRefs: [{ kind: 'ConfigMap', key: 'ca.crt', selector: { matchExpressions: [{ key: 'a', operator: 'NotIn' }] } }], target: cbTarget }), 'TM-4');
    expect(f.path).toBe('spec.sourceRefs[0].selector.matchExpressions[0].values');
  });

  test('TM-8: target data keys are unique', () => {
    const [f] = only(clusterBundle({ inLineCAs: CA_PEM, target: { configMap: { data: [{ key: 'a' }, { key: 'a', format: 'PKCS12' }] }, namespaceSelector: {} } }), 'TM-8');
    expect(f.message).toMatch(/^spec\.target\.configMap\.data\[1\]: Duplicate value: \{"key":"a"\}/);
  });

  test('TM-9: reserved prefix on a ClusterBundle target', () => {
    const [f] = only(clusterBundle({ inLineCAs: CA_PEM, target: { secret: { data: [{ key: 'a' }], metadata: { labels: { 'trust-manager.io/x': 'y' } } }, namespaceSelector: {} } }), 'TM-9');
    expect(f.path).toBe('spec.target.secret.metadata.labels');
  });

  test('TM-10: the ClusterBundle target writes something', () => {
    const [f] = only(clusterBundle({ inLineCAs: CA_PEM, target: { namespaceSelector: {} } }), 'TM-10');
    expect(f.message).toMatch(/^spec\.target: Invalid value: "object": at least one of the fields/);
  });

  test('TM-12: password and profile only for PKCS12', () => {
    expect(only(clusterBundle({ inLineCAs: CA_PEM, target: { configMap: { data: [{ key: 'b.p12', format: 'PKCS12', profile: 'Modern2023' }] }, namespaceSelector: {} } }), 'TM-12')).toEqual([]);
    const [f] = only(clusterBundle({ inLineCAs: CA_PEM, target: { configMap: { data: [{ key: 'a', password: 'x' }] }, namespaceSelector: {} } }), 'TM-12');
    expect(f.message).toMatch(/^spec\.target\.configMap\.data\[0\]\.password: Forbidden: may only be set when format is 'PKCS12'; set format: PKCS12/);
  });
});

describe('insecure trust choices', () => {
  test('TLS-T1: a private key is never a source', () => {
    expect(findings(bundle({ sources: [caSource], target }), 'TLS-T')).toEqual([]);
    const [key] = findings(bundle({ sources: [{ secret: { name: 'root-ca', key: 'tls.key' } }], target }), 'TLS-T1');
    expect(key.severity).toBe('error');
    expect(key.message).toMatch(/^spec\.sources\[0\]\.secret\.key: "tls\.key" holds a private key, and trust-manager refuses the whole bundle \("only CERTIFICATE blocks are permitted"\), so no target is written; read the CA certificate only/);
    const [inline] = findings(bundle({ sources: [{ inLine: `${CA_PEM}-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n` }], target }), 'TLS-T1');
    expect(inline.message).toMatch(/^spec\.sources\[0\]\.inLine: holds a PEM "EC PRIVATE KEY" block, so trust-manager refuses the whole bundle/);
    const [ref] = findings(clusterBundle({ sourceRefs: [{ kind: 'Secret', name: 'root-ca', key: 'ca.key' }], target: cbTarget }), 'TLS-T1');
    expect(ref.path).toBe('spec.sourceRefs[0].key');
    // A ConfigMap never holds cert-manager's keys: the rule is about Secrets.
    expect(findings(bundle({ sources: [{ configMap: { name: 'x', key: 'tls.key' } }], target }), 'TLS-T1')).toEqual([]);
  });

  test('TLS-T2: a whole Secret as a source', () => {
    expect(findings(clusterBundle({ sourceRefs: [{ kind: 'Secret', name: 'x', key: '*.crt' }], target: cbTarget }), 'TLS-T2')).toEqual([]);
    const [all] = findings(bundle({ sources: [{ secret: { name: 'x', includeAllKeys: true } }], target }), 'TLS-T2');
    expect(all.severity).toBe('warning');
    expect(all.message).toMatch(/^spec\.sources\[0\]\.secret: includeAllKeys: true reads every key of the Secret, including the private key of a TLS Secret, which makes trust-manager refuse the whole bundle/);
    const [glob] = findings(clusterBundle({ sourceRefs: [{ kind: 'Secret', name: 'x', key: 'tls.*' }], target: cbTarget }), 'TLS-T2');
    expect(glob.message).toMatch(/key "tls\.\*" matches "tls\.key"/);
  });

  test('TLS-T3: public default CAs mixed with private ones', () => {
    expect(findings(bundle({ sources: [{ useDefaultCAs: true }], target }), 'TLS-T3')).toEqual([]);
    const [f] = findings(bundle({ sources: [{ useDefaultCAs: true }, caSource], target }), 'TLS-T3');
    expect(f.message).toMatch(/^spec\.sources: the bundle trusts the public default CAs together with private CAs/);
    const [cb] = findings(clusterBundle({ defaultCAs: { provider: 'System' }, inLineCAs: CA_PEM, target: cbTarget }), 'TLS-T3');
    expect(cb.path).toBe('spec.defaultCAs');
  });

  test('TLS-T4: legacy PKCS#12 trust stores', () => {
    expect(findings(bundle({ sources: [caSource], target: { ...target, additionalFormats: { pkcs12: { key: 'b.p12', profile: 'Modern2023' } } } }), 'TLS-T4')).toEqual([]);
    const [unset] = findings(bundle({ sources: [caSource], target: { ...target, additionalFormats: { pkcs12: { key: 'b.p12' } } } }), 'TLS-T4');
    expect(unset.message).toMatch(/^spec\.target\.additionalFormats\.pkcs12\.profile: unset, which means LegacyRC2: deprecated RC2 encryption.*; set profile: Modern2023$/);
    const [cb] = findings(clusterBundle({ inLineCAs: CA_PEM, target: { configMap: { data: [{ key: 'b.p12', format: 'PKCS12' }] }, namespaceSelector: {} } }), 'TLS-T4');
    expect(cb.message).toMatch(/unset, which means LegacyDES: weak 3DES/);
  });
});
