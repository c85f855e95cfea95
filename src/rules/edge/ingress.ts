// Rules on one Ingress: what cert-manager's ingress-shim does with `spec.tls` (CM-S1, CM-S2), a
// TLS entry without a Secret (TLS-E4), an HTTP-01 combination that cannot be solved (TLS-E10) and
// hosts served over plain HTTP (TLS-E11).
//
// cert-manager v1.21.1 (pkg/controller/certificate-shim/sync.go): duplicate secret names refuse
// the whole Ingress (validateIngressLike: a `Warning BadConfig` event, no Certificate at all,
// CM-S1); an entry without hosts or secretName is skipped on its own ("Skipped a TLS block"),
// and the other entries still get their Certificates (CM-S2).
import { CONTROLLER, SHIM, annotationPath } from './annotations';
import { annotation, isCertificate, isShimmed, nameCovers } from './tls-uses';
import { RuleContext } from '../context';
import { relation } from '../namespaces';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

/** Annotations with which a cloud controller provides the certificate itself, by host or by reference. */
const CLOUD_CERTIFICATE_ANNOTATIONS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'networking.gke.io/managed-certificates',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
];
/** The AWS Load Balancer Controller's IngressClass controller name. */
const ALB_CONTROLLER = 'ingress.k8s.aws/alb';

function tlsEntries(obj: KubeObject): Record<string, any>[] {
  return list(record(obj.spec).tls).map(record);
}

function ingressClassOf(obj: KubeObject): string | undefined {
  return str(record(obj.spec).ingressClassName) ?? annotation(obj, CONTROLLER.legacyIngressClass);
}

/**
 * Where the certificate of this Ingress comes from when not from a Secret: the AWS Load Balancer
 * Controller finds ACM certificates by the hosts of `spec.tls` and `spec.rules` unless
 * `certificate-arn` names them (its "Certificate Discovery"), and GKE attaches managed or
 * pre-shared certificates named in annotations. Undefined when the Ingress relies on Secrets.
 */
export function cloudCertificateSource(obj: KubeObject, ctx: RuleContext): string | undefined {
  const key = CLOUD_CERTIFICATE_ANNOTATIONS.find((k) => annotation(obj, k) !== undefined);
  if (key) return `the "${key}" annotation`;
  const cls = ingressClassOf(obj);
  if (cls === undefined) return undefined;
  const albClass = cls === 'alb' || ctx.objects.some((o) => apiGroupOf(o) === 'networking.k8s.io' && kindOf(o) === 'IngressClass'
    && metadataOf(o).name === cls && str(record(o.spec).controller) === ALB_CONTROLLER);
  return albClass ? `the AWS Load Balancer Controller (ingress class "${cls}"), which finds ACM certificates by host` : undefined;
}

/** `nginx.ingress.kubernetes.io/ssl-passthrough: "true"`: ingress-nginx hands the TLS connection to the backend, which terminates it. */
function isSslPassthrough(obj: KubeObject): boolean {
  return annotation(obj, 'nginx.ingress.kubernetes.io/ssl-passthrough') === 'true';
}

/** CM-S1 (refuses the Ingress) and CM-S2 (skips one entry). */
function checkShimTls(obj: KubeObject, report: Reporter, ctx: RuleContext): void {
  const firstUse = new Map<string, number>();
  tlsEntries(obj).forEach((entry, i) => {
    // The shim compares every entry's secretName, empty ones included.
    const secretName = str(entry.secretName) ?? '';
    const first = firstUse.get(secretName);
    if (first === undefined) {
      firstUse.set(secretName, i);
    } else {
      const path = `spec.tls[${i}].secretName`;
      report.error('CM-S1', path, `${path}: Invalid value: ${JSON.stringify(secretName)}: this secret name must only appear in a single TLS entry but is also used in spec.tls[${first}].secretName; `
        + `cert-manager refuses the whole Ingress (Warning BadConfig) and issues no certificate for any of its hosts; merge the hosts of both entries into spec.tls[${first}]`
        + (secretName === '' ? ' and name its Secret' : ''));
    }
    const hosts = list(entry.hosts);
    if (hosts.length === 0 && secretName !== '' && !writtenByCertificate(obj, secretName, ctx)) {
      const path = `spec.tls[${i}].hosts`;
      report.warning('CM-S2', path, `${path}: Required value: cert-manager skips this TLS block (Warning BadConfig "Skipped a TLS block: ${path}: Required value") `
        + `and writes nothing to Secret "${secretName}", which then serves every host of this Ingress and must come from elsewhere (no audited Certificate writes it); `
        + 'list the hosts the certificate must cover, or issue the Secret with a Certificate');
    }
    if (secretName === '') {
      const path = `spec.tls[${i}].secretName`;
      const hostList = hosts.filter((h) => typeof h === 'string').join(', ');
      report.warning('CM-S2', path, `${path}: Required value: cert-manager skips this TLS block (Warning BadConfig "Skipped a TLS block: ${path}: Required value"), `
        + `so ${hostList ? `[${hostList}]` : 'its hosts'} get the ingress controller's default certificate instead of one from the annotated issuer; `
        + 'name the Secret cert-manager should write the certificate to');
    }
  });
}

