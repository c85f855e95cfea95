// TLS-U1..TLS-U7: a Kubernetes CertificateSigningRequest (certificates.k8s.io/v1) for an X.509
// user, checked the way the API server's x509 authenticator, the CertificateSubjectRestriction
// admission plugin and kube-controller-manager's kube-apiserver-client signer will treat it.
import { EXPECTED_GROUPS_ANNOTATION, EXPECTED_USER_ANNOTATION, csv } from './annotations';
import { KEY_FIX, describeKey, keyInfo, keyWeakness } from './x509';
import { KubeObject, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { reportInsecureDefault } from '../secure-default';
import { decodeGoBytes } from '../util/pem';
import { parseCsrPem } from '../util/pkcs10';

export const KUBE_APISERVER_CLIENT_SIGNER = 'kubernetes.io/kube-apiserver-client';
/** The usages the kube-apiserver-client signer accepts; `client auth` is required. */
const CLIENT_USAGES = ['client auth', 'digital signature', 'key encipherment'];
/** The API server refuses shorter `expirationSeconds`. */
export const MIN_EXPIRATION_SECONDS = 600;
/** The only PEM block type the API server's ParseCSR takes. */
const CSR_PEM_TYPE = 'CERTIFICATE REQUEST';

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
const quoted = (values: readonly string[]): string => (values.length ? values.map((v) => JSON.stringify(v)).join(', ') : 'none');

function checkClientSubject(report: Reporter, csr: KubeObject, commonNames: string[], organizations: string[]): void {
  const path = 'spec.request';
  if (commonNames.length !== 1 || commonNames[0] === '') {
    report.error('TLS-U3', path, `${path}: the request's subject has ${commonNames.length ? `common names ${quoted(commonNames)}` : 'no common name'}, `
      + 'but the API server takes the user name from exactly one CN; generate the CSR with -subj "/CN=<user>/O=<group>"');
  } else if (commonNames[0].startsWith('system:')) {
    report.warning('TLS-U3', path, `${path}: CN ${JSON.stringify(commonNames[0])} is a reserved system: identity (nodes, controllers, service accounts); `
      + 'a person or tool should get its own user name');
  }
  if (organizations.includes('system:masters')) {
    report.error('TLS-U4', path, `${path}: O "system:masters" makes the user a superuser that no RBAC rule can restrict, and the `
      + 'CertificateSubjectRestriction admission plugin refuses it for this signer; drop the group and bind the user to a ClusterRole instead');
  }
  const annotations = metadataOf(csr).annotations;
  const user = str(annotations[EXPECTED_USER_ANNOTATION]);
  if (user !== undefined && commonNames.length === 1 && commonNames[0] !== user) {
    report.error('TLS-U7', path, `${path}: the request is for CN ${JSON.stringify(commonNames[0])}, but this CSR is meant for user ${JSON.stringify(user)} `
      + `(${EXPECTED_USER_ANNOTATION}), whom the RBAC bindings name; generate the CSR with -subj "/CN=${user}"`);
  }
  if (annotations[EXPECTED_GROUPS_ANNOTATION] !== undefined) {
    const groups = csv(annotations[EXPECTED_GROUPS_ANNOTATION]);
    if (!same(groups, organizations)) {
      report.error('TLS-U7', path, `${path}: the request's O values (groups) are ${quoted(organizations)}, but this CSR is meant for groups ${quoted(groups)} `
        + `(${EXPECTED_GROUPS_ANNOTATION}); generate the CSR with one /O= per group`);
    }
  }
}

function checkClientUsages(report: Reporter, spec: Record<string, any>, isCa: boolean | undefined): void {
  const usages = list(spec.usages).filter((u): u is string => typeof u === 'string');
  const extra = usages.filter((u) => !CLIENT_USAGES.includes(u));
  if (!usages.includes('client auth') || extra.length) {
    report.error('TLS-U5', 'spec.usages', `spec.usages: ${quoted(usages)} ${extra.length ? `has ${quoted(extra)}, which` : 'lacks "client auth", which'} `
      + `the ${KUBE_APISERVER_CLIENT_SIGNER} signer ${extra.length ? 'refuses' : 'requires'}; use ["digital signature", "client auth"]`);
  }
  if (isCa) {
    report.error('TLS-U5', 'spec.request', `spec.request: the request asks for a CA certificate (basicConstraints CA:TRUE), which the ${KUBE_APISERVER_CLIENT_SIGNER} `
      + 'signer refuses; generate the CSR without CA extensions');
  }
}

function checkExpiration(report: Reporter, spec: Record<string, any>): void {
  const seconds = spec.expirationSeconds;
  const path = 'spec.expirationSeconds';
  if (seconds === undefined) {
    report.warning('TLS-U6', path, `${path}: unset, so the certificate lasts the signer's default (--cluster-signing-duration, one year unless changed), `
      + 'and a client certificate cannot be revoked; set expirationSeconds (e.g. 86400 for one day)');
  } else if (typeof seconds === 'number' && seconds < MIN_EXPIRATION_SECONDS) {
    report.error('TLS-U6', path, `${path}: Invalid value: ${seconds}: may not specify a duration less than ${MIN_EXPIRATION_SECONDS} seconds (10 minutes); `
      + `set at least ${MIN_EXPIRATION_SECONDS}`);
  }
}

const checkCsr: ObjectCheck = (csr, report, ctx) => {
  const spec = record(csr.spec);
  checkExpiration(report, spec);
  const signer = str(spec.signerName);
  if (signer === KUBE_APISERVER_CLIENT_SIGNER) checkClientUsages(report, spec, undefined);
  const path = 'spec.request';
  const request = str(spec.request);
  if (request === undefined) return; // a missing required field is the schema's finding
  const pem = decodeGoBytes(request);
  if (pem === undefined) {
    report.error('TLS-U1', path, `${path}: is not base64; encode the PEM request: base64 -w0 user.csr`);
    return;
  }
  const parsed = parseCsrPem(pem);
  // The API server's ParseCSR reads the first PEM block and takes it only as a CERTIFICATE REQUEST
  // (cert-manager's pem.Decode takes any type).
  const problem = 'error' in parsed ? parsed.error
    : parsed.csr.pemType === CSR_PEM_TYPE ? undefined : `PEM block type must be ${CSR_PEM_TYPE}, not ${parsed.csr.pemType}`;
  if ('error' in parsed || problem !== undefined) {
    report.error('TLS-U1', path, `${path}: the request does not parse or its signature does not verify (${problem}); `
      + 'generate it again: openssl req -new -key user.key -subj "/CN=<user>/O=<group>" -out user.csr');
    return;
  }
  const subject = parsed.csr;
  const key = keyInfo(subject.publicKey);
  const weakness = keyWeakness(key);
  if (weakness) {
    // The API server and its Go TLS stack accept RSA below 2048 bits and P-224: weak, but they
    // work (a warning in an audit; an app refuses them at synth). Other curves and key types do
    // not parse in Go: refused (an error).
    const goAccepts = key.type === 'RSA' || key.type === 'RSA-PSS' || key.curve === 'P-224';
    const message = `${path}: the request's key (${describeKey(key)}) is weak: ${weakness}; ${KEY_FIX}`;
    if (goAccepts) reportInsecureDefault(report, ctx, 'TLS-U2', path, message);
    else report.error('TLS-U2', path, `${message} (the API server's Go x509 cannot use it)`);
  }
  if (signer === KUBE_APISERVER_CLIENT_SIGNER) {
    checkClientSubject(report, csr, subject.commonNames, subject.organizations);
    if (parsed.csr.isCA) checkClientUsages(report, { usages: ['client auth'] }, true);
  }
};

export const CSR_CHECKS: readonly ObjectCheck[] = [checkCsr];
