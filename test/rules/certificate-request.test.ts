import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';

// Cases mirror cert-manager's internal/apis/certmanager/validation/certificaterequest_test.go
// (TestValidateCertificateRequest). Its CSRs are generated per run; these are fixed ones with the
// same extensions, made with openssl:
//   default      RSA, SAN example.com, KU digitalSignature+keyEncipherment (cert-manager's default)
//   serverclient as default, plus EKU serverAuth+clientAuth
//   ca           BasicConstraints CA:TRUE, KU digitalSignature+keyEncipherment+keyCertSign
//   noext        no extensions at all
//   ec           P-256, KU digitalSignature, EKU serverAuth
//   ed           Ed25519, no extensions
//   pss          RSASSA-PSS/SHA-256 signature, KU digitalSignature+keyEncipherment
const CSR = {
  default: `-----BEGIN CERTIFICATE REQUEST-----
MIICkTCCAXkCAQAwFjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3
DQEBAQUAA4IBDwAwggEKAoIBAQD6ylF20plit29MoAnrBSVLllzLX+UMUTx9v4lo
42/wkYU1G1utti7DRivpuzfBTkrCvN5+eK7PzW0StY6BNBtaynhMIt8Y/8RKA3KW
zyQ4klPiFuJlEGCZWCf3pgNI6Zqia3/WdBQyrG/ZbOjXdckdmo+DcRD1fIcqD9O7
evhqC+fhmNpFvmYBytY/gyvpyS+icLTXDDZRcUoLbEeRSKOvLdqWaa2T0I//Pyu3
E1l+9e+8aGWKsG7HeRIQ3HhqcoZAQUPi2dOZC9AoQ1GeEZ8zW0JJgnnz/NVwrDPs
gMZUCCYlAw71eLVc7vLtLEBDcTqia9VWDOwv4IYfeZYZoeCPAgMBAAGgNjA0Bgkq
hkiG9w0BCQ4xJzAlMBYGA1UdEQQPMA2CC2V4YW1wbGUuY29tMAsGA1UdDwQEAwIF
oDANBgkqhkiG9w0BAQsFAAOCAQEARbceXE2wZlYJ5o/d/TXGrDQJtIcG4jOPthxY
1BrO2DN/5uhBzNtHVkWemNYomSYEF0dYD69iWK4AqhXa3J/YsdvAOAqWAWFY9pQg
k29y0RGTJ6ybUHihssqakX2WNHzS8keyWfkENTsVWPDqbJ2viKzEKkXIHl4Swoy/
PGAckirp2Okqn7c8P4vlc+CMyEB35UnPJME/Hf5Y8l/bczyCGdk4lsFaQ2d4nQkZ
xM+QmLCKqQhE+wobej12E+DHF4SgsoxsDqVub/iSlczUog65Y3MLjDDRH6DJPXxi
G093Hb/KYQBeC53OSugmmHX2KC3oeDm69AATQ6wVisP1MUs9lg==
-----END CERTIFICATE REQUEST-----`,
  serverclient: `-----BEGIN CERTIFICATE REQUEST-----
MIICsDCCAZgCAQAwFjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3
DQEBAQUAA4IBDwAwggEKAoIBAQD6ylF20plit29MoAnrBSVLllzLX+UMUTx9v4lo
42/wkYU1G1utti7DRivpuzfBTkrCvN5+eK7PzW0StY6BNBtaynhMIt8Y/8RKA3KW
zyQ4klPiFuJlEGCZWCf3pgNI6Zqia3/WdBQyrG/ZbOjXdckdmo+DcRD1fIcqD9O7
evhqC+fhmNpFvmYBytY/gyvpyS+icLTXDDZRcUoLbEeRSKOvLdqWaa2T0I//Pyu3
E1l+9e+8aGWKsG7HeRIQ3HhqcoZAQUPi2dOZC9AoQ1GeEZ8zW0JJgnnz/NVwrDPs
gMZUCCYlAw71eLVc7vLtLEBDcTqia9VWDOwv4IYfeZYZoeCPAgMBAAGgVTBTBgkq
hkiG9w0BCQ4xRjBEMBYGA1UdEQQPMA2CC2V4YW1wbGUuY29tMAsGA1UdDwQEAwIF
oDAdBgNVHSUEFjAUBggrBgEFBQcDAQYIKwYBBQUHAwIwDQYJKoZIhvcNAQELBQAD
ggEBAEyiBitftsJEeJXnSlCjNC0bZWLwIL6aDxX/awxXDGz28TpS1eEbuR3hY3Rw
GefJZYktdqHSrpf82KD6YxwFaYjRi0nQgv1mBsl13woDot3yRUjdeo7CChe5zH6r
9VHIBT0unYsOon1CrwfvTZEN8bL3FkULL57Fn7hzBwLdqB4tnRyIVsGvDYWbmsvW
pGylGNrwGns8p0llonTnL87hgFYA2LAC6Q8ss/T5A3oHqWAevTXhciAd07nRXUZd
hWFqt8XCKbubWo/kO04AIAmuOZ01Wv58TCOTJ9inOCAYo1Bd97nmSG3EjubRV0zF
kCkqau+ZlGzSL28AKR6kgvWnUB4=
-----END CERTIFICATE REQUEST-----`,
  ca: `-----BEGIN CERTIFICATE REQUEST-----
MIIChDCCAWwCAQAwDTELMAkGA1UEAwwCY2EwggEiMA0GCSqGSIb3DQEBAQUAA4IB
DwAwggEKAoIBAQD6ylF20plit29MoAnrBSVLllzLX+UMUTx9v4lo42/wkYU1G1ut
ti7DRivpuzfBTkrCvN5+eK7PzW0StY6BNBtaynhMIt8Y/8RKA3KWzyQ4klPiFuJl
EGCZWCf3pgNI6Zqia3/WdBQyrG/ZbOjXdckdmo+DcRD1fIcqD9O7evhqC+fhmNpF
vmYBytY/gyvpyS+icLTXDDZRcUoLbEeRSKOvLdqWaa2T0I//Pyu3E1l+9e+8aGWK
sG7HeRIQ3HhqcoZAQUPi2dOZC9AoQ1GeEZ8zW0JJgnnz/NVwrDPsgMZUCCYlAw71
eLVc7vLtLEBDcTqia9VWDOwv4IYfeZYZoeCPAgMBAAGgMjAwBgkqhkiG9w0BCQ4x
IzAhMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgKkMA0GCSqGSIb3DQEB
CwUAA4IBAQDilVExsS+KfMiHTQ7YeHlQmjTWBf0aGYV2sur1nOhM+8obMStu5XBp
l/YgoJSTDXe+7s/2MihWhL4jdRYxFkDW0dm75JuZqN5Zftb4e4+HLMthXCBmgi8a
tgokX8rbMT+REmEo/3yVYCndgeazl+sIK1xpjb5xAr1SHKogG53BZRi7AwrJtMhJ
T+8Ab9ARgUtQ0+IcYsadlSrdfm70driTHcmlpx8rTrUeGXYwB4DlYPUvbULc9C2L
fBAYGQVIya8xFnEZOcjueDRG/eLAq1Qm47kL6bwIvfBbURws21/GbPZ74g7bj0yU
tqiq1WdaIYQKWaK1tRmgWqbaA4jMN0Me
-----END CERTIFICATE REQUEST-----`,
  noext: `-----BEGIN CERTIFICATE REQUEST-----
MIICWzCCAUMCAQAwFjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3
DQEBAQUAA4IBDwAwggEKAoIBAQD6ylF20plit29MoAnrBSVLllzLX+UMUTx9v4lo
42/wkYU1G1utti7DRivpuzfBTkrCvN5+eK7PzW0StY6BNBtaynhMIt8Y/8RKA3KW
zyQ4klPiFuJlEGCZWCf3pgNI6Zqia3/WdBQyrG/ZbOjXdckdmo+DcRD1fIcqD9O7
evhqC+fhmNpFvmYBytY/gyvpyS+icLTXDDZRcUoLbEeRSKOvLdqWaa2T0I//Pyu3
E1l+9e+8aGWKsG7HeRIQ3HhqcoZAQUPi2dOZC9AoQ1GeEZ8zW0JJgnnz/NVwrDPs
gMZUCCYlAw71eLVc7vLtLEBDcTqia9VWDOwv4IYfeZYZoeCPAgMBAAGgADANBgkq
hkiG9w0BAQsFAAOCAQEAToE82UaYxHpg8zK1LnNADqcTsBgXGiAluF7mXQiPVNpC
Q5sknMyiL1NiGqpdvvQ+NAr2XEtzu1rx7WbRb9WLtmHL0CwwOB6ggxp8MLfb+xUU
GbxkDZhRrhSBY8P0JdwtiQJV+M9gDHw2sLXhS6SmTgFWfVndN593uLUutet5TO2X
CTkpFB/y3nFpDclRCVzmQhaJAlf++fd3/YlbVguzx0ZagO+mld59gp2IUg7+XCj9
vQmTqPm3XmL2JDbMEbRGA3Ld6ksxnXdaBhJ3MqABOe/utIj8lH4WzfYFy+OPrp36
pRZzj8gUvYXkAxHw2/eVr1XY+GMBaKVtuH6UGhEB9w==
-----END CERTIFICATE REQUEST-----`,
  ec: `-----BEGIN CERTIFICATE REQUEST-----
MIIBIjCByQIBADAZMRcwFQYDVQQDDA5lYy5leGFtcGxlLmNvbTBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABJxyjP+mmZQ1KfZJZEl3tkNkoOf00kVPisPwQESH+7OJ
Z2/eQnRH6x65nizWfc2xSQPHwnmNIr8Wx47YpHMQylygTjBMBgkqhkiG9w0BCQ4x
PzA9MBkGA1UdEQQSMBCCDmVjLmV4YW1wbGUuY29tMAsGA1UdDwQEAwIHgDATBgNV
HSUEDDAKBggrBgEFBQcDATAKBggqhkjOPQQDAgNIADBFAiEA//jWVB8laVSLN4ko
CbRuQtYW66wKySS389FbOuyt0p8CIHCpLIva7GWUT+94+rgF93KaGANMEqfHj391
o+1W1R5P
-----END CERTIFICATE REQUEST-----`,
  ed: `-----BEGIN CERTIFICATE REQUEST-----
MIGYMEwCAQAwGTEXMBUGA1UEAwwOZWQuZXhhbXBsZS5jb20wKjAFBgMrZXADIQBI
+EXxnPO37fhauB1V9YObkWG6CLrNNR3+/57IjUiaXqAAMAUGAytlcANBAGlG7VUJ
PnTB9rZBqsHexiTF9REoPuL3l6iOSrQYG8hUGDXy78VHV8gRExcg3fsmge6VWIYi
2m4Q12dY2rG3VAI=
-----END CERTIFICATE REQUEST-----`,
  pss: `-----BEGIN CERTIFICATE REQUEST-----
MIICpTCCAVkCAQAwDjEMMAoGA1UEAwwDcHNzMIIBIjANBgkqhkiG9w0BAQEFAAOC
AQ8AMIIBCgKCAQEA+spRdtKZYrdvTKAJ6wUlS5Zcy1/lDFE8fb+JaONv8JGFNRtb
rbYuw0Yr6bs3wU5Kwrzefniuz81tErWOgTQbWsp4TCLfGP/ESgNyls8kOJJT4hbi
ZRBgmVgn96YDSOmaomt/1nQUMqxv2Wzo13XJHZqPg3EQ9XyHKg/Tu3r4agvn4Zja
Rb5mAcrWP4Mr6ckvonC01ww2UXFKC2xHkUijry3almmtk9CP/z8rtxNZfvXvvGhl
irBux3kSENx4anKGQEFD4tnTmQvQKENRnhGfM1tCSYJ58/zVcKwz7IDGVAgmJQMO
9Xi1XO7y7SxAQ3E6omvVVgzsL+CGH3mWGaHgjwIDAQABoB4wHAYJKoZIhvcNAQkO
MQ8wDTALBgNVHQ8EBAMCBaAwQQYJKoZIhvcNAQEKMDSgDzANBglghkgBZQMEAgEF
AKEcMBoGCSqGSIb3DQEBCDANBglghkgBZQMEAgEFAKIDAgEgA4IBAQCCyuHdu2cY
GeQD+K0+sD7buv4RNecjbGp43FdVyUFtxIAfgNWVnTICfIXRP0PvIb2UOO5hMRap
FeILfE4qaVifeHBGwV/YwpwVyi8+0/NHPu4XGZgGHORbLfYj/n4jYRjjs4dUwcRK
HihrQhakDvCBK6dqFVd9RgdRcyoo/ahQCUYKbK6g0CRhFPQ9vXlP7X/zUMt1BIpv
ese0ByGs+uwEBRVmFMnA6bxYe76hC/753pKcq2VwxT11uisrwZR6bpauMB+vWPEb
T7bRVQBRSFhRa389QXt+i4r9u72A6R9tTUAUw2Cqg1n1Wf3E9dzyeXN4Xg7mpxjn
Nt5JDusPkKJ6
-----END CERTIFICATE REQUEST-----`,
};

