import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Certificate } from '../certificates/certificate';
import { KeyUsage } from '../certificates/key-usage';
import { NameConstraints } from '../certificates/name-constraints';
import { KeyAlgorithm, RotationPolicy } from '../certificates/private-key';
import { TlsConstruct } from '../core/tls-construct';
import { CaIssuer } from '../issuers/ca-issuer';
import { SelfSignedIssuer } from '../issuers/self-signed-issuer';
import { DEFAULT_TRUST_NAMESPACE, TrustBundle, TrustBundleKind } from '../trust/trust-bundle';
import { TrustSource } from '../trust/trust-source';

/** The names Linkerd's control plane reads (fixed by Linkerd, not configurable there). */
export const LINKERD_IDENTITY_ISSUER = 'linkerd-identity-issuer';
export const LINKERD_TRUST_ROOTS = 'linkerd-identity-trust-roots';
export const LINKERD_TRUST_ROOTS_KEY = 'ca-bundle.crt';

/** Props of `LinkerdIdentity`. */
export interface LinkerdIdentityProps {
  /**
   * Linkerd's control-plane namespace, where the identity issuer Secret must be.
   * @default 'linkerd'
   */
  readonly controlPlaneNamespace?: string;
  /**
   * cert-manager's cluster resource namespace, which must also be trust-manager's trust
   * namespace: the trust anchor (and its key) lives there, out of Linkerd's reach.
   * @default 'cert-manager'
   */
  readonly trustNamespace?: string;
  /**
   * Linkerd's identity trust domain (`identityTrustDomain`), used in the certificates' names.
   * @default 'cluster.local'
   */
  readonly trustDomain?: string;
  /**
   * Lifetime of the trust anchor. Rotating it needs restarts of the control and data planes
   * (Linkerd's docs), so it is long; cert-manager renews it when a third remains.
   * @default Duration.days(3650)
   */
  readonly trustAnchorDuration?: Duration;
  /**
   * Lifetime of the identity issuer certificate, which signs the proxies' certificates.
   * @default Duration.hours(48) (Linkerd's cert-manager guide)
   */
  readonly identityIssuerDuration?: Duration;
  /**
   * Renew the identity issuer this long before it expires. It must stay above the proxies'
   * certificate lifetime (24 hours), so that a proxy certificate never outlives its issuer.
   * @default Duration.hours(25) (Linkerd's cert-manager guide)
   */
  readonly identityIssuerRenewBefore?: Duration;
  /**
   * A Secret in the trust namespace that holds the previous trust anchor (`tls.crt`) while the
   * anchor is rotated: the trust bundle then carries both (Linkerd's rotation procedure).
   * @default - only the current anchor
   */
  readonly previousTrustAnchorSecretName?: string;
  /**
   * Name constraints on the trust anchor. Leave them out unless every proxy identity and SAN of
   * your mesh is covered: a constraint the proxies' names break stops all meshed traffic.
   * @default - none (the library's TLS-X12 warning remains)
   */
  readonly nameConstraints?: NameConstraints;
  /**
   * The trust-manager API of the trust roots bundle.
   * @default TrustBundleKind.BUNDLE
   */
  readonly bundleKind?: TrustBundleKind;
}

/**
 * Linkerd's mesh certificate authority run by cert-manager, as Linkerd documents it: a
 * self-signed trust anchor (ECDSA P-256, long-lived) in cert-manager's namespace, a CA
 * ClusterIssuer backed by it, the short-lived identity issuer certificate
 * `linkerd-identity-issuer` in Linkerd's namespace (isCA, rotated by cert-manager), and the trust
 * roots ConfigMap `linkerd-identity-trust-roots` (key `ca-bundle.crt`) published by trust-manager
 * into the control-plane namespace (label `linkerd.io/is-control-plane: "true"`). Install Linkerd
 * with `identity.externalCA=true` and `identity.issuer.scheme=kubernetes.io/tls`.
 */
