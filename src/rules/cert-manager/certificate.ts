// cert-manager.io/v1 Certificate: the admission webhook's rules (reference document section 1,
// V/certificate.go ValidateCertificateSpec, cert-manager v1.21.1) as `CM-C<n>` errors, plus the
// insecure-but-accepted choices of section 7 as `TLS-X<n>` warnings.
//
// Not emitted, on purpose:
// - C5, C16, C36 fire only when a webhook feature gate is off; v1.21 turns all of them on.
// - C9 ("Field with type CN should be a string") can't fire: go-ldap's ParseDN yields string
//   values only, `#hex` ones included.
// - C22 is not an error: an Ed25519 key's `size` is ignored.
// - X9, X10, X11 need the issuer and live with the cross-object rules.
import { KubeObject, isSet, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { cronStandardError } from '../util/cron';
import { parseMailAddress } from '../util/email';
import { fieldError, reportField, stringer } from '../util/field-error';
import { DAY_NS, HOUR_NS, MINUTE_NS, formatGoDuration, parseGoDuration } from '../util/go-duration';
import { isGoCIDR, isGoIP } from '../util/ip';
import { checkIssuerRef } from '../util/issuer-ref';
import { parseLdapDN } from '../util/ldap-dn';
import { dns1123SubdomainErrors, labelValueErrors, qualifiedNameErrors } from '../util/names';
import { isCertManagerOid } from '../util/oid';
import { isGoLoadableLocation } from '../util/timezone';
import { isKnownUsage } from '../util/usages';

const DEFAULT_DURATION_NS = 90 * DAY_NS;
const MIN_DURATION_NS = HOUR_NS;
const MIN_RENEW_BEFORE_NS = 5 * MINUTE_NS;
const MAX_GO_DURATION_NS = 2 ** 63 - 1;

const specOf = (obj: KubeObject): Record<string, any> => record(obj.spec);
const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
const nonEmptyList = (value: unknown): boolean => list(value).length > 0;

function checkSecretName(obj: KubeObject, report: Reporter): void {
  const path = 'spec.secretName';
  const secretName = str(specOf(obj).secretName) ?? '';
  if (secretName === '') {
    reportField(report, {
      ruleId: 'CM-C1',
      path,
      body: fieldError.required('must be specified'),
      fix: 'set spec.secretName to the name of the Secret that will hold the key pair, e.g. `my-app-tls`',
    });
    return;
  }
  for (const msg of dns1123SubdomainErrors(secretName)) {
    reportField(report, {
      ruleId: 'CM-C2',
      path,
      body: fieldError.invalid(secretName, msg),
      fix: 'use lowercase letters, digits, `-` and `.` only, e.g. `my-app-tls`',
    });
  }
}

function checkIssuer(obj: KubeObject, report: Reporter): void {
  checkIssuerRef(specOf(obj).issuerRef, 'spec.issuerRef', report, { name: 'CM-C3', kind: 'CM-C4' });
}

/** cert-manager's attribute names for literal subjects (pkg/util/pki/subject.go), case-sensitive. */
const LITERAL_SUBJECT_KEYS: Readonly<Record<string, string>> = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SERIALNUMBER: '2.5.4.5',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  STREET: '2.5.4.9',
  DC: '0.9.2342.19200300.100.1.25',
  UID: '0.9.2342.19200300.100.1.1',
};
const SUBJECT_LIST_FIELDS = ['organizations', 'countries', 'organizationalUnits', 'localities', 'provinces', 'streetAddresses', 'postalCodes'];

/** The OID of a literal subject key, compared by value as Go's asn1.ObjectIdentifier.Equal does. */
function literalKeyOid(type: string): string | undefined {
  const oid = LITERAL_SUBJECT_KEYS[type] ?? (isCertManagerOid(type) ? type : undefined);
  return oid?.split('.').map((arc) => BigInt(arc).toString()).join('.');
}

