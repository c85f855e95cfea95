// TLS-I1..TLS-I5: cert-manager's cainjector copies a CA into webhook configurations, APIServices
// and CRD conversion webhooks named by an annotation. A wrong reference fails silently: the
// caBundle stays empty and the API server cannot call the webhook.
import { AuditMode, RuleContext } from '../context';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { dns1123SubdomainErrors } from '../util/names';
import { podTemplateOf } from '../util/pod-template';

export const INJECT_CA_FROM = 'cert-manager.io/inject-ca-from';
export const INJECT_CA_FROM_SECRET = 'cert-manager.io/inject-ca-from-secret';
export const ALLOW_DIRECT_INJECTION = 'cert-manager.io/allow-direct-injection';

const CM_GROUP = 'cert-manager.io';

/** The kinds cainjector injects into, and where it reads the Service the API server dials. */
export const INJECTABLE_KINDS: readonly { group: string; kind: string }[] = [
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  { group: 'apiregistration.k8s.io', kind: 'APIService' },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
];

const key = (namespace: string, name: string): string => `${namespace}/${name}`;

/** `<namespace>/<name>`, as cainjector splits it; undefined when it is not that. */
function parseRef(value: string): { namespace: string; name: string } | undefined {
  const parts = value.split('/');
  if (parts.length !== 2 || dns1123SubdomainErrors(parts[0]).length > 0 || dns1123SubdomainErrors(parts[1]).length > 0) return undefined;
  return { namespace: parts[0], name: parts[1] };
}

/** The Services the API server calls for an object, with the field path that names each. */
function servicesOf(obj: KubeObject): { path: string; namespace: string; name: string }[] {
  const kind = kindOf(obj);
  const spec = record(obj.spec);
  const refs: { path: string; ref: unknown }[] = [];
  if (kind === 'ValidatingWebhookConfiguration' || kind === 'MutatingWebhookConfiguration') {
    list(obj.webhooks).forEach((w, i) => refs.push({ path: `webhooks[${i}].clientConfig.service`, ref: record(record(w).clientConfig).service }));
  } else if (kind === 'APIService') {
    refs.push({ path: 'spec.service', ref: spec.service });
  } else if (kind === 'CustomResourceDefinition') {
    refs.push({ path: 'spec.conversion.webhook.clientConfig.service', ref: record(record(record(spec.conversion).webhook).clientConfig).service });
  }
  return refs.filter((r) => isRecord(r.ref) && str(r.ref.name) && str(r.ref.namespace))
    .map((r) => ({ path: r.path, namespace: (r.ref as any).namespace, name: (r.ref as any).name }));
}

const CA_SECRET_NAME_FLAG = '--dynamic-serving-ca-secret-name';
const CA_SECRET_NAMESPACE_FLAG = '--dynamic-serving-ca-secret-namespace';

/** The value of `--flag=value` or `--flag value` in a container's command line. */
function flagValue(args: readonly unknown[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string') continue;
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    if (arg === flag && typeof args[i + 1] === 'string') return args[i + 1] as string;
  }
  return undefined;
}

/**
 * The Secrets webhook servers create for themselves at runtime: cert-manager's webhook (and
 * servers built on its dynamic serving library) keep a self-made CA in the Secret named by
 * `--dynamic-serving-ca-secret-name`, annotated for direct injection, in the namespace of
 * `--dynamic-serving-ca-secret-namespace` (the chart passes `$(POD_NAMESPACE)`, the pod's own).
 * Keys `<namespace>/<name>`; the namespace is '' where it cannot be told (then any matches).
 */
function runtimeCaSecrets(objects: readonly KubeObject[]): Set<string> {
  const found = new Set<string>();
  for (const obj of objects) {
    const pod = podTemplateOf(obj);
    if (!pod) continue;
    for (const raw of [...list(pod.spec.containers), ...list(pod.spec.initContainers)]) {
      const container = record(raw);
      const args = [...list(container.command), ...list(container.args)];
      const name = flagValue(args, CA_SECRET_NAME_FLAG);
      if (!name) continue;
      const namespace = flagValue(args, CA_SECRET_NAMESPACE_FLAG);
      found.add(key(namespace === undefined ? '' : expandPodNamespace(namespace, container, metadataOf(obj).namespace ?? ''), name));
    }
  }
  return found;
}

