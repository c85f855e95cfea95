import * as fc from 'fast-check';
import { auditManifests } from '../../src/rules/engine';
import { Finding } from '../../src/rules/finding';
import { compileGoPattern } from '../../src/rules/schema/openapi';

// CRD-SCHEMA: the API server's OpenAPI checks, with its messages. The cert-manager rows are the
// constraints of section 5 of shared/reference/cert-manager-validation.md, each with an object the
// schema accepts and one it rejects.

function object(apiVersion: string, kind: string, spec: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion, kind, metadata: { name: 'x', namespace: 'default' }, spec, ...extra };
}

function schemaFindings(obj: unknown): Finding[] {
  return auditManifests([obj]).filter((f) => f.ruleId === 'CRD-SCHEMA' || f.ruleId === 'TLS-INTERNAL');
}

const messages = (obj: unknown) => schemaFindings(obj).map((f) => f.message);

interface Row {
  readonly what: string;
  readonly good: unknown;
  readonly bad: unknown;
  /** The whole message of one of the findings, or its beginning when it ends in `...`. */
  readonly message: string;
}

function runRows(apiVersion: string, kind: string, rows: readonly Row[]): void {
  describe.each(rows.map((r) => [r.what, r] as const))('%s', (_what, row) => {
    test('accepted', () => {
      expect(messages(object(apiVersion, kind, row.good))).toEqual([]);
    });
    test('rejected', () => {
      const found = messages(object(apiVersion, kind, row.bad));
      if (row.message.endsWith('...')) {
        expect(found.some((m) => m.startsWith(row.message.slice(0, -3)))).toBe(true);
      } else {
        expect(found).toContain(row.message);
      }
    });
  });
}

// ---- Certificate ----

const cert = { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: ['a.example.com'] };
const certWith = (patch: Record<string, unknown>) => ({ ...cert, ...patch });
const window = { cron: '0 2 * * 1-5', windowDuration: '2h' };