/** C6-C12: the subject, and that the certificate names something. */
function checkSubjectAndNames(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  let commonName = str(spec.commonName) ?? '';
  const literalSubject = str(spec.literalSubject) ?? '';
  if (literalSubject !== '') {
    if (commonName !== '') {
      reportField(report, {
        ruleId: 'CM-C6',
        path: 'spec.commonName',
        body: fieldError.invalid(commonName, 'When providing a `LiteralSubject` no `commonName` may be provided.'),
        fix: 'put the common name into literalSubject as `CN=...` and remove spec.commonName',
      });
    }
    const subject = spec.subject;
    if (isSet(subject) && (SUBJECT_LIST_FIELDS.some((f) => nonEmptyList(record(subject)[f])) || (str(record(subject).serialNumber) ?? '') !== '')) {
      reportField(report, {
        ruleId: 'CM-C7',
        path: 'spec.subject',
        body: fieldError.invalid(subject, 'When providing a `LiteralSubject` no `Subject` properties may be provided.'),
        fix: 'move the subject attributes into literalSubject (e.g. `O=Example,C=DE`) and remove spec.subject',
      });
    }
    const parsed = parseLdapDN(literalSubject);
    if ('error' in parsed) {
      reportField(report, {
        ruleId: 'CM-C8',
        path: 'spec.literalSubject',
        body: fieldError.invalid(literalSubject, parsed.error),
        fix: 'write an RFC 4514 DN such as `CN=app.example.com,O=Example,C=DE`, escaping `,`, `+`, `"`, `\\`, `<`, `>`, `;` and `=` with a backslash',
      });
    } else {
      // cert-manager walks the RDNs in reverse, so the first CN in the string is the one kept.
      for (const attr of [...parsed.rdns].reverse().flat()) {
        const oid = literalKeyOid(attr.type);
        if (oid === '2.5.4.3') commonName = attr.value;
        if (oid === undefined) {
          reportField(report, {
            ruleId: 'CM-C10',
            path: 'spec.literalSubject',
            body: fieldError.invalid(literalSubject, `Literal subject contains unrecognized key with value [${attr.value}]`),
            fix: `key ${JSON.stringify(attr.type)} is unknown: use one of C, O, OU, CN, SERIALNUMBER, L, ST, STREET, DC, UID (upper case) or a dotted OID`,
          });
        }
      }
    }
  }

  if (commonName === '' && !['dnsNames', 'uris', 'emailAddresses', 'ipAddresses', 'otherNames'].some((f) => nonEmptyList(spec[f]))) {
    reportField(report, {
      ruleId: 'CM-C11',
      path: 'spec',
      body: fieldError.invalid('', 'at least one of commonName (from the commonName field or from a literalSubject), dnsNames, emailSANs, ipAddresses, otherNames, or uriSANs must be set'),
      fix: 'add the names the certificate is for to spec.dnsNames (or ipAddresses, uris, emailAddresses)',
    });
  }
  if (byteLength(commonName) > 64) {
    reportField(report, {
      ruleId: 'CM-C12',
      path: 'spec.commonName',
      body: fieldError.tooLong(64),
      fix: `the common name ${JSON.stringify(commonName)} has ${byteLength(commonName)} bytes: drop commonName and rely on dnsNames, which have no such limit`,
    });
  }
}

/** C13-C15: IP and e-mail SANs. */
function checkSans(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  list(spec.ipAddresses).forEach((ip, i) => {
    const path = `spec.ipAddresses[${i}]`;
    if (typeof ip !== 'string' || !isGoIP(ip)) {
      reportField(report, {
        ruleId: 'CM-C13',
        path,
        body: fieldError.invalid(ip, 'invalid IP address'),
        fix: 'write a plain IPv4 (`10.0.0.1`, no leading zeros) or IPv6 (`2001:db8::1`, no zone) address',
      });
    }
  });
  list(spec.emailAddresses).forEach((email, i) => {
    const path = `spec.emailAddresses[${i}]`;
    const parsed = typeof email === 'string' ? parseMailAddress(email) : { error: 'mail: no address' };
    if ('error' in parsed) {
      reportField(report, {
        ruleId: 'CM-C14',
        path,
        body: fieldError.invalid(email, `invalid email address: ${parsed.error}`),
        fix: 'write a bare address such as `alice@example.com`',
      });
    } else if (parsed.address !== email) {
      reportField(report, {
        ruleId: 'CM-C15',
        path,
        body: fieldError.invalid(email, 'invalid email address: make sure the supplied value only contains the email address itself'),
        fix: `write only ${JSON.stringify(parsed.address)}`,
      });
    }
  });
}

