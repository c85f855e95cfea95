import { isIP } from 'net';
import { list, record } from '../object';
import { ObjectCheck } from '../rule';

// cert-manager's webhook does not check dnsNames at all; a bad one fails later, at the CA, as a
// stuck CertificateRequest. These rules give the answer at synth.

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why a DNS name can't be in a certificate, or undefined when it can. */
export function dnsNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (isIP(name)) return 'is an IP address; put it in ipAddresses';
  if (/[^\x00-\x7f]/.test(name)) return 'has non-ASCII characters; write an internationalized name in its punycode form (xn--...)';
  if (name.endsWith('.')) return 'ends with a dot; certificates carry names without the root dot';
  if (name.length > 253) return `is ${name.length} characters long; DNS names have at most 253`;
  const labels = name.split('.');
  for (const [i, label] of labels.entries()) {
    if (label === '*') {
      if (i !== 0) return 'has a wildcard that is not the leftmost label; a wildcard can only be the whole first label (*.example.com)';
      if (labels.length < 3) return 'is a wildcard directly under a top-level domain or alone; use *.<domain>.<tld>';
      continue;
    }
    if (label.includes('*')) return 'has a partial-label wildcard; a wildcard can only be the whole first label (*.example.com)';
    if (label.length > 63) return `has a label of ${label.length} characters; a DNS label has at most 63`;
    if (!LABEL.test(label.toLowerCase())) return `has the label "${label}"; labels are letters, digits and '-', not starting or ending with '-'`;
  }
  return undefined;
}

const checkDnsNames: ObjectCheck = (obj, report) => {
  const seen = new Set<string>();
  list(record(obj.spec).dnsNames).forEach((name, i) => {
    const path = `spec.dnsNames[${i}]`;
    if (typeof name !== 'string') return; // the schema rule reports the type
    const problem = dnsNameProblem(name);
    if (problem) {
      report.error('TLS-N1', path, `${path}: ${JSON.stringify(name)} ${problem}`);
      return;
    }
    if (name !== name.toLowerCase()) {
      report.warning('TLS-N2', path, `${path}: ${JSON.stringify(name)} has upper-case letters; CAs and clients compare names in lower case, write ${JSON.stringify(name.toLowerCase())}`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) report.warning('TLS-N3', path, `${path}: ${JSON.stringify(name)} is listed twice; remove the duplicate`);
    seen.add(key);
  });
};

export const CERTIFICATE_NAME_CHECKS: readonly ObjectCheck[] = [checkDnsNames];
