import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Certificate } from '../certificates/certificate';
import { KeyUsage } from '../certificates/key-usage';
import { NameConstraints } from '../certificates/name-constraints';
import { PrivateKeyOptions, RotationPolicy } from '../certificates/private-key';
import { CertificateSubject } from '../certificates/subject';
import { TlsConstruct } from '../core/tls-construct';
import { IIssuer } from '../issuers/issuer-reference';

/** The Secret istiod reads a plugged-in CA from. */
export const ISTIO_CACERTS_SECRET = 'cacerts';

/** Props of `IstioPluggedCa`. */
export interface IstioPluggedCaProps {
  /**
   * The CA that signs Istio's intermediate: a root, so that the Secret's `ca.crt` (which istiod
   * distributes as the mesh's root of trust) is the root. E.g. a `PrivateCa`, or an external
   * issuer that keeps the root key off the cluster.
   */
  readonly issuer: IIssuer;
  /**
   * Istio's namespace, where istiod reads the `cacerts` Secret.
   * @default 'istio-system'
   */
  readonly istioNamespace?: string;
  /**
   * Lifetime of the intermediate. istiod (1.11+) reloads `cacerts` when cert-manager renews it.
   * @default Duration.days(365)
   */
  readonly duration?: Duration;
  /**
   * The intermediate's common name.
   * @default 'istiod intermediate CA'
   */
  readonly commonName?: string;
  /**
   * Further subject fields (Istio's own tooling sets an organization).
   * @default - none
   */
  readonly subject?: CertificateSubject;
  /**
   * The intermediate's key.
   * @default - ECDSA P-256, PKCS8, rotated on renewal
   */
  readonly privateKey?: PrivateKeyOptions;
  /**
   * Name constraints (workload certificates carry only SPIFFE URI SANs: constrain uriDomains to
   * the trust domain, if at all).
   * @default - none (the library's TLS-X12 warning remains)
   */
  readonly nameConstraints?: NameConstraints;
}

/**
 * Istio's plugged-in CA from cert-manager: an intermediate CA certificate whose Secret is
 * `cacerts` in Istio's namespace. cert-manager writes `tls.crt`, `tls.key` and `ca.crt`, which
 * istiod reads directly since Istio 1.15 (istio/istio#39732); it signs workload certificates
 * with it and distributes `ca.crt` as the root.
 */
export class IstioPluggedCa extends TlsConstruct {
  /** The Secret istiod reads its plugged-in CA from: `cacerts`. */
  public static readonly CACERTS_SECRET_NAME: string = ISTIO_CACERTS_SECRET;

  /** The intermediate CA certificate (Secret `cacerts`). */
  public readonly certificate: Certificate;

  constructor(scope: Construct, id: string, props: IstioPluggedCaProps) {
    super(scope, id);
    const istioNamespace = props.istioNamespace ?? 'istio-system';
    if (props.issuer.issuerNamespace !== undefined && props.issuer.issuerNamespace !== istioNamespace) {
      throw new Error(`${this.node.path}: the Issuer "${props.issuer.issuerName}" signs only in namespace "${props.issuer.issuerNamespace}", `
        + `but istiod reads cacerts from "${istioNamespace}"; use a ClusterIssuer (e.g. PrivateCa with cluster: true) or an Issuer in "${istioNamespace}"`);
    }
    this.certificate = new Certificate(this, 'Intermediate', {
      issuer: props.issuer,
      metadata: { name: 'istio-ca', namespace: istioNamespace },
      secretName: ISTIO_CACERTS_SECRET,
      isCa: true,
      commonName: props.commonName ?? 'istiod intermediate CA',
      subject: props.subject,
      duration: props.duration ?? Duration.days(365),
      // An intermediate: workloads trust the root, so its key may (and should) change at each renewal.
      privateKey: { rotationPolicy: RotationPolicy.ALWAYS, ...props.privateKey },
      nameConstraints: props.nameConstraints,
      usages: [KeyUsage.CERT_SIGN, KeyUsage.CRL_SIGN, KeyUsage.DIGITAL_SIGNATURE],
    });
  }
}