/** `$(VAR)` of a container env var that holds the pod's namespace (fieldRef metadata.namespace), as the kubelet expands it; '' when unknown. */
function expandPodNamespace(value: string, container: Record<string, any>, workloadNamespace: string): string {
  const variable = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(value);
  if (!variable) return value;
  const env = list(container.env).map(record).find((e) => e.name === variable[1]);
  return record(record(env?.valueFrom).fieldRef).fieldPath === 'metadata.namespace' ? workloadNamespace : '';
}

function createdAtRuntime(runtime: Set<string>, ref: { namespace: string; name: string }): boolean {
  return runtime.has(key(ref.namespace, ref.name)) || runtime.has(key('', ref.name));
}

function missing(ctx: RuleContext, report: Reporter, path: string, what: string, fix: string): void {
  if (ctx.mode === AuditMode.APP) {
    report.error('TLS-I2', path, `${path}: ${what} is not defined in this app, so cainjector has nothing to inject; ${fix}`);
  } else {
    report.warning('TLS-I2', path, `${path}: ${what} is not among the audited objects; make sure it exists in the cluster, or add its manifest to the audit`);
  }
}

function directInjectionAllowed(annotations: Record<string, unknown>): boolean {
  return annotations[ALLOW_DIRECT_INJECTION] === 'true';
}

/** TLS-I5: the API server dials `<service>.<namespace>.svc` and checks the serving certificate against it. */
function checkServiceNames(report: Reporter, target: KubeObject, certificate: KubeObject, refText: string): void {
  const dnsNames = list(record(certificate.spec).dnsNames).filter((n): n is string => typeof n === 'string').map((n) => n.toLowerCase());
  for (const service of servicesOf(target)) {
    const host = `${service.name}.${service.namespace}.svc`;
    const wildcard = `*.${service.namespace}.svc`;
    if (dnsNames.includes(host) || dnsNames.includes(wildcard)) continue;
    report.error('TLS-I5', service.path, `${service.path}: the API server calls Service "${service.namespace}/${service.name}" as "${host}", `
      + `but Certificate "${refText}" (injected by ${INJECT_CA_FROM}) has no such DNS name (${dnsNames.length ? dnsNames.map((n) => `"${n}"`).join(', ') : 'none'}); `
      + `add "${host}" to its dnsNames (WebhookServingCertificate adds every in-cluster name of the Service)`);
  }
}