/** C17-C19: otherName SANs (the OtherNames gate is on in v1.21, so C16 never fires). */
function checkOtherNames(obj: KubeObject, report: Reporter): void {
  list(specOf(obj).otherNames).forEach((item, i) => {
    const base = `spec.otherNames[${i}]`;
    const oid = str(record(item).oid) ?? '';
    if (oid === '') {
      reportField(report, {
        ruleId: 'CM-C17',
        path: `${base}.oid`,
        body: fieldError.required('must be specified'),
        fix: 'set the otherName type OID, e.g. `1.3.6.1.4.1.311.20.2.3` for a UPN',
      });
    }
    // An empty OID fails the parser as well, so cert-manager reports it twice.
    if (!isCertManagerOid(oid)) {
      reportField(report, {
        ruleId: 'CM-C18',
        path: `${base}.oid`,
        body: fieldError.invalid(oid, 'invalid oid syntax'),
        fix: 'write the OID as dotted integers, e.g. `1.3.6.1.4.1.311.20.2.3`',
      });
    }
    if ((str(record(item).utf8Value) ?? '') === '') {
      reportField(report, {
        ruleId: 'CM-C19',
        path: `${base}.utf8Value`,
        body: fieldError.required('must be set to a valid non-empty UTF8 string'),
        fix: 'set utf8Value to the name, e.g. `user@corp.example.com`',
      });
    }
  });
}

const SIGNATURE_ALGORITHMS: Readonly<Record<string, readonly string[]>> = {
  RSA: ['SHA256WithRSA', 'SHA384WithRSA', 'SHA512WithRSA'],
  ECDSA: ['ECDSAWithSHA256', 'ECDSAWithSHA384', 'ECDSAWithSHA512'],
  Ed25519: ['PureEd25519'],
};

/** C20-C24 and X2: the private key and the signature algorithm. */
function checkKey(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  const privateKey = record(spec.privateKey);
  const algorithm = str(privateKey.algorithm) ?? '';
  const size = typeof privateKey.size === 'number' ? privateKey.size : 0;
  if (isSet(spec.privateKey)) {
    if (algorithm === '' || algorithm === 'RSA') {
      if (size > 0 && (size < 2048 || size > 8192)) {
        reportField(report, {
          ruleId: 'CM-C20',
          path: 'spec.privateKey.size',
          body: fieldError.invalid(size, 'must be between 2048 and 8192 for rsa keyAlgorithm'),
          fix: 'use size 3072, or algorithm ECDSA with size 256',
        });
      }
    } else if (algorithm === 'ECDSA') {
      if (size > 0 && size !== 256 && size !== 384 && size !== 521) {
        reportField(report, {
          ruleId: 'CM-C21',
          path: 'spec.privateKey.size',
          body: fieldError.notSupported(size, ['256', '384', '521']),
          fix: 'use size 256 (P-256) or 384 (P-384)',
        });
      }
    } else if (algorithm !== 'Ed25519') {
      reportField(report, {
        ruleId: 'CM-C23',
        path: 'spec.privateKey.algorithm',
        body: fieldError.invalid(algorithm, 'must be either empty or one of rsa, ecdsa or ed25519'),
        fix: 'use RSA, ECDSA or Ed25519 (exactly this case)',
      });
    }
  }
  const signatureAlgorithm = str(spec.signatureAlgorithm) ?? '';
  const keyAlgorithm = algorithm === '' ? 'RSA' : algorithm;
  const allowed = SIGNATURE_ALGORITHMS[keyAlgorithm];
  if (signatureAlgorithm !== '' && allowed && !allowed.includes(signatureAlgorithm)) {
    reportField(report, {
      ruleId: 'CM-C24',
      path: 'spec.signatureAlgorithm',
      body: fieldError.invalid(signatureAlgorithm, `for key algorithm ${keyAlgorithm} the allowed signature algorithms are [${allowed.join(' ')}]`),
      fix: `use ${allowed[0]}, or remove signatureAlgorithm to let the issuer choose`,
    });
  }
  // A CA keeps its key by design (see the cross rule TLS-X2 on self-signed roots); a leaf should not.
  if (spec.isCA !== true && privateKey.rotationPolicy === 'Never') {
    report.warning('TLS-X2', 'spec.privateKey.rotationPolicy', 'spec.privateKey.rotationPolicy: `Never` keeps the same private key across renewals, so re-issuing after a key leak does not replace the leaked key (cert-manager made `Always` the default in v1.18); remove the field or set it to Always');
  }
}

