import { CA_BUNDLE, CA_PEM, auditSpec, cmErrors, expectFinding, expectNoRule, validSecretKeyRef, validVaultIssuer } from './issuer-fixtures';

const vault = (fields: Record<string, unknown>) => auditSpec({ vault: { ...validVaultIssuer, ...fields } });
const auth = (authSpec: unknown) => vault({ auth: authSpec });
const venafi = (fields: Record<string, unknown>) => auditSpec({ venafi: { zone: 'a\\b\\c', ...fields } });
const caRef = { name: 'test-secret', key: 'ca.crt' };

describe('Vault issuer (cert-manager TestValidateVaultIssuerConfig)', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['vault issuer defines both caBundle and caBundleSecretRef',
      { server: 'https://vault.example.com', path: 'secret/path', caBundle: CA_BUNDLE, caBundleSecretRef: caRef, auth: { tokenSecretRef: validSecretKeyRef } },
      ['CM-VA5 spec.vault.caBundle', 'CM-VA5 spec.vault.caBundleSecretRef']],
    ['valid vault issuer', validVaultIssuer, []],
    ['vault issuer with missing fields', {}, ['CM-VA1 spec.vault.server', 'CM-VA2 spec.vault.path', 'CM-VA7 spec.vault.auth']],
    ['vault issuer with a CA bundle containing no valid certificates',
      { server: 'something', path: 'a/b/c', caBundle: Buffer.from('invalid').toString('base64'), auth: { tokenSecretRef: validSecretKeyRef } }, ['CM-VA4 spec.vault.caBundle']],
    ['vault issuer define clientCertSecretRef but not clientKeySecretRef',
      { server: 'https://vault.example.com', path: 'secret/path', caBundleSecretRef: caRef, clientCertSecretRef: { name: 'test-secret', key: 'tls.crt' }, auth: { tokenSecretRef: validSecretKeyRef } },
      ['CM-VA6 spec.vault.clientKeySecretRef']],
    ['vault issuer define clientKeySecretRef but not clientCertSecretRef',
      { server: 'https://vault.example.com', path: 'secret/path', caBundleSecretRef: caRef, clientKeySecretRef: { name: 'test-secret', key: 'tls.key' }, auth: { tokenSecretRef: validSecretKeyRef } },
      ['CM-VA6 spec.vault.clientCertSecretRef']],
  ])('%s', (_name, vaultSpec, expected) => {
    expect(cmErrors(auditSpec({ vault: vaultSpec }))).toEqual(expected);
  });
});

describe('Vault auth (cert-manager TestValidateVaultIssuerAuth)', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['valid auth: all three auth types can be set simultaneously', {
      appRole: { roleId: 'role-id', secretRef: { name: 'secret', key: 'key' }, path: 'path' },
      tokenSecretRef: validSecretKeyRef,
      kubernetes: { mountPath: 'path', role: 'role', serviceAccountRef: { name: 'service-account' } },
    }, []],
    ['valid auth.tokenSecretRef', { tokenSecretRef: { name: 'secret', key: 'key' } }, []],
    ['invalid auth.tokenSecretRef: key can be omitted', { tokenSecretRef: { name: 'secret' } }, []],
    ['valid auth.appRole', { appRole: { roleId: 'role-id', secretRef: { name: 'secret', key: 'key' }, path: 'path' } }, []],
    ['valid auth.appRole: key can be omitted', { appRole: { roleId: 'role-id', secretRef: { name: 'secret' }, path: 'path' } }, []],
    ['invalid auth.appRole: roleId is required', { appRole: { secretRef: { name: 'secret', key: 'key' }, path: 'path' } }, ['CM-VA9 spec.vault.auth.appRole.roleId']],
    ['valid auth.clientCertificate: all fields can be empty', { clientCertificate: {} }, []],
    ['valid auth.kubernetes.secretRef: key can be left empty', { kubernetes: { secretRef: { name: 'secret' }, role: 'role' } }, []],
    ['valid auth.kubernetes.serviceAccountRef', { kubernetes: { mountPath: 'path', role: 'role', serviceAccountRef: { name: 'service-account' } } }, []],
    ['invalid auth.kubernetes: role is required', { kubernetes: { mountPath: 'path', serviceAccountRef: { name: 'service-account' } } }, ['CM-VA11 spec.vault.auth.kubernetes.role']],
    ['invalid auth.kubernetes: secretRef and serviceAccountRef mutually exclusive',
      { kubernetes: { secretRef: { name: 'secret' }, serviceAccountRef: { name: 'service-account' }, role: 'role' } }, ['CM-VA13 spec.vault.auth.kubernetes']],
    ['valid auth.aws', { aws: { role: 'role' } }, []],
    ['valid auth.aws with IRSA', { aws: { role: 'role', serviceAccountRef: { name: 'sa' }, iamRoleArn: 'arn:aws:iam::1:role/r' } }, []],
    ['invalid auth.aws: role is required', { aws: {} }, ['CM-VA15 spec.vault.auth.aws.role']],
    ['invalid auth.aws: IRSA without ARN and name', { aws: { role: 'role', serviceAccountRef: {} } },
      ['CM-VA16 spec.vault.auth.aws.serviceAccountRef.name', 'CM-VA17 spec.vault.auth.aws.iamRoleArn']],
    ['invalid auth: nothing', {}, ['CM-VA7 spec.vault.auth']],
  ])('%s', (_name, authSpec, expected) => {
    expect(cmErrors(auth(authSpec))).toEqual(expected);
  });
});

