import { Construct } from 'constructs';
import { IssuerBase, IssuerProps } from './issuer';

/** Props of `CaIssuer`. */
export interface CaIssuerProps extends IssuerProps {
  /**
   * The Secret holding the CA's `tls.crt` and `tls.key`: in the Issuer's namespace, or for a
   * ClusterIssuer in cert-manager's cluster resource namespace (`cert-manager` by default).
   */
  readonly secretName: string;
  /**
   * CRL distribution points written into the certificates it signs.
   * @default - none
   */
  readonly crlDistributionPoints?: string[];
  /**
   * OCSP responder URLs written into the certificates it signs.
   * @default - none
   */
  readonly ocspServers?: string[];
  /**
   * URLs of the issuing CA certificate (Authority Information Access), written into the certificates it signs.
   * @default - none
   */
  readonly issuingCertificateUrls?: string[];
}

/**
 * An issuer that signs with a CA key pair kept in a Secret: a CA certificate issued by
 * cert-manager (see `PrivateCa`), or one from an enterprise CA.
 */
export class CaIssuer extends IssuerBase {
  public readonly publiclyTrusted = false;
  /** The Secret holding the CA key pair. */
  public readonly secretName: string;
  private readonly props: CaIssuerProps;

  constructor(scope: Construct, id: string, props: CaIssuerProps) {
    super(scope, id, props);
    this.secretName = props.secretName;
    this.props = props;
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    const { crlDistributionPoints, ocspServers, issuingCertificateUrls } = this.props;
    return {
      ca: {
        secretName: this.secretName,
        ...(crlDistributionPoints ? { crlDistributionPoints: [...crlDistributionPoints] } : {}),
        ...(ocspServers ? { ocspServers: [...ocspServers] } : {}),
        ...(issuingCertificateUrls ? { issuingCertificateURLs: [...issuingCertificateUrls] } : {}),
      },
    };
  }
}
