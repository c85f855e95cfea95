// Trust choices around trust-manager sources (TLS-T*). trust-manager v0.24.0 refuses any PEM
// block that is not a CERTIFICATE (pkg/util/cert_pool.go, AddCertsFromPEM) and includeAllKeys on a
// kubernetes.io/tls Secret (pkg/bundle/internal/source/source.go), failing the whole bundle: a
// private key as a source is an error (TLS-T1; an inline one is also leaked in Git), a whole
// Secret or a key glob that may reach a private key a warning (TLS-T2). Public CAs mixed into a
// private trust bundle (TLS-T3) and weak PKCS#12 trust stores (TLS-T4) work, insecurely.
import { KubeObject, isRecord, isSet, kindOf, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

/** Keys under which cert-manager and common tools store private keys (never certificates alone). */
const PRIVATE_KEY_KEYS = ['tls.key', 'key.der', 'tls-combined.pem', 'keystore.jks', 'keystore.p12', 'ca-key.pem', 'key.pem'];
const PRIVATE_KEY_PEM = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----/;

function isPrivateKeyKey(key: string): boolean {
  return PRIVATE_KEY_KEYS.includes(key) || key.endsWith('.key');
}

/** A glob with `*` (ClusterBundle keys) as a RegExp. */
function globMatches(pattern: string, key: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(key);
}

const keyFix = 'read the CA certificate only: key tls.crt of the CA\'s Secret (or ca.crt for the issuing CA)';

/** TLS-T1 / TLS-T2 for one Secret source: a key that holds a private key, or all keys of the Secret. */
function checkSecretKey(report: Reporter, path: string, key: string | undefined, allKeys: boolean): void {
  if (key !== undefined && !key.includes('*') && isPrivateKeyKey(key)) {
    report.error('TLS-T1', `${path}.key`, `${path}.key: "${key}" holds a private key, and trust-manager refuses the whole bundle `
      + `("only CERTIFICATE blocks are permitted"), so no target is written; ${keyFix}`);
    return;
  }
  if (allKeys || (key !== undefined && key.includes('*'))) {
    const leaked = key === undefined ? 'tls.key' : PRIVATE_KEY_KEYS.find((k) => globMatches(key, k));
    if (!allKeys && leaked === undefined) return;
    const what = allKeys ? 'includeAllKeys: true reads every key of the Secret' : `key "${key}" matches "${leaked}"`;
    report.warning('TLS-T2', `${path}${allKeys ? '.includeAllKeys' : '.key'}`,
      `${path}: ${what}, including the private key of a TLS Secret, which makes trust-manager refuse the whole bundle `
        + `(it permits CERTIFICATE blocks only, and no includeAllKeys on a kubernetes.io/tls Secret); ${keyFix}`);
  }
}

/** TLS-T1: an inline "CA" that holds a PEM private key. */
function checkInline(report: Reporter, path: string, pem: unknown): void {
  if (typeof pem !== 'string') return;
  const match = PRIVATE_KEY_PEM.exec(pem);
  if (match) {
    report.error('TLS-T1', path, `${path}: holds a PEM "${match[1]}PRIVATE KEY" block, so trust-manager refuses the whole bundle ("only CERTIFICATE blocks are permitted"), `
      + 'and the key is now in Git; remove the key (and rotate it: it is compromised), keep only CERTIFICATE blocks');
  }
}

/** TLS-T3: default (public) CAs in the same bundle as private CAs. */
function checkMixedTrust(report: Reporter, path: string, hasDefaults: boolean, hasPrivate: boolean): void {
  if (!hasDefaults || !hasPrivate) return;
  report.warning('TLS-T3', path, `${path}: the bundle trusts the public default CAs together with private CAs, so a client that uses it for internal (m)TLS `
    + 'also accepts any certificate a public CA issues for the name; publish private and public trust in separate bundles');
}

const WEAK_PROFILES: { readonly [profile: string]: string } = {
  LegacyRC2: 'deprecated RC2 encryption, which OpenSSL 3 and Java 20+ do not read by default',
  LegacyDES: 'weak 3DES/SHA-1 encryption',
};

/** TLS-T4: a PKCS#12 trust store with a legacy profile, or none (trust-manager then picks a legacy one). */
function checkPkcs12Profile(report: Reporter, path: string, profile: unknown, defaultProfile: string): void {
  const effective = str(profile) ?? defaultProfile;
  const why = WEAK_PROFILES[effective];
  if (!why) return;
  const what = isSet(profile) ? `${effective}` : `unset, which means ${defaultProfile}`;
  report.warning('TLS-T4', path, `${path}: ${what}: ${why}; set profile: Modern2023`);
}

function bundleChoices(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  let hasDefaults = false;
  let hasPrivate = false;
  list(spec.sources).forEach((raw, i) => {
    const source = record(raw);
    const path = `spec.sources[${i}]`;
    if (isRecord(source.secret)) checkSecretKey(report, `${path}.secret`, str(source.secret.key), source.secret.includeAllKeys === true);
    if (isSet(source.inLine)) checkInline(report, `${path}.inLine`, source.inLine);
    if (source.useDefaultCAs === true) hasDefaults = true;
    else if (isSet(source.configMap) || isSet(source.secret) || isSet(source.inLine)) hasPrivate = true;
  });
  checkMixedTrust(report, 'spec.sources', hasDefaults, hasPrivate);
  const pkcs12 = record(record(spec.target).additionalFormats).pkcs12;
  if (isRecord(pkcs12)) checkPkcs12Profile(report, 'spec.target.additionalFormats.pkcs12.profile', pkcs12.profile, 'LegacyRC2');
}

function clusterBundleChoices(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const refs = list(spec.sourceRefs);
  refs.forEach((raw, i) => {
    const ref = record(raw);
    if (ref.kind === 'Secret') checkSecretKey(report, `spec.sourceRefs[${i}]`, str(ref.key), false);
  });
  if (isSet(spec.inLineCAs)) checkInline(report, 'spec.inLineCAs', spec.inLineCAs);
  const hasDefaults = record(spec.defaultCAs).provider === 'System';
  checkMixedTrust(report, 'spec.defaultCAs', hasDefaults, refs.length > 0 || isSet(spec.inLineCAs));
  const target = record(spec.target);
  for (const kind of ['configMap', 'secret'] as const) {
    list(record(target[kind]).data).forEach((raw, i) => {
      const entry = record(raw);
      if (entry.format === 'PKCS12') checkPkcs12Profile(report, `spec.target.${kind}.data[${i}].profile`, entry.profile, 'LegacyDES');
    });
  }
}

export const INSECURE_TRUST_CHECKS: readonly ObjectCheck[] = [
  (obj, report) => (kindOf(obj) === 'ClusterBundle' ? clusterBundleChoices(obj, report) : bundleChoices(obj, report)),
];
