import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import { InputError, parseObjects } from './audit';
import { CliIo, UsageError } from './io';
import { metadataOf } from '../rules/object';
import { servesWithoutSubjectAltNames } from '../rules/secrets/subject-alt-names';
import { secretEntry } from '../rules/secrets/tls-secret';
import { certificateInfo, daysLeft, describeKey, isoDate, keyWeakness, readCertificates } from '../rules/secrets/x509';

export const INSPECT_USAGE = `usage: cdk8s-tls inspect <pem|yaml|->... [--format text|json] [--now ISO-DATE]

Prints subject, SANs, issuer, validity, key type and size and days left of every certificate in
PEM files, and in the tls.crt of the Secrets in Kubernetes YAML (*.yaml, *.yml, or standard input
that does not start with a PEM block). --now measures against another date than today.

exit status: 0 all certificates valid with strong keys, 1 a certificate is expired or has a weak
key (RSA < 2048, EC < P-256), 2 unreadable input, input without certificates, or bad usage`;

interface InspectArgs { inputs: string[]; format: 'text' | 'json'; now: Date }

function parseArgs(args: readonly string[]): InspectArgs {
  const parsed: InspectArgs = { inputs: [], format: 'text', now: new Date() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (name: string): string | undefined => (arg.includes('=') ? arg.slice(name.length + 1) : args[++i]);
    if (arg === '--format' || arg.startsWith('--format=')) {
      const format = value('--format');
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, got ${format === undefined ? 'nothing' : JSON.stringify(format)}`);
      parsed.format = format;
    } else if (arg === '--now' || arg.startsWith('--now=')) {
      const text = value('--now');
      const date = new Date(text ?? '');
      if (text === undefined || Number.isNaN(date.getTime())) throw new UsageError(`--now takes an ISO date, got ${text === undefined ? 'nothing' : JSON.stringify(text)}`);
      parsed.now = date;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.inputs.push(arg);
    }
  }
  if (parsed.inputs.length === 0) throw new UsageError('no input: name PEM or YAML files, or - for standard input');
  return parsed;
}

/** One certificate as `inspect` reports it. */
export interface InspectedCertificate {
  /** `file`, or `file: Secret ns/name` for a certificate read from YAML. */
  readonly source: string;
  /** 1-based position in its chain. */
  readonly position: number;
  readonly subject: string;
  readonly sans: string[];
  readonly issuer: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly daysLeft: number;
  readonly keyType: string;
  readonly keyBits?: number;
  readonly keyCurve?: string;
  readonly isCa: boolean;
  readonly serialNumber: string;
  readonly fingerprintSha256: string;
  readonly expired: boolean;
  /** Why the key is weak; absent when it is strong enough. */
  readonly weakKey?: string;
  /** True for a server certificate with no DNS or IP SAN: browsers and Go clients ignore the CN and reject it (TLS-P9). */
  readonly noSubjectAltNames?: boolean;
}

function inspected(source: string, position: number, cert: X509Certificate, now: Date): InspectedCertificate {
  const info = certificateInfo(cert);
  const weakKey = keyWeakness(info.key);
  return {
    source,
    position,
    subject: info.subject,
    sans: [...info.sans.dns.map((n) => `DNS:${n}`), ...info.sans.ip.map((n) => `IP:${n}`),
      ...info.sans.email.map((n) => `email:${n}`), ...info.sans.uri.map((n) => `URI:${n}`)],
    issuer: info.issuer,
    notBefore: isoDate(info.notBefore),
    notAfter: isoDate(info.notAfter),
    daysLeft: daysLeft(info, now),
    keyType: info.key.type,
    ...(info.key.bits !== undefined ? { keyBits: info.key.bits } : {}),
    ...(info.key.curve !== undefined ? { keyCurve: info.key.curve } : {}),
    isCa: info.isCa,
    serialNumber: info.serialNumber,
    fingerprintSha256: info.fingerprintSha256,
    expired: info.notAfter.getTime() <= now.getTime(),
    ...(weakKey ? { weakKey } : {}),
    ...(servesWithoutSubjectAltNames(cert) ? { noSubjectAltNames: true } : {}),
  };
}

function isYaml(file: string, text: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  return file === '-' && !text.trimStart().startsWith('-----BEGIN');
}

/** The certificates of one input; throws InputError when there are none or they cannot be read. */
function certificatesOf(file: string, text: string, now: Date): InspectedCertificate[] {
  const name = file === '-' ? '<stdin>' : file;
  if (!isYaml(file, text)) {
    const parsed = readCertificates(text);
    if ('error' in parsed) throw new InputError(`${name}: ${parsed.error}`);
    return parsed.certificates.map((c, i) => inspected(name, i + 1, c, now));
  }
  const found: InspectedCertificate[] = [];
  for (const { object, source } of parseObjects(text, name)) {
    if (object.apiVersion !== 'v1' || object.kind !== 'Secret') continue;
    const entry = secretEntry(object, 'tls.crt');
    if (!entry.present) continue;
    const md = metadataOf(object);
    const where = `${name}:${source.start.line}: Secret ${md.namespace ? `${md.namespace}/` : ''}${md.name}`;
    if (entry.notBase64) throw new InputError(`${where}: ${entry.path} is not valid base64`);
    // An empty tls.crt is a placeholder a controller fills in: nothing to inspect yet.
    if (!entry.text?.trim()) continue;
    const parsed = readCertificates(entry.text);
    if ('error' in parsed) throw new InputError(`${where}: ${entry.path}: ${parsed.error}`);
    found.push(...parsed.certificates.map((c, i) => inspected(where, i + 1, c, now)));
  }
  if (found.length === 0) throw new InputError(`${name}: no Secret with a certificate in tls.crt`);
  return found;
}

function formatText(c: InspectedCertificate): string {
  const status = [
    c.expired ? `EXPIRED ${-c.daysLeft} days ago` : c.daysLeft < 0 ? 'not yet valid' : `${c.daysLeft} days left`,
    ...(c.weakKey ? [`WEAK KEY: ${c.weakKey}`] : []),
    ...(c.noSubjectAltNames ? ['NO SANs: browsers and Go clients ignore the CN and reject it as a server certificate'] : []),
  ].join('; ');
  const key = describeKey({ type: c.keyType, bits: c.keyBits, curve: c.keyCurve });
  return [
    `${c.source}: certificate #${c.position}${c.isCa ? ' (CA)' : ''}`,
    `  subject:     ${c.subject || '(empty)'}`,
    `  SANs:        ${c.sans.length ? c.sans.join(', ') : '(none)'}`,
    `  issuer:      ${c.issuer}`,
    `  not before:  ${c.notBefore}`,
    `  not after:   ${c.notAfter}`,
    `  key:         ${key}`,
    `  status:      ${status}`,
  ].join('\n');
}

/** `cdk8s-tls inspect`: returns the exit status. */
export function inspect(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args);
  const certificates: InspectedCertificate[] = [];
  const inputErrors: string[] = [];
  for (const file of parsed.inputs) {
    try {
      const text = file === '-' ? io.readStdin() : fs.readFileSync(file, 'utf8');
      certificates.push(...certificatesOf(file, text, parsed.now));
    } catch (e) {
      inputErrors.push(e instanceof InputError ? e.message : `${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (parsed.format === 'json') io.stdout(`${JSON.stringify(certificates, null, 2)}\n`);
  else if (certificates.length) io.stdout(`${certificates.map(formatText).join('\n\n')}\n`);
  for (const message of inputErrors) io.stderr(`${message}\n`);
  if (inputErrors.length) return 2;
  return certificates.some((c) => c.expired || c.weakKey) ? 1 : 0;
}
