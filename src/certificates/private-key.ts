/** The private key's algorithm. */
export enum KeyAlgorithm {
  RSA = 'RSA',
  ECDSA = 'ECDSA',
  ED25519 = 'Ed25519',
}

/** How the private key is encoded in the Secret's `tls.key`. */
export enum PrivateKeyEncoding {
  PKCS1 = 'PKCS1',
  PKCS8 = 'PKCS8',
}

/** Whether a re-issued certificate gets a new private key. */
export enum RotationPolicy {
  /** A new key on every issuance: a leaked key dies with its certificate. The default of leaf certificates. */
  ALWAYS = 'Always',
  /**
   * Reuse the key. For a leaf, insecure: a re-issue after a leak keeps the leaked key. For a CA,
   * the default: a new CA key on renewal would break every certificate the CA signed; a CA's key
   * is rotated on purpose, in stages (see `CaRotation`).
   */
  NEVER = 'Never',
}

/** The signature algorithm the CA is asked to sign with. */
export enum SignatureAlgorithm {
  SHA256_WITH_RSA = 'SHA256WithRSA',
  SHA384_WITH_RSA = 'SHA384WithRSA',
  SHA512_WITH_RSA = 'SHA512WithRSA',
  ECDSA_WITH_SHA256 = 'ECDSAWithSHA256',
  ECDSA_WITH_SHA384 = 'ECDSAWithSHA384',
  ECDSA_WITH_SHA512 = 'ECDSAWithSHA512',
  PURE_ED25519 = 'PureEd25519',
}

/** The certificate's private key. */
export interface PrivateKeyOptions {
  /**
   * Key algorithm.
   * @default KeyAlgorithm.ECDSA
   */
  readonly algorithm?: KeyAlgorithm;
  /**
   * Key size: RSA bits (2048 to 8192) or the ECDSA curve (256, 384, 521). Ed25519 has none.
   * @default - 256 for ECDSA, 3072 for RSA
   */
  readonly size?: number;
  /**
   * Encoding of `tls.key`.
   * @default PrivateKeyEncoding.PKCS8
   */
  readonly encoding?: PrivateKeyEncoding;
  /**
   * Key rotation on re-issuance. `NEVER` on a leaf certificate, and `ALWAYS` on a CA
   * certificate, leave a warning (TLS-X2).
   * @default - RotationPolicy.ALWAYS; RotationPolicy.NEVER for a CA certificate (`isCa`)
   */
  readonly rotationPolicy?: RotationPolicy;
}

/** The `spec.privateKey` cert-manager reads, with the library's defaults filled in. */
export function renderPrivateKey(options: PrivateKeyOptions = {}, isCa = false): Record<string, unknown> {
  const algorithm = options.algorithm ?? KeyAlgorithm.ECDSA;
  const defaultSize: Record<KeyAlgorithm, number | undefined> = {
    [KeyAlgorithm.ECDSA]: 256,
    [KeyAlgorithm.RSA]: 3072,
    [KeyAlgorithm.ED25519]: undefined,
  };
  const size = options.size ?? defaultSize[algorithm];
  return {
    algorithm,
    ...(size !== undefined ? { size } : {}),
    encoding: options.encoding ?? PrivateKeyEncoding.PKCS8,
    rotationPolicy: options.rotationPolicy ?? (isCa ? RotationPolicy.NEVER : RotationPolicy.ALWAYS),
  };
}
