// K8S-I1..K8S-I4: what the API server refuses in a networking.k8s.io/v1 Ingress
// (pkg/apis/networking/validation, Kubernetes 1.27), above all the v1beta1 shape that old
// manifests and charts still write under apiVersion v1 (serviceName/servicePort, no pathType).
import { KubeObject, isRecord, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError } from '../util/field-error';
import { isGoIP } from '../util/ip';
import { dns1035LabelErrors, dns1123SubdomainErrors } from '../util/names';
import { isPlaceholder } from '../util/placeholder';

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const WILDCARD_MESSAGE = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric "
  + "characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is "
  + "'\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** IsValidPortName: an IANA service name, as Service ports are named. */
export function portNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 15) errors.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (name.includes('--')) errors.push('must not contain consecutive hyphens');
  if (!/[a-z]/.test(name)) errors.push('must contain at least one letter (a-z)');
  if (name.startsWith('-') || name.endsWith('-')) errors.push('must not begin or end with a hyphen');
  return errors;
}

const known = (value: unknown): boolean => !isPlaceholder(value);

/** K8S-I1: a backend names a Service by name and port (or a resource), in the v1 shape. */
function checkBackend(report: Reporter, value: unknown, path: string): void {
  const backend = record(value);
  const legacy = ['serviceName', 'servicePort'].filter((k) => k in backend);
  if (legacy.length > 0) {
    const name = str(backend.serviceName) ?? '<service>';
    const port = backend.servicePort;
    const portField = typeof port === 'number' || (typeof port === 'string' && /^[0-9]+$/.test(port)) ? `number: ${port}` : `name: ${typeof port === 'string' ? port : '<port>'}`;
    report.error('K8S-I1', `${path}.${legacy[0]}`, `${path}.${legacy[0]}: networking.k8s.io/v1 has no ${legacy.join(' or ')} (the v1beta1 Ingress shape): `
      + `kubectl apply refuses the unknown field, and without it the API server finds no backend (${path}: Invalid value: "": resource or service backend is required); `
      + `write ${path.split('.').pop()}: { service: { name: ${name}, port: { ${portField} } } }`);
    return;
  }
  const hasService = isRecord(backend.service);
  const hasResource = isRecord(backend.resource);
  if (hasService && hasResource) {
    report.error('K8S-I1', path, `${path}: ${fieldError.invalid('', 'cannot set both resource and service backends')}; keep one of them`);
    return;
  }
  if (hasResource) return;
  if (!hasService) {
    report.error('K8S-I1', path, `${path}: ${fieldError.invalid('', 'resource or service backend is required')}; name the Service: service: { name: ..., port: { number: ... } }`);
    return;
  }
  const service = record(backend.service);
  const name = str(service.name) ?? '';
  if (name === '') {
    report.error('K8S-I1', `${path}.service.name`, `${path}.service.name: ${fieldError.required()}; name the Service in the Ingress's namespace`);
  } else if (known(name)) {
    for (const problem of dns1035LabelErrors(name)) {
      report.error('K8S-I1', `${path}.service.name`, `${path}.service.name: ${fieldError.invalid(name, problem)}; use the Service's name`);
    }
  }
  const port = record(service.port);
  const portName = str(port.name) ?? '';
  const portNumber = port.number;
  const hasNumber = portNumber !== undefined && portNumber !== null && portNumber !== 0;
  if (portName !== '' && hasNumber) {
    report.error('K8S-I1', path, `${path}: ${fieldError.invalid('', 'cannot set both port name & port number')}; keep one of service.port.name and service.port.number`);
  } else if (portName !== '') {
    if (known(portName)) {
      for (const problem of portNameErrors(portName)) {
        report.error('K8S-I1', `${path}.service.port.name`, `${path}.service.port.name: ${fieldError.invalid(portName, problem)}; use the name of a port of the Service`);
      }
    }
  } else if (hasNumber) {
    if (typeof portNumber === 'number' && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)) {
      report.error('K8S-I1', `${path}.service.port.number`, `${path}.service.port.number: ${fieldError.invalid(portNumber, 'must be between 1 and 65535, inclusive')}; use the Service's port`);
    }
  } else {
    report.error('K8S-I1', path, `${path}: ${fieldError.required('port name or number is required')}; set service.port.number (or service.port.name)`);
  }
}

