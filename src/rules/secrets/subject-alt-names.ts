// TLS-P9: a server certificate without subject alternative names. Browsers (Chrome 58+, Firefox
// 48+) and Go (1.15+, so Kubernetes, Prometheus, Argo CD) verify the host against the SANs only
// and ignore the subject's CN, so such a certificate fails every connection from them.
//
// Severity: an error where an Ingress or Gateway of the same set serves the Secret (it is never
// served successfully to a modern client), a warning elsewhere: a Secret of kubernetes.io/tls
// type may also hold a client certificate, which needs no SAN, or be served to older clients
// (Java, some OpenSSL builds) that still fall back to the CN.
import { X509Certificate } from 'crypto';
import { TLS_SECRET_TYPE, isSopsEncrypted, secretEntry, tlsCertificates } from './tls-secret';
import { certificateInfo } from './x509';
import { TlsUse, describe, secretKey, tlsUses } from '../edge/tls-uses';
import { apiGroupOf, kindOf, metadataOf } from '../object';
import { CrossCheck } from '../rule';

const SERVER_AUTH_OID = '1.3.6.1.5.5.7.3.1';
const ANY_EKU_OID = '2.5.29.37.0';

/**
 * Whether a certificate could be served by a TLS server and names no host a client can check:
 * not a CA, an extended key usage that allows server auth (or none), and no DNS or IP SAN.
 */
export function servesWithoutSubjectAltNames(cert: X509Certificate): boolean {
  const info = certificateInfo(cert);
  if (info.isCa) return false;
  const eku = cert.keyUsage;
  if (Array.isArray(eku) && eku.length > 0 && !eku.includes(SERVER_AUTH_OID) && !eku.includes(ANY_EKU_OID)) return false;
  return info.sans.dns.length === 0 && info.sans.ip.length === 0;
}

const checkSubjectAltNames: CrossCheck = (ctx, reporterFor) => {
  const servedBy = new Map<string, TlsUse>();
  for (const use of tlsUses(ctx.objects)) {
    const k = secretKey(use.namespace, use.secretName);
    if (!servedBy.has(k)) servedBy.set(k, use);
  }
  for (const secret of ctx.objects) {
    if (apiGroupOf(secret) !== '' || kindOf(secret) !== 'Secret' || secret.type !== TLS_SECRET_TYPE || isSopsEncrypted(secret)) continue;
    const crt = secretEntry(secret, 'tls.crt');
    const chain = tlsCertificates(undefined, crt);
    if (!chain || !servesWithoutSubjectAltNames(chain[0])) continue;
    const md = metadataOf(secret);
    const use = servedBy.get(secretKey(md.namespace ?? '', md.name));
    const subject = certificateInfo(chain[0]).subject || 'an empty subject';
    const fix = 'issue it again with the host names as SANs (openssl req -addext "subjectAltName=DNS:app.example.com", or a cert-manager Certificate\'s dnsNames)';
    const report = reporterFor(secret);
    if (use) {
      report.error('TLS-P9', crt.path, `${crt.path}: the certificate (${subject}) has no subject alternative names, and ${describe(use.obj)} serves it; browsers and Go clients `
        + `ignore the CN and reject it for every host; ${fix}`);
    } else {
      report.warning('TLS-P9', crt.path, `${crt.path}: the certificate (${subject}) has no subject alternative names; if a server presents it, browsers and Go clients `
        + `ignore the CN and reject it (a client certificate needs none: give it extendedKeyUsage clientAuth only); ${fix}`);
    }
  }
};

export const SUBJECT_ALT_NAME_CHECKS: readonly CrossCheck[] = [checkSubjectAltNames];
