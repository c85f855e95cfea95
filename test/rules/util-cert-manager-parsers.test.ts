import { cronStandardError } from '../../src/rules/util/cron';
import { parseMailAddress } from '../../src/rules/util/email';
import { isGoCIDR, isGoIP } from '../../src/rules/util/ip';
import { parseLdapDN } from '../../src/rules/util/ldap-dn';
import { isCertManagerOid } from '../../src/rules/util/oid';
import { isGoLoadableLocation } from '../../src/rules/util/timezone';

describe('Go net.ParseIP / ParseCIDR', () => {
  test.each(['127.0.0.1', '0.0.0.0', '::', '::1', '2001:db8::1', '::ffff:1.2.3.4', '1::1.2.3.4', 'fe80:0:0:0:0:0:0:1', '1:2:3:4:5:6:1.2.3.4'])('accepts %s', (ip) => {
    expect(isGoIP(ip)).toBe(true);
  });
  test.each(['', 'blah', '1.2.3', '1.2.3.4.5', '01.2.3.4', '256.1.1.1', '1.2.3.4 ', 'fe80::1%eth0', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', ':1', '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5:6:7:8::'])('rejects %j', (ip) => {
    expect(isGoIP(ip)).toBe(false);
  });
  test('CIDRs', () => {
    expect(['10.0.0.0/8', '10.0.0.1/32', 'fd00::/8', '::/0', '10.0.0.0/008'].every(isGoCIDR)).toBe(true);
    expect(['10.0.0.0', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/', '10.0.0.0/-1', 'fe80::%1/64'].some(isGoCIDR)).toBe(false);
  });
});

describe('Go mail.ParseAddress', () => {
  test.each([
    ['alice@example.com', 'alice@example.com'],
    ['Alice <alice@example.com>', 'alice@example.com'],
    ['"a b"@example.com', 'a b@example.com'],
    ['alice@example.com (Alice)', 'alice@example.com'],
    ['alice@[127.0.0.1]', 'alice@[127.0.0.1]'],
    ['g: alice@example.com;', 'alice@example.com'],
  ])('%s parses to %s', (input, address) => {
    expect(parseMailAddress(input)).toEqual(expect.objectContaining({ address }));
  });
  test.each([
    ['aliceexample.com', "mail: missing '@' or angle-addr"],
    ['mailto:alice@example.com', 'mail: expected comma'],
    ['Alice Smith', 'mail: no angle-addr'],
    ['', 'mail: no address'],
    ['<alice@example.com', 'mail: unclosed angle-addr'],
    // The addr-spec error is dropped when Go falls back to name-addr, as in Go itself.
    ['alice@[1.2.3]', "mail: missing '@' or angle-addr"],
    ['a@b.c, d@e.f', 'mail: expected single address, got ", d@e.f"'],
  ])('%j fails with %s', (input, error) => {
    expect(parseMailAddress(input)).toEqual({ error });
  });
});

describe('go-ldap ParseDN', () => {
  test('splits RDNs and multi-valued RDNs, unescapes values', () => {
    expect(parseLdapDN('CN=a\\,b+O=x;C=DE')).toEqual({ rdns: [[{ type: 'CN', value: 'a,b' }, { type: 'O', value: 'x' }], [{ type: 'C', value: 'DE' }]] });
    expect(parseLdapDN(' CN = \\41b ')).toEqual({ rdns: [[{ type: 'CN', value: 'Ab' }]] });
    expect(parseLdapDN('CN=#0c03666f6f')).toEqual({ rdns: [[{ type: 'CN', value: 'foo' }]] });
    expect(parseLdapDN('   ')).toEqual({ rdns: [] });
  });
  test.each([
    ['CN', 'DN ended with incomplete type, value pair'],
    [',CN=a', 'incomplete type, value pair'],
    ['CN=a\\', 'got corrupted escaped character'],
    ['CN=#zz', 'failed to decode BER encoding'],
  ])('%j fails', (dn, error) => {
    expect(parseLdapDN(dn)).toEqual({ error: expect.stringContaining(error) });
  });
});

describe('cert-manager ParseObjectIdentifier', () => {
  test('strconv.Atoi parts', () => {
    expect(['1', '1.2.840.113549', '+1.2', '1.02', '-1.2'].every(isCertManagerOid)).toBe(true);
    expect(['', '1.', '.1', '1..2', 'a.b', '1.2.99999999999999999999'].some(isCertManagerOid)).toBe(false);
  });
});

describe('robfig/cron ParseStandard', () => {
  test.each(['* * * * *', '0 2 * * 1-5', '*/5 0-6/2 1,15 JAN-jun sun', 'TZ=UTC 0 0 * * *', 'CRON_TZ=Asia/Tokyo 5 4 * * *', '@hourly', '@every 90s', '0 0 ? * *', '5/10 * * * *', '1,,2 * * * *'])('accepts %j', (spec) => {
    expect(cronStandardError(spec)).toBeUndefined();
  });
  test.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['1/2/3 * * * *', 'too many slashes: 1/2/3'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['@every 1d', 'failed to parse duration @every 1d'],
    ['@reboot', 'unrecognized descriptor: @reboot'],
    ['CRON_TZ=Bogus/Zone * * * * *', 'provided bad location Bogus/Zone'],
  ])('%j fails with %s', (spec, error) => {
    expect(cronStandardError(spec)).toContain(error);
  });
});

describe('Go time.LoadLocation', () => {
  test('IANA names, case-sensitive', () => {
    expect(['UTC', 'Local', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'US/Pacific', 'Etc/GMT+5', 'EST5EDT'].every(isGoLoadableLocation)).toBe(true);
    expect(['europe/berlin', 'Mars/Olympus', '+01:00', '../etc/passwd', 'utc'].some(isGoLoadableLocation)).toBe(false);
  });
});
