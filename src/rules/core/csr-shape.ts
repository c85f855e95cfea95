// K8S-C1: the fields the API server requires of a certificates.k8s.io/v1 CertificateSigningRequest
// (pkg/apis/certificates/validation); what the request and signer then make of it is TLS-U*.
import { list, record, str } from '../object';
import { ObjectCheck } from '../rule';
import { fieldError } from '../util/field-error';
import { isPlaceholder } from '../util/placeholder';
import { EXT_KEY_USAGE_IDS, KEY_USAGE_BITS } from '../util/usages';

const KNOWN_USAGES = [...Object.keys(KEY_USAGE_BITS), ...Object.keys(EXT_KEY_USAGE_IDS)].sort();

const checkCsrShape: ObjectCheck = (csr, report) => {
  if (csr.apiVersion !== 'certificates.k8s.io/v1') return;
  const spec = record(csr.spec);
  const signer = str(spec.signerName) ?? '';
  if (signer === '') {
    report.error('K8S-C1', 'spec.signerName', `spec.signerName: ${fieldError.required()}; name the signer, e.g. kubernetes.io/kube-apiserver-client for a user's client certificate`);
  } else if (!isPlaceholder(signer) && signer.split('/').length !== 2) {
    report.error('K8S-C1', 'spec.signerName', `spec.signerName: ${fieldError.invalid(signer, "must be a fully qualified domain and path of the form 'example.com/signer-name'")}; `
      + 'use e.g. kubernetes.io/kube-apiserver-client');
  }
  if ((str(spec.request) ?? '') === '') {
    report.error('K8S-C1', 'spec.request', `spec.request: ${fieldError.required()}; put base64 of the PEM request here: base64 -w0 user.csr`);
  }
  const usages = list(spec.usages);
  if (usages.length === 0) {
    report.error('K8S-C1', 'spec.usages', `spec.usages: ${fieldError.required('usages must be provided')}; for a client certificate use ["digital signature", "client auth"]`);
  }
  const seen = new Set<unknown>();
  usages.forEach((usage, i) => {
    const path = `spec.usages[${i}]`;
    if (typeof usage !== 'string' || !KNOWN_USAGES.includes(usage)) {
      report.error('K8S-C1', path, `${path}: ${fieldError.notSupported(usage, KNOWN_USAGES)}; use one of the listed usages`);
    } else if (seen.has(usage)) {
      report.error('K8S-C1', path, `${path}: ${fieldError.duplicate(usage)}; list each usage once`);
    }
    seen.add(usage);
  });
};

export const CSR_SHAPE_CHECKS: readonly ObjectCheck[] = [checkCsrShape];
