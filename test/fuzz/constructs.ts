// The table the property and determinism tests run over: one entry per public construct, with
// the arbitrary of its props, how to build it into a chart, and the constructor's documented
// immediate throws. A new construct is one more entry.
import { Chart } from 'cdk8s';
import * as fc from 'fast-check';
import * as arb from './arbitraries';
import {
  AcmeIssuer, AlertOptions, AlertSeverity, CaIssuer, Certificate, CertExpiryAlert, CertManagerDashboard, CertManagerMonitor,
  ClusterPkiAlerts, Dns01Solver, ExpiryThreshold, Http01Solver, IAcmeSolver, IIssuer, LabelMatcher, LetsEncryptIssuer, PrivateCa,
  SelfSignedIssuer, VaultAuth, VaultIssuer, VenafiConnection, VenafiIssuer,
} from '../../src';

export interface ConstructEntry {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<any>;
  /** The constructor's (and its factories') documented immediate throws. */
  readonly throws: readonly RegExp[];
  /** Builds the construct (and whatever it needs, e.g. its issuer) into `chart`. */
  build(chart: Chart, props: any): void;
}

// The documented immediate throws, by where they come from (see `throw new Error` in src/).
const SOLVER_THROWS = [
  /^Http01Solver\.ingress: .* were both given, but only one of ingressClassName, ingressClass \(legacy annotation\) or ingressName may be set/,
  /^Dns01Solver\.azureDns: servicePrincipal and managedIdentity were both given/,
  /^Dns01Solver\.cloudflare: apiToken and apiKey were both given/,
  /^Dns01Solver\.route53: accessKeyId and accessKeyIdSecret were both given/,
];
const ISSUER_THROWS = [/: a ClusterIssuer is cluster-scoped and takes no metadata\.namespace \(got ".*"\); remove it/s];
const VAULT_THROWS = [
  /^VaultAuth\.kubernetes: serviceAccount and secret were both given/,
  /: caBundle and caBundleSecret were both given, but cert-manager takes one/,
];
const VENAFI_THROWS = [/^VenafiConnection\.tpp: caBundle and caBundleSecret were both given/];
const ALERT_THROWS = [
  /is not a Prometheus label name: use letters, digits and "_", not starting with a digit$/s,
  /^(runbookBaseUrl|dashboardUrl) ".*" is not an http\(s\) URL; on-call opens it from the alert$/s,
  /: label ".*" is set by the alert itself; use the "severity" option to change severity$/s,
  /^AlertSeverity\.of: the severity must not be empty$/,
  /^duration .*ms: must be a whole, non-negative number of milliseconds$/,
  // A validation (at synth), not a rule: a PrometheusRule whose alerts are all disabled.
  /every alert is disabled: the PrometheusRule would monitor nothing; enable at least one alert or remove the construct/,
];
const CERT_EXPIRY_THROWS = [
  ...ALERT_THROWS,
  /^ExpiryThreshold\.renewalWindowElapsed\(.*\): the fraction must be greater than 0 and less than 1/s,
  /^ExpiryThreshold\.timeLeft: the duration must be positive$/,
  /^LabelMatcher\.(oneOf|noneOf)\(".*"\): give at least one value/s,
  /^LabelMatcher for ".*": pattern .* is not usable: /s,
  /^namespaces\/certificateNames: an empty list would match nothing; leave it out to match all$/,
  /^certManagerJob must not be empty$/,
];

export function buildSolver(d: arb.SolverDescriptor): IAcmeSolver {
  switch (d.type) {
    case 'http01Ingress': return Http01Solver.ingress(d.options);
    case 'http01Gateway': return Http01Solver.gatewayHttpRoute(d.options);
    case 'acmeDns': return Dns01Solver.acmeDns(d.options);
    case 'akamai': return Dns01Solver.akamai(d.options);
    case 'azureDns': return Dns01Solver.azureDns(d.options);
    case 'cloudDns': return Dns01Solver.cloudDns(d.options);
    case 'cloudflare': return Dns01Solver.cloudflare(d.options);
    case 'digitalOcean': return Dns01Solver.digitalOcean(d.options);
    case 'rfc2136': return Dns01Solver.rfc2136(d.options);
    case 'route53': return Dns01Solver.route53(d.options);
    case 'webhook': return Dns01Solver.webhook(d.options);
  }
}

function buildVaultAuth(d: arb.VaultAuthDescriptor): VaultAuth {
  switch (d.type) {
    case 'token': return VaultAuth.token(d.secret);
    case 'appRole': return VaultAuth.appRole(d.options);
    case 'kubernetes': return VaultAuth.kubernetes(d.options);
    case 'clientCertificate': return VaultAuth.clientCertificate(d.options);
    case 'aws': return VaultAuth.aws(d.options);
  }
}

function buildVenafiConnection(d: arb.VenafiConnectionDescriptor): VenafiConnection {
  switch (d.type) {
    case 'tpp': return VenafiConnection.tpp(d.options);
    case 'cloud': return VenafiConnection.cloud(d.options);
    case 'ngts': return VenafiConnection.ngts(d.options);
  }
}

