// What a Gateway trusts: the CAs that validate its backends (BackendTLSPolicy, Gateway API v1.4+)
// and its clients (spec.tls.frontend, v1.5+), and the backends' certificates.
//
// TLS-BT1 the policy's hostname (or subjectAltNames) is not in the certificate the backend serves
// TLS-BT2 the policy targets a Service that is not among the manifests
// TLS-CA1 a CA ConfigMap (policy or client validation) that nothing among the manifests writes
// TLS-CA2 a CA ConfigMap without the key `ca.crt`, the only key Gateway API reads
// TLS-FV1 client validation that lets clients without a valid certificate through
import { GATEWAY_GROUP, describe, isCertificate, isGateway, nameCovers } from './tls-uses';
import { AuditMode, RuleContext } from '../context';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck, ObjectCheck } from '../rule';
import { selectorMatches } from '../util/label-match';
import { containsPlaceholder, isPlaceholder } from '../util/placeholder';
import { podTemplateOf } from '../util/pod-template';

const CA_KEY = 'ca.crt';
const key2 = (namespace: string, name: string): string => JSON.stringify([namespace, name]);
const isBackendTlsPolicy = (obj: KubeObject): boolean => apiGroupOf(obj) === GATEWAY_GROUP && kindOf(obj) === 'BackendTLSPolicy';
const isCore = (obj: KubeObject, kind: string): boolean => apiGroupOf(obj) === '' && kindOf(obj) === kind;

/** One `caCertificateRefs` entry that names a ConfigMap. */
interface CaRef {
  readonly obj: KubeObject;
  readonly path: string;
  readonly namespace: string;
  readonly name: string;
  /** What the CA is for, in messages. */
  readonly purpose: string;
}

function configMapRefs(obj: KubeObject, refs: unknown, path: string, purpose: string, namespace: string): CaRef[] {
  const out: CaRef[] = [];
  list(refs).forEach((raw, i) => {
    const ref = record(raw);
    const name = str(ref.name) ?? '';
    if ((str(ref.group) ?? '') !== '' || str(ref.kind) !== 'ConfigMap' || name === '' || isPlaceholder(name) || isPlaceholder(ref.namespace)) return;
    out.push({ obj, path: `${path}[${i}]`, namespace: str(ref.namespace) || namespace, name, purpose });
  });
  return out;
}

function caRefsOf(obj: KubeObject): CaRef[] {
  const ns = metadataOf(obj).namespace ?? '';
  if (isBackendTlsPolicy(obj)) {
    return configMapRefs(obj, record(record(obj.spec).validation).caCertificateRefs, 'spec.validation.caCertificateRefs', 'the backend\'s certificate', ns);
  }
  if (!isGateway(obj)) return [];
  const frontend = record(record(record(obj.spec).tls).frontend);
  const refs = configMapRefs(obj, record(record(frontend.default).validation).caCertificateRefs, 'spec.tls.frontend.default.validation.caCertificateRefs', 'client certificates', ns);
  list(frontend.perPort).forEach((raw, j) => {
    const p = record(raw);
    refs.push(...configMapRefs(obj, record(record(p.tls).validation).caCertificateRefs, `spec.tls.frontend.perPort[${j}].tls.validation.caCertificateRefs`,
      `client certificates on port ${String(p.port)}`, ns));
  });
  return refs;
}

/** Something that writes a ConfigMap: the ConfigMap itself, or a trust-manager bundle's target. */
interface ConfigMapWriter {
  readonly what: string;
  /** The keys it writes; undefined when not known. */
  readonly keys?: readonly string[];
}

class ConfigMapWriters {
  private readonly configMaps = new Map<string, KubeObject>();
  private readonly bundles = new Map<string, KubeObject[]>();
  private readonly namespaceLabels = new Map<string, Record<string, unknown>>();

