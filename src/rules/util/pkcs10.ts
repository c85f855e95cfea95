/* eslint-disable no-bitwise */ // DER lengths and X.509 key usages are bit fields.
// Reads a PEM PKCS#10 certificate signing request the way cert-manager's webhook does for a
// CertificateRequest (R4): pem.Decode, x509.ParseCertificateRequest, CheckSignature, then the
// BasicConstraints, KeyUsage and ExtKeyUsage extensions it compares with `spec.isCA` and
// `spec.usages` (pkg/util/pki/certificatetemplate.go). Signatures are verified with Node's crypto.
import { createPublicKey, KeyObject, verify } from 'crypto';
import { EXT_KEY_USAGE_OIDS } from './usages';

/** What the rules read from a PKCS#10 request, after its structure and signature were verified. */
export interface ParsedCsr {
  /** The PEM block type (`CERTIFICATE REQUEST`, or the legacy `NEW CERTIFICATE REQUEST`). */
  readonly pemType: string;
  /** Subject commonName values (the Kubernetes user name for kube-apiserver-client). */
  readonly commonNames: string[];
  /** Subject organization values (the Kubernetes groups for kube-apiserver-client). */
  readonly organizations: string[];
  /** The request's public key. */
  readonly publicKey: KeyObject;
  /** Present when the CSR requests BasicConstraints. */
  readonly isCA?: boolean;
  /** KeyUsage bits when the CSR requests a KeyUsage extension. */
  readonly keyUsage?: number;
  /** Go ExtKeyUsage values (unknown OIDs left out) when the CSR requests ExtKeyUsage. */
  readonly extKeyUsage?: number[];
}

export type CsrParseResult = { readonly csr: ParsedCsr } | { readonly error: string };

class CsrError extends Error {}
const fail = (msg: string): never => {
  throw new CsrError(msg);
};

interface Tlv {
  readonly tag: number;
  readonly content: Buffer;
  readonly full: Buffer;
}

/** One DER element at `off`; DER only (definite, minimal lengths), as Go's encoding/asn1. */
function readTlv(buf: Buffer, off: number): { tlv: Tlv; next: number } {
  if (off + 2 > buf.length) fail('asn1: syntax error: truncated tag or length');
  const tag = buf[off];
  if ((tag & 0x1f) === 0x1f) fail('asn1: structure error: high-tag-number form is not supported here');
  let pos = off + 1;
  let len = buf[pos++];
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) fail('asn1: syntax error: indefinite length found (not DER)');
    if (n > 4 || pos + n > buf.length) fail('asn1: syntax error: truncated tag or length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos++];
    if (len < 0x80 || buf[pos - n] === 0) fail('asn1: structure error: non-minimal length');
  }
  if (pos + len > buf.length) fail('asn1: syntax error: data truncated');
  return { tlv: { tag, content: buf.subarray(pos, pos + len), full: buf.subarray(off, pos + len) }, next: pos + len };
}

function only(buf: Buffer, what: string): Tlv {
  const { tlv, next } = readTlv(buf, 0);
  if (next !== buf.length) fail(`x509: trailing data after ${what}`);
  return tlv;
}

function children(tlv: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let off = 0; off < tlv.content.length;) {
    const { tlv: child, next } = readTlv(tlv.content, off);
    out.push(child);
    off = next;
  }
  return out;
}

function expect(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) fail(`asn1: structure error: tags don't match (${what})`);
  return tlv!;
}

function oidText(tlv: Tlv): string {
  const b = expect(tlv, 0x06, 'OBJECT IDENTIFIER').content;
  if (b.length === 0) fail('asn1: syntax error: zero length OBJECT IDENTIFIER');
  const arcs: bigint[] = [];
  let v = 0n;
  for (let i = 0; i < b.length; i++) {
    v = (v << 7n) | BigInt(b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      arcs.push(v);
      v = 0n;
    } else if (i === b.length - 1) {
      fail('asn1: syntax error: truncated base 128 integer');
    }
  }
  const first = arcs[0] < 80n ? [arcs[0] / 40n, arcs[0] % 40n] : [2n, arcs[0] - 80n];
  return [...first, ...arcs.slice(1)].join('.');
}

