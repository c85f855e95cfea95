import { Construct } from 'constructs';
import { IssuerBase, IssuerProps } from './issuer';

/** Props of `SelfSignedIssuer`. */
export interface SelfSignedIssuerProps extends IssuerProps {
  /**
   * CRL distribution points written into the certificates it signs.
   * @default - none
   */
  readonly crlDistributionPoints?: string[];
}

/**
 * An issuer that signs each certificate with its own key. Its use is bootstrapping a private CA
 * (see `PrivateCa`): workloads should not trust self-signed leaf certificates.
 */
export class SelfSignedIssuer extends IssuerBase {
  public readonly publiclyTrusted = false;
  private readonly crlDistributionPoints?: string[];

  constructor(scope: Construct, id: string, props: SelfSignedIssuerProps = {}) {
    super(scope, id, props);
    this.crlDistributionPoints = props.crlDistributionPoints;
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    return {
      selfSigned: this.crlDistributionPoints ? { crlDistributionPoints: [...this.crlDistributionPoints] } : {},
    };
  }
}
