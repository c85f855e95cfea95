// fast-check arbitraries for the props of the library's constructs. Each mixes values the
// cluster accepts with values it rejects (bad DNS names, unicode, out-of-range sizes, wrong
// URLs), so a property sees both the success path and the validation path of every construct.
// Values that need a factory call (solvers, Vault auth, Venafi connections, thresholds,
// matchers) are generated as plain descriptors and turned into objects inside `build`, so a
// factory's immediate throw happens where the property can judge it.
import { Duration } from 'cdk8s';
import * as fc from 'fast-check';
import {
  AdditionalOutputFormat, AzureDnsEnvironment, AzureDnsZoneType, CnameStrategy, KeyAlgorithm, KeyUsage, MonitorKind,
  Pkcs12Profile, PrivateKeyEncoding, RenewalPolicyType, Rfc2136Protocol, RotationPolicy, SignatureAlgorithm,
  SolverServiceType, SolverTaintEffect, SolverTolerationOperator, TsigAlgorithm,
} from '../../src';
import { CA_PEM } from '../rules/issuer-fixtures';

type Model = Record<string, fc.Arbitrary<unknown>>;
type Partial<T extends Model> = { [K in keyof T]?: T[K] extends fc.Arbitrary<infer V> ? V : never };

/**
 * Every key optional, each present with probability `presence`: with 25 props, fast-check's own
 * 50% would set a dozen at once and nearly every input would fail on one bad value, leaving the
 * success path (schema, audit, holes) untested.
 */
export function partial<T extends Model>(model: T, presence: number = 0.3): fc.Arbitrary<Partial<T>> {
  const present = Math.round(presence * 10);
  const maybe = Object.fromEntries(Object.entries(model).map(([k, a]) => [k, fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 10 - present },
    { arbitrary: a, weight: present },
  )]));
  return fc.record(maybe).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Partial<T>);
}

/** Mostly `good`, sometimes `bad`: one bad value per input is what a user writes. */
export function mostly<A, B>(good: fc.Arbitrary<A>, bad: fc.Arbitrary<B>): fc.Arbitrary<A | B> {
  return fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
}

const enumValues = <T extends Record<string, string>>(e: T) => fc.constantFrom(...Object.values(e) as Array<T[keyof T]>);

// ---------------------------------------------------------------------------------------------
// Names

export const dnsLabel = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,8}[a-z0-9])?$/);
/** A valid DNS-1123 subdomain (also a valid object, Secret or namespace name when short). */
export const validDnsName = fc.array(dnsLabel, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
export const wildcardDnsName = validDnsName.map((n) => `*.${n}`);
/** Names cert-manager or the API server rejects, or that only look like names. */
export const invalidDnsName = fc.oneof(
  fc.constantFrom('', '.', 'a..b', 'example.com.', '-a.example.com', 'a-.example.com', 'UPPER.Example.COM', 'under_score.example.com',
    'a b.example.com', '*.*.example.com', 'foo.*.example.com', '*', '*.', 'bücher.example', 'xn--bcher-kva.example', '例え.テスト',
    `${'a'.repeat(64)}.example.com`, `${'a.'.repeat(130)}com`, 'a\nb.example.com', '1.2.3.4', '::1', 'undefined', 'null'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
/** Mostly valid names, some wildcards, some invalid. */
export const dnsName = fc.oneof(
  { arbitrary: validDnsName, weight: 10 },
  { arbitrary: wildcardDnsName, weight: 2 },
  { arbitrary: invalidDnsName, weight: 1 },
);
/** An object or Secret name: usually valid, sometimes not. */
export const objectName = mostly(validDnsName.filter((n) => n.length <= 63), invalidDnsName);
export const namespaceName = mostly(dnsLabel, invalidDnsName);

const anyText = fc.oneof(fc.string({ maxLength: 16 }), fc.string({ unit: 'grapheme', maxLength: 16 }), fc.constantFrom('', ' ', 'x'.repeat(300)));
/** Free text a user would write (non-empty, short), sometimes anything. */
const text = mostly(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,15}$/), anyText);

export const labelKey = mostly(
  fc.stringMatching(/^([a-z0-9]{1,6}\.[a-z]{2,4}\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,10}[a-zA-Z0-9])?$/),
  fc.constantFrom('', '/', 'a/b/c', '-bad', 'ü', 'x'.repeat(70)),
);
export const labelValue = mostly(fc.stringMatching(/^([a-zA-Z0-9]([-a-zA-Z0-9_.]{0,10}[a-zA-Z0-9])?)?$/), anyText);
export const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
export const annotations = fc.dictionary(labelKey, text, { maxKeys: 3 });

