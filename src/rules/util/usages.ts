/* eslint-disable no-bitwise */ // x509.KeyUsage is a bit field.
// cert-manager's key usage names (pkg/apis/certmanager/v1/types.go, mapped to x509 in
// pkg/api/util/usages.go). A usage is either a KeyUsage bit or an ExtKeyUsage.

/** x509.KeyUsage bits, in Go's bit order (DigitalSignature = 1 << 0 ... DecipherOnly = 1 << 8). */
export const KEY_USAGE_BITS: Readonly<Record<string, number>> = {
  'signing': 1 << 0,
  'digital signature': 1 << 0,
  'content commitment': 1 << 1,
  'key encipherment': 1 << 2,
  'data encipherment': 1 << 3,
  'key agreement': 1 << 4,
  'cert sign': 1 << 5,
  'crl sign': 1 << 6,
  'encipher only': 1 << 7,
  'decipher only': 1 << 8,
};

/** Go's x509.ExtKeyUsage enum values for cert-manager's extended usage names. */
export const EXT_KEY_USAGE_IDS: Readonly<Record<string, number>> = {
  'any': 0,
  'server auth': 1,
  'client auth': 2,
  'code signing': 3,
  'email protection': 4,
  's/mime': 4,
  'ipsec end system': 5,
  'ipsec tunnel': 6,
  'ipsec user': 7,
  'timestamping': 8,
  'ocsp signing': 9,
  'microsoft sgc': 10,
  'netscape sgc': 11,
};

/** OIDs of Go's x509.ExtKeyUsage values (crypto/x509 extKeyUsageOIDs). */
export const EXT_KEY_USAGE_OIDS: Readonly<Record<string, number>> = {
  '2.5.29.37.0': 0,
  '1.3.6.1.5.5.7.3.1': 1,
  '1.3.6.1.5.5.7.3.2': 2,
  '1.3.6.1.5.5.7.3.3': 3,
  '1.3.6.1.5.5.7.3.4': 4,
  '1.3.6.1.5.5.7.3.5': 5,
  '1.3.6.1.5.5.7.3.6': 6,
  '1.3.6.1.5.5.7.3.7': 7,
  '1.3.6.1.5.5.7.3.8': 8,
  '1.3.6.1.5.5.7.3.9': 9,
  '1.3.6.1.4.1.311.10.3.3': 10,
  '2.16.840.1.113730.4.1': 11,
  '1.3.6.1.4.1.311.2.1.22': 12,
  '1.3.6.1.4.1.311.61.1.1': 13,
};

/** Section 6 default when `usages` is empty. `server auth` is deliberately not in it. */
export const DEFAULT_USAGES: readonly string[] = ['digital signature', 'key encipherment'];

const has = (table: Readonly<Record<string, number>>, name: string): boolean => Object.prototype.hasOwnProperty.call(table, name);

export function isKeyUsage(name: string): boolean {
  return has(KEY_USAGE_BITS, name);
}

export function isExtKeyUsage(name: string): boolean {
  return has(EXT_KEY_USAGE_IDS, name);
}

/** True when cert-manager knows the usage (case-sensitive, as in cert-manager's maps). */
export function isKnownUsage(name: string): boolean {
  return isKeyUsage(name) || isExtKeyUsage(name);
}

const BIT_NAMES = ['digital signature', 'content commitment', 'key encipherment', 'data encipherment', 'key agreement', 'cert sign', 'crl sign', 'encipher only', 'decipher only'];

/** apiutil.KeyUsageStrings: the names of the set bits, lowest bit first. */
export function keyUsageNames(bits: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    if (bits & (1 << i)) names.push(BIT_NAMES[i] ?? 'unknown');
  }
  return names;
}

const EKU_NAMES = ['any', 'server auth', 'client auth', 'code signing', 'email protection', 'ipsec end system', 'ipsec tunnel', 'ipsec user', 'timestamping', 'ocsp signing', 'microsoft sgc', 'netscape sgc'];

/** apiutil.ExtKeyUsageStrings: Go enum values to cert-manager names (`unknown` for the ones it lacks). */
export function extKeyUsageNames(ids: readonly number[]): string[] {
  return ids.map((id) => EKU_NAMES[id] ?? 'unknown');
}

/**
 * pki.KeyUsagesForCertificateOrCertificateRequest: the KeyUsage bits and ExtKeyUsage list a
 * certificate gets for these usages (defaults when empty; `isCA` adds cert sign), and the unknown
 * names.
 */
export function usagesToX509(usages: readonly string[], isCA: boolean): { keyUsage: number; extKeyUsage: number[]; unknown: string[] } {
  let keyUsage = isCA ? KEY_USAGE_BITS['cert sign'] : 0;
  const extKeyUsage: number[] = [];
  const unknown: string[] = [];
  for (const usage of usages.length === 0 ? DEFAULT_USAGES : usages) {
    if (isKeyUsage(usage)) keyUsage |= KEY_USAGE_BITS[usage];
    else if (isExtKeyUsage(usage)) extKeyUsage.push(EXT_KEY_USAGE_IDS[usage]);
    else unknown.push(usage);
  }
  return { keyUsage, extKeyUsage, unknown };
}

/** cert-manager's printKeyUsage: `[ 'a', 'b' ]`, or `[]` when empty. */
export function printUsages(names: readonly string[]): string {
  return names.length === 0 ? '[]' : `[ ${names.map((n) => `'${n}'`).join(', ')} ]`;
}
