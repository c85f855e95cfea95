import { Duration } from 'cdk8s';
import { CertificateOptions, SecretTemplate } from '../certificates/certificate';
import { KeyUsage } from '../certificates/key-usage';
import { PrivateKeyOptions, renderPrivateKey } from '../certificates/private-key';
import { defaultUsages, inUsageOrder, lifetime, renewBeforePercentage } from '../certificates/secure-defaults';
import { goDuration } from '../core/go-duration';
import { definedFields } from '../core/json';
import { CERT_MANAGER_GROUP, IIssuer } from '../issuers/issuer-reference';
import { SHIM as SHIM_ANNOTATIONS } from '../rules/edge/annotations';

/** Where the certificate of a host comes from. */
export enum TlsSourceType {
  /** An explicit cert-manager `Certificate`, visible in Git and checked at synth. */
  CERTIFICATE = 'certificate',
  /** cert-manager's ingress-shim / gateway-shim, driven by `cert-manager.io/*` annotations. */
  SHIM = 'shim',
  /** A TLS Secret that exists already and is managed elsewhere. */
  EXISTING_SECRET = 'existing-secret',
}

/**
 * Options of `TlsSource.shim`: the `cert-manager.io/*` annotations the shim turns into the
 * Certificate it creates. Every secure default is written out as an annotation.
 */
export interface ShimCertificateOptions {
  /**
   * The Secret the shim's Certificate writes (the Certificate is named after it).
   * @default - `<ingress or gateway name>-tls`
   */
  readonly secretName?: string;
  /**
   * `cert-manager.io/duration`.
   * @default - 90 days for private CAs; none for public CAs (the CA decides)
   */
  readonly duration?: Duration;
  /**
   * `cert-manager.io/renew-before-percentage`: renew when this share of the lifetime remains.
   * @default 33 (unless renewBefore is given)
   */
  readonly renewBeforePercentage?: number;
  /**
   * `cert-manager.io/renew-before`. Renewal loops when a CA issues shorter certificates than this:
   * prefer `renewBeforePercentage`.
   * @default - renewBeforePercentage is used
   */
  readonly renewBefore?: Duration;
  /**
   * `cert-manager.io/private-key-*`.
   * @default - ECDSA P-256, PKCS8, rotated on every issuance
   */
  readonly privateKey?: PrivateKeyOptions;
  /**
   * `cert-manager.io/usages`.
   * @default - digital signature and server auth (plus key encipherment for RSA)
   */
  readonly usages?: KeyUsage[];
  /**
   * `cert-manager.io/revision-history-limit`.
   * @default - cert-manager's default (1)
   */
  readonly revisionHistoryLimit?: number;
  /**
   * `cert-manager.io/secret-template`: labels and annotations kept on the Secret.
   * @default - none
   */
  readonly secretTemplate?: SecretTemplate;
  /**
   * `acme.cert-manager.io/http01-edit-in-place`: the HTTP-01 solver adds the challenge path to
   * this Ingress instead of creating its own. Only for controllers that give every Ingress its
   * own address (e.g. GKE's); ingress-nginx, Traefik and HAProxy do not need it. Ingress only.
   * @default false
   */
  readonly http01EditInPlace?: boolean;
}

/** Options of `TlsSource.existingSecret`. */
export interface ExistingSecretOptions {
  /**
   * The Secret's namespace. Only a Gateway can use a Secret of another namespace (TlsGateway then
   * creates the ReferenceGrant there); an Ingress only reads Secrets of its own namespace.
   * @default - the namespace of the Ingress or Gateway
   */
  readonly namespace?: string;
}

/**
 * Where the certificate for the hosts of a `TlsIngress` or `TlsGateway` comes from:
 * an explicit `Certificate` (the default), cert-manager's shim annotations, or an existing Secret.
 */
export class TlsSource {
  /**
   * An explicit cert-manager `Certificate` signed by `issuer`, covering every host that uses this
   * source (one Certificate and one Secret per source and construct).
   */
  public static certificate(issuer: IIssuer, options: CertificateOptions = {}): TlsSource {
    if (options.dnsNames?.length) {
      throw new Error('TlsSource.certificate: dnsNames come from the hosts that use the source; add hosts with addHost instead');
    }
    return new TlsSource(TlsSourceType.CERTIFICATE, issuer, options, undefined, undefined);
  }

  /**
   * cert-manager's ingress-shim or gateway-shim: the Ingress or Gateway carries the issuer and
   * certificate annotations, and cert-manager creates the Certificate from them. A construct has
   * at most one shim source, since the annotations apply to the whole object.
   */
  public static shim(issuer: IIssuer, options: ShimCertificateOptions = {}): TlsSource {
    return new TlsSource(TlsSourceType.SHIM, issuer, undefined, options, undefined);
  }

