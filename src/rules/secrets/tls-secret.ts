// TLS-P1..TLS-P8: what a `kubernetes.io/tls` Secret written by hand (openssl, an enterprise CA,
// `kubectl create secret tls`) gets wrong, checked the way a TLS server would load it.
import { X509Certificate } from 'crypto';
import {
  DEFAULT_EXPIRY_WARNING_DAYS, EXPECTED_HOSTS_ANNOTATION, EXPIRY_WARNING_DAYS_ANNOTATION, PRIVATE_KEY_IN_MANIFEST_ANNOTATION,
  PRIVATE_KEY_IN_MANIFEST_OPT_IN, csv,
} from './annotations';
import {
  KEY_FIX, certificateInfo, chainProblem, coversHost, daysLeft, isoDate, keyWeakness, readCertificates, readPrivateKey, signs,
} from './x509';
import { RuleContext } from '../context';
import { KubeObject, isRecord, metadataOf, record } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { reportInsecureDefault } from '../secure-default';
import { decodeGoBytes } from '../util/pem';

export const TLS_SECRET_TYPE = 'kubernetes.io/tls';

/** One key of a Secret: from `stringData` (which wins, as the API server merges it) or base64 `data`. */
export interface SecretEntry {
  readonly path: string;
  /** The decoded text; undefined when absent or not base64 (see `notBase64`). */
  readonly text?: string;
  readonly present: boolean;
  readonly notBase64?: boolean;
}

export function secretEntry(secret: KubeObject, key: string): SecretEntry {
  const stringData = record(secret.stringData);
  if (typeof stringData[key] === 'string') return { path: `stringData[${key}]`, text: stringData[key], present: true };
  const data = record(secret.data);
  if (typeof data[key] !== 'string') return { path: `data[${key}]`, present: false };
  const bytes = decodeGoBytes(data[key]);
  if (bytes === undefined) return { path: `data[${key}]`, present: true, notBase64: true };
  return { path: `data[${key}]`, text: bytes.toString('utf8'), present: true };
}

/** A Secret encrypted by SOPS: its values are ciphertext until decrypted at deploy time. */
export function isSopsEncrypted(secret: KubeObject): boolean {
  return isRecord(secret.sops);
}

const ALTERNATIVES = 'let cert-manager issue the certificate (issuer.issue(...)), or keep the Secret out of the manifests '
  + '(External Secrets, SOPS, Sealed Secrets, kubectl) and reference it with TlsSecret.fromSecretName(...)';
const OPT_IN = `to keep the key here on purpose, annotate the Secret ${PRIVATE_KEY_IN_MANIFEST_ANNOTATION}: ${PRIVATE_KEY_IN_MANIFEST_OPT_IN} `
  + '(TlsSecret: includePrivateKey: PrivateKeyInclusion.INSECURELY_IN_MANIFEST)';

/** TLS-P8: a private key in clear text (base64 is an encoding) in a manifest, which ends up in Git: insecure, accepted by the cluster. */
function checkKeyInManifest(secret: KubeObject, report: Reporter, ctx: RuleContext, key: SecretEntry): void {
  if (key.text === undefined || key.text.trim() === '') return;
  const optIn = metadataOf(secret).annotations[PRIVATE_KEY_IN_MANIFEST_ANNOTATION] === PRIVATE_KEY_IN_MANIFEST_OPT_IN;
  if (optIn) {
    report.warning('TLS-P8', key.path, `${key.path}: the private key is kept in this manifest in clear text (base64), as its annotation `
      + `${PRIVATE_KEY_IN_MANIFEST_ANNOTATION} chooses; anyone who can read the manifests can impersonate this certificate; ${ALTERNATIVES}`);
    return;
  }
  reportInsecureDefault(report, ctx, 'TLS-P8', key.path, `${key.path}: a private key would be written into the manifest in clear text (base64 is not encryption), `
    + `where anyone who can read the repository can impersonate this certificate; ${ALTERNATIVES}; ${OPT_IN}`);
}

function label(cert: X509Certificate, i: number): string {
  return `certificate #${i + 1} (${certificateInfo(cert).subject || 'empty subject'})`;
}

/** TLS-P4 / TLS-P5: validity of every certificate of the chain, and the leaf's remaining days. */
function checkValidity(secret: KubeObject, report: Reporter, ctx: RuleContext, path: string, chain: readonly X509Certificate[]): void {
  chain.forEach((cert, i) => {
    const info = certificateInfo(cert);
    if (info.notAfter.getTime() <= ctx.now.getTime()) {
      report.error('TLS-P4', path, `${path}: ${label(cert, i)} expired on ${isoDate(info.notAfter)} (${-daysLeft(info, ctx.now)} days ago); `
        + `${i === 0 ? 'renew it' : 'replace it with the issuer\'s current certificate'}, or let cert-manager issue and renew it`);
    } else if (info.notBefore.getTime() > ctx.now.getTime()) {
      report.warning('TLS-P4', path, `${path}: ${label(cert, i)} is not valid before ${isoDate(info.notBefore)}; clients reject it until then: `
        + 'check the clock of the machine that issued it');
    }
  });
  const leaf = certificateInfo(chain[0]);
  const annotated = Number(metadataOf(secret).annotations[EXPIRY_WARNING_DAYS_ANNOTATION]);
  const horizon = Number.isFinite(annotated) && annotated >= 0 ? annotated : DEFAULT_EXPIRY_WARNING_DAYS;
  const left = daysLeft(leaf, ctx.now);
  if (leaf.notAfter.getTime() > ctx.now.getTime() && left < horizon) {
    report.warning('TLS-P5', path, `${path}: ${label(chain[0], 0)} expires on ${isoDate(leaf.notAfter)}, in ${left} days (less than ${horizon}); `
      + 'renew it now, or let cert-manager issue and renew it');
  }
}

