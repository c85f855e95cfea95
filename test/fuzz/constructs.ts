// The table the property and determinism tests run over: one entry per public construct, with
// the arbitrary of its props, how to build it into a chart, and the constructor's documented
// immediate throws. A new construct is one more entry.
import { Chart } from 'cdk8s';
import { ClusterRole, Deployment, HttpIngressPathType, IngressBackend, IServiceAccount, Namespace, Service, ServiceAccount } from 'cdk8s-plus-27';
import {
  KubeApiService, KubeConfigMap, KubeMutatingWebhookConfiguration, KubeNamespace, KubeValidatingWebhookConfiguration,
} from 'cdk8s-plus-27/lib/imports/k8s';
import { IConstruct } from 'constructs';
import * as fc from 'fast-check';
import * as arb from './arbitraries';
import {
  AcmeIssuer, AlertOptions, AlertSeverity, CaIssuer, Certificate, CertExpiryAlert, CertManagerDashboard, CertManagerMonitor, CertificatePlatform,
  ClientCertificate, ClusterPkiAlerts, Dns01Solver, ExpiryThreshold, ExternalReference, Http01Solver, AcmeSolver, IIssuer,
  IngressController, IstioMtlsMode, IstioPluggedCa, LabelMatcher, LetsEncryptIssuer, LinkerdIdentity, LinkerdInboundPolicy, LinkerdProxyProtocol,
  MeshMtlsPolicy, MeshScope, Pem, PlatformEnvironment, PrivateCa, SelfSignedIssuer, ServiceMesh, TlsGateway, TlsIngress, TlsSource, TrustBundle,
  TrustBundleKind, TrustSource, UserCertificate, VaultAuth, VaultIssuer, VenafiConnection, VenafiIssuer, WebhookServingCertificate,
} from '../../src';
import { CA_PEM } from '../rules/issuer-fixtures';
import * as pki from '../secrets/pki';

export interface ConstructEntry {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<any>;
  /** The constructor's (and its factories') documented immediate throws. */
  readonly throws: readonly RegExp[];
  /** Builds the construct (and whatever it needs, e.g. its issuer) into `chart`. */
  build(chart: Chart, props: any): void;
}

/**
 * Objects a build declared as existing outside the app (`TlsSource.existingSecret`): the app's
 * own validation knows them, so the audit of the output is told too (`judgeBuild`).
 */
