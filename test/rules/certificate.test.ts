import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';

// Cases mirror cert-manager's internal/apis/certmanager/validation/certificate_test.go tables
// (TestValidateCertificate, TestValidateDuration, Test_validateAdditionalOutputFormats,
// Test_validateLiteralSubject), plus the reference document's rows they don't cover.

const validIssuerRef = { name: 'name', kind: 'ClusterIssuer' };

function certificate(spec: unknown): Record<string, unknown> {
  return { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'test', namespace: 'default' }, spec };
}

function audit(spec: unknown): Finding[] {
  return auditManifests([certificate(spec)]);
}

/**
 * Errors of the rules under test: webhook parity (`CM-*`) and the renewBeforePercentage gap. Other
 * modules' rules on Certificates (e.g. DNS name syntax) are tested with those modules.
 */
function errors(spec: unknown): Finding[] {
  return audit(spec).filter((f) => f.severity === 'error' && (f.ruleId.startsWith('CM-') || f.ruleId === 'TLS-C30'));
}

const base = { commonName: 'testcn', secretName: 'abc', issuerRef: validIssuerRef };

interface Rejected {
  readonly spec: Record<string, unknown>;
  readonly ruleId: string;
  readonly path: string;
  readonly message: string;
  /** How many errors the webhook returns for this spec (cert-manager's table). */
  readonly count?: number;
}

