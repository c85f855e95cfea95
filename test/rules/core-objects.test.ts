// K8S-*: what the API server validates in the built-in kinds the rules read, on objects shaped
// the way GitOps repositories write them (no namespace, Flux ${VARS}, charts' placeholders).
import { auditManifests, Finding } from '../../src';
import { TEST_CA_PEM } from '../issuers/fixtures';

type Obj = Record<string, any>;
const ids = (objects: Obj[], prefix: string): Finding[] => auditManifests(objects).filter((f) => f.ruleId.startsWith(prefix));
const messages = (objects: Obj[], prefix: string): string[] => ids(objects, prefix).map((f) => f.message);

const ingress = (spec: Obj, annotations: Obj = {}): Obj => ({
  apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', annotations }, spec,
});
const v1Path = { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } };
const rules = (paths: Obj[], host = 'app.example.com'): Obj => ({ rules: [{ host, http: { paths } }] });

describe('K8S-N1: names per kind', () => {
  test('Namespace names are DNS-1123 labels: upper case and more than 63 characters are refused', () => {
    const ns = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    expect(ids([ns('cert-manager'), ns('${TENANT}-apps'), ns('1-tenant')], 'K8S-N1')).toEqual([]);
    expect(messages([ns('Shop')], 'K8S-N1')).toEqual([
      'metadata.name: Invalid value: "Shop": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', and must start and end with '
      + "an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'); "
      + "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
    ]);
    expect(messages([ns('a'.repeat(64))], 'K8S-N1')).toEqual([
      `metadata.name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters; use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit`,
    ]);
  });

  test('Service names are DNS-1035 labels: a leading digit is refused, dots too', () => {
    const svc = (name: string, namespace?: string): Obj => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { ports: [{ port: 80 }] } });
    expect(ids([svc('web'), svc('cert-manager-webhook', 'cert-manager')], 'K8S-N1')).toEqual([]);
    const [digit] = ids([svc('1password-connect')], 'K8S-N1');
    expect(digit.severity).toBe('error');
    expect(digit.message).toMatch(/^metadata\.name: Invalid value: "1password-connect": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character.*; use at most 63 .*starting with a letter/);
    expect(ids([svc('web.v2')], 'K8S-N1')).toHaveLength(1);
    const [ns] = ids([svc('web', 'Shop')], 'K8S-N1');
    expect(ns.path).toBe('metadata.namespace');
    expect(ns.message).toMatch(/^metadata\.namespace: Invalid value: "Shop": a lowercase RFC 1123 label/);
  });

  test('Secrets and Ingresses are DNS-1123 subdomains; RBAC names only exclude / and %', () => {
    const secret = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque' });
    expect(ids([secret('wildcard.example.com-tls')], 'K8S-N1')).toEqual([]);
    expect(messages([secret('Wildcard_TLS')], 'K8S-N1')[0]).toMatch(/^metadata\.name: Invalid value: "Wildcard_TLS": a lowercase RFC 1123 subdomain must consist of/);
    const role = (name: string): Obj => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules: [] });
    expect(ids([role('system:cert-manager:Controller')], 'K8S-N1')).toEqual([]);
    expect(messages([role('cert-manager/edit')], 'K8S-N1')).toEqual([
      'metadata.name: Invalid value: "cert-manager/edit": may not contain \'/\'; RBAC names may hold any character but \'/\' and \'%\', and may not be \'.\' or \'..\'',
    ]);
  });

  test('a missing name is refused unless generateName is set; unknown kinds are passed over', () => {
    expect(messages([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }], 'K8S-N1')).toEqual([
      'metadata.name: Required value: name or generateName is required; give the ConfigMap a name',
    ]);
    expect(ids([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'migrate-' } }], 'K8S-N1')).toEqual([]);
    expect(ids([{ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 'Not_Checked' } }], 'K8S-N1')).toEqual([]);
  });
});

describe('K8S-N2: data keys of Secrets and ConfigMaps', () => {
  test('file-like keys pass; a slash or a space is refused', () => {
    const secret = (data: Obj): Obj => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', stringData: data });
    expect(ids([secret({ 'tls.crt': 'x', 'ca.crt': 'y', 'API_TOKEN': 'z', 'config-${ENV}.yaml': 'w' })], 'K8S-N2')).toEqual([]);
    expect(messages([secret({ 'certs/tls.crt': 'x' })], 'K8S-N2')).toEqual([
      'stringData[certs/tls.crt]: Invalid value: "certs/tls.crt": a valid config key must consist of alphanumeric characters, \'-\', \'_\' or \'.\' '
      + "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+'); name the key like a file (letters, digits, '-', '_', '.')",
    ]);
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { '..data': 'x' } };
    expect(messages([cm], 'K8S-N2')).toEqual([expect.stringMatching(/^data\[\.\.data\]: Invalid value: "\.\.data": must not start with '\.\.'; /)]);
  });
});