/** A Go duration field as nanoseconds; undefined when unset; null when the API server would refuse it. */
function durationField(spec: Record<string, any>, field: string, report: Reporter, path = `spec.${field}`): number | undefined | null {
  const value = spec[field];
  if (!isSet(value)) return undefined;
  const ns = typeof value === 'string' ? parseGoDuration(value) : undefined;
  if (ns === undefined || Math.abs(ns) > MAX_GO_DURATION_NS) {
    report.error('CM-DURATION', path, `${path}: ${JSON.stringify(value)} is not a Go duration, so the API server rejects the object before cert-manager sees it; write hours, minutes and seconds such as \`2160h\` or \`720h30m\` (there is no \`d\` unit)`);
    return null;
  }
  return ns;
}

/** C25-C30 and the TLS-C30 gap (a warning): duration, renewBefore, renewBeforePercentage. */
function checkDurations(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  const duration = durationField(spec, 'duration', report);
  const renewBefore = durationField(spec, 'renewBefore', report);
  const pct = Number.isInteger(spec.renewBeforePercentage) ? (spec.renewBeforePercentage as number) : undefined;
  if (duration === null || renewBefore === null) return;

  // Webhook parity: cert-manager only checks these when duration or renewBefore is set.
  if (duration === undefined && renewBefore === undefined) {
    if (pct !== undefined && (pct <= 0 || pct >= 100)) {
      const cmText = pct <= 0 ? 'certificate renewBeforePercentage must result in a renewBefore less than duration' : 'certificate renewBeforePercentage must result in a renewBefore greater than 5m0s';
      reportField(report, {
        ruleId: 'TLS-C30',
        path: 'spec.renewBeforePercentage',
        body: fieldError.invalid(pct, cmText),
        // Accepted, and then ignored: desiredRenewalTime (pkg/util/pki/renewaltime.go) honours
        // only 1..99 and otherwise renews at two thirds of the lifetime. Works, misleads: a warning.
        warning: true,
        fix: 'cert-manager accepts this when neither duration nor renewBefore is set, and then ignores it: it renews at two thirds of the lifetime instead; '
          + 'use a value from 1 to 99 such as 33, or remove it',
      });
    }
    return;
  }

  const effective = duration ?? DEFAULT_DURATION_NS;
  const d = formatGoDuration(effective);
  if (effective < MIN_DURATION_NS) {
    reportField(report, {
      ruleId: 'CM-C25',
      path: 'spec.duration',
      body: fieldError.invalid(stringer(d), 'certificate duration must be greater than 1h0m0s'),
      fix: 'use a duration of at least 1h, e.g. `2160h` (90 days)',
    });
  }
  if (renewBefore !== undefined && pct !== undefined) {
    const detail = 'renewBefore and renewBeforePercentage are mutually exclusive and cannot both be set';
    const fix = 'keep only renewBeforePercentage (it follows the issued lifetime) or only renewBefore';
    reportField(report, {
      ruleId: 'CM-C26',
      path: 'spec.renewBefore',
      body: fieldError.invalid(stringer(formatGoDuration(renewBefore)), detail),
      fix,
    });
    reportField(report, { ruleId: 'CM-C26', path: 'spec.renewBeforePercentage', body: fieldError.invalid(pct, detail), fix });
  }
  if (renewBefore !== undefined) {
    const rb = formatGoDuration(renewBefore);
    if (renewBefore < MIN_RENEW_BEFORE_NS) {
      reportField(report, {
        ruleId: 'CM-C27',
        path: 'spec.renewBefore',
        body: fieldError.invalid(stringer(rb), 'certificate renewBefore must be greater than 5m0s'),
        fix: 'renew at least 5m before expiry; a third of the duration is a good default',
      });
    }
    if (renewBefore >= effective) {
      reportField(report, {
        ruleId: 'CM-C28',
        path: 'spec.renewBefore',
        body: fieldError.invalid(stringer(rb), `certificate duration ${d} must be greater than renewBefore ${rb}`),
        fix: `use a renewBefore shorter than ${d}, e.g. ${formatGoDuration(Math.floor(effective / 3 / 1e9) * 1e9)}`,
      });
    }
  }
  if (pct !== undefined) {
    const derived = (effective * (100 - pct)) / 100;
    if (derived < MIN_RENEW_BEFORE_NS) {
      reportField(report, {
        ruleId: 'CM-C29',
        path: 'spec.renewBeforePercentage',
        body: fieldError.invalid(pct, 'certificate renewBeforePercentage must result in a renewBefore greater than 5m0s'),
        fix: 'use a percentage such as 33',
      });
    }
    if (derived >= effective) {
      reportField(report, {
        ruleId: 'CM-C30',
        path: 'spec.renewBeforePercentage',
        body: fieldError.invalid(pct, 'certificate renewBeforePercentage must result in a renewBefore less than duration'),
        fix: 'use a percentage between 1 and 99, such as 33',
      });
    }
  }
}