/** A Prometheus label name, sometimes not. */
export const promLabelName = mostly(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,10}$/), fc.constantFrom('', '1abc', 'a-b', 'é', 'severity', 'alertname', 'a.b'));
export const promLabels = fc.dictionary(promLabelName, text, { maxKeys: 3 });

export const url = mostly(
  fc.oneof(validDnsName.map((h) => `https://${h}/directory`), fc.constantFrom('https://[::1]:8200', 'https://192.0.2.1:8200/v1', 'http://acme.example.com/dir')),
  fc.oneof(fc.constantFrom('ftp://example.com', 'example.com', '', 'https://', 'https://exa mple.com', 'https://ü.example/'), fc.webUrl()),
);
export const email = mostly(
  fc.tuple(dnsLabel, validDnsName).map(([u, d]) => `${u}@${d}`),
  fc.oneof(fc.constantFrom('', 'no-at-sign', '@example.com', 'a@', 'a b@example.com', 'ü@example.com'), fc.emailAddress()),
);
export const ipAddress = mostly(fc.oneof(fc.ipV4(), fc.ipV6()), fc.constantFrom('', '256.1.1.1', '10.0.0.0/8', 'localhost', '1.2.3'));
export const cidr = mostly(
  fc.oneof(
    fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, n]) => `${ip}/${n}`),
    fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([ip, n]) => `${ip}/${n}`),
  ),
  fc.constantFrom('', '10.0.0.0', 'x/8', '10.0.0.0/33'),
);
export const uri = mostly(
  fc.oneof(fc.tuple(validDnsName, dnsLabel).map(([td, p]) => `spiffe://${td}/ns/${p}`), fc.webUrl()),
  fc.constantFrom('', 'not a uri', 'spiffe://', '/relative'),
);
export const oid = mostly(
  fc.tuple(fc.constantFrom(0, 1, 2), fc.array(fc.nat({ max: 40000 }), { minLength: 1, maxLength: 7 })).map(([first, rest]) => [first, ...rest].join('.')),
  fc.constantFrom('', '1', '1..2', 'a.b.c'),
);
const pem = mostly(fc.constant(CA_PEM), anyText);

// ---------------------------------------------------------------------------------------------
// Durations, keys, usages

/** Whole and sub-second durations, zero included, up to about 10 years. */
export const duration = fc.oneof(
  fc.integer({ min: 0, max: 3650 }).map((n) => Duration.days(n)),
  fc.integer({ min: 0, max: 100_000 }).map((n) => Duration.hours(n)),
  fc.integer({ min: 0, max: 10_000 }).map((n) => Duration.minutes(n)),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => Duration.seconds(n)),
  fc.integer({ min: 0, max: 100_000 }).map((n) => Duration.millis(n)),
);

export const keySize = mostly(
  fc.constantFrom(256, 384, 521, 2048, 3072, 4096, 8192),
  fc.oneof(fc.constantFrom(0, 1, 1024, 2047, 8193, 16384, -256), fc.integer({ min: -10, max: 20_000 })),
);
export const privateKey = partial({
  algorithm: enumValues(KeyAlgorithm),
  size: keySize,
  encoding: enumValues(PrivateKeyEncoding),
  rotationPolicy: enumValues(RotationPolicy),
});
export const keyUsages = fc.array(enumValues(KeyUsage), { maxLength: 5 });

const secretKeyRef = fc.record({ name: objectName, key: fc.option(mostly(labelKey, fc.constant('')), { nil: undefined }) })
  .map(({ name, key }) => (key === undefined ? { name } : { name, key }));
const secretKeyRefWithKey = fc.record({ name: objectName, key: mostly(labelKey, fc.constant('')) });

const nameConstraintItems = partial({
  dnsDomains: fc.array(mostly(validDnsName, invalidDnsName), { maxLength: 3 }),
  ipRanges: fc.array(cidr, { maxLength: 3 }),
  emailAddresses: fc.array(email, { maxLength: 2 }),
  uriDomains: fc.array(validDnsName, { maxLength: 2 }),
});
export const nameConstraints = partial({ critical: fc.boolean(), permitted: nameConstraintItems, excluded: nameConstraintItems });

export const subject = partial({
  organizations: fc.array(text, { maxLength: 2 }),
  organizationalUnits: fc.array(text, { maxLength: 2 }),
  countries: fc.array(mostly(fc.constantFrom('DE', 'US', 'GB'), anyText), { maxLength: 2 }),
  provinces: fc.array(text, { maxLength: 2 }),
  localities: fc.array(text, { maxLength: 2 }),
  streetAddresses: fc.array(text, { maxLength: 2 }),
  postalCodes: fc.array(text, { maxLength: 2 }),
  serialNumber: text,
});

