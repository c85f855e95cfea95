import { Testing } from 'cdk8s';
import { Certificate, PrivateCa, SelfSignedIssuer, TrustBundle, TrustBundleKind, TrustSource, TrustStorePkcs12Profile, SelectorOperator } from '../../src';
import { main } from '../../src/cli/main';
import { objectOf, synthValid } from '../support/schema';
import { synthErrorOf } from '../support/synth-error';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';


describe('TrustBundle', () => {
  test('a Bundle with every source kind and target', () => {
    const chart = Testing.chart();
    const bundle = new TrustBundle(chart, 'roots', {
      metadata: { name: 'company-roots' },
      sources: [
        TrustSource.configMap({ name: 'legacy-ca', key: 'ca.crt' }),
        TrustSource.secret({ selector: { 'trust.example.com/ca': 'true' }, key: 'tls.crt' }),
        TrustSource.inline(PEM),
      ],
      configMap: { labels: { app: 'roots' } },
      secret: { key: 'ca.crt' },
      jks: { key: 'bundle.jks' },
      pkcs12: { key: 'bundle.p12' },
      namespaceSelector: { matchLabels: { trust: 'enabled' }, matchExpressions: [{ key: 'env', operator: SelectorOperator.IN, values: ['prod'] }] },
    });
    bundle.addSource(TrustSource.configMap({ name: 'partner-ca', includeAllKeys: true }));
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const obj = objectOf(objects, 'Bundle', 'company-roots');
    expect(obj.metadata.namespace).toBeUndefined();
    expect(obj.spec.sources).toHaveLength(4);
    expect(obj.spec.target.configMap).toEqual({ key: 'ca-bundle.crt', metadata: { labels: { app: 'roots' } } });
    expect(obj.spec.target.additionalFormats).toEqual({ jks: { key: 'bundle.jks', password: 'changeit' }, pkcs12: { key: 'bundle.p12', profile: 'Modern2023' } });
    expect(obj.spec.target.namespaceSelector.matchExpressions).toEqual([{ key: 'env', operator: 'In', values: ['prod'] }]);
  });

  test('a ClusterBundle renders sourceRefs, inline CAs, default CAs and PKCS#12 data entries', () => {
    const chart = Testing.chart();
    new TrustBundle(chart, 'public', {
      kind: TrustBundleKind.CLUSTER_BUNDLE,
      metadata: { name: 'public-roots' },
      sources: [TrustSource.defaultCas()],
      pkcs12: { key: 'bundle.p12', password: '', profile: TrustStorePkcs12Profile.MODERN_2023 },
    });
    new TrustBundle(chart, 'private', {
      kind: TrustBundleKind.CLUSTER_BUNDLE,
      metadata: { name: 'private-roots' },
      sources: [TrustSource.configMap({ selector: { ca: 'internal' }, includeAllKeys: true }), TrustSource.inline(PEM), TrustSource.inline(PEM)],
    });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const pub = objectOf(objects, 'ClusterBundle', 'public-roots');
    expect(pub.spec.defaultCAs).toEqual({ provider: 'System' });
    expect(pub.spec.target.configMap.data).toEqual([{ key: 'ca-bundle.crt' }, { key: 'bundle.p12', format: 'PKCS12', password: '', profile: 'Modern2023' }]);
    expect(pub.spec.target.namespaceSelector).toEqual({});
    const priv = objectOf(objects, 'ClusterBundle', 'private-roots');
    expect(priv.spec.sourceRefs).toEqual([{ kind: 'ConfigMap', selector: { matchLabels: { ca: 'internal' } }, key: '*' }]);
    expect(priv.spec.inLineCAs).toBe(`${PEM.trim()}\n${PEM.trim()}\n`);
  });

  test('values that can never be right are refused at once', () => {
    const chart = Testing.chart();
    expect(() => new TrustBundle(chart, 'jks', { kind: TrustBundleKind.CLUSTER_BUNDLE, jks: { key: 'b.jks' } })).toThrow(/ClusterBundle writes PEM and PKCS#12 only, not JKS/);
    expect(() => new TrustBundle(chart, 'ns', { metadata: { namespace: 'x' } })).toThrow(/cluster-scoped and takes no metadata.namespace/);
    const issuer = new SelfSignedIssuer(chart, 'ss');
    const cert = new Certificate(chart, 'elsewhere', { issuer, metadata: { namespace: 'apps' }, isCa: true, commonName: 'ca' });
    expect(() => new TrustBundle(chart, 'wrong', { sources: [TrustSource.certificate(cert)] }))
      .toThrow(/lives in namespace "apps", but trust-manager reads sources only from its trust namespace "cert-manager"/);
  });

  test('a private key as a source fails synth with the construct path and rule id', () => {
    const message = synthErrorOf((chart) => {
      new TrustBundle(chart, 'leak', { sources: [TrustSource.secret({ name: 'root-ca', key: 'tls.key' })] });
    });
    expect(message).toMatch(/\[test\/leak\] \[TLS-T1\] spec\.sources\[0\]\.secret\.key: "tls\.key" holds a private key/);
  });

  test('a trust-manager admission error fails synth (TM rules through a construct)', () => {
    const message = synthErrorOf((chart) => {
      new TrustBundle(chart, 'none', { sources: [TrustSource.configMap({ name: 'ca' })] });
    });
    expect(message).toMatch(/\[test\/none\] \[TM-3\] spec\.sources\[0\]\.configMap: Invalid value: "key: ' ', includeAllKeys: false": source configMap key must be defined/);
  });
});

describe('PrivateCa.distributeTrust', () => {
  test('publishes the CA certificate (tls.crt), never the key, in one call', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca', { cluster: true, issuerName: 'internal-ca', nameConstraints: { critical: true, permitted: { dnsDomains: ['example.internal'] } } });
    const bundle = ca.distributeTrust('trust', { metadata: { name: 'internal-ca-roots' }, pkcs12: { key: 'bundle.p12' } });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const obj = objectOf(objects, 'Bundle', 'internal-ca-roots');
    expect(obj.spec.sources).toEqual([{ secret: { name: ca.caCertificate.secretName, key: 'tls.crt' } }]);
    expect(JSON.stringify(obj)).not.toContain('tls.key');
    expect(bundle.node.scope).toBe(ca);
  });

  test('a namespaced CA outside the trust namespace is refused, naming the fix', () => {
    const chart = Testing.chart();
    const ca = new PrivateCa(chart, 'ca', { cluster: false, namespace: 'pki', issuerName: 'team-ca' });
    expect(() => ca.distributeTrust('trust')).toThrow(/namespace "pki".*set trustNamespace/);
    expect(() => ca.distributeTrust('trust2', { trustNamespace: 'pki' })).not.toThrow();
  });
});