describe('Certificate', () => {
  runRows('cert-manager.io/v1', 'Certificate', [
    { what: 'secretName is required', good: cert, bad: { issuerRef: { name: 'ca' } }, message: 'spec.secretName: Required value' },
    { what: 'issuerRef is required', good: cert, bad: { secretName: 's' }, message: 'spec.issuerRef: Required value' },
    { what: 'issuerRef.name is required', good: cert, bad: certWith({ issuerRef: { kind: 'ClusterIssuer' } }), message: 'spec.issuerRef.name: Required value' },
    {
      what: 'privateKey.algorithm enum',
      good: certWith({ privateKey: { algorithm: 'Ed25519' } }),
      bad: certWith({ privateKey: { algorithm: 'DSA' } }),
      message: 'spec.privateKey.algorithm: Unsupported value: "DSA": supported values: "RSA", "ECDSA", "Ed25519"',
    },
    {
      what: 'privateKey.encoding enum',
      good: certWith({ privateKey: { encoding: 'PKCS8' } }),
      bad: certWith({ privateKey: { encoding: 'PKCS12' } }),
      message: 'spec.privateKey.encoding: Unsupported value: "PKCS12": supported values: "PKCS1", "PKCS8"',
    },
    {
      what: 'privateKey.rotationPolicy enum, with a hint for the wrong case',
      good: certWith({ privateKey: { rotationPolicy: 'Always' } }),
      bad: certWith({ privateKey: { rotationPolicy: 'always' } }),
      message: 'spec.privateKey.rotationPolicy: Unsupported value: "always": supported values: "Never", "Always"; did you mean "Always"? (values are case-sensitive)',
    },
    {
      what: 'signatureAlgorithm enum (7 values)',
      good: certWith({ signatureAlgorithm: 'ECDSAWithSHA384' }),
      bad: certWith({ signatureAlgorithm: 'SHA1WithRSA' }),
      message: 'spec.signatureAlgorithm: Unsupported value: "SHA1WithRSA": supported values: "SHA256WithRSA", "SHA384WithRSA", "SHA512WithRSA", '
        + '"ECDSAWithSHA256", "ECDSAWithSHA384", "ECDSAWithSHA512", "PureEd25519"',
    },
    {
      what: 'usages[] enum (23 values)',
      good: certWith({ usages: ['digital signature', 'server auth', 'netscape sgc'] }),
      bad: certWith({ usages: ['server auth', 'server-auth'] }),
      message: 'spec.usages[1]: Unsupported value: "server-auth": supported values: "signing", "digital signature", "content commitment", "key encipherment", '
        + '"key agreement", "data encipherment", "cert sign", "crl sign", "encipher only", "decipher only", "any", "server auth", "client auth", "code signing", '
        + '"email protection", "s/mime", "ipsec end system", "ipsec tunnel", "ipsec user", "timestamping", "ocsp signing", "microsoft sgc", "netscape sgc"',
    },
    {
      what: 'additionalOutputFormats[].type enum',
      good: certWith({ additionalOutputFormats: [{ type: 'DER' }, { type: 'CombinedPEM' }] }),
      bad: certWith({ additionalOutputFormats: [{ type: 'PEM' }] }),
      message: 'spec.additionalOutputFormats[0].type: Unsupported value: "PEM": supported values: "DER", "CombinedPEM"',
    },
    {
      what: 'additionalOutputFormats[] items require type',
      good: certWith({ additionalOutputFormats: [{ type: 'DER' }] }),
      bad: certWith({ additionalOutputFormats: [{}] }),
      message: 'spec.additionalOutputFormats[0].type: Required value',
    },
    {
      what: 'keystores.pkcs12.profile enum',
      good: certWith({ keystores: { pkcs12: { create: true, profile: 'Modern2026', passwordSecretRef: { name: 'p' } } } }),
      bad: certWith({ keystores: { pkcs12: { create: true, profile: 'Modern2030', passwordSecretRef: { name: 'p' } } } }),
      message: 'spec.keystores.pkcs12.profile: Unsupported value: "Modern2030": supported values: "LegacyRC2", "LegacyDES", "Modern2023", "Modern2026"',
    },
    {
      what: 'keystores.jks requires create',
      good: certWith({ keystores: { jks: { create: true, passwordSecretRef: { name: 'p' } } } }),
      bad: certWith({ keystores: { jks: { passwordSecretRef: { name: 'p' } } } }),
      message: 'spec.keystores.jks.create: Required value',
    },
    {
      what: 'keystores.pkcs12 requires create',
      good: certWith({ keystores: { pkcs12: { create: false } } }),
      bad: certWith({ keystores: { pkcs12: { profile: 'Modern2023' } } }),
      message: 'spec.keystores.pkcs12.create: Required value',
    },
    {
      what: 'passwordSecretRef requires name',
      good: certWith({ keystores: { pkcs12: { create: true, passwordSecretRef: { name: 'p', key: 'password' } } } }),
      bad: certWith({ keystores: { pkcs12: { create: true, passwordSecretRef: { key: 'password' } } } }),
      message: 'spec.keystores.pkcs12.passwordSecretRef.name: Required value',
    },
    {
      what: 'renewal.policy enum',
      good: certWith({ renewal: { policy: 'Disabled' } }),
      bad: certWith({ renewal: { policy: 'Never' } }),
      message: 'spec.renewal.policy: Unsupported value: "Never": supported values: "RenewBefore", "Disabled"',
    },
    {
      what: 'renewal.windows[] require cron',
      good: certWith({ renewal: { windows: [window] } }),
      bad: certWith({ renewal: { windows: [{ windowDuration: '2h' }] } }),
      message: 'spec.renewal.windows[0].cron: Required value',
    },
    {
      what: 'renewal.windows[] require windowDuration',
      good: certWith({ renewal: { windows: [window] } }),
      bad: certWith({ renewal: { windows: [{ cron: '0 2 * * *' }] } }),
      message: 'spec.renewal.windows[0].windowDuration: Required value',
    },
    {
      what: 'renewal.windows[].windowDuration pattern',
      good: certWith({ renewal: { windows: [{ ...window, windowDuration: '1h30m' }, { ...window, windowDuration: '1.5h' }] } }),
      bad: certWith({ renewal: { windows: [window, { ...window, windowDuration: '1d' }] } }),
      message: "spec.renewal.windows[1].windowDuration: Invalid value: \"1d\": spec.renewal.windows[1].windowDuration in body should match '^([0-9]+(\\.[0-9]+)?(s|m|h))+$'",
    },
    {
      what: 'renewal.windows[].cron minLength 1',
      good: certWith({ renewal: { windows: [{ ...window, cron: '@daily' }] } }),
      bad: certWith({ renewal: { windows: [{ ...window, cron: '' }] } }),
      message: 'spec.renewal.windows[0].cron: Invalid value: "": spec.renewal.windows[0].cron in body should be at least 1 chars long; set a value or leave the field out',
    },
    {
      what: 'renewal.windows[].timezone minLength 1',
      good: certWith({ renewal: { windows: [{ ...window, timezone: 'Europe/Berlin' }] } }),
      bad: certWith({ renewal: { windows: [{ ...window, timezone: '' }] } }),
      message: 'spec.renewal.windows[0].timezone: Invalid value: "": spec.renewal.windows[0].timezone in body should be at least 1 chars long; set a value or leave the field out',
    },
    {
      what: 'renewBeforePercentage is an integer',
      good: certWith({ renewBeforePercentage: 33 }),
      bad: certWith({ renewBeforePercentage: 'string' }),
      message: 'spec.renewBeforePercentage: Invalid value: "string": spec.renewBeforePercentage in body must be of type integer: "string"',
    },
    {
      what: 'a quoted number gets a hint',
      good: certWith({ renewBeforePercentage: 50 }),
      bad: certWith({ renewBeforePercentage: '33' }),
      message: 'spec.renewBeforePercentage: Invalid value: "string": spec.renewBeforePercentage in body must be of type integer: "string"; write 33 without quotes',
    },
    {
      what: 'a boolean where a string belongs',
      good: certWith({ commonName: 'a.example.com' }),
      bad: certWith({ commonName: true }),
      message: 'spec.commonName: Invalid value: "boolean": spec.commonName in body must be of type string: "boolean"; quote it: "true"',
    },
    {
      what: 'an unknown field (kubectl field validation Strict)',
      good: cert,
      bad: certWith({ foo: 'bar' }),
      message: 'spec.foo: unknown field "spec.foo"; remove it',
    },
    {
      what: 'a misspelt field, with the likely name',
      good: cert,
      bad: { ...cert, dnsNames: undefined, dnsname: ['a.example.com'] },
      message: 'spec.dnsname: unknown field "spec.dnsname"; did you mean "dnsNames"?',
    },
    {
      what: 'unknown fields deep down, with the known ones when few',
      good: certWith({ privateKey: { algorithm: 'ECDSA', size: 256 } }),
      bad: certWith({ privateKey: { algorithm: 'ECDSA', bits: 256 } }),
      message: 'spec.privateKey.bits: unknown field "spec.privateKey.bits"; remove it; known fields here: algorithm, encoding, rotationPolicy, size',
    },
  ]);

  test('a status is not validated (status subresource), and apiVersion/kind/metadata are not unknown fields', () => {
    expect(messages(object('cert-manager.io/v1', 'Certificate', cert, { status: { whatever: 1 } }))).toEqual([]);
  });

  test('root metadata is only checked to be an object', () => {
    expect(messages({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'x', anything: { goes: 1 } }, spec: cert })).toEqual([]);
    expect(messages({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: 'x', spec: cert }))
      .toEqual(['metadata: Invalid value: "string": metadata in body must be of type object: "string"']);
  });

  test('a null in a non-nullable field is pruned by the API server: absent, so required fields report Required value', () => {
    expect(messages(object('cert-manager.io/v1', 'Certificate', certWith({ commonName: null })))).toEqual([]);
    expect(messages(object('cert-manager.io/v1', 'Certificate', certWith({ secretName: null })))).toEqual(['spec.secretName: Required value']);
  });

  test('the finding carries rule id, severity, object and field path', () => {
    const [finding] = schemaFindings(object('cert-manager.io/v1', 'Certificate', certWith({ privateKey: { algorithm: 'DSA' } })));
    expect(finding).toEqual({
      ruleId: 'CRD-SCHEMA',
      severity: 'error',
      kind: 'Certificate',
      name: 'x',
      namespace: 'default',
      path: 'spec.privateKey.algorithm',
      message: 'spec.privateKey.algorithm: Unsupported value: "DSA": supported values: "RSA", "ECDSA", "Ed25519"',
    });
  });
});

