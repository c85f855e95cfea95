import {
  CA_BUNDLE, auditSpec, cmErrors, expectFinding, expectNoRule, issuerObject, ruleIds, validACMEIssuer, validSecretKeyRef, validVaultIssuer,
} from './issuer-fixtures';
import { auditManifests } from '../../src/rules/engine';

describe('issuer type union (I1, I2)', () => {
  // cert-manager issuer_test.go TestValidateIssuerSpec
  test.each<[string, unknown, string[]]>([
    ['valid ca issuer', { ca: { secretName: 'valid' } }, []],
    ['ca issuer without secret name specified', { ca: {} }, ['CM-CA1 spec.ca.secretName']],
    ['valid self signed issuer', { selfSigned: {} }, []],
    ['valid acme issuer', { acme: validACMEIssuer }, []],
    ['valid vault issuer', { vault: validVaultIssuer }, []],
    ['missing issuer config', {}, ['CM-I1 spec']],
    ['multiple issuers configured', { selfSigned: {}, ca: { secretName: 'valid' } }, ['CM-I2 spec.selfSigned']],
    ['valid ocsp url', { ca: { secretName: 'valid', ocspServers: ['http://ocsp.int-x3.letsencrypt.org'] } }, []],
    ['invalid ocsp url', { ca: { secretName: 'valid', ocspServers: [''] } }, ['CM-CA2 spec.ca.ocspServers[0]']],
    ['valid IssuingCertificateURLs', { ca: { secretName: 'valid', issuingCertificateURLs: ['http://ca.example.com/ca.crt'] } }, []],
    ['invalid IssuingCertificateURLs', { ca: { secretName: 'valid', issuingCertificateURLs: [''] } }, ['CM-CA3 spec.ca.issuingCertificateURLs[0]']],
  ])('%s', (_name, spec, expected) => {
    expect(cmErrors(auditSpec(spec))).toEqual(expected);
  });

  test('I1: no issuer type', () => {
    const findings = auditSpec({});
    expectFinding(findings, 'CM-I1', 'spec', 'spec: Required value: at least one issuer must be configured; configure one of acme, ca, selfSigned, vault or venafi');
  });

  test('I1: a type set to null is not configured', () => {
    expectFinding(auditSpec({ ca: null }), 'CM-I1', 'spec', 'at least one issuer must be configured');
  });

  test('I2: every type after the first is flagged, in cert-manager order, and only the first is validated', () => {
    const findings = auditSpec({ venafi: {}, vault: {}, ca: {}, acme: validACMEIssuer });
    expect(cmErrors(findings)).toEqual(['CM-I2 spec.ca', 'CM-I2 spec.vault', 'CM-I2 spec.venafi']);
    expectFinding(findings, 'CM-I2', 'spec.vault', ['spec.vault: Forbidden: may not specify more than one issuer type', 'keep only acme']);
  });

  test('I2: the first type set is validated even when a later one is flagged', () => {
    expect(cmErrors(auditSpec({ ca: {}, selfSigned: {} }))).toEqual(['CM-CA1 spec.ca.secretName', 'CM-I2 spec.selfSigned']);
  });
});

