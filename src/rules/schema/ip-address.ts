// IP address syntax as Go parses it (net.ParseIP, netip.ParseAddr without a zone): dotted-quad IPv4
// without leading zeros, IPv6 with at most one `::` and an optional trailing dotted quad.
// Shared by the schema's ipv4/ipv6 formats and the CEL isIP() function.

const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** The 4 bytes of an IPv4 address, or undefined when `s` is not one. */
export function ipv4Bytes(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (IPV4_OCTET.test(p) ? Number(p) : 256));
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** The 16 bytes of an IPv6 address, or undefined when `s` is not one (zones included). */
export function ipv6Bytes(s: string): number[] | undefined {
  let text = s;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    const v4 = ipv4Bytes(text.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    const prefix = text.slice(0, lastColon + 1);
    text = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined;
  const wanted = 8 - tail.length / 2;
  const present = head.length + rest.length;
  if (halves.length === 2 ? present >= wanted : present !== wanted) return undefined;
  const words = [...head, ...Array(wanted - present).fill('0'), ...rest].map((g) => parseInt(g, 16));
  return [...words.flatMap((w) => [Math.floor(w / 256), w % 256]), ...tail];
}
