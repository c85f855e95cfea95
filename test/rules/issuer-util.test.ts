import * as fc from 'fast-check';
import { CA_BUNDLE, CA_PEM } from './issuer-fixtures';
import { fieldError, stringer } from '../../src/rules/util/field-error';
import { joinHostPort, recursiveNameserverError, splitHostPort, validNameserver } from '../../src/rules/util/nameserver';
import { caBundleProblem, decodeGoBytes, pemHasCertificate } from '../../src/rules/util/pem';
import { secretKeySelectorProblems } from '../../src/rules/util/secret-ref';

describe('splitHostPort (Go net.SplitHostPort test tables)', () => {
  test.each([
    ['www.google.com:80', 'www.google.com', '80'],
    ['127.0.0.1:1234', '127.0.0.1', '1234'],
    ['[::1]:80', '::1', '80'],
    ['[fe80::1%lo0]:80', 'fe80::1%lo0', '80'],
    [':0', '', '0'],
    ['google.com:https%foo', 'google.com', 'https%foo'],
    ['127.0.0.1:', '127.0.0.1', ''],
    ['www.google.com:', 'www.google.com', ''],
  ])('%s', (hostport, host, port) => {
    expect(splitHostPort(hostport)).toEqual({ host, port });
    expect(joinHostPort(host, port)).toBe(hostport);
  });

  test('a bracketed non-IPv6 host splits too', () => {
    expect(splitHostPort('[localhost%lo0]:80')).toEqual({ host: 'localhost%lo0', port: '80' });
  });

  test.each([
    ['www.google.com', 'missing port in address'],
    ['127.0.0.1', 'missing port in address'],
    ['[::1]', 'missing port in address'],
    ['[fe80::1%lo0]', 'missing port in address'],
    ['[localhost%lo0]', 'missing port in address'],
    ['localhost%lo0', 'missing port in address'],
    ['::1', 'too many colons in address'],
    ['fe80::1%lo0', 'too many colons in address'],
    ['fe80::1%lo0:80', 'too many colons in address'],
    ['[foo:bar]', 'missing port in address'],
    ['[foo:bar]baz', 'missing port in address'],
    ['[foo]bar:baz', 'missing port in address'],
    ['[foo]:[bar]:baz', 'too many colons in address'],
    ['[foo]:[bar]baz', "unexpected '[' in address"],
    ['foo[bar]:baz', "unexpected '[' in address"],
    ['foo]bar:baz', "unexpected ']' in address"],
    ['[foo:80', "missing ']' in address"],
  ])('%s fails: %s', (hostport, why) => {
    expect(splitHostPort(hostport)).toEqual({ error: `address ${hostport}: ${why}` });
  });
});

describe('validNameserver (cert-manager util/nameserver_test.go)', () => {
  test.each([
    ['IPv4 with no port should return port 53', '8.8.8.8', '8.8.8.8:53'],
    ['IPv4 with : but no port number should return port 53', '8.8.8.8:', '8.8.8.8:53'],
    ['IPv4 with port number should return the same', '8.8.8.8:5353', '8.8.8.8:5353'],
    ['IPv6 with no port should return port 53', '[2001:db8::1]', '[2001:db8::1]:53'],
    ['IPv6 with : but no port number should return port 53', '[2001:db8::1]:', '[2001:db8::1]:53'],
    ['IPv6 with port number should return the same', '[2001:db8::1]:5353', '[2001:db8::1]:5353'],
    ['DNS name with no port should return port 53', 'nameserver.com', 'nameserver.com:53'],
    ['DNS name with : but no port number should return port 53', 'nameserver.com:', 'nameserver.com:53'],
    ['DNS name with port number should return the same', 'nameserver.com:5353', 'nameserver.com:5353'],
  ])('%s', (_name, nameserver, want) => {
    expect(validNameserver(nameserver)).toEqual({ nameserver: want });
  });

  test.each([
    ['Non unenclosed IPv6 should error', '2001:db8::1:5353'],
    ['Port only should error', ':53'],
    ['Empty nameserver should error', ''],
    ['Whitespace only should error', '   '],
    ['Host with too many colons should error', '8.8.8:8:53'],
  ])('%s', (_name, nameserver) => {
    expect(validNameserver(nameserver)).toEqual({ error: expect.any(String) });
  });

  // cert-manager's property test (nameserver_hegel_test.go): normalisation laws for any host.
  const hosts = fc.oneof(fc.ipV4(), fc.ipV6(), fc.domain({ size: 'small' }).filter((d) => d.length <= 30));
  test('a host with an explicit port (0-65535) comes back unchanged', () => {
    fc.assert(fc.property(hosts, fc.integer({ min: 0, max: 65535 }), (host, port) => {
      const withPort = joinHostPort(host, String(port));
      expect(validNameserver(withPort)).toEqual({ nameserver: withPort });
    }));
  });

  test('a bare host, with or without a trailing colon, gets port 53, and the result is a fixed point', () => {
    fc.assert(fc.property(hosts, fc.boolean(), (host, colon) => {
      const bare = (host.includes(':') ? `[${host}]` : host) + (colon ? ':' : '');
      const want = joinHostPort(host, '53');
      expect(validNameserver(bare)).toEqual({ nameserver: want });
      expect(validNameserver(want)).toEqual({ nameserver: want });
    }));
  });
});

