// Reads PEM certificates and keys with Node's own X.509 and key parsers (OpenSSL underneath),
// so a certificate the rules accept is one a TLS stack can load. Shared by the Secret rules and
// `cdk8s-tls inspect`.
import { KeyObject, X509Certificate, createPrivateKey } from 'crypto';

/** One PEM block: its type and where it starts (1-based block number for messages). */
export interface PemBlock {
  readonly type: string;
  readonly text: string;
  readonly index: number;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]*?-----END \1-----/g;

/** Every PEM block of a text, in order. */
export function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(PEM_BLOCK)].map((m, index) => ({ type: m[1], text: m[0], index }));
}

/** The public key of a certificate or request, as the rules judge it. */
export interface KeyInfo {
  /** `RSA`, `EC`, `Ed25519`, `Ed448`, `DSA`, ... */
  readonly type: string;
  /** Modulus bits for RSA/DSA, curve bits for EC and EdDSA. */
  readonly bits?: number;
  /** The curve's NIST name (`P-256`) or OpenSSL name, for EC keys. */
  readonly curve?: string;
}

const CURVES: Record<string, { name: string; bits: number; strong: boolean }> = {
  prime256v1: { name: 'P-256', bits: 256, strong: true },
  secp384r1: { name: 'P-384', bits: 384, strong: true },
  secp521r1: { name: 'P-521', bits: 521, strong: true },
  secp224r1: { name: 'P-224', bits: 224, strong: false },
  prime192v1: { name: 'P-192', bits: 192, strong: false },
  // 256 bits, but no TLS stack Kubernetes users run accepts it for certificates.
  secp256k1: { name: 'secp256k1', bits: 256, strong: false },
};

export function keyInfo(key: KeyObject): KeyInfo {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { type: key.asymmetricKeyType === 'rsa' ? 'RSA' : 'RSA-PSS', bits: details.modulusLength };
    case 'ec': {
      const curve = details.namedCurve ?? '';
      return { type: 'EC', bits: CURVES[curve]?.bits, curve: CURVES[curve]?.name ?? curve };
    }
    case 'ed25519':
      return { type: 'Ed25519', bits: 256 };
    case 'ed448':
      return { type: 'Ed448', bits: 448 };
    case 'dsa':
      return { type: 'DSA', bits: details.modulusLength };
    default:
      return { type: String(key.asymmetricKeyType ?? 'unknown') };
  }
}

export function describeKey(info: KeyInfo): string {
  if (info.type === 'EC') return `EC ${info.curve}`;
  return info.bits ? `${info.type} ${info.bits}` : info.type;
}

/** Why a key is too weak for TLS, or undefined when it is strong enough (RSA >= 2048, EC >= P-256, EdDSA). */
export function keyWeakness(info: KeyInfo): string | undefined {
  if (info.type === 'RSA' || info.type === 'RSA-PSS') {
    return (info.bits ?? 0) < 2048 ? `${describeKey(info)} is below 2048 bits` : undefined;
  }
  if (info.type === 'EC') {
    const strong = Object.values(CURVES).find((c) => c.name === info.curve)?.strong ?? false;
    return strong ? undefined : `curve ${info.curve || 'unknown'} is not P-256, P-384 or P-521`;
  }
  if (info.type === 'Ed25519' || info.type === 'Ed448') return undefined;
  return `${info.type} keys are not accepted by current TLS stacks`;
}

export const KEY_FIX = 'use ECDSA P-256 (or RSA 3072)';

/** Subject alternative names of a certificate, by type. */
export interface SubjectAltNames {
  readonly dns: string[];
  readonly ip: string[];
  readonly email: string[];
  readonly uri: string[];
}

/**
 * Node prints SANs as `DNS:a, IP Address:1.2.3.4, URI:...`; a value with a comma or quote is
 * printed as a JSON string (`DNS:"a,b"`), which is unquoted here.
 */
export function parseSubjectAltName(text: string | undefined): SubjectAltNames {
  const sans: SubjectAltNames = { dns: [], ip: [], email: [], uri: [] };
  if (!text) return sans;
  const entry = /(DNS|IP Address|email|URI|[A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)(?:, |$)/g;
  for (const m of text.matchAll(entry)) {
    const value = m[2].startsWith('"') ? JSON.parse(m[2]) as string : m[2];
    if (m[1] === 'DNS') sans.dns.push(value);
    else if (m[1] === 'IP Address') sans.ip.push(value);
    else if (m[1] === 'email') sans.email.push(value);
    else if (m[1] === 'URI') sans.uri.push(value);
  }
  return sans;
}

/** What `inspect` prints and the rules judge about one certificate. */
export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly sans: SubjectAltNames;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly key: KeyInfo;
  readonly isCa: boolean;
  readonly serialNumber: string;
  readonly fingerprintSha256: string;
}

