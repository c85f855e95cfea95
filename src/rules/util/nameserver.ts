// Nameserver syntax exactly as cert-manager's webhook judges it: Go's net.SplitHostPort, and
// cert-manager's ValidNameserver (internal/apis/certmanager/validation/util/nameserver.go) on top.
// Reimplemented byte for byte rather than "parsed properly", because parity is the point: the
// webhook accepts odd values such as `[abc` and `8.8.8.8:` and rejects `2001:db8::1`.

/** Go's net.SplitHostPort: host and port, or the Go error text. */
export type SplitHostPortResult = { host: string; port: string } | { error: string };

const MISSING_PORT = 'missing port in address';
const TOO_MANY_COLONS = 'too many colons in address';

export function splitHostPort(hostport: string): SplitHostPortResult {
  const fail = (why: string): SplitHostPortResult => ({ error: `address ${hostport}: ${why}` });
  let j = 0;
  let k = 0;
  const i = hostport.lastIndexOf(':');
  if (i < 0) return fail(MISSING_PORT);

  let host: string;
  if (hostport[0] === '[') {
    const end = hostport.indexOf(']');
    if (end < 0) return fail("missing ']' in address");
    if (end + 1 === hostport.length) return fail(MISSING_PORT);
    if (end + 1 !== i) {
      // Either ']' is not followed by a colon, or by a colon that is not the last one.
      return fail(hostport[end + 1] === ':' ? TOO_MANY_COLONS : MISSING_PORT);
    }
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':')) return fail(TOO_MANY_COLONS);
  }
  if (hostport.slice(j).includes('[')) return fail("unexpected '[' in address");
  if (hostport.slice(k).includes(']')) return fail("unexpected ']' in address");
  return { host, port: hostport.slice(i + 1) };
}

/** Go's net.JoinHostPort. */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Go's strings.Trim(s, cutset). */
function trimChars(s: string, cutset: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && cutset.includes(s[start])) start++;
  while (end > start && cutset.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

/**
 * cert-manager's ValidNameserver for `rfc2136.nameserver` (rule D26): the normalised `host:port`
 * (port 53 when none is given), or the reason it is refused. The port itself is never checked.
 */
export function validNameserver(input: string): { nameserver: string } | { error: string } {
  // Go's strings.TrimSpace trims Unicode white space, as String.prototype.trim does.
  const nameserver = input.trim();
  if (nameserver === '') return { error: 'RFC2136 nameserver missing' };

  let host: string;
  let port = '';
  const split = splitHostPort(nameserver);
  if ('error' in split) {
    if (!split.error.includes('missing port')) return { error: `RFC2136 nameserver is invalid: ${split.error}` };
    // net.JoinHostPort wants an IPv6 address without its brackets.
    host = trimChars(nameserver, '[]');
  } else {
    host = split.host;
    port = split.port;
  }
  if (host === '') return { error: `RFC2136 nameserver has no host defined, ${nameserver}` };
  return { nameserver: joinHostPort(host, port === '' ? '53' : port) };
}

export const RECURSIVE_NAMESERVER_HOSTPORT_MESSAGE = 'must be in the format <ip address>:<port>';
export const RECURSIVE_NAMESERVER_DOH_MESSAGE = 'must be in the format https://<DoH RFC 8484 server address>';

/**
 * The check cert-manager applies to recursive nameservers (rule D2, `dns01.nameservers[i]` on
 * cert-manager master, and the controller's `--dns01-recursive-nameservers`): either `host:port`
 * as Go's net.SplitHostPort reads it, or an `https://` DoH URL with a host. Returns the detail
 * text of the error, or undefined when valid.
 */
export function recursiveNameserverError(server: string): string | undefined {
  if (server.startsWith('https://')) {
    return dohUrlHasHost(server) ? undefined : RECURSIVE_NAMESERVER_DOH_MESSAGE;
  }
  return 'error' in splitHostPort(server) ? RECURSIVE_NAMESERVER_HOSTPORT_MESSAGE : undefined;
}

// Go's url.ParseRequestURI on an `https://` string: the authority runs to the first '/', and the
// host is what remains after any `userinfo@` and without the port. Characters Go refuses in a
// URL (spaces, control characters) make it invalid.
function dohUrlHasHost(server: string): boolean {
  if (/[\s\x00-\x1f\x7f]/.test(server)) return false;
  const rest = server.slice('https://'.length);
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const hostport = authority.slice(authority.lastIndexOf('@') + 1);
  let host = hostport;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) return false;
    host = hostport.slice(0, end + 1);
  } else if (hostport.includes(':')) {
    host = hostport.slice(0, hostport.lastIndexOf(':'));
  }
  return host !== '';
}
