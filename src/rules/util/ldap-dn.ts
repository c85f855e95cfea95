/* eslint-disable no-bitwise */ // DER tag and length bytes are bit fields.
// RFC 4514 distinguished names as go-ldap v3 ParseDN reads them (cert-manager's
// UnmarshalSubjectStringToRDNSequence for `literalSubject`, C8-C10): RDNs split on `,` or `;`,
// multi-valued RDNs on `+`, `\` escapes (a special character or two hex digits), spaces around
// types and values trimmed, `#hex` values decoded from BER. Error texts are go-ldap's.

export interface DnAttribute {
  readonly type: string;
  readonly value: string;
}

export type DnParseResult = { readonly rdns: DnAttribute[][] } | { readonly error: string };

class DnError extends Error {}
const fail = (msg: string): never => {
  throw new DnError(msg);
};

/** go-ldap decodeString: trim spaces (keeping an escaped trailing space), then unescape. */
function decodeString(raw: string): string {
  let trimmed = raw.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
  if (trimmed.endsWith('\\') && raw.endsWith(' ')) trimmed += ' ';
  const s = [...trimmed];
  const bytes: number[] = [];
  const pushText = (t: string) => bytes.push(...Buffer.from(t, 'utf8'));
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      pushText(s[i]);
      continue;
    }
    if (i + 1 >= s.length) fail(`got corrupted escaped character: '${s.join('')}'`);
    if (' "#+,;<=>\\'.includes(s[i + 1])) {
      pushText(s[i + 1]);
      i++;
      continue;
    }
    if (i + 2 >= s.length) fail(`failed to decode escaped character: encoding/hex: invalid byte: ${s[i + 1]}`);
    const xx = s[i + 1] + s[i + 2];
    if (Buffer.byteLength(xx, 'utf8') !== 2) fail(`failed to decode escaped character: invalid byte: ${xx}`);
    if (!/^[0-9a-fA-F]{2}$/.test(xx)) {
      const bad = /[0-9a-fA-F]/.test(xx[0]) ? xx[1] : xx[0];
      fail(`failed to decode escaped character: encoding/hex: invalid byte: U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${bad}'`);
    }
    bytes.push(parseInt(xx, 16));
    i += 2;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** go-ldap decodeEncodedString: `#` + hex of one BER element; its content octets as a string. */
function decodeEncoded(hex: string): string {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) fail('failed to decode BER encoding: encoding/hex: invalid byte');
  const der = Buffer.from(hex, 'hex');
  if (der.length < 2) fail('failed to unmarshal hex-encoded string: asn1: syntax error: sequence truncated');
  let off = 1;
  if ((der[0] & 0x1f) === 0x1f) {
    while (off < der.length && der[off] & 0x80) off++;
    off++;
  }
  if (off >= der.length) fail('failed to unmarshal hex-encoded string: asn1: syntax error: truncated tag or length');
  let len = der[off++];
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || off + n > der.length) fail('failed to unmarshal hex-encoded string: asn1: syntax error: truncated tag or length');
    len = 0;
    for (let k = 0; k < n; k++) len = len * 256 + der[off++];
  }
  if (off + len > der.length) fail('failed to unmarshal hex-encoded string: asn1: syntax error: data truncated');
  if (off + len < der.length) fail('trailing data after unmarshalling hex-encoded string');
  return der.subarray(off, off + len).toString('latin1');
}

function setValue(raw: string): string {
  return raw.length > 0 && raw[0] === '#' ? decodeEncoded(raw.slice(1)) : decodeString(raw);
}

/** Parses a DN string; an all-blank string is an empty DN, as in go-ldap. */
export function parseLdapDN(input: string): DnParseResult {
  try {
    const str = input.trim();
    const rdns: DnAttribute[][] = [];
    if (str === '') return { rdns };
    let rdn: DnAttribute[] = [];
    let type = '';
    let escaping = false;
    let start = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str[i];
      if (escaping) {
        escaping = false;
      } else if (c === '\\') {
        escaping = true;
      } else if (c === '=' && type.length === 0) {
        type = decodeString(str.slice(start, i));
        start = i + 1;
      } else if (c === ',' || c === '+' || c === ';') {
        if (type.length === 0) fail('incomplete type, value pair');
        rdn.push({ type, value: setValue(str.slice(start, i)) });
        type = '';
        start = i + 1;
        if (c !== '+') {
          rdns.push(rdn);
          rdn = [];
        }
      }
    }
    if (type.length === 0) fail('DN ended with incomplete type, value pair');
    rdn.push({ type, value: setValue(str.slice(start)) });
    rdns.push(rdn);
    return { rdns };
  } catch (e) {
    if (e instanceof DnError) return { error: e.message };
    throw e;
  }
}