const REJECTED: Record<string, Rejected> = {
  'certificate missing secretName': { spec: { commonName: 'testcn', issuerRef: validIssuerRef }, ruleId: 'CM-C1', path: 'spec.secretName', message: 'spec.secretName: Required value: must be specified', count: 1 },
  'certificate invalid secretName': { spec: { ...base, secretName: 'testFoo' }, ruleId: 'CM-C2', path: 'spec.secretName', message: 'spec.secretName: Invalid value: "testFoo": a lowercase RFC 1123 subdomain must consist of', count: 1 },
  'invalid with no issuerRef': { spec: { commonName: 'testcn', secretName: 'abc' }, ruleId: 'CM-C3', path: 'spec.issuerRef.name', message: 'spec.issuerRef.name: Required value: must be specified', count: 1 },
  'invalid issuerRef kind': { spec: { ...base, issuerRef: { name: 'valid', kind: 'invalid' } }, ruleId: 'CM-C4', path: 'spec.issuerRef.kind', message: 'must be one of Issuer or ClusterIssuer', count: 1 },
  'invalid with external issuerRef kind and empty group': { spec: { ...base, issuerRef: { name: 'abc', kind: 'AWSPCAClusterIssuer' } }, ruleId: 'CM-C4', path: 'spec.issuerRef.kind', message: 'must be one of Issuer or ClusterIssuer (did you forget to set spec.issuerRef.kind.group?)', count: 1 },
  'invalid issuerRef kind with explicit cert-manager group': { spec: { ...base, issuerRef: { name: 'abc', kind: 'Foo', group: 'cert-manager.io' } }, ruleId: 'CM-C4', path: 'spec.issuerRef.kind', message: '"Foo": must be one of Issuer or ClusterIssuer;', count: 1 },
  'invalid with a `literalSubject` and a `commonName`': { spec: { ...base, literalSubject: 'CN=testcn' }, ruleId: 'CM-C6', path: 'spec.commonName', message: 'When providing a `LiteralSubject` no `commonName` may be provided.', count: 1 },
  'invalid with a `literalSubject` and any `Subject` other than serialNumber': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=testcn', subject: { organizations: ['US'] } }, ruleId: 'CM-C7', path: 'spec.subject', message: 'When providing a `LiteralSubject` no `Subject` properties may be provided.', count: 1 },
  'literalSubject and only a Subject.SerialNumber': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=testcn', subject: { serialNumber: '1' } }, ruleId: 'CM-C7', path: 'spec.subject', message: 'no `Subject` properties', count: 1 },
  'literalSubject that is not a DN': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=a,foo', dnsNames: ['a.example.com'] }, ruleId: 'CM-C8', path: 'spec.literalSubject', message: 'DN ended with incomplete type, value pair', count: 1 },
  'literalSubject with a bad escape': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=a\\zz', dnsNames: ['a.example.com'] }, ruleId: 'CM-C8', path: 'spec.literalSubject', message: 'failed to decode escaped character', count: 1 },
  'invalid with an unknown OID': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'C=O,B=TX,CN=foo' }, ruleId: 'CM-C10', path: 'spec.literalSubject', message: 'Literal subject contains unrecognized key with value [TX]', count: 1 },
  'literalSubject keys are case-sensitive': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'cn=foo', dnsNames: ['foo'] }, ruleId: 'CM-C10', path: 'spec.literalSubject', message: 'unrecognized key with value [foo]', count: 1 },
  'certificate with no domains, URIs or common name': { spec: { secretName: 'abc', issuerRef: validIssuerRef }, ruleId: 'CM-C11', path: 'spec', message: 'spec: Invalid value: "": at least one of commonName (from the commonName field or from a literalSubject), dnsNames, emailSANs, ipAddresses, otherNames, or uriSANs must be set', count: 1 },
  'invalid with a `literalSubject` without CN and no dnsNames': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'O=SomeCorp' }, ruleId: 'CM-C11', path: 'spec', message: 'at least one of commonName', count: 1 },
  'invalid certificate with commonName longer than 64 bytes': { spec: { ...base, commonName: 'this-is-a-big-long-string-which-has-exactly-sixty-five-characters' }, ruleId: 'CM-C12', path: 'spec.commonName', message: 'spec.commonName: Too long: may not be more than 64 bytes', count: 1 },
  'commonName of 64 characters but 65 bytes': { spec: { ...base, commonName: `${'a'.repeat(63)}é` }, ruleId: 'CM-C12', path: 'spec.commonName', message: 'may not be more than 64 bytes', count: 1 },
  'CN from literalSubject longer than 64 bytes': { spec: { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: `CN=${'a'.repeat(65)}` }, ruleId: 'CM-C12', path: 'spec.commonName', message: 'may not be more than 64 bytes', count: 1 },
  'certificate with invalid ipAddresses': { spec: { ...base, ipAddresses: ['blah'] }, ruleId: 'CM-C13', path: 'spec.ipAddresses[0]', message: 'spec.ipAddresses[0]: Invalid value: "blah": invalid IP address', count: 1 },
  'IPv4 with a leading zero': { spec: { ...base, ipAddresses: ['10.0.0.1', '10.0.0.01'] }, ruleId: 'CM-C13', path: 'spec.ipAddresses[1]', message: 'invalid IP address', count: 1 },
  'IPv6 with a zone': { spec: { ...base, ipAddresses: ['fe80::1%eth0'] }, ruleId: 'CM-C13', path: 'spec.ipAddresses[0]', message: 'invalid IP address', count: 1 },
  'invalid certificate with incorrect email': { spec: { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['aliceexample.com'] }, ruleId: 'CM-C14', path: 'spec.emailAddresses[0]', message: 'spec.emailAddresses[0]: Invalid value: "aliceexample.com": invalid email address: mail: missing \'@\' or angle-addr', count: 1 },
  'invalid certificate with email formatted with mailto': { spec: { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['mailto:alice@example.com'] }, ruleId: 'CM-C14', path: 'spec.emailAddresses[0]', message: 'invalid email address: mail: expected comma', count: 1 },
  'email with a double dot': { spec: { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['alice..b@example.com'] }, ruleId: 'CM-C14', path: 'spec.emailAddresses[0]', message: 'invalid email address: mail:', count: 1 },
  'invalid certificate with email formatted with name': { spec: { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['Alice <alice@example.com>'] }, ruleId: 'CM-C15', path: 'spec.emailAddresses[0]', message: 'invalid email address: make sure the supplied value only contains the email address itself', count: 1 },
  'email with surrounding spaces': { spec: { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: [' alice@example.com'] }, ruleId: 'CM-C15', path: 'spec.emailAddresses[0]', message: 'only contains the email address itself', count: 1 },
  'otherName without oid': { spec: { ...base, otherNames: [{ utf8Value: 'x' }] }, ruleId: 'CM-C17', path: 'spec.otherNames[0].oid', message: 'spec.otherNames[0].oid: Required value: must be specified', count: 2 },
  'otherName with a bad oid': { spec: { ...base, otherNames: [{ oid: '1.2.a', utf8Value: 'x' }] }, ruleId: 'CM-C18', path: 'spec.otherNames[0].oid', message: 'Invalid value: "1.2.a": invalid oid syntax', count: 1 },
  'otherName with an empty oid part': { spec: { ...base, otherNames: [{ oid: '1..2', utf8Value: 'x' }] }, ruleId: 'CM-C18', path: 'spec.otherNames[0].oid', message: 'invalid oid syntax', count: 1 },
  'otherName without value': { spec: { ...base, otherNames: [{ oid: '1.3.6.1.4.1.311.20.2.3' }] }, ruleId: 'CM-C19', path: 'spec.otherNames[0].utf8Value', message: 'Required value: must be set to a valid non-empty UTF8 string', count: 1 },
  'certificate with rsa keyAlgorithm specified and invalid keysize 1024': { spec: { ...base, privateKey: { algorithm: 'RSA', size: 1024 } }, ruleId: 'CM-C20', path: 'spec.privateKey.size', message: 'spec.privateKey.size: Invalid value: 1024: must be between 2048 and 8192 for rsa keyAlgorithm; use size 3072', count: 1 },
  'certificate with rsa keyAlgorithm specified and invalid keysize 8196': { spec: { ...base, privateKey: { algorithm: 'RSA', size: 8196 } }, ruleId: 'CM-C20', path: 'spec.privateKey.size', message: 'must be between 2048 and 8192 for rsa keyAlgorithm', count: 1 },
  'default algorithm is RSA for the size check': { spec: { ...base, privateKey: { size: 1024 } }, ruleId: 'CM-C20', path: 'spec.privateKey.size', message: 'must be between 2048 and 8192', count: 1 },
  'certificate with ecdsa keyAlgorithm specified and invalid keysize': { spec: { ...base, privateKey: { algorithm: 'ECDSA', size: 100 } }, ruleId: 'CM-C21', path: 'spec.privateKey.size', message: 'spec.privateKey.size: Unsupported value: 100: supported values: "256", "384", "521"', count: 1 },
  'certificate with invalid keyAlgorithm': { spec: { ...base, privateKey: { algorithm: 'blah' } }, ruleId: 'CM-C23', path: 'spec.privateKey.algorithm', message: 'Invalid value: "blah": must be either empty or one of rsa, ecdsa or ed25519', count: 1 },
  'key algorithm names are case-sensitive': { spec: { ...base, privateKey: { algorithm: 'rsa' } }, ruleId: 'CM-C23', path: 'spec.privateKey.algorithm', message: 'must be either empty or one of rsa, ecdsa or ed25519', count: 1 },
  'ECDSA signature for the default RSA key': { spec: { ...base, signatureAlgorithm: 'ECDSAWithSHA256' }, ruleId: 'CM-C24', path: 'spec.signatureAlgorithm', message: 'for key algorithm RSA the allowed signature algorithms are [SHA256WithRSA SHA384WithRSA SHA512WithRSA]', count: 1 },
  'RSA signature for an Ed25519 key': { spec: { ...base, privateKey: { algorithm: 'Ed25519' }, signatureAlgorithm: 'SHA256WithRSA' }, ruleId: 'CM-C24', path: 'spec.signatureAlgorithm', message: 'for key algorithm Ed25519 the allowed signature algorithms are [PureEd25519]', count: 1 },
  'duration is less than the minimum permitted value': { spec: { ...base, duration: '30m', renewBefore: '10m' }, ruleId: 'CM-C25', path: 'spec.duration', message: 'spec.duration: Invalid value: 30m0s: certificate duration must be greater than 1h0m0s', count: 1 },
  'renewBefore and renewBeforePercentage both set': { spec: { ...base, renewBefore: '720h', renewBeforePercentage: 95 }, ruleId: 'CM-C26', path: 'spec.renewBeforePercentage', message: 'spec.renewBeforePercentage: Invalid value: 95: renewBefore and renewBeforePercentage are mutually exclusive and cannot both be set', count: 2 },
  'renewBefore is less than the minimum permitted value': { spec: { ...base, renewBefore: '1s' }, ruleId: 'CM-C27', path: 'spec.renewBefore', message: 'spec.renewBefore: Invalid value: 1s: certificate renewBefore must be greater than 5m0s', count: 1 },
  'renewBefore is bigger than the default duration': { spec: { ...base, renewBefore: '87600h' }, ruleId: 'CM-C28', path: 'spec.renewBefore', message: 'certificate duration 2160h0m0s must be greater than renewBefore 87600h0m0s', count: 1 },
  'renewBefore is bigger than the duration': { spec: { ...base, duration: '720h', renewBefore: '8760h' }, ruleId: 'CM-C28', path: 'spec.renewBefore', message: 'certificate duration 720h0m0s must be greater than renewBefore 8760h0m0s', count: 1 },
  'renewBefore equal to the duration': { spec: { ...base, duration: '720h', renewBefore: '720h' }, ruleId: 'CM-C28', path: 'spec.renewBefore', message: 'must be greater than renewBefore 720h0m0s', count: 1 },
  'renewBeforePercentage results in less than the minimum permitted value': { spec: { ...base, duration: '2160h', renewBeforePercentage: 100 }, ruleId: 'CM-C29', path: 'spec.renewBeforePercentage', message: 'Invalid value: 100: certificate renewBeforePercentage must result in a renewBefore greater than 5m0s', count: 1 },
  'renewBeforePercentage leaving under 5m of a 1h certificate': { spec: { ...base, duration: '1h', renewBeforePercentage: 95 }, ruleId: 'CM-C29', path: 'spec.renewBeforePercentage', message: 'greater than 5m0s', count: 1 },
  'renewBeforePercentage is equal to duration': { spec: { ...base, duration: '2160h', renewBeforePercentage: 0 }, ruleId: 'CM-C30', path: 'spec.renewBeforePercentage', message: 'Invalid value: 0: certificate renewBeforePercentage must result in a renewBefore less than duration', count: 1 },
  'negative renewBeforePercentage with renewBefore unset': { spec: { ...base, duration: '2160h', renewBeforePercentage: -5 }, ruleId: 'CM-C30', path: 'spec.renewBeforePercentage', message: 'less than duration', count: 1 },
  'unparsable duration': { spec: { ...base, duration: '90d' }, ruleId: 'CM-DURATION', path: 'spec.duration', message: 'spec.duration: "90d" is not a Go duration', count: 1 },
  'invalid certificate with nonexistent keyusage': { spec: { ...base, usages: ['nonexistent'] }, ruleId: 'CM-C31', path: 'spec.usages[0]', message: 'spec.usages[0]: Invalid value: "nonexistent": unknown keyusage', count: 1 },
  'usages are case-sensitive': { spec: { ...base, usages: ['digital signature', 'Server Auth'] }, ruleId: 'CM-C31', path: 'spec.usages[1]', message: 'unknown keyusage', count: 1 },
  'invalid certificate with revision history limit < 1': { spec: { ...base, revisionHistoryLimit: 0 }, ruleId: 'CM-C32', path: 'spec.revisionHistoryLimit', message: 'Invalid value: 0: must not be less than 1', count: 1 },
  'invalid due to not allowed CertificateSecretTemplate labels': { spec: { ...base, secretTemplate: { labels: { 'app.com/invalid-chars': 'invalid=chars' } } }, ruleId: 'CM-C33', path: 'spec.secretTemplate.labels', message: 'Invalid value: "invalid=chars": a valid label must be an empty string or consist of alphanumeric characters', count: 1 },
  'label key that is not a qualified name': { spec: { ...base, secretTemplate: { labels: { 'bad key': 'v' } } }, ruleId: 'CM-C33', path: 'spec.secretTemplate.labels', message: 'Invalid value: "bad key": name part must consist of alphanumeric characters', count: 1 },
  'invalid with disallowed CertificateSecretTemplate annotations': {
    spec: { ...base, secretTemplate: { annotations: { 'app.com/valid': 'valid', 'cert-manager.io/alt-names': 'example.com', 'cert-manager.io/certificate-name': 'selfsigned-cert', 'cert-manager.io/allow-direct-injection': 'true' } } },
    ruleId: 'CM-C34',
    path: 'spec.secretTemplate.annotations',
    message: 'Invalid value: "cert-manager.io/alt-names": cert-manager.io/* annotations are not allowed',
    count: 2,
  },
  'invalid due to too long CertificateSecretTemplate annotations': { spec: { ...base, secretTemplate: { annotations: { 'app.com/invalid': '0'.repeat(262144) } } }, ruleId: 'CM-C35', path: 'spec.secretTemplate.annotations', message: 'spec.secretTemplate.annotations: Too long: may not be more than 262144 bytes', count: 1 },
  'annotation key that is not a qualified name': { spec: { ...base, secretTemplate: { annotations: { 'a/b/c': 'v' } } }, ruleId: 'CM-C35', path: 'spec.secretTemplate.annotations', message: 'Invalid value: "a/b/c": a qualified name must consist of', count: 1 },
  'name constraints without isCA': { spec: { ...base, nameConstraints: { permitted: { dnsDomains: ['example.com'] } } }, ruleId: 'CM-C37', path: 'spec.nameConstraints', message: 'isCa should be true when nameConstraints is set', count: 1 },
  'invalid with name constraints': { spec: { ...base, isCA: true, nameConstraints: {} }, ruleId: 'CM-C38', path: 'spec.nameConstraints', message: 'either permitted or excluded must be set', count: 1 },
  'if feature enabled and multiple formats defined but 2 non-unique': {
    spec: { ...base, additionalOutputFormats: [{ type: 'foo' }, { type: 'bar' }, { type: 'random' }, { type: 'foo' }] },
    ruleId: 'CM-C40',
    path: 'spec.additionalOutputFormats[3].type',
    message: 'Duplicate value: "foo"',
    count: 1,
  },
  'if feature enabled and multiple formats defined but multiple non-unique': {
    spec: { ...base, additionalOutputFormats: ['foo', 'bar', 'random', 'random', 'foo', 'bar', 'bar', '123', '456'].map((type) => ({ type })) },
    ruleId: 'CM-C40',
    path: 'spec.additionalOutputFormats[6].type',
    message: 'Duplicate value: "bar"',
    count: 4,
  },
  'jks with both passwords': { spec: { ...base, keystores: { jks: { create: true, password: 'x', passwordSecretRef: { name: 's', key: 'k' } } } }, ruleId: 'CM-C41', path: 'spec.keystores.jks', message: 'spec.keystores.jks: Forbidden: exactly one of passwordSecretRef and password must be provided for JKS keystores; cannot set both', count: 1 },
  'pkcs12 with both passwords': { spec: { ...base, keystores: { pkcs12: { create: true, profile: 'Modern2023', password: 'x', passwordSecretRef: { name: 's', key: 'k' } } } }, ruleId: 'CM-C41', path: 'spec.keystores.pkcs12', message: 'must be provided for PKCS#12 keystores; cannot set both', count: 1 },
  'jks without password': { spec: { ...base, keystores: { jks: { create: true, passwordSecretRef: { name: '', key: 'k' } } } }, ruleId: 'CM-C42', path: 'spec.keystores.jks', message: 'Forbidden: must set exactly one of passwordSecretRef and password must for JKS keystores', count: 1 },
  'pkcs12 without password': { spec: { ...base, keystores: { pkcs12: { create: true, profile: 'Modern2023' } } }, ruleId: 'CM-C42', path: 'spec.keystores.pkcs12', message: 'must set exactly one of passwordSecretRef and password must for PKCS#12 keystores', count: 1 },
  'jks with an empty literal password': { spec: { ...base, keystores: { jks: { create: true, password: '' } } }, ruleId: 'CM-C43', path: 'spec.keystores.jks.password', message: 'Forbidden: literal password cannot be empty if set on JKS keystores', count: 1 },
  'pkcs12 with an empty literal password': { spec: { ...base, keystores: { pkcs12: { create: true, profile: 'Modern2023', password: '' } } }, ruleId: 'CM-C43', path: 'spec.keystores.pkcs12.password', message: 'literal password cannot be empty if set on PKCS#12 keystores', count: 1 },
  'renewal with an empty policy': { spec: { ...base, renewal: {} }, ruleId: 'CM-C44', path: 'spec.renewal.policy', message: 'spec.renewal.policy: Unsupported value: "unsupported field ": supported values: "Disabled", "RenewBefore"', count: 1 },
  'renewal with an unknown policy': { spec: { ...base, renewal: { policy: 'Later' } }, ruleId: 'CM-C44', path: 'spec.renewal.policy', message: '"unsupported field Later"', count: 1 },
  'windows with policy Disabled': { spec: { ...base, renewal: { policy: 'Disabled', windows: [{ cron: '0 2 * * *', windowDuration: '4h' }] } }, ruleId: 'CM-C45', path: 'spec.renewal.windows', message: 'windows cannot be set when `renewal.policy` is set to Disabled', count: 1 },
  'window without windowDuration': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '0 2 * * *' }] } }, ruleId: 'CM-C46', path: 'spec.renewal.windows[0].windowDuration', message: 'Required value: windowDuration must be specified and should be greater than 0', count: 1 },
  'window with a bad timezone': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '0 2 * * *', windowDuration: '4h', timezone: 'Mars/Olympus' }] } }, ruleId: 'CM-C47', path: 'spec.renewal.windows[0].timezone', message: 'invalid value for timezone. timezone must be IANA compliant', count: 1 },
  'window timezone in the wrong case': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '0 2 * * *', windowDuration: '4h', timezone: 'europe/berlin' }] } }, ruleId: 'CM-C47', path: 'spec.renewal.windows[0].timezone', message: 'IANA compliant', count: 1 },
  'window with a 6-field cron': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '0 0 2 * * *', windowDuration: '4h' }] } }, ruleId: 'CM-C48', path: 'spec.renewal.windows[0].cron', message: 'invalid cron syntax: expected exactly 5 fields, found 6: [0 0 2 * * *]. cron needs to follow: cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow', count: 1 },
  'window with an hour out of range': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '0 24 * * *', windowDuration: '4h' }] } }, ruleId: 'CM-C48', path: 'spec.renewal.windows[0].cron', message: 'end of range (24) above maximum (23): 24', count: 1 },
  'window with a bad CRON_TZ': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: 'CRON_TZ=Nowhere/Land 0 2 * * *', windowDuration: '4h' }] } }, ruleId: 'CM-C48', path: 'spec.renewal.windows[0].cron', message: 'provided bad location Nowhere/Land', count: 1 },
  'window with an unknown descriptor': { spec: { ...base, renewal: { policy: 'RenewBefore', windows: [{ cron: '@fortnightly', windowDuration: '4h' }] } }, ruleId: 'CM-C48', path: 'spec.renewal.windows[0].cron', message: 'unrecognized descriptor: @fortnightly', count: 1 },
};