/** Whether an audited Certificate that may share this Ingress's namespace writes the Secret. */
function writtenByCertificate(obj: KubeObject, secretName: string, ctx: RuleContext): boolean {
  return ctx.objects.some((o) => isCertificate(o) && str(record(o.spec).secretName) === secretName && relation(ctx, obj, metadataOf(obj).namespace, o, metadataOf(o).namespace) !== 'different');
}

/**
 * TLS-E4: a TLS entry without a Secret is served with the controller's default certificate
 * (ingress-nginx `--default-ssl-certificate`, often a wildcard; Traefik's default TLS store;
 * otherwise a self-signed one). That works when the default covers the hosts and is fragile
 * when it does not, so a warning. Cloud controllers that provide the certificate themselves,
 * and ssl-passthrough, need no Secret.
 */
function checkSecretNames(obj: KubeObject, report: Reporter, ctx: RuleContext): void {
  if (isSslPassthrough(obj) || cloudCertificateSource(obj, ctx) !== undefined) return;
  tlsEntries(obj).forEach((entry, i) => {
    if ((str(entry.secretName) ?? '') !== '') return;
    const path = `spec.tls[${i}].secretName`;
    const hosts = list(entry.hosts).filter((h) => typeof h === 'string').join(', ');
    report.warning('TLS-E4', path, `${path}: Required value: the TLS entry for ${hosts ? `[${hosts}]` : 'every host'} names no Secret, `
      + 'so the ingress controller serves its default certificate (ingress-nginx: --default-ssl-certificate, often a wildcard; Traefik: its default TLS store; '
      + 'without one, a self-signed certificate clients reject); make sure that default covers these hosts, or set secretName to the Secret of a Certificate that does');
  });
}

/**
 * TLS-E10: with http01-edit-in-place the challenge path is added to this Ingress, so this
 * Ingress must be reachable over HTTP on port 80. A Traefik router restricted to the HTTPS
 * entrypoint never sees the ACME server's request.
 */
function checkEditInPlace(obj: KubeObject, report: Reporter): void {
  if (annotation(obj, SHIM.http01EditInPlace) !== 'true') return;
  const entrypoints = annotation(obj, CONTROLLER.traefikEntrypoints);
  if (entrypoints === undefined) return;
  const names = entrypoints.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0 || names.some((n) => n !== 'websecure')) return;
  const path = annotationPath(SHIM.http01EditInPlace);
  report.error('TLS-E10', path, `${path}: "true" adds the HTTP-01 challenge path to this Ingress, but "${CONTROLLER.traefikEntrypoints}" is ${JSON.stringify(entrypoints)}, `
    + 'so Traefik serves it only over HTTPS and the ACME server\'s request on port 80 finds no route; remove http01-edit-in-place '
    + '(cert-manager then creates a separate solver Ingress that Traefik serves on every entrypoint)');
}

/**
 * TLS-E11: an explicit opt-out of HTTPS: a host without TLS, or a disabled redirect. A TLS
 * entry without hosts covers every host of the Ingress (the Ingress API defaults it to the
 * controller's wildcard), ssl-passthrough leaves TLS to the backend, and a cloud controller that
 * finds certificates by host serves TLS for the rule hosts too.
 */
function checkPlainHttp(obj: KubeObject, report: Reporter, ctx: RuleContext): void {
  const entries = tlsEntries(obj);
  const everyHost = entries.some((e) => list(e.hosts).length === 0) || isSslPassthrough(obj) || cloudCertificateSource(obj, ctx) !== undefined;
  const tlsHosts = entries.flatMap((e) => list(e.hosts).filter((h): h is string => typeof h === 'string'));
  list(record(obj.spec).rules).forEach((rule, i) => {
    const host = str(record(rule).host);
    if (!host || everyHost || tlsHosts.some((t) => nameCovers(t, host))) return;
    const path = `spec.rules[${i}].host`;
    report.warning('TLS-E11', path, `${path}: ${JSON.stringify(host)} has no TLS entry, so it is served over plain HTTP; `
      + 'add it to spec.tls with a Secret whose certificate covers it (TlsIngress does unless the host is marked plain)');
  });
  for (const key of [CONTROLLER.nginxSslRedirect, CONTROLLER.haproxySslRedirect]) {
    if (annotation(obj, key) !== 'false') continue;
    const path = annotationPath(key);
    report.warning('TLS-E11', path, `${path}: "false" serves the TLS hosts over plain HTTP as well, without redirecting to HTTPS; remove it (the redirect is the secure default)`);
  }
  const entrypoints = annotation(obj, CONTROLLER.traefikEntrypoints);
  if (entrypoints !== undefined && entrypoints.split(',').map((s) => s.trim()).includes('web')) {
    const path = annotationPath(CONTROLLER.traefikEntrypoints);
    report.warning('TLS-E11', path, `${path}: ${JSON.stringify(entrypoints)} includes the HTTP entrypoint "web", so Traefik serves these hosts over plain HTTP as well; `
      + 'bind the router to the HTTPS entrypoint only ("websecure") and redirect "web" to it in Traefik\'s entrypoint configuration');
  }
}

const checkIngress: ObjectCheck = (obj, report, ctx) => {
  if (isShimmed(obj)) checkShimTls(obj, report, ctx);
  else checkSecretNames(obj, report, ctx);
  checkEditInPlace(obj, report);
  checkPlainHttp(obj, report, ctx);
};

export const INGRESS_CHECKS: readonly ObjectCheck[] = [checkIngress];