const b64 = (pem: string): string => Buffer.from(pem).toString('base64');
const validIssuerRef = { name: 'name', kind: 'ClusterIssuer' };

function certificateRequest(spec: unknown, status?: unknown): Record<string, unknown> {
  return { apiVersion: 'cert-manager.io/v1', kind: 'CertificateRequest', metadata: { name: 'cr', namespace: 'default' }, spec, ...(status !== undefined ? { status } : {}) };
}

/** The webhook's errors: the API server's schema layer (CRD-SCHEMA) is tested on its own. */
function errors(spec: unknown, status?: unknown): Finding[] {
  return auditManifests([certificateRequest(spec, status)]).filter((f) => f.severity === 'error' && f.ruleId !== 'CRD-SCHEMA');
}

const approved = (status: string) => ({ type: 'Approved', status, reason: 'cert-manager.io' });
const denied = (status: string) => ({ type: 'Denied', status, reason: 'Foo' });

const ACCEPTED: Record<string, { spec: Record<string, unknown>; status?: unknown }> = {
  'Test csr with no usages': { spec: { request: b64(CSR.default), issuerRef: validIssuerRef } },
  'Test csr with double signature usages': { spec: { request: b64(CSR.default), issuerRef: validIssuerRef, usages: ['signing', 'key encipherment'] } },
  'Test csr with double extended usages': { spec: { request: b64(CSR.serverclient), issuerRef: validIssuerRef, usages: ['signing', 'key encipherment', 'server auth', 'client auth'] } },
  'Test csr with reordered usages': { spec: { request: b64(CSR.serverclient), issuerRef: validIssuerRef, usages: ['server auth', 'client auth', 'key encipherment', 'digital signature'] } },
  'Test csr with default usages and isCA': { spec: { request: b64(CSR.ca), issuerRef: validIssuerRef, isCA: true } },
  'Test cr with default usages': { spec: { request: b64(CSR.default), issuerRef: validIssuerRef, usages: ['key encipherment', 'digital signature'] } },
  'Test cr with default usages, without any encoded in csr': { spec: { request: b64(CSR.noext), issuerRef: validIssuerRef, usages: ['key encipherment', 'digital signature'] } },
  'a CSR without extensions is not compared with isCA or usages': { spec: { request: b64(CSR.ed), issuerRef: validIssuerRef, isCA: true, usages: ['client auth'] } },
  'ECDSA CSR with matching usages': { spec: { request: b64(CSR.ec), issuerRef: { name: 'x' }, usages: ['digital signature', 'server auth'] } },
  'RSA-PSS signed CSR': { spec: { request: b64(CSR.pss), issuerRef: validIssuerRef } },
  'request with line breaks in its base64': { spec: { request: b64(CSR.default).replace(/(.{76})/g, '$1\n'), issuerRef: validIssuerRef } },
  'external issuer kind with its group': { spec: { request: b64(CSR.default), issuerRef: { name: 'x', kind: 'AWSPCAClusterIssuer', group: 'awspca.cert-manager.io' } } },
  "CertificateRequest with single Approved=true condition, shouldn't error": { spec: { request: b64(CSR.default), issuerRef: validIssuerRef }, status: { conditions: [approved('True'), { type: 'Ready', status: 'False' }] } },
  "CertificateRequest with single Denied=true condition, shouldn't error": { spec: { request: b64(CSR.default), issuerRef: validIssuerRef }, status: { conditions: [denied('True')] } },
};

