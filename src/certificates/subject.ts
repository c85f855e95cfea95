/** The certificate's X.509 subject, besides the common name. */
export interface CertificateSubject {
  /** @default - none */
  readonly organizations?: string[];
  /** @default - none */
  readonly organizationalUnits?: string[];
  /** @default - none */
  readonly countries?: string[];
  /** @default - none */
  readonly provinces?: string[];
  /** @default - none */
  readonly localities?: string[];
  /** @default - none */
  readonly streetAddresses?: string[];
  /** @default - none */
  readonly postalCodes?: string[];
  /** @default - none */
  readonly serialNumber?: string;
}

/** An otherName SAN with a UTF8String value, e.g. a Microsoft UPN (OID 1.3.6.1.4.1.311.20.2.3). */
export interface OtherName {
  /** Dotted object identifier of the type. */
  readonly oid: string;
  /** The value, a non-empty UTF-8 string. */
  readonly utf8Value: string;
}
