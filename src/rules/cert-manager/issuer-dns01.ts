// DNS-01 solvers: cert-manager's ValidateACMEChallengeSolverDNS01 (rules D1-D30), and the weak
// but accepted DNS-01 credentials (TLS-X6, TLS-X7, TLS-X8).
import { isSet, list, record, str } from '../object';
import { Reporter } from '../report';
import { fieldError, reportField } from '../util/field-error';
import { recursiveNameserverError, validNameserver } from '../util/nameserver';
import { SecretRefSite, checkSecretKeySelector, secretKeySelectorProblems } from '../util/secret-ref';

const text = (value: unknown): string => str(value) ?? '';

type ProviderCheck = (report: Reporter, provider: Record<string, any>, path: string) => void;

interface Provider {
  /** JSON field under dns01. */
  readonly field: string;
  /**
   * cert-manager counts akamai and acmeDNS but never flags them as a second provider, so they
   * are always validated, and a provider after them is flagged as if it came second.
   */
  readonly neverFlagged?: boolean;
  readonly check: ProviderCheck;
}

/** In cert-manager's order: the first provider set is validated, later ones are flagged (D4). */
const PROVIDERS: readonly Provider[] = [
  { field: 'akamai', neverFlagged: true, check: checkAkamai },
  { field: 'azureDNS', check: checkAzureDns },
  { field: 'cloudDNS', check: checkCloudDns },
  { field: 'cloudflare', check: checkCloudflare },
  { field: 'route53', check: checkRoute53 },
  { field: 'acmeDNS', neverFlagged: true, check: checkAcmeDns },
  { field: 'digitalocean', check: checkDigitalOcean },
  { field: 'rfc2136', check: checkRfc2136 },
  { field: 'webhook', check: checkWebhook },
];

export const SUPPORTED_TSIG_ALGORITHMS = ['HMACMD5', 'HMACSHA1', 'HMACSHA256', 'HMACSHA512'] as const;

export function checkDns01(report: Reporter, value: unknown, path: string): void {
  const dns01 = record(value);

  const cnameStrategy = text(dns01.cnameStrategy);
  if (cnameStrategy !== '' && cnameStrategy !== 'None' && cnameStrategy !== 'Follow') {
    reportField(report, {
      ruleId: 'CM-D1',
      path: `${path}.cnameStrategy`,
      body: fieldError.invalid(cnameStrategy, 'must be one of "None" or "Follow"'),
      fix: 'use Follow to follow a CNAME from _acme-challenge to a delegated zone, or None',
    });
  }

  // D2 exists on cert-manager master only (the pinned CRD has no nameservers: CRD-SCHEMA says so),
  // so the value's format is no more than a warning.
  list(dns01.nameservers).forEach((server, i) => {
    const detail = recursiveNameserverError(text(server));
    if (detail) {
      reportField(report, {
        ruleId: 'CM-D2',
        path: `${path}.nameservers[${i}]`,
        warning: true,
        body: `${fieldError.invalid(text(server), detail)} (the field comes after cert-manager v1.21.1, whose CRD does not have it; the next release rejects this value)`,
        fix: 'write an address with its port, e.g. 8.8.8.8:53 or [2001:4860:4860::8888]:53, or a DoH URL such as https://1.1.1.1/dns-query',
      });
    }
  });

  let providers = 0;
  for (const provider of PROVIDERS) {
    if (!isSet(dns01[provider.field])) continue;
    const providerPath = `${path}.${provider.field}`;
    if (providers > 0 && !provider.neverFlagged) {
      reportField(report, {
        ruleId: 'CM-D4',
        path: providerPath,
        body: fieldError.forbidden('may not specify more than one provider type'),
        fix: 'keep one DNS provider per solver; add another solver (told apart with selector.dnsZones) for a zone hosted elsewhere',
      });
      continue;
    }
    providers++;
    provider.check(report, record(dns01[provider.field]), providerPath);
  }
  if (providers === 0) {
    reportField(report, {
      ruleId: 'CM-D3',
      path,
      body: fieldError.required('no DNS01 provider configured'),
      fix: 'configure one provider: acmeDNS, akamai, azureDNS, cloudDNS, cloudflare, digitalocean, rfc2136, route53 or webhook',
    });
  }
}