describe('VA1-VA17 messages', () => {
  test('VA1/VA2: server and path', () => {
    const findings = auditSpec({ vault: { auth: { tokenSecretRef: validSecretKeyRef } } });
    expectFinding(findings, 'CM-VA1', 'spec.vault.server', 'spec.vault.server: Required value;');
    expectFinding(findings, 'CM-VA2', 'spec.vault.path', 'spec.vault.path: Required value;');
    expectNoRule(vault({ server: 'not a url' }), 'CM-VA1');
  });

  test('VA3 [master]: a ".." segment in path is a warning until the next release', () => {
    const findings = vault({ path: 'pki/../sys/sign' });
    expectFinding(findings, 'CM-VA3', 'spec.vault.path', ['spec.vault.path: Invalid value: "pki/../sys/sign": must not contain \'..\' path segments', 'the next release rejects it'], 'warning');
    expect(cmErrors(findings)).toEqual([]);
    expectNoRule(vault({ path: 'pki/..sign/x' }), 'CM-VA3');
    expectNoRule(vault({ path: 'pki//./sign' }), 'CM-VA3');
  });

  test('VA4: caBundle without a certificate', () => {
    expectFinding(vault({ caBundle: Buffer.from('invalid').toString('base64') }), 'CM-VA4', 'spec.vault.caBundle',
      'spec.vault.caBundle: Invalid value: "<snip>": cert bundle didn\'t contain any valid certificates;');
    expectFinding(vault({ caBundle: CA_PEM }), 'CM-VA4', 'spec.vault.caBundle', 'caBundle is not base64');
    expectNoRule(vault({ caBundle: CA_BUNDLE }), 'CM-VA4');
  });

  test('VA5: caBundle and caBundleSecretRef', () => {
    const findings = vault({ caBundle: CA_BUNDLE, caBundleSecretRef: caRef });
    expectFinding(findings, 'CM-VA5', 'spec.vault.caBundle', 'spec.vault.caBundle: Invalid value: "<snip>": specified caBundle and caBundleSecretRef cannot be used together;');
    expectFinding(findings, 'CM-VA5', 'spec.vault.caBundleSecretRef', 'spec.vault.caBundleSecretRef: Invalid value: "test-secret": specified caBundleSecretRef and caBundle cannot be used together;');
    expectNoRule(vault({ caBundleSecretRef: caRef }), 'CM-VA5');
    expect(cmErrors(vault({ caBundle: '\n', caBundleSecretRef: caRef }))).toEqual([]);
  });

  test('VA6: client certificate and key go together', () => {
    expectFinding(vault({ clientCertSecretRef: validSecretKeyRef }), 'CM-VA6', 'spec.vault.clientKeySecretRef',
      'spec.vault.clientKeySecretRef: Invalid value: "<snip>": clientKeySecretRef must be provided when defining the clientCertSecretRef;');
    expectFinding(vault({ clientKeySecretRef: validSecretKeyRef }), 'CM-VA6', 'spec.vault.clientCertSecretRef',
      'clientCertSecretRef must be provided when defining the clientKeySecretRef');
    expectNoRule(vault({ clientCertSecretRef: validSecretKeyRef, clientKeySecretRef: validSecretKeyRef }), 'CM-VA6');
  });

  test('VA7: no auth method', () => {
    expectFinding(auth({}), 'CM-VA7', 'spec.vault.auth', 'spec.vault.auth: Required value: please supply one of: appRole, kubernetes, tokenSecretRef, clientCertificate, aws;');
  });

  test('VA8: several auth methods are allowed', () => {
    expect(cmErrors(auth({ tokenSecretRef: validSecretKeyRef, clientCertificate: {}, aws: { role: 'r' } }))).toEqual([]);
  });

  test('VA9: appRole roleId and secretRef.name', () => {
    const findings = auth({ appRole: { path: 'approle', secretRef: { key: 'k' } } });
    expectFinding(findings, 'CM-VA9', 'spec.vault.auth.appRole.roleId', 'spec.vault.auth.appRole.roleId: Required value;');
    expectFinding(findings, 'CM-VA9', 'spec.vault.auth.appRole.secretRef.name', 'spec.vault.auth.appRole.secretRef.name: Required value;');
  });

  test('VA10 [master]: ".." in auth mount paths, with the webhook\'s Go names', () => {
    const findings = auth({
      appRole: { path: '../approle', roleId: 'r', secretRef: { name: 's' } },
      clientCertificate: { mountPath: '/v1/auth/../cert' },
      kubernetes: { role: 'r', mountPath: '/v1/auth/..', serviceAccountRef: { name: 'sa' } },
      aws: { role: 'r', mountPath: '..' },
    });
    expect(findings.filter((f) => f.ruleId === 'CM-VA10').map((f) => [f.path, f.severity])).toEqual([
      ['spec.vault.auth.appRole.path', 'warning'],
      ['spec.vault.auth.clientCertificate.mountPath', 'warning'],
      ['spec.vault.auth.kubernetes.mountPath', 'warning'],
      ['spec.vault.auth.aws.mountPath', 'warning'],
    ]);
    expectFinding(findings, 'CM-VA10', 'spec.vault.auth.kubernetes.mountPath', ['Invalid value: "/v1/auth/..": must not contain \'..\' path segments', 'cert-manager reports this field as spec.vault.auth.kubernetes.path'], 'warning');
    expect(cmErrors(findings)).toEqual([]);
    expectNoRule(auth({ kubernetes: { role: 'r', mountPath: '/v1/auth/kubernetes', serviceAccountRef: { name: 'sa' } } }), 'CM-VA10');
  });

  test('VA11: kubernetes role', () => {
    expectFinding(auth({ kubernetes: { serviceAccountRef: { name: 'sa' } } }), 'CM-VA11', 'spec.vault.auth.kubernetes.role', 'spec.vault.auth.kubernetes.role: Required value;');
  });

  test('VA12/VA13: exactly one of secretRef and serviceAccountRef', () => {
    expectFinding(auth({ kubernetes: { role: 'r', secretRef: { key: 'token' } } }), 'CM-VA12', 'spec.vault.auth.kubernetes',
      'spec.vault.auth.kubernetes: Required value: please supply one of: secretRef, serviceAccountRef;');
    expectFinding(auth({ kubernetes: { role: 'r', secretRef: { name: 's' }, serviceAccountRef: { name: 'sa' } } }), 'CM-VA13', 'spec.vault.auth.kubernetes',
      'spec.vault.auth.kubernetes: Forbidden: please supply one of: secretRef, serviceAccountRef;');
  });

  test('VA14: serviceAccountRef without name still counts as the credential', () => {
    expect(cmErrors(auth({ kubernetes: { role: 'r', serviceAccountRef: {} } }))).toEqual(['CM-VA14 spec.vault.auth.kubernetes.serviceAccountRef.name']);
    expectFinding(auth({ kubernetes: { role: 'r', serviceAccountRef: {} } }), 'CM-VA14', 'spec.vault.auth.kubernetes.serviceAccountRef.name', 'serviceAccountRef.name: Required value;');
  });

  test('VA15-VA17: aws', () => {
    expectFinding(auth({ aws: { role: '' } }), 'CM-VA15', 'spec.vault.auth.aws.role', 'spec.vault.auth.aws.role: Required value;');
    expectFinding(auth({ aws: { role: 'r', serviceAccountRef: { name: '' }, iamRoleArn: 'arn' } }), 'CM-VA16', 'spec.vault.auth.aws.serviceAccountRef.name', 'Required value;');
    expectFinding(auth({ aws: { role: 'r', serviceAccountRef: { name: 'sa' } } }), 'CM-VA17', 'spec.vault.auth.aws.iamRoleArn',
      'spec.vault.auth.aws.iamRoleArn: Required value: iamRoleArn is required when using serviceAccountRef for IRSA;');
    expectNoRule(auth({ aws: { role: 'r' } }), 'CM-VA17');
  });
});