/** A BIT STRING's bits, Go asn1.BitString.At semantics. */
function bitStringBits(tlv: Tlv): { bytes: Buffer; bitLength: number } {
  const c = expect(tlv, 0x03, 'BIT STRING').content;
  if (c.length === 0) fail('asn1: syntax error: zero length BIT STRING');
  const pad = c[0];
  if (pad > 7 || (c.length === 1 && pad > 0) || (c.length > 1 && (c[c.length - 1] & ((1 << pad) - 1)) !== 0)) {
    fail('asn1: syntax error: invalid padding bits in BIT STRING');
  }
  return { bytes: c.subarray(1), bitLength: (c.length - 1) * 8 - pad };
}

const OID_EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';
const OID_EXT_KEY_USAGE = '2.5.29.37';
const OID_SAN = '2.5.29.17';

const HASH_OF: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const HASH_LEN: Record<string, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

interface SigAlg {
  readonly name: string;
  readonly hash: string | null;
  readonly key: 'rsa' | 'rsa-pss' | 'ec' | 'ed25519' | 'dsa';
  readonly insecure?: boolean;
}

const SIGNATURE_ALGORITHMS: Record<string, SigAlg> = {
  '1.2.840.113549.1.1.2': { name: 'MD2-RSA', hash: null, key: 'rsa', insecure: true },
  '1.2.840.113549.1.1.4': { name: 'MD5-RSA', hash: 'md5', key: 'rsa', insecure: true },
  '1.2.840.113549.1.1.5': { name: 'SHA1-RSA', hash: 'sha1', key: 'rsa' },
  '1.2.840.113549.1.1.11': { name: 'SHA256-RSA', hash: 'sha256', key: 'rsa' },
  '1.2.840.113549.1.1.12': { name: 'SHA384-RSA', hash: 'sha384', key: 'rsa' },
  '1.2.840.113549.1.1.13': { name: 'SHA512-RSA', hash: 'sha512', key: 'rsa' },
  '1.2.840.10040.4.3': { name: 'DSA-SHA1', hash: 'sha1', key: 'dsa' },
  '2.16.840.1.101.3.4.3.2': { name: 'DSA-SHA256', hash: 'sha256', key: 'dsa' },
  '1.2.840.10045.4.1': { name: 'ECDSA-SHA1', hash: 'sha1', key: 'ec' },
  '1.2.840.10045.4.3.2': { name: 'ECDSA-SHA256', hash: 'sha256', key: 'ec' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA-SHA384', hash: 'sha384', key: 'ec' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA-SHA512', hash: 'sha512', key: 'ec' },
  '1.3.101.112': { name: 'Ed25519', hash: null, key: 'ed25519' },
};
const OID_RSA_PSS = '1.2.840.113549.1.1.10';

const PUBLIC_KEY_ALGORITHMS: Record<string, SigAlg['key']> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.10045.2.1': 'ec',
  '1.3.101.112': 'ed25519',
  '1.2.840.10040.4.1': 'dsa',
};
const GO_CURVES = new Set(['1.3.132.0.33', '1.2.840.10045.3.1.7', '1.3.132.0.34', '1.3.132.0.35']);

const UNSUPPORTED = 'x509: cannot verify signature: algorithm unimplemented';

/** Go's getSignatureAlgorithmFromAI, RSASSA-PSS included (SHA-2, MGF1 of the same hash). */
function signatureAlgorithm(ai: Tlv): SigAlg | undefined {
  const parts = children(expect(ai, 0x30, 'AlgorithmIdentifier'));
  const oid = oidText(parts[0]);
  if (oid !== OID_RSA_PSS) return SIGNATURE_ALGORITHMS[oid];
  const params = parts[1] ? children(expect(parts[1], 0x30, 'RSASSA-PSS params')) : [];
  const hashField = params.find((p) => p.tag === 0xa0);
  if (!hashField) return undefined;
  const hash = HASH_OF[oidText(children(children(hashField)[0])[0])];
  return hash ? { name: `${hash.toUpperCase()}-RSAPSS`, hash, key: 'rsa-pss' } : undefined;
}