/** C31, C32, X14. */
function checkUsagesAndHistory(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  const usages = list(spec.usages);
  usages.forEach((usage, i) => {
    const path = `spec.usages[${i}]`;
    if (typeof usage !== 'string' || !isKnownUsage(usage)) {
      reportField(report, {
        ruleId: 'CM-C31',
        path,
        body: fieldError.invalid(usage ?? '', 'unknown keyusage'),
        fix: 'use one of the names cert-manager knows, e.g. `digital signature`, `key encipherment`, `server auth`, `client auth` (lowercase, with spaces)',
      });
    }
  });
  const limit = spec.revisionHistoryLimit;
  if (typeof limit === 'number' && limit < 1) {
    reportField(report, {
      ruleId: 'CM-C32',
      path: 'spec.revisionHistoryLimit',
      body: fieldError.invalid(limit, 'must not be less than 1'),
      fix: 'keep at least 1 CertificateRequest, e.g. revisionHistoryLimit: 3',
    });
  }
  const algorithm = str(record(spec.privateKey).algorithm);
  if (algorithm === 'ECDSA' || algorithm === 'Ed25519') {
    const explicit = usages.includes('key encipherment');
    if (explicit || usages.length === 0) {
      // A CA gets CA usages: an extended key usage such as `server auth` on a CA constrains
      // every certificate it signs (a client certificate from it would then fail), and
      // cert-manager adds `cert sign` to a CA by itself (pki.KeyUsagesForCertificateOrCertificateRequest).
      const fix = spec.isCA === true
        ? 'set usages explicitly to `digital signature`, `cert sign` and `crl sign` (cert-manager adds `cert sign` to a CA anyway; leave out extended usages, which would constrain every certificate the CA signs)'
        : 'set usages explicitly to `digital signature` and `server auth`';
      report.warning('TLS-X14', 'spec.usages', `spec.usages: ${explicit ? '`key encipherment` is requested' : 'the default usages include `key encipherment`'} with an ${algorithm} key, where it has no meaning (it is for RSA key transport; the CA/B Forum BRs mark it NOT RECOMMENDED); ${fix}`);
    }
  }
}

/** C33-C35: the Secret template's labels and annotations. */
function checkSecretTemplate(obj: KubeObject, report: Reporter): void {
  const template = record(specOf(obj).secretTemplate);
  const labelsPath = 'spec.secretTemplate.labels';
  for (const [key, value] of Object.entries(record(template.labels))) {
    for (const msg of qualifiedNameErrors(key)) {
      reportField(report, { ruleId: 'CM-C33', path: labelsPath, body: fieldError.invalid(key, msg), fix: 'use a key like `app.kubernetes.io/name`' });
    }
    const text = typeof value === 'string' ? value : String(value);
    const errors = typeof value === 'string' ? labelValueErrors(text) : ['label values must be strings'];
    for (const msg of errors) {
      reportField(report, {
        ruleId: 'CM-C33',
        path: labelsPath,
        body: fieldError.invalid(value, msg),
        fix: `use a value of at most 63 letters, digits, '-', '_' or '.' for label ${JSON.stringify(key)} (quote numbers and booleans in YAML)`,
      });
    }
  }
  const annotationsPath = 'spec.secretTemplate.annotations';
  const annotations = record(template.annotations);
  let size = 0;
  for (const [key, value] of Object.entries(annotations)) {
    size += byteLength(key) + byteLength(typeof value === 'string' ? value : '');
    if (key.startsWith('cert-manager.io/') && key !== 'cert-manager.io/allow-direct-injection') {
      reportField(report, {
        ruleId: 'CM-C34',
        path: annotationsPath,
        body: fieldError.invalid(key, 'cert-manager.io/* annotations are not allowed'),
        fix: 'remove it: cert-manager writes its own cert-manager.io/* annotations on the Secret',
      });
    }
    // Annotation keys are qualified names, case-insensitively.
    for (const msg of qualifiedNameErrors(key.toLowerCase())) {
      reportField(report, { ruleId: 'CM-C35', path: annotationsPath, body: fieldError.invalid(key, msg), fix: 'use a key like `example.com/owner`' });
    }
  }
  if (size > 262144) {
    reportField(report, {
      ruleId: 'CM-C35',
      path: annotationsPath,
      body: fieldError.tooLong(262144),
      fix: `the annotations hold ${size} bytes; keep large data out of annotations`,
    });
  }
}

