// Object identifiers as cert-manager reads them from text (pkg/util/pki/asn1_util.go
// ParseObjectIdentifier): the string split on `.`, every part a Go strconv.Atoi integer. That is
// laxer than X.690: `1` alone, `+1.2` and `1.02` pass; `1..2`, `1.` and `a.b` don't.

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** Go strconv.Atoi on a 64-bit platform. */
export function isGoAtoi(part: string): boolean {
  if (!/^[+-]?[0-9]+$/.test(part)) return false;
  const n = BigInt(part.replace(/^\+/, ''));
  return n >= INT64_MIN && n <= INT64_MAX;
}

/** True when cert-manager's ParseObjectIdentifier accepts the text. */
export function isCertManagerOid(text: string): boolean {
  return text.length > 0 && text.split('.').every(isGoAtoi);
}
