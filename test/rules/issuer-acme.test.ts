import {
  CA_BUNDLE, CA_PEM, auditSolvers, auditSpec, cmErrors, expectFinding, expectNoRule, issuerObject, validACMEIssuer, validCloudDNSProvider,
  validSecretKeyRef,
} from './issuer-fixtures';
import { AuditMode, auditManifests } from '../../src';

const dnsSolver = { dns01: { cloudDNS: validCloudDNSProvider } };
const acme = (fields: Record<string, unknown>) => auditSpec({ acme: { ...validACMEIssuer, ...fields } });

describe('ACME issuer config (cert-manager TestValidateACMEIssuerConfig)', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['valid acme issuer', validACMEIssuer, []],
    ['acme issuer with missing fields', {}, ['CM-A3 spec.acme.privateKeySecretRef.name', 'CM-A4 spec.acme.server']],
    ['acme issuer with an invalid CA bundle', { ...validACMEIssuer, caBundle: Buffer.from('abc123').toString('base64'), solvers: [dnsSolver] }, ['CM-A2 spec.acme.caBundle']],
    ['acme issuer with both a CA bundle and SkipTLSVerify', { ...validACMEIssuer, caBundle: CA_BUNDLE, skipTLSVerify: true, solvers: [dnsSolver] },
      ['CM-A1 spec.acme.caBundle', 'CM-A1 spec.acme.skipTLSVerify']],
    ['acme solver without any config', { ...validACMEIssuer, solvers: [{}] }, ['CM-A8 spec.acme.solvers[0]']],
    ['acme solver with valid dns01 config', { ...validACMEIssuer, solvers: [dnsSolver] }, []],
    ['acme solver with external account binding missing required fields', { ...validACMEIssuer, externalAccountBinding: {}, solvers: [dnsSolver] }, [
      'CM-A5 spec.acme.externalAccountBinding.keyID',
      'CM-A6 spec.acme.externalAccountBinding.keySecretRef.name',
      'CM-A6 spec.acme.externalAccountBinding.keySecretRef.key',
    ]],
    ['acme solver with a valid external account binding and keyAlgorithm not set', { ...validACMEIssuer, externalAccountBinding: { keyID: 'test', keySecretRef: validSecretKeyRef }, solvers: [dnsSolver] }, []],
    ['acme solver with a valid external account binding and keyAlgorithm set', { ...validACMEIssuer, externalAccountBinding: { keyID: 'test', keySecretRef: validSecretKeyRef, keyAlgorithm: 'HS384' }, solvers: [dnsSolver] }, []],
    ['acme solver with missing http01 config type', { ...validACMEIssuer, solvers: [{ http01: {} }] }, ['CM-A11 spec.acme.solvers[0].http01']],
    ['acme solver with valid http01 ingress config', { ...validACMEIssuer, solvers: [{ http01: { ingress: {} } }] }, []],
    ['acme solver with valid http01 gateway config', { ...validACMEIssuer, solvers: [{ http01: { gatewayHTTPRoute: { labels: { key: 'value' } } } }] }, []],
    ['acme solver with multiple http01 solver configs', { ...validACMEIssuer, solvers: [{ http01: { ingress: {}, gatewayHTTPRoute: { labels: { a: 'b' } } } }] },
      ['CM-A12 spec.acme.solvers[0].http01']],
    ['acme issue with valid pod template ObjectMeta and PodSpec attributes', {
      ...validACMEIssuer,
      solvers: [{ http01: { ingress: { podTemplate: { metadata: { labels: { valid_to_contain: 'labels' }, annotations: { valid_to_contain: 'annotations' } }, spec: { nodeSelector: { valid_to_contain: 'nodeSelector' }, tolerations: [{ key: 'valid_key', operator: 'Exists', effect: 'NoSchedule' }] } } } } }],
    }, []],
  ])('%s', (_name, acmeSpec, expected) => {
    expect(cmErrors(auditSpec({ acme: acmeSpec }))).toEqual(expected);
  });
});