const cron = mostly(
  fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 6 })).map(([m, h, d]) => `${m} ${h} * * ${d}`),
  fc.constantFrom('', '* * * *', '61 * * * *', '@daily', 'not cron'),
);
const timezone = mostly(fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'), fc.constantFrom('Mars/Olympus', '', 'utc'));
export const renewal = partial({
  policy: enumValues(RenewalPolicyType),
  windows: fc.array(fc.record({ cron, windowDuration: duration, timezone: fc.option(timezone, { nil: undefined }) }, { requiredKeys: ['cron', 'windowDuration'] }), { maxLength: 2 }),
});

export const keystores = partial({
  jks: fc.record({ passwordSecret: secretKeyRef, alias: fc.option(text, { nil: undefined }) }, { requiredKeys: ['passwordSecret'] }),
  pkcs12: fc.record({ passwordSecret: secretKeyRef, profile: enumValues(Pkcs12Profile) }, { requiredKeys: ['passwordSecret'] }),
});

export const metadata = partial({ name: objectName, namespace: namespaceName, labels, annotations });

/** Every option of `CertificateOptions`. */
export const certificateOptions = partial({
  metadata,
  secretName: objectName,
  secretTemplate: partial({ labels, annotations }),
  dnsNames: fc.array(dnsName, { maxLength: 4 }),
  ipAddresses: fc.array(ipAddress, { maxLength: 2 }),
  uris: fc.array(uri, { maxLength: 2 }),
  emailAddresses: fc.array(email, { maxLength: 2 }),
  otherNames: fc.array(fc.record({ oid, utf8Value: text }), { maxLength: 2 }),
  commonName: mostly(validDnsName, fc.oneof(anyText, fc.constant('x'.repeat(65)))),
  subject,
  literalSubject: mostly(fc.constantFrom('CN=web,O=Example', 'CN=a+O=b', 'CN=\\,x', '1.2.3=#0101'), fc.oneof(fc.constantFrom('not a DN', ''), anyText)),
  duration,
  renewBefore: duration,
  renewBeforePercentage: mostly(fc.integer({ min: 1, max: 99 }), fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0.5, 33.3))),
  privateKey,
  signatureAlgorithm: enumValues(SignatureAlgorithm),
  usages: keyUsages,
  clientAuth: fc.boolean(),
  encodeUsagesInRequest: fc.boolean(),
  isCa: fc.boolean(),
  nameConstraints,
  additionalOutputFormats: fc.array(enumValues(AdditionalOutputFormat), { maxLength: 3 }),
  keystores,
  revisionHistoryLimit: mostly(fc.integer({ min: 1, max: 100 }), fc.integer({ min: -2, max: 0 })),
  renewal,
});

// ---------------------------------------------------------------------------------------------
// ACME solvers, as descriptors

const selector = partial({
  dnsNames: fc.array(dnsName, { maxLength: 3 }),
  dnsZones: fc.array(mostly(validDnsName, invalidDnsName), { maxLength: 3 }),
  matchLabels: labels,
});
const solverCommon = { selector, waitInsteadOfSelfCheck: duration };
const dnsCommon = { ...solverCommon, cnameStrategy: enumValues(CnameStrategy) };

const podTemplate = partial({
  labels,
  annotations,
  nodeSelector: labels,
  tolerations: fc.array(partial({
    key: labelKey,
    operator: enumValues(SolverTolerationOperator),
    value: labelValue,
    effect: enumValues(SolverTaintEffect),
    tolerationSeconds: mostly(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -10, max: -1 })),
  }), { maxLength: 2 }),
  affinity: fc.constantFrom(
    { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }] }] } } },
    { podAntiAffinity: {} },
  ),
  priorityClassName: objectName,
  serviceAccountName: objectName,
  imagePullSecrets: fc.array(objectName, { maxLength: 2 }),
  securityContext: partial({
    runAsNonRoot: fc.boolean(),
    runAsUser: fc.integer({ min: -1, max: 70_000 }),
    runAsGroup: fc.integer({ min: -1, max: 70_000 }),
    fsGroup: fc.integer({ min: -1, max: 70_000 }),
    fsGroupChangePolicy: fc.constantFrom('OnRootMismatch', 'Always', 'Sometimes'),
    supplementalGroups: fc.array(fc.integer({ min: 0, max: 70_000 }), { maxLength: 2 }),
    seccompProfile: fc.record({ type: fc.constantFrom('RuntimeDefault', 'Localhost', 'Unconfined', 'bogus'), localhostProfile: fc.option(text, { nil: undefined }) },
      { requiredKeys: ['type'] }),
    seLinuxOptions: partial({ user: text, role: text, type: text, level: text }),
    sysctls: fc.array(fc.record({ name: fc.constantFrom('net.ipv4.ip_unprivileged_port_start', 'bad name', ''), value: text }), { maxLength: 2 }),
  }),
  resources: partial({
    requests: fc.dictionary(fc.constantFrom('cpu', 'memory'), fc.constantFrom('10m', '64Mi', '1', 'lots', '')),
    limits: fc.dictionary(fc.constantFrom('cpu', 'memory'), fc.constantFrom('100m', '128Mi', '2', 'lots', '')),
  }),
});