function checkSignature(alg: SigAlg | undefined, keyAlg: SigAlg['key'] | undefined, spki: Buffer, signed: Buffer, signature: Buffer): void {
  if (!alg || !keyAlg) fail(UNSUPPORTED);
  if (alg!.insecure) fail(`x509: cannot verify signature: insecure algorithm ${alg!.name}`);
  const wantKey = alg!.key === 'rsa-pss' ? 'rsa' : alg!.key;
  if (wantKey === 'dsa' || keyAlg === 'dsa') fail(UNSUPPORTED);
  if (wantKey !== keyAlg) fail(`x509: signature algorithm specifies an ${wantKey.toUpperCase()} public key, but have public key of type ${keyAlg}`);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch (e) {
    return fail(`x509: failed to parse public key: ${(e as Error).message}`);
  }
  if (keyAlg === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    // Go 1.24+ refuses RSA operations with keys under 1024 bits.
    if (bits < 1024) fail(`crypto/rsa: ${bits}-bit keys are insecure (see https://go.dev/pkg/crypto/rsa#hdr-Minimum_key_size)`);
  }
  let ok: boolean;
  try {
    if (alg!.key === 'rsa-pss') {
      ok = verify(alg!.hash!, signed, { key, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: HASH_LEN[alg!.hash!] }, signature);
    } else {
      ok = verify(alg!.hash, signed, key, signature);
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    fail(keyAlg === 'rsa' ? 'crypto/rsa: verification error' : keyAlg === 'ec' ? 'x509: ECDSA verification failure' : 'x509: Ed25519 verification failure');
  }
}

/** Go's parseSANExtension checks that reject a CSR: IA5 names and 4/16-byte IP addresses. */
function checkSAN(value: Buffer): void {
  for (const name of children(only(value, 'X.509 SubjectAltName'))) {
    const tagNum = name.tag & 0x1f;
    if ((tagNum === 1 || tagNum === 2 || tagNum === 6) && [...name.content].some((b) => b > 0x7f)) {
      fail(`x509: SAN ${tagNum === 1 ? 'rfc822Name' : tagNum === 2 ? 'dNSName' : 'uniformResourceIdentifier'} is malformed`);
    }
    if (tagNum === 7 && name.content.length !== 4 && name.content.length !== 16) {
      fail(`x509: cannot parse IP address of length ${name.content.length}`);
    }
  }
}

function parseBasicConstraints(value: Buffer): boolean {
  const fields = children(expect(only(value, 'X.509 BasicConstraints'), 0x30, 'BasicConstraints'));
  const first = fields[0];
  if (first && first.tag === 0x01) {
    if (first.content.length !== 1) fail('asn1: syntax error: invalid boolean');
    return first.content[0] !== 0;
  }
  return false;
}

function parseKeyUsage(value: Buffer): number {
  const { bytes, bitLength } = bitStringBits(only(value, 'X.509 KeyUsage'));
  let usage = 0;
  for (let i = 0; i < 9 && i < bitLength; i++) {
    if ((bytes[i >> 3] >> (7 - (i % 8))) & 1) usage |= 1 << i;
  }
  return usage;
}

function parseExtKeyUsage(value: Buffer): number[] {
  const ids: number[] = [];
  for (const oid of children(expect(only(value, 'X.509 ExtendedKeyUsage'), 0x30, 'ExtKeyUsage'))) {
    const id = EXT_KEY_USAGE_OIDS[oidText(oid)];
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** pem.Decode: the first well-formed block, whatever its type. */
function pemBlock(text: string): { type: string; der: Buffer } | undefined {
  const re = /(?:^|\n)-----BEGIN ([^\n]*?)-----[ \t]*\r?\n([\s\S]*?)\r?\n?-----END \1-----[ \t]*(?=\r?\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2].replace(/[ \t\r\n]/g, '');
    if (body.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(body)) return { type: m[1], der: Buffer.from(body, 'base64') };
  }
  return undefined;
}

const OID_COMMON_NAME = '2.5.4.3';
const OID_ORGANIZATION = '2.5.4.10';

/** A DirectoryString's text (UTF8String, BMPString as UTF-16BE, the 8-bit string types). */
function directoryString(tlv: Tlv): string {
  if (tlv.tag === 0x1e) {
    const swapped = Buffer.from(tlv.content);
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return tlv.content.toString(tlv.tag === 0x0c ? 'utf8' : 'latin1');
}

/** The commonName and organization values of an X.501 Name, in order. */
function subjectNames(subject: Tlv): { commonNames: string[]; organizations: string[] } {
  const commonNames: string[] = [];
  const organizations: string[] = [];
  for (const rdn of children(subject)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      const id = oidText(type);
      if (id === OID_COMMON_NAME) commonNames.push(directoryString(value));
      if (id === OID_ORGANIZATION) organizations.push(directoryString(value));
    }
  }
  return { commonNames, organizations };
}

/** Parses and verifies a PEM CSR; the error text is cert-manager's/Go's where known. */
export function parseCsrPem(pem: Buffer): CsrParseResult {
  try {
    const block = pemBlock(pem.toString('latin1'));
    if (!block) fail('error decoding certificate request PEM block');
    const outer = children(expect(only(block!.der, 'certificate request'), 0x30, 'CertificateRequest'));
    const [info, sigAlg, sigValue] = outer;
    const infoFields = children(expect(info, 0x30, 'CertificationRequestInfo'));
    expect(infoFields[0], 0x02, 'version');
    const subject = expect(infoFields[1], 0x30, 'subject');
    const spki = expect(infoFields[2], 0x30, 'SubjectPublicKeyInfo');
    const spkiAlg = children(expect(children(spki)[0], 0x30, 'AlgorithmIdentifier'));
    const keyAlg = PUBLIC_KEY_ALGORITHMS[oidText(spkiAlg[0])];
    if (keyAlg === 'ec') {
      const curve = spkiAlg[1] && spkiAlg[1].tag === 0x06 ? oidText(spkiAlg[1]) : '';
      if (!GO_CURVES.has(curve)) fail('x509: unsupported elliptic curve');
    }

    const extensions: { oid: string; value: Buffer }[] = [];
    const attributes = infoFields[3] && infoFields[3].tag === 0xa0 ? children(infoFields[3]) : [];
    const seen = new Set<string>();
    for (const attr of attributes) {
      // Go skips attributes that don't parse; a malformed extensionRequest, however, fails.
      let parts: Tlv[];
      try {
        parts = children(attr);
        if (attr.tag !== 0x30 || parts.length !== 2 || parts[1].tag !== 0x31 || children(parts[1]).length === 0) continue;
        if (oidText(parts[0]) !== OID_EXTENSION_REQUEST) continue;
      } catch {
        continue;
      }
      for (const ext of children(expect(children(parts[1])[0], 0x30, 'Extensions'))) {
        const fields = children(expect(ext, 0x30, 'Extension'));
        const oid = oidText(fields[0]);
        const value = expect(fields[fields.length - 1], 0x04, 'extnValue').content;
        if (seen.has(oid)) fail('x509: certificate request contains duplicate requested extensions');
        seen.add(oid);
        extensions.push({ oid, value });
      }
    }
    for (const ext of extensions) if (ext.oid === OID_SAN) checkSAN(ext.value);

    const { bytes: signature } = bitStringBits(expect(sigValue, 0x03, 'signature'));
    checkSignature(signatureAlgorithm(sigAlg), keyAlg, spki.full, info.full, signature);

    let csr: ParsedCsr = {
      pemType: block!.type,
      ...subjectNames(subject),
      publicKey: createPublicKey({ key: spki.full, format: 'der', type: 'spki' }),
    };
    for (const ext of extensions) {
      if (ext.oid === OID_BASIC_CONSTRAINTS) csr = { ...csr, isCA: parseBasicConstraints(ext.value) };
      if (ext.oid === OID_KEY_USAGE) csr = { ...csr, keyUsage: parseKeyUsage(ext.value) };
      if (ext.oid === OID_EXT_KEY_USAGE) csr = { ...csr, extKeyUsage: parseExtKeyUsage(ext.value) };
    }
    return { csr };
  } catch (e) {
    if (e instanceof CsrError) return { error: e.message };
    throw e;
  }
}