// ---- CertificateRequest ----

const request = { request: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K', issuerRef: { name: 'ca' } };

describe('CertificateRequest', () => {
  runRows('cert-manager.io/v1', 'CertificateRequest', [
    { what: 'request is required', good: request, bad: { issuerRef: { name: 'ca' } }, message: 'spec.request: Required value' },
    { what: 'issuerRef.name is required', good: request, bad: { ...request, issuerRef: { kind: 'Issuer' } }, message: 'spec.issuerRef.name: Required value' },
    {
      what: 'usages[] enum',
      good: { ...request, usages: ['client auth'] },
      bad: { ...request, usages: ['client'] },
      message: 'spec.usages[0]: Unsupported value: "client": supported values: "signing", "digital signature", ...',
    },
    {
      what: 'request is base64 (format byte)',
      good: request,
      bad: { ...request, request: '-----BEGIN CERTIFICATE REQUEST-----' },
      message: 'spec.request: Invalid value: "-----BEGIN CERTIFICATE REQUEST-----": spec.request in body must be of type byte: "-----BEGIN CERTIFICATE REQUEST-----"',
    },
  ]);
});

// ---- Issuer / ClusterIssuer ----

const acme = { server: 'https://acme-v02.api.letsencrypt.org/directory', privateKeySecretRef: { name: 'acct' } };
const withSolver = (solver: Record<string, unknown>) => ({ acme: { ...acme, solvers: [solver] } });
const dns01 = (provider: Record<string, unknown>) => withSolver({ dns01: provider });
const secretRef = { name: 's', key: 'k' };
const vault = (auth: Record<string, unknown>) => ({ vault: { server: 'https://vault:8200', path: 'pki/sign/web', auth } });
const venafi = (config: Record<string, unknown>) => ({ venafi: { zone: 'z', ...config } });
const parentRef = (ref: Record<string, unknown>) => withSolver({ http01: { gatewayHTTPRoute: { parentRefs: [ref] } } });

const issuerRows: readonly Row[] = [
  { what: 'acme requires server', good: { acme }, bad: { acme: { privateKeySecretRef: { name: 'acct' } } }, message: 'spec.acme.server: Required value' },
  { what: 'acme requires privateKeySecretRef', good: { acme }, bad: { acme: { server: acme.server } }, message: 'spec.acme.privateKeySecretRef: Required value' },
  {
    what: 'acme.privateKeySecretRef requires name',
    good: { acme },
    bad: { acme: { ...acme, privateKeySecretRef: { key: 'tls.key' } } },
    message: 'spec.acme.privateKeySecretRef.name: Required value',
  },
  {
    what: 'acme.preferredChain maxLength 64',
    good: { acme: { ...acme, preferredChain: 'x'.repeat(64) } },
    bad: { acme: { ...acme, preferredChain: 'x'.repeat(65) } },
    message: 'spec.acme.preferredChain: Too long: may not be more than 64 bytes',
  },
  {
    what: 'externalAccountBinding requires keyID',
    good: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: secretRef } } },
    bad: { acme: { ...acme, externalAccountBinding: { keySecretRef: secretRef } } },
    message: 'spec.acme.externalAccountBinding.keyID: Required value',
  },
  {
    what: 'externalAccountBinding requires keySecretRef',
    good: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: secretRef } } },
    bad: { acme: { ...acme, externalAccountBinding: { keyID: 'id' } } },
    message: 'spec.acme.externalAccountBinding.keySecretRef: Required value',
  },
  {
    what: 'externalAccountBinding.keySecretRef requires name',
    good: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: { name: 'eab' } } } },
    bad: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: { key: 'k' } } } },
    message: 'spec.acme.externalAccountBinding.keySecretRef.name: Required value',
  },
  {
    what: 'externalAccountBinding.keyAlgorithm enum',
    good: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: secretRef, keyAlgorithm: 'HS512' } } },
    bad: { acme: { ...acme, externalAccountBinding: { keyID: 'id', keySecretRef: secretRef, keyAlgorithm: 'RS256' } } },
    message: 'spec.acme.externalAccountBinding.keyAlgorithm: Unsupported value: "RS256": supported values: "HS256", "HS384", "HS512"',
  },
  {
    what: 'dns01.cnameStrategy enum',
    good: dns01({ cnameStrategy: 'Follow', cloudflare: { apiTokenSecretRef: secretRef } }),
    bad: dns01({ cnameStrategy: 'Always', cloudflare: { apiTokenSecretRef: secretRef } }),
    message: 'spec.acme.solvers[0].dns01.cnameStrategy: Unsupported value: "Always": supported values: "None", "Follow"',
  },
  {
    what: 'azureDNS requires subscriptionID',
    good: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg' } }),
    bad: dns01({ azureDNS: { resourceGroupName: 'rg' } }),
    message: 'spec.acme.solvers[0].dns01.azureDNS.subscriptionID: Required value',
  },
  {
    what: 'azureDNS requires resourceGroupName',
    good: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg' } }),
    bad: dns01({ azureDNS: { subscriptionID: 'sub' } }),
    message: 'spec.acme.solvers[0].dns01.azureDNS.resourceGroupName: Required value',
  },
  {
    what: 'azureDNS.environment enum',
    good: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg', environment: 'AzureChinaCloud' } }),
    bad: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg', environment: 'AzureCloud' } }),
    message: 'spec.acme.solvers[0].dns01.azureDNS.environment: Unsupported value: "AzureCloud": supported values: '
      + '"AzurePublicCloud", "AzureChinaCloud", "AzureGermanCloud", "AzureUSGovernmentCloud"',
  },
  {
    what: 'azureDNS.zoneType enum',
    good: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg', zoneType: 'AzurePrivateZone' } }),
    bad: dns01({ azureDNS: { subscriptionID: 'sub', resourceGroupName: 'rg', zoneType: 'Private' } }),
    message: 'spec.acme.solvers[0].dns01.azureDNS.zoneType: Unsupported value: "Private": supported values: "AzurePublicZone", "AzurePrivateZone"',
  },
  ...['accessTokenSecretRef', 'clientSecretSecretRef', 'clientTokenSecretRef', 'serviceConsumerDomain'].map((field): Row => {
    const akamai: Record<string, unknown> = {
      accessTokenSecretRef: secretRef, clientSecretSecretRef: secretRef, clientTokenSecretRef: secretRef, serviceConsumerDomain: 'akamai.example',
    };
    const { [field]: _dropped, ...without } = akamai;
    return { what: `akamai requires ${field}`, good: dns01({ akamai }), bad: dns01({ akamai: without }), message: `spec.acme.solvers[0].dns01.akamai.${field}: Required value` };
  }),
  {
    what: 'cloudDNS requires project',
    good: dns01({ cloudDNS: { project: 'p' } }),
    bad: dns01({ cloudDNS: { hostedZoneName: 'z' } }),
    message: 'spec.acme.solvers[0].dns01.cloudDNS.project: Required value',
  },
  {
    what: 'digitalocean requires tokenSecretRef',
    good: dns01({ digitalocean: { tokenSecretRef: secretRef } }),
    bad: dns01({ digitalocean: {} }),
    message: 'spec.acme.solvers[0].dns01.digitalocean.tokenSecretRef: Required value',
  },
  {
    what: 'rfc2136 requires nameserver',
    good: dns01({ rfc2136: { nameserver: '10.0.0.1:53' } }),
    bad: dns01({ rfc2136: { tsigKeyName: 'k' } }),
    message: 'spec.acme.solvers[0].dns01.rfc2136.nameserver: Required value',
  },
  {
    what: 'rfc2136.protocol enum',
    good: dns01({ rfc2136: { nameserver: '10.0.0.1:53', protocol: 'TCP' } }),
    bad: dns01({ rfc2136: { nameserver: '10.0.0.1:53', protocol: 'tcp' } }),
    message: 'spec.acme.solvers[0].dns01.rfc2136.protocol: Unsupported value: "tcp": supported values: "TCP", "UDP"; did you mean "TCP"? (values are case-sensitive)',
  },
  {
    what: 'acmeDNS requires host',
    good: dns01({ acmeDNS: { host: 'https://auth.example', accountSecretRef: secretRef } }),
    bad: dns01({ acmeDNS: { accountSecretRef: secretRef } }),
    message: 'spec.acme.solvers[0].dns01.acmeDNS.host: Required value',
  },
  {
    what: 'acmeDNS requires accountSecretRef',
    good: dns01({ acmeDNS: { host: 'https://auth.example', accountSecretRef: secretRef } }),
    bad: dns01({ acmeDNS: { host: 'https://auth.example' } }),
    message: 'spec.acme.solvers[0].dns01.acmeDNS.accountSecretRef: Required value',
  },
  {
    what: 'webhook requires groupName',
    good: dns01({ webhook: { groupName: 'acme.example.com', solverName: 'hetzner', config: { any: ['thing'] } } }),
    bad: dns01({ webhook: { solverName: 'hetzner' } }),
    message: 'spec.acme.solvers[0].dns01.webhook.groupName: Required value',
  },
  {
    what: 'webhook requires solverName',
    good: dns01({ webhook: { groupName: 'acme.example.com', solverName: 'hetzner' } }),
    bad: dns01({ webhook: { groupName: 'acme.example.com' } }),
    message: 'spec.acme.solvers[0].dns01.webhook.solverName: Required value',
  },
  {
    what: 'route53.auth requires kubernetes.serviceAccountRef.name',
    good: dns01({ route53: { region: 'eu-west-1', auth: { kubernetes: { serviceAccountRef: { name: 'cm' } } } } }),
    bad: dns01({ route53: { region: 'eu-west-1', auth: { kubernetes: { serviceAccountRef: { audiences: ['sts.amazonaws.com'] } } } } }),
    message: 'spec.acme.solvers[0].dns01.route53.auth.kubernetes.serviceAccountRef.name: Required value',
  },
  {
    what: 'gatewayHTTPRoute parentRefs[] require name',
    good: parentRef({ name: 'gw', namespace: 'gateways', sectionName: 'http' }),
    bad: parentRef({ namespace: 'gateways' }),
    message: 'spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs[0].name: Required value',
  },
  {
    what: 'gatewayHTTPRoute parentRefs[].port at most 65535',
    good: parentRef({ name: 'gw', port: 65535 }),
    bad: parentRef({ name: 'gw', port: 65536 }),
    message: 'spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs[0].port: Invalid value: 65536: '
      + 'spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs[0].port in body should be less than or equal to 65535',
  },
  {
    what: 'gatewayHTTPRoute parentRefs[].port at least 1',
    good: parentRef({ name: 'gw', port: 1 }),
    bad: parentRef({ name: 'gw', port: 0 }),
    message: 'spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs[0].port: Invalid value: 0: '
      + 'spec.acme.solvers[0].http01.gatewayHTTPRoute.parentRefs[0].port in body should be greater than or equal to 1',
  },
  { what: 'ca requires secretName', good: { ca: { secretName: 'root' } }, bad: { ca: {} }, message: 'spec.ca.secretName: Required value' },
  { what: 'vault requires server', good: vault({ tokenSecretRef: secretRef }), bad: { vault: { path: 'p', auth: { tokenSecretRef: secretRef } } }, message: 'spec.vault.server: Required value' },
  { what: 'vault requires path', good: vault({ tokenSecretRef: secretRef }), bad: { vault: { server: 'https://v', auth: { tokenSecretRef: secretRef } } }, message: 'spec.vault.path: Required value' },
  { what: 'vault requires auth', good: vault({ tokenSecretRef: secretRef }), bad: { vault: { server: 'https://v', path: 'p' } }, message: 'spec.vault.auth: Required value' },
  ...['path', 'roleId', 'secretRef'].map((field): Row => {
    const appRole: Record<string, unknown> = { path: 'approle', roleId: 'r', secretRef };
    const { [field]: _dropped, ...without } = appRole;
    return { what: `vault.auth.appRole requires ${field}`, good: vault({ appRole }), bad: vault({ appRole: without }), message: `spec.vault.auth.appRole.${field}: Required value` };
  }),
  {
    what: 'vault.auth.kubernetes requires role',
    good: vault({ kubernetes: { role: 'cm', serviceAccountRef: { name: 'cm' } } }),
    bad: vault({ kubernetes: { serviceAccountRef: { name: 'cm' } } }),
    message: 'spec.vault.auth.kubernetes.role: Required value',
  },
  { what: 'vault.auth.aws requires role', good: vault({ aws: { role: 'cm' } }), bad: vault({ aws: { region: 'eu-west-1' } }), message: 'spec.vault.auth.aws.role: Required value' },
  {
    what: 'vault.auth.aws.role minLength 1',
    good: vault({ aws: { role: 'cm' } }),
    bad: vault({ aws: { role: '' } }),
    message: 'spec.vault.auth.aws.role: Invalid value: "": spec.vault.auth.aws.role in body should be at least 1 chars long; set a value or leave the field out',
  },
  { what: 'venafi requires zone', good: venafi({ cloud: { apiTokenSecretRef: secretRef } }), bad: { venafi: { cloud: { apiTokenSecretRef: secretRef } } }, message: 'spec.venafi.zone: Required value' },
  {
    what: 'venafi.tpp requires url',
    good: venafi({ tpp: { url: 'https://tpp/vedsdk', credentialsRef: { name: 'c' } } }),
    bad: venafi({ tpp: { credentialsRef: { name: 'c' } } }),
    message: 'spec.venafi.tpp.url: Required value',
  },
  {
    what: 'venafi.tpp requires credentialsRef',
    good: venafi({ tpp: { url: 'https://tpp/vedsdk', credentialsRef: { name: 'c' } } }),
    bad: venafi({ tpp: { url: 'https://tpp/vedsdk' } }),
    message: 'spec.venafi.tpp.credentialsRef: Required value',
  },
  { what: 'venafi.cloud requires apiTokenSecretRef', good: venafi({ cloud: { apiTokenSecretRef: secretRef } }), bad: venafi({ cloud: {} }), message: 'spec.venafi.cloud.apiTokenSecretRef: Required value' },
  {
    what: 'venafi.ngts requires tsgID',
    good: venafi({ ngts: { tsgID: 't', credentialsRef: { name: 'c' } } }),
    bad: venafi({ ngts: { credentialsRef: { name: 'c' } } }),
    message: 'spec.venafi.ngts.tsgID: Required value',
  },
  {
    what: 'venafi.ngts requires credentialsRef',
    good: venafi({ ngts: { tsgID: 't', credentialsRef: { name: 'c' } } }),
    bad: venafi({ ngts: { tsgID: 't' } }),
    message: 'spec.venafi.ngts.credentialsRef: Required value',
  },
];

