import { Construct } from 'constructs';
import { AcmeSolver } from './acme-solver';
import { IssuerBase, IssuerProps } from './issuer';
import { SecretKeyReference, renderSecretKeyRef } from './issuer-reference';
import { definedFields } from '../core/json';

/**
 * External Account Binding: ties the ACME account to an account at the CA (ZeroSSL, Google
 * Trust Services, Sectigo, ...). cert-manager always signs the binding with HS256.
 */
export interface AcmeExternalAccountBinding {
  /** The key identifier the CA gave you. */
  readonly keyId: string;
  /**
   * The Secret key holding the base64url HMAC key the CA gave you. `key` is required here:
   * cert-manager has no default for it.
   */
  readonly keySecret: SecretKeyReference;
}

/** ACME account options shared by `AcmeIssuer` and `LetsEncryptIssuer`. */
export interface AcmeAccountOptions extends IssuerProps {
  /**
   * The Secret cert-manager stores the ACME account key in (created when missing): in the
   * Issuer's namespace, or cert-manager's cluster resource namespace for a ClusterIssuer.
   * @default - `<issuer name>-account-key`
   */
  readonly privateKeySecretName?: string;
  /**
   * The key of the account key in that Secret.
   * @default - `tls.key` (cert-manager's default; not written)
   */
  readonly privateKeySecretKey?: string;
  /**
   * How challenges are answered; add more with `addSolver`. With several solvers, each
   * certificate uses the most specific match of their selectors.
   * @default - none (add with `addSolver`)
   */
  readonly solvers?: AcmeSolver[];
  /**
   * The ACME profile to request (e.g. Let's Encrypt `classic`, `tlsserver`, `shortlived`).
   * The server must support profiles and know this one, or issuance fails.
   * @default - the server's default profile
   */
  readonly profile?: string;
  /**
   * Prefer the chain whose top certificate has this issuer common name (at most 64 characters),
   * e.g. `ISRG Root X1`, when the server offers alternative chains.
   * @default - the server's default chain
   */
  readonly preferredChain?: string;
  /**
   * Do not create an account key: the Secret `privateKeySecretName` must already hold one
   * (an account registered out of band).
   * @default false
   */
  readonly disableAccountKeyGeneration?: boolean;
}

/** Props of `AcmeIssuer`. */
export interface AcmeIssuerProps extends AcmeAccountOptions {
  /** The ACME directory URL, e.g. `https://acme-v02.api.letsencrypt.org/directory`. */
  readonly server: string;
  /**
   * The account e-mail: how the CA reaches you about the account. Optional for ACME, but
   * strongly recommended; warned by the rules when missing.
   * @default - none
   */
  readonly email?: string;
  /**
   * External Account Binding, for CAs that require an existing account.
   * @default - none
   */
  readonly externalAccountBinding?: AcmeExternalAccountBinding;
  /**
   * PEM bundle of the CA(s) of the ACME server's TLS certificate, for a private ACME server
   * (e.g. step-ca). Give the PEM text: it is base64-encoded for the CRD.
   * @default - the system trust store of cert-manager
   */
  readonly caBundle?: string;
  /**
   * Send the Certificate's `duration` in the order (`notBefore`/`notAfter`). Only some ACME
   * servers honour it; Let's Encrypt does not.
   * @default false
   */
  readonly enableDurationFeature?: boolean;
  /**
   * Whether the ACME server is a public (WebPKI) CA: its certificates then carry no `duration`
   * (the CA decides) and the CA/Browser Forum lifetime limits apply. Set false for a private
   * ACME server such as step-ca.
   * @default true
   */
  readonly publiclyTrusted?: boolean;
}

/**
 * An issuer that obtains certificates from an ACME server (Let's Encrypt, ZeroSSL, Google Trust
 * Services, step-ca, ...), proving control of each name with its solvers. For Let's Encrypt,
 * `LetsEncryptIssuer.production` / `.staging` fill in the server.
 */