describe('Certificate webhook rules: rejected', () => {
  test.each(Object.entries(REJECTED))('%s', (_name, c) => {
    const found = errors(c.spec);
    expect(found).toContainEqual(expect.objectContaining({ ruleId: c.ruleId, severity: 'error', kind: 'Certificate', path: c.path, message: expect.stringContaining(c.message) }));
    if (c.count !== undefined) expect(found).toHaveLength(c.count);
    expect(found.every((f) => f.message.includes('; '))).toBe(true);
  });
});

const ACCEPTED: Record<string, Record<string, unknown>> = {
  'valid basic certificate': base,
  'valid with blank issuerRef kind and no group': { ...base, issuerRef: { name: 'valid' } },
  "valid with 'Issuer' issuerRef kind and no group": { ...base, issuerRef: { name: 'valid', kind: 'Issuer' } },
  'valid with org set': { ...base, subject: { organizations: ['testorg'] } },
  "valid with 'Issuer' issuerRef kind and explicit internal group": { ...base, issuerRef: { name: 'valid', kind: 'Issuer', group: 'cert-manager.io' } },
  'valid with external issuerRef kind and external group': { ...base, issuerRef: { name: 'abc', kind: 'AWSPCAClusterIssuer', group: 'awspca.cert-manager.io' } },
  'valid certificate with only dnsNames': { secretName: 'abc', issuerRef: validIssuerRef, dnsNames: ['validdnsname'] },
  'valid certificate with rsa keyAlgorithm specified and no keySize': { ...base, privateKey: { algorithm: 'RSA' } },
  'valid certificate with rsa keyAlgorithm specified with keySize 2048': { ...base, privateKey: { algorithm: 'RSA', size: 2048 } },
  'valid certificate with rsa keyAlgorithm specified with keySize 8192': { ...base, privateKey: { algorithm: 'RSA', size: 8192 } },
  'valid certificate with ecdsa keyAlgorithm specified and no keySize': { ...base, privateKey: { algorithm: 'ECDSA' } },
  'valid certificate with ecdsa keyAlgorithm specified with keySize 384': { ...base, privateKey: { algorithm: 'ECDSA', size: 384 } },
  'valid certificate with ecdsa keyAlgorithm specified with keySize 521': { ...base, privateKey: { algorithm: 'ECDSA', size: 521 } },
  'valid certificate with ed25519 keyAlgorithm (size ignored, C22)': { ...base, privateKey: { size: 521, algorithm: 'Ed25519' } },
  'valid certificate with keyAlgorithm not specified and keySize specified': { ...base, privateKey: { size: 2048 } },
  'matching signature algorithms': { ...base, privateKey: { algorithm: 'ECDSA', size: 256 }, signatureAlgorithm: 'ECDSAWithSHA384' },
  'valid certificate with ipAddresses': { ...base, ipAddresses: ['127.0.0.1', '::1', '::ffff:10.0.0.1', '2001:db8::1'] },
  'valid certificate with commonName exactly 64 bytes': { ...base, commonName: 'this-is-a-big-long-string-which-is-exactly-sixty-four-characters' },
  'valid certificate with no commonName and second dnsName longer than 64 bytes': { secretName: 'abc', issuerRef: validIssuerRef, dnsNames: ['dnsName', 'this-is-a-big-long-string-which-has-exactly-sixty-five-characters'] },
  'valid certificate with commonName and first dnsName longer than 64 bytes': { ...base, dnsNames: ['this-is-a-big-long-string-which-has-exactly-sixty-five-characters', 'dnsName'] },
  'valid certificate with basic keyusage': { ...base, usages: ['signing'] },
  'valid certificate with multiple keyusage': { ...base, usages: ['signing', 's/mime'] },
  'valid certificate with only URI SAN name': { secretName: 'abc', issuerRef: validIssuerRef, uris: ['foo.bar'] },
  'valid certificate with only email SAN': { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['alice@example.com'] },
  'email with a domain literal': { secretName: 'abc', issuerRef: validIssuerRef, emailAddresses: ['alice@[10.0.0.1]'] },
  'valid certificate with only otherNames': { secretName: 'abc', issuerRef: validIssuerRef, otherNames: [{ oid: '1.3.6.1.4.1.311.20.2.3', utf8Value: 'upn@example.local' }] },
  'valid certificate with revision history limit == 1': { ...base, revisionHistoryLimit: 1 },
  'valid with empty secretTemplate': { ...base, secretTemplate: { annotations: {}, labels: {} } },
  "valid with 'CertificateSecretTemplate' labels and annotations": { ...base, secretTemplate: { annotations: { 'my-annotation.com/foo': 'app=bar', 'cert-manager.io/allow-direct-injection': 'true' }, labels: { 'my-label.com/foo': 'evn-production' } } },
  'valid with name constraints': { ...base, isCA: true, nameConstraints: { permitted: { dnsDomains: ['example.com'] } } },
  'name constraints with an empty permitted block': { ...base, isCA: true, nameConstraints: { permitted: {} } },
  'unique output formats': { ...base, additionalOutputFormats: [{ type: 'DER' }, { type: 'CombinedPEM' }] },
  'default duration and renewBefore': base,
  'valid duration and renewBefore': { ...base, duration: '8760h', renewBefore: '4320h' },
  'unset duration, valid renewBefore for default': { ...base, renewBefore: '720h' },
  'unset renewBefore, valid duration for default': { ...base, duration: '8760h' },
  'valid duration and renewBeforePercentage': { ...base, duration: '8760h', renewBeforePercentage: 95 },
  'unset duration, valid renewBeforePercentage for default': { ...base, renewBeforePercentage: 95 },
  'ten-year duration with a percentage (no int64 overflow in float math)': { ...base, duration: '87600h', renewBeforePercentage: 1 },
  'minimum duration exactly': { ...base, duration: '1h', renewBefore: '5m' },
  'valid with only `literalSubject`': { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=testcn' },
  'valid with a `literalSubject` containing CN with special characters, multiple DC and well-known RDN OIDs': {
    secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=James \\"Jim\\" Smith\\, III,DC=dc,DC=net,UID=jamessmith,STREET=La Rambla,L=Barcelona,C=Spain,O=Acme,OU=IT,OU=Admins',
  },
  'literalSubject with a dotted OID key naming the CN': { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: '2.5.4.3=testcn,1.2.3.4=foo' },
  'keystores with secret refs': { ...base, keystores: { jks: { create: true, passwordSecretRef: { name: 's', key: 'k' } }, pkcs12: { create: true, profile: 'Modern2023', passwordSecretRef: { name: 's', key: 'k' } } } },
  'renewal policy Disabled without windows': { ...base, renewal: { policy: 'Disabled' } },
  'renewal windows with cron, descriptors and zones': {
    ...base,
    renewal: {
      policy: 'RenewBefore',
      windows: [
        { cron: '0 2 * * 1-5', windowDuration: '4h', timezone: 'Europe/Berlin' },
        { cron: 'CRON_TZ=America/New_York 30 */2 1,15 jan-jun MON', windowDuration: '1h' },
        { cron: '@daily', windowDuration: '2h', timezone: 'UTC' },
        { cron: '@every 1h30m', windowDuration: '30m' },
        { cron: '*/15 * * * ?', windowDuration: '10m', timezone: 'US/Pacific' },
      ],
    },
  },
};

describe('Certificate webhook rules: accepted', () => {
  test.each(Object.entries(ACCEPTED))('%s', (_name, spec) => {
    expect(errors(spec)).toEqual([]);
  });
});

describe('Certificate insecure choices (warnings)', () => {
  const warning = (ruleId: string, path: string, text: string) => expect.objectContaining({ ruleId, severity: 'warning', path, message: expect.stringContaining(text) });

  test('TLS-X2 rotationPolicy Never', () => {
    expect(audit({ ...base, privateKey: { rotationPolicy: 'Never' } })).toContainEqual(warning('TLS-X2', 'spec.privateKey.rotationPolicy', 'set it to Always'));
    expect(audit({ ...base, privateKey: { rotationPolicy: 'Always' } }).map((f) => f.ruleId)).not.toContain('TLS-X2');
  });

  test('TLS-X4 legacy or unset PKCS#12 profile', () => {
    const ref = { name: 's', key: 'k' };
    expect(audit({ ...base, keystores: { pkcs12: { create: true, passwordSecretRef: ref } } })).toContainEqual(warning('TLS-X4', 'spec.keystores.pkcs12.profile', 'unset means LegacyRC2'));
    expect(audit({ ...base, keystores: { pkcs12: { create: true, profile: 'LegacyDES', passwordSecretRef: ref } } })).toContainEqual(warning('TLS-X4', 'spec.keystores.pkcs12.profile', 'Modern2023'));
    expect(audit({ ...base, keystores: { pkcs12: { create: true, profile: 'Modern2026', passwordSecretRef: ref } } }).map((f) => f.ruleId)).not.toContain('TLS-X4');
  });

  test('TLS-X5 literal keystore password', () => {
    expect(audit({ ...base, keystores: { jks: { create: true, password: 'changeit' } } })).toContainEqual(warning('TLS-X5', 'spec.keystores.jks.password', 'passwordSecretRef'));
  });

  test('TLS-X12 CA without name constraints', () => {
    expect(audit({ ...base, isCA: true })).toContainEqual(warning('TLS-X12', 'spec.isCA', 'nameConstraints'));
    expect(audit({ ...base, isCA: true, nameConstraints: { permitted: { dnsDomains: ['.example.com'] } } }).map((f) => f.ruleId)).not.toContain('TLS-X12');
  });

  test('TLS-X14 key encipherment with an ECDSA key', () => {
    expect(audit({ ...base, privateKey: { algorithm: 'ECDSA' }, usages: ['digital signature', 'key encipherment'] })).toContainEqual(warning('TLS-X14', 'spec.usages', '`key encipherment` is requested'));
    expect(audit({ ...base, privateKey: { algorithm: 'Ed25519' } })).toContainEqual(warning('TLS-X14', 'spec.usages', 'default usages include'));
    expect(audit({ ...base, privateKey: { algorithm: 'ECDSA' }, usages: ['digital signature', 'server auth'] }).map((f) => f.ruleId)).not.toContain('TLS-X14');
    expect(audit({ ...base, usages: ['key encipherment'] }).map((f) => f.ruleId)).not.toContain('TLS-X14');
  });

  test('TLS-X14 on a CA certificate gives CA advice, never `server auth`', () => {
    // A private root as cert-manager's CA guide writes it, with an ECDSA key and default usages.
    const root = {
      isCA: true,
      commonName: 'Example Root CA',
      secretName: 'root-ca',
      issuerRef: { name: 'selfsigned', kind: 'ClusterIssuer' },
      privateKey: { algorithm: 'ECDSA', size: 256 },
      nameConstraints: { permitted: { dnsDomains: ['.example.internal'] } },
    };
    const [f] = audit(root).filter((x) => x.ruleId === 'TLS-X14');
    expect(f.message).toBe('spec.usages: the default usages include `key encipherment` with an ECDSA key, where it has no meaning (it is for RSA key transport; '
      + 'the CA/B Forum BRs mark it NOT RECOMMENDED); set usages explicitly to `digital signature`, `cert sign` and `crl sign` '
      + '(cert-manager adds `cert sign` to a CA anyway; leave out extended usages, which would constrain every certificate the CA signs)');
    expect(f.message).not.toMatch(/server auth/);
    expect(audit({ ...root, usages: ['digital signature', 'cert sign', 'crl sign'] }).map((x) => x.ruleId)).not.toContain('TLS-X14');
  });

  test('TLS-X15 commonName: only on certificates of a publicly trusted CA (the BRs bind public CAs)', () => {
    const letsencrypt = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'name' },
      spec: { acme: { server: 'https://acme-v02.api.letsencrypt.org/directory', privateKeySecretRef: { name: 'le' }, solvers: [{ http01: { ingress: {} } }] } },
    };
    const privateCa = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'name' }, spec: { ca: { secretName: 'ca' } } };
    const x15 = (issuer: unknown, spec: unknown) => auditManifests([issuer, certificate(spec)]).filter((f) => f.ruleId === 'TLS-X15');
    const [f] = x15(letsencrypt, { ...base, dnsNames: ['testcn'] });
    expect(f).toMatchObject({ severity: 'warning', path: 'spec.commonName' });
    expect(f.message).toMatch(/^spec\.commonName: "testcn" is redundant with the SANs .* such as Let's Encrypt's \(ACME ClusterIssuer "name"; .*drop commonName$/);
    expect(x15(letsencrypt, { secretName: 'abc', issuerRef: validIssuerRef, dnsNames: ['a.example.com'] })).toEqual([]);
    // A private CA (trust-manager's own webhook Certificate is one), or an issuer not among the objects: no claim.
    expect(x15(privateCa, { ...base, dnsNames: ['testcn'] })).toEqual([]);
    expect(audit(base).map((x) => x.ruleId)).not.toContain('TLS-X15');
    // A CA's subject names it in chains and trust stores; it has no SANs.
    expect(x15(letsencrypt, { secretName: 'ca', issuerRef: validIssuerRef, commonName: 'Example Root CA', isCA: true })).toEqual([]);
  });

  test('CM-C39 (master only) is a warning', () => {
    const spec = { ...base, isCA: true, nameConstraints: { permitted: { ipRanges: ['10.0.0.0/8', '10.0.0.0'] }, excluded: { ipRanges: ['fd00::/8', '10.0.0.0/33'] } } };
    const found = audit(spec);
    expect(found).toContainEqual(warning('CM-C39', 'spec.nameConstraints.permitted.ipRanges[1]', 'Invalid value: "10.0.0.0": invalid CIDR address'));
    expect(found).toContainEqual(warning('CM-C39', 'spec.nameConstraints.excluded.ipRanges[1]', 'next release rejects it'));
    expect(found.filter((f) => f.ruleId === 'CM-C39')).toHaveLength(2);
    expect(errors(spec)).toEqual([]);
  });
});

