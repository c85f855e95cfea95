// cert-manager.io/v1 CertificateRequest: the admission webhook's create-time rules (reference
// document section 3, V/certificaterequest.go, cert-manager v1.21.1) as `CM-R<n>` errors.
//
// R8-R12 are not checked: they compare an update with the stored object (R8-R10) or the request
// with the user making it (identity R11, approval permission R12), none of which one manifest holds.
import { KubeObject, isSet, list, record } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError, reportField } from '../util/field-error';
import { checkIssuerRef } from '../util/issuer-ref';
import { parseCsrPem } from '../util/pkcs10';
import { extKeyUsageNames, keyUsageNames, printUsages, usagesToX509 } from '../util/usages';

const specOf = (obj: KubeObject): Record<string, any> => record(obj.spec);

function checkIssuer(obj: KubeObject, report: Reporter): void {
  checkIssuerRef(specOf(obj).issuerRef, 'spec.issuerRef', report, { name: 'CM-R1', kind: 'CM-R1' });
}

/** Go's encoding/json for []byte: standard base64 with padding; CR and LF are skipped. */
function decodeBase64(text: string): Buffer | undefined {
  const s = text.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s, 'base64');
}

const sortedEqual = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** R2-R4: the CSR is there, the usages are known, and the CSR agrees with isCA and usages. */
function checkRequest(obj: KubeObject, report: Reporter): void {
  const spec = specOf(obj);
  const path = 'spec.request';
  const request = spec.request;
  if (!isSet(request) || request === '') {
    reportField(report, {
      ruleId: 'CM-R2',
      path,
      body: fieldError.required('must be specified'),
      fix: 'set spec.request to the base64-encoded PEM CSR (`base64 -w0 < tls.csr`)',
    });
    return;
  }

  const usages = list(spec.usages).map((u) => (typeof u === 'string' ? u : ''));
  const isCA = spec.isCA === true;
  const expected = usagesToX509(usages, isCA);
  if (expected.unknown.length > 0) {
    reportField(report, {
      ruleId: 'CM-R3',
      path: 'spec.usages',
      body: fieldError.invalid(spec.usages, `unknown key usages: [${expected.unknown.join(' ')}]`),
      fix: 'use names cert-manager knows, e.g. `digital signature`, `key encipherment`, `server auth`, `client auth`',
    });
    return;
  }

  const pem = typeof request === 'string' ? decodeBase64(request) : undefined;
  if (!pem) {
    report.error('CM-R4', path, `${path}: is not base64 (the field is bytes), so the API server rejects the object; encode the PEM CSR, e.g. \`base64 -w0 < tls.csr\``);
    return;
  }
  const parsed = parseCsrPem(pem);
  const invalid = (detail: string, fix: string) =>
    reportField(report, { ruleId: 'CM-R4', path, body: fieldError.invalid('<CSR>', detail), fix });
  if ('error' in parsed) {
    invalid(parsed.error, 'put a PEM `CERTIFICATE REQUEST` signed by its own key into spec.request (base64-encoded)');
    return;
  }
  const csr = parsed.csr;
  if (csr.isCA !== undefined && csr.isCA !== isCA) {
    invalid(`encoded CSR error: IsCA ${csr.isCA} does not match expected value ${isCA}`,
      `set spec.isCA: ${csr.isCA} to match the CSR's BasicConstraints, or issue a new CSR`);
    return;
  }
  if (csr.keyUsage === undefined && csr.extKeyUsage === undefined) return;
  const keyUsage = csr.keyUsage ?? 0;
  if (keyUsage !== expected.keyUsage) {
    invalid(`encoded CSR error: the KeyUsages ${printUsages(keyUsageNames(keyUsage))} do not match the expected KeyUsages ${printUsages(keyUsageNames(expected.keyUsage))}`,
      `make spec.usages (and spec.isCA, which adds cert sign) list exactly the CSR's usages: ${printUsages(keyUsageNames(keyUsage))}`);
    return;
  }
  const extKeyUsage = csr.extKeyUsage ?? [];
  if (!sortedEqual(extKeyUsage, expected.extKeyUsage)) {
    invalid(`encoded CSR error: the ExtKeyUsages ${printUsages(extKeyUsageNames(extKeyUsage))} do not match the expected ExtKeyUsages ${printUsages(extKeyUsageNames(expected.extKeyUsage))}`,
      `make spec.usages list exactly the CSR's extended usages: ${printUsages(extKeyUsageNames(extKeyUsage))}`);
  }
}

/** R5-R7: at most one Approved and one Denied condition, each True, never both. */
function checkApprovalConditions(obj: KubeObject, report: Reporter): void {
  const path = 'status.conditions';
  const conditions = list(record(obj.status).conditions).map(record);
  const ofType = (type: string) => conditions.filter((c) => c.type === type);
  const approved = ofType('Approved');
  const denied = ofType('Denied');
  for (const [type, found] of [['Approved', approved], ['Denied', denied]] as const) {
    if (found.length > 1) {
      reportField(report, {
        ruleId: 'CM-R5',
        path,
        body: fieldError.forbidden(`multiple "${type}" conditions present`),
        fix: `keep a single ${type} condition`,
      });
    } else if (found.length === 1 && found[0].status !== 'True') {
      const condPath = `${path}.${type}`;
      reportField(report, {
        ruleId: 'CM-R6',
        path: condPath,
        body: fieldError.invalid(found[0].status ?? null, `"${type}" condition may only be set to True`),
        fix: `remove the ${type} condition; approvers only ever set it to True`,
      });
    }
  }
  if (approved.length > 0 && denied.length > 0) {
    reportField(report, {
      ruleId: 'CM-R7',
      path,
      body: fieldError.forbidden("both 'Denied' and 'Approved' conditions cannot coexist"),
      fix: 'keep either the Approved or the Denied condition',
    });
  }
}

export const CERTIFICATE_REQUEST_CHECKS: readonly ObjectCheck[] = [
  checkIssuer,
  checkRequest,
  checkApprovalConditions,
];