describe('Issuer', () => {
  runRows('cert-manager.io/v1', 'Issuer', issuerRows);

  test('the venafi CEL rule (exactly one of tpp, cloud, ngts): the API server refuses it before the webhook sees it', () => {
    expect(messages(object('cert-manager.io/v1', 'Issuer', { venafi: { zone: 'z' } })))
      .toEqual(['spec.venafi: Invalid value: exactly one of tpp, cloud, or ngts must be configured']);
    expect(messages(object('cert-manager.io/v1', 'Issuer', { venafi: { zone: 'z', cloud: { apiTokenSecretRef: { name: 't' } } } }))).toEqual([]);
  });

  test('the http01.ingress podTemplate is checked down to the pod spec', () => {
    const issuer = (podSpec: Record<string, unknown>) => object('cert-manager.io/v1', 'Issuer', withSolver({ http01: { ingress: { ingressClassName: 'nginx', podTemplate: { spec: podSpec } } } }));
    expect(messages(issuer({ tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }], nodeSelector: { zone: 'a' } }))).toEqual([]);
    expect(messages(issuer({ nodeSelector: { zone: 1 } })))
      .toEqual(['spec.acme.solvers[0].http01.ingress.podTemplate.spec.nodeSelector.zone: Invalid value: "integer": '
        + 'spec.acme.solvers[0].http01.ingress.podTemplate.spec.nodeSelector.zone in body must be of type string: "integer"; quote it: "1"']);
  });
});