export class LinkerdIdentity extends TlsConstruct {
  /** The identity issuer's Certificate, Secret and ClusterIssuer name Linkerd expects: `linkerd-identity-issuer`. */
  public static readonly IDENTITY_ISSUER_NAME: string = LINKERD_IDENTITY_ISSUER;
  /** The trust roots ConfigMap Linkerd reads (`identity.externalCA`): `linkerd-identity-trust-roots`. */
  public static readonly TRUST_ROOTS_NAME: string = LINKERD_TRUST_ROOTS;
  /** The key of the trust roots in that ConfigMap: `ca-bundle.crt`. */
  public static readonly TRUST_ROOTS_KEY: string = LINKERD_TRUST_ROOTS_KEY;

  /** The self-signed issuer that signs only the trust anchor. */
  public readonly rootIssuer: SelfSignedIssuer;
  /** The trust anchor: the root of every proxy certificate. */
  public readonly trustAnchor: Certificate;
  /** The CA ClusterIssuer backed by the trust anchor, which signs the identity issuer. */
  public readonly anchorIssuer: CaIssuer;
  /** Linkerd's identity issuer certificate (Secret `linkerd-identity-issuer`). */
  public readonly identityIssuer: Certificate;
  /** The trust roots Linkerd verifies proxies against. */
  public readonly trustRoots: TrustBundle;

  constructor(scope: Construct, id: string, props: LinkerdIdentityProps = {}) {
    super(scope, id);
    const trustNamespace = props.trustNamespace ?? DEFAULT_TRUST_NAMESPACE;
    const controlPlaneNamespace = props.controlPlaneNamespace ?? 'linkerd';
    const trustDomain = props.trustDomain ?? 'cluster.local';
    const ecdsa = { algorithm: KeyAlgorithm.ECDSA, size: 256 };

    // Namespaced, beside the anchor: nobody else can mint self-signed certificates with it.
    this.rootIssuer = new SelfSignedIssuer(this, 'RootIssuer', { metadata: { name: 'linkerd-trust-root-issuer', namespace: trustNamespace } });
    this.trustAnchor = new Certificate(this, 'TrustAnchor', {
      issuer: this.rootIssuer,
      metadata: { name: 'linkerd-trust-anchor', namespace: trustNamespace },
      secretName: 'linkerd-trust-anchor',
      isCa: true,
      commonName: `root.linkerd.${trustDomain}`,
      duration: props.trustAnchorDuration ?? Duration.days(3650),
      privateKey: ecdsa,
      nameConstraints: props.nameConstraints,
    });
    // A ClusterIssuer reads its Secret from cert-manager's cluster resource namespace, where the
    // anchor is, and can sign into Linkerd's namespace.
    this.anchorIssuer = new CaIssuer(this, 'AnchorIssuer', {
      cluster: true,
      metadata: { name: LINKERD_IDENTITY_ISSUER },
      secretName: this.trustAnchor.secretName,
    });
    this.identityIssuer = new Certificate(this, 'IdentityIssuer', {
      issuer: this.anchorIssuer,
      metadata: { name: LINKERD_IDENTITY_ISSUER, namespace: controlPlaneNamespace },
      secretName: LINKERD_IDENTITY_ISSUER,
      isCa: true,
      commonName: `identity.linkerd.${trustDomain}`,
      duration: props.identityIssuerDuration ?? Duration.hours(48),
      renewBefore: props.identityIssuerRenewBefore ?? Duration.hours(25),
      // An intermediate: proxies trust the anchor, so its key may (and should) change at each renewal.
      privateKey: { ...ecdsa, rotationPolicy: RotationPolicy.ALWAYS },
      // Linkerd's documented usages for the identity issuer.
      usages: [KeyUsage.CERT_SIGN, KeyUsage.CRL_SIGN, KeyUsage.SERVER_AUTH, KeyUsage.CLIENT_AUTH],
    });
    this.trustRoots = new TrustBundle(this, 'TrustRoots', {
      kind: props.bundleKind,
      metadata: { name: LINKERD_TRUST_ROOTS },
      trustNamespace,
      sources: [
        TrustSource.certificate(this.trustAnchor),
        ...(props.previousTrustAnchorSecretName ? [TrustSource.secret({ name: props.previousTrustAnchorSecretName, key: 'tls.crt' })] : []),
      ],
      configMap: { key: LINKERD_TRUST_ROOTS_KEY },
      namespaceSelector: { matchLabels: { 'linkerd.io/is-control-plane': 'true' } },
    });
  }
}