describe('cdk8s-tls audit on trust-manager YAML', () => {
  test('reports TM and TLS-T findings with file, line and rule', () => {
    const yaml = [
      'apiVersion: trust.cert-manager.io/v1alpha1',
      'kind: Bundle',
      'metadata: {name: roots}',
      'spec:',
      '  sources:',
      '  - secret: {name: root-ca, key: tls.key}',
      '  - {useDefaultCAs: true}',
      '  - {useDefaultCAs: true}',
      '  target:',
      '    configMap: {key: ca-bundle.crt}',
      '',
    ].join('\n');
    let stdout = '';
    const status = main(['audit', '-'], { stdout: (t) => { stdout += t; }, stderr: () => undefined, readStdin: () => yaml });
    expect(status).toBe(1);
    expect(stdout).toMatch(/<stdin>:\d+:\d+: error \[TLS-T1\] Bundle roots: spec\.sources\[0\]\.secret\.key: "tls\.key" holds a private key/);
    expect(stdout).toMatch(/<stdin>:\d+:\d+: error \[TM-6\] Bundle roots: spec\.sources: Forbidden: must request default CAs either once or not at all but got 2 requests/);
    expect(stdout).toMatch(/warning \[TLS-T3\] Bundle roots: spec\.sources: the bundle trusts the public default CAs/);
  });
});
