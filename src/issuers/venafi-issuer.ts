import { Construct } from 'constructs';
import { IssuerBase, IssuerProps } from './issuer';
import { SecretKeyReference, renderSecretKeyRef } from './issuer-reference';
import { definedFields } from '../core/json';

/** Options of `VenafiConnection.tpp`. */
export interface VenafiTppOptions {
  /** The `vedsdk` URL of the self-hosted server, e.g. `https://tpp.example.com/vedsdk`. */
  readonly url: string;
  /**
   * The Secret with the API credentials: key `access-token`, or keys `username` and `password`.
   */
  readonly credentialsSecretName: string;
  /**
   * PEM bundle of the CA(s) of the server's TLS certificate. Give the PEM text: it is
   * base64-encoded for the CRD. Excludes `caBundleSecret`.
   * @default - the system trust store of cert-manager
   */
  readonly caBundle?: string;
  /**
   * The Secret key holding the CA bundle of the server's TLS certificate. Excludes `caBundle`.
   * @default - the system trust store of cert-manager
   */
  readonly caBundleSecret?: SecretKeyReference;
}

/** Options of `VenafiConnection.cloud`. */
export interface VenafiCloudOptions {
  /**
   * The SaaS URL.
   * @default - `https://api.venafi.cloud/` (cert-manager's default; not written)
   */
  readonly url?: string;
  /** The Secret key holding the API key. */
  readonly apiTokenSecret: SecretKeyReference;
}

/** Options of `VenafiConnection.ngts`. */
export interface VenafiNgtsOptions {
  /** The Tenant Service Group ID that scopes the access token, e.g. `1234567890`. */
  readonly tsgId: string;
  /** The Secret with the OAuth 2.0 client credentials: keys `client-id` and `client-secret`. */
  readonly credentialsSecretName: string;
  /**
   * The NGTS API URL.
   * @default - `https://api.strata.paloaltonetworks.com/ngts` (cert-manager's default; not written)
   */
  readonly url?: string;
  /**
   * The OAuth 2.0 token endpoint.
   * @default - `https://auth.apps.paloaltonetworks.com/oauth2/access_token` (cert-manager's default; not written)
   */
  readonly tokenEndpoint?: string;
}

/** Which CyberArk (Venafi) Certificate Manager platform the issuer talks to. */
export class VenafiConnection {
  /** CyberArk Certificate Manager Self-Hosted (Venafi TPP / Trust Protection Platform). */
  public static tpp(options: VenafiTppOptions): VenafiConnection {
    if (options.caBundle !== undefined && options.caBundleSecret) {
      throw new Error('VenafiConnection.tpp: caBundle and caBundleSecret were both given, but cert-manager takes one; keep one of them');
    }
    return new VenafiConnection({
      tpp: definedFields({
        url: options.url,
        credentialsRef: { name: options.credentialsSecretName },
        caBundle: options.caBundle !== undefined ? Buffer.from(options.caBundle, 'utf8').toString('base64') : undefined,
        caBundleSecretRef: options.caBundleSecret ? renderSecretKeyRef(options.caBundleSecret) : undefined,
      }),
    });
  }

  /** CyberArk Certificate Manager SaaS (Venafi Cloud / TLS Protect Cloud). */
  public static cloud(options: VenafiCloudOptions): VenafiConnection {
    return new VenafiConnection({
      cloud: definedFields({ url: options.url, apiTokenSecretRef: renderSecretKeyRef(options.apiTokenSecret) }),
    });
  }

  /** Palo Alto Networks Next-Gen Trust Security (NGTS), with OAuth 2.0 client credentials. */
  public static ngts(options: VenafiNgtsOptions): VenafiConnection {
    return new VenafiConnection({
      ngts: definedFields({
        url: options.url,
        tokenEndpoint: options.tokenEndpoint,
        tsgID: options.tsgId,
        credentialsRef: { name: options.credentialsSecretName },
      }),
    });
  }

  private constructor(private readonly json: Record<string, unknown>) {}

  /**
   * The connection fields of `spec.venafi` (`tpp`, `cloud` or `ngts`) as cert-manager reads them.
   * @internal
   */
  public _toKube(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.json));
  }
}

/** Props of `VenafiIssuer`. */
export interface VenafiIssuerProps extends IssuerProps {
  /** The policy zone every request is restricted by: a TPP policy folder, or a SaaS `Application\Issuing Template`. */
  readonly zone: string;
  /** The platform and its credentials. */
  readonly connection: VenafiConnection;
  /**
   * Whether the zone issues from a public (WebPKI) CA, e.g. DigiCert behind the platform:
   * certificates then carry no `duration` and the CA/Browser Forum limits apply.
   * @default false
   */
  readonly publiclyTrusted?: boolean;
}

/**
 * An issuer backed by CyberArk Certificate Manager (formerly Venafi): self-hosted (TPP), SaaS,
 * or Palo Alto NGTS, where the zone's policy decides what may be issued.
 */
export class VenafiIssuer extends IssuerBase {
  public readonly publiclyTrusted: boolean;
  private readonly props: VenafiIssuerProps;

  constructor(scope: Construct, id: string, props: VenafiIssuerProps) {
    super(scope, id, props);
    this.publiclyTrusted = props.publiclyTrusted ?? false;
    this.props = props;
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    return {
      venafi: {
        zone: this.props.zone,
        ...this.props.connection._toKube(),
      },
    };
  }
}