  constructor(private readonly ctx: RuleContext) {
    for (const obj of ctx.objects) {
      const md = metadataOf(obj);
      if (isCore(obj, 'ConfigMap')) {this.configMaps.set(key2(md.namespace ?? '', md.name), obj);} else if (isCore(obj, 'Namespace')) {this.namespaceLabels.set(md.name, md.labels);} else if ((apiGroupOf(obj) === 'trust.cert-manager.io' && kindOf(obj) === 'Bundle') || (apiGroupOf(obj) === 'trust-manager.io' && kindOf(obj) === 'ClusterBundle')) {
        this.bundles.set(md.name, [...(this.bundles.get(md.name) ?? []), obj]);
      }
    }
  }

  /** Whether the manifests hold anything that writes CA ConfigMaps in `namespace`: then a missing one is telling. */
  auditsTrustIn(namespace: string): boolean {
    return this.bundles.size > 0 || [...this.configMaps.keys()].some((k) => (JSON.parse(k) as string[])[0] === namespace);
  }

  writersOf(namespace: string, name: string): ConfigMapWriter[] {
    const writers: ConfigMapWriter[] = [];
    const cm = this.configMaps.get(key2(namespace, name));
    if (cm) writers.push({ what: describe(cm), keys: [...Object.keys(record(cm.data)), ...Object.keys(record(cm.binaryData))] });
    for (const bundle of this.bundles.get(name) ?? []) {
      const target = record(record(bundle.spec).target);
      if (!isRecord(target.configMap) || this.selects(target.namespaceSelector, namespace) === false) continue;
      const keys = kindOf(bundle) === 'Bundle'
        ? [str(target.configMap.key)].filter((k): k is string => k !== undefined)
        : list(target.configMap.data).map((d) => str(record(d).key)).filter((k): k is string => k !== undefined);
      writers.push({ what: `trust-manager ${kindOf(bundle)} "${name}"`, keys });
    }
    if (this.ctx.externals.some((e) => e.group === '' && e.kind === 'ConfigMap' && e.name === name && (e.namespace ?? '') === namespace)) {
      writers.push({ what: 'a ConfigMap declared to exist' });
    }
    return writers;
  }

  /** Whether a bundle's namespaceSelector writes into `namespace`; undefined when the namespace's labels are not known. */
  private selects(selector: unknown, namespace: string): boolean | undefined {
    const sel = record(selector);
    if (Object.keys(record(sel.matchLabels)).length === 0 && list(sel.matchExpressions).length === 0) return true;
    const labels = this.namespaceLabels.get(namespace);
    if (!labels) return undefined;
    return selectorMatches(sel, { ...labels, 'kubernetes.io/metadata.name': namespace });
  }
}

/** TLS-CA1 and TLS-CA2. */
function checkCaConfigMaps(ctx: RuleContext, reporterFor: (obj: KubeObject) => Reporter): void {
  const writers = new ConfigMapWriters(ctx);
  for (const obj of ctx.objects) {
    for (const ref of caRefsOf(obj)) {
      const report = reporterFor(obj);
      const cm = `ConfigMap "${ref.name}"${ref.namespace ? ` in namespace "${ref.namespace}"` : ''}`;
      const ws = writers.writersOf(ref.namespace, ref.name);
      const refused = isGateway(obj) ? 'the Gateway refuses the HTTPS listeners it applies to (InvalidCACertificateRef)'
        : 'the policy is not accepted and requests to the backend fail with a 5xx (InvalidCACertificateRef)';
      if (ws.length === 0) {
        const fix = 'distribute the CA with trust-manager (CaCertificates.fromPrivateCa, or a TrustBundle with configMap key "ca.crt"), or declare an existing ConfigMap (CaCertificates.fromConfigMapName)';
        if (ctx.mode === AuditMode.APP) {
          report.error('TLS-CA1', ref.path, `${ref.path}: nothing in this app writes ${cm}, the CA for ${ref.purpose}; without it ${refused}; ${fix}`);
        } else if (writers.auditsTrustIn(ref.namespace)) {
          report.warning('TLS-CA1', ref.path, `${ref.path}: none of the audited trust bundles or ConfigMaps writes ${cm}, the CA for ${ref.purpose}; if nothing else does, ${refused}; `
            + `${fix}, or add its manifest to the audit`);
        }
        continue;
      }
      const known = ws.filter((w) => w.keys !== undefined);
      if (known.length === 0 || known.some((w) => w.keys!.includes(CA_KEY))) continue;
      report.error('TLS-CA2', ref.path, `${ref.path}: ${cm} is written by ${known.map((w) => `${w.what} under ${w.keys!.length ? w.keys!.map((k) => `"${k}"`).join(', ') : 'no key'}`).join(' and ')}, `
        + `but Gateway API reads the CA only from the key "${CA_KEY}", so ${refused}; write the bundle under "${CA_KEY}" (TrustBundle configMap: { key: 'ca.crt' })`);
    }
  }
}

