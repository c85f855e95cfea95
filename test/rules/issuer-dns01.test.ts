import { DNS01, auditDns01, cmErrors, expectFinding, expectNoRule, validSecretKeyRef } from './issuer-fixtures';

const NAMESERVER_DETAIL = 'nameserver must be set in the form host:port where host is an IPv4 address, an enclosed IPv6 address or a hostname and port is an optional port number.';

describe('DNS-01 (cert-manager TestValidateACMEIssuerDNS01Config)', () => {
  // Expected errors as `ruleId path-under-dns01`, in cert-manager's order.
  test.each<[string, Record<string, unknown>, string[]]>([
    ['missing clouddns project', { cloudDNS: { serviceAccountSecretRef: validSecretKeyRef } }, ['CM-D15 cloudDNS.project']],
    ['missing clouddns service account key', { cloudDNS: { project: 'valid', serviceAccountSecretRef: { name: 'something', key: '' } } }, ['CM-D14 cloudDNS.serviceAccountSecretRef.key']],
    ['missing clouddns service account name', { cloudDNS: { project: 'valid', serviceAccountSecretRef: { name: '', key: 'something' } } }, ['CM-D14 cloudDNS.serviceAccountSecretRef.name']],
    ['clouddns serviceAccount field not set should be allowed for ambient auth', { cloudDNS: { project: 'valid' } }, []],
    ['missing cloudflare api key fields', { cloudflare: { email: 'valid', apiKeySecretRef: {} } }, ['CM-D16 cloudflare.apiKeySecretRef.name', 'CM-D16 cloudflare.apiKeySecretRef.key']],
    ['missing cloudflare api token fields', { cloudflare: { email: 'valid', apiTokenSecretRef: {} } }, ['CM-D16 cloudflare.apiTokenSecretRef.name', 'CM-D16 cloudflare.apiTokenSecretRef.key']],
    ['missing cloudflare api token or key', { cloudflare: { email: 'valid' } }, ['CM-D18 cloudflare']],
    ['both cloudflare api token and key specified', { cloudflare: { email: 'valid', apiTokenSecretRef: validSecretKeyRef, apiKeySecretRef: validSecretKeyRef } }, ['CM-D17 cloudflare']],
    ['missing cloudflare email', { cloudflare: { apiKeySecretRef: validSecretKeyRef } }, ['CM-D19 cloudflare.email']],
    ['empty route53 field should be valid because ambient credentials and region may be used instead', { route53: {} }, []],
    ['both route53 accessKeyID and accessKeyIDSecretRef specified', { route53: { region: 'valid', accessKeyID: 'valid', accessKeyIDSecretRef: validSecretKeyRef } }, ['CM-D20 route53']],
    ['route53 accessKeyIDSecretRef missing name', { route53: { region: 'valid', accessKeyIDSecretRef: { key: 'key' } } }, ['CM-D21 route53.accessKeyIDSecretRef.name']],
    ['route53 accessKeyIDSecretRef missing key', { route53: { region: 'valid', accessKeyIDSecretRef: { name: 'name', key: '' } } }, ['CM-D21 route53.accessKeyIDSecretRef.key']],
    ['missing provider config', {}, ['CM-D3 ']],
    ['missing azuredns config', { azureDNS: {} }, ['CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns environment', { azureDNS: { environment: 'an env' } }, ['CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName', 'CM-D13 azureDNS.environment']],
    ['invalid azuredns missing clientSecret and tenantID', { azureDNS: { clientID: 'some-client-id' } },
      ['CM-D7 azureDNS.clientSecretSecretRef', 'CM-D7 azureDNS.tenantID', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns missing clientID and tenantID', { azureDNS: { clientSecretSecretRef: { key: 'some-key', name: 'some-secret-name' } } },
      ['CM-D7 azureDNS.clientID', 'CM-D7 azureDNS.tenantID', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns missing clientID and clientSecret', { azureDNS: { tenantID: 'some-tenant-id' } },
      ['CM-D7 azureDNS.clientID', 'CM-D7 azureDNS.clientSecretSecretRef', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns missing clientID', { azureDNS: { clientSecretSecretRef: { key: 'some-key', name: 'some-secret-name' }, tenantID: 'some-tenant-id' } },
      ['CM-D7 azureDNS.clientID', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns missing clientSecret', { azureDNS: { tenantID: 'some-tenant-id', clientID: 'some-client-id' } },
      ['CM-D7 azureDNS.clientSecretSecretRef', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns clientSecret missing key', { azureDNS: { tenantID: 'some-tenant-id', clientID: 'some-client-id', clientSecretSecretRef: { name: 'some-secret-name' } } },
      ['CM-D7 azureDNS.clientSecretSecretRef.key', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns clientSecret missing secret name', { azureDNS: { tenantID: 'some-tenant-id', clientID: 'some-client-id', clientSecretSecretRef: { key: 'some-key' } } },
      ['CM-D7 azureDNS.clientSecretSecretRef.name', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns missing tenantID', { azureDNS: { clientID: 'some-client-id', clientSecretSecretRef: { key: 'some-key', name: 'some-secret-name' } } },
      ['CM-D7 azureDNS.tenantID', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns clientID used with managedIdentity', { azureDNS: { clientID: 'some-client-id', managedIdentity: { clientID: 'test' } } },
      ['CM-D7 azureDNS.clientSecretSecretRef', 'CM-D7 azureDNS.tenantID', 'CM-D8 azureDNS.managedIdentity', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns tenantID used with managedIdentity', { azureDNS: { tenantID: 'some-tenant-id', managedIdentity: { clientID: 'test' } } },
      ['CM-D7 azureDNS.clientID', 'CM-D7 azureDNS.clientSecretSecretRef', 'CM-D8 azureDNS.managedIdentity', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['invalid azuredns clientSecret used with managedIdentity', { azureDNS: { clientSecretSecretRef: { key: 'some-key', name: 'some-secret-name' }, managedIdentity: { clientID: 'test' } } },
      ['CM-D7 azureDNS.clientID', 'CM-D7 azureDNS.tenantID', 'CM-D8 azureDNS.managedIdentity', 'CM-D12 azureDNS.subscriptionID', 'CM-D12 azureDNS.resourceGroupName']],
    ['valid azuredns with managedIdentity', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test' } }, []],
    ['valid azuredns with managedIdentity with clientID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { clientID: 'test' } } }, []],
    ['valid azuredns with managedIdentity with resourceID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { resourceID: 'test' } } }, []],
    ['valid azuredns with managedIdentity with clientID and tenantID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { clientID: 'test', tenantID: 'tenant' } } }, []],
    ['invalid azuredns managedIdentity with both cliendID and resourceID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { clientID: 'test', resourceID: 'test' } } },
      ['CM-D9 azureDNS.managedIdentity']],
    ['invalid azuredns managedIdentity with both tenantID and resourceID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { tenantID: 'tenant', resourceID: 'test' } } },
      ['CM-D10 azureDNS.managedIdentity', 'CM-D11 azureDNS.managedIdentity']],
    ['invalid azuredns managedIdentity tenantID without clientID', { azureDNS: { subscriptionID: 'test', resourceGroupName: 'test', managedIdentity: { tenantID: 'tenant' } } },
      ['CM-D11 azureDNS.managedIdentity']],
    ['missing akamai config', { akamai: {} }, [
      'CM-D5 akamai.accessTokenSecretRef.name', 'CM-D5 akamai.accessTokenSecretRef.key',
      'CM-D5 akamai.clientSecretSecretRef.name', 'CM-D5 akamai.clientSecretSecretRef.key',
      'CM-D5 akamai.clientTokenSecretRef.name', 'CM-D5 akamai.clientTokenSecretRef.key',
      'CM-D6 akamai.serviceConsumerDomain',
    ]],
    ['valid akamai config', { akamai: { accessTokenSecretRef: validSecretKeyRef, clientSecretSecretRef: validSecretKeyRef, clientTokenSecretRef: validSecretKeyRef, serviceConsumerDomain: 'abc' } }, []],
    ['rfc2136 provider with missing nameserver', { rfc2136: {} }, ['CM-D25 rfc2136.nameserver']],
    ['rfc2136 provider with IPv4 nameserver', { rfc2136: { nameserver: '127.0.0.1' } }, []],
    ['rfc2136 provider with unenclosed IPv6 nameserver', { rfc2136: { nameserver: '2001:db8::1' } }, ['CM-D26 rfc2136.nameserver']],
    ['rfc2136 provider with empty IPv6 nameserver', { rfc2136: { nameserver: '[]:53' } }, ['CM-D26 rfc2136.nameserver']],
    ['rfc2136 provider with IPv6 nameserver', { rfc2136: { nameserver: '[2001:db8::1]' } }, []],
    ['rfc2136 provider with FQDN nameserver', { rfc2136: { nameserver: 'dns.example.com' } }, []],
    ['rfc2136 provider with hostname nameserver', { rfc2136: { nameserver: 'dns' } }, []],
    ['rfc2136 provider with nameserver without host', { rfc2136: { nameserver: ':53' } }, ['CM-D26 rfc2136.nameserver']],
    ['rfc2136 provider using case-camel in algorithm', { rfc2136: { nameserver: '127.0.0.1', tsigAlgorithm: 'HmAcMd5' } }, []],
    ['rfc2136 provider using unsupported algorithm', { rfc2136: { nameserver: '127.0.0.1', tsigAlgorithm: 'HAMMOCK' } }, ['CM-D27 rfc2136.tsigAlgorithm']],
    ['rfc2136 provider TSIGKeyName provided but no TSIGSecret', { rfc2136: { nameserver: '127.0.0.1', tsigKeyName: 'some-name' } },
      ['CM-D28 rfc2136.tsigSecretSecretRef.name', 'CM-D28 rfc2136.tsigSecretSecretRef.key']],
    ['rfc2136 provider TSIGSecret provided but no TSIGKeyName', { rfc2136: { nameserver: '127.0.0.1', tsigSecretSecretRef: validSecretKeyRef } }, ['CM-D29 rfc2136.tsigKeyName']],
    ['multiple providers configured', { cloudDNS: { project: 'something' }, cloudflare: {} }, ['CM-D4 cloudflare']],
  ])('%s', (_name, dns01, expected) => {
    expect(cmErrors(auditDns01(dns01))).toEqual(expected.map((e) => e.endsWith(' ') ? `${e}${DNS01}` : e.replace(' ', ` ${DNS01}.`)));
  });
});

describe('D1-D4: solver shape', () => {
  test('D1: cnameStrategy', () => {
    expectFinding(auditDns01({ cnameStrategy: 'Always', route53: {} }), 'CM-D1', `${DNS01}.cnameStrategy`, `${DNS01}.cnameStrategy: Invalid value: "Always": must be one of "None" or "Follow";`);
    for (const strategy of ['None', 'Follow', '']) expectNoRule(auditDns01({ cnameStrategy: strategy, route53: {} }), 'CM-D1');
  });

  test('D2 [master]: a nameserver without port is a warning until the next release', () => {
    const findings = auditDns01({ route53: {}, nameservers: ['8.8.8.8', '8.8.8.8:53', '[2001:4860:4860::8888]:53', 'https://1.1.1.1/dns-query', 'https://'] });
    expect(findings.filter((f) => f.ruleId === 'CM-D2').map((f) => [f.path, f.severity])).toEqual([
      [`${DNS01}.nameservers[0]`, 'warning'],
      [`${DNS01}.nameservers[4]`, 'warning'],
    ]);
    expectFinding(findings, 'CM-D2', `${DNS01}.nameservers[0]`, [`${DNS01}.nameservers[0]: Invalid value: "8.8.8.8": must be in the format <ip address>:<port>`, 'the next release rejects this value'], 'warning');
    expectFinding(findings, 'CM-D2', `${DNS01}.nameservers[4]`, 'Invalid value: "https://": must be in the format https://<DoH RFC 8484 server address>', 'warning');
  });

  test('D3: no provider', () => {
    expectFinding(auditDns01({ cnameStrategy: 'Follow' }), 'CM-D3', DNS01, `${DNS01}: Required value: no DNS01 provider configured;`);
  });

  test('D4: later providers are flagged and not validated', () => {
    const findings = auditDns01({ route53: {}, rfc2136: {}, webhook: {} });
    expect(cmErrors(findings)).toEqual([`CM-D4 ${DNS01}.rfc2136`, `CM-D4 ${DNS01}.webhook`]);
    expectFinding(findings, 'CM-D4', `${DNS01}.rfc2136`, `${DNS01}.rfc2136: Forbidden: may not specify more than one provider type;`);
  });

  test('D4: akamai and acmeDNS are counted but never flagged themselves', () => {
    const validAkamai = { accessTokenSecretRef: validSecretKeyRef, clientSecretSecretRef: validSecretKeyRef, clientTokenSecretRef: validSecretKeyRef, serviceConsumerDomain: 'abc' };
    // akamai first: the next provider is flagged.
    expect(cmErrors(auditDns01({ akamai: validAkamai, route53: {} }))).toEqual([`CM-D4 ${DNS01}.route53`]);
    // acmeDNS after route53: validated, not flagged; it still counts, so digitalocean is flagged.
    expect(cmErrors(auditDns01({ route53: {}, acmeDNS: {}, digitalocean: {} }))).toEqual([
      `CM-D23 ${DNS01}.acmeDNS.accountSecretRef.name`,
      `CM-D23 ${DNS01}.acmeDNS.accountSecretRef.key`,
      `CM-D23 ${DNS01}.acmeDNS.host`,
      `CM-D4 ${DNS01}.digitalocean`,
    ]);
    // acmeDNS alone is a provider.
    expect(cmErrors(auditDns01({ acmeDNS: { host: 'https://auth.acme-dns.io', accountSecretRef: validSecretKeyRef } }))).toEqual([]);
  });
});

describe('D5-D24: providers', () => {
  test('D5: akamai secret refs are reported with the webhook\'s Go field names', () => {
    expectFinding(auditDns01({ akamai: {} }), 'CM-D5', `${DNS01}.akamai.accessTokenSecretRef.name`, [
      `${DNS01}.akamai.accessTokenSecretRef.name: Required value: secret name is required`,
      `cert-manager reports this field as ${DNS01}.akamai.accessToken.name`,
    ]);
  });

  test('D6: akamai serviceConsumerDomain', () => {
    expectFinding(auditDns01({ akamai: {} }), 'CM-D6', `${DNS01}.akamai.serviceConsumerDomain`, `${DNS01}.akamai.serviceConsumerDomain: Required value;`);
  });

  test('D7: a service principal needs all three parts', () => {
    expectFinding(auditDns01({ azureDNS: { subscriptionID: 's', resourceGroupName: 'r', clientID: 'c' } }), 'CM-D7', `${DNS01}.azureDNS.tenantID`, `${DNS01}.azureDNS.tenantID: Required value;`);
    expect(cmErrors(auditDns01({ azureDNS: { subscriptionID: 's', resourceGroupName: 'r', clientID: 'c', tenantID: 't', clientSecretSecretRef: validSecretKeyRef } }))).toEqual([]);
  });

  test('D8-D11: managed identity messages', () => {
    const base = { subscriptionID: 's', resourceGroupName: 'r' };
    expectFinding(auditDns01({ azureDNS: { ...base, clientID: 'c', managedIdentity: {} } }), 'CM-D8', `${DNS01}.azureDNS.managedIdentity`,
      'Forbidden: managed identity cannot be used at the same time as clientID, clientSecretSecretRef or tenantID');
    expectFinding(auditDns01({ azureDNS: { ...base, managedIdentity: { clientID: 'c', resourceID: 'r' } } }), 'CM-D9', `${DNS01}.azureDNS.managedIdentity`,
      'Forbidden: managedIdentityClientID and managedIdentityResourceID cannot both be specified');
    expectFinding(auditDns01({ azureDNS: { ...base, managedIdentity: { clientID: 'c', tenantID: 't', resourceID: 'r' } } }), 'CM-D10', `${DNS01}.azureDNS.managedIdentity`,
      'Forbidden: managedIdentityTenantID and managedIdentityResourceID cannot both be specified');
    expectFinding(auditDns01({ azureDNS: { ...base, managedIdentity: { tenantID: 't' } } }), 'CM-D11', `${DNS01}.azureDNS.managedIdentity`,
      'Required value: managedIdentityClientID is required when using managedIdentityTenantID');
  });

  test('D12/D13: subscription, resource group, environment', () => {
    const findings = auditDns01({ azureDNS: { environment: 'AzureMoonCloud' } });
    expectFinding(findings, 'CM-D12', `${DNS01}.azureDNS.subscriptionID`, `${DNS01}.azureDNS.subscriptionID: Required value;`);
    expectFinding(findings, 'CM-D13', `${DNS01}.azureDNS.environment`,
      `${DNS01}.azureDNS.environment: Invalid value: "AzureMoonCloud": must be either empty or one of AzurePublicCloud, AzureChinaCloud, AzureGermanCloud, or AzureUSGovernmentCloud;`);
    expectNoRule(auditDns01({ azureDNS: { subscriptionID: 's', resourceGroupName: 'r', environment: 'AzureChinaCloud' } }), 'CM-D13');
  });

  test('D14/D15: cloudDNS', () => {
    expectFinding(auditDns01({ cloudDNS: { project: 'p', serviceAccountSecretRef: { name: 'sa' } } }), 'CM-D14', `${DNS01}.cloudDNS.serviceAccountSecretRef.key`, 'Required value: secret key is required');
    expectFinding(auditDns01({ cloudDNS: {} }), 'CM-D15', `${DNS01}.cloudDNS.project`, `${DNS01}.cloudDNS.project: Required value;`);
  });

  test('D16-D19: cloudflare messages', () => {
    expectFinding(auditDns01({ cloudflare: { apiTokenSecretRef: { key: 'token' } } }), 'CM-D16', `${DNS01}.cloudflare.apiTokenSecretRef.name`, 'Required value: secret name is required');
    expectFinding(auditDns01({ cloudflare: { email: 'e', apiKeySecretRef: validSecretKeyRef, apiTokenSecretRef: validSecretKeyRef } }), 'CM-D17', `${DNS01}.cloudflare`,
      `${DNS01}.cloudflare: Forbidden: apiKeySecretRef and apiTokenSecretRef cannot both be specified;`);
    expectFinding(auditDns01({ cloudflare: {} }), 'CM-D18', `${DNS01}.cloudflare`, `${DNS01}.cloudflare: Required value: apiKeySecretRef or apiTokenSecretRef is required;`);
    expectFinding(auditDns01({ cloudflare: { apiKeySecretRef: validSecretKeyRef } }), 'CM-D19', `${DNS01}.cloudflare.email`, `${DNS01}.cloudflare.email: Required value;`);
    expectNoRule(auditDns01({ cloudflare: { apiTokenSecretRef: validSecretKeyRef } }), 'CM-D19');
  });

  test('D20-D22: route53', () => {
    expectFinding(auditDns01({ route53: { accessKeyID: 'AKIA', accessKeyIDSecretRef: validSecretKeyRef } }), 'CM-D20', `${DNS01}.route53`,
      `${DNS01}.route53: Required value: accessKeyID and accessKeyIDSecretRef cannot both be specified;`);
    expectFinding(auditDns01({ route53: { accessKeyIDSecretRef: {} } }), 'CM-D21', `${DNS01}.route53.accessKeyIDSecretRef.name`, 'secret name is required');
    // secretAccessKeySecretRef is not checked by the webhook.
    expect(cmErrors(auditDns01({ route53: { secretAccessKeySecretRef: {} } }))).toEqual([]);
  });

  test('D23: acmeDNS', () => {
    expectFinding(auditDns01({ acmeDNS: { accountSecretRef: validSecretKeyRef } }), 'CM-D23', `${DNS01}.acmeDNS.host`, `${DNS01}.acmeDNS.host: Required value;`);
  });

  test('D24: digitalocean', () => {
    expect(cmErrors(auditDns01({ digitalocean: {} }))).toEqual([`CM-D24 ${DNS01}.digitalocean.tokenSecretRef.name`, `CM-D24 ${DNS01}.digitalocean.tokenSecretRef.key`]);
    expect(cmErrors(auditDns01({ digitalocean: { tokenSecretRef: validSecretKeyRef } }))).toEqual([]);
  });
});

describe('D25-D30: rfc2136 and webhook', () => {
  test('D25: nameserver', () => {
    expectFinding(auditDns01({ rfc2136: { nameserver: '' } }), 'CM-D25', `${DNS01}.rfc2136.nameserver`, `${DNS01}.rfc2136.nameserver: Required value;`);
  });

  test.each(['2001:db8::1', ':53', '[]:53', '[]', '   ', '8.8.8:8:53', '[::1]:53:53', 'a[b]:53'])('D26: %j is refused', (nameserver) => {
    expectFinding(auditDns01({ rfc2136: { nameserver } }), 'CM-D26', `${DNS01}.rfc2136.nameserver`,
      `${DNS01}.rfc2136.nameserver: Invalid value: ${JSON.stringify(nameserver)}: ${NAMESERVER_DETAIL};`);
  });

  test.each(['8.8.8.8', '8.8.8.8:', '8.8.8.8:5353', '[2001:db8::1]', '[2001:db8::1]:', '[2001:db8::1]:5353', 'nameserver.com', 'nameserver.com:', 'ns:0', 'ns:http', ' ns.example.com '])(
    'D26: %j is accepted (the port is never checked)', (nameserver) => {
      expectNoRule(auditDns01({ rfc2136: { nameserver } }), 'CM-D26');
    });

  test('D27: unsupported TSIG algorithm', () => {
    expectFinding(auditDns01({ rfc2136: { nameserver: 'ns', tsigAlgorithm: 'HMACSHA3' } }), 'CM-D27', `${DNS01}.rfc2136.tsigAlgorithm`,
      `${DNS01}.rfc2136.tsigAlgorithm: Unsupported value: "HMACSHA3": supported values: "HMACMD5", "HMACSHA1", "HMACSHA256", "HMACSHA512"; use HMACSHA256 or HMACSHA512`);
    expectNoRule(auditDns01({ rfc2136: { nameserver: 'ns', tsigAlgorithm: 'hmacsha512' } }), 'CM-D27');
  });

  test('D28/D29: TSIG key name and secret go together', () => {
    expectFinding(auditDns01({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k', tsigSecretSecretRef: { name: 'tsig' } } }), 'CM-D28', `${DNS01}.rfc2136.tsigSecretSecretRef.key`,
      'Required value: secret key is required');
    expectFinding(auditDns01({ rfc2136: { nameserver: 'ns', tsigSecretSecretRef: validSecretKeyRef } }), 'CM-D29', `${DNS01}.rfc2136.tsigKeyName`, `${DNS01}.rfc2136.tsigKeyName: Required value;`);
    // An incomplete secret without a key name is not checked at all.
    expect(cmErrors(auditDns01({ rfc2136: { nameserver: 'ns', tsigSecretSecretRef: { name: 'tsig' } } }))).toEqual([]);
    expect(cmErrors(auditDns01({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k', tsigSecretSecretRef: validSecretKeyRef } }))).toEqual([]);
  });

  test('D30: webhook solverName', () => {
    expectFinding(auditDns01({ webhook: { groupName: 'acme.example.com' } }), 'CM-D30', `${DNS01}.webhook.solverName`,
      `${DNS01}.webhook.solverName: Required value: solver name must be specified;`);
    expect(cmErrors(auditDns01({ webhook: { groupName: 'acme.example.com', solverName: 'example', config: { any: 'thing' } } }))).toEqual([]);
  });
});

describe('TLS-X6, TLS-X7, TLS-X8: weak DNS-01 credentials', () => {
  test.each(['HMACMD5', 'hmacsha1'])('X6: %s is weak', (tsigAlgorithm) => {
    const findings = auditDns01({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k', tsigAlgorithm, tsigSecretSecretRef: validSecretKeyRef } });
    expectFinding(findings, 'TLS-X6', `${DNS01}.rfc2136.tsigAlgorithm`, [`"${tsigAlgorithm}" is a weak TSIG algorithm`, 'use HMACSHA256 or HMACSHA512'], 'warning');
    expect(cmErrors(findings)).toEqual([]);
  });

  test('X6: TSIG without an algorithm uses cert-manager\'s default HMACMD5', () => {
    expectFinding(auditDns01({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k', tsigSecretSecretRef: validSecretKeyRef } }), 'TLS-X6', `${DNS01}.rfc2136.tsigAlgorithm`,
      'default HMACMD5', 'warning');
  });

  test('X6: strong algorithms and unsigned updates do not warn', () => {
    expectNoRule(auditDns01({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k', tsigAlgorithm: 'HMACSHA512', tsigSecretSecretRef: validSecretKeyRef } }), 'TLS-X6');
    expectNoRule(auditDns01({ rfc2136: { nameserver: 'ns' } }), 'TLS-X6');
  });

  test('X7: the Cloudflare global API key', () => {
    expectFinding(auditDns01({ cloudflare: { email: 'e', apiKeySecretRef: validSecretKeyRef } }), 'TLS-X7', `${DNS01}.cloudflare.apiKeySecretRef`, 'use apiTokenSecretRef', 'warning');
    expectNoRule(auditDns01({ cloudflare: { apiTokenSecretRef: validSecretKeyRef } }), 'TLS-X7');
  });

  test('X8: a literal route53 access key ID', () => {
    expectFinding(auditDns01({ route53: { accessKeyID: 'AKIAEXAMPLE', secretAccessKeySecretRef: validSecretKeyRef } }), 'TLS-X8', `${DNS01}.route53.accessKeyID`,
      'prefer ambient credentials', 'warning');
    expectNoRule(auditDns01({ route53: { accessKeyIDSecretRef: validSecretKeyRef, secretAccessKeySecretRef: validSecretKeyRef } }), 'TLS-X8');
    expectNoRule(auditDns01({ route53: {} }), 'TLS-X8');
  });
});