describe('K8S-I*: the networking.k8s.io/v1 Ingress shape', () => {
  test('a v1 Ingress with service backends and pathType passes', () => {
    expect(ids([ingress({ ingressClassName: 'nginx', tls: [{ hosts: ['app.example.com'], secretName: 'web-tls' }], ...rules([v1Path]) })], 'K8S-')).toEqual([]);
  });

  test('K8S-I1: serviceName/servicePort under v1 is the removed v1beta1 shape', () => {
    const old = ingress(rules([{ path: '/', pathType: 'Prefix', backend: { serviceName: 'web', servicePort: 8080 } }]));
    expect(messages([old], 'K8S-I1')).toEqual([
      'spec.rules[0].http.paths[0].backend.serviceName: networking.k8s.io/v1 has no serviceName or servicePort (the v1beta1 Ingress shape): kubectl apply refuses the unknown field, '
      + 'and without it the API server finds no backend (spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required); '
      + 'write backend: { service: { name: web, port: { number: 8080 } } }',
    ]);
    const named = ingress(rules([{ path: '/', pathType: 'Prefix', backend: { serviceName: 'web', servicePort: 'http' } }]));
    expect(messages([named], 'K8S-I1')[0]).toMatch(/write backend: \{ service: \{ name: web, port: \{ name: http \} \} \}$/);
  });

  test('K8S-I1: no port, both port forms, an empty backend', () => {
    const noPort = ingress(rules([{ ...v1Path, backend: { service: { name: 'web' } } }]));
    expect(messages([noPort], 'K8S-I1')).toEqual([
      'spec.rules[0].http.paths[0].backend: Required value: port name or number is required; set service.port.number (or service.port.name)',
    ]);
    const both = ingress(rules([{ ...v1Path, backend: { service: { name: 'web', port: { name: 'http', number: 80 } } } }]));
    expect(messages([both], 'K8S-I1')).toEqual([
      'spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both port name & port number; keep one of service.port.name and service.port.number',
    ]);
    const empty = ingress(rules([{ ...v1Path, backend: {} }]));
    expect(messages([empty], 'K8S-I1')[0]).toMatch(/^spec\.rules\[0\]\.http\.paths\[0\]\.backend: Invalid value: "": resource or service backend is required; /);
  });

  test('K8S-I2: pathType is required, and Prefix paths are absolute', () => {
    const noType = ingress(rules([{ path: '/', backend: v1Path.backend }]));
    expect(messages([noType], 'K8S-I2')).toEqual([
      'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified; use Prefix for "this path and everything below it", '
      + 'Exact for one path (ImplementationSpecific leaves it to the controller)',
    ]);
    const relative = ingress(rules([{ ...v1Path, path: 'api' }]));
    expect(messages([relative], 'K8S-I2')).toEqual(['spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path; start it with "/"']);
    const odd = ingress(rules([{ ...v1Path, pathType: 'Regex' }]));
    expect(messages([odd], 'K8S-I2')[0]).toBe('spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"; use Prefix or Exact');
  });

  test('K8S-I3: hosts are DNS names, wildcards only as *.; Flux variables are unknown', () => {
    expect(ids([ingress(rules([v1Path], '*.${SECRET_DOMAIN}')), ingress(rules([v1Path], '*.example.com'))], 'K8S-I3')).toEqual([]);
    expect(messages([ingress(rules([v1Path], '10.0.0.1'))], 'K8S-I3')).toEqual([
      'spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address; leave host unset to match requests by IP',
    ]);
    expect(messages([ingress(rules([v1Path], 'App.Example.com'))], 'K8S-I3')[0]).toMatch(/^spec\.rules\[0\]\.host: Invalid value: "App\.Example\.com": a lowercase RFC 1123 subdomain/);
  });

  test('K8S-I4: the class annotation must match ingressClassName; an Ingress needs rules or a default backend', () => {
    expect(ids([ingress({ ingressClassName: 'nginx', ...rules([v1Path]) }, { 'kubernetes.io/ingress.class': 'nginx' })], 'K8S-I4')).toEqual([]);
    expect(messages([ingress({ ingressClassName: 'nginx', ...rules([v1Path]) }, { 'kubernetes.io/ingress.class': 'traefik' })], 'K8S-I4')).toEqual([
      'metadata.annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified (spec.ingressClassName is "nginx"); '
      + 'remove the deprecated kubernetes.io/ingress.class annotation and keep spec.ingressClassName',
    ]);
    expect(messages([ingress({ ingressClassName: 'nginx' })], 'K8S-I4')).toEqual([
      'spec: Invalid value: null: either `defaultBackend` or `rules` must be specified; add a rule for each host',
    ]);
  });
});