function buildAlertOptions(o: any): AlertOptions | undefined {
  if (o === undefined) return undefined;
  const s: arb.AlertSeverityDescriptor | undefined = o.severity;
  const severity = s === undefined ? undefined : typeof s === 'string' ? AlertSeverity[s] : AlertSeverity.of(s.of);
  return { ...o, severity };
}

function buildMatcher(d: arb.LabelMatcherDescriptor): LabelMatcher {
  switch (d.op) {
    case 'oneOf': return LabelMatcher.oneOf(d.label, d.values);
    case 'noneOf': return LabelMatcher.noneOf(d.label, d.values);
    default: return LabelMatcher[d.op](d.label, d.value);
  }
}

/** Issuers a Certificate can be signed by, all defined in the chart (no external references). */
const certificateIssuer = fc.constantFrom('selfSigned', 'clusterSelfSigned', 'privateCa', 'acmeHttp', 'acmeDns', 'letsEncryptStaging', 'vault', 'venafi');

function buildIssuer(chart: Chart, kind: string): IIssuer {
  switch (kind) {
    case 'selfSigned': return new SelfSignedIssuer(chart, 'issuer');
    case 'clusterSelfSigned': return new SelfSignedIssuer(chart, 'issuer', { cluster: true });
    case 'privateCa': return new PrivateCa(chart, 'issuer', { nameConstraints: { permitted: { dnsDomains: ['example.com'] } } });
    case 'acmeHttp': return LetsEncryptIssuer.production(chart, 'issuer', { email: 'ops@example.com', solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })] });
    case 'acmeDns': return new AcmeIssuer(chart, 'issuer', {
      server: 'https://ca.internal.example/acme/directory',
      email: 'ops@example.com',
      publiclyTrusted: false,
      enableDurationFeature: true,
      solvers: [Dns01Solver.route53({ region: 'eu-west-1' })],
    });
    case 'letsEncryptStaging': return LetsEncryptIssuer.staging(chart, 'issuer', {
      email: 'ops@example.com', cluster: true, solvers: [Dns01Solver.cloudflare({ apiToken: { name: 'cf', key: 'token' } })],
    });
    case 'vault': return new VaultIssuer(chart, 'issuer', { server: 'https://vault.example.com:8200', path: 'pki/sign/web', auth: VaultAuth.token({ name: 'vault-token' }) });
    default: return new VenafiIssuer(chart, 'issuer', { zone: 'DevOps\\web', connection: VenafiConnection.cloud({ apiTokenSecret: { name: 'venafi', key: 'api-key' } }) });
  }
}