function required(report: Reporter, ruleId: string, path: string, fix: string, detail = ''): void {
  reportField(report, { ruleId, path, body: fieldError.required(detail), fix });
}

function secretRef(ruleId: string, path: string, field: string, holds: string, webhookField?: string): SecretRefSite {
  return { ruleId, path: `${path}.${field}`, webhookPath: webhookField ? `${path}.${webhookField}` : undefined, holds };
}

function checkAkamai(report: Reporter, akamai: Record<string, any>, path: string): void {
  // cert-manager prints the Go field names (accessToken, ...), not the JSON ones.
  const refs: ReadonlyArray<[string, string, string]> = [
    ['accessTokenSecretRef', 'accessToken', 'the Akamai EdgeGrid access token'],
    ['clientSecretSecretRef', 'clientSecret', 'the Akamai EdgeGrid client secret'],
    ['clientTokenSecretRef', 'clientToken', 'the Akamai EdgeGrid client token'],
  ];
  for (const [field, goField, holds] of refs) {
    checkSecretKeySelector(report, akamai[field], secretRef('CM-D5', path, field, holds, goField));
  }
  if (text(akamai.serviceConsumerDomain) === '') {
    required(report, 'CM-D6', `${path}.serviceConsumerDomain`, 'set the EdgeGrid host of your Akamai API client (akab-....luna.akamaiapis.net)');
  }
}

function checkAzureDns(report: Reporter, azure: Record<string, any>, path: string): void {
  const clientID = text(azure.clientID);
  const tenantID = text(azure.tenantID);
  const hasSecret = isSet(azure.clientSecretSecretRef);
  const hasManagedIdentity = isSet(azure.managedIdentity);
  if (clientID !== '' || tenantID !== '' || hasSecret) {
    // A service principal: all three parts or none.
    const fix = 'a service principal needs clientID, tenantID and clientSecretSecretRef together; or remove all three to use a managed identity';
    if (clientID === '') required(report, 'CM-D7', `${path}.clientID`, fix);
    if (!hasSecret) required(report, 'CM-D7', `${path}.clientSecretSecretRef`, fix);
    else checkSecretKeySelector(report, azure.clientSecretSecretRef, secretRef('CM-D7', path, 'clientSecretSecretRef', 'the service principal\'s client secret'));
    if (tenantID === '') required(report, 'CM-D7', `${path}.tenantID`, fix);
    if (hasManagedIdentity) {
      reportField(report, {
        ruleId: 'CM-D8',
        path: `${path}.managedIdentity`,
        body: fieldError.forbidden('managed identity cannot be used at the same time as clientID, clientSecretSecretRef or tenantID'),
        fix: 'use either the service principal (clientID, tenantID, clientSecretSecretRef) or managedIdentity, not both',
      });
    }
  } else if (hasManagedIdentity) {
    const identity = record(azure.managedIdentity);
    const miClientID = text(identity.clientID);
    const miTenantID = text(identity.tenantID);
    const miResourceID = text(identity.resourceID);
    if (miClientID !== '' && miResourceID !== '') {
      reportField(report, {
        ruleId: 'CM-D9',
        path: `${path}.managedIdentity`,
        body: fieldError.forbidden('managedIdentityClientID and managedIdentityResourceID cannot both be specified'),
        fix: 'identify the managed identity by clientID or by resourceID, not both',
      });
    }
    if (miTenantID !== '' && miResourceID !== '') {
      reportField(report, {
        ruleId: 'CM-D10',
        path: `${path}.managedIdentity`,
        body: fieldError.forbidden('managedIdentityTenantID and managedIdentityResourceID cannot both be specified'),
        fix: 'remove tenantID, or use clientID instead of resourceID',
      });
    }
    if (miTenantID !== '' && miClientID === '') {
      required(report, 'CM-D11', `${path}.managedIdentity`, 'set managedIdentity.clientID next to tenantID', 'managedIdentityClientID is required when using managedIdentityTenantID');
    }
  }
  if (text(azure.subscriptionID) === '') required(report, 'CM-D12', `${path}.subscriptionID`, 'set the ID of the Azure subscription that holds the DNS zone');
  if (text(azure.resourceGroupName) === '') required(report, 'CM-D12', `${path}.resourceGroupName`, 'set the resource group of the DNS zone');
  const environment = text(azure.environment);
  if (!['', 'AzurePublicCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernmentCloud'].includes(environment)) {
    reportField(report, {
      ruleId: 'CM-D13',
      path: `${path}.environment`,
      body: fieldError.invalid(environment, 'must be either empty or one of AzurePublicCloud, AzureChinaCloud, AzureGermanCloud, or AzureUSGovernmentCloud'),
      fix: 'use AzurePublicCloud (the default) or the sovereign cloud the zone lives in',
    });
  }
}

