/* eslint-disable no-bitwise */ // IPv6 groups are 16-bit fields.
// Go's net.ParseIP and net.ParseCIDR, which cert-manager uses for `ipAddresses` (C13) and name
// constraint `ipRanges` (C39). Both go through netip.ParseAddr (Go >= 1.22): IPv4 octets with
// leading zeros are rejected, IPv4-in-IPv6 forms (`::ffff:1.2.3.4`) are accepted, zones
// (`fe80::1%eth0`) are rejected.

interface ParsedAddr {
  readonly bytes: number[];
  readonly zone: string;
}

function parseIPv4Fields(s: string): number[] | undefined {
  const out: number[] = [];
  let val = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (digits === 1 && val === 0) return undefined; // leading zero
      val = val * 10 + (c - 0x30);
      digits++;
      if (val > 255) return undefined;
    } else if (c === 0x2e) {
      if (digits === 0 || out.length === 3) return undefined;
      out.push(val);
      val = 0;
      digits = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || out.length !== 3) return undefined;
  out.push(val);
  return out;
}

function parseIPv6(input: string): ParsedAddr | undefined {
  let s = input;
  let zone = '';
  const pct = s.indexOf('%');
  if (pct >= 0) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
    if (zone === '') return undefined;
  }
  const ip = new Array<number>(16).fill(0);
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return { bytes: ip, zone };
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      if (!/^[0-9a-fA-F]$/.test(s[off])) break;
      acc = acc * 16 + parseInt(s[off], 16);
      if (off > 3 || acc > 0xffff) return undefined;
    }
    if (off === 0) return undefined;
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) return undefined;
      if (i + 4 > 16) return undefined;
      const v4 = parseIPv4Fields(s);
      if (!v4) return undefined;
      ip.splice(i, 4, ...v4);
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j];
    for (let j = ellipsis; j < ellipsis + n; j++) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return undefined;
  }
  return { bytes: ip, zone };
}

/** netip.ParseAddr: the first `.` or `:` decides between IPv4 and IPv6. */
function parseAddr(s: string): (ParsedAddr & { is4: boolean }) | undefined {
  for (const c of s) {
    if (c === '.') {
      const v4 = parseIPv4Fields(s);
      return v4 ? { bytes: v4, zone: '', is4: true } : undefined;
    }
    if (c === ':') {
      const v6 = parseIPv6(s);
      return v6 ? { ...v6, is4: false } : undefined;
    }
    if (c === '%') return undefined;
  }
  return undefined;
}

/** True when Go's net.ParseIP returns an address. */
export function isGoIP(s: string): boolean {
  const addr = parseAddr(s);
  return addr !== undefined && addr.zone === '';
}

/** True when Go's net.ParseCIDR accepts `s` (an address, `/`, a prefix length in range). */
export function isGoCIDR(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const addr = parseAddr(s.slice(0, slash));
  if (!addr || addr.zone !== '') return false;
  const mask = s.slice(slash + 1);
  if (!/^[0-9]+$/.test(mask)) return false;
  return Number(mask) <= (addr.is4 ? 32 : 128);
}