const caInjection: CrossCheck = (ctx, reporterFor) => {
  const certificates = new Map<string, KubeObject>();
  const secrets = new Map<string, KubeObject>();
  const certificateSecrets = new Map<string, KubeObject>();
  for (const obj of ctx.objects) {
    const md = metadataOf(obj);
    const ns = md.namespace ?? '';
    if (apiGroupOf(obj) === CM_GROUP && kindOf(obj) === 'Certificate') {
      certificates.set(key(ns, md.name), obj);
      const secretName = str(record(obj.spec).secretName);
      if (secretName) certificateSecrets.set(key(ns, secretName), obj);
    } else if (apiGroupOf(obj) === '' && kindOf(obj) === 'Secret') {
      secrets.set(key(ns, md.name), obj);
    }
  }
  let runtimeSecrets: Set<string> | undefined;
  const runtime = (): Set<string> => runtimeSecrets ??= runtimeCaSecrets(ctx.objects);
  for (const obj of ctx.objects) {
    const annotations = metadataOf(obj).annotations;
    const fromCertificate = annotations[INJECT_CA_FROM];
    const fromSecret = annotations[INJECT_CA_FROM_SECRET];
    if (fromCertificate === undefined && fromSecret === undefined) continue;
    const report = reporterFor(obj);
    const injectable = INJECTABLE_KINDS.some((k) => k.group === apiGroupOf(obj) && k.kind === kindOf(obj));
    if (!injectable) {
      const annotation = fromCertificate !== undefined ? INJECT_CA_FROM : INJECT_CA_FROM_SECRET;
      const path = `metadata.annotations[${annotation}]`;
      report.warning('TLS-I4', path, `${path}: cainjector does not inject into a ${kindOf(obj) || 'object without kind'}; `
        + `it injects only into ${INJECTABLE_KINDS.map((k) => k.kind).join(', ')}; remove the annotation, or mount the CA from the Secret`);
      continue;
    }
    if (fromCertificate !== undefined) {
      const path = `metadata.annotations[${INJECT_CA_FROM}]`;
      const ref = typeof fromCertificate === 'string' ? parseRef(fromCertificate) : undefined;
      if (!ref) {
        report.error('TLS-I1', path, `${path}: ${JSON.stringify(fromCertificate)} is not "<namespace>/<certificate name>"; cainjector ignores it and the caBundle stays empty; `
          + 'write the Certificate\'s namespace and name, e.g. "webhooks/webhook-serving" (WebhookServingCertificate.injectCaInto(...) writes it)');
      } else {
        const certificate = certificates.get(key(ref.namespace, ref.name));
        if (certificate) {
          checkServiceNames(report, obj, certificate, fromCertificate as string);
        } else if (!ctx.externals.some((e) => e.group === CM_GROUP && e.kind === 'Certificate' && e.name === ref.name && e.namespace === ref.namespace)) {
          missing(ctx, report, path, `Certificate "${ref.name}" in namespace "${ref.namespace}"`,
            'create it in the app (WebhookServingCertificate), or correct the namespace and name in the annotation');
        }
      }
    }
    if (fromSecret !== undefined) {
      const path = `metadata.annotations[${INJECT_CA_FROM_SECRET}]`;
      const ref = typeof fromSecret === 'string' ? parseRef(fromSecret) : undefined;
      if (!ref) {
        report.error('TLS-I1', path, `${path}: ${JSON.stringify(fromSecret)} is not "<namespace>/<secret name>"; cainjector ignores it and the caBundle stays empty; `
          + 'write the Secret\'s namespace and name');
        continue;
      }
      const secret = secrets.get(key(ref.namespace, ref.name));
      const certificate = certificateSecrets.get(key(ref.namespace, ref.name));
      const allowed = (secret && directInjectionAllowed(metadataOf(secret).annotations))
        || (certificate && directInjectionAllowed(record(record(record(certificate.spec).secretTemplate).annotations)));
      if (allowed) continue;
      // A Secret declared external, or one a webhook of the manifests makes for itself (e.g.
      // cert-manager's webhook CA, which its webhook annotates for direct injection itself).
      if (!secret && !certificate && (createdAtRuntime(runtime(), ref)
        || ctx.externals.some((e) => e.group === '' && e.kind === 'Secret' && e.name === ref.name && e.namespace === ref.namespace))) continue;
      if (secret || certificate) {
        const where = certificate ? `Certificate "${metadataOf(certificate).name}" writes Secret "${fromSecret}" without it in spec.secretTemplate.annotations`
          : `Secret "${fromSecret}" does not carry it`;
        report.error('TLS-I3', path, `${path}: cainjector injects from a Secret only when the Secret is annotated ${ALLOW_DIRECT_INJECTION}: "true", and ${where}; `
          + `add the annotation, or inject from the Certificate with ${INJECT_CA_FROM}`);
      } else {
        missing(ctx, report, path, `Secret "${ref.name}" in namespace "${ref.namespace}"`,
          `create it (annotated ${ALLOW_DIRECT_INJECTION}: "true"), or inject from a Certificate with ${INJECT_CA_FROM}`);
      }
    }
  }
};

export const CA_INJECTION_CHECKS: readonly CrossCheck[] = [caInjection];