describe('A1-A7: ACME account', () => {
  test('A1: caBundle and skipTLSVerify together, reported on both fields', () => {
    const findings = acme({ caBundle: CA_BUNDLE, skipTLSVerify: true });
    expectFinding(findings, 'CM-A1', 'spec.acme.caBundle', 'spec.acme.caBundle: Invalid value: "": caBundle and skipTLSVerify are mutually exclusive and cannot both be set');
    expectFinding(findings, 'CM-A1', 'spec.acme.skipTLSVerify', 'spec.acme.skipTLSVerify: Invalid value: true: caBundle and skipTLSVerify are mutually exclusive and cannot both be set');
  });

  test('A1: skipTLSVerify: false next to caBundle is fine', () => {
    expectNoRule(acme({ caBundle: CA_BUNDLE, skipTLSVerify: false }), 'CM-A1');
  });

  test('A2: a bundle without any certificate', () => {
    const findings = acme({ caBundle: Buffer.from('-----BEGIN CERTIFICATE-----\nnotbase64!\n-----END CERTIFICATE-----\n').toString('base64') });
    expectFinding(findings, 'CM-A2', 'spec.acme.caBundle', 'spec.acme.caBundle: Invalid value: "": cert bundle didn\'t contain any valid certificates; set caBundle to the base64');
  });

  test('A2: PEM pasted without base64 gets a specific fix', () => {
    expectFinding(acme({ caBundle: CA_PEM }), 'CM-A2', 'spec.acme.caBundle', ["cert bundle didn't contain any valid certificates", 'caBundle is not base64']);
  });

  test('A2: one good certificate among junk is enough, as for Go\'s AppendCertsFromPEM', () => {
    const bundle = `junk\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n${CA_PEM}`;
    expectNoRule(acme({ caBundle: Buffer.from(bundle).toString('base64') }), 'CM-A2');
  });

  test('A1/A2: an empty caBundle, or one that decodes to no bytes, is not checked', () => {
    for (const caBundle of ['', '\n', '\r\n']) {
      const findings = acme({ caBundle, skipTLSVerify: true });
      expectNoRule(findings, 'CM-A1');
      expectNoRule(findings, 'CM-A2');
    }
  });

  test('A3: private key secret name', () => {
    expectFinding(auditSpec({ acme: { server: 's', email: 'e', privateKeySecretRef: { key: 'k' } } }), 'CM-A3', 'spec.acme.privateKeySecretRef.name',
      'spec.acme.privateKeySecretRef.name: Required value: private key secret name is a required field;');
    expectNoRule(acme({}), 'CM-A3');
  });

  test('A4: the server is required but not URL-checked', () => {
    expectFinding(acme({ server: '' }), 'CM-A4', 'spec.acme.server', 'spec.acme.server: Required value: acme server URL is a required field;');
    expectNoRule(acme({ server: 'http://not-even-https' }), 'CM-A4');
  });

  test('A5: EAB keyID', () => {
    expectFinding(acme({ externalAccountBinding: { keySecretRef: validSecretKeyRef } }), 'CM-A5', 'spec.acme.externalAccountBinding.keyID',
      'spec.acme.externalAccountBinding.keyID: Required value: the keyID field is required when using externalAccountBinding;');
  });

  test('A6: the EAB key is required (no default)', () => {
    const findings = acme({ externalAccountBinding: { keyID: 'kid', keySecretRef: { name: 'eab' } } });
    expect(cmErrors(findings)).toEqual(['CM-A6 spec.acme.externalAccountBinding.keySecretRef.key']);
    expectFinding(findings, 'CM-A6', 'spec.acme.externalAccountBinding.keySecretRef.key', 'spec.acme.externalAccountBinding.keySecretRef.key: Required value: secret key is required;');
  });

  test('A7: keyAlgorithm is a deprecation warning, not an error', () => {
    const findings = acme({ externalAccountBinding: { keyID: 'kid', keySecretRef: validSecretKeyRef, keyAlgorithm: 'HS256' } });
    expectFinding(findings, 'CM-A7', 'spec.acme.externalAccountBinding.keyAlgorithm',
      "ACME issuer spec field 'externalAccount.keyAlgorithm' is deprecated. The value of this field will be ignored.", 'warning');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expectNoRule(acme({ externalAccountBinding: { keyID: 'kid', keySecretRef: validSecretKeyRef } }), 'CM-A7');
  });

  test('A20: profile, email, preferredChain and renewalInformationSource are not checked', () => {
    expect(cmErrors(acme({ profile: '', email: 'not an email', preferredChain: 'x'.repeat(100), renewalInformationSource: 'Other' }))).toEqual([]);
  });
});