/** A DN as one line (`CN=web,O=Example`): Node prints one attribute per line. */
function oneLine(dn: string): string {
  return dn.split('\n').filter((l) => l !== '').join(', ');
}

export function certificateInfo(cert: X509Certificate): CertificateInfo {
  return {
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    sans: parseSubjectAltName(cert.subjectAltName),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    key: keyInfo(cert.publicKey),
    isCa: cert.ca,
    serialNumber: cert.serialNumber,
    fingerprintSha256: cert.fingerprint256,
  };
}

const DAY_MS = 24 * 3600 * 1000;

/** Whole days from `now` to `notAfter`, rounded towards zero (negative once expired: days since). */
export function daysLeft(info: CertificateInfo, now: Date): number {
  return Math.trunc((info.notAfter.getTime() - now.getTime()) / DAY_MS) || 0;
}

export const isoDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Certificates of a PEM text, or what prevents reading them. */
export type CertificatesResult = { readonly certificates: X509Certificate[] } | { readonly error: string };

export function readCertificates(text: string): CertificatesResult {
  const blocks = pemBlocks(text);
  const certBlocks = blocks.filter((b) => b.type === 'CERTIFICATE');
  if (certBlocks.length === 0) {
    const others = blocks.map((b) => b.type);
    return { error: others.length ? `no CERTIFICATE PEM block (found ${others.join(', ')})` : 'no PEM block found (expected -----BEGIN CERTIFICATE-----)' };
  }
  const certificates: X509Certificate[] = [];
  for (const [i, block] of certBlocks.entries()) {
    try {
      certificates.push(new X509Certificate(block.text));
    } catch (e) {
      return { error: `certificate #${i + 1} does not parse: ${(e as Error).message}` };
    }
  }
  return { certificates };
}

export type PrivateKeyResult = { readonly key: KeyObject } | { readonly error: string };

export function readPrivateKey(text: string): PrivateKeyResult {
  const blocks = pemBlocks(text).filter((b) => /PRIVATE KEY$/.test(b.type));
  if (blocks.length === 0) return { error: 'no PRIVATE KEY PEM block found' };
  if (blocks.length > 1) return { error: `${blocks.length} private keys found; keep only the key of the leaf certificate` };
  const block = blocks[0];
  if (block.type === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.text)) {
    return { error: 'the private key is encrypted with a passphrase, which Kubernetes TLS consumers cannot supply; decrypt it (openssl pkey -in key.pem -out plain.pem)' };
  }
  try {
    return { key: createPrivateKey(block.text) };
  } catch (e) {
    return { error: `the private key does not parse: ${(e as Error).message}` };
  }
}

/** Whether `issuer` issued and signed `child`. */
export function signs(issuer: X509Certificate, child: X509Certificate): boolean {
  try {
    return child.checkIssued(issuer) && child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/**
 * Why a chain (leaf first, then each issuer) is out of order, or undefined when every
 * certificate is signed by the next. Names the order that would work when there is one.
 */
export function chainProblem(chain: readonly X509Certificate[]): string | undefined {
  const fix = 'put the leaf first, then each certificate\'s issuer';
  for (let i = 0; i + 1 < chain.length; i++) {
    if (signs(chain[i + 1], chain[i])) continue;
    const subject = oneLine(chain[i].subject);
    const issued = chain.findIndex((c, j) => j > i && signs(chain[i], c));
    if (issued > i) {
      return `certificate #${i + 1} (${subject}) is the issuer of certificate #${issued + 1} (${oneLine(chain[issued].subject)}), which comes after it: `
        + `the chain is out of order; ${fix}`;
    }
    const issuerAt = chain.findIndex((c, j) => j !== i && signs(c, chain[i]));
    if (issuerAt >= 0) {
      return `certificate #${i + 2} does not sign certificate #${i + 1} (${subject}); its issuer is certificate #${issuerAt + 1}: the chain is out of order; ${fix}`;
    }
    return `certificate #${i + 2} (${oneLine(chain[i + 1].subject)}) did not sign certificate #${i + 1} (${subject}, issued by ${oneLine(chain[i].issuer)}); `
      + `${fix}, and leave out certificates of other chains`;
  }
  return undefined;
}

/** Whether a host name (or wildcard, or IP address) is covered by a certificate's SANs, as TLS clients check it (no CN fallback). */
export function coversHost(cert: X509Certificate, host: string): boolean {
  const sans = parseSubjectAltName(cert.subjectAltName);
  if (/^[0-9.]+$/.test(host) || host.includes(':')) return sans.ip.includes(host);
  if (host.startsWith('*.')) return sans.dns.some((d) => d.toLowerCase() === host.toLowerCase());
  return cert.checkHost(host, { subject: 'never' }) !== undefined;
}