describe('Certificate edge cases of the webhook', () => {
  test.each([0, 100])('TLS-C30: renewBeforePercentage %d without duration is accepted by the webhook and ignored by cert-manager (warning)', (pct) => {
    const found = audit({ ...base, renewBeforePercentage: pct }).filter((f) => f.ruleId === 'TLS-C30');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'spec.renewBeforePercentage' })]);
    expect(found[0].message).toMatch(/cert-manager accepts this when neither duration nor renewBefore is set, and then ignores it: it renews at two thirds of the lifetime instead; use a value from 1 to 99/);
    expect(audit({ ...base, renewBeforePercentage: 33 }).filter((f) => f.ruleId === 'TLS-C30')).toEqual([]);
  });

  test('TLS-C30 is not doubled when the webhook already checks the percentage', () => {
    const found = errors({ ...base, duration: '2160h', renewBeforePercentage: 0 });
    expect(found.map((f) => f.ruleId)).toEqual(['CM-C30']);
  });

  test('renewBefore and renewBeforePercentage both set: one error per field', () => {
    const found = errors({ ...base, renewBefore: '720h', renewBeforePercentage: 95 });
    expect(found).toContainEqual(expect.objectContaining({ ruleId: 'CM-C26', path: 'spec.renewBefore', message: expect.stringContaining('spec.renewBefore: Invalid value: 720h0m0s: renewBefore and renewBeforePercentage are mutually exclusive') }));
  });

  test('an empty otherName oid is reported as missing and as unparsable, like the webhook', () => {
    const ids = errors({ ...base, otherNames: [{ utf8Value: 'x' }] }).map((f) => f.ruleId);
    expect(ids).toEqual(['CM-C17', 'CM-C18']);
  });

  test('feature-gate rules (C5, C16, C36) never fire with v1.21 default gates', () => {
    const spec = { secretName: 'abc', issuerRef: validIssuerRef, literalSubject: 'CN=x', otherNames: [{ oid: '1.2.3', utf8Value: 'v' }], isCA: true, nameConstraints: { excluded: { dnsDomains: ['x'] } } };
    expect(errors(spec)).toEqual([]);
  });
});