describe('A8-A10: solvers', () => {
  test('A8: a solver with no type', () => {
    expectFinding(auditSolvers({ selector: { dnsZones: ['example.com'] } }), 'CM-A8', 'spec.acme.solvers[0]', 'spec.acme.solvers[0]: Required value: no solver type configured;');
    expectNoRule(auditSolvers({ http01: { ingress: {} } }), 'CM-A8');
  });

  test('A9: http01 and dns01 in one solver; dns01 is then not validated', () => {
    const findings = auditSolvers({ http01: { ingress: {} }, dns01: {} });
    expect(cmErrors(findings)).toEqual(['CM-A9 spec.acme.solvers[0]']);
    expectFinding(findings, 'CM-A9', 'spec.acme.solvers[0]', 'spec.acme.solvers[0]: Forbidden: may not specify more than one solver type in a single solver;');
  });

  test('A10: a negative waitInsteadOfSelfCheck', () => {
    const findings = auditSolvers({ http01: { ingress: {} }, waitInsteadOfSelfCheck: '-1m30s' });
    expectFinding(findings, 'CM-A10', 'spec.acme.solvers[0].waitInsteadOfSelfCheck', 'spec.acme.solvers[0].waitInsteadOfSelfCheck: Invalid value: -1m30s: waitInsteadOfSelfCheck must not be negative;');
  });

  test.each(['0s', '0', '30s', '2m'])('A10: %s is allowed', (wait) => {
    expectNoRule(auditSolvers({ http01: { ingress: {} }, waitInsteadOfSelfCheck: wait }), 'CM-A10');
  });

  test('A10: a value Go cannot decode', () => {
    expectFinding(auditSolvers({ http01: { ingress: {} }, waitInsteadOfSelfCheck: '30 seconds' }), 'CM-A10', 'spec.acme.solvers[0].waitInsteadOfSelfCheck', 'not a Go duration');
  });

  test('every solver is checked, with its own index', () => {
    expect(cmErrors(auditSolvers({ http01: { ingress: {} } }, {}, { dns01: {} }))).toEqual(['CM-A8 spec.acme.solvers[1]', 'CM-D3 spec.acme.solvers[2].dns01']);
  });
});

describe('A11-A18: HTTP-01 (cert-manager TestValidateACMEIssuerHTTP01Config)', () => {
  const http01 = (config: unknown) => auditSolvers({ http01: config });
  const HTTP01 = 'spec.acme.solvers[0].http01';

  test.each<[string, unknown, string[]]>([
    ['ingress field specified', { ingress: { name: 'abc' } }, []],
    ['ingress class field specified', { ingress: { class: 'abc' } }, []],
    ['ingressClassName field specified', { ingress: { ingressClassName: 'abc' } }, []],
    ['neither field specified', { ingress: {} }, []],
    ['no solver config type specified', {}, [`CM-A11 ${HTTP01}`]],
    ['all three fields specified', { ingress: { name: 'abc', class: 'abc', ingressClassName: 'abc' } }, [`CM-A13 ${HTTP01}.ingress`]],
    ['ingressClassName is invalid', { ingress: { ingressClassName: 'azure/application-gateway' } }, [`CM-A14 ${HTTP01}.ingress.ingressClassName`]],
    ['acme issuer with valid http01 service config serviceType ClusterIP', { ingress: { serviceType: 'ClusterIP' } }, []],
    ['acme issuer with valid http01 service config serviceType NodePort', { ingress: { serviceType: 'NodePort' } }, []],
    ['acme issuer with valid http01 service config serviceType (empty string)', { ingress: { serviceType: '' } }, []],
    ['acme issuer with invalid http01 service config', { ingress: { serviceType: 'InvalidServiceType' } }, [`CM-A15 ${HTTP01}.ingress.serviceType`]],
  ])('%s', (_name, config, expected) => {
    expect(cmErrors(http01(config))).toEqual(expected);
  });

  test('A11: no HTTP-01 type', () => {
    expectFinding(http01({}), 'CM-A11', HTTP01, `${HTTP01}: Required value: no HTTP01 solver type configured;`);
  });

  test('A12: ingress and gatewayHTTPRoute', () => {
    expectFinding(http01({ ingress: {}, gatewayHTTPRoute: {} }), 'CM-A12', HTTP01, `${HTTP01}: Required value: only 1 HTTP01 solver type may be configured;`);
  });

  test('A13: two of class, ingressClassName and name', () => {
    expectFinding(http01({ ingress: { class: 'nginx', name: 'web' } }), 'CM-A13', `${HTTP01}.ingress`,
      `${HTTP01}.ingress: Forbidden: only one of 'ingressClassName', 'name' or 'class' should be specified;`);
    // An empty name does not count, but a set class does even when empty.
    expectNoRule(http01({ ingress: { class: 'nginx', name: '' } }), 'CM-A13');
    expect(cmErrors(http01({ ingress: { class: '', ingressClassName: 'nginx' } }))).toEqual([`CM-A13 ${HTTP01}.ingress`]);
  });

  test('A14: ingressClassName must be a DNS-1123 subdomain, the legacy class need not', () => {
    expectFinding(http01({ ingress: { ingressClassName: 'azure/application-gateway' } }), 'CM-A14', `${HTTP01}.ingress.ingressClassName`,
      `${HTTP01}.ingress.ingressClassName: Invalid value: "azure/application-gateway": must be a valid IngressClass name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*');`);
    expectNoRule(http01({ ingress: { class: 'azure/application-gateway' } }), 'CM-A14');
  });

  test('A15: ingress serviceType', () => {
    expectFinding(http01({ ingress: { serviceType: 'LoadBalancer' } }), 'CM-A15', `${HTTP01}.ingress.serviceType`,
      `${HTTP01}.ingress.serviceType: Invalid value: "LoadBalancer": must be empty, "ClusterIP" or "NodePort";`);
  });

  test('A16: gateway serviceType, reported with the webhook\'s http01.gateway path', () => {
    expectFinding(http01({ gatewayHTTPRoute: { serviceType: 'LoadBalancer' } }), 'CM-A16', `${HTTP01}.gatewayHTTPRoute.serviceType`, [
      `${HTTP01}.gatewayHTTPRoute.serviceType: Invalid value: "LoadBalancer": must be empty, "ClusterIP" or "NodePort"`,
      `cert-manager reports this field as ${HTTP01}.gateway.serviceType`,
    ]);
    expectNoRule(http01({ gatewayHTTPRoute: { serviceType: 'NodePort' } }), 'CM-A16');
  });

  test('A17: kind without name', () => {
    expectFinding(http01({ gatewayHTTPRoute: { parentRefs: [{ kind: 'Gateway' }] } }), 'CM-A17', `${HTTP01}.gatewayHTTPRoute.parentRefs[0].name`, [
      `${HTTP01}.gatewayHTTPRoute.parentRefs[0].name: Required value: name is required when kind is specified`,
      `${HTTP01}.gateway.parentRefs[0].name`,
    ]);
  });

  test('A18: name without kind', () => {
    expectFinding(http01({ gatewayHTTPRoute: { parentRefs: [{ name: 'gw' }] } }), 'CM-A18', `${HTTP01}.gatewayHTTPRoute.parentRefs[0].kind`,
      `${HTTP01}.gatewayHTTPRoute.parentRefs[0].kind: Required value: kind is required when name is specified`);
    expectNoRule(http01({ gatewayHTTPRoute: { parentRefs: [{ name: 'gw', kind: 'Gateway' }] } }), 'CM-A18');
  });

  test('A17/A18: cert-manager stops at the first bad parent reference; empty references pass', () => {
    const findings = http01({ gatewayHTTPRoute: { parentRefs: [{}, null, { name: 'gw', kind: 'Gateway' }, { kind: 'Gateway' }, { name: 'other' }] } });
    expect(cmErrors(findings)).toEqual([`CM-A17 ${HTTP01}.gatewayHTTPRoute.parentRefs[3].name`]);
  });

  test('A17/A18: parentRefs may be omitted (the certificate-shim annotations can supply them)', () => {
    expect(cmErrors(http01({ gatewayHTTPRoute: {} }))).toEqual([]);
  });
});