describe('CertificateRequest webhook rules: accepted', () => {
  test.each(Object.entries(ACCEPTED))('%s', (_name, c) => {
    expect(errors(c.spec, c.status)).toEqual([]);
  });
});

interface Rejected {
  readonly spec: Record<string, unknown>;
  readonly status?: unknown;
  readonly expected: readonly { ruleId: string; path: string; message: string }[];
}

const REJECTED: Record<string, Rejected> = {
  'missing issuerRef name': {
    spec: { request: b64(CSR.default), issuerRef: {} },
    expected: [{ ruleId: 'CM-R1', path: 'spec.issuerRef.name', message: 'spec.issuerRef.name: Required value: must be specified' }],
  },
  'issuerRef kind without group': {
    spec: { request: b64(CSR.default), issuerRef: { name: 'x', kind: 'VenafiIssuer' } },
    expected: [{ ruleId: 'CM-R1', path: 'spec.issuerRef.kind', message: 'must be one of Issuer or ClusterIssuer (did you forget to set spec.issuerRef.kind.group?)' }],
  },
  'missing request': {
    spec: { issuerRef: validIssuerRef, usages: ['bogus'] },
    expected: [{ ruleId: 'CM-R2', path: 'spec.request', message: 'spec.request: Required value: must be specified' }],
  },
  'unknown usages': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef, usages: ['digital signature', 'bogus', 'Server Auth'] },
    expected: [{ ruleId: 'CM-R3', path: 'spec.usages', message: 'unknown key usages: [bogus Server Auth]' }],
  },
  'request that is not base64 (raw PEM in the manifest)': {
    spec: { request: CSR.default, issuerRef: validIssuerRef },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: 'is not base64' }],
  },
  'request that is not a PEM CSR': {
    spec: { request: b64('hello'), issuerRef: validIssuerRef },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: 'error decoding certificate request PEM block' }],
  },
  'CSR with a broken signature': {
    spec: { request: b64(CSR.default.replace('MIICkTCCAXkCAQAwFjEUMBIGA1UEAwwLZXhhbXBs', 'MIICkTCCAXkCAQAwFjEUMBIGA1UEAwwLZXhhbXFs')), issuerRef: validIssuerRef },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: 'crypto/rsa: verification error' }],
  },
  'CA CSR for a non-CA request': {
    spec: { request: b64(CSR.ca), issuerRef: validIssuerRef },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: 'encoded CSR error: IsCA true does not match expected value false' }],
  },
  'Test cr with default usages, missing key encipherment encoded in csr': {
    spec: { request: b64(CSR.ec), issuerRef: validIssuerRef, usages: ['key encipherment', 'digital signature', 'server auth'] },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: "encoded CSR error: the KeyUsages [ 'digital signature' ] do not match the expected KeyUsages [ 'digital signature', 'key encipherment' ]" }],
  },
  'Error on csr not having all usages': {
    spec: { request: b64(CSR.ec), issuerRef: validIssuerRef, usages: ['signing', 'server auth', 'client auth'] },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: "encoded CSR error: the ExtKeyUsages [ 'server auth' ] do not match the expected ExtKeyUsages [ 'server auth', 'client auth' ]" }],
  },
  'Error on cr not having all usages': {
    spec: { request: b64(CSR.serverclient), issuerRef: validIssuerRef, usages: ['signing', 'key encipherment'] },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: "encoded CSR error: the ExtKeyUsages [ 'server auth', 'client auth' ] do not match the expected ExtKeyUsages []" }],
  },
  'isCA adds cert sign to the expected usages': {
    spec: { request: b64(CSR.pss), issuerRef: validIssuerRef, isCA: true },
    expected: [{ ruleId: 'CM-R4', path: 'spec.request', message: "the KeyUsages [ 'digital signature', 'key encipherment' ] do not match the expected KeyUsages [ 'digital signature', 'key encipherment', 'cert sign' ]" }],
  },
  'CertificateRequest with single Approved=false condition, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [approved('False')] },
    expected: [{ ruleId: 'CM-R6', path: 'status.conditions.Approved', message: 'status.conditions.Approved: Invalid value: "False": "Approved" condition may only be set to True' }],
  },
  'CertificateRequest with single Denied=false condition, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [denied('False')] },
    expected: [{ ruleId: 'CM-R6', path: 'status.conditions.Denied', message: '"Denied" condition may only be set to True' }],
  },
  'CertificateRequest with both Denied=false and Approved=false conditions, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [approved('False'), denied('False')] },
    expected: [
      { ruleId: 'CM-R6', path: 'status.conditions.Approved', message: '"Approved" condition may only be set to True' },
      { ruleId: 'CM-R6', path: 'status.conditions.Denied', message: '"Denied" condition may only be set to True' },
      { ruleId: 'CM-R7', path: 'status.conditions', message: "status.conditions: Forbidden: both 'Denied' and 'Approved' conditions cannot coexist" },
    ],
  },
  'CertificateRequest with both Denied=true and Approved=true conditions, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [approved('True'), denied('True')] },
    expected: [{ ruleId: 'CM-R7', path: 'status.conditions', message: "both 'Denied' and 'Approved' conditions cannot coexist" }],
  },
  'CertificateRequest with multiple Approved conditions, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [approved('True'), approved('False')] },
    expected: [{ ruleId: 'CM-R5', path: 'status.conditions', message: 'status.conditions: Forbidden: multiple "Approved" conditions present' }],
  },
  'CertificateRequest with multiple Denied conditions, should error': {
    spec: { request: b64(CSR.default), issuerRef: validIssuerRef },
    status: { conditions: [denied('True'), denied('False')] },
    expected: [{ ruleId: 'CM-R5', path: 'status.conditions', message: 'multiple "Denied" conditions present' }],
  },
};