function checkCloudDns(report: Reporter, cloudDns: Record<string, any>, path: string): void {
  // Without the reference cert-manager uses ambient credentials (Workload Identity): valid.
  if (isSet(cloudDns.serviceAccountSecretRef)) {
    checkSecretKeySelector(report, cloudDns.serviceAccountSecretRef, secretRef('CM-D14', path, 'serviceAccountSecretRef', 'the GCP service account JSON key'));
  }
  if (text(cloudDns.project) === '') required(report, 'CM-D15', `${path}.project`, 'set the ID of the GCP project that hosts the Cloud DNS zone');
}

function checkCloudflare(report: Reporter, cloudflare: Record<string, any>, path: string): void {
  const hasKey = isSet(cloudflare.apiKeySecretRef);
  const hasToken = isSet(cloudflare.apiTokenSecretRef);
  if (hasKey) checkSecretKeySelector(report, cloudflare.apiKeySecretRef, secretRef('CM-D16', path, 'apiKeySecretRef', 'the Cloudflare global API key'));
  if (hasToken) checkSecretKeySelector(report, cloudflare.apiTokenSecretRef, secretRef('CM-D16', path, 'apiTokenSecretRef', 'the Cloudflare API token'));
  if (hasKey && hasToken) {
    reportField(report, {
      ruleId: 'CM-D17',
      path,
      body: fieldError.forbidden('apiKeySecretRef and apiTokenSecretRef cannot both be specified'),
      fix: 'keep apiTokenSecretRef (a token scoped to Zone:DNS:Edit) and remove apiKeySecretRef',
    });
  }
  if (!hasKey && !hasToken) {
    reportField(report, {
      ruleId: 'CM-D18',
      path,
      body: fieldError.required('apiKeySecretRef or apiTokenSecretRef is required'),
      fix: 'set apiTokenSecretRef to a Secret holding a Cloudflare API token with Zone:DNS:Edit permission',
    });
  }
  if (hasKey && text(cloudflare.email) === '') {
    required(report, 'CM-D19', `${path}.email`, 'set the e-mail of the Cloudflare account the global API key belongs to, or switch to apiTokenSecretRef');
  }
}

function checkRoute53(report: Reporter, route53: Record<string, any>, path: string): void {
  // `route53: {}` is valid: ambient credentials (IRSA, instance profile) and region.
  if (text(route53.accessKeyID) !== '' && isSet(route53.accessKeyIDSecretRef)) {
    reportField(report, {
      ruleId: 'CM-D20',
      path,
      body: fieldError.required('accessKeyID and accessKeyIDSecretRef cannot both be specified'),
      fix: 'remove accessKeyID and keep accessKeyIDSecretRef (or use ambient credentials and neither)',
    });
  }
  if (isSet(route53.accessKeyIDSecretRef)) {
    checkSecretKeySelector(report, route53.accessKeyIDSecretRef, secretRef('CM-D21', path, 'accessKeyIDSecretRef', 'the AWS access key ID'));
  }
}

function checkAcmeDns(report: Reporter, acmeDns: Record<string, any>, path: string): void {
  checkSecretKeySelector(report, acmeDns.accountSecretRef, secretRef('CM-D23', path, 'accountSecretRef', 'the acme-dns account JSON'));
  if (text(acmeDns.host) === '') required(report, 'CM-D23', `${path}.host`, 'set the URL of the acme-dns server, e.g. https://auth.acme-dns.io');
}

function checkDigitalOcean(report: Reporter, digitalOcean: Record<string, any>, path: string): void {
  checkSecretKeySelector(report, digitalOcean.tokenSecretRef, secretRef('CM-D24', path, 'tokenSecretRef', 'the DigitalOcean API token'));
}