/** Services, workloads and the certificates their pods mount, for TLS-BT1 and TLS-BT2. */
class Backends {
  readonly services = new Map<string, KubeObject>();
  private readonly servicesByNs = new Map<string, number>();
  private readonly workloadsByNs = new Map<string, { labels: Record<string, unknown>; secrets: string[] }[]>();
  private readonly certificatesBySecret = new Map<string, KubeObject>();

  constructor(ctx: RuleContext) {
    for (const obj of ctx.objects) {
      const md = metadataOf(obj);
      const ns = md.namespace ?? '';
      if (isCore(obj, 'Service')) {
        this.services.set(key2(ns, md.name), obj);
        this.servicesByNs.set(ns, (this.servicesByNs.get(ns) ?? 0) + 1);
      } else if (isCertificate(obj)) {
        const secret = str(record(obj.spec).secretName);
        if (secret) this.certificatesBySecret.set(key2(ns, secret), obj);
      } else {
        const pod = mountedSecretsOf(obj);
        if (pod) this.workloadsByNs.set(ns, [...(this.workloadsByNs.get(ns) ?? []), pod]);
      }
    }
  }

  hasServicesIn(namespace: string): boolean {
    return (this.servicesByNs.get(namespace) ?? 0) > 0;
  }

  /** The Certificates whose Secrets the pods behind `service` mount. */
  servingCertificates(service: KubeObject): KubeObject[] {
    const selector = record(record(service.spec).selector);
    if (Object.keys(selector).length === 0) return [];
    const ns = metadataOf(service).namespace ?? '';
    const certs = new Set<KubeObject>();
    for (const w of this.workloadsByNs.get(ns) ?? []) {
      if (!Object.entries(selector).every(([k, v]) => w.labels[k] === v)) continue;
      for (const secret of w.secrets) {
        const cert = this.certificatesBySecret.get(key2(ns, secret));
        if (cert) certs.add(cert);
      }
    }
    return [...certs];
  }
}

/** The labels and mounted Secrets of a workload's pods. */
function mountedSecretsOf(obj: KubeObject): { labels: Record<string, unknown>; secrets: string[] } | undefined {
  const pod = podTemplateOf(obj);
  if (!pod) return undefined;
  const secrets: string[] = [];
  for (const raw of list(pod.spec.volumes)) {
    const v = record(raw);
    const direct = str(record(v.secret).secretName);
    if (direct) secrets.push(direct);
    for (const source of list(record(v.projected).sources)) {
      const name = str(record(record(source).secret).name);
      if (name) secrets.push(name);
    }
  }
  return { labels: pod.labels, secrets };
}