const externals = new WeakMap<Chart, ExternalReference[]>();
function declareAuditExternal(chart: Chart, reference: ExternalReference): void {
  externals.set(chart, [...externals.get(chart) ?? [], reference]);
}
export function auditExternalsOf(chart: Chart): ExternalReference[] {
  return externals.get(chart) ?? [];
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

export function buildSolver(d: arb.SolverDescriptor): AcmeSolver {
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

// ---------------------------------------------------------------------------------------------
// Edge, mesh, trust, secrets and the platform: the constructs that take other objects (issuers,
// Services, service accounts, TLS sources) are built from descriptors inside `build`.

const TLS_SOURCE_THROWS = [
  /^TlsSource\.certificate: dnsNames come from the hosts that use the source; add hosts with addHost instead$/,
  /^TlsSource\.existingSecret: the secret name is empty$/,
];
/** cdk8s-plus's own checks of an Ingress (its rules, added by `TlsIngress.addHost`; at synth, an Ingress without any). */
const PLUS_INGRESS_THROWS = [/^ingress paths must begin with a "\/": /s, /^there is already an ingress rule for /s, /\] ingress with no rules or default backend$/m];
const TLS_INGRESS_THROWS = [
  ...TLS_SOURCE_THROWS,
  ...PLUS_INGRESS_THROWS,
  /^IngressController: the ingress class name is empty$/,
  /^IngressController\.nginx: ingress-nginx sets HSTS in its ConfigMap/,
  /^IngressController\.traefik: Traefik sends HSTS through a headers Middleware/,
  /: addHost: the host is empty; use a DNS name$/,
  /: host ".*" was added with another TLS source \(or plain setting\) before; a host has one certificate$/s,
  /: host ".*" has no TLS source; give the TlsIngress a tls source, the host its own tls, or mark it plain: true$/s,
  /: a TlsSource\.shim applies to the whole Ingress \(its annotations\); pass it as the TlsIngress's tls, not per host$/,
  /: host ".*": cert-manager's ingress-shim issues a certificate for every TLS entry of an annotated Ingress/s,
  /: an Ingress only reads TLS Secrets of its own namespace \(".*"\), not ".*" \(Secret .*\); issue the certificate/s,
  /: metadata\.name is empty; leave it out for a generated name$/,
];
const TLS_GATEWAY_THROWS = [
  ...TLS_SOURCE_THROWS,
  /: gatewayClassName is empty; name the GatewayClass of your Gateway controller$/,
  /: addHost: the hostname is empty; an HTTPS listener needs one$/,
  /: the backend Service .* is in namespace ".*", not the Gateway's \(".*"\); create it in the Gateway's namespace/s,
  /: host ".*" was added with another TLS source before; a host has one certificate$/s,
  /: host ".*" has no TLS source; give the TlsGateway a tls source or the host its own tls$/s,
  /: a TlsSource\.shim applies to the whole Gateway \(its annotations\); pass it as the construct's tls, not per host$/,
  /: the Gateway has no namespace, so a ReferenceGrant for Secret .* cannot name it/s,
];
const TRUST_BUNDLE_THROWS = [
  /: a (Bundle|ClusterBundle) is cluster-scoped and takes no metadata\.namespace \(got ".*"\); remove it$/s,
  /: a ClusterBundle writes PEM and PKCS#12 only, not JKS; /,
  /: Certificate .* lives in namespace ".*", but trust-manager reads sources only from its trust namespace ".*"/s,
];
const MESH_THROWS = [
  /^IstioMtlsMode\.insecureDisable: give the reason plaintext is needed/,
  /: linkerdInboundPolicy applies to Linkerd, not Istio; use istioMode$/,
  /: istioMode applies to Istio, not Linkerd; use linkerdInboundPolicy$/,
  /: addServer is for Linkerd; Istio needs no Server objects$/,
  /: (addPortException|addDestination|addDestinationHost) is for Istio; Linkerd authorizes ports with addServer and allowFrom$/,
  /: Linkerd has no mesh-wide policy object; set the control plane's Helm value proxy\.defaultInboundPolicy=/,
  /: Server port .* is not a port number \(1-65535\)$/s,
  /: allow rule port .* is not a port number \(1-65535\)$/s,
  /: Linkerd authorizes paths and methods through an HTTPRoute on the Server, which MeshMtlsPolicy does not create/,
];
const MONITOR_THROWS = [
  /^selectorLabels: an empty selector would scrape every Service in the namespace/,
  /^selectorLabels: include "app\.kubernetes\.io\/name"; the monitor takes the job label from it/,
  /^scrapeTimeout \(.*\) must not exceed interval \(.*\); Prometheus rejects the scrape config$/,
  /^duration .*ms: must be a whole, non-negative number of milliseconds$/,
];

function buildTlsSource(chart: Chart, issuer: IIssuer, d: arb.TlsSourceDescriptor, namespace: string | undefined): TlsSource {
  switch (d.type) {
    case 'certificate': return TlsSource.certificate(issuer, d.options);
    case 'shim': return TlsSource.shim(issuer, d.options);
    default: {
      const source = TlsSource.existingSecret(d.secretName, { namespace: d.namespace });
      declareAuditExternal(chart, { group: '', kind: 'Secret', name: d.secretName, namespace: d.namespace ?? namespace });
      return source;
    }
  }
}

function buildController(d: arb.IngressControllerDescriptor): IngressController {
  switch (d.type) {
    case 'nginx': return IngressController.nginx(d.options);
    case 'traefik': return IngressController.traefik(d.options);
    case 'haproxy': return IngressController.haproxy(d.options);
    default: return IngressController.other(d.className);
  }
}

/** The sources of a construct, once each: hosts share a source by index, as a user shares a `TlsSource` object. */
const tlsSources = fc.array(arb.tlsSourceDescriptor, { maxLength: 2 });
const sourceIndex = fc.option(fc.nat({ max: 1 }), { nil: undefined, freq: 2 });

function buildSources(chart: Chart, issuer: IIssuer, descriptors: readonly arb.TlsSourceDescriptor[], namespace: string | undefined): TlsSource[] {
  return descriptors.map((d) => buildTlsSource(chart, issuer, d, namespace));
}

/**
 * Objects the test itself builds as the user's input (a Service, a Namespace, a workload): the
 * library validates only what it creates, so the property judges only that (see judgeBuild).
 */
export const USER_INPUT = new WeakSet<IConstruct>();
function userInput<T extends IConstruct>(construct: T): T {
  USER_INPUT.add(construct);
  return construct;
}

const backendService = (chart: Chart, id: string, namespace?: string): Service =>
  userInput(new Service(chart, id, {
    metadata: { name: id, ...(namespace !== undefined ? { namespace } : {}) },
    ports: [{ port: 80, targetPort: 8080 }],
  }));

const ISTIO_MODES: Record<string, (d: arb.IstioModeDescriptor) => IstioMtlsMode> = {
  STRICT: () => IstioMtlsMode.STRICT,
  PERMISSIVE: () => IstioMtlsMode.permissiveForMigration(),
  DISABLE: (d) => IstioMtlsMode.insecureDisable((d as { reason: string }).reason),
};
const istioMode = (d: arb.IstioModeDescriptor): IstioMtlsMode => ISTIO_MODES[d.mode](d);

function buildMeshScope(chart: Chart, d: arb.MeshScopeDescriptor): MeshScope {
  switch (d.type) {
    case 'mesh': return MeshScope.mesh({ rootNamespace: d.rootNamespace });
    case 'namespace': return MeshScope.namespace(userInput(new Namespace(chart, 'scope-ns', { metadata: { name: d.name } })));
    case 'kubeNamespace':
      return MeshScope.kubeNamespace(userInput(new KubeNamespace(chart, 'scope-kube-ns', { metadata: { name: d.name } })));
    case 'namespaceName': return MeshScope.namespaceName(d.name);
    case 'workload': return MeshScope.workload(userInput(new Deployment(chart, 'scope-workload', {
      metadata: d.namespace !== undefined ? { namespace: d.namespace } : {},
      containers: [{ image: 'example/app:1', portNumber: 8080 }],
    })));
    default: return MeshScope.selector(d.namespace, d.matchLabels);
  }
}

function buildServiceAccount(chart: Chart, id: string, d: arb.ServiceAccountDescriptor): IServiceAccount {
  return d.inApp
    ? userInput(new ServiceAccount(chart, id, { metadata: { name: d.name, ...(d.namespace !== undefined ? { namespace: d.namespace } : {}) } }))
    : ServiceAccount.fromServiceAccountName(chart, id, d.name, { namespaceName: d.namespace });
}

function buildTrustSource(chart: Chart, d: arb.TrustSourceDescriptor, trustNamespace: string, id: string): TrustSource {
  switch (d.type) {
    case 'configMap': return TrustSource.configMap(d.options);
    case 'secret': return TrustSource.secret(d.options);
    case 'inline': return TrustSource.inline(d.pem);
    case 'defaultCas': return TrustSource.defaultCas();
    default: {
      const issuer = chart.node.tryFindChild('trust-root') as SelfSignedIssuer | undefined ?? new SelfSignedIssuer(chart, 'trust-root', { cluster: true });
      return TrustSource.certificate(new Certificate(chart, id, {
        issuer,
        metadata: { namespace: d.namespace ?? trustNamespace },
        secretName: d.secretName,
        isCa: true,
        commonName: 'fuzz root',
      }));
    }
  }
}

/** Certificate signing requests made once per test file with `openssl` (test/secrets/pki.ts), by what they exercise. */
const CSR_KINDS = ['jane-dev', 'bob', 'admin-masters', 'weak-rsa1024', 'bad-signature', 'truncated', 'garbage', 'certificate', 'not-pem'] as const;
type CsrKind = typeof CSR_KINDS[number];
const csrCache = new Map<CsrKind, string>();
function csrText(kind: CsrKind): string {
  const cached = csrCache.get(kind);
  if (cached !== undefined) return cached;
  const make = (): string => {
    switch (kind) {
      case 'jane-dev': return pki.newCsr('/CN=jane/O=dev');
      case 'bob': return pki.newCsr('/CN=bob');
      case 'admin-masters': return pki.newCsr('/CN=admin/O=system:masters');
      case 'weak-rsa1024': return pki.newCsr('/CN=jane/O=dev', pki.newKey('rsa1024'));
      case 'bad-signature': {
        // One base64 character of the signature (the end of the request) changed.
        const lines = csrText('jane-dev').split('\n');
        const i = lines.length - 3;
        lines[i] = `${lines[i].slice(0, 5)}${lines[i][5] === 'A' ? 'B' : 'A'}${lines[i].slice(6)}`;
        return lines.join('\n');
      }
      case 'truncated': {
        const lines = csrText('bob').split('\n');
        return [...lines.slice(0, 3), '-----END CERTIFICATE REQUEST-----', ''].join('\n');
      }
      case 'garbage': return '-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n';
      case 'certificate': return CA_PEM;
      default: return 'jane.csr';
    }
  };
  const text = make();
  csrCache.set(kind, text);
  return text;
}

const platformTenant = fc.record({
  namespace: arb.namespaceName,
  namespaceLabels: fc.option(arb.labels, { nil: undefined }),
  meshPolicy: arb.rarely(fc.boolean()),
  expiryAlerts: arb.rarely(fc.boolean()),
  ingressHosts: fc.array(arb.hostName, { maxLength: 2 }),
  certificate: fc.option(
    arb.partial({ dnsNames: fc.array(arb.dnsName, { minLength: 1, maxLength: 2 }), duration: arb.duration, privateKey: arb.privateKey }, 0.5),
    { nil: undefined },
  ),
});

const EDGE_AND_PLATFORM: readonly ConstructEntry[] = [
  {
    name: 'TlsIngress',
    arbitrary: fc.record({
      issuer: certificateIssuer,
      metadata: arb.rarely(arb.metadata),
      controller: fc.option(arb.ingressControllerDescriptor, { nil: undefined }),
      sources: tlsSources,
      tls: sourceIndex,
      httpsRedirect: arb.rarely(fc.boolean()),
      hsts: arb.rarely(arb.hsts),
      hosts: fc.array(fc.record({
        host: arb.hostName,
        path: fc.option(arb.urlPath, { nil: undefined }),
        pathType: fc.option(fc.constantFrom(...Object.values(HttpIngressPathType)), { nil: undefined }),
        tls: arb.rarely(fc.nat({ max: 1 })),
        plain: arb.rarely(fc.boolean()),
      }, { requiredKeys: ['host'] }), { maxLength: 4 }),
    }),
    build: (chart, p) => {
      const issuer = buildIssuer(chart, p.issuer);
      const sources = buildSources(chart, issuer, p.sources, p.metadata?.namespace ?? chart.namespace);
      const ingress = new TlsIngress(chart, 'ingress', {
        metadata: p.metadata,
        controller: p.controller && buildController(p.controller),
        tls: p.tls === undefined ? undefined : sources[p.tls],
        httpsRedirect: p.httpsRedirect,
        hsts: p.hsts,
      });
      const backend = IngressBackend.fromService(backendService(chart, 'app', ingress.namespace));
      for (const h of p.hosts) {
        const tls = h.tls === undefined ? undefined : sources[h.tls];
        ingress.addHost(h.host, { backend, path: h.path, pathType: h.pathType, tls, plain: h.plain });
      }
    },
    throws: TLS_INGRESS_THROWS,
  },
  {
    name: 'TlsGateway',
    arbitrary: fc.record({
      issuer: certificateIssuer,
      gatewayClassName: arb.mostly(fc.constantFrom('eg', 'istio', 'cilium'), fc.oneof(fc.constant(''), arb.invalidDnsName)),
      metadata: arb.rarely(arb.metadata),
      sources: tlsSources,
      tls: sourceIndex,
      hsts: arb.rarely(arb.hsts),
      hosts: fc.array(fc.record({
        host: arb.hostName,
        path: fc.option(arb.urlPath, { nil: undefined }),
        port: arb.rarely(arb.portNumber),
        tls: arb.rarely(fc.nat({ max: 1 })),
        // A Service in another namespace than the Gateway's.
        otherNamespace: arb.rarely(fc.constant(true)),
      }, { requiredKeys: ['host'] }), { maxLength: 4 }),
      http01Solver: fc.boolean(),
    }),
    build: (chart, p) => {
      const issuer = buildIssuer(chart, p.issuer);
      const namespace = p.metadata?.namespace ?? chart.namespace;
      const sources = buildSources(chart, issuer, p.sources, namespace);
      const gateway = new TlsGateway(chart, 'gateway', {
        gatewayClassName: p.gatewayClassName,
        metadata: p.metadata,
        tls: p.tls === undefined ? undefined : sources[p.tls],
        hsts: p.hsts,
      });
      // The documented way to let an ACME issuer answer HTTP-01 through the Gateway.
      if (p.http01Solver && issuer instanceof LetsEncryptIssuer) {
        issuer.addSolver(Http01Solver.gatewayHttpRoute({ parentRefs: [gateway.solverParentRef] }));
      }
      const backend = backendService(chart, 'app', gateway.namespace);
      p.hosts.forEach((h: any, i: number) => {
        gateway.addHost(h.host, {
          backend: h.otherNamespace ? backendService(chart, `other${i}`, 'elsewhere') : backend,
          path: h.path,
          port: h.port,
          tls: h.tls === undefined ? undefined : sources[h.tls],
        });
      });
    },
    throws: TLS_GATEWAY_THROWS,
  },
  {
    name: 'MeshMtlsPolicy',
    arbitrary: fc.record({
      mesh: fc.constantFrom(ServiceMesh.ISTIO, ServiceMesh.LINKERD),
      scope: arb.meshScopeDescriptor,
      istioMode: fc.option(arb.istioModeDescriptor, { nil: undefined }),
      linkerdInboundPolicy: fc.option(fc.constantFrom(...Object.values(LinkerdInboundPolicy)), { nil: undefined }),
      // The other mesh's option, given by mistake.
      crossMeshOption: arb.rarely(fc.constant(true)),
      defaultDeny: fc.option(fc.boolean(), { nil: undefined }),
      trustDomain: arb.rarely(arb.mostly(arb.validDnsName, arb.invalidDnsName)),
      allow: fc.array(fc.oneof(
        fc.record({ op: fc.constant('allowFrom' as const), serviceAccount: arb.serviceAccountDescriptor, options: arb.meshAllowOptions }),
        fc.record({ op: fc.constant('allowFromNamespace' as const), namespace: arb.namespaceName, options: arb.meshAllowOptions }),
      ), { maxLength: 3 }),
      istio: fc.array(fc.oneof(
        fc.record({ op: fc.constant('addPortException' as const), port: arb.portNumber, mode: arb.istioModeDescriptor }),
        fc.record({ op: fc.constant('addDestination' as const), name: arb.objectName, namespace: fc.option(arb.namespaceName, { nil: undefined }) }),
        fc.record({ op: fc.constant('addDestinationHost' as const), host: arb.hostName }),
      ), { maxLength: 3 }),
      linkerd: fc.array(fc.record({
        port: arb.portNumber,
        ownWorkload: fc.boolean(),
        proxyProtocol: fc.option(fc.constantFrom(...Object.values(LinkerdProxyProtocol)), { nil: undefined }),
      }), { maxLength: 3 }),
      // A method of the other mesh, called by mistake.
      crossMeshCall: arb.rarely(fc.constant(true)),
    }),
    build: (chart, p) => {
      const istio = p.mesh === ServiceMesh.ISTIO;
      const policy = new MeshMtlsPolicy(chart, 'mtls', {
        mesh: p.mesh,
        scope: buildMeshScope(chart, p.scope),
        istioMode: p.istioMode && (istio || p.crossMeshOption) ? istioMode(p.istioMode) : undefined,
        linkerdInboundPolicy: !istio || p.crossMeshOption ? p.linkerdInboundPolicy : undefined,
        defaultDeny: p.defaultDeny,
        trustDomain: p.trustDomain,
      });
      p.allow.forEach((a: any, i: number) => {
        if (a.op === 'allowFrom') policy.allowFrom(buildServiceAccount(chart, `caller${i}`, a.serviceAccount), a.options);
        else policy.allowFromNamespace(a.namespace, a.options);
      });
      const istioCall = (c: any, i: number): void => {
        if (c.op === 'addPortException') policy.addPortException(c.port, istioMode(c.mode));
        else if (c.op === 'addDestination') policy.addDestination(backendService(chart, `dest${i}`, c.namespace));
        else policy.addDestinationHost(c.host);
      };
      const linkerdCall = (c: any, i: number): void => {
        const workload = c.ownWorkload ? userInput(new Deployment(chart, `server${i}`, { containers: [{ image: 'example/app:1', portNumber: 8080 }] })) : undefined;
        policy.addServer({ port: c.port, workload, proxyProtocol: c.proxyProtocol });
      };
      if (istio) p.istio.forEach(istioCall);
      else p.linkerd.forEach(linkerdCall);
      if (p.crossMeshCall) {
        if (istio) linkerdCall({ port: 8080, ownWorkload: false }, 99);
        else istioCall({ op: 'addDestinationHost', host: 'api.example.com' }, 99);
      }
    },
    throws: MESH_THROWS,
  },
  {
    name: 'TrustBundle',
    arbitrary: fc.record({
      kind: fc.option(fc.constantFrom(...Object.values(TrustBundleKind)), { nil: undefined }),
      options: arb.trustBundleOptions,
      sources: fc.array(arb.trustSourceDescriptor, { maxLength: 3 }),
      addSources: fc.array(arb.trustSourceDescriptor, { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const trustNamespace = p.options.trustNamespace ?? TrustBundle.DEFAULT_TRUST_NAMESPACE;
      const bundle = new TrustBundle(chart, 'bundle', {
        ...p.options,
        kind: p.kind,
        sources: p.sources.map((d: arb.TrustSourceDescriptor, i: number) => buildTrustSource(chart, d, trustNamespace, `source${i}`)),
      });
      p.addSources.forEach((d: arb.TrustSourceDescriptor, i: number) => bundle.addSource(buildTrustSource(chart, d, trustNamespace, `added${i}`)));
    },
    throws: TRUST_BUNDLE_THROWS,
  },
  {
    name: 'ClientCertificate',
    arbitrary: fc.record({
      issuer: certificateIssuer,
      serviceAccount: arb.serviceAccountDescriptor,
      props: arb.partial({
        trustDomain: arb.mostly(arb.validDnsName, arb.invalidDnsName),
        commonName: arb.mostly(fc.constantFrom('app', 'postgres-client'), fc.oneof(fc.constant(''), fc.constant('x'.repeat(65)), fc.string({ unit: 'grapheme', maxLength: 8 }))),
        metadata: arb.metadata,
        secretName: arb.objectName,
        duration: arb.duration,
        privateKey: arb.privateKey,
      }),
    }),
    build: (chart, p) => ClientCertificate.forServiceAccount(chart, 'client', {
      ...p.props,
      issuer: buildIssuer(chart, p.issuer),
      serviceAccount: buildServiceAccount(chart, 'sa', p.serviceAccount),
    }),
    throws: [/: service account ".*" has no namespace, which the SPIFFE ID needs; give the chart a namespace$/s],
  },
  {
    name: 'WebhookServingCertificate',
    arbitrary: fc.record({
      issuer: certificateIssuer,
      // The Service is the test's own object, so never nameless.
      serviceName: arb.mostly(fc.constantFrom('policy-webhook', 'webhook'), arb.invalidDnsName.filter((n) => n !== '')),
      serviceNamespace: arb.rarely(arb.namespaceName),
      props: arb.partial({
        clusterDomain: arb.mostly(fc.constantFrom('cluster.local', 'corp.internal'), arb.invalidDnsName),
        metadata: arb.metadata,
        secretName: arb.objectName,
        duration: arb.duration,
        privateKey: arb.privateKey,
      }),
      injectInto: fc.array(fc.constantFrom('validating', 'mutating', 'apiService', 'configMap'), { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const service = userInput(new Service(chart, 'svc', {
        metadata: { name: p.serviceName, ...(p.serviceNamespace !== undefined ? { namespace: p.serviceNamespace } : {}) },
        ports: [{ port: 443, targetPort: 8443 }],
      }));
      const cert = new WebhookServingCertificate(chart, 'serving', { ...p.props, issuer: buildIssuer(chart, p.issuer), service });
      const clientConfig = { service: { name: service.name, namespace: service.metadata.namespace!, path: '/validate' } };
      const webhook = { name: 'policy.example.com', admissionReviewVersions: ['v1'], sideEffects: 'None', clientConfig };
      cert.injectCaInto(...p.injectInto.map((kind: string, i: number) => {
        switch (kind) {
          case 'validating': return new KubeValidatingWebhookConfiguration(chart, `target${i}`, { webhooks: [webhook] });
          case 'mutating': return new KubeMutatingWebhookConfiguration(chart, `target${i}`, { webhooks: [webhook] });
          case 'apiService': return new KubeApiService(chart, `target${i}`, {
            metadata: { name: 'v1beta1.metrics.example.com' },
            spec: { group: 'metrics.example.com', version: 'v1beta1', service: clientConfig.service, groupPriorityMinimum: 100, versionPriority: 100 },
          });
          default: return new KubeConfigMap(chart, `target${i}`, { data: { a: 'b' } });
        }
      }));
    },
    throws: [
      /: Service ".*" has no namespace, and its DNS names and the /s,
      /: cannot inject a CA into .*; cainjector injects only into /s,
    ],
  },
  {
    name: 'UserCertificate',
    arbitrary: fc.record({
      csr: fc.constantFrom(...CSR_KINDS),
      user: arb.mostly(fc.constantFrom('jane', 'bob', 'admin'), fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 10 }))),
      groups: fc.option(fc.array(arb.mostly(fc.constantFrom('dev', 'ops'), fc.constantFrom('system:masters', '', 'a,b', 'ü')), { maxLength: 2 }), { nil: undefined }),
      expiration: fc.option(arb.duration, { nil: undefined }),
      metadata: arb.rarely(arb.metadata),
      bindings: fc.array(fc.record({ cluster: fc.boolean(), namespace: fc.option(arb.namespaceName, { nil: undefined }) }), { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const user = new UserCertificate(chart, 'user', { csr: Pem.fromString(csrText(p.csr)), user: p.user, groups: p.groups, expiration: p.expiration, metadata: p.metadata });
      p.bindings.forEach((b: any, i: number) => {
        const role = ClusterRole.fromClusterRoleName(chart, `role${i}`, 'view');
        if (b.cluster) user.bindClusterRole(role);
        else user.bindRole(role, { namespace: b.namespace });
      });
    },
    throws: [
      /holds no PEM block \(no "-----BEGIN \.\.\.-----" line\); give PEM text, not DER or a file name$/,
      /: user must not be empty: it becomes the request's CN and the Kubernetes user name$/,
      /: metadata\.name is empty; leave it out for a generated name$/,
      /: expiration \d+s is below the \d+s the API server accepts; use at least Duration\.minutes\(10\)$/,
    ],
  },
  {
    name: 'LinkerdIdentity',
    arbitrary: arb.partial({
      controlPlaneNamespace: arb.namespaceName,
      trustNamespace: arb.namespaceName,
      trustDomain: arb.mostly(arb.validDnsName, arb.invalidDnsName),
      trustAnchorDuration: arb.duration,
      identityIssuerDuration: arb.duration,
      identityIssuerRenewBefore: arb.duration,
      previousTrustAnchorSecretName: arb.objectName,
      nameConstraints: arb.nameConstraints,
      bundleKind: fc.constantFrom(...Object.values(TrustBundleKind)),
    }, 0.25),
    build: (chart, p) => new LinkerdIdentity(chart, 'linkerd', p),
    throws: [],
  },
  {
    name: 'IstioPluggedCa',
    arbitrary: fc.record({
      // A ClusterIssuer, or a namespaced CA in Istio's namespace or (by mistake) elsewhere.
      issuer: fc.constantFrom('clusterCa', 'namespacedCa', 'clusterSelfSigned', 'vault'),
      issuerNamespace: arb.mostly(fc.constant(undefined), arb.namespaceName),
      props: arb.partial({
        istioNamespace: arb.namespaceName,
        duration: arb.duration,
        commonName: arb.mostly(fc.constantFrom('istiod intermediate', 'mesh CA'), fc.oneof(fc.constant(''), fc.constant('x'.repeat(65)), fc.string({ unit: 'grapheme', maxLength: 8 }))),
        subject: arb.subject,
        privateKey: arb.privateKey,
        nameConstraints: arb.nameConstraints,
      }, 0.25),
    }),
    build: (chart, p) => {
      const istioNamespace = p.props.istioNamespace ?? 'istio-system';
      let issuer: IIssuer;
      switch (p.issuer) {
        case 'clusterCa': issuer = new PrivateCa(chart, 'ca', { cluster: true }); break;
        case 'namespacedCa': issuer = new PrivateCa(chart, 'ca', { cluster: false, namespace: p.issuerNamespace ?? istioNamespace }); break;
        case 'clusterSelfSigned': issuer = buildIssuer(chart, 'clusterSelfSigned'); break;
        default: issuer = new VaultIssuer(chart, 'ca', {
          metadata: { namespace: p.issuerNamespace ?? istioNamespace },
          server: 'https://vault.example.com:8200',
          path: 'pki/sign/istio',
          auth: VaultAuth.token({ name: 'vault-token' }),
        });
      }
      new IstioPluggedCa(chart, 'istio', { ...p.props, issuer });
    },
    throws: [/: the Issuer ".*" signs only in namespace ".*", but istiod reads cacerts from ".*"; use a ClusterIssuer/s],
  },
  {
    name: 'CertificatePlatform',
    arbitrary: fc.record({
      environment: fc.constantFrom(...Object.values(PlatformEnvironment)),
      props: arb.partial({
        issuerName: arb.objectName,
        acmeSolvers: fc.array(arb.solverDescriptor, { minLength: 1, maxLength: 2 }),
        privateCa: arb.partial({
          nameConstraints: arb.nameConstraints,
          caDuration: arb.duration,
          privateKey: arb.privateKey,
          commonName: fc.oneof(arb.validDnsName, fc.string({ maxLength: 70 })),
        }),
        monitoring: fc.boolean(),
        monitor: arb.partial({ certManagerNamespace: arb.namespaceName, interval: arb.duration, scrapeTimeout: arb.duration }),
        expiryAlerts: fc.boolean(),
        alertOptions: arb.partial({
          labels: arb.promLabels, runbookBaseUrl: arb.url, clusterLabel: arb.promLabelName, renewalGracePeriod: arb.duration,
        }),
        trust: arb.partial({ configMap: arb.trustTarget, secret: arb.trustTarget, namespaceSelector: fc.record({ matchLabels: arb.labels }) }),
        mesh: fc.constantFrom(ServiceMesh.ISTIO, ServiceMesh.LINKERD),
        meshWideStrict: fc.boolean(),
      }, 0.3),
      // Required outside development, so mostly given.
      acmeEmail: fc.option(arb.email, { nil: undefined, freq: 8 }),
      distributeTrust: arb.rarely(fc.boolean()),
      addSolvers: fc.array(arb.solverDescriptor, { maxLength: 1 }),
      tenants: fc.array(platformTenant, { maxLength: 2 }),
    }),
    build: (chart, p) => {
      const platform = new CertificatePlatform(chart, 'platform', {
        ...p.props,
        environment: p.environment,
        installCertManager: false,
        acmeEmail: p.acmeEmail,
        distributeTrust: p.distributeTrust,
        acmeSolvers: p.props.acmeSolvers?.map(buildSolver),
      });
      for (const d of p.addSolvers) platform.addSolver(buildSolver(d));
      p.tenants.forEach((t: any, i: number) => {
        const tenant = platform.addTenant(chart, `tenant${i}`, t);
        if (t.ingressHosts.length) {
          const ingress = tenant.tlsIngress('ingress');
          const backend = IngressBackend.fromService(backendService(chart, `tenant${i}-app`, tenant.namespace));
          for (const host of t.ingressHosts) ingress.addHost(host, { backend });
        }
        if (t.certificate) tenant.certificate('certificate', t.certificate);
      });
    },
    throws: [
      /: distributeTrust: Let's Encrypt's roots are in every system trust store/,
      /: acmeEmail is required in (staging|production): Let's Encrypt registers the account with it/,
      /: addSolver: development uses a private CA, which needs no ACME solver$/,
      /: meshPolicy: the platform has no mesh; give the CertificatePlatform a mesh$/,
      /: expiryAlerts: the platform's expiryAlerts are off; turn them on there$/,
      /: namespace is empty; name the tenant's namespace$/,
      ...SOLVER_THROWS,
      ...ALERT_THROWS,
      /^renewalGracePeriod must not be negative$/,
      ...MONITOR_THROWS,
      ...TLS_INGRESS_THROWS,
    ],
  },
];

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
      /^metadata\.name must not be empty; leave it out for a generated name$/,
    ],
  },
  ...EDGE_AND_PLATFORM,
];