describe('K8S-W*: webhook configurations', () => {
  const hook = (extra: Obj = {}): Obj => ({
    name: 'validate.policy.example.com',
    sideEffects: 'None',
    admissionReviewVersions: ['v1'],
    clientConfig: { service: { name: 'policy-webhook', namespace: 'policy', path: '/validate', port: 443 } },
    ...extra,
  });
  const config = (webhooks: Obj[], annotations: Obj = {}): Obj => ({
    apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration', metadata: { name: 'policy', annotations }, webhooks,
  });

  test('a v1 webhook with a service, side effects, review versions and a PEM caBundle passes', () => {
    const ca = Buffer.from(TEST_CA_PEM).toString('base64');
    expect(ids([config([hook({ clientConfig: { service: { name: 'policy-webhook', namespace: 'policy' }, caBundle: ca } })])], 'K8S-')).toEqual([]);
    // a chart's empty placeholder, or one cainjector fills
    expect(ids([config([hook({ clientConfig: { service: { name: 'w', namespace: 'p' }, caBundle: 'Cg==' } })])], 'K8S-')).toEqual([]);
  });

  test('K8S-W1: exactly one of url or service; https URLs only', () => {
    const both = config([hook({ clientConfig: { url: 'https://policy.example.com/validate', service: { name: 'w', namespace: 'p' } } })]);
    expect(messages([both], 'K8S-W1')).toEqual([
      'webhooks[0].clientConfig: Required value: exactly one of url or service is required; give service (name, namespace, port) for a webhook in the cluster, or url for one outside it',
    ]);
    expect(messages([config([hook({ clientConfig: { url: 'http://policy.example.com/validate?x=1' } })])], 'K8S-W1')).toEqual([
      'webhooks[0].clientConfig.url: Invalid value: "http://policy.example.com/validate?x=1": \'https\' is the only allowed URL scheme; use https://<host>[:port]/<path>',
      'webhooks[0].clientConfig.url: Invalid value: "http://policy.example.com/validate?x=1": "x=1": query parameters are not permitted; use https://<host>[:port]/<path>',
    ]);
    expect(messages([config([hook({ name: 'policy' })])], 'K8S-W1')[0]).toBe(
      'webhooks[0].name: Invalid value: "policy": should be a domain with at least three segments separated by dots; use a name such as validate.webhook.example.com');
  });

  test('K8S-W2: sideEffects and admissionReviewVersions are required in v1', () => {
    const bare = config([{ name: 'validate.policy.example.com', clientConfig: { service: { name: 'w', namespace: 'p' } } }]);
    expect(messages([bare], 'K8S-W2')).toEqual([
      'webhooks[0].sideEffects: Required value: must specify one of None, NoneOnDryRun; set None unless the webhook changes something outside the reviewed object',
      'webhooks[0].admissionReviewVersions: Required value: must specify one of v1, v1beta1; list the versions the webhook server understands, usually ["v1"]',
    ]);
  });

  test('K8S-W3: a caBundle that is not base64 of a PEM certificate; skipped when cainjector fills it', () => {
    const der = config([hook({ clientConfig: { service: { name: 'w', namespace: 'p' }, caBundle: Buffer.from('not a pem').toString('base64') } })]);
    expect(messages([der], 'K8S-W3')[0]).toMatch(/^webhooks\[0\]\.clientConfig\.caBundle: Invalid value: "<bytes>": unable to load root certificates: unable to parse bytes as PEM block: /);
    expect(messages([config([hook({ clientConfig: { service: { name: 'w', namespace: 'p' }, caBundle: '%%%' } })])], 'K8S-W3')[0])
      .toMatch(/^webhooks\[0\]\.clientConfig\.caBundle: is not valid base64/);
    const injected = config([hook({ clientConfig: { service: { name: 'w', namespace: 'p' }, caBundle: 'bm90IGEgcGVt' } })], { 'cert-manager.io/inject-ca-from': 'policy/webhook-cert' });
    expect(ids([injected], 'K8S-W3')).toEqual([]);
  });
});

describe('K8S-C1: CertificateSigningRequest fields', () => {
  const csr = (spec: Obj): Obj => ({ apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest', metadata: { name: 'alice' }, spec });
  test('signerName, request and usages are required; usages must be known and unique', () => {
    expect(ids([csr({ signerName: 'kubernetes.io/kube-apiserver-client', request: 'LS0t', usages: ['client auth'], expirationSeconds: 86400 })], 'K8S-C1')).toEqual([]);
    expect(messages([csr({})], 'K8S-C1')).toEqual([
      'spec.signerName: Required value; name the signer, e.g. kubernetes.io/kube-apiserver-client for a user\'s client certificate',
      'spec.request: Required value; put base64 of the PEM request here: base64 -w0 user.csr',
      'spec.usages: Required value: usages must be provided; for a client certificate use ["digital signature", "client auth"]',
    ]);
    const bad = messages([csr({ signerName: 'example-signer', request: 'LS0t', usages: ['client auth', 'client auth', 'clientAuth'] })], 'K8S-C1');
    expect(bad[0]).toBe('spec.signerName: Invalid value: "example-signer": must be a fully qualified domain and path of the form \'example.com/signer-name\'; use e.g. kubernetes.io/kube-apiserver-client');
    expect(bad[1]).toBe('spec.usages[1]: Duplicate value: "client auth"; list each usage once');
    expect(bad[2]).toMatch(/^spec\.usages\[2\]: Unsupported value: "clientAuth": supported values: "any", "cert sign", "client auth", /);
  });
});
