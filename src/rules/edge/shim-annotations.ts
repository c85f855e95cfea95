// CM-S8..CM-S15: the cert-manager annotations on an Ingress or Gateway that the certificate-shim
// cannot turn into a Certificate, and TLS-E5: both issuer annotations. Every one of them costs
// the whole object its certificates, so they are errors. How cert-manager v1.21.1 reports them
// (pkg/controller/certificate-shim/sync.go and helper.go):
// - CM-S8, TLS-E5: issuerForIngressLike fails: a `Warning BadConfig` event, no Certificate.
// - CM-S11 (unparsable durations), CM-S12..CM-S15: translateAnnotations returns an error, so the
//   sync fails and is retried with backoff, logged by the controller but with no event.
// - CM-S9, CM-S10, and durations below the minimum (CM-S11): the shim copies the value into the
//   Certificate it creates without checking it, and cert-manager's webhook refuses that
//   Certificate, so the sync fails the same way.
import { SHIM, annotationPath } from './annotations';
import { annotation, isShimmed } from './tls-uses';
import { KubeObject, isRecord, metadataOf } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { parseMailAddress } from '../util/email';
import { HOUR_NS, MINUTE_NS, formatGoDuration, parseGoDuration } from '../util/go-duration';
import { isGoIP } from '../util/ip';
import { isKnownUsage } from '../util/usages';

/** How every shim error reads in cert-manager's event (helper.go: errInvalidIngressAnnotation). */
const invalid = (key: string, detail: string): string => `invalid ingress annotation ${JSON.stringify(key)}: ${detail}`;

function reportAnnotation(report: Reporter, ruleId: string, key: string, detail: string, fix: string): void {
  const path = annotationPath(key);
  report.error(ruleId, path, `${path}: ${invalid(key, detail)}; cert-manager creates no Certificate for this object; ${fix}`);
}

/** A value the shim copies unchecked into its Certificate, which the webhook then refuses. */
function reportRefusedCertificate(report: Reporter, ruleId: string, key: string, webhookError: string, fix: string): void {
  const path = annotationPath(key);
  report.error(ruleId, path, `${path}: cert-manager copies this into the Certificate it creates for this object, and its webhook refuses that Certificate `
    + `(${webhookError}), so no certificate is issued for any host here; ${fix}`);
}

/** TLS-E5 and CM-S8: which issuer the shim uses must be unambiguous. */
function checkIssuerAnnotations(obj: KubeObject, report: Reporter): void {
  const issuer = annotation(obj, SHIM.issuer);
  const cluster = annotation(obj, SHIM.clusterIssuer);
  if (issuer !== undefined && cluster !== undefined) {
    const path = annotationPath(SHIM.issuer);
    report.error('TLS-E5', path, `${path}: both "${SHIM.issuer}" (${JSON.stringify(issuer)}) and "${SHIM.clusterIssuer}" (${JSON.stringify(cluster)}) are set, `
      + 'and cert-manager refuses the object (both "cert-manager.io/issuer" and "cert-manager.io/cluster-issuer" may not be set); keep only the one that names the issuer you mean');
  }
  if (cluster !== undefined) {
    for (const key of [SHIM.issuerKind, SHIM.issuerGroup]) {
      if (annotation(obj, key) === undefined) continue;
      const path = annotationPath(key);
      report.error('CM-S8', path, `${path}: both "${SHIM.clusterIssuer}" and "${key}" may not be set; `
        + `remove "${key}" for a ClusterIssuer, or use "${SHIM.issuer}" with "${key}" for an external issuer`);
    }
  }
  if (issuer === undefined && cluster === undefined && isShimmed(obj)) {
    const path = annotationPath(SHIM.tlsAcme);
    report.warning('CM-S8', path, `${path}: "true" without "${SHIM.issuer}" or "${SHIM.clusterIssuer}" uses cert-manager's default issuer; without the controller flag `
      + '--default-issuer-name the shim fails with "failed to determine issuer name to be used for ingress resource"; name the issuer with an annotation');
  }
}