export const CONSTRUCTS: readonly ConstructEntry[] = [
  {
    name: 'Certificate',
    arbitrary: fc.record({
      issuer: certificateIssuer,
      viaIssue: fc.boolean(),
      options: arb.certificateOptions,
      // Through the mutator, so most inputs have a name and reach the success path.
      addDnsNames: fc.array(arb.dnsName, { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const issuer = buildIssuer(chart, p.issuer);
      const cert = p.viaIssue ? issuer.issue('cert', p.options) : new Certificate(chart, 'cert', { ...p.options, issuer });
      cert.addDnsName(...p.addDnsNames);
    },
    throws: [],
  },
  {
    name: 'SelfSignedIssuer',
    arbitrary: fc.record({ issuer: arb.issuerProps, crlDistributionPoints: fc.array(arb.url, { maxLength: 2 }) }, { requiredKeys: ['issuer'] }),
    build: (chart, p) => new SelfSignedIssuer(chart, 'issuer', { ...p.issuer, crlDistributionPoints: p.crlDistributionPoints }),
    throws: ISSUER_THROWS,
  },
  {
    name: 'CaIssuer',
    arbitrary: fc.record({
      issuer: arb.issuerProps,
      secretName: arb.objectName,
      crlDistributionPoints: fc.array(arb.url, { maxLength: 2 }),
      ocspServers: fc.array(arb.url, { maxLength: 2 }),
      issuingCertificateUrls: fc.array(arb.url, { maxLength: 2 }),
    }, { requiredKeys: ['issuer', 'secretName'] }),
    build: (chart, { issuer, ...p }) => new CaIssuer(chart, 'issuer', { ...issuer, ...p }),
    throws: ISSUER_THROWS,
  },
  {
    name: 'AcmeIssuer',
    arbitrary: fc.record({ issuer: arb.issuerProps, account: arb.acmeAccount, acme: arb.acmeIssuerProps }),
    build: (chart, p) => new AcmeIssuer(chart, 'issuer', {
      ...p.issuer, ...p.acme, ...p.account, solvers: p.account.solvers?.map(buildSolver),
    }),
    throws: [...ISSUER_THROWS, ...SOLVER_THROWS],
  },
  {
    name: 'LetsEncryptIssuer',
    arbitrary: fc.record({
      staging: fc.boolean(),
      issuer: arb.issuerProps,
      account: arb.acmeAccount,
      email: arb.email,
      addSolvers: fc.array(arb.solverDescriptor, { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const props = { ...p.issuer, ...p.account, email: p.email, solvers: p.account.solvers?.map(buildSolver) };
      const le = p.staging ? LetsEncryptIssuer.staging(chart, 'issuer', props) : LetsEncryptIssuer.production(chart, 'issuer', props);
      for (const d of p.addSolvers) le.addSolver(buildSolver(d));
    },
    throws: [...ISSUER_THROWS, ...SOLVER_THROWS],
  },
  {
    name: 'VaultIssuer',
    arbitrary: fc.record({ issuer: arb.issuerProps, vault: arb.vaultIssuerProps }),
    build: (chart, p) => new VaultIssuer(chart, 'issuer', { ...p.issuer, ...p.vault, auth: buildVaultAuth(p.vault.auth) }),
    throws: [...ISSUER_THROWS, ...VAULT_THROWS],
  },
  {
    name: 'VenafiIssuer',
    arbitrary: fc.record({ issuer: arb.issuerProps, venafi: arb.venafiIssuerProps }),
    build: (chart, p) => new VenafiIssuer(chart, 'issuer', { ...p.issuer, ...p.venafi, connection: buildVenafiConnection(p.venafi.connection) }),
    throws: [...ISSUER_THROWS, ...VENAFI_THROWS],
  },
  {
    name: 'PrivateCa',
    arbitrary: fc.record({
      props: fc.record({
        cluster: fc.boolean(),
        clusterResourceNamespace: arb.namespaceName,
        namespace: arb.namespaceName,
        issuerName: arb.objectName,
        commonName: fc.oneof(arb.validDnsName, fc.string({ maxLength: 70 })),
        subject: arb.subject,
        caDuration: arb.duration,
        privateKey: arb.privateKey,
        nameConstraints: arb.nameConstraints,
        secretName: arb.objectName,
        crlDistributionPoints: fc.array(arb.url, { maxLength: 2 }),
        ocspServers: fc.array(arb.url, { maxLength: 2 }),
        issuingCertificateUrls: fc.array(arb.url, { maxLength: 2 }),
      }, { requiredKeys: [] }),
      leafDnsNames: fc.option(fc.array(arb.dnsName, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    }),
    build: (chart, p) => {
      const ca = new PrivateCa(chart, 'ca', p.props);
      if (p.leafDnsNames) ca.issue('leaf', { dnsNames: p.leafDnsNames });
    },
    throws: [],
  },
  {
    name: 'CertExpiryAlert',
    arbitrary: arb.certExpiryAlertProps,
    build: (chart, p) => {
      const t = p.expiryThreshold;
      new CertExpiryAlert(chart, 'alerts', {
        ...p,
        expiryThreshold: t === undefined ? undefined : 'fraction' in t ? ExpiryThreshold.renewalWindowElapsed(t.fraction) : ExpiryThreshold.timeLeft(t.timeLeft),
        certificateMatchers: p.certificateMatchers?.map(buildMatcher),
        ...Object.fromEntries(['expirySoon', 'expired', 'notReady', 'renewalOverdue', 'acmeRateLimited', 'issuerNotReady', 'clusterIssuerNotReady', 'certManagerAbsent']
          .map((k) => [k, buildAlertOptions(p[k])])),
      });
    },
    throws: CERT_EXPIRY_THROWS,
  },
  {
    name: 'ClusterPkiAlerts',
    arbitrary: arb.clusterPkiAlertsProps,
    build: (chart, p) => new ClusterPkiAlerts(chart, 'pki', { ...p, expiration: buildAlertOptions(p.expiration), errors: buildAlertOptions(p.errors) }),
    throws: [...ALERT_THROWS, /^criticalThreshold \(.*\) must be positive and shorter than warningThreshold \(.*\)$/],
  },
  {
    name: 'CertManagerMonitor',
    arbitrary: arb.certManagerMonitorProps,
    build: (chart, p) => new CertManagerMonitor(chart, 'monitor', p),
    throws: [
      /^selectorLabels: an empty selector would scrape every Service in the namespace/,
      /^selectorLabels: include "app\.kubernetes\.io\/name"; the monitor takes the job label from it/,
      /^scrapeTimeout \(.*\) must not exceed interval \(.*\); Prometheus rejects the scrape config$/,
      /^duration .*ms: must be a whole, non-negative number of milliseconds$/,
    ],
  },
  {
    name: 'CertManagerDashboard',
    arbitrary: arb.certManagerDashboardProps,
    build: (chart, p) => new CertManagerDashboard(chart, 'dashboard', p),
    throws: [
      /^uid ".*": Grafana uids are 1-40 letters, digits, "-" or "_"$/s,
      /^clusterLabel ".*" is not a Prometheus label name/s,
      /^sidecarLabel must not be empty$/,
    ],
  },
];