describe('CertificateRequest webhook rules: rejected', () => {
  test.each(Object.entries(REJECTED))('%s', (_name, c) => {
    const found = errors(c.spec, c.status);
    for (const e of c.expected) {
      expect(found).toContainEqual(expect.objectContaining({ ruleId: e.ruleId, severity: 'error', kind: 'CertificateRequest', path: e.path, message: expect.stringContaining(e.message) }));
    }
    expect(found).toHaveLength(c.expected.length);
  });
});

describe('CertificateRequest: malformed input', () => {
  const MALFORMED: Record<string, [unknown, unknown?]> = {
    'spec is a string': ['oops'],
    'request is a number': [{ request: 42, issuerRef: validIssuerRef }],
    'usages contains null': [{ request: b64(CSR.default), issuerRef: validIssuerRef, usages: [null] }],
    'request is base64 of DER garbage': [{ request: b64('-----BEGIN CERTIFICATE REQUEST-----\nMAMCAQA=\n-----END CERTIFICATE REQUEST-----\n'), issuerRef: validIssuerRef }],
    'request is a truncated CSR': [{ request: b64(CSR.ec.replace(/\n[^\n]*\n-----END/, '\n-----END')), issuerRef: validIssuerRef }],
    'conditions of wrong types': [{ issuerRef: 5 }, { conditions: [null, 'Approved', { type: 'Approved' }, { type: 'Approved', status: 1 }] }],
  };
  test.each(Object.entries(MALFORMED))('%s: findings, no crash', (_name, [spec, status]) => {
    let found: Finding[] = [];
    expect(() => {
      found = auditManifests([certificateRequest(spec, status)]);
    }).not.toThrow();
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.ruleId)).not.toContain('TLS-INTERNAL');
  });
});
