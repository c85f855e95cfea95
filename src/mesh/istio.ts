
/** Istio's default SPIFFE trust domain (`meshConfig.trustDomain`). */
export const DEFAULT_TRUST_DOMAIN = 'cluster.local';

/**
 * The mutual TLS mode of an Istio `PeerAuthentication`. STRICT is the default; PERMISSIVE and
 * DISABLE are named choices that leave a finding (TLS-M2 warning, TLS-M1 accepted as a warning).
 */
export class IstioMtlsMode {
  /** Only mutual TLS is accepted. */
  public static readonly STRICT = new IstioMtlsMode('STRICT');

  /** Mutual TLS and plaintext are both accepted: only while moving clients into the mesh. */
  public static permissiveForMigration(): IstioMtlsMode {
    return new IstioMtlsMode('PERMISSIVE');
  }

  /**
   * Plaintext only. Refused by the rules unless a reason is given, which is written to the
   * annotation `cdk8s-tls/mtls-disable-reason` and turns the finding into a warning.
   */
  public static insecureDisable(reason: string): IstioMtlsMode {
    if (reason.trim() === '') throw new Error('IstioMtlsMode.insecureDisable: give the reason plaintext is needed (it is written into the manifest)');
    return new IstioMtlsMode('DISABLE', reason);
  }

  /** The `mtls.mode` value. */
  public readonly mode: string;
  /** Why DISABLE is accepted. */
  public readonly reason?: string;

  private constructor(mode: string, reason?: string) {
    this.mode = mode;
    this.reason = reason;
  }
}

/** Options of an allow rule (`MeshMtlsPolicy.allowFrom`, `allowFromNamespace`). */
export interface MeshAllowOptions {
  /**
   * Only these HTTP paths (Istio `to.operation.paths`; `*` prefix/suffix wildcards).
   * @default - any path
   */
  readonly paths?: string[];
  /**
   * Only these HTTP methods.
   * @default - any method
   */
  readonly methods?: string[];
  /**
   * Only these (container) ports.
   * @default - any port
   */
  readonly ports?: number[];
}