/** C37-C39 and X12 (the NameConstraints gate is on in v1.21, so C36 never fires). */
function checkNameConstraints(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  const nc = spec.nameConstraints;
  if (!isSet(nc)) {
    if (spec.isCA === true) {
      report.warning('TLS-X12', 'spec.isCA', 'spec.isCA: a CA certificate without spec.nameConstraints can sign certificates for any name; add nameConstraints.permitted.dnsDomains (e.g. `[".internal.example.com"]`) to limit what it may issue');
    }
    return;
  }
  if (spec.isCA !== true) {
    reportField(report, {
      ruleId: 'CM-C37',
      path: 'spec.nameConstraints',
      body: fieldError.invalid(nc, 'isCa should be true when nameConstraints is set'),
      fix: 'set spec.isCA: true (name constraints only mean something in a CA certificate), or remove nameConstraints',
    });
  }
  const permitted = record(nc).permitted;
  const excluded = record(nc).excluded;
  if (!isSet(permitted) && !isSet(excluded)) {
    reportField(report, {
      ruleId: 'CM-C38',
      path: 'spec.nameConstraints',
      body: fieldError.invalid(nc, 'either permitted or excluded must be set'),
      fix: 'add nameConstraints.permitted (e.g. dnsDomains: [".example.com"]) or excluded',
    });
  }
  for (const [side, value] of [['permitted', permitted], ['excluded', excluded]] as const) {
    list(record(value).ipRanges).forEach((range, i) => {
      const path = `spec.nameConstraints.${side}.ipRanges[${i}]`;
      if (typeof range !== 'string' || !isGoCIDR(range)) {
        reportField(report, {
          ruleId: 'CM-C39',
          path,
          warning: true,
          body: fieldError.invalid(range, 'invalid CIDR address'),
          fix: 'cert-manager v1.21.1 accepts this, but the next release rejects it: write a CIDR such as `10.0.0.0/8`',
        });
      }
    });
  }
}

/** C40. */
function checkOutputFormats(obj: KubeObject, report: Reporter): void {
  const seen = new Set<string>();
  list(specOf(obj).additionalOutputFormats).forEach((format, i) => {
    const type = str(record(format).type) ?? '';
    if (seen.has(type)) {
      const path = `spec.additionalOutputFormats[${i}].type`;
      reportField(report, { ruleId: 'CM-C40', path, body: fieldError.duplicate(type), fix: `list each output format once; remove entry ${i}` });
    }
    seen.add(type);
  });
}