export const solverDescriptor = fc.oneof(
  fc.record({
    type: fc.constant('http01Ingress' as const),
    options: partial({
      ...solverCommon,
      ingressClassName: fc.oneof(fc.constantFrom('nginx', 'traefik'), objectName),
      ingressClass: fc.constantFrom('nginx', 'azure/application-gateway', ''),
      ingressName: objectName,
      serviceType: enumValues(SolverServiceType),
      podTemplate,
      ingressTemplate: partial({ labels, annotations }),
    }),
  }),
  fc.record({
    type: fc.constant('http01Gateway' as const),
    options: fc.record({
      ...solverCommon,
      parentRefs: fc.array(fc.record({
        name: objectName,
        namespace: namespaceName,
        kind: fc.constantFrom('Gateway', 'ListenerSet', ''),
        group: fc.constantFrom('gateway.networking.k8s.io', 'example.com', ''),
        sectionName: mostly(dnsLabel, fc.constant('Bad_Name')),
        port: mostly(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: -1, max: 70_000 })),
      }, { requiredKeys: ['name'] }), { maxLength: 2 }),
      labels,
      serviceType: enumValues(SolverServiceType),
      podTemplate,
    }, { requiredKeys: ['parentRefs'] }),
  }),
  fc.record({ type: fc.constant('acmeDns' as const), options: fc.record({ ...dnsCommon, host: url, accountSecret: secretKeyRef }, { requiredKeys: ['host', 'accountSecret'] }) }),
  fc.record({
    type: fc.constant('akamai' as const),
    options: fc.record({
      ...dnsCommon,
      serviceConsumerDomain: validDnsName,
      clientTokenSecret: secretKeyRef,
      clientSecretSecret: secretKeyRef,
      accessTokenSecret: secretKeyRef,
    }, { requiredKeys: ['serviceConsumerDomain', 'clientTokenSecret', 'clientSecretSecret', 'accessTokenSecret'] }),
  }),
  fc.record({
    type: fc.constant('azureDns' as const),
    options: fc.record({
      ...dnsCommon,
      subscriptionId: mostly(fc.uuid(), anyText),
      resourceGroupName: mostly(dnsLabel, anyText),
      hostedZoneName: validDnsName,
      environment: enumValues(AzureDnsEnvironment),
      zoneType: enumValues(AzureDnsZoneType),
      servicePrincipal: fc.record({ clientId: fc.uuid(), tenantId: fc.uuid(), clientSecret: secretKeyRef }),
      managedIdentity: partial({ clientId: fc.uuid(), resourceId: text, tenantId: fc.uuid() }),
    }, { requiredKeys: ['subscriptionId', 'resourceGroupName'] }),
  }),
  fc.record({
    type: fc.constant('cloudDns' as const),
    options: fc.record({ ...dnsCommon, project: mostly(dnsLabel, anyText), hostedZoneName: dnsLabel, serviceAccountSecret: secretKeyRef }, { requiredKeys: ['project'] }),
  }),
  fc.record({
    type: fc.constant('cloudflare' as const),
    options: partial({ ...dnsCommon, apiToken: secretKeyRef, apiKey: secretKeyRef, email }),
  }),
  fc.record({ type: fc.constant('digitalOcean' as const), options: fc.record({ ...dnsCommon, tokenSecret: secretKeyRef }, { requiredKeys: ['tokenSecret'] }) }),
  fc.record({
    type: fc.constant('rfc2136' as const),
    options: fc.record({
      ...dnsCommon,
      nameserver: fc.oneof(fc.ipV4(), fc.ipV4().map((ip) => `${ip}:53`), fc.ipV6().map((ip) => `[${ip}]:53`), validDnsName, fc.constantFrom('', '1.2.3.4:99999', '[::1', 'a:b:c')),
      tsigKeyName: dnsLabel,
      tsigAlgorithm: enumValues(TsigAlgorithm),
      tsigSecret: secretKeyRef,
      protocol: enumValues(Rfc2136Protocol),
    }, { requiredKeys: ['nameserver'] }),
  }),
  fc.record({
    type: fc.constant('route53' as const),
    options: partial({
      ...dnsCommon,
      region: fc.constantFrom('eu-west-1', 'us-east-1', '', 'Mars'),
      hostedZoneId: fc.stringMatching(/^Z[A-Z0-9]{5,12}$/),
      role: fc.constantFrom('arn:aws:iam::123456789012:role/cert-manager', 'not-an-arn', ''),
      serviceAccount: fc.record({ name: objectName, audiences: fc.array(text, { maxLength: 2 }) }, { requiredKeys: ['name'] }),
      accessKeyIdSecret: secretKeyRef,
      accessKeyId: fc.constantFrom('AKIAIOSFODNN7EXAMPLE', ''),
      secretAccessKeySecret: secretKeyRef,
    }),
  }),
  fc.record({
    type: fc.constant('webhook' as const),
    options: fc.record({
      ...dnsCommon,
      groupName: mostly(validDnsName, invalidDnsName),
      solverName: mostly(dnsLabel, anyText),
      config: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    }, { requiredKeys: ['groupName', 'solverName'] }),
  }),
);
export type SolverDescriptor = typeof solverDescriptor extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Issuers

