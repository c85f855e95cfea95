import { Construct } from 'constructs';
import { Certificate } from '../certificates/certificate';
import { definedFields } from '../core/json';

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

/**
 * What a source adds to a ClusterBundle: a `sourceRefs` entry, inline PEM, or the default CAs.
 * @internal
 */
export interface ClusterBundleSource {
  readonly sourceRef?: Record<string, unknown>;
  readonly inLine?: string;
  readonly defaultCAs?: boolean;
}

/**
 * Where a `TrustBundle` reads CA certificates: a ConfigMap or Secret in trust-manager's trust
 * namespace (`cert-manager` by default), PEM written inline, or the public CAs trust-manager ships.
 */
export abstract class TrustSource {
  /** A ConfigMap (by name or labels). */
  public static configMap(options: TrustSourceObjectOptions): TrustSource {
    return new ObjectTrustSource('ConfigMap', options);
  }

  /** A Secret (by name or labels): name the certificate's key, never `tls.key`. */
  public static secret(options: TrustSourceObjectOptions): TrustSource {
    return new ObjectTrustSource('Secret', options);
  }

  /**
   * The certificate of a cert-manager `Certificate` (key `tls.crt` of its Secret): for a CA
   * certificate, the CA itself. Its key is never read. The Certificate must live in the trust
   * namespace.
   */
  public static certificate(certificate: Certificate): TrustSource {
    return new ObjectTrustSource('Secret', { name: certificate.secretName, key: 'tls.crt' }, certificate);
  }

  /** PEM certificates written into the bundle (they rotate only when the code changes). */
  public static inline(pem: string): TrustSource {
    return new InlineTrustSource(pem);
  }

  /**
   * The public CAs of trust-manager's default CA package (Debian ca-certificates): for clients of
   * public services. Keep them out of bundles used for internal mTLS (the library warns).
   */
  public static defaultCas(): TrustSource {
    return new DefaultCasTrustSource();
  }

  /**
   * Checks that the bundle can read the source (throws with the fix when it cannot).
   * @internal
   */
  public _bind(_bundle: Construct, _trustNamespace: string): void {
    // Most sources are read wherever they are: only a Certificate's namespace is known here.
  }

  /**
   * The source as an entry of a Bundle's `spec.sources`.
   * @internal
   */
  public abstract _toBundleSource(): Record<string, unknown>;

  /**
   * What the source adds to a ClusterBundle's spec.
   * @internal
   */
  public abstract _toClusterBundleSource(): ClusterBundleSource;
}

class ObjectTrustSource extends TrustSource {
  constructor(private readonly kind: 'ConfigMap' | 'Secret', private readonly options: TrustSourceObjectOptions, private readonly certificate?: Certificate) {
    super();
  }

  public _bind(bundle: Construct, trustNamespace: string): void {
    const ns = this.certificate?.namespace;
    if (this.certificate && ns !== undefined && ns !== trustNamespace) {
      throw new Error(`${bundle.node.path}: Certificate ${this.certificate.node.path} lives in namespace "${ns}", but trust-manager reads sources only from `
        + `its trust namespace "${trustNamespace}"; issue the certificate there, or set trustNamespace to the namespace trust-manager runs with (--trust-namespace)`);
    }
  }

  public _toBundleSource(): Record<string, unknown> {
    const source = definedFields({
      name: this.options.name,
      selector: this.selector(),
      key: this.options.key,
      includeAllKeys: this.options.includeAllKeys,
    });
    return this.kind === 'ConfigMap' ? { configMap: source } : { secret: source };
  }

  public _toClusterBundleSource(): ClusterBundleSource {
    return {
      sourceRef: definedFields({
        kind: this.kind,
        name: this.options.name,
        selector: this.selector(),
        // ClusterBundle has no includeAllKeys: the wildcard key is its form.
        key: this.options.includeAllKeys ? '*' : this.options.key,
      }),
    };
  }

  private selector(): Record<string, unknown> | undefined {
    return this.options.selector && { matchLabels: { ...this.options.selector } };
  }
}

class InlineTrustSource extends TrustSource {
  constructor(private readonly pem: string) {
    super();
  }

  public _toBundleSource(): Record<string, unknown> {
    return { inLine: this.pem };
  }

  public _toClusterBundleSource(): ClusterBundleSource {
    return { inLine: this.pem.trim() };
  }
}

class DefaultCasTrustSource extends TrustSource {
  public _toBundleSource(): Record<string, unknown> {
    return { useDefaultCAs: true };
  }

  public _toClusterBundleSource(): ClusterBundleSource {
    return { defaultCAs: true };
  }
}