describe('ClusterIssuer has the Issuer schema', () => {
  runRows('cert-manager.io/v1', 'ClusterIssuer', issuerRows.filter((r) => r.what.startsWith('acme.preferredChain') || r.what.startsWith('ca requires')));
});

// ---- other groups ----

describe('Gateway API, Istio, Prometheus Operator', () => {
  const listener = { name: 'https', hostname: '*.example.com', port: 443, protocol: 'HTTPS', tls: { mode: 'Terminate', certificateRefs: [{ name: 'wildcard-tls' }] } };
  const gateway = (listeners: unknown[]) => object('gateway.networking.k8s.io/v1', 'Gateway', { gatewayClassName: 'istio', listeners });

  test('Gateway: accepted; a port out of range and a duplicate listener name rejected', () => {
    expect(messages(gateway([listener, { name: 'http', port: 80, protocol: 'HTTP' }]))).toEqual([]);
    expect(messages(gateway([{ ...listener, port: 0 }, { name: 'https', port: 80, protocol: 'HTTP' }]))).toEqual([
      'spec.listeners[0].port: Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1',
      'spec.listeners[1]: Duplicate value: {"name":"https"}; each item needs a distinct name',
      // the Gateway CRD's own CEL rule says it too, as the API server does
      'spec.listeners: Invalid value: Listener name must be unique within the Gateway',
    ]);
  });

  test('Istio PeerAuthentication: accepted; a wrong mtls.mode rejected', () => {
    const peer = (mode: string) => object('security.istio.io/v1', 'PeerAuthentication', { mtls: { mode } });
    expect(messages(peer('STRICT'))).toEqual([]);
    expect(messages(peer('STRICTER'))).toEqual([
      'spec.mtls.mode: Unsupported value: "STRICTER": supported values: "UNSET", "DISABLE", "PERMISSIVE", "STRICT"',
    ]);
  });

  test('Istio DestinationRule: an "at most one of" oneOf names the fields', () => {
    const rule = (loadBalancer: unknown) => object('networking.istio.io/v1', 'DestinationRule', { host: 'web', trafficPolicy: { loadBalancer } });
    expect(messages(rule({ simple: 'ROUND_ROBIN' }))).toEqual([]);
    expect(messages(rule({ simple: 'ROUND_ROBIN', consistentHash: { httpHeaderName: 'x-user' } }))).toEqual([
      'spec.trafficPolicy.loadBalancer: Invalid value: {"simple":"ROUND_ROBIN","consistentHash":{"httpHeaderName":"x-user"}}: '
        + 'spec.trafficPolicy.loadBalancer must validate one and only one schema (oneOf). Found 2 valid alternatives; set at most one of: simple, consistentHash',
    ]);
  });

  test('PrometheusRule: accepted; a bad `for` duration rejected; Go (?i) patterns match case-insensitively', () => {
    const rule = (alert: Record<string, unknown>, group: Record<string, unknown> = {}) => object('monitoring.coreos.com/v1', 'PrometheusRule', {
      groups: [{ name: 'certs', rules: [{ alert: 'CertExpiry', expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 86400', ...alert }], ...group }],
    });
    expect(messages(rule({ for: '10m', labels: { severity: 'warning' } }, { partial_response_strategy: 'Abort' }))).toEqual([]);
    expect(messages(rule({ for: '10 min' }, { partial_response_strategy: 'drop' }))).toEqual([
      'spec.groups[0].rules[0].for: Invalid value: "10 min": spec.groups[0].rules[0].for in body should match '
        + "'^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'",
      "spec.groups[0].partial_response_strategy: Invalid value: \"drop\": spec.groups[0].partial_response_strategy in body should match '^(?i)(abort|warn)?$'",
    ]);
  });
});

describe('coverage and robustness', () => {
  test('kinds and versions without a carried schema give no finding', () => {
    expect(messages(object('cert-manager.io/v1alpha2', 'Certificate', { anything: 1 }))).toEqual([]);
    expect(messages(object('example.com/v1', 'Widget', { anything: 1 }))).toEqual([]);
    expect(messages(object('constructor/v1', 'toString', { anything: 1 }))).toEqual([]);
    expect(messages({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, foo: 1 })).toEqual([]);
  });

  test('every carried group loads and validates a minimal object without throwing', () => {
    const samples: Array<[string, string]> = [
      ['acme.cert-manager.io/v1', 'Order'], ['trust.cert-manager.io/v1alpha1', 'Bundle'], ['trust-manager.io/v1alpha2', 'ClusterBundle'],
      ['gateway.networking.k8s.io/v1beta1', 'HTTPRoute'], ['networking.istio.io/v1alpha3', 'VirtualService'], ['telemetry.istio.io/v1', 'Telemetry'],
      ['extensions.istio.io/v1alpha1', 'WasmPlugin'], ['policy.linkerd.io/v1beta3', 'Server'], ['monitoring.coreos.com/v1', 'ServiceMonitor'],
    ];
    for (const [apiVersion, kind] of samples) {
      expect(() => schemaFindings(object(apiVersion, kind, {}))).not.toThrow();
      expect(schemaFindings(object(apiVersion, kind, 'not an object')).map((f) => f.path)).toEqual(['spec']);
    }
  });

  test('requiring the engine loads no generated schema module until an object of that group is checked', () => {
    const generated = () => Object.keys(require.cache).filter((k) => /schema[\\/]generated[\\/](?!index)/.test(k)).map((k) => k.replace(/^.*[\\/]/, ''));
    jest.isolateModules(() => {
      const before = new Set(generated());
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const engine = require('../../src/rules/engine') as typeof import('../../src/rules/engine');
      expect(generated().filter((k) => !before.has(k))).toEqual([]);
      engine.auditManifests([object('security.istio.io/v1', 'PeerAuthentication', {})]);
      expect(generated().filter((k) => !before.has(k))).toEqual(['security.istio.io.ts']);
    });
  });

  test('malformed objects never throw and never yield TLS-INTERNAL', () => {
    const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant([]), fc.constant({}));
    const kinds: Array<[string, string]> = [['cert-manager.io/v1', 'Certificate'], ['cert-manager.io/v1', 'Issuer'], ['gateway.networking.k8s.io/v1', 'Gateway'],
      ['monitoring.coreos.com/v1', 'PrometheusRule'], ['networking.istio.io/v1', 'DestinationRule']];
    const spec = fc.anything({ maxDepth: 4, withNullPrototype: true });
    fc.assert(fc.property(fc.constantFrom(...kinds), spec, junk, ([apiVersion, kind], specValue, metadata) => {
      const findings = schemaFindings({ apiVersion, kind, metadata, spec: specValue });
      expect(findings.filter((f) => f.ruleId === 'TLS-INTERNAL')).toEqual([]);
    }), { numRuns: 300 });
  });

  test('junk planted anywhere in valid objects never throws and never yields TLS-INTERNAL', () => {
    const valid = [
      object('cert-manager.io/v1', 'Certificate', { ...cert, usages: ['server auth'], keystores: { pkcs12: { create: true } }, renewal: { windows: [window] } }),
      object('cert-manager.io/v1', 'Issuer', { acme: { ...acme, solvers: [{ selector: { dnsZones: ['example.com'] }, dns01: { route53: { region: 'r' } } }] } }),
      object('gateway.networking.k8s.io/v1', 'HTTPRoute', { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 's', port: 80 }] }] }),
    ];
    const pathsOf = (value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> => {
      if (value === null || typeof value !== 'object') return [prefix];
      return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
    };
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.anything({ maxDepth: 3 }), (which, where, junk) => {
      const obj = JSON.parse(JSON.stringify(valid[which % valid.length]));
      const paths = pathsOf(obj).filter((p) => p.length > 0);
      const path = paths[where % paths.length];
      let parent = obj;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1]] = junk;
      expect(schemaFindings(obj).filter((f) => f.ruleId === 'TLS-INTERNAL')).toEqual([]);
    }), { numRuns: 500 });
  });

  test('Go patterns: (?i) becomes the i flag, an uncompilable pattern is skipped', () => {
    expect(compileGoPattern('(?i)^abc$')?.test('ABC')).toBe(true);
    expect(compileGoPattern('^(?i)(abort|warn)?$')?.test('Warn')).toBe(true);
    expect(compileGoPattern('^(?P<name>x)$')).toBeNull();
  });
});

describe('object names of custom resources', () => {
  const issuer = (metadata: Record<string, unknown>) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata, spec: { selfSigned: {} } });
  const nameFindings = (metadata: Record<string, unknown>) => auditManifests([issuer(metadata)]).filter((f) => f.path === 'metadata.name');

  test('a DNS-1123 subdomain or generateName is accepted', () => {
    expect(nameFindings({ name: 'team-a.ca' })).toEqual([]);
    expect(nameFindings({ generateName: 'ca-' })).toEqual([]);
  });

  test('a missing or empty name is refused', () => {
    expect(nameFindings({ name: '' })).toEqual([expect.objectContaining({ ruleId: 'CRD-SCHEMA', severity: 'error', message: expect.stringContaining('name or generateName is required') })]);
    expect(nameFindings({})).toHaveLength(1);
  });

  test('a name that is not a DNS-1123 subdomain is refused', () => {
    expect(nameFindings({ name: 'Team_CA' })).toContainEqual(expect.objectContaining({ message: expect.stringContaining('metadata.name: Invalid value: "Team_CA": a lowercase RFC 1123 subdomain') }));
  });
});
