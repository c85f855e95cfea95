import { Construct } from 'constructs';
import { ServiceAccountTokenReference, renderServiceAccountRef } from './acme-solver';
import { IssuerBase, IssuerProps } from './issuer';
import { SecretKeyReference, renderSecretKeyRef } from './issuer-reference';
import { definedFields } from '../core/json';

/** Options of `VaultAuth.appRole`. */
export interface VaultAppRoleAuthOptions {
  /** Where the AppRole auth method is mounted in Vault, e.g. `approle`. */
  readonly path: string;
  /** The RoleID of the AppRole. */
  readonly roleId: string;
  /** The Secret key holding the AppRole's SecretID (name the key explicitly). */
  readonly secret: SecretKeyReference;
}

/** Options of `VaultAuth.kubernetes`. Give exactly one of `serviceAccount` and `secret`. */
export interface VaultKubernetesAuthOptions {
  /** The Vault role bound to the ServiceAccount, with the policies that allow signing. */
  readonly role: string;
  /**
   * Vault path of the Kubernetes auth method, e.g. `/v1/auth/my-cluster`.
   * @default - `/v1/auth/kubernetes` (cert-manager's default; not written)
   */
  readonly mountPath?: string;
  /**
   * A ServiceAccount for which cert-manager requests short-lived bound tokens (preferred: no
   * long-lived token). cert-manager needs RBAC to create tokens for it. Excludes `secret`.
   * @default - none
   */
  readonly serviceAccount?: ServiceAccountTokenReference;
  /**
   * The Secret key holding a long-lived ServiceAccount token. Excludes `serviceAccount`.
   * @default - none
   */
  readonly secret?: SecretKeyReference;
}

/** Options of `VaultAuth.clientCertificate`. */
export interface VaultClientCertificateAuthOptions {
  /**
   * Vault path of the TLS certificate auth method.
   * @default - `/v1/auth/cert` (cert-manager's default; not written)
   */
  readonly mountPath?: string;
  /**
   * The certificate role to log in as.
   * @default - any role the certificate matches
   */
  readonly name?: string;
  /**
   * A `kubernetes.io/tls` Secret (`tls.crt`, `tls.key`) with the client certificate.
   * @default - the issuer's `clientTls` certificate
   */
  readonly secretName?: string;
}

/** Options of `VaultAuth.aws`. */
export interface VaultAwsAuthOptions {
  /** The Vault role to log in as. */
  readonly role: string;
  /**
   * Vault path of the AWS auth method.
   * @default - `/v1/auth/aws` (cert-manager's default; not written)
   */
  readonly mountPath?: string;
  /**
   * The AWS region for the STS request.
   * @default - AWS_REGION / AWS_DEFAULT_REGION of the controller, else us-east-1
   */
  readonly region?: string;
  /**
   * A ServiceAccount whose token cert-manager exchanges for `iamRoleArn` (IRSA). Needs `iamRoleArn`.
   * @default - ambient credentials (EKS Pod Identity, instance profile, ECS task role)
   */
  readonly serviceAccount?: ServiceAccountTokenReference;
  /**
   * The IAM role assumed with the ServiceAccount token; required with `serviceAccount`.
   * @default - none
   */
  readonly iamRoleArn?: string;
  /**
   * The `X-Vault-AWS-IAM-Server-ID` header value signed into the STS request, against replay.
   * @default - none
   */
  readonly vaultHeaderValue?: string;
}

/** How cert-manager logs in to Vault. */
export class VaultAuth {
  /** A Vault token from a Secret (key defaults to `token`). Tokens expire: prefer another method. */
  public static token(secret: SecretKeyReference): VaultAuth {
    return new VaultAuth({ tokenSecretRef: renderSecretKeyRef(secret) });
  }

  /** The AppRole method: a RoleID and a SecretID from a Secret. */
  public static appRole(options: VaultAppRoleAuthOptions): VaultAuth {
    return new VaultAuth({ appRole: { path: options.path, roleId: options.roleId, secretRef: renderSecretKeyRef(options.secret) } });
  }

  /** The Kubernetes method: a ServiceAccount token, bound (preferred) or from a Secret. */
  public static kubernetes(options: VaultKubernetesAuthOptions): VaultAuth {
    if (options.serviceAccount && options.secret) {
      throw new Error('VaultAuth.kubernetes: serviceAccount and secret were both given, but cert-manager takes one; keep serviceAccount (short-lived bound tokens)');
    }
    return new VaultAuth({
      kubernetes: definedFields({
        mountPath: options.mountPath,
        role: options.role,
        secretRef: options.secret ? renderSecretKeyRef(options.secret) : undefined,
        serviceAccountRef: options.serviceAccount ? renderServiceAccountRef(options.serviceAccount) : undefined,
      }),
    });
  }