/** TLS-BT1 and TLS-BT2. */
function checkPolicyTargets(ctx: RuleContext, reporterFor: (obj: KubeObject) => Reporter): void {
  const backends = new Backends(ctx);
  for (const policy of ctx.objects) {
    if (!isBackendTlsPolicy(policy)) continue;
    const ns = metadataOf(policy).namespace ?? '';
    const validation = record(record(policy.spec).validation);
    const hostname = str(validation.hostname) ?? '';
    const sans = list(validation.subjectAltNames).map(record);
    list(record(policy.spec).targetRefs).forEach((raw, i) => {
      const ref = record(raw);
      const name = str(ref.name) ?? '';
      if ((str(ref.group) ?? '') !== '' || str(ref.kind) !== 'Service' || name === '' || isPlaceholder(name)) return;
      const path = `spec.targetRefs[${i}]`;
      const service = backends.services.get(key2(ns, name));
      const report = reporterFor(policy);
      if (!service) {
        const declared = ctx.externals.some((e) => e.group === '' && e.kind === 'Service' && e.name === name && (e.namespace ?? '') === ns);
        const where = ns ? ` in namespace "${ns}"` : '';
        if (ctx.mode === AuditMode.APP && !declared) {
          report.error('TLS-BT2', path, `${path}: Service "${name}"${where} is not defined in this app, so the policy applies to no Service and the Gateway `
            + 'talks to the backend you meant in plain text; target a Service of the app (BackendTlsPolicy service), or fix the name');
        } else if (ctx.mode === AuditMode.AUDIT && backends.hasServicesIn(ns)) {
          report.warning('TLS-BT2', path, `${path}: Service "${name}"${where} is not among the audited Services of that namespace; if it does not exist, `
            + 'the policy applies to nothing; fix the name, or add the Service\'s manifest to the audit');
        }
        return;
      }
      const certificates = backends.servingCertificates(service);
      if (certificates.length === 0 || hostname === '' || containsPlaceholder([validation, certificates.map((c) => record(c.spec).dnsNames)])) return;
      const dnsNames = certificates.flatMap((c) => list(record(c.spec).dnsNames).filter((n): n is string => typeof n === 'string'));
      const uris = certificates.flatMap((c) => list(record(c.spec).uris).filter((n): n is string => typeof n === 'string'));
      const expected = sans.length
        ? sans.map((s) => (str(s.type) === 'URI' ? { uri: str(s.uri) ?? '' } : { host: str(s.hostname) ?? '' }))
        : [{ host: hostname }];
      const served = expected.some((e) => ('uri' in e ? uris.includes(e.uri!) : dnsNames.some((n) => nameCovers(n, e.host!) || n.toLowerCase() === e.host!.toLowerCase())));
      if (served) return;
      const field = sans.length ? 'spec.validation.subjectAltNames' : 'spec.validation.hostname';
      const wanted = expected.map((e) => JSON.stringify('uri' in e ? e.uri : e.host)).join(' or ');
      report.error('TLS-BT1', field, `${field}: the Gateway requires ${wanted} in the certificate of Service "${name}", but the pods behind it serve `
        + `${certificates.map(describe).join(', ')} with [${[...dnsNames, ...uris].join(', ')}], so every TLS handshake to the backend fails and requests get a 5xx; `
        + `add ${wanted} to the certificate's dnsNames, or set the policy's hostname to a name it carries`);
    });
  }
}

const gatewayTrustRules: CrossCheck = (ctx, reporterFor) => {
  checkCaConfigMaps(ctx, reporterFor);
  checkPolicyTargets(ctx, reporterFor);
};

/** TLS-FV1: AllowInsecureFallback accepts clients without a (valid) certificate. */
const checkFrontendMode: ObjectCheck = (obj, report) => {
  const frontend = record(record(record(obj.spec).tls).frontend);
  const validations: [string, Record<string, any>][] = [['spec.tls.frontend.default.validation', record(record(frontend.default).validation)]];
  list(frontend.perPort).forEach((p, j) => validations.push([`spec.tls.frontend.perPort[${j}].tls.validation`, record(record(record(p).tls).validation)]));
  for (const [path, validation] of validations) {
    if (str(validation.mode) !== 'AllowInsecureFallback') continue;
    report.warning('TLS-FV1', `${path}.mode`, `${path}.mode: AllowInsecureFallback accepts clients that present no certificate or an invalid one, so the backend must `
      + 'authenticate every request itself; use AllowValidOnly (the default) once clients have their certificates');
  }
};

export const GATEWAY_TRUST_CHECKS: readonly ObjectCheck[] = [checkFrontendMode];
export const GATEWAY_TRUST_CROSS_CHECKS: readonly CrossCheck[] = [gatewayTrustRules];