describe('TLS-X1: skipTLSVerify is refused', () => {
  test('skipTLSVerify: true is refused in an app, warned in an audit (cert-manager accepts it)', () => {
    const findings = acme({ skipTLSVerify: true });
    expectFinding(findings, 'TLS-X1', 'spec.acme.skipTLSVerify', ['spec.acme.skipTLSVerify: true turns off verification', 'set caBundle'], 'warning');
    expect(cmErrors(findings)).toEqual([]);
    const inApp = auditManifests([issuerObject({ acme: { ...validACMEIssuer, skipTLSVerify: true } }, 'Issuer')], { mode: AuditMode.APP });
    expectFinding(inApp, 'TLS-X1', 'spec.acme.skipTLSVerify', 'cdk8s-tls refuses it in an app', 'error');
  });

  test('absent or false is fine', () => {
    expectNoRule(acme({ skipTLSVerify: false }), 'TLS-X1');
    expectNoRule(acme({}), 'TLS-X1');
  });
});

describe('TLS-X13: ACME account without email', () => {
  test('warns when email is missing or empty', () => {
    const { email: _email, ...withoutEmail } = validACMEIssuer;
    expectFinding(auditSpec({ acme: withoutEmail }), 'TLS-X13', 'spec.acme.email', 'spec.acme.email: not set', 'warning');
    expectFinding(acme({ email: '' }), 'TLS-X13', 'spec.acme.email', 'set email to a team mailbox', 'warning');
  });

  test('no warning with an email', () => {
    expectNoRule(acme({ email: 'platform@example.com' }), 'TLS-X13');
  });
});