/** C41-C43, X4, X5: JKS and PKCS#12 keystores share the same password rules. */
function checkKeystore(keystore: Record<string, any>, kind: 'jks' | 'pkcs12', report: Reporter): void {
  const label = kind === 'jks' ? 'JKS' : 'PKCS#12';
  const path = `spec.keystores.${kind}`;
  const hasPassword = isSet(keystore.password);
  const hasRef = (str(record(keystore.passwordSecretRef).name) ?? '') !== '';
  if (hasPassword && hasRef) {
    reportField(report, {
      ruleId: 'CM-C41',
      path,
      body: fieldError.forbidden(`exactly one of passwordSecretRef and password must be provided for ${label} keystores; cannot set both`),
      fix: `remove ${path}.password and keep passwordSecretRef`,
    });
  }
  if (!hasPassword && !hasRef) {
    reportField(report, {
      ruleId: 'CM-C42',
      path,
      body: fieldError.forbidden(`must set exactly one of passwordSecretRef and password must for ${label} keystores`),
      fix: `set ${path}.passwordSecretRef to {name: <secret>, key: <key>}`,
    });
  }
  if (hasPassword && keystore.password === '') {
    reportField(report, {
      ruleId: 'CM-C43',
      path: `${path}.password`,
      body: fieldError.forbidden(`literal password cannot be empty if set on ${label} keystores`),
      fix: `use ${path}.passwordSecretRef instead`,
    });
  }
  if (typeof keystore.password === 'string' && keystore.password !== '') {
    report.warning('TLS-X5', `${path}.password`, `${path}.password: a literal keystore password puts the secret in the manifest and in Git; use ${path}.passwordSecretRef`);
  }
  if (kind === 'pkcs12' && keystore.create === true) {
    const profile = str(keystore.profile);
    if (profile === undefined || profile === 'LegacyRC2' || profile === 'LegacyDES') {
      report.warning('TLS-X4', `${path}.profile`, `${path}.profile: ${profile === undefined ? 'unset means LegacyRC2' : profile}, ${profile === 'LegacyDES' ? 'a weak' : 'a deprecated'} PKCS#12 encryption that OpenSSL 3 and Java 20+ don't read by default; set profile: Modern2023 (or Modern2026 for FIPS 140-3)`);
    }
  }
}

function checkKeystores(obj: KubeObject, report: Reporter): void {
  const keystores = record(specOf(obj).keystores);
  for (const kind of ['jks', 'pkcs12'] as const) {
    if (isSet(keystores[kind])) checkKeystore(record(keystores[kind]), kind, report);
  }
}

/** C44-C48: renewal policy and windows (new in v1.21). */
function checkRenewal(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  if (!isSet(spec.renewal)) return;
  const renewal = record(spec.renewal);
  const policy = str(renewal.policy) ?? '';
  const windows = list(renewal.windows);
  if (policy === 'Disabled') {
    if (windows.length > 0) {
      reportField(report, {
        ruleId: 'CM-C45',
        path: 'spec.renewal.windows',
        body: fieldError.forbidden('windows cannot be set when `renewal.policy` is set to Disabled'),
        fix: 'remove spec.renewal.windows, or use policy RenewBefore',
      });
    }
    return;
  }
  if (policy !== 'RenewBefore') {
    reportField(report, {
      ruleId: 'CM-C44',
      path: 'spec.renewal.policy',
      body: fieldError.notSupported(`unsupported field ${policy}`, ['Disabled', 'RenewBefore']),
      fix: 'set policy: RenewBefore (or Disabled)',
    });
  }
  windows.forEach((item, i) => {
    const base = `spec.renewal.windows[${i}]`;
    const window = record(item);
    if (!isSet(window.windowDuration)) {
      reportField(report, {
        ruleId: 'CM-C46',
        path: `${base}.windowDuration`,
        body: fieldError.required('windowDuration must be specified and should be greater than 0'),
        fix: 'set windowDuration, e.g. `4h`',
      });
    } else {
      durationField(window, 'windowDuration', report, `${base}.windowDuration`);
    }
    const timezone = str(window.timezone) ?? '';
    if (timezone !== '' && !isGoLoadableLocation(timezone)) {
      reportField(report, {
        ruleId: 'CM-C47',
        path: `${base}.timezone`,
        body: fieldError.invalid(timezone, 'invalid value for timezone. timezone must be IANA compliant'),
        fix: 'use an IANA zone name such as `Europe/Berlin` or `UTC` (case matters)',
      });
    }
    const cron = str(window.cron) ?? '';
    const err = cronStandardError(cron);
    if (err !== undefined) {
      reportField(report, {
        ruleId: 'CM-C48',
        path: `${base}.cron`,
        body: fieldError.invalid(cron, `invalid cron syntax: ${err}. cron needs to follow: cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow`),
        fix: 'write 5 fields, e.g. `0 2 * * 1-5` (02:00 on weekdays)',
      });
    }
  });
}

export const CERTIFICATE_CHECKS: readonly ObjectCheck[] = [
  checkSecretName,
  checkIssuer,
  checkSubjectAndNames,
  checkSans,
  checkOtherNames,
  checkKey,
  checkDurations,
  checkUsagesAndHistory,
  checkSecretTemplate,
  checkNameConstraints,
  checkOutputFormats,
  checkKeystores,
  checkRenewal,
];
