// The Kubernetes CEL library functions the pinned CRDs' rules call, on top of @bufbuild/cel's
// standard functions and strings extension, with the semantics of k8s.io/apiserver/pkg/cel/library:
// - urls: url(string), isURL(string), and <URL>.getScheme/getHost/getHostname/getPort/getEscapedPath/getQuery;
// - ip: isIP(string).
// A rule calling any other function fails to compile here, and the CEL coverage test names it.
import { CelFunc, CelScalar, celFunc, celMethod, celMap, CelMap, isCelMap } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { GoUrl, parseRequestUri, parseUrl, urlEscapedPath, urlHostname, urlPort, urlQuery } from './go-url';

// A URL value: an opaque map (nothing of it is readable as a map from a rule) whose parsed form the
// accessors find here. CEL has no other way for a library to add a type without protobuf descriptors.
const URLS = new WeakMap<CelMap, GoUrl>();

function urlOf(value: unknown): GoUrl {
  const url = isCelMap(value) ? URLS.get(value) : undefined;
  if (!url) throw new Error('no such overload');
  return url;
}

function toUrl(s: string): CelMap {
  // As the API server: ParseRequestURI decides validity, Parse (which understands #fragment) the parts.
  const checked = parseRequestUri(s);
  if (checked.error) throw new Error(`URL parse error during conversion from string: ${checked.error}`);
  const value = celMap(new Map<string, string>());
  URLS.set(value, parseUrl(s));
  return value;
}

const urlAccessor = (name: string, read: (url: GoUrl) => string): CelFunc =>
  celMethod(name, CelScalar.DYN, [], CelScalar.STRING, function (this: unknown) {
    return read(urlOf(this));
  });

// Go's netip.ParseAddr, then the library's refusals: zones and IPv4-mapped IPv6 addresses.
const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;

function ipv4Bytes(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (IPV4_OCTET.test(p) ? Number(p) : 256));
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function ipv6Bytes(s: string): number[] | undefined {
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

/** Whether the Kubernetes `isIP()` accepts `s`. */
export function isKubernetesIp(s: string): boolean {
  if (s.includes('%')) return false; // a zone: refused (an empty one does not parse at all)
  if (!s.includes(':')) return ipv4Bytes(s) !== undefined;
  const bytes = ipv6Bytes(s);
  if (!bytes) return false;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return !mapped;
}

/** The functions a CRD's CEL rule may call besides CEL's standard ones. */
export const KUBERNETES_CEL_FUNCTIONS: readonly CelFunc[] = [
  ...strings,
  celFunc('url', [CelScalar.STRING], CelScalar.DYN, toUrl),
  celFunc('isURL', [CelScalar.STRING], CelScalar.BOOL, (s: string) => parseRequestUri(s).url !== undefined),
  urlAccessor('getScheme', (u) => u.scheme),
  urlAccessor('getHost', (u) => u.host),
  urlAccessor('getHostname', urlHostname),
  urlAccessor('getPort', urlPort),
  urlAccessor('getEscapedPath', urlEscapedPath),
  celMethod('getQuery', CelScalar.DYN, [], CelScalar.DYN, function (this: unknown) {
    return urlQuery(urlOf(this));
  }),
  celFunc('isIP', [CelScalar.STRING], CelScalar.BOOL, isKubernetesIp),
];