function checkNames(obj: KubeObject, report: Reporter): void {
  const cn = annotation(obj, SHIM.commonName);
  if (cn !== undefined && Buffer.byteLength(cn, 'utf8') > 64) {
    reportRefusedCertificate(report, 'CM-S9', SHIM.commonName, `spec.commonName: Too long: may not be more than 64 bytes; it has ${Buffer.byteLength(cn, 'utf8')}`,
      'drop the common name (clients use the DNS names) or shorten it');
  }
  const ips = annotation(obj, SHIM.ipSans);
  if (ips !== undefined) {
    ips.split(',').forEach((ip, i) => {
      if (!isGoIP(ip)) {
        reportRefusedCertificate(report, 'CM-S10', SHIM.ipSans, `spec.ipAddresses[${i}]: Invalid value: ${JSON.stringify(ip)}: invalid IP address`, 'write comma-separated IP addresses without spaces');
      }
    });
  }
  const emails = annotation(obj, SHIM.emailSans);
  if (emails !== undefined) {
    emails.split(',').forEach((email, i) => {
      const parsed = parseMailAddress(email);
      const at = `spec.emailAddresses[${i}]: Invalid value: ${JSON.stringify(email)}`;
      if ('error' in parsed) {
        reportRefusedCertificate(report, 'CM-S10', SHIM.emailSans, `${at}: invalid email address: ${parsed.error}`, 'write comma-separated bare addresses');
      } else if (parsed.address !== email) {
        reportRefusedCertificate(report, 'CM-S10', SHIM.emailSans, `${at}: invalid email address: make sure the supplied value only contains the email address itself`,
          'write the bare address, without a display name or spaces');
      }
    });
  }
}

function checkLifetime(obj: KubeObject, report: Reporter): void {
  const duration = annotation(obj, SHIM.duration);
  if (duration !== undefined) {
    const ns = parseGoDuration(duration);
    if (ns === undefined) reportAnnotation(report, 'CM-S11', SHIM.duration, `time: invalid duration ${JSON.stringify(duration)}`, 'write a Go duration in hours, e.g. "2160h"');
    else if (ns < HOUR_NS) reportRefusedCertificate(report, 'CM-S11', SHIM.duration, `spec.duration: Invalid value: ${formatGoDuration(ns)}: certificate duration must be greater than 1h0m0s`, 'use at least "1h"');
  }
  const renewBefore = annotation(obj, SHIM.renewBefore);
  if (renewBefore !== undefined) {
    const ns = parseGoDuration(renewBefore);
    if (ns === undefined) {reportAnnotation(report, 'CM-S11', SHIM.renewBefore, `time: invalid duration ${JSON.stringify(renewBefore)}`, `write a Go duration, or use "${SHIM.renewBeforePercentage}"`);} else if (ns < 5 * MINUTE_NS) {
      reportRefusedCertificate(report, 'CM-S11', SHIM.renewBefore, `spec.renewBefore: Invalid value: ${formatGoDuration(ns)}: certificate renewBefore must be greater than 5m0s`,
        `use "${SHIM.renewBeforePercentage}" (e.g. "33")`);
    }
  }
  const pct = annotation(obj, SHIM.renewBeforePercentage);
  if (pct !== undefined) {
    if (!isInt32(pct)) {
      reportAnnotation(report, 'CM-S12', SHIM.renewBeforePercentage, `strconv.ParseInt: parsing ${JSON.stringify(pct)}: invalid syntax`, 'write a whole number of percent, e.g. "33"');
    } else if (Number(pct) < 1 || Number(pct) > 99) {
      // The shim and the webhook let this through (the C25-C30 gap), and cert-manager then ignores
      // it (pkg/util/pki/renewaltime.go, desiredRenewalTime): it works, but not as written.
      const path = annotationPath(SHIM.renewBeforePercentage);
      report.warning('TLS-C30', path, `${path}: ${pct} is outside 1..99, so cert-manager ignores it and renews at two thirds of the lifetime; `
        + 'use 33 (renew when a third of the lifetime remains), or remove it');
    }
  }
  const limit = annotation(obj, SHIM.revisionHistoryLimit);
  if (limit !== undefined) {
    if (!isInt32(limit)) reportAnnotation(report, 'CM-S12', SHIM.revisionHistoryLimit, `strconv.ParseInt: parsing ${JSON.stringify(limit)}: invalid syntax`, 'write a whole number, at least 1');
    else if (Number(limit) < 1) reportAnnotation(report, 'CM-S12', SHIM.revisionHistoryLimit, `revision history limit must be a positive number ${JSON.stringify(limit)}`, 'use 1 or more');
  }
}

function isInt32(text: string): boolean {
  return /^[+-]?[0-9]+$/.test(text) && Math.abs(Number(text)) <= 2147483647;
}

function checkUsages(obj: KubeObject, report: Reporter): void {
  const usages = annotation(obj, SHIM.usages);
  if (usages === undefined) return;
  for (const name of usages.split(',')) {
    // helper.go trims spaces only (strings.Trim(name, " ")).
    if (!isKnownUsage(name.replace(/^ +| +$/g, ''))) {
      reportAnnotation(report, 'CM-S13', SHIM.usages, `invalid key usage name ${JSON.stringify(name)}`, 'use comma-separated cert-manager usages, e.g. "digital signature,server auth"');
    }
  }
}