describe('Certificate: realistic and malformed input', () => {
  test('a fully valid realistic Certificate has no errors', () => {
    const found = auditManifests([{
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'web', namespace: 'prod' },
      spec: {
        secretName: 'web-tls',
        issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer', group: 'cert-manager.io' },
        dnsNames: ['www.example.com', 'example.com'],
        duration: '2160h',
        renewBeforePercentage: 33,
        privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always', encoding: 'PKCS8' },
        usages: ['digital signature', 'server auth'],
        revisionHistoryLimit: 3,
        secretTemplate: { labels: { 'app.kubernetes.io/name': 'web' }, annotations: { 'example.com/owner': 'team-web' } },
        additionalOutputFormats: [{ type: 'CombinedPEM' }],
        keystores: { pkcs12: { create: true, profile: 'Modern2023', passwordSecretRef: { name: 'p12', key: 'password' } } },
        renewal: { policy: 'RenewBefore', windows: [{ cron: '0 2 * * 1-5', windowDuration: '4h', timezone: 'Europe/Berlin' }] },
      },
    }]);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.ruleId.startsWith('CM-') || /^TLS-(X|C30)/.test(f.ruleId))).toEqual([]);
  });

  const MALFORMED: Record<string, unknown> = {
    'spec is a string': 'oops',
    'spec is null': null,
    'dnsNames is a number': { secretName: 'abc', issuerRef: validIssuerRef, dnsNames: 5 },
    'usages contains null': { ...base, usages: [null, 'server auth'] },
    'issuerRef is a list': { ...base, issuerRef: ['x'] },
    'privateKey is a string': { ...base, privateKey: 'RSA', signatureAlgorithm: 7 },
    'lists of wrong things': { ...base, ipAddresses: [1, null], emailAddresses: [{}], otherNames: ['x', null], additionalOutputFormats: [null, 3, null] },
    'durations of wrong types': { ...base, duration: 3600, renewBefore: {}, renewBeforePercentage: '33' },
    'template and keystores of wrong types': { ...base, secretTemplate: { labels: { a: 5, b: null }, annotations: 'x' }, keystores: { jks: 'yes', pkcs12: [] } },
    'renewal of wrong types': { ...base, renewal: { policy: 5, windows: [null, 'x', { cron: 5, timezone: 7, windowDuration: 9 }] } },
    'nameConstraints of wrong types': { ...base, nameConstraints: 'all', isCA: 'true' },
    'literalSubject of wrong type': { ...base, literalSubject: ['CN=x'] },
  };

  test.each(Object.entries(MALFORMED))('%s: findings, no crash', (_name, spec) => {
    let found: Finding[] = [];
    expect(() => {
      found = audit(spec);
    }).not.toThrow();
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.ruleId)).not.toContain('TLS-INTERNAL');
  });
});