export const issuerProps = partial({ cluster: fc.boolean(), metadata }, 0.5);

export const acmeAccount = partial({
  privateKeySecretName: objectName,
  privateKeySecretKey: fc.oneof(labelKey, fc.constant('')),
  solvers: fc.array(solverDescriptor, { maxLength: 3 }),
  profile: mostly(fc.constantFrom('classic', 'tlsserver', 'shortlived'), fc.constant('')),
  preferredChain: mostly(fc.constantFrom('ISRG Root X1', 'ISRG Root X2'), fc.oneof(anyText, fc.constant('x'.repeat(65)))),
  disableAccountKeyGeneration: fc.boolean(),
});

export const acmeIssuerProps = fc.record({
  server: url,
  email,
  externalAccountBinding: fc.record({ keyId: text, keySecret: secretKeyRefWithKey }),
  caBundle: pem,
  enableDurationFeature: fc.boolean(),
  publiclyTrusted: fc.boolean(),
}, { requiredKeys: ['server'] });

export const vaultAuthDescriptor = fc.oneof(
  fc.record({ type: fc.constant('token' as const), secret: secretKeyRef }),
  fc.record({ type: fc.constant('appRole' as const), options: fc.record({ path: fc.constantFrom('approle', '/approle', ''), roleId: text, secret: secretKeyRef }) }),
  fc.record({
    type: fc.constant('kubernetes' as const),
    options: fc.record({
      role: mostly(dnsLabel, anyText),
      mountPath: fc.constantFrom('/v1/auth/kubernetes', 'auth/k8s', ''),
      serviceAccount: fc.record({ name: objectName, audiences: fc.array(text, { maxLength: 2 }) }, { requiredKeys: ['name'] }),
      secret: secretKeyRef,
    }, { requiredKeys: ['role'] }),
  }),
  fc.record({ type: fc.constant('clientCertificate' as const), options: partial({ mountPath: fc.constantFrom('/v1/auth/cert', ''), name: text, secretName: objectName }) }),
  fc.record({
    type: fc.constant('aws' as const),
    options: fc.record({
      role: mostly(dnsLabel, anyText),
      mountPath: fc.constantFrom('/v1/auth/aws', ''),
      region: fc.constantFrom('eu-west-1', ''),
      serviceAccount: fc.record({ name: objectName }),
      iamRoleArn: fc.constantFrom('arn:aws:iam::123456789012:role/vault', 'nope'),
      vaultHeaderValue: text,
    }, { requiredKeys: ['role'] }),
  }),
);
export type VaultAuthDescriptor = typeof vaultAuthDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const vaultIssuerProps = fc.record({
  server: url,
  path: mostly(fc.constantFrom('pki_int/sign/example-dot-com', 'pki/issue/x'), fc.oneof(fc.constant(''), anyText)),
  auth: vaultAuthDescriptor,
  namespace: mostly(dnsLabel, anyText),
  serverName: mostly(validDnsName, invalidDnsName),
  caBundle: pem,
  caBundleSecret: secretKeyRef,
  clientTls: fc.record({ certSecret: secretKeyRef, keySecret: secretKeyRef }),
}, { requiredKeys: ['server', 'path', 'auth'] });