/** K8S-I2: every path has a pathType, and Exact/Prefix paths are absolute. */
function checkPath(report: Reporter, path: Record<string, any>, at: string): void {
  const pathType = path.pathType;
  const value = path.path;
  if (pathType === undefined || pathType === null || pathType === '') {
    report.error('K8S-I2', `${at}.pathType`, `${at}.pathType: ${fieldError.required('pathType must be specified')}; `
      + 'use Prefix for "this path and everything below it", Exact for one path (ImplementationSpecific leaves it to the controller)');
    return;
  }
  if (typeof pathType !== 'string' || !PATH_TYPES.includes(pathType)) {
    report.error('K8S-I2', `${at}.pathType`, `${at}.pathType: ${fieldError.notSupported(pathType, PATH_TYPES)}; use Prefix or Exact`);
    return;
  }
  if (typeof value !== 'string' || !known(value)) return;
  if ((pathType !== 'ImplementationSpecific' || value !== '') && !value.startsWith('/')) {
    report.error('K8S-I2', `${at}.path`, `${at}.path: ${fieldError.invalid(value, 'must be an absolute path')}; start it with "/"`);
  }
}

/** K8S-I3: hosts are DNS names (a leading `*.` allowed), never IP addresses. */
function checkHost(report: Reporter, host: unknown, at: string): void {
  if (typeof host !== 'string' || host === '' || !known(host)) return;
  if (isGoIP(host)) {
    report.error('K8S-I3', at, `${at}: ${fieldError.invalid(host, 'must be a DNS name, not an IP address')}; leave host unset to match requests by IP`);
    return;
  }
  const problems = host.includes('*')
    ? (host.startsWith('*.') && dns1123SubdomainErrors(host.slice(2)).length === 0 ? [] : [WILDCARD_MESSAGE])
    : dns1123SubdomainErrors(host);
  for (const problem of problems) report.error('K8S-I3', at, `${at}: ${fieldError.invalid(host, problem)}; use a lower-case DNS name`);
}

/** K8S-I4: the class annotation and ingressClassName must agree, and the spec must route somewhere. */
function checkSpec(obj: KubeObject, report: Reporter, spec: Record<string, any>): void {
  const annotated = str(metadataOf(obj).annotations[INGRESS_CLASS_ANNOTATION]);
  const className = str(spec.ingressClassName);
  if (annotated !== undefined && className !== undefined && annotated !== className && known(annotated) && known(className)) {
    const path = `metadata.annotations.${INGRESS_CLASS_ANNOTATION}`;
    report.error('K8S-I4', path, `${path}: ${fieldError.invalid(annotated, 'must match `ingressClassName` when both are specified')} (spec.ingressClassName is ${JSON.stringify(className)}); `
      + `remove the deprecated ${INGRESS_CLASS_ANNOTATION} annotation and keep spec.ingressClassName`);
  }
  if (!isRecord(spec.defaultBackend) && list(spec.rules).length === 0) {
    report.error('K8S-I4', 'spec', `spec: ${fieldError.invalid(spec.rules ?? null, 'either `defaultBackend` or `rules` must be specified')}; add a rule for each host`);
  }
}

const checkIngressShape: ObjectCheck = (obj, report) => {
  if (obj.apiVersion !== 'networking.k8s.io/v1') return;
  const spec = record(obj.spec);
  checkSpec(obj, report, spec);
  if (spec.defaultBackend !== undefined) checkBackend(report, spec.defaultBackend, 'spec.defaultBackend');
  if ('backend' in spec) {
    report.error('K8S-I1', 'spec.backend', 'spec.backend: networking.k8s.io/v1 has no spec.backend (the v1beta1 Ingress shape): kubectl apply refuses the unknown field; '
      + 'rename it to spec.defaultBackend, with service: { name: ..., port: { number: ... } }');
  }
  list(spec.rules).forEach((rule, i) => {
    const r = record(rule);
    checkHost(report, r.host, `spec.rules[${i}].host`);
    list(record(r.http).paths).forEach((p, j) => {
      const at = `spec.rules[${i}].http.paths[${j}]`;
      checkPath(report, record(p), at);
      checkBackend(report, record(p).backend, `${at}.backend`);
    });
  });
  list(spec.tls).forEach((entry, i) => list(record(entry).hosts).forEach((host, j) => checkHost(report, host, `spec.tls[${i}].hosts[${j}]`)));
};

export const INGRESS_V1_CHECKS: readonly ObjectCheck[] = [checkIngressShape];