function checkPrivateKey(obj: KubeObject, report: Reporter): void {
  const algorithm = annotation(obj, SHIM.privateKeyAlgorithm);
  if (algorithm !== undefined && !['RSA', 'ECDSA', 'Ed25519'].includes(algorithm)) {
    reportAnnotation(report, 'CM-S14', SHIM.privateKeyAlgorithm, `invalid private key algorithm ${JSON.stringify(algorithm)}`, 'use "ECDSA", "RSA" or "Ed25519" (case matters)');
  }
  const encoding = annotation(obj, SHIM.privateKeyEncoding);
  if (encoding !== undefined && encoding !== 'PKCS1' && encoding !== 'PKCS8') {
    reportAnnotation(report, 'CM-S14', SHIM.privateKeyEncoding, `invalid private key encoding ${JSON.stringify(encoding)}`, 'use "PKCS8" (or "PKCS1")');
  }
  const size = annotation(obj, SHIM.privateKeySize);
  if (size !== undefined) {
    if (!/^[+-]?[0-9]+$/.test(size)) {
      reportAnnotation(report, 'CM-S14', SHIM.privateKeySize, `strconv.Atoi: parsing ${JSON.stringify(size)}: invalid syntax`, 'write the key size in bits, e.g. "256" for ECDSA');
    } else {
      // Without an algorithm annotation the shim checks the size as RSA's.
      const alg = algorithm ?? 'RSA';
      const n = Number(size);
      if (alg === 'RSA' && (n < 2048 || n > 8192)) {
        reportAnnotation(report, 'CM-S14', SHIM.privateKeySize, `invalid private key size for RSA algorithm ${JSON.stringify(size)}`,
          algorithm === undefined ? `set "${SHIM.privateKeyAlgorithm}" (the size is read as RSA without it), or use 2048..8192` : 'use 2048..8192 (3072 recommended)');
      } else if (alg === 'ECDSA' && ![256, 384, 521].includes(n)) {
        reportAnnotation(report, 'CM-S14', SHIM.privateKeySize, `invalid private key size for ECDSA algorithm ${JSON.stringify(size)}`, 'use 256, 384 or 521');
      }
    }
  }
  const rotation = annotation(obj, SHIM.privateKeyRotationPolicy);
  if (rotation !== undefined && rotation !== 'Always' && rotation !== 'Never') {
    reportAnnotation(report, 'CM-S14', SHIM.privateKeyRotationPolicy, `invalid private key rotation policy ${JSON.stringify(rotation)}`, 'use "Always"');
  }
}

function checkSecretTemplate(obj: KubeObject, report: Reporter): void {
  const text = annotation(obj, SHIM.secretTemplate);
  if (text === undefined) return;
  const fix = 'write JSON of the form {"labels": {...}, "annotations": {...}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    reportAnnotation(report, 'CM-S15', SHIM.secretTemplate, `error parsing secret template JSON: ${(e as Error).message}`, fix);
    return;
  }
  if (!isRecord(parsed)) {
    reportAnnotation(report, 'CM-S15', SHIM.secretTemplate, 'error parsing secret template JSON: not a JSON object', fix);
    return;
  }
  const unknown = Object.keys(parsed).filter((k) => k !== 'labels' && k !== 'annotations');
  if (unknown.length) {
    reportAnnotation(report, 'CM-S15', SHIM.secretTemplate, `error parsing secret template JSON: json: unknown field ${JSON.stringify(unknown[0])}`, fix);
  }
  for (const field of ['labels', 'annotations']) {
    const value = parsed[field];
    if (value !== undefined && value !== null && (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'string'))) {
      reportAnnotation(report, 'CM-S15', SHIM.secretTemplate, `error parsing secret template JSON: ${field} must map strings to strings`, fix);
    }
  }
  for (const key of Object.keys(isRecord(parsed.annotations) ? parsed.annotations : {})) {
    if (key.startsWith('cert-manager.io/')) {
      reportAnnotation(report, 'CM-S15', SHIM.secretTemplate, `secretTemplate must not have cert-manager.io/ annotations: ${JSON.stringify(key)}`, 'remove the cert-manager.io/ annotation from the template');
    }
  }
}

/** The shim reads the certificate annotations only on objects it acts on. */
const checkShimAnnotations: ObjectCheck = (obj, report) => {
  if (Object.keys(metadataOf(obj).annotations).length === 0) return;
  checkIssuerAnnotations(obj, report);
  if (!isShimmed(obj)) return;
  checkNames(obj, report);
  checkLifetime(obj, report);
  checkUsages(obj, report);
  checkPrivateKey(obj, report);
  checkSecretTemplate(obj, report);
};

export const SHIM_ANNOTATION_CHECKS: readonly ObjectCheck[] = [checkShimAnnotations];
