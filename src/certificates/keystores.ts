import { SecretKeyReference, renderSecretKeyRef } from '../issuers/issuer-reference';

/** PKCS#12 encryption profile. */
export enum Pkcs12Profile {
  /** Deprecated; not supported by default in OpenSSL 3 or Java 20. Warned. */
  LEGACY_RC2 = 'LegacyRC2',
  /** Less secure. Warned. */
  LEGACY_DES = 'LegacyDES',
  /** AES-256-CBC with PBKDF2: read by OpenSSL 3, Java 12+ and current Windows. */
  MODERN_2023 = 'Modern2023',
  /** Meets FIPS 140-3 (cert-manager 1.21+); older readers may not open it. */
  MODERN_2026 = 'Modern2026',
}

/** A JKS keystore (`keystore.jks`, `truststore.jks`) written next to the PEM files. */
export interface JksKeystore {
  /** The keystore password, from a Secret: a literal password would sit in Git. */
  readonly passwordSecret: SecretKeyReference;
  /**
   * Alias of the key entry.
   * @default 'certificate'
   */
  readonly alias?: string;
}

/** A PKCS#12 keystore (`keystore.p12`, `truststore.p12`) written next to the PEM files. */
export interface Pkcs12Keystore {
  /** The keystore password, from a Secret: a literal password would sit in Git. */
  readonly passwordSecret: SecretKeyReference;
  /**
   * Encryption profile.
   * @default Pkcs12Profile.MODERN_2023
   */
  readonly profile?: Pkcs12Profile;
}

/** Keystores cert-manager writes into the certificate's Secret. */
export interface CertificateKeystores {
  /** @default - none */
  readonly jks?: JksKeystore;
  /** @default - none */
  readonly pkcs12?: Pkcs12Keystore;
}

/** Additional formats of the key and certificate in the Secret. */
export enum AdditionalOutputFormat {
  /** `key.der`: the private key, DER-encoded. */
  DER = 'DER',
  /** `tls-combined.pem`: key and chain in one PEM file. */
  COMBINED_PEM = 'CombinedPEM',
}

export function renderKeystores(keystores: CertificateKeystores): Record<string, unknown> {
  return {
    ...(keystores.jks ? {
      jks: {
        create: true,
        passwordSecretRef: renderSecretKeyRef(keystores.jks.passwordSecret),
        ...(keystores.jks.alias !== undefined ? { alias: keystores.jks.alias } : {}),
      },
    } : {}),
    ...(keystores.pkcs12 ? {
      pkcs12: {
        create: true,
        passwordSecretRef: renderSecretKeyRef(keystores.pkcs12.passwordSecret),
        profile: keystores.pkcs12.profile ?? Pkcs12Profile.MODERN_2023,
      },
    } : {}),
  };
}
