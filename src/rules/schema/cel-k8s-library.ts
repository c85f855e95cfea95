// The Kubernetes CEL library functions the pinned CRDs' rules call, on top of @bufbuild/cel's
// standard functions and strings extension, with the semantics of k8s.io/apiserver/pkg/cel/library:
// - urls: url(string), isURL(string), and <URL>.getScheme/getHost/getHostname/getPort/getEscapedPath/getQuery;
// - ip: isIP(string).
// A rule calling any other function fails to compile here, and the CEL coverage test names it.
import { CelFunc, CelScalar, celFunc, celMethod, celMap, CelMap, isCelMap } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { GoUrl, parseRequestUri, parseUrl, urlEscapedPath, urlHostname, urlPort, urlQuery } from './go-url';
import { ipv4Bytes, ipv6Bytes } from './ip-address';

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
