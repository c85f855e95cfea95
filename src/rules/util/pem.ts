// CA bundles as cert-manager's webhook reads them (rules A2, VA4). The CRD declares caBundle
// fields `format: byte`: in YAML they are base64 of a PEM bundle, and the webhook decodes them
// like Go's encoding/json does before x509.CertPool.AppendCertsFromPEM looks for one certificate
// that parses.
import { X509Certificate } from 'crypto';

/**
 * Go's base64.StdEncoding as encoding/json uses it for []byte: standard alphabet, padding
 * required, CR and LF ignored. Returns undefined where Go would fail to decode, so a PEM bundle
 * pasted without base64-encoding it is told apart from an empty one.
 */
export function decodeGoBytes(value: string): Buffer | undefined {
  const compact = value.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0) return undefined;
  if (!/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

const PEM_BLOCK = /-----BEGIN ([^\r\n]*?)-----\r?\n([\s\S]*?)-----END \1-----/g;

/**
 * Whether a PEM bundle holds at least one certificate that parses, like Go's
 * x509.CertPool.AppendCertsFromPEM: blocks of other types, blocks with headers and certificates
 * that fail to parse are skipped, not fatal.
 */
export function pemHasCertificate(pem: string | Buffer): boolean {
  const text = typeof pem === 'string' ? pem : pem.toString('latin1');
  for (const match of text.matchAll(PEM_BLOCK)) {
    if (match[1] !== 'CERTIFICATE') continue;
    const body = match[2];
    // RFC 1421 headers (`Proc-Type: ...`) make Go skip the block.
    if (/^[^\r\n]*:/.test(body)) continue;
    const der = decodeGoBytes(body.replace(/[ \t]/g, ''));
    if (der === undefined || der.length === 0) continue;
    try {
      new X509Certificate(der);
      return true;
    } catch {
      continue;
    }
  }
  return false;
}

/** What is wrong with a caBundle field's value, or undefined when it holds a usable certificate. */
export type CaBundleProblem = 'not-base64' | 'no-certificate';

export function caBundleProblem(value: string): CaBundleProblem | undefined {
  const bytes = decodeGoBytes(value);
  if (bytes === undefined) return 'not-base64';
  return pemHasCertificate(bytes) ? undefined : 'no-certificate';
}

/**
 * Go's `len(field) > 0` on a decoded `format: byte` field: a value of only line breaks decodes
 * to nothing and counts as unset. A value that is not base64 counts as set (Go cannot decode it,
 * and the rules that look at the bundle say so).
 */
export function byteFieldSet(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const bytes = decodeGoBytes(value);
  return bytes === undefined || bytes.length > 0;
}