export class AcmeIssuer extends IssuerBase {
  public readonly publiclyTrusted: boolean;
  /** The ACME directory URL. */
  public readonly server: string;
  /** The Secret holding the ACME account key. */
  public readonly privateKeySecretName: string;
  private readonly props: AcmeIssuerProps;
  private readonly solvers: AcmeSolver[];

  constructor(scope: Construct, id: string, props: AcmeIssuerProps) {
    super(scope, id, props);
    this.props = props;
    this.server = props.server;
    this.publiclyTrusted = props.publiclyTrusted ?? true;
    this.privateKeySecretName = props.privateKeySecretName ?? `${this.issuerName}-account-key`;
    this.solvers = [...(props.solvers ?? [])];
  }

  /** Adds a solver (order of calls does not matter for which solver a certificate uses, only for ties). */
  public addSolver(solver: AcmeSolver): void {
    this.solvers.push(solver);
  }

  /** @internal */
  public _toKube(): Record<string, unknown> {
    const p = this.props;
    const eab = p.externalAccountBinding;
    return {
      acme: definedFields({
        server: p.server,
        email: p.email,
        privateKeySecretRef: definedFields({ name: this.privateKeySecretName, key: p.privateKeySecretKey }),
        profile: p.profile,
        preferredChain: p.preferredChain,
        caBundle: p.caBundle !== undefined ? Buffer.from(p.caBundle, 'utf8').toString('base64') : undefined,
        externalAccountBinding: eab ? { keyID: eab.keyId, keySecretRef: renderSecretKeyRef(eab.keySecret) } : undefined,
        disableAccountKeyGeneration: p.disableAccountKeyGeneration,
        enableDurationFeature: p.enableDurationFeature,
        solvers: this.solvers.length ? this.solvers.map((s) => s._toKube()) : undefined,
      }),
    };
  }
}

/** Props of `LetsEncryptIssuer.production` and `.staging`. */
export interface LetsEncryptIssuerProps extends AcmeAccountOptions {
  /**
   * The account e-mail. Let's Encrypt no longer sends expiry e-mails (since 2025-06-04), but
   * uses it for account and policy notices; alert on expiry from metrics (`CertExpiryAlert`).
   */
  readonly email: string;
}

/**
 * Let's Encrypt. `production` issues publicly trusted certificates under strict rate limits;
 * `staging` has generous limits for trying things out, but its certificates chain to an
 * untrusted root ("(STAGING) Pretend Pear X1"), so browsers and clients reject them.
 */
export class LetsEncryptIssuer extends AcmeIssuer {
  /** Let's Encrypt's production ACME directory. */
  public static readonly PRODUCTION_SERVER = 'https://acme-v02.api.letsencrypt.org/directory';
  /** Let's Encrypt's staging ACME directory. */
  public static readonly STAGING_SERVER = 'https://acme-staging-v02.api.letsencrypt.org/directory';

  /** Let's Encrypt production: publicly trusted certificates, strict rate limits. */
  public static production(scope: Construct, id: string, props: LetsEncryptIssuerProps): LetsEncryptIssuer {
    return new LetsEncryptIssuer(scope, id, { ...props, server: LetsEncryptIssuer.PRODUCTION_SERVER }, false);
  }

  /**
   * Let's Encrypt staging: the same validation and CA/Browser Forum rules as production, relaxed
   * rate limits, but certificates that no client trusts. Use it to test solvers before switching
   * to `production`.
   */
  public static staging(scope: Construct, id: string, props: LetsEncryptIssuerProps): LetsEncryptIssuer {
    return new LetsEncryptIssuer(scope, id, { ...props, server: LetsEncryptIssuer.STAGING_SERVER }, true);
  }

  /** Whether this is the staging environment, whose certificates are not trusted by clients. */
  public readonly isStaging: boolean;

  private constructor(scope: Construct, id: string, props: AcmeIssuerProps, staging: boolean) {
    // Staging is still held to the CA/Browser Forum limits: it mirrors production.
    super(scope, id, { ...props, publiclyTrusted: true });
    this.isStaging = staging;
  }
}
