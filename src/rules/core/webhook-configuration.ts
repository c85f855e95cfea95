// K8S-W1..K8S-W3: what the API server refuses in an admissionregistration.k8s.io/v1
// Validating/MutatingWebhookConfiguration (pkg/apis/admissionregistration/validation), and a
// caBundle the API server cannot use to verify the webhook's certificate.
import { KubeObject, isRecord, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { INJECT_CA_FROM, INJECT_CA_FROM_SECRET } from '../secrets/ca-injection';
import { fieldError } from '../util/field-error';
import { decodeGoBytes } from '../util/pem';
import { isPlaceholder } from '../util/placeholder';

const SIDE_EFFECTS = ['None', 'NoneOnDryRun'];
const REVIEW_VERSIONS = ['v1', 'v1beta1'];

/** ValidateWebhookURL: an https URL with a host, no user info, query or fragment. */
function urlProblems(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value === '' ? ['host must be specified'] : [`url must be a valid URL: parse ${JSON.stringify(value)}: invalid URI`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push("'https' is the only allowed URL scheme");
  if (url.hostname === '') problems.push('host must be specified');
  if (url.username || url.password) problems.push('user information is not permitted in the URL');
  if (url.hash) problems.push(`${JSON.stringify(url.hash.slice(1))}: fragments are not permitted`);
  if (url.search) problems.push(`${JSON.stringify(url.search.slice(1))}: query parameters are not permitted`);
  return problems;
}

/** K8S-W1: the API server dials exactly one of url and service, and both must be reachable as written. */
function checkClientConfig(report: Reporter, hook: Record<string, any>, at: string): void {
  const cc = record(hook.clientConfig);
  const hasUrl = typeof cc.url === 'string';
  const hasService = isRecord(cc.service);
  if (hasUrl === hasService) {
    report.error('K8S-W1', `${at}.clientConfig`, `${at}.clientConfig: ${fieldError.required('exactly one of url or service is required')}; `
      + 'give service (name, namespace, port) for a webhook in the cluster, or url for one outside it');
    return;
  }
  if (hasUrl) {
    if (isPlaceholder(cc.url)) return;
    for (const problem of urlProblems(cc.url)) {
      report.error('K8S-W1', `${at}.clientConfig.url`, `${at}.clientConfig.url: ${fieldError.invalid(cc.url, problem)}; use https://<host>[:port]/<path>`);
    }
    return;
  }
  const service = record(cc.service);
  const path = `${at}.clientConfig.service`;
  for (const field of ['name', 'namespace']) {
    if ((str(service[field]) ?? '') === '') {
      report.error('K8S-W1', `${path}.${field}`, `${path}.${field}: ${fieldError.required(`service ${field} is required`)}; name the webhook's Service and its namespace`);
    }
  }
  const servicePath = str(service.path);
  if (servicePath !== undefined && servicePath !== '' && !servicePath.startsWith('/')) {
    report.error('K8S-W1', `${path}.path`, `${path}.path: ${fieldError.invalid(servicePath, "must start with a '/'")}; write it as /${servicePath}`);
  }
  const port = service.port;
  if (typeof port === 'number' && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    report.error('K8S-W1', `${path}.port`, `${path}.port: ${fieldError.invalid(port, 'port is not valid: must be between 1 and 65535, inclusive')}; use the Service's port (443 when unset)`);
  }
}

/** K8S-W2: v1 webhooks must say their side effects and the AdmissionReview versions they take. */
function checkV1Fields(report: Reporter, hook: Record<string, any>, at: string): void {
  const sideEffects = hook.sideEffects;
  if (sideEffects === undefined || sideEffects === null) {
    report.error('K8S-W2', `${at}.sideEffects`, `${at}.sideEffects: ${fieldError.required(`must specify one of ${SIDE_EFFECTS.join(', ')}`)}; `
      + 'set None unless the webhook changes something outside the reviewed object');
  } else if (typeof sideEffects !== 'string' || !SIDE_EFFECTS.includes(sideEffects)) {
    report.error('K8S-W2', `${at}.sideEffects`, `${at}.sideEffects: ${fieldError.notSupported(sideEffects, SIDE_EFFECTS)}; use None or NoneOnDryRun`);
  }
  const versions = list(hook.admissionReviewVersions);
  if (!versions.some((v) => typeof v === 'string' && REVIEW_VERSIONS.includes(v))) {
    report.error('K8S-W2', `${at}.admissionReviewVersions`, `${at}.admissionReviewVersions: ${fieldError.required(`must specify one of ${REVIEW_VERSIONS.join(', ')}`)}; `
      + 'list the versions the webhook server understands, usually ["v1"]');
  }
}

/** K8S-W3: caBundle is base64 of PEM certificates; anything else and no call to the webhook verifies. */
function checkCaBundle(obj: KubeObject, report: Reporter, hook: Record<string, any>, at: string): void {
  const bundle = record(hook.clientConfig).caBundle;
  const annotations = metadataOf(obj).annotations;
  // cainjector overwrites the bundle; an empty or placeholder value before that is normal.
  if (typeof bundle !== 'string' || bundle === '' || isPlaceholder(bundle)
    || annotations[INJECT_CA_FROM] !== undefined || annotations[INJECT_CA_FROM_SECRET] !== undefined) return;
  const path = `${at}.clientConfig.caBundle`;
  const bytes = decodeGoBytes(bundle);
  if (bytes === undefined) {
    report.error('K8S-W3', path, `${path}: is not valid base64, so the object cannot be decoded and the API server refuses it; `
      + 'encode the PEM CA certificate: base64 -w0 ca.crt (or let cert-manager inject it: cert-manager.io/inject-ca-from)');
    return;
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') return; // a placeholder (Cg== is a newline) that a job or controller fills in
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    report.error('K8S-W3', path, `${path}: ${fieldError.invalid('<bytes>', 'unable to load root certificates: unable to parse bytes as PEM block')}: `
      + 'the API server cannot verify the webhook\'s serving certificate, so every call fails; '
      + 'put base64 of the PEM CA certificate here, not of a DER file or a key (or let cert-manager inject it: cert-manager.io/inject-ca-from)');
  }
}

const checkWebhookConfiguration: ObjectCheck = (obj, report) => {
  if (obj.apiVersion !== 'admissionregistration.k8s.io/v1') return;
  list(obj.webhooks).forEach((value, i) => {
    const hook = record(value);
    const at = `webhooks[${i}]`;
    const name = str(hook.name) ?? '';
    if (name !== '' && !isPlaceholder(name) && name.split('.').length < 3) {
      report.error('K8S-W1', `${at}.name`, `${at}.name: ${fieldError.invalid(name, 'should be a domain with at least three segments separated by dots')}; `
        + 'use a name such as validate.webhook.example.com');
    }
    checkClientConfig(report, hook, at);
    checkV1Fields(report, hook, at);
    checkCaBundle(obj, report, hook, at);
  });
};

export const WEBHOOK_CONFIGURATION_CHECKS: readonly ObjectCheck[] = [checkWebhookConfiguration];