describe('CA issuer (CA1-CA4)', () => {
  test('CA1: secretName is required', () => {
    expectFinding(auditSpec({ ca: { secretName: '' } }), 'CM-CA1', 'spec.ca.secretName', ['spec.ca.secretName: Required value;', 'kubernetes.io/tls Secret']);
  });

  test('CA2: an empty OCSP server is reported with the webhook\'s Go field name', () => {
    const findings = auditSpec({ ca: { secretName: 'ca', ocspServers: ['http://ocsp.example.com', ''] } });
    expect(cmErrors(findings)).toEqual(['CM-CA2 spec.ca.ocspServers[1]']);
    expectFinding(findings, 'CM-CA2', 'spec.ca.ocspServers[1]', [
      'spec.ca.ocspServers[1]: Invalid value: "": must be a valid URL, e.g., http://ocsp.int-x3.letsencrypt.org',
      'cert-manager reports this field as spec.ca.ocspServer[1]',
    ]);
  });

  test('CA2/CA3: URLs are not parsed, only emptiness is checked', () => {
    expect(cmErrors(auditSpec({ ca: { secretName: 'ca', ocspServers: ['not a url'], issuingCertificateURLs: ['::'] } }))).toEqual([]);
  });

  test('CA3: an empty issuing certificate URL', () => {
    expectFinding(auditSpec({ ca: { secretName: 'ca', issuingCertificateURLs: [''] } }), 'CM-CA3', 'spec.ca.issuingCertificateURLs[0]',
      'spec.ca.issuingCertificateURLs[0]: Invalid value: "": must be a valid URL;');
  });

  test('CA4: crlDistributionPoints are not checked', () => {
    expect(cmErrors(auditSpec({ ca: { secretName: 'ca', crlDistributionPoints: [''] } }))).toEqual([]);
  });

  test('CA2: a map where the list belongs is reported, not passed over', () => {
    const findings = auditSpec({ ca: { secretName: 'ca', ocspServers: { a: '' } } });
    expectFinding(findings, 'CM-CA2', 'spec.ca.ocspServers', 'must be a list of OCSP server URLs');
  });
});

describe('SelfSigned issuer (SS1)', () => {
  test('no webhook rules, crlDistributionPoints included', () => {
    expect(auditSpec({ selfSigned: {} })).toEqual([]);
    expect(auditSpec({ selfSigned: { crlDistributionPoints: ['', 'x'] } })).toEqual([]);
  });
});

describe('ClusterIssuer uses exactly the Issuer rules', () => {
  test.each([
    [{}],
    [{ selfSigned: {}, ca: {} }],
    [{ acme: { solvers: [{}] } }],
    [{ vault: {} }],
    [{ venafi: { tpp: {}, cloud: {} } }],
  ])('%j', (spec) => {
    const key = (f: { ruleId: string; severity: string; path: string }) => `${f.ruleId} ${f.severity} ${f.path}`;
    const asIssuer = auditSpec(spec, 'Issuer').map(key);
    expect(asIssuer.length).toBeGreaterThan(0);
    expect(auditSpec(spec, 'ClusterIssuer').map(key)).toEqual(asIssuer);
  });

  test('a ClusterIssuer finding names the ClusterIssuer', () => {
    const [finding] = auditSpec({}, 'ClusterIssuer');
    expect(finding).toEqual(expect.objectContaining({ ruleId: 'CM-I1', kind: 'ClusterIssuer', name: 'test' }));
    expect(finding.namespace).toBeUndefined();
  });

  test('objects of other groups are not issuer-checked', () => {
    expect(auditManifests([{ ...issuerObject({}), apiVersion: 'example.com/v1' }])).toEqual([]);
  });
});

