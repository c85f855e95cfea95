import { Construct } from 'constructs';
import { PrivateCa } from '../blueprints/private-ca';
import { declareExternal } from '../core/rule-validation';
import { TrustBundle } from '../trust/trust-bundle';

/** Where the CA certificates come from. */
export enum CaCertificatesType {
  /** A ConfigMap with the PEM bundle under `ca.crt`, in the namespace of the object that refers to it. */
  CONFIG_MAP = 'config-map',
  /** The implementation's well-known system roots (`wellKnownCACertificates: System`), BackendTLSPolicy only. */
  SYSTEM = 'system',
}

/**
 * The CA certificates a Gateway trusts: to validate its backends' certificates
 * (`BackendTlsPolicy`) or its clients' certificates (`TlsGateway.requireClientCertificates`).
 * Gateway API reads them from a ConfigMap key `ca.crt` in the namespace of the object that
 * refers to it, so a CA in a Secret elsewhere (a `PrivateCa`) is distributed by trust-manager.
 */
export class CaCertificates {
  /**
   * The key Gateway API reads a CA bundle from in a ConfigMap (`caCertificateRefs` of a
   * BackendTLSPolicy and of a Gateway's client-certificate validation).
   */
  public static readonly CONFIG_MAP_KEY = 'ca.crt';

  /**
   * The CA certificate of a `PrivateCa`, distributed with trust-manager as a ConfigMap with key
   * `ca.crt` into every namespace (one Bundle per CA, created beside the CA on first use).
   */
  public static fromPrivateCa(ca: PrivateCa): CaCertificates {
    return new CaCertificates(CaCertificatesType.CONFIG_MAP, undefined, undefined, ca);
  }

  /**
   * The ConfigMap a trust-manager bundle writes. Its ConfigMap target's key must be `ca.crt`
   * (`configMap: { key: 'ca.crt' }`); the rules refuse any other key (TLS-BT2).
   */
  public static fromTrustBundle(bundle: TrustBundle): CaCertificates {
    return new CaCertificates(CaCertificatesType.CONFIG_MAP, undefined, bundle, undefined);
  }

  /** A ConfigMap that exists already, with the PEM bundle under the key `ca.crt`. */
  public static fromConfigMapName(name: string): CaCertificates {
    if (name === '') throw new Error('CaCertificates.fromConfigMapName: the ConfigMap name is empty');
    return new CaCertificates(CaCertificatesType.CONFIG_MAP, name, undefined, undefined);
  }

  /**
   * The implementation's system roots (public CAs): for backends with publicly trusted
   * certificates. BackendTLSPolicy only: never to authenticate clients.
   */
  public static system(): CaCertificates {
    return new CaCertificates(CaCertificatesType.SYSTEM, undefined, undefined, undefined);
  }

  private static readonly bundles = new WeakMap<PrivateCa, TrustBundle>();

  private static bundleOf(ca: PrivateCa): TrustBundle {
    let bundle = CaCertificates.bundles.get(ca);
    if (!bundle) {
      bundle = ca.distributeTrust(`${ca.node.id}GatewayCaBundle`, { configMap: { key: CaCertificates.CONFIG_MAP_KEY } });
      CaCertificates.bundles.set(ca, bundle);
    }
    return bundle;
  }

  /** Where the certificates come from. */
  public readonly type: CaCertificatesType;
  private readonly configMapName?: string;
  private readonly bundle?: TrustBundle;
  private readonly privateCa?: PrivateCa;

  private constructor(type: CaCertificatesType, configMapName?: string, bundle?: TrustBundle, privateCa?: PrivateCa) {
    this.type = type;
    this.configMapName = configMapName;
    this.bundle = bundle;
    this.privateCa = privateCa;
  }

  /**
   * The `caCertificateRefs` entry for an object in `namespace`, creating the trust-manager
   * Bundle of a PrivateCa on first use.
   * @internal
   */
  public _configMapRef(user: Construct, namespace: string | undefined): Record<string, unknown> {
    if (this.type === CaCertificatesType.SYSTEM) throw new Error(`${user.node.path}: CaCertificates.system() has no ConfigMap`);
    let name = this.configMapName;
    if (this.bundle) name = this.bundle.name;
    if (this.privateCa) name = CaCertificates.bundleOf(this.privateCa).name;
    if (this.configMapName !== undefined) declareExternal(user, { group: '', kind: 'ConfigMap', name: this.configMapName, namespace });
    return { group: '', kind: 'ConfigMap', name: name! };
  }
}