describe('Venafi issuer (cert-manager TestValidateVenafiIssuerConfig, TestValidateVenafiTPP)', () => {
  const tpp = { url: 'https://tpp.example.com/vedsdk' };
  test.each<[string, Record<string, unknown>, string[]]>([
    ['valid', { zone: 'a\\b\\c', tpp }, []],
    ['missing zone', { zone: '', tpp }, ['CM-VE1 spec.venafi.zone']],
    ['missing configuration', { zone: 'a\\b\\c' }, ['CM-VE2 spec.venafi']],
    ['multiple configuration', { zone: 'a\\b\\c', tpp, cloud: {} }, ['CM-VE3 spec.venafi']],
    ['tpp missing url', { zone: 'z', tpp: {} }, ['CM-VE4 spec.venafi.tpp.url']],
    ['venafi TPP issuer defines both caBundle and caBundleSecretRef', { zone: 'z', tpp: { ...tpp, caBundle: CA_BUNDLE, caBundleSecretRef: caRef } }, ['CM-VE5 spec.venafi.tpp']],
    ['ngts missing fields', { zone: 'z', ngts: {} }, ['CM-VE6 spec.venafi.ngts.tsgID', 'CM-VE6 spec.venafi.ngts.credentialsRef.name']],
    ['cloud has no rules', { zone: 'z', cloud: {} }, []],
  ])('%s', (_name, venafiSpec, expected) => {
    expect(cmErrors(auditSpec({ venafi: venafiSpec }))).toEqual(expected);
  });

  test('VE1: zone', () => {
    expectFinding(auditSpec({ venafi: { cloud: {} } }), 'CM-VE1', 'spec.venafi.zone', 'spec.venafi.zone: Required value;');
  });

  test('VE2/VE3: exactly one backend', () => {
    expectFinding(venafi({}), 'CM-VE2', 'spec.venafi', 'spec.venafi: Required value: please supply one of: tpp, cloud, ngts;');
    expectFinding(venafi({ cloud: {}, ngts: { tsgID: 't', credentialsRef: { name: 'n' } } }), 'CM-VE3', 'spec.venafi', 'spec.venafi: Forbidden: please supply one of: tpp, cloud, ngts;');
  });

  test('VE4/VE5: tpp', () => {
    expectFinding(venafi({ tpp: { url: '' } }), 'CM-VE4', 'spec.venafi.tpp.url', 'spec.venafi.tpp.url: Required value;');
    expectFinding(venafi({ tpp: { ...tpp, caBundle: CA_BUNDLE, caBundleSecretRef: caRef } }), 'CM-VE5', 'spec.venafi.tpp',
      'spec.venafi.tpp: Forbidden: may not specify more than one of caBundle/caBundleSecretRef as TPP CA Bundle;');
    // The TPP caBundle is not checked for certificates (a TODO in cert-manager).
    expect(cmErrors(venafi({ tpp: { ...tpp, caBundle: Buffer.from('junk').toString('base64') } }))).toEqual([]);
  });

  test('VE6: ngts', () => {
    const findings = venafi({ ngts: { credentialsRef: {} } });
    expectFinding(findings, 'CM-VE6', 'spec.venafi.ngts.tsgID', 'spec.venafi.ngts.tsgID: Required value;');
    expectFinding(findings, 'CM-VE6', 'spec.venafi.ngts.credentialsRef.name', 'spec.venafi.ngts.credentialsRef.name: Required value;');
  });

  test('VE7: cloud has no webhook rules', () => {
    // The CRD schema requires cloud.apiTokenSecretRef (CRD-SCHEMA); the webhook itself has no rule here.
    expect(venafi({ cloud: {} }).filter((f) => f.ruleId !== 'CRD-SCHEMA')).toEqual([]);
  });
});
