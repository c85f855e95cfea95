import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Certificate, CertificateOptions, SecretTemplate } from '../certificates/certificate';
import { KeyUsage } from '../certificates/key-usage';
import { PrivateKeyOptions, renderPrivateKey } from '../certificates/private-key';
import { defaultUsages, inUsageOrder, lifetime, renewBeforePercentage } from '../certificates/secure-defaults';
import { goDuration } from '../core/go-duration';
import { definedFields } from '../core/json';
import { declareExternal } from '../core/rule-validation';
import { CERT_MANAGER_GROUP, IIssuer } from '../issuers/issuer-reference';
import { SHIM as SHIM_ANNOTATIONS } from '../rules/edge/annotations';

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
 * The Ingress, Gateway or ListenerSet whose hosts a `TlsSource` serves.
 * @internal
 */
export interface TlsSourceTarget {
  /** The construct that owns what the source creates (a Certificate). */
  readonly owner: Construct;
  readonly kind: 'Ingress' | 'Gateway' | 'ListenerSet';
  /** The object's name. */
  readonly name: string;
  readonly namespace?: string;
  /** The construct id of a Certificate the source creates ('Certificate', 'Certificate2', ...). */
  readonly certificateId: string;
}

/**
 * A source bound to one target: the Secret its hosts are served from.
 * @internal
 */
export interface TlsSourceBinding {
  readonly secretName: string;
  /** The Secret's namespace when it is not the target's (a Gateway then needs a ReferenceGrant). */
  readonly secretNamespace?: string;
  /** The Certificate the source created for the target, if it creates one. */
  readonly certificate?: Certificate;
  /** Serves one more host of the target from the same Secret. */
  addHost(hostname: string): void;
}

/**
 * Where the certificate for the hosts of a `TlsIngress` or `TlsGateway` comes from:
 * an explicit `Certificate` (the default), cert-manager's shim annotations, or an existing Secret.
 */
export abstract class TlsSource {
  /**
   * An explicit cert-manager `Certificate` signed by `issuer`, covering every host that uses this
   * source (one Certificate and one Secret per source and construct).
   */
  public static certificate(issuer: IIssuer, options: CertificateOptions = {}): TlsSource {
    if (options.dnsNames?.length) {
      throw new Error('TlsSource.certificate: dnsNames come from the hosts that use the source; add hosts with addHost instead');
    }
    return new CertificateTlsSource(issuer, options);
  }

  /**
   * cert-manager's ingress-shim or gateway-shim: the Ingress or Gateway carries the issuer and
   * certificate annotations, and cert-manager creates the Certificate from them. A construct has
   * at most one shim source, since the annotations apply to the whole object.
   */
  public static shim(issuer: IIssuer, options: ShimCertificateOptions = {}): TlsSource {
    return new ShimTlsSource(issuer, options);
  }

  /** A TLS Secret (`tls.crt`, `tls.key`) that exists already and is renewed elsewhere. */
  public static existingSecret(secretName: string, options: ExistingSecretOptions = {}): TlsSource {
    if (secretName === '') throw new Error('TlsSource.existingSecret: the secret name is empty');
    return new ExistingSecretTlsSource(secretName, options.namespace);
  }

  /**
   * Whether the source is set on the whole object (annotations) rather than per host, so every
   * host of the object is served by it.
   * @internal
   */
  public abstract readonly _objectWide: boolean;

  /**
   * The annotations the source puts on the target object.
   * @internal
   */
  public abstract _annotations(kind: TlsSourceTarget['kind']): Record<string, string>;

  /**
   * Binds the source to a target for its first host: creates what serves it.
   * @internal
   */
  public abstract _bind(target: TlsSourceTarget, hostname: string): TlsSourceBinding;
}

class CertificateTlsSource extends TlsSource {
  public readonly _objectWide = false;

  constructor(private readonly issuer: IIssuer, private readonly options: CertificateOptions) {
    super();
  }

  public _annotations(): Record<string, string> {
    return {};
  }

  public _bind(target: TlsSourceTarget, hostname: string): TlsSourceBinding {
    const certificate = new Certificate(target.owner, target.certificateId, {
      ...this.options,
      metadata: { ...this.options.metadata, namespace: this.options.metadata?.namespace ?? target.namespace },
      issuer: this.issuer,
      dnsNames: [hostname],
    });
    return {
      secretName: certificate.secretName,
      secretNamespace: certificate.namespace !== target.namespace ? certificate.namespace : undefined,
      certificate,
      addHost: (host) => certificate.addDnsName(host),
    };
  }
}

class ShimTlsSource extends TlsSource {
  public readonly _objectWide = true;

  constructor(private readonly issuer: IIssuer, private readonly options: ShimCertificateOptions) {
    super();
  }

  public _annotations(kind: TlsSourceTarget['kind']): Record<string, string> {
    return {
      ...shimIssuerAnnotations(this.issuer),
      ...shimCertificateAnnotations(this.issuer, this.options),
      // Only the ingress-shim reads it: a Gateway's HTTP-01 solver always uses its own route.
      ...(kind === 'Ingress' && this.options.http01EditInPlace ? { [SHIM_ANNOTATIONS.http01EditInPlace]: 'true' } : {}),
    };
  }

  public _bind(target: TlsSourceTarget): TlsSourceBinding {
    // The shim's Certificate takes every host of the object: it reads them from the object.
    return { secretName: this.options.secretName ?? `${target.name}-tls`, addHost: () => undefined };
  }
}

class ExistingSecretTlsSource extends TlsSource {
  public readonly _objectWide = false;

  constructor(private readonly secretName: string, private readonly secretNamespace: string | undefined) {
    super();
  }

  public _annotations(): Record<string, string> {
    return {};
  }

  public _bind(target: TlsSourceTarget): TlsSourceBinding {
    const namespace = this.secretNamespace ?? target.namespace;
    declareExternal(target.owner, { group: '', kind: 'Secret', name: this.secretName, namespace });
    return {
      secretName: this.secretName,
      secretNamespace: namespace !== target.namespace ? namespace : undefined,
      addHost: () => undefined,
    };
  }
}

/** The issuer annotations of the shim for `issuer` (external issuers by name, kind and group). */
function shimIssuerAnnotations(issuer: IIssuer): Record<string, string> {
  if (issuer.issuerGroup === CERT_MANAGER_GROUP && issuer.issuerKind === 'ClusterIssuer') return { [SHIM_ANNOTATIONS.clusterIssuer]: issuer.issuerName };
  if (issuer.issuerGroup === CERT_MANAGER_GROUP && issuer.issuerKind === 'Issuer') return { [SHIM_ANNOTATIONS.issuer]: issuer.issuerName };
  return {
    [SHIM_ANNOTATIONS.issuer]: issuer.issuerName,
    [SHIM_ANNOTATIONS.issuerKind]: issuer.issuerKind,
    [SHIM_ANNOTATIONS.issuerGroup]: issuer.issuerGroup,
  };
}

/** The certificate annotations of the shim, secure defaults written out as for `Certificate`. */
function shimCertificateAnnotations(issuer: IIssuer, options: ShimCertificateOptions): Record<string, string> {
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