function checkRfc2136(report: Reporter, rfc2136: Record<string, any>, path: string): void {
  const nameserver = text(rfc2136.nameserver);
  if (nameserver === '') {
    required(report, 'CM-D25', `${path}.nameserver`, 'set the authoritative DNS server that accepts dynamic updates, e.g. 10.0.0.53 or [2001:db8::53]:53');
  } else if ('error' in validNameserver(nameserver)) {
    reportField(report, {
      ruleId: 'CM-D26',
      path: `${path}.nameserver`,
      body: fieldError.invalid(nameserver, 'nameserver must be set in the form host:port where host is an IPv4 address, an enclosed IPv6 address or a hostname and port is an optional port number.'),
      fix: 'write host or host:port, with an IPv6 address in brackets, e.g. [2001:db8::1]:53',
    });
  }

  const algorithm = text(rfc2136.tsigAlgorithm);
  if (algorithm !== '' && !(SUPPORTED_TSIG_ALGORITHMS as readonly string[]).includes(algorithm.toUpperCase())) {
    reportField(report, {
      ruleId: 'CM-D27',
      path: `${path}.tsigAlgorithm`,
      body: fieldError.notSupported(algorithm, SUPPORTED_TSIG_ALGORITHMS),
      fix: 'use HMACSHA256 or HMACSHA512',
    });
  }

  const keyName = text(rfc2136.tsigKeyName);
  const site = secretRef('CM-D28', path, 'tsigSecretSecretRef', 'the base64 TSIG key');
  if (keyName !== '') checkSecretKeySelector(report, rfc2136.tsigSecretSecretRef, site);
  if (keyName === '' && secretKeySelectorProblems(rfc2136.tsigSecretSecretRef, site).length === 0) {
    required(report, 'CM-D29', `${path}.tsigKeyName`, 'set tsigKeyName to the name of the TSIG key the DNS server knows, or remove tsigSecretSecretRef');
  }
}

function checkWebhook(report: Reporter, webhook: Record<string, any>, path: string): void {
  if (text(webhook.solverName) === '') {
    required(report, 'CM-D30', `${path}.solverName`, 'set the solver name the webhook registers (see its documentation), next to groupName', 'solver name must be specified');
  }
}

/** TLS-X6, TLS-X7, TLS-X8: credentials the webhook accepts but that weaken the DNS-01 setup. */
export function dns01InsecureChoices(report: Reporter, value: unknown, path: string): void {
  const dns01 = record(value);
  if (isSet(dns01.rfc2136)) {
    const rfc2136 = record(dns01.rfc2136);
    const algorithm = text(rfc2136.tsigAlgorithm).toUpperCase();
    if (algorithm === 'HMACMD5' || algorithm === 'HMACSHA1') {
      report.warning('TLS-X6', `${path}.rfc2136.tsigAlgorithm`,
        `${path}.rfc2136.tsigAlgorithm: ${JSON.stringify(text(rfc2136.tsigAlgorithm))} is a weak TSIG algorithm (MD5 and SHA-1 are broken hashes); use HMACSHA256 or HMACSHA512 and a key generated for it (tsig-keygen -a hmac-sha256)`);
    } else if (algorithm === '' && text(rfc2136.tsigKeyName) !== '') {
      report.warning('TLS-X6', `${path}.rfc2136.tsigAlgorithm`,
        `${path}.rfc2136.tsigAlgorithm: not set, so cert-manager signs the DNS updates with its default HMACMD5, a weak TSIG algorithm; set tsigAlgorithm: HMACSHA256 (or HMACSHA512) and a key generated for it`);
    }
  }
  if (isSet(dns01.cloudflare) && isSet(record(dns01.cloudflare).apiKeySecretRef)) {
    report.warning('TLS-X7', `${path}.cloudflare.apiKeySecretRef`,
      `${path}.cloudflare.apiKeySecretRef: the Cloudflare global API key can do anything the account can; use apiTokenSecretRef with an API token limited to Zone:DNS:Edit (and Zone:Zone:Read) on the zones cert-manager solves`);
  }
  if (isSet(dns01.route53) && text(record(dns01.route53).accessKeyID) !== '') {
    report.warning('TLS-X8', `${path}.route53.accessKeyID`,
      `${path}.route53.accessKeyID: a literal AWS access key ID in the manifest ties the Issuer to a long-lived IAM user; prefer ambient credentials (IRSA, EKS Pod Identity) or auth.kubernetes.serviceAccountRef with role, or at least accessKeyIDSecretRef`);
  }
}