export const venafiConnectionDescriptor = fc.oneof(
  fc.record({
    type: fc.constant('tpp' as const),
    options: fc.record({ url, credentialsSecretName: objectName, caBundle: pem, caBundleSecret: secretKeyRef }, { requiredKeys: ['url', 'credentialsSecretName'] }),
  }),
  fc.record({ type: fc.constant('cloud' as const), options: fc.record({ url, apiTokenSecret: secretKeyRef }, { requiredKeys: ['apiTokenSecret'] }) }),
  fc.record({
    type: fc.constant('ngts' as const),
    options: fc.record({ tsgId: mostly(fc.stringMatching(/^[0-9]{10}$/), anyText), credentialsSecretName: objectName, url, tokenEndpoint: url },
      { requiredKeys: ['tsgId', 'credentialsSecretName'] }),
  }),
);
export type VenafiConnectionDescriptor = typeof venafiConnectionDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const venafiIssuerProps = fc.record({
  zone: mostly(fc.constantFrom('DevOps\\cert-manager', 'Application\\Template'), fc.oneof(fc.constant(''), anyText)),
  connection: venafiConnectionDescriptor,
  publiclyTrusted: fc.boolean(),
}, { requiredKeys: ['zone', 'connection'] });

// ---------------------------------------------------------------------------------------------
// Alerts and monitoring

const alertSeverityDescriptor = fc.oneof(fc.constantFrom('CRITICAL', 'WARNING', 'INFO'), fc.record({ of: mostly(fc.constantFrom('page', 'ticket'), anyText) }));
export type AlertSeverityDescriptor = typeof alertSeverityDescriptor extends fc.Arbitrary<infer T> ? T : never;
export const alertOptions = partial({ enabled: fc.boolean(), pendingFor: duration, severity: alertSeverityDescriptor, labels: promLabels });

export const alertRuleProps = {
  metadata,
  clusterLabel: promLabelName,
  runbookBaseUrl: url,
  dashboardUrl: url,
  labels: promLabels,
};

export const expiryThresholdDescriptor = fc.oneof(
  fc.record({
    fraction: mostly(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.oneof(fc.double({ min: -1, max: 2 }), fc.constantFrom(0, 1, Number.NaN))),
  }),
  fc.record({ timeLeft: duration }),
);
export const labelMatcherDescriptor = fc.record({
  op: fc.constantFrom('equal', 'notEqual', 'regex', 'notRegex', 'oneOf', 'noneOf'),
  label: promLabelName,
  value: fc.oneof(text, fc.constantFrom('a|b', '.*', 'web-.*'), fc.constantFrom('(?=x)', '[', '\\1')),
  values: fc.array(text, { minLength: 1, maxLength: 3 }),
});
export type LabelMatcherDescriptor = typeof labelMatcherDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const certExpiryAlertProps = partial({
  ...alertRuleProps,
  expiryThreshold: expiryThresholdDescriptor,
  renewalGracePeriod: duration,
  certManagerJob: mostly(fc.constantFrom('cert-manager', 'cm'), anyText),
  namespaces: fc.array(mostly(namespaceName, anyText), { minLength: 1, maxLength: 3 }),
  certificateNames: fc.array(mostly(objectName, anyText), { minLength: 1, maxLength: 3 }),
  certificateMatchers: fc.array(labelMatcherDescriptor, { maxLength: 2 }),
  clusterWideAlerts: fc.boolean(),
  expirySoon: alertOptions,
  expired: alertOptions,
  notReady: alertOptions,
  renewalOverdue: alertOptions,
  acmeRateLimited: alertOptions,
  issuerNotReady: alertOptions,
  clusterIssuerNotReady: alertOptions,
  certManagerAbsent: alertOptions,
});

export const clusterPkiAlertsProps = partial({
  ...alertRuleProps,
  apiServer: fc.boolean(),
  apiServerJob: text,
  kubelet: fc.boolean(),
  kubeletJob: text,
  x509Exporter: fc.boolean(),
  warningThreshold: duration,
  criticalThreshold: duration,
  expiration: alertOptions,
  errors: alertOptions,
});

export const certManagerMonitorProps = partial({
  kind: enumValues(MonitorKind),
  name: objectName,
  certManagerNamespace: namespaceName,
  monitorNamespace: namespaceName,
  releaseName: mostly(labelValue, anyText),
  selectorLabels: mostly(labels.map((l) => ({ ...l, 'app.kubernetes.io/name': 'cert-manager' })), labels),
  labels,
  interval: duration,
  scrapeTimeout: duration,
});