describe('realistic issuers give no error', () => {
  const realistic: Record<string, unknown> = {
    'ACME: HTTP-01 ingress + DNS-01 route53 and cloudflare': {
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'platform@example.com',
        privateKeySecretRef: { name: 'letsencrypt-account-key' },
        profile: 'tlsserver',
        solvers: [
          { http01: { ingress: { ingressClassName: 'nginx', serviceType: 'ClusterIP' } } },
          {
            selector: { dnsZones: ['example.com'] },
            dns01: { route53: { region: 'eu-west-1', hostedZoneID: 'Z123', role: 'arn:aws:iam::123456789012:role/dns01', auth: { kubernetes: { serviceAccountRef: { name: 'cert-manager-route53' } } } } },
          },
          {
            selector: { dnsZones: ['example.org'] },
            dns01: { cnameStrategy: 'Follow', cloudflare: { apiTokenSecretRef: { name: 'cloudflare-api-token', key: 'api-token' } } },
          },
        ],
      },
    },
    'ACME: HTTP-01 Gateway API with EAB': {
      acme: {
        server: 'https://acme.zerossl.com/v2/DV90',
        email: 'platform@example.com',
        privateKeySecretRef: { name: 'zerossl-account-key' },
        externalAccountBinding: { keyID: 'kid-1', keySecretRef: { name: 'zerossl-eab', key: 'secret' } },
        caBundle: CA_BUNDLE,
        solvers: [{ http01: { gatewayHTTPRoute: { parentRefs: [{ name: 'gateway', namespace: 'gateway-system', kind: 'Gateway', sectionName: 'http' }] } } }],
      },
    },
    'ACME: DNS-01 rfc2136 with SHA-256 TSIG': {
      acme: {
        server: 'https://acme.example.internal/directory',
        email: 'platform@example.com',
        privateKeySecretRef: { name: 'internal-acme' },
        solvers: [{ dns01: { rfc2136: { nameserver: '[2001:db8::53]:53', tsigKeyName: 'cert-manager', tsigAlgorithm: 'HMACSHA256', tsigSecretSecretRef: { name: 'tsig', key: 'secret' } } } }],
      },
    },
    'CA': { ca: { secretName: 'root-ca', ocspServers: ['http://ocsp.example.com'], issuingCertificateURLs: ['http://pki.example.com/ca.crt'], crlDistributionPoints: ['http://pki.example.com/ca.crl'] } },
    'selfSigned': { selfSigned: {} },
    'Vault: token': { vault: { server: 'https://vault.example.com:8200', path: 'pki_int/sign/example-dot-com', caBundle: CA_BUNDLE, auth: { tokenSecretRef: { name: 'vault-token', key: 'token' } } } },
    'Vault: token without key (defaults to token)': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', auth: { tokenSecretRef: { name: 'vault-token' } } } },
    'Vault: appRole': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', namespace: 'team-a', auth: { appRole: { path: 'approle', roleId: 'role-id', secretRef: { name: 'approle-secret', key: 'secretId' } } } } },
    'Vault: kubernetes serviceAccountRef': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', caBundleSecretRef: { name: 'vault-ca', key: 'ca.crt' }, auth: { kubernetes: { role: 'cert-manager', mountPath: '/v1/auth/kubernetes', serviceAccountRef: { name: 'vault-issuer', audiences: ['vault'] } } } } },
    'Vault: kubernetes secretRef': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', auth: { kubernetes: { role: 'cert-manager', secretRef: { name: 'sa-token' } } } } },
    'Vault: clientCertificate': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', clientCertSecretRef: { name: 'mtls', key: 'tls.crt' }, clientKeySecretRef: { name: 'mtls', key: 'tls.key' }, auth: { clientCertificate: { mountPath: '/v1/auth/cert', name: 'cert-manager', secretName: 'vault-client-cert' } } } },
    'Vault: clientCertificate with every field empty': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', auth: { clientCertificate: {} } } },
    'Vault: aws IRSA': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', auth: { aws: { role: 'cert-manager', region: 'eu-west-1', mountPath: 'aws', serviceAccountRef: { name: 'cert-manager-vault' }, iamRoleArn: 'arn:aws:iam::123456789012:role/vault' } } } },
    'Vault: aws ambient': { vault: { server: 'https://vault.example.com', path: 'pki/sign/x', auth: { aws: { role: 'cert-manager' } } } },
    'Venafi: tpp': { venafi: { zone: 'Certificates\\Web', tpp: { url: 'https://tpp.example.com/vedsdk', credentialsRef: { name: 'tpp-credentials' }, caBundle: CA_BUNDLE } } },
    'Venafi: cloud': { venafi: { zone: 'App\\Template', cloud: { apiTokenSecretRef: { name: 'vcert', key: 'apikey' } } } },
    'Venafi: ngts': { venafi: { zone: 'App\\Template', ngts: { tsgID: '1234567890', credentialsRef: { name: 'ngts' } } } },
  };

  test.each(Object.entries(realistic))('%s', (_name, spec) => {
    for (const kind of ['Issuer', 'ClusterIssuer']) {
      const findings = auditSpec(spec, kind);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  test('they give no warning either (the library\'s own defaults are warning-free)', () => {
    for (const spec of Object.values(realistic)) expect(auditSpec(spec)).toEqual([]);
  });
});

describe('malformed input gives findings, never an exception', () => {
  const malformed: Array<[string, unknown]> = [
    ['spec a string', 'acme'],
    ['spec a list', [{ acme: validACMEIssuer }]],
    ['spec null', null],
    ['acme a string', { acme: 'letsencrypt' }],
    ['solvers a map', { acme: { ...validACMEIssuer, solvers: { http01: { ingress: {} } } } }],
    ['solvers with null and scalar entries', { acme: { ...validACMEIssuer, solvers: [null, 'http01', 42] } }],
    ['http01 a string', { acme: { ...validACMEIssuer, solvers: [{ http01: 'ingress' }] } }],
    ['dns01 provider a list', { acme: { ...validACMEIssuer, solvers: [{ dns01: { cloudflare: [] } }] } }],
    ['parentRefs a map', { acme: { ...validACMEIssuer, solvers: [{ http01: { gatewayHTTPRoute: { parentRefs: { name: 'gw' } } } }] } }],
    ['numbers where strings belong', { acme: { server: 42, privateKeySecretRef: { name: 7 }, caBundle: 12, solvers: [{ waitInsteadOfSelfCheck: 5, dns01: { rfc2136: { nameserver: 53, tsigAlgorithm: 1 } } }] } }],
    ['vault auth a list', { vault: { server: 's', path: 'p', auth: [] } }],
    ['venafi tpp null', { venafi: { zone: 'z', tpp: null } }],
    ['ca ocspServers a string', { ca: { secretName: 'ca', ocspServers: 'http://ocsp' } }],
    ['caBundle not base64', { acme: { ...validACMEIssuer, caBundle: CA_PEM_TEXT() } }],
  ];

  test.each(malformed)('%s', (_name, spec) => {
    let findings: ReturnType<typeof auditSpec> = [];
    expect(() => { findings = auditSpec(spec); }).not.toThrow();
    expect(ruleIds(findings)).not.toContain('TLS-INTERNAL');
    expect(findings.filter((f) => f.ruleId.startsWith('CM-') && f.severity === 'error').length).toBeGreaterThan(0);
  });

  test('an object without metadata or spec', () => {
    const findings = auditManifests([{ apiVersion: 'cert-manager.io/v1', kind: 'Issuer' }]);
    expect(findings.filter((f) => f.ruleId !== 'CRD-SCHEMA')).toEqual([expect.objectContaining({ ruleId: 'CM-I1', name: '' })]);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'CRD-SCHEMA', path: 'spec', message: 'spec: Required value' }));
  });

  test('solvers a map is reported under A8', () => {
    expectFinding(auditSpec({ acme: { ...validACMEIssuer, solvers: { a: {} } } }), 'CM-A8', 'spec.acme.solvers', ['Invalid value: "object"', 'must be a list of solvers']);
  });

  test('null solver entries are zero-valued solvers, as Go decodes them', () => {
    expect(cmErrors(auditSpec({ acme: { ...validACMEIssuer, solvers: [null] } }))).toEqual(['CM-A8 spec.acme.solvers[0]']);
  });

  test('a secret ref that is not a mapping counts as empty', () => {
    expect(cmErrors(auditSpec({ acme: { ...validACMEIssuer, externalAccountBinding: { keyID: 'k', keySecretRef: 'secret' } } })))
      .toEqual(['CM-A6 spec.acme.externalAccountBinding.keySecretRef.name', 'CM-A6 spec.acme.externalAccountBinding.keySecretRef.key']);
    expect(validSecretKeyRef).toEqual({ name: 'valid', key: 'validkey' });
  });
});

function CA_PEM_TEXT(): string {
  return Buffer.from(CA_BUNDLE, 'base64').toString('utf8');
}

describe('unrelated fields are left alone', () => {
  test('acme fields the webhook does not check (A19, A20)', () => {
    const findings = auditSpec({
      acme: {
        ...validACMEIssuer,
        profile: 'anything',
        preferredChain: 'ISRG Root X1',
        renewalInformationSource: 'None',
        solvers: [{ selector: { matchLabels: { 'not a label': '?' }, dnsNames: ['*'], dnsZones: [''] }, http01: { ingress: {} } }],
      },
    });
    expect(cmErrors(findings)).toEqual([]);
    expectNoRule(findings, 'CM-A19');
    expectNoRule(findings, 'CM-A20');
  });
});
