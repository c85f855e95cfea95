import { Certificate } from '../certificates/certificate';

/** Options of a ConfigMap or Secret source of a `TrustBundle`. */
export interface TrustSourceObjectOptions {
  /**
   * The object's name, in trust-manager's trust namespace. Excludes `selector`.
   * @default - none: `selector` must be given
   */
  readonly name?: string;
  /**
   * Select every object with these labels, in the trust namespace. Excludes `name`.
   * @default - none: `name` must be given
   */
  readonly selector?: { [key: string]: string };
  /**
   * The key that holds PEM certificates (never a private key such as `tls.key`). For a
   * ClusterBundle it may contain `*` wildcards.
   * @default - none: `includeAllKeys` must be set
   */
  readonly key?: string;
  /**
   * Read every key of the object (for a Secret this would include a TLS Secret's private key:
   * the library warns).
   * @default false
   */
  readonly includeAllKeys?: boolean;
}

/** What kind of source it is. */
export enum TrustSourceType {
  CONFIG_MAP = 'ConfigMap',
  SECRET = 'Secret',
  INLINE = 'inLine',
  DEFAULT_CAS = 'defaultCAs',
}

/**
 * Where a `TrustBundle` reads CA certificates: a ConfigMap or Secret in trust-manager's trust
 * namespace (`cert-manager` by default), PEM written inline, or the public CAs trust-manager ships.
 */
export class TrustSource {
  /** A ConfigMap (by name or labels). */
  public static configMap(options: TrustSourceObjectOptions): TrustSource {
    return new TrustSource(TrustSourceType.CONFIG_MAP, options);
  }

  /** A Secret (by name or labels): name the certificate's key, never `tls.key`. */
  public static secret(options: TrustSourceObjectOptions): TrustSource {
    return new TrustSource(TrustSourceType.SECRET, options);
  }

  /**
   * The certificate of a cert-manager `Certificate` (key `tls.crt` of its Secret): for a CA
   * certificate, the CA itself. Its key is never read. The Certificate must live in the trust
   * namespace.
   */
  public static certificate(certificate: Certificate): TrustSource {
    return new TrustSource(TrustSourceType.SECRET, { name: certificate.secretName, key: 'tls.crt' }, undefined, certificate);
  }

  /** PEM certificates written into the bundle (they rotate only when the code changes). */
  public static inline(pem: string): TrustSource {
    return new TrustSource(TrustSourceType.INLINE, {}, pem);
  }

  /**
   * The public CAs of trust-manager's default CA package (Debian ca-certificates): for clients of
   * public services. Keep them out of bundles used for internal mTLS (the library warns).
   */
  public static defaultCas(): TrustSource {
    return new TrustSource(TrustSourceType.DEFAULT_CAS, {});
  }

  /** The source type. */
  public readonly type: TrustSourceType;
  /** Name, selector and key of a ConfigMap or Secret source. */
  public readonly options: TrustSourceObjectOptions;
  /** The PEM of an inline source. */
  public readonly pem?: string;
  /** The Certificate whose Secret is read, for `TrustSource.certificate`. */
  public readonly sourceCertificate?: Certificate;

  private constructor(type: TrustSourceType, options: TrustSourceObjectOptions, pem?: string, certificate?: Certificate) {
    this.type = type;
    this.options = options;
    this.pem = pem;
    this.sourceCertificate = certificate;
  }
}
