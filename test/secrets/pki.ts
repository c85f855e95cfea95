// Test-only PKI: keys from node's crypto, certificates and requests signed by the real `openssl`,
// made fresh in each test run (no key is committed). Every certificate is issued "now", so tests
// that need an expired or expiring certificate move the rules' `now` instead of the clock.
import { execFileSync } from 'child_process';
import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-test-pki-'));
let counter = 0;

function file(content: string): string {
  const name = path.join(DIR, `f${counter++}.pem`);
  fs.writeFileSync(name, content);
  return name;
}

function openssl(args: string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export type KeySpec = 'ec256' | 'ec384' | 'ec224' | 'rsa1024' | 'rsa2048' | 'ed25519';

/** A fresh private key, PKCS#8 PEM. */
export function newKey(spec: KeySpec = 'ec256'): string {
  const options = (): any => {
    switch (spec) {
      case 'ec256': return ['ec', { namedCurve: 'prime256v1' }];
      case 'ec384': return ['ec', { namedCurve: 'secp384r1' }];
      case 'ec224': return ['ec', { namedCurve: 'secp224r1' }];
      case 'rsa1024': return ['rsa', { modulusLength: 1024 }];
      case 'rsa2048': return ['rsa', { modulusLength: 2048 }];
      case 'ed25519': return ['ed25519', {}];
    }
  };
  const [type, opts] = options();
  const { privateKey } = generateKeyPairSync(type, { ...opts, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return privateKey as unknown as string;
}

/** A certificate and its key. */
export interface KeyPair {
  readonly cert: string;
  readonly key: string;
}

/** A self-signed CA certificate. */
export function newCa(commonName = 'Test Root CA', options: { days?: number; key?: string } = {}): KeyPair {
  const key = options.key ?? newKey();
  const cert = openssl(['req', '-x509', '-new', '-key', file(key), '-subj', `/CN=${commonName}`, '-days', String(options.days ?? 3650),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  return { cert, key };
}

/** A certificate signed by `issuer` (an intermediate CA with `ca: true`). */
export interface CertOptions {
  readonly cn?: string;
  readonly dnsNames?: string[];
  readonly ips?: string[];
  readonly days?: number;
  readonly key?: string;
  readonly ca?: boolean;
}

export function newCert(issuer: KeyPair, options: CertOptions = {}): KeyPair {
  const key = options.key ?? newKey();
  const sans = [...(options.dnsNames ?? []).map((n) => `DNS:${n}`), ...(options.ips ?? []).map((n) => `IP:${n}`)];
  const ext = options.ca ? ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']
    : ['-addext', 'basicConstraints=critical,CA:FALSE', '-addext', 'extendedKeyUsage=serverAuth'];
  const csr = openssl(['req', '-new', '-key', file(key), '-subj', `/CN=${options.cn ?? options.dnsNames?.[0] ?? 'leaf'}`,
    ...(sans.length ? ['-addext', `subjectAltName=${sans.join(',')}`] : []), ...ext]);
  const cert = openssl(['x509', '-req', '-in', file(csr), '-CA', file(issuer.cert), '-CAkey', file(issuer.key), '-days', String(options.days ?? 90),
    '-set_serial', String(1000 + counter), '-copy_extensions', 'copyall']);
  return { cert, key };
}

/** A PKCS#10 request, e.g. `/CN=jane/O=dev`. */
export function newCsr(subject: string, key: string = newKey()): string {
  return openssl(['req', '-new', '-key', file(key), '-subj', subject]);
}

/** A request with extra `-addext` extensions. */
export function newCsrWith(subject: string, addext: string[], key: string = newKey()): string {
  return openssl(['req', '-new', '-key', file(key), '-subj', subject, ...addext.flatMap((e) => ['-addext', e])]);
}

/** A typical chain: root CA, intermediate CA, leaf for `dnsNames`. */
export interface Chain {
  readonly root: KeyPair;
  readonly intermediate: KeyPair;
  readonly leaf: KeyPair;
}

export function newChain(dnsNames: string[] = ['web.example.com'], leafOptions: CertOptions = {}): Chain {
  const root = newCa();
  const intermediate = newCert(root, { cn: 'Test Intermediate CA', ca: true, days: 1825 });
  const leaf = newCert(intermediate, { dnsNames, ...leafOptions });
  return { root, intermediate, leaf };
}

export const DAY_MS = 24 * 3600 * 1000;
/** A date `days` from now. */
export const inDays = (days: number): Date => new Date(Date.now() + days * DAY_MS);

/** A kubernetes.io/tls Secret as plain JSON, with base64 data. */
export interface SecretOptions {
  readonly ca?: string;
  readonly annotations?: Record<string, string>;
  readonly name?: string;
}

export function tlsSecret(crt: string, key: string, options: SecretOptions = {}): Record<string, unknown> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: options.name ?? 'web-tls', namespace: 'apps', ...(options.annotations ? { annotations: options.annotations } : {}) },
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': b64(crt), 'tls.key': b64(key), ...(options.ca ? { 'ca.crt': b64(options.ca) } : {}) },
  };
}
