// Rules on one Ingress: what cert-manager's ingress-shim refuses in `spec.tls` (CM-S1, CM-S2), a
// TLS entry without a Secret (TLS-E4), an HTTP-01 combination that cannot be solved (TLS-E10) and
// hosts served over plain HTTP (TLS-E11).
import { CONTROLLER, SHIM, annotationPath } from './annotations';
import { annotation, isShimmed, nameCovers } from './tls-uses';
import { KubeObject, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

function tlsEntries(obj: KubeObject): Record<string, any>[] {
  return list(record(obj.spec).tls).map(record);
}

/** CM-S1 / CM-S2: the shim skips or refuses these TLS entries and issues nothing for them. */
function checkShimTls(obj: KubeObject, report: Reporter): void {
  const firstUse = new Map<string, number>();
  tlsEntries(obj).forEach((entry, i) => {
    const secretName = str(entry.secretName) ?? '';
    const hosts = list(entry.hosts);
    if (hosts.length === 0) {
      const path = `spec.tls[${i}].hosts`;
      report.error('CM-S2', path, `${path}: Required value: cert-manager skips this TLS block (Skipped a TLS block: ${path}: Required value) and issues no certificate for it; `
        + 'list the hosts the certificate must cover');
    }
    if (secretName === '') {
      const path = `spec.tls[${i}].secretName`;
      report.error('CM-S2', path, `${path}: Required value: cert-manager skips this TLS block (Skipped a TLS block: ${path}: Required value); `
        + 'name the Secret cert-manager should write the certificate to');
      return;
    }
    const first = firstUse.get(secretName);
    if (first !== undefined) {
      const path = `spec.tls[${i}].secretName`;
      report.error('CM-S1', path, `${path}: Invalid value: ${JSON.stringify(secretName)}: this secret name must only appear in a single TLS entry but is also used in spec.tls[${first}].secretName; `
        + `merge the hosts of both entries into spec.tls[${first}]`);
    } else {
      firstUse.set(secretName, i);
    }
  });
}

/** TLS-E4: without a Secret the controller serves its default (usually self-signed) certificate for these hosts. */
function checkSecretNames(obj: KubeObject, report: Reporter): void {
  tlsEntries(obj).forEach((entry, i) => {
    if ((str(entry.secretName) ?? '') !== '') return;
    const path = `spec.tls[${i}].secretName`;
    const hosts = list(entry.hosts).filter((h) => typeof h === 'string').join(', ');
    report.error('TLS-E4', path, `${path}: Required value: the TLS entry for ${hosts ? `[${hosts}]` : 'every host'} names no Secret, `
      + 'so the ingress controller serves its default certificate, which clients do not trust; set secretName to the Secret of a Certificate covering these hosts');
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

/** TLS-E11: an explicit opt-out of HTTPS: a host without TLS, or a disabled redirect. */
function checkPlainHttp(obj: KubeObject, report: Reporter): void {
  const tlsHosts = tlsEntries(obj).flatMap((e) => list(e.hosts).filter((h): h is string => typeof h === 'string'));
  list(record(obj.spec).rules).forEach((rule, i) => {
    const host = str(record(rule).host);
    if (!host || tlsHosts.some((t) => nameCovers(t, host))) return;
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

const checkIngress: ObjectCheck = (obj, report) => {
  if (isShimmed(obj)) checkShimTls(obj, report);
  else checkSecretNames(obj, report);
  checkEditInPlace(obj, report);
  checkPlainHttp(obj, report);
};

export const INGRESS_CHECKS: readonly ObjectCheck[] = [checkIngress];