describe('TLS-X2 and CA certificates', () => {
  const selfSigned = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'root', namespace: 'pki' }, spec: { selfSigned: {} } };
  const caIssuer = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ca', namespace: 'pki' }, spec: { ca: { secretName: 'root-ca' } } };
  const ca = (issuer: string, privateKey: object) => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: `${issuer}-signed`, namespace: 'pki' },
    spec: { isCA: true, commonName: 'ca', secretName: `${issuer}-signed`, issuerRef: { name: issuer, kind: 'Issuer' }, privateKey, nameConstraints: { permitted: { dnsDomains: ['example.internal'] } } },
  });
  const x2 = (objects: object[]) => auditManifests(objects).filter((f) => f.ruleId === 'TLS-X2');

  test('a root CA keeps its key (Never): no warning; a root whose key rotates on renewal breaks trust: warning', () => {
    expect(x2([selfSigned, ca('root', { rotationPolicy: 'Never' })])).toEqual([]);
    for (const privateKey of [{ rotationPolicy: 'Always' }, {}]) {
      expect(x2([selfSigned, ca('root', privateKey)])).toEqual([expect.objectContaining({
        severity: 'warning', path: 'spec.privateKey.rotationPolicy', message: expect.stringContaining('a root CA whose key changes on renewal breaks every certificate it signed'),
      })]);
    }
  });

  test('an intermediate CA (signed by another CA, e.g. Linkerd\'s identity issuer) may rotate its key; a leaf keeps the Never warning', () => {
    expect(x2([caIssuer, ca('ca', { rotationPolicy: 'Always' })])).toEqual([]);
    expect(x2([caIssuer, ca('ca', { rotationPolicy: 'Never' })])).toEqual([]);
    expect(audit({ ...base, privateKey: { rotationPolicy: 'Never' } }).map((f) => f.ruleId)).toContain('TLS-X2');
  });
});
