/**
 * X.509 key usages and extended key usages, as cert-manager names them
 * (`pkg/apis/certmanager/v1/types.go`).
 */
export enum KeyUsage {
  SIGNING = 'signing',
  DIGITAL_SIGNATURE = 'digital signature',
  CONTENT_COMMITMENT = 'content commitment',
  /** Only meaningful for RSA key transport; not recommended for ECDSA or Ed25519 keys. */
  KEY_ENCIPHERMENT = 'key encipherment',
  KEY_AGREEMENT = 'key agreement',
  DATA_ENCIPHERMENT = 'data encipherment',
  CERT_SIGN = 'cert sign',
  CRL_SIGN = 'crl sign',
  ENCIPHER_ONLY = 'encipher only',
  DECIPHER_ONLY = 'decipher only',
  ANY = 'any',
  SERVER_AUTH = 'server auth',
  CLIENT_AUTH = 'client auth',
  CODE_SIGNING = 'code signing',
  EMAIL_PROTECTION = 'email protection',
  SMIME = 's/mime',
  IPSEC_END_SYSTEM = 'ipsec end system',
  IPSEC_TUNNEL = 'ipsec tunnel',
  IPSEC_USER = 'ipsec user',
  TIMESTAMPING = 'timestamping',
  OCSP_SIGNING = 'ocsp signing',
  MICROSOFT_SGC = 'microsoft sgc',
  NETSCAPE_SGC = 'netscape sgc',
}