export const certManagerDashboardProps = partial({
  metadata,
  sidecarLabel: mostly(labelKey, anyText),
  sidecarLabelValue: labelValue,
  title: text,
  uid: mostly(fc.stringMatching(/^[a-zA-Z0-9_-]{1,40}$/), anyText),
  clusterLabel: promLabelName,
});

// ---------------------------------------------------------------------------------------------
// Edge: TLS sources, Ingress controllers, hosts (TlsIngress, TlsGateway)

/** Absent most of the time, present in about one input in ten: for props that are a mistake in most combinations. */
export function rarely<A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: a, weight: 1 });
}

const renewBeforePercentage = mostly(fc.integer({ min: 1, max: 99 }), fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0.5, 33.3)));
const revisionHistoryLimit = mostly(fc.integer({ min: 1, max: 100 }), fc.integer({ min: -2, max: 0 }));

/** `CertificateOptions` of `TlsSource.certificate`: dnsNames (a documented throw there) in one input in ten. */
export const tlsCertificateOptions = fc.tuple(certificateOptions, fc.nat({ max: 9 }))
  .map(([o, n]) => {
    if (n === 0) return o;
    const { dnsNames: _dropped, ...rest } = o;
    return rest;
  });

export const shimOptions = partial({
  secretName: objectName,
  duration,
  renewBeforePercentage,
  renewBefore: duration,
  privateKey,
  usages: keyUsages,
  revisionHistoryLimit,
  secretTemplate: partial({ labels, annotations }),
  http01EditInPlace: fc.boolean(),
}, 0.2);

/** A `TlsSource`, as a descriptor (the factories throw, so they run inside `build`). */
export const tlsSourceDescriptor = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('certificate' as const), options: tlsCertificateOptions }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('shim' as const), options: shimOptions }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('existingSecret' as const),
      secretName: objectName,
      // Mostly the construct's own namespace (the chart's, "apps"), written out or not.
      namespace: fc.option(mostly(fc.constant('apps'), namespaceName), { nil: undefined, freq: 2 }),
    }),
  },
);
export type TlsSourceDescriptor = typeof tlsSourceDescriptor extends fc.Arbitrary<infer T> ? T : never;

const ingressClassName = mostly(fc.constantFrom('nginx', 'traefik', 'haproxy', 'internal'), fc.oneof(fc.constant(''), invalidDnsName));
export const ingressControllerDescriptor = fc.oneof(
  fc.record({ type: fc.constant('nginx' as const), options: partial({ className: ingressClassName }) }),
  fc.record({
    type: fc.constant('traefik' as const),
    options: partial({
      className: ingressClassName,
      httpsEntrypoint: mostly(fc.constantFrom('websecure', 'https'), fc.constantFrom('', 'a,b', ' ', 'ü')),
      middlewares: fc.array(mostly(fc.constantFrom('apps-hsts@kubernetescrd', 'kube-system-ratelimit@kubernetescrd'), anyText), { maxLength: 2 }),
    }),
  }),
  fc.record({ type: fc.constant('haproxy' as const), options: partial({ className: ingressClassName }) }),
  fc.record({ type: fc.constant('other' as const), className: ingressClassName }),
);
export type IngressControllerDescriptor = typeof ingressControllerDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const hsts = partial({ maxAge: duration, includeSubdomains: fc.boolean(), preload: fc.boolean() }, 0.5);

/**
 * Hosts: generated names, plus a fixed pool so that hosts repeat (more paths of one host) and
 * collide in the ways a name mangling can (`app.example.com` and `app-example.com`).
 */
export const hostName = fc.oneof(
  { weight: 5, arbitrary: validDnsName },
  { weight: 4, arbitrary: fc.constantFrom('app.example.com', 'app-example.com', 'api.example.com', 'api.example-com', '*.example.com', 'wildcard.example.com') },
  { weight: 1, arbitrary: wildcardDnsName },
  { weight: 1, arbitrary: invalidDnsName },
);
export const urlPath = mostly(fc.constantFrom('/', '/api', '/v1/users', '/static/'), fc.constantFrom('', 'no-slash', '/a b', '/ü', '/*', '/a\nb'));

// ---------------------------------------------------------------------------------------------
// Mesh

export const portNumber = mostly(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, -1, 65536, 80.5, Number.NaN));

