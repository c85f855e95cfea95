// The parts of a PKCS#10 request that say who it is for: the subject (CN = Kubernetes user name,
// O = groups, as the API server's x509 authenticator reads them) and the public key. The request's
// structure and signature are verified by ../util/pkcs10.ts first; this only reads fields.
import { KeyObject, createPublicKey } from 'crypto';

interface Tlv { readonly tag: number; readonly content: Buffer; readonly full: Buffer }

function readTlv(buf: Buffer, off: number): { tlv: Tlv; next: number } {
  if (off + 2 > buf.length) throw new Error('truncated DER');
  const tag = buf[off];
  let pos = off + 1;
  let len = buf[pos++];
  if (len >= 0x80) {
    const n = len - 0x80;
    if (n === 0 || n > 4) throw new Error('unsupported DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos++];
  }
  if (pos + len > buf.length) throw new Error('truncated DER');
  return { tlv: { tag, content: buf.subarray(pos, pos + len), full: buf.subarray(off, pos + len) }, next: pos + len };
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

function oid(tlv: Tlv): string {
  const b = tlv.content;
  const arcs: number[] = [];
  let v = 0;
  for (const byte of b) {
    v = v * 128 + (byte & 0x7f); // eslint-disable-line no-bitwise
    if (byte < 0x80) {
      arcs.push(v);
      v = 0;
    }
  }
  const first = arcs[0] < 80 ? [Math.floor(arcs[0] / 40), arcs[0] % 40] : [2, arcs[0] - 80];
  return [...first, ...arcs.slice(1)].join('.');
}

function text(tlv: Tlv): string {
  if (tlv.tag === 0x1e) {
    // BMPString: UTF-16 big endian.
    const swapped = Buffer.from(tlv.content);
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return tlv.content.toString(tlv.tag === 0x0c ? 'utf8' : 'latin1');
}

const OID_CN = '2.5.4.3';
const OID_O = '2.5.4.10';

export interface CsrSubject {
  readonly commonNames: string[];
  readonly organizations: string[];
  readonly publicKey: KeyObject;
}

/** CN, O and public key of a DER PKCS#10 request; throws on a structure it cannot read. */
export function csrSubject(der: Buffer): CsrSubject {
  const request = readTlv(der, 0).tlv;
  const info = children(request)[0];
  const [, subject, spki] = children(info);
  const commonNames: string[] = [];
  const organizations: string[] = [];
  for (const rdn of children(subject)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      const id = oid(type);
      if (id === OID_CN) commonNames.push(text(value));
      if (id === OID_O) organizations.push(text(value));
    }
  }
  return { commonNames, organizations, publicKey: createPublicKey({ key: spki.full, format: 'der', type: 'spki' }) };
}

/** The DER of the first `CERTIFICATE REQUEST` PEM block, or undefined. */
export function csrDer(pem: string): Buffer | undefined {
  const m = /-----BEGIN (NEW )?CERTIFICATE REQUEST-----\r?\n([\s\S]*?)-----END (NEW )?CERTIFICATE REQUEST-----/.exec(pem);
  return m ? Buffer.from(m[2].replace(/\s/g, ''), 'base64') : undefined;
}