  /** The TLS certificate method: a client certificate presented in the TLS handshake (HTTPS only). */
  public static clientCertificate(options: VaultClientCertificateAuthOptions = {}): VaultAuth {
    return new VaultAuth({
      clientCertificate: definedFields({ mountPath: options.mountPath, name: options.name, secretName: options.secretName }),
    });
  }

  /** The AWS IAM method: IRSA with a ServiceAccount, or ambient AWS credentials. */
  public static aws(options: VaultAwsAuthOptions): VaultAuth {
    return new VaultAuth({
      aws: definedFields({
        mountPath: options.mountPath,
        role: options.role,
        region: options.region,
        iamRoleArn: options.iamRoleArn,
        serviceAccountRef: options.serviceAccount ? renderServiceAccountRef(options.serviceAccount) : undefined,
        vaultHeaderValue: options.vaultHeaderValue,
      }),
    });
  }

  private constructor(private readonly json: Record<string, unknown>) {}

  /**
   * The `auth` object as cert-manager reads it.
   * @internal
   */
  public _toKube(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.json));
  }
}

/** A client certificate and key for mutual TLS to Vault (both PEM, from Secrets). */
export interface VaultClientTls {
  /** The Secret key holding the PEM client certificate. */
  readonly certSecret: SecretKeyReference;
  /** The Secret key holding the PEM client private key. */
  readonly keySecret: SecretKeyReference;
}

/** Props of `VaultIssuer`. */
export interface VaultIssuerProps extends IssuerProps {
  /** The Vault server URL, e.g. `https://vault.example.com:8200`. */
  readonly server: string;
  /** The PKI `sign` endpoint: `<pki mount>/sign/<role>`, e.g. `pki_int/sign/example-dot-com`. */
  readonly path: string;
  /** How cert-manager logs in to Vault. */
  readonly auth: VaultAuth;
  /**
   * The Vault Enterprise namespace, e.g. `ns1`.
   * @default - the root namespace
   */
  readonly namespace?: string;
  /**
   * The host name to verify Vault's certificate against, when it differs from `server`'s.
   * @default - the host of `server`
   */
  readonly serverName?: string;
  /**
   * PEM bundle of the CA(s) of Vault's TLS certificate. Give the PEM text: it is base64-encoded
   * for the CRD. Excludes `caBundleSecret`.
   * @default - the system trust store of cert-manager
   */
  readonly caBundle?: string;
  /**
   * The Secret key holding the PEM CA bundle of Vault's TLS certificate. Excludes `caBundle`.
   * @default - the system trust store of cert-manager (key default: `ca.crt`)
   */
  readonly caBundleSecret?: SecretKeyReference;
  /**
   * Client certificate and key for Vault servers that require mutual TLS.
   * @default - no client certificate
   */
  readonly clientTls?: VaultClientTls;
}

/**
 * An issuer that has certificates signed by HashiCorp Vault's (or OpenBao's) PKI secrets engine.
 * A private CA: its certificates carry a `duration`, bounded by the Vault role's `max_ttl`.
 */
export class VaultIssuer extends IssuerBase {
  public readonly publiclyTrusted = false;
  private readonly props: VaultIssuerProps;

  constructor(scope: Construct, id: string, props: VaultIssuerProps) {
    super(scope, id, props);
    if (props.caBundle !== undefined && props.caBundleSecret) {
      throw new Error(`${this.node.path}: caBundle and caBundleSecret were both given, but cert-manager takes one; keep one of them`);
    }
    this.props = props;
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    const p = this.props;
    return {
      vault: definedFields({
        server: p.server,
        serverName: p.serverName,
        path: p.path,
        namespace: p.namespace,
        caBundle: p.caBundle !== undefined ? Buffer.from(p.caBundle, 'utf8').toString('base64') : undefined,
        caBundleSecretRef: p.caBundleSecret ? renderSecretKeyRef(p.caBundleSecret) : undefined,
        clientCertSecretRef: p.clientTls ? renderSecretKeyRef(p.clientTls.certSecret) : undefined,
        clientKeySecretRef: p.clientTls ? renderSecretKeyRef(p.clientTls.keySecret) : undefined,
        auth: p.auth._toKube(),
      }),
    };
  }
}