export const meshScopeDescriptor = fc.oneof(
  fc.record({ type: fc.constant('mesh' as const), rootNamespace: fc.option(namespaceName, { nil: undefined }) }),
  // A Namespace object of the app (the test's own, so never nameless).
  fc.record({ type: fc.constant('namespace' as const), name: namespaceName.filter((n) => n !== '') }),
  fc.record({ type: fc.constant('kubeNamespace' as const), name: namespaceName.filter((n) => n !== '') }),
  fc.record({ type: fc.constant('namespaceName' as const), name: namespaceName }),
  fc.record({ type: fc.constant('workload' as const), namespace: fc.option(namespaceName, { nil: undefined }) }),
  fc.record({ type: fc.constant('selector' as const), namespace: namespaceName, matchLabels: labels }),
);
export type MeshScopeDescriptor = typeof meshScopeDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const istioModeDescriptor = fc.oneof(
  fc.constant({ mode: 'STRICT' as const }),
  fc.constant({ mode: 'PERMISSIVE' as const }),
  fc.record({ mode: fc.constant('DISABLE' as const), reason: mostly(fc.constantFrom('legacy client', 'probe from the cloud LB'), fc.oneof(fc.constantFrom('', ' \n'), anyText)) }),
);
export type IstioModeDescriptor = typeof istioModeDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const meshAllowOptions = partial({
  paths: fc.array(mostly(fc.constantFrom('/api/*', '/metrics', '*/health'), anyText), { maxLength: 2 }),
  methods: fc.array(mostly(fc.constantFrom('GET', 'POST'), fc.constantFrom('', 'get', 'BREW')), { maxLength: 2 }),
  ports: fc.array(portNumber, { maxLength: 2 }),
}, 0.2);

/** A ServiceAccount of the app (the test's own object, so never nameless) or a reference (`fromServiceAccountName`). */
export const serviceAccountDescriptor = fc.oneof(
  fc.record({ name: objectName.filter((n) => n !== ''), namespace: fc.option(namespaceName, { nil: undefined }), inApp: fc.constant(true) }),
  fc.record({ name: objectName, namespace: fc.option(namespaceName, { nil: undefined }), inApp: fc.constant(false) }),
);
export type ServiceAccountDescriptor = typeof serviceAccountDescriptor extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Trust

export const trustTarget = partial({
  key: mostly(fc.constantFrom('ca-bundle.crt', 'ca.crt', 'root-certs.pem'), fc.constantFrom('', 'a/b', 'tls.key', 'x'.repeat(300), 'ü')),
  labels,
  annotations,
}, 0.3);

const trustObjectSource = partial({
  name: objectName,
  selector: labels,
  key: mostly(fc.constantFrom('ca.crt', 'tls.crt', 'ca-bundle.crt', '*.crt'), fc.constantFrom('tls.key', '', 'a/b', '**')),
  includeAllKeys: fc.boolean(),
}, 0.5);

export const trustSourceDescriptor = fc.oneof(
  fc.record({ type: fc.constant('configMap' as const), options: trustObjectSource }),
  fc.record({ type: fc.constant('secret' as const), options: trustObjectSource }),
  fc.record({ type: fc.constant('inline' as const), pem: mostly(fc.constant(CA_PEM), anyText) }),
  fc.record({ type: fc.constant('defaultCas' as const) }),
  // A Certificate of the app: in the trust namespace, or (rarely) elsewhere.
  fc.record({ type: fc.constant('certificate' as const), namespace: rarely(namespaceName), secretName: fc.option(objectName, { nil: undefined }) }),
);
export type TrustSourceDescriptor = typeof trustSourceDescriptor extends fc.Arbitrary<infer T> ? T : never;

export const trustBundleOptions = partial({
  metadata: fc.record({ name: objectName, namespace: rarely(namespaceName), labels, annotations }, { requiredKeys: [] }),
  configMap: trustTarget,
  secret: trustTarget,
  jks: fc.record({ key: mostly(fc.constantFrom('bundle.jks', 'truststore.jks'), fc.constantFrom('', 'ca-bundle.crt')), password: fc.option(text, { nil: undefined }) }),
  pkcs12: fc.record({
    key: mostly(fc.constantFrom('bundle.p12', 'truststore.p12'), fc.constantFrom('', 'ca-bundle.crt')),
    password: fc.option(text, { nil: undefined }),
    profile: fc.option(fc.constantFrom('Modern2023', 'LegacyDES', 'LegacyRC2'), { nil: undefined }),
  }, { requiredKeys: ['key'] }),
  namespaceSelector: partial({
    matchLabels: labels,
    matchExpressions: fc.array(fc.record({
      key: labelKey,
      operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
      values: fc.option(fc.array(labelValue, { maxLength: 2 }), { nil: undefined }),
    }, { requiredKeys: ['key', 'operator'] }), { maxLength: 2 }),
  }, 0.5),
  trustNamespace: namespaceName,
}, 0.25);