  /** A TLS Secret (`tls.crt`, `tls.key`) that exists already and is renewed elsewhere. */
  public static existingSecret(secretName: string, options: ExistingSecretOptions = {}): TlsSource {
    if (secretName === '') throw new Error('TlsSource.existingSecret: the secret name is empty');
    return new TlsSource(TlsSourceType.EXISTING_SECRET, undefined, undefined, undefined, { name: secretName, namespace: options.namespace });
  }

  /** Where the certificate comes from. */
  public readonly type: TlsSourceType;
  /** The issuer, for `CERTIFICATE` and `SHIM` sources. */
  public readonly issuer?: IIssuer;
  /** The Secret's name, for `EXISTING_SECRET` sources. */
  public readonly secretName?: string;
  /** The Secret's namespace when it is not the construct's, for `EXISTING_SECRET` sources. */
  public readonly secretNamespace?: string;
  /** @internal */
  public readonly _certificateOptions?: CertificateOptions;
  /** @internal */
  public readonly _shimOptions?: ShimCertificateOptions;

  private constructor(type: TlsSourceType, issuer?: IIssuer, certificateOptions?: CertificateOptions, shimOptions?: ShimCertificateOptions,
    secret?: { readonly name: string; readonly namespace?: string }) {
    this.type = type;
    this.issuer = issuer;
    this._certificateOptions = certificateOptions;
    this._shimOptions = shimOptions;
    this.secretName = secret?.name;
    this.secretNamespace = secret?.namespace;
  }
}

/** The issuer annotations of the shim for `issuer` (external issuers by name, kind and group). */
export function shimIssuerAnnotations(issuer: IIssuer): Record<string, string> {
  if (issuer.issuerGroup === CERT_MANAGER_GROUP && issuer.issuerKind === 'ClusterIssuer') return { [SHIM_ANNOTATIONS.clusterIssuer]: issuer.issuerName };
  if (issuer.issuerGroup === CERT_MANAGER_GROUP && issuer.issuerKind === 'Issuer') return { [SHIM_ANNOTATIONS.issuer]: issuer.issuerName };
  return {
    [SHIM_ANNOTATIONS.issuer]: issuer.issuerName,
    [SHIM_ANNOTATIONS.issuerKind]: issuer.issuerKind,
    [SHIM_ANNOTATIONS.issuerGroup]: issuer.issuerGroup,
  };
}

/** The certificate annotations of the shim, secure defaults written out as for `Certificate`. */
export function shimCertificateAnnotations(issuer: IIssuer, options: ShimCertificateOptions): Record<string, string> {
  const key = renderPrivateKey(options.privateKey) as { algorithm: string; size?: number; encoding: string; rotationPolicy: string };
  const duration = lifetime(options.duration, issuer.publiclyTrusted);
  const percentage = renewBeforePercentage(options.renewBeforePercentage, options.renewBefore);
  const usages = options.usages ?? defaultUsages({ privateKey: options.privateKey });
  const template = options.secretTemplate;
  const annotations: Record<string, string | undefined> = {
    [SHIM_ANNOTATIONS.privateKeyAlgorithm]: key.algorithm,
    [SHIM_ANNOTATIONS.privateKeySize]: key.size !== undefined ? String(key.size) : undefined,
    [SHIM_ANNOTATIONS.privateKeyEncoding]: key.encoding,
    [SHIM_ANNOTATIONS.privateKeyRotationPolicy]: key.rotationPolicy,
    // In KeyUsage order, as Certificate writes spec.usages: a set, whatever order it is given in.
    [SHIM_ANNOTATIONS.usages]: inUsageOrder(usages).join(','),
    [SHIM_ANNOTATIONS.duration]: duration && goDuration(duration),
    [SHIM_ANNOTATIONS.renewBefore]: options.renewBefore && goDuration(options.renewBefore),
    [SHIM_ANNOTATIONS.renewBeforePercentage]: percentage !== undefined ? String(percentage) : undefined,
    [SHIM_ANNOTATIONS.revisionHistoryLimit]: options.revisionHistoryLimit !== undefined ? String(options.revisionHistoryLimit) : undefined,
    [SHIM_ANNOTATIONS.secretTemplate]: template ? JSON.stringify({
      ...(template.labels ? { labels: template.labels } : {}),
      ...(template.annotations ? { annotations: template.annotations } : {}),
    }) : undefined,
  };
  return definedFields(annotations);
}
