import { Duration, Testing } from 'cdk8s';
import { ClusterIssuer, Issuer, IstioPluggedCa, LinkerdIdentity, PrivateCa, TrustBundleKind } from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';

describe('LinkerdIdentity', () => {
  test('trust anchor, anchor issuer, identity issuer and trust roots as Linkerd documents them', () => {
    const chart = Testing.chart();
    const identity = new LinkerdIdentity(chart, 'identity');
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();

    const root = objectOf(objects, 'Issuer', 'linkerd-trust-root-issuer');
    expect(root.metadata.namespace).toBe('cert-manager');
    expect(root.spec).toEqual({ selfSigned: {} });

    const anchor = objectOf(objects, 'Certificate', 'linkerd-trust-anchor');
    expect(anchor.metadata.namespace).toBe('cert-manager');
    expect(anchor.spec).toMatchObject({
      isCA: true,
      commonName: 'root.linkerd.cluster.local',
      duration: '87600h',
      secretName: 'linkerd-trust-anchor',
      // The anchor keeps its key across renewals: a new key would break every proxy's trust.
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Never' },
    });

    const anchorIssuer = objectOf(objects, 'ClusterIssuer', 'linkerd-identity-issuer');
    expect(anchorIssuer.spec).toEqual({ ca: { secretName: 'linkerd-trust-anchor' } });

    const issuer = objectOf(objects, 'Certificate', 'linkerd-identity-issuer');
    expect(issuer.metadata.namespace).toBe('linkerd');
    expect(issuer.spec).toMatchObject({
      isCA: true,
      commonName: 'identity.linkerd.cluster.local',
      secretName: 'linkerd-identity-issuer',
      duration: '48h',
      renewBefore: '25h',
      usages: ['cert sign', 'crl sign', 'server auth', 'client auth'],
      issuerRef: { kind: 'ClusterIssuer', name: 'linkerd-identity-issuer', group: 'cert-manager.io' },
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
    });
    expect(issuer.spec.renewBeforePercentage).toBeUndefined();

    const roots = objectOf(objects, 'Bundle', 'linkerd-identity-trust-roots');
    expect(roots.spec).toEqual({
      sources: [{ secret: { name: 'linkerd-trust-anchor', key: 'tls.crt' } }],
      target: { configMap: { key: 'ca-bundle.crt' }, namespaceSelector: { matchLabels: { 'linkerd.io/is-control-plane': 'true' } } },
    });
    expect(identity.trustRoots.name).toBe('linkerd-identity-trust-roots');
  });

  test('rotation: the previous anchor joins the bundle; lifetimes, namespaces and the ClusterBundle API are configurable', () => {
    const chart = Testing.chart();
    new LinkerdIdentity(chart, 'identity', {
      controlPlaneNamespace: 'linkerd-prod',
      trustDomain: 'prod.example',
      trustAnchorDuration: Duration.days(365),
      identityIssuerDuration: Duration.hours(72),
      identityIssuerRenewBefore: Duration.hours(30),
      previousTrustAnchorSecretName: 'linkerd-previous-anchor',
      bundleKind: TrustBundleKind.CLUSTER_BUNDLE,
    });
    const objects = synthValid(chart);
    const issuer = objectOf(objects, 'Certificate', 'linkerd-identity-issuer');
    expect(issuer.metadata.namespace).toBe('linkerd-prod');
    expect(issuer.spec).toMatchObject({ commonName: 'identity.linkerd.prod.example', duration: '72h', renewBefore: '30h' });
    expect(objectOf(objects, 'Certificate', 'linkerd-trust-anchor').spec.duration).toBe('8760h');
    expect(objectOf(objects, 'ClusterBundle', 'linkerd-identity-trust-roots').spec.sourceRefs).toEqual([
      { kind: 'Secret', name: 'linkerd-trust-anchor', key: 'tls.crt' },
      { kind: 'Secret', name: 'linkerd-previous-anchor', key: 'tls.crt' },
    ]);
  });

  test('an identity issuer renewed later than it lives fails synth (cert-manager\'s own rule, through the construct)', () => {
    const chart = Testing.chart();
    new LinkerdIdentity(chart, 'identity', { identityIssuerDuration: Duration.hours(24) });
    expect(() => Testing.synth(chart)).toThrow(/\[test\/identity\/IdentityIssuer\] \[CM-C28\] spec\.renewBefore: .*certificate duration 24h0m0s must be greater than renewBefore 25h0m0s/);
  });
});

describe('IstioPluggedCa', () => {
  test('an intermediate CA in the Secret istiod reads (cacerts), signed by a root', () => {
    const chart = Testing.chart();
    const root = new PrivateCa(chart, 'root', { cluster: true, issuerName: 'mesh-root', nameConstraints: { critical: true, permitted: { uriDomains: ['cluster.local'] } } });
    const ca = new IstioPluggedCa(chart, 'istio', { issuer: root });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const cert = objectOf(objects, 'Certificate', 'istio-ca');
    expect(cert.metadata.namespace).toBe('istio-system');
    expect(cert.spec).toMatchObject({
      secretName: 'cacerts',
      isCA: true,
      duration: '8760h',
      usages: ['digital signature', 'cert sign', 'crl sign'],
      issuerRef: { kind: 'ClusterIssuer', name: 'mesh-root' },
    });
    expect(ca.certificate.secretName).toBe('cacerts');
    expect(objectsOf(objects, 'Certificate')).toHaveLength(2);
  });

  test('an Issuer of another namespace can never sign into istio-system', () => {
    const chart = Testing.chart();
    const issuer = Issuer.fromIssuerName(chart, 'team', 'team-ca', { namespace: 'team' });
    expect(() => new IstioPluggedCa(chart, 'istio', { issuer })).toThrow(/signs only in namespace "team", but istiod reads cacerts from "istio-system"/);
    const external = ClusterIssuer.fromClusterIssuerName(chart, 'vault', 'vault-root');
    new IstioPluggedCa(chart, 'ok', { issuer: external, istioNamespace: 'istio-system' });
    expect(objectOf(synthValid(chart), 'Certificate').spec.issuerRef.name).toBe('vault-root');
  });
});