/** TLS-P2: the key is the leaf's key. */
function checkKeyMatches(report: Reporter, key: SecretEntry, crtPath: string, chain: readonly X509Certificate[]): void {
  if (key.notBase64) {
    report.error('TLS-P1', key.path, `${key.path}: is not valid base64; encode the PEM key with base64 -w0, or put the PEM text in stringData`);
    return;
  }
  if (key.text === undefined || key.text.trim() === '') return;
  const parsed = readPrivateKey(key.text);
  if ('error' in parsed) {
    report.error('TLS-P1', key.path, `${key.path}: ${parsed.error}; put the PEM private key of the leaf certificate here`);
    return;
  }
  if (chain[0].checkPrivateKey(parsed.key)) return;
  const other = chain.findIndex((c) => c.checkPrivateKey(parsed.key));
  const why = other > 0 ? `it is the key of ${label(chain[other], other)}: the leaf must come first in ${crtPath}`
    : 'it belongs to another certificate';
  report.error('TLS-P2', key.path, `${key.path}: the private key does not match ${label(chain[0], 0)} of ${crtPath}; ${why}; `
    + 'pair the leaf certificate with the key it was issued for');
}

/** TLS-P3 for ca.crt: it parses, and anchors the chain when the chain does not end in a root. */
function checkCaCrt(report: Reporter, ca: SecretEntry, chain: readonly X509Certificate[]): void {
  if (ca.notBase64) {
    report.error('TLS-P1', ca.path, `${ca.path}: is not valid base64; encode the PEM certificates with base64 -w0, or put the PEM text in stringData`);
    return;
  }
  if (ca.text === undefined || ca.text.trim() === '') return;
  const parsed = readCertificates(ca.text);
  if ('error' in parsed) {
    report.error('TLS-P1', ca.path, `${ca.path}: ${parsed.error}; put the PEM certificate of the issuing CA here`);
    return;
  }
  const top = chain[chain.length - 1];
  if (signs(top, top)) return;
  if (!parsed.certificates.some((c) => signs(c, top))) {
    report.warning('TLS-P3', ca.path, `${ca.path}: no certificate here signed ${label(top, chain.length - 1)} (issued by ${certificateInfo(top).issuer}), `
      + 'so clients trusting ca.crt cannot verify the chain; put the certificate of that issuer in ca.crt');
  }
}

/** TLS-P7: the hosts the owner declared are covered by the leaf's SANs. */
function checkHosts(secret: KubeObject, report: Reporter, path: string, leaf: X509Certificate): void {
  for (const host of csv(metadataOf(secret).annotations[EXPECTED_HOSTS_ANNOTATION])) {
    reportHostMiss(report, path, leaf, host, `declared in ${EXPECTED_HOSTS_ANNOTATION}`);
  }
}

export function reportHostMiss(report: Reporter, path: string, leaf: X509Certificate, host: string, where: string): void {
  if (coversHost(leaf, host)) return;
  const sans = certificateInfo(leaf).sans;
  const names = [...sans.dns, ...sans.ip];
  report.error('TLS-P7', path, `${path}: host "${host}" (${where}) is not among the certificate's subject alternative names `
    + `(${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'}); clients will reject it; issue a certificate whose SANs include "${host}"`);
}

/** The certificates of a readable, non-empty `tls.crt`, after reporting TLS-P1 for an unreadable one. */
export function tlsCertificates(report: Reporter | undefined, crt: SecretEntry): X509Certificate[] | undefined {
  if (crt.notBase64) {
    report?.error('TLS-P1', crt.path, `${crt.path}: is not valid base64; encode the PEM chain with base64 -w0, or put the PEM text in stringData`);
    return undefined;
  }
  if (crt.text === undefined || crt.text.trim() === '') return undefined;
  const parsed = readCertificates(crt.text);
  if ('error' in parsed) {
    report?.error('TLS-P1', crt.path, `${crt.path}: ${parsed.error}; put the PEM certificate chain here, leaf first`);
    return undefined;
  }
  return parsed.certificates;
}

const checkTlsSecret: ObjectCheck = (secret, report, ctx) => {
  if (secret.type !== TLS_SECRET_TYPE || isSopsEncrypted(secret)) return;
  const crt = secretEntry(secret, 'tls.crt');
  const key = secretEntry(secret, 'tls.key');
  for (const missing of [crt, key].filter((e) => !e.present)) {
    report.error('TLS-P1', missing.path, `${missing.path}: Required value: a ${TLS_SECRET_TYPE} Secret must have both tls.crt and tls.key; `
      + 'add the missing key (empty when a controller fills it in)');
  }
  checkKeyInManifest(secret, report, ctx, key);
  // An empty tls.crt is a placeholder a controller (cert-manager, a webhook's init job) fills in.
  const chain = tlsCertificates(report, crt);
  if (!chain) return;
  chain.forEach((cert, i) => {
    const weakness = keyWeakness(certificateInfo(cert).key);
    if (weakness) report.error('TLS-P6', crt.path, `${crt.path}: ${label(cert, i)} has a weak key: ${weakness}; ${KEY_FIX}`);
  });
  const order = chainProblem(chain);
  if (order) report.error('TLS-P3', crt.path, `${crt.path}: ${order}`);
  checkCaCrt(report, secretEntry(secret, 'ca.crt'), chain);
  checkKeyMatches(report, key, crt.path, chain);
  checkValidity(secret, report, ctx, crt.path, chain);
  checkHosts(secret, report, crt.path, chain[0]);
};

export const TLS_SECRET_CHECKS: readonly ObjectCheck[] = [checkTlsSecret];