describe('recursiveNameserverError (D2, the controller\'s --dns01-recursive-nameservers check)', () => {
  test.each(['8.8.8.8:53', '[2001:4860:4860::8888]:53', 'dns.example.com:53', 'https://1.1.1.1/dns-query', 'https://dns.google/dns-query', 'https://user@doh.example.com:8443'])('%s is valid', (server) => {
    expect(recursiveNameserverError(server)).toBeUndefined();
  });

  test('an http:// URL passes, as in Go: SplitHostPort reads host "http" and port "//1.1.1.1/dns-query"', () => {
    expect(recursiveNameserverError('http://1.1.1.1/dns-query')).toBeUndefined();
  });

  test.each([
    ['8.8.8.8', 'must be in the format <ip address>:<port>'],
    ['2001:4860:4860::8888', 'must be in the format <ip address>:<port>'],
    ['https://', 'must be in the format https://<DoH RFC 8484 server address>'],
    ['https:///dns-query', 'must be in the format https://<DoH RFC 8484 server address>'],
    ['https://:443/dns-query', 'must be in the format https://<DoH RFC 8484 server address>'],
  ])('%s is refused', (server, detail) => {
    expect(recursiveNameserverError(server)).toBe(detail);
  });
});

describe('PEM bundles (A2, VA4)', () => {
  test('Go []byte decoding: strict base64, CR/LF ignored', () => {
    expect(decodeGoBytes(CA_BUNDLE)?.toString()).toBe(CA_PEM);
    expect(decodeGoBytes(CA_BUNDLE.replace(/(.{64})/g, '$1\n'))?.toString()).toBe(CA_PEM);
    expect(decodeGoBytes('')).toEqual(Buffer.alloc(0));
    expect(decodeGoBytes('abc')).toBeUndefined();
    expect(decodeGoBytes('ab c')).toBeUndefined();
    expect(decodeGoBytes('-----BEGIN CERTIFICATE-----')).toBeUndefined();
    expect(decodeGoBytes('YQ')).toBeUndefined();
    expect(decodeGoBytes('YQ==')?.toString()).toBe('a');
  });

  test('a certificate is found among other blocks; broken ones are skipped', () => {
    expect(pemHasCertificate(CA_PEM)).toBe(true);
    expect(pemHasCertificate(`-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n${CA_PEM}`)).toBe(true);
    expect(pemHasCertificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')).toBe(false);
    expect(pemHasCertificate(CA_PEM.replace('BEGIN CERTIFICATE', 'BEGIN TRUSTED CERTIFICATE').replace('END CERTIFICATE', 'END TRUSTED CERTIFICATE'))).toBe(false);
    expect(pemHasCertificate(CA_PEM.replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\n\n'))).toBe(false);
    expect(pemHasCertificate('')).toBe(false);
    expect(pemHasCertificate(Buffer.from(CA_PEM))).toBe(true);
  });

  test('caBundleProblem', () => {
    expect(caBundleProblem(CA_BUNDLE)).toBeUndefined();
    expect(caBundleProblem(CA_PEM)).toBe('not-base64');
    expect(caBundleProblem(Buffer.from('abc123').toString('base64'))).toBe('no-certificate');
  });
});

describe('secret references and field errors', () => {
  const site = { ruleId: 'CM-X', path: 'spec.ref', holds: 'the thing' };
  test.each<[unknown, string[]]>([
    [{ name: 'n', key: 'k' }, []],
    [{ key: 'k' }, ['spec.ref.name: Required value: secret name is required']],
    [{ name: 'n' }, ['spec.ref.key: Required value: secret key is required']],
    [{ name: '', key: '' }, ['spec.ref.name: Required value: secret name is required', 'spec.ref.key: Required value: secret key is required']],
    [undefined, ['spec.ref.name: Required value: secret name is required', 'spec.ref.key: Required value: secret key is required']],
    ['a-string', ['spec.ref.name: Required value: secret name is required', 'spec.ref.key: Required value: secret key is required']],
    [{ name: 1, key: true }, ['spec.ref.name: Required value: secret name is required', 'spec.ref.key: Required value: secret key is required']],
  ])('%j', (ref, expected) => {
    expect(secretKeySelectorProblems(ref, site).map((p) => `${p.path}: ${p.body}`)).toEqual(expected);
  });

  test('field.Error bodies print like k8s apimachinery', () => {
    expect(fieldError.required()).toBe('Required value');
    expect(fieldError.required('x')).toBe('Required value: x');
    expect(fieldError.forbidden('x')).toBe('Forbidden: x');
    expect(fieldError.invalid('a"b', 'x')).toBe('Invalid value: "a\\"b": x');
    expect(fieldError.invalid(true, 'x')).toBe('Invalid value: true: x');
    expect(fieldError.invalid(stringer('-5s'), 'x')).toBe('Invalid value: -5s: x');
    expect(fieldError.notSupported('', ['A', 'B'])).toBe('Unsupported value: "": supported values: "A", "B"');
  });
});
