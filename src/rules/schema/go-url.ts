// The parts of Go's net/url that the Kubernetes CEL `url()` / `isURL()` functions depend on: which
// strings url.ParseRequestURI accepts, and the components url.Parse yields. Written from Go's
// documented behaviour (RFC 3986 with Go's leniencies), so a rule decides as the API server does.

/** The components of a parsed URL, as Go's url.URL holds them. */
export interface GoUrl {
  readonly scheme: string;
  readonly opaque: string;
  /** host or host:port, unescaped; IPv6 literals keep their brackets. */
  readonly host: string;
  /** The decoded path. */
  readonly path: string;
  /** The path as written, when it differs from the default escaping of `path`. */
  readonly rawPath: string;
  readonly rawQuery: string;
}

const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

type Mode = 'path' | 'host' | 'zone' | 'userPassword' | 'queryComponent';

// Characters a host may hold unescaped besides unreserved ones: RFC 3986 sub-delims, the ':' of a
// port, the brackets of an IPv6 literal, and the few Go leaves alone because escaping them breaks Parse.
const HOST_EXTRA = new Set(['!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"']);
const RESERVED = new Set(['$', '&', '+', ',', '/', ':', ';', '=', '?', '@']);

function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlpha(c) || isDigit(c)) return false;
  if ((mode === 'host' || mode === 'zone') && HOST_EXTRA.has(c)) return false;
  if (c === '-' || c === '_' || c === '.' || c === '~') return false;
  if (RESERVED.has(c)) {
    switch (mode) {
      case 'path': return c === '?';
      case 'userPassword': return c === '@' || c === '/' || c === '?' || c === ':';
      case 'queryComponent': return true;
      default: break;
    }
  }
  return true;
}

class UrlError extends Error {}

/** Go's unescape: validates %-escapes (and, for hosts, the characters), then decodes. */
function unescape(s: string, mode: Mode): string {
  const bytes: number[] = [];
  let escaped = false;
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '%') {
      if (!isHex(s[i + 1]) || !isHex(s[i + 2])) throw new UrlError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      const value = parseInt(s.slice(i + 1, i + 3), 16);
      // In a host, %-encoding is only for non-ASCII bytes, and %25 (a zone's '%').
      if (mode === 'host' && value < 0x80 && s.slice(i, i + 3) !== '%25') throw new UrlError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      if (mode === 'zone' && s.slice(i, i + 3) !== '%25' && value !== 0x20 && value < 0x80 && shouldEscape(String.fromCharCode(value), 'host')) {
        throw new UrlError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      }
      bytes.push(value);
      escaped = true;
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
      throw new UrlError(`invalid character "${c}" in host name`);
    }
    if (c === '+' && mode === 'queryComponent') {
      bytes.push(0x20);
      escaped = true;
    } else {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
    }
    i += 1;
  }
  return escaped ? Buffer.from(bytes).toString('utf8') : s;
}

function escape(s: string, mode: Mode): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && !shouldEscape(c, mode) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function splitScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (isAlpha(c)) continue;
    if (isDigit(c) || c === '+' || c === '-' || c === '.') {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

const validOptionalPort = (port: string) => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new UrlError("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) throw new UrlError(`invalid port "${colonPort}" after host`);
    const zone = host.slice(0, close).indexOf('%25');
    if (zone >= 0) {
      return unescape(host.slice(0, zone), 'host') + unescape(host.slice(zone, close), 'zone') + unescape(host.slice(close), 'host');
    }
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) throw new UrlError(`invalid port "${host.slice(colon)}" after host`);
  }
  return unescape(host, 'host');
}

function parseAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) throw new UrlError('net/url: invalid userinfo');
    const colon = userinfo.indexOf(':');
    unescape(colon < 0 ? userinfo : userinfo.slice(0, colon), 'userPassword');
    if (colon >= 0) unescape(userinfo.slice(colon + 1), 'userPassword');
  }
  return host;
}

function parse(raw: string, viaRequest: boolean): GoUrl {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new UrlError('net/url: invalid control character in URL');
  if (raw === '' && viaRequest) throw new UrlError('empty url');
  if (raw === '*') return { scheme: '', opaque: '', host: '', path: '*', rawPath: '', rawQuery: '' };
  let [scheme, rest] = splitScheme(raw);
  scheme = scheme.toLowerCase();
  let rawQuery = '';
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme, opaque: rest, host: '', path: '', rawPath: '', rawQuery };
    if (viaRequest) throw new UrlError('invalid URI for request');
    const slash = rest.indexOf('/');
    if ((slash < 0 ? rest : rest.slice(0, slash)).includes(':')) throw new UrlError('first path segment in URL cannot contain colon');
  }
  let host = '';
  if ((scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    host = parseAuthority(authority);
  }
  const path = unescape(rest, 'path');
  return { scheme, opaque: '', host, path, rawPath: escape(path, 'path') === rest ? '' : rest, rawQuery };
}

/** Go's url.ParseRequestURI: an absolute URI or an absolute path; the error message when it is neither. */
export function parseRequestUri(raw: string): { url?: GoUrl; error?: string } {
  try {
    return { url: parse(raw, true) };
  } catch (e) {
    if (e instanceof UrlError) return { error: `parse ${JSON.stringify(raw)}: ${e.message}` };
    throw e;
  }
}

/** Go's url.Parse, which also takes a #fragment (dropped here: no accessor reads it). */
export function parseUrl(raw: string): GoUrl {
  const hash = raw.indexOf('#');
  return parse(hash < 0 ? raw : raw.slice(0, hash), false);
}

/** The host without its port; IPv6 literals without brackets (Go's URL.Hostname). */
export function urlHostname(url: GoUrl): string {
  return splitHostPort(url.host)[0];
}

/** The port when the host ends in a numeric one, else '' (Go's URL.Port). */
export function urlPort(url: GoUrl): string {
  return splitHostPort(url.host)[1];
}

function splitHostPort(hostPort: string): [string, string] {
  let host = hostPort;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && /^:[0-9]*$/.test(host.slice(colon))) {
    port = host.slice(colon + 1);
    host = host.slice(0, colon);
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return [host, port];
}

/** The escaped path (Go's URL.EscapedPath). */
export function urlEscapedPath(url: GoUrl): string {
  if (url.rawPath !== '') {
    try {
      if (unescape(url.rawPath, 'path') === url.path && isValidEncodedPath(url.rawPath)) return url.rawPath;
    } catch {
      // fall through to the default escaping
    }
  }
  return url.path === '*' ? '*' : escape(url.path, 'path');
}

function isValidEncodedPath(s: string): boolean {
  for (const c of s) {
    if ("!$&'()*+,;=:@[]%".includes(c)) continue;
    if (c.charCodeAt(0) >= 0x80 || shouldEscape(c, 'path')) return false;
  }
  return true;
}

/** The query parameters, repeated keys collecting their values; malformed pairs dropped (Go's URL.Query). */
export function urlQuery(url: GoUrl): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of url.rawQuery.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    try {
      const key = unescape(eq < 0 ? pair : pair.slice(0, eq), 'queryComponent');
      const value = unescape(eq < 0 ? '' : pair.slice(eq + 1), 'queryComponent');
      out.set(key, [...(out.get(key) ?? []), value]);
    } catch {
      // Go drops a pair it cannot unescape
    }
  }
  return out;
}
