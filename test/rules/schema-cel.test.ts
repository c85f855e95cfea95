import { auditManifests } from '../../src/rules/engine';
import { isKubernetesIp } from '../../src/rules/schema/cel-k8s-library';
import { compileNodeRules } from '../../src/rules/schema/cel-validation';
import { parseRequestUri } from '../../src/rules/schema/go-url';
import { StructuralSchema } from '../../src/rules/schema/openapi';
import { crdViolations } from '../../src/rules/schema/schema-check';

// CRD-SCHEMA, CEL part: the CRDs' x-kubernetes-validations rules, with the API server's behaviour
// around them (defaults first, no CEL on a structurally invalid object, escaped field names,
// run-time errors reject) and its messages (Kubernetes 1.36 form).

function schemaMessages(obj: unknown): string[] {
  return auditManifests([obj]).filter((f) => f.ruleId === 'CRD-SCHEMA').map((f) => f.message);
}

function findings(obj: unknown): { path: string; message: string }[] {
  return auditManifests([obj]).filter((f) => f.ruleId === 'CRD-SCHEMA').map((f) => ({ path: f.path, message: f.message }));
}

const meta = { name: 'web', namespace: 'apps' };

// ---- Gateway API ----

const gateway = (listeners: unknown[]) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'gateway-system' },
  spec: { gatewayClassName: 'istio', listeners },
});
const https = { name: 'https', hostname: 'shop.example.com', port: 443, protocol: 'HTTPS' };

describe('Gateway listeners', () => {
  test('an HTTPS listener that terminates TLS is accepted', () => {
    expect(schemaMessages(gateway([{ ...https, tls: { mode: 'Terminate', certificateRefs: [{ name: 'shop-tls' }] } }]))).toEqual([]);
  });

  test('an HTTPS listener with tls.mode Passthrough is rejected, at the listeners list', () => {
    expect(findings(gateway([{ ...https, tls: { mode: 'Passthrough' } }]))).toEqual([
      { path: 'spec.listeners', message: 'spec.listeners: Invalid value: tls mode must be Terminate for protocol HTTPS' },
    ]);
  });

  test('a TLS Passthrough listener next to an HTTPS one is accepted', () => {
    const passthrough = { name: 'tls', hostname: 'db.example.com', port: 8443, protocol: 'TLS', tls: { mode: 'Passthrough' } };
    expect(schemaMessages(gateway([{ ...https, tls: { certificateRefs: [{ name: 'shop-tls' }] } }, passthrough]))).toEqual([]);
  });

  test('defaulting: a TLS listener without tls.mode gets Terminate before the rules run, so it is accepted', () => {
    // Without the schema default, `has(l.tls.mode) && l.tls.mode != ''` would reject it.
    expect(schemaMessages(gateway([{ name: 'tls', hostname: 'db.example.com', port: 8443, protocol: 'TLS', tls: { certificateRefs: [{ name: 'db-tls' }] } }])))
      .toEqual([]);
  });

  test('a run-time error rejects: tls without certificateRefs reads a key that is not there', () => {
    // What the API server answers for `tls: {}`: mode defaults to Terminate, then the rule reads self.certificateRefs.
    expect(findings(gateway([{ ...https, tls: {} }]))).toEqual([{
      path: 'spec.listeners[0].tls',
      message: 'spec.listeners[0].tls: Invalid value: "object": no such key: certificateRefs evaluating rule: '
        + 'certificateRefs or options must be specified when mode is Terminate',
    }]);
  });

  test('an HTTP listener with tls is rejected', () => {
    expect(schemaMessages(gateway([{ name: 'http', port: 80, protocol: 'HTTP', tls: { certificateRefs: [{ name: 'x' }] } }])))
      .toEqual(['spec.listeners: Invalid value: tls must not be specified for protocols [\'HTTP\', \'TCP\', \'UDP\']']);
  });

  test('no CEL on an object that already fails its schema with a blocking error (a required field)', () => {
    const { port: _port, ...withoutPort } = https;
    expect(schemaMessages(gateway([{ ...withoutPort, tls: { mode: 'Passthrough' } }]))).toEqual(['spec.listeners[0].port: Required value']);
  });

  test('CEL still runs after a non-blocking schema error (a pattern) and after an unknown field, which is pruned', () => {
    expect(schemaMessages(gateway([{ ...https, hostname: 'Shop.example.com', tls: { mode: 'Passthrough', insecure: true } }]))).toEqual([
      'spec.listeners[0].hostname: Invalid value: "Shop.example.com": spec.listeners[0].hostname in body should match '
        + '\'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\'',
      'spec.listeners[0].tls.insecure: unknown field "spec.listeners[0].tls.insecure"; remove it; known fields here: certificateRefs, mode, options',
      'spec.listeners: Invalid value: tls mode must be Terminate for protocol HTTPS',
    ]);
  });
});

// ---- BackendTLSPolicy ----

const backendTls = (validation: Record<string, unknown>) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'BackendTLSPolicy',
  metadata: meta,
  spec: { targetRefs: [{ group: '', kind: 'Service', name: 'api' }], validation: { hostname: 'api.apps.svc.cluster.local', ...validation } },
});

describe('BackendTLSPolicy', () => {
  test('accepted with caCertificateRefs, or with wellKnownCACertificates', () => {
    expect(schemaMessages(backendTls({ caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'internal-ca' }] }))).toEqual([]);
    expect(schemaMessages(backendTls({ wellKnownCACertificates: 'System' }))).toEqual([]);
  });

  test('rejected with neither', () => {
    expect(findings(backendTls({}))).toEqual([
      { path: 'spec.validation', message: 'spec.validation: Invalid value: must specify either CACertificateRefs or WellKnownCACertificates' },
    ]);
  });

  test('rejected with both', () => {
    expect(schemaMessages(backendTls({ caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'internal-ca' }], wellKnownCACertificates: 'System' })))
      .toEqual(['spec.validation: Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates']);
  });
});

// ---- HTTPRoute, TLSRoute ----

const route = (spec: Record<string, unknown>) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: meta, spec });

describe('HTTPRoute', () => {
  test('a PathPrefix match must be an absolute path', () => {
    const rule = (value: string) => route({ rules: [{ matches: [{ path: { type: 'PathPrefix', value } }], backendRefs: [{ name: 'web', port: 80 }] }] });
    expect(schemaMessages(rule('/shop'))).toEqual([]);
    expect(schemaMessages(rule('shop'))).toEqual(['spec.rules[0].matches[0].path: Invalid value: value must be an absolute path and start with \'/\' when type one of [\'Exact\', \'PathPrefix\']']);
  });

  test('a Service backend needs a port', () => {
    expect(schemaMessages(route({ rules: [{ backendRefs: [{ name: 'web' }] }] }))).toEqual(['spec.rules[0].backendRefs[0]: Invalid value: Must have port for Service reference']);
  });

  test('reserved names are escaped: the parentRefs rule reads `namespace` as __namespace__', () => {
    // Two Gateways of one name in different namespaces are different parents; without the escaping
    // the rule would see no namespace on either and call them the same parent.
    const twoNamespaces = route({ parentRefs: [{ name: 'public', namespace: 'gw-a' }, { name: 'public', namespace: 'gw-b' }] });
    expect(schemaMessages(twoNamespaces)).toEqual([]);
    const sameParentTwice = route({ parentRefs: [{ name: 'public', namespace: 'gw-a' }, { name: 'public', namespace: 'gw-a', sectionName: 'https' }] });
    expect(schemaMessages(sameParentTwice)).toEqual(['spec.parentRefs: Invalid value: sectionName must be specified when parentRefs includes 2 or more references to the same parent']);
  });
});

describe('TLSRoute', () => {
  const tlsRoute = (hostnames: string[]) => ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'TLSRoute',
    metadata: meta,
    spec: { parentRefs: [{ name: 'public', namespace: 'gateway-system' }], hostnames, rules: [{ backendRefs: [{ name: 'db', port: 5432 }] }] },
  });

  test('isIP(): a hostname that is an IP address is rejected', () => {
    expect(schemaMessages(tlsRoute(['db.example.com']))).toEqual([]);
    expect(schemaMessages(tlsRoute(['10.0.0.1']))).toEqual(['spec.hostnames: Invalid value: Hostnames cannot contain an IP']);
  });
});

// ---- Istio ----

describe('Istio', () => {
  test('RequestAuthentication: a jwksUri that is no URL makes url() fail, which rejects the object', () => {
    const auth = (jwksUri: string) => ({
      apiVersion: 'security.istio.io/v1',
      kind: 'RequestAuthentication',
      metadata: meta,
      spec: { jwtRules: [{ issuer: 'https://issuer.example.com', jwksUri }] },
    });
    expect(schemaMessages(auth('https://issuer.example.com/.well-known/jwks.json'))).toEqual([]);
    expect(schemaMessages(auth('ftp://issuer.example.com/jwks.json'))).toEqual(['spec.jwtRules[0].jwksUri: Invalid value: "ftp://issuer.example.com/jwks.json": url must have scheme http:// or https://']);
    expect(schemaMessages(auth('issuer.example.com/jwks.json'))).toEqual([
      'spec.jwtRules[0].jwksUri: Invalid value: "string": URL parse error during conversion from string: parse "issuer.example.com/jwks.json": '
        + 'invalid URI for request evaluating rule: url must have scheme http:// or https://',
    ]);
  });

  test('Gateway server TLS: credentialName and credentialNames together are rejected', () => {
    const gw = (tls: Record<string, unknown>) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: meta,
      spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['shop.example.com'], tls }] },
    });
    expect(schemaMessages(gw({ mode: 'SIMPLE', credentialName: 'shop-tls' }))).toEqual([]);
    expect(schemaMessages(gw({ mode: 'SIMPLE', credentialName: 'shop-tls', credentialNames: ['shop-rsa', 'shop-ecdsa'] })))
      .toEqual(['spec.servers[0].tls: Invalid value: only one of credentialName or credentialNames can be set']);
  });

  test('DestinationRule: a connect timeout under 1ms is rejected by duration()', () => {
    const rule = (connectTimeout: string) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: meta,
      spec: { host: 'api.apps.svc.cluster.local', trafficPolicy: { connectionPool: { tcp: { connectTimeout } }, tls: { mode: 'ISTIO_MUTUAL' } } },
    });
    expect(schemaMessages(rule('5s'))).toEqual([]);
    expect(schemaMessages(rule('0s'))).toEqual(['spec.trafficPolicy.connectionPool.tcp.connectTimeout: Invalid value: "0s": must be a valid duration greater than 1ms']);
  });

  test('DestinationRule: a duration Go cannot parse is a run-time error, in cel-go\'s words', () => {
    const rule = (connectTimeout: string) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: meta,
      spec: { host: 'api.apps.svc.cluster.local', trafficPolicy: { connectionPool: { tcp: { connectTimeout } } } },
    });
    expect(schemaMessages(rule('250\u03bcs'))).toEqual(['spec.trafficPolicy.connectionPool.tcp.connectTimeout: Invalid value: "250\u03bcs": must be a valid duration greater than 1ms']);
    expect(schemaMessages(rule('5'))).toEqual([
      'spec.trafficPolicy.connectionPool.tcp.connectTimeout: Invalid value: "string": type conversion error from \'string\' to \'google.protobuf.Duration\' '
        + 'evaluating rule: must be a valid duration greater than 1ms',
    ]);
  });

  test('PeerAuthentication: port-level mTLS needs numeric ports (int() of a key)', () => {
    const peer = (port: string) => ({
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: meta,
      spec: { selector: { matchLabels: { app: 'api' } }, mtls: { mode: 'STRICT' }, portLevelMtls: { [port]: { mode: 'PERMISSIVE' } } },
    });
    expect(schemaMessages(peer('8080'))).toEqual([]);
    expect(schemaMessages(peer('70000'))).toEqual(['spec.portLevelMtls: Invalid value: port must be between 1-65535']);
    expect(schemaMessages(peer('http'))).toEqual([
      'spec.portLevelMtls: Invalid value: "object": type conversion error from \'string\' to \'int\' evaluating rule: port must be between 1-65535',
    ]);
  });
});

// ---- trust-manager ----

describe('trust-manager', () => {
  test('Bundle: a source must name exactly one of configMap, secret, inLine, useDefaultCAs', () => {
    const bundle = (source: Record<string, unknown>) => ({
      apiVersion: 'trust.cert-manager.io/v1alpha1',
      kind: 'Bundle',
      metadata: { name: 'internal-ca' },
      spec: { sources: [source], target: { configMap: { key: 'ca.crt' } } },
    });
    expect(schemaMessages(bundle({ useDefaultCAs: true }))).toEqual([]);
    expect(schemaMessages(bundle({ useDefaultCAs: true, secret: { name: 'ca', key: 'ca.crt' } })))
      .toEqual(['spec.sources[0]: Invalid value: exactly one of the fields in [configMap secret inLine useDefaultCAs] must be set']);
  });

  test('ClusterBundle: fieldPath and reason: a password on a non-PKCS12 target is Forbidden at .password', () => {
    const clusterBundle = (entry: Record<string, unknown>) => ({
      apiVersion: 'trust-manager.io/v1alpha2',
      kind: 'ClusterBundle',
      metadata: { name: 'internal-ca' },
      spec: { defaultCAs: { provider: 'System' }, target: { namespaceSelector: {}, secret: { data: [{ key: 'ca.crt', ...entry }] } } },
    });
    expect(schemaMessages(clusterBundle({ format: 'PKCS12', password: 'changeit' }))).toEqual([]);
    expect(findings(clusterBundle({ format: 'PEM', password: 'changeit' }))).toEqual([
      { path: 'spec.target.secret.data[0].password', message: 'spec.target.secret.data[0].password: Forbidden: may only be set when format is \'PKCS12\'' },
    ]);
  });

  test('ClusterBundle: a map rule runs on the map (self is the labels)', () => {
    const clusterBundle = (labels: Record<string, string>) => ({
      apiVersion: 'trust-manager.io/v1alpha2',
      kind: 'ClusterBundle',
      metadata: { name: 'internal-ca' },
      spec: { defaultCAs: { provider: 'System' }, target: { namespaceSelector: {}, configMap: { data: [{ key: 'ca.crt' }], metadata: { labels } } } },
    });
    expect(schemaMessages(clusterBundle({ team: 'platform' }))).toEqual([]);
    expect(schemaMessages(clusterBundle({ 'trust-manager.io/owned': 'yes' })))
      .toEqual(['spec.target.configMap.metadata.labels: Forbidden: must not use forbidden domains as prefixes (e.g., trust-manager.io)']);
  });
});

// ---- cert-manager ----

describe('cert-manager', () => {
  test('ClusterIssuer venafi: exactly one of tpp, cloud, ngts', () => {
    const issuer = (venafi: Record<string, unknown>) => ({ apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'venafi' }, spec: { venafi } });
    expect(schemaMessages(issuer({ zone: 'Default', cloud: { apiTokenSecretRef: { name: 'vaas', key: 'token' } } }))).toEqual([]);
    expect(schemaMessages(issuer({ zone: 'Default', cloud: { apiTokenSecretRef: { name: 'vaas' } }, tpp: { url: 'https://tpp.example.com/vedsdk', credentialsRef: { name: 'tpp' } } })))
      .toEqual(['spec.venafi: Invalid value: exactly one of tpp, cloud, or ngts must be configured']);
  });
});

// ---- the API server's behaviour, on schemas written for it ----

const kind = (spec: StructuralSchema): StructuralSchema => ({
  type: 'object',
  properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec },
});
const widget = (spec: unknown) => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec });
const messagesOf = (schema: StructuralSchema, spec: unknown) => crdViolations(widget(spec), schema).map((v) => v.message);

describe('messages', () => {
  const replicas = (rule: Record<string, unknown>) => kind({ 'type': 'object', 'properties': { replicas: { type: 'integer' } }, 'x-kubernetes-validations': [{ rule: 'self.replicas <= 5', ...rule }] } as StructuralSchema);

  test('no message: the rule itself', () => {
    expect(messagesOf(replicas({}), { replicas: 5 })).toEqual([]);
    expect(messagesOf(replicas({}), { replicas: 6 })).toEqual(['spec: Invalid value: failed rule: self.replicas <= 5']);
  });

  test('messageExpression is evaluated; when it fails, the message is used', () => {
    expect(messagesOf(replicas({ messageExpression: '"replicas is " + string(self.replicas) + ", at most 5"' }), { replicas: 6 }))
      .toEqual(['spec: Invalid value: replicas is 6, at most 5']);
    expect(messagesOf(replicas({ message: 'too many replicas', messageExpression: 'self.missing' }), { replicas: 6 }))
      .toEqual(['spec: Invalid value: too many replicas']);
    expect(messagesOf(replicas({ message: 'too many replicas', messageExpression: '"   "' }), { replicas: 6 }))
      .toEqual(['spec: Invalid value: too many replicas']);
  });

  test('reason decides the form; a scalar node shows its value', () => {
    const scalar = (reason?: string) => kind({ type: 'object', properties: { size: { 'type': 'integer', 'x-kubernetes-validations': [{ rule: 'self % 2 == 0', message: 'must be even', ...(reason ? { reason } : {}) }] } } } as StructuralSchema);
    expect(messagesOf(scalar(), { size: 3 })).toEqual(['spec.size: Invalid value: 3: must be even']);
    expect(messagesOf(scalar('FieldValueRequired'), { size: 3 })).toEqual(['spec.size: Required value: must be even']);
    expect(messagesOf(scalar('FieldValueDuplicate'), { size: 3 })).toEqual(['spec.size: Duplicate value: 3']);
  });

  test('a rule at the root reads metadata.name, and the API server prints the root as <nil>', () => {
    const schema: StructuralSchema = { ...kind({ type: 'object' }), 'x-kubernetes-validations': [{ rule: 'self.metadata.name.startsWith("w-")', message: 'name must start with w-' }] };
    expect(crdViolations({ ...widget({}), metadata: { name: 'w-1' } }, schema)).toEqual([]);
    expect(crdViolations(widget({}), schema)).toEqual([{ path: '', message: '<nil>: Invalid value: name must start with w-' }]);
  });

  test('fieldPath with a map key', () => {
    const schema = kind({
      'type': 'object',
      'properties': { ports: { type: 'object', additionalProperties: { type: 'integer' } } },
      'x-kubernetes-validations': [{ rule: '!has(self.ports) || !("admin" in self.ports)', message: 'no admin port', fieldPath: ".ports['admin']" }],
    });
    expect(crdViolations(widget({ ports: { admin: 9000 } }), schema)).toEqual([{ path: 'spec.ports[admin]', message: 'spec.ports[admin]: Invalid value: no admin port' }]);
  });
});

describe('typing', () => {
  test('int-or-string is dyn: the rule sees an int or a string', () => {
    const schema = kind({
      type: 'object',
      properties: { maxUnavailable: { 'x-kubernetes-int-or-string': true, 'x-kubernetes-validations': [{ rule: 'type(self) == int ? self <= 3 : self.endsWith("%")', message: 'at most 3, or a percentage' }] } },
    } as StructuralSchema);
    expect(messagesOf(schema, { maxUnavailable: 2 })).toEqual([]);
    expect(messagesOf(schema, { maxUnavailable: '25%' })).toEqual([]);
    expect(messagesOf(schema, { maxUnavailable: 4 })).toEqual(['spec.maxUnavailable: Invalid value: 4: at most 3, or a percentage']);
    expect(messagesOf(schema, { maxUnavailable: 'all' })).toEqual(['spec.maxUnavailable: Invalid value: "all": at most 3, or a percentage']);
  });

  test('every escaping rule of the API server', () => {
    const names = ['namespace', 'x-y', 'a.b', 'c/d', 'e__f', 'if'];
    const schema = kind({
      'type': 'object',
      'properties': Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
      'x-kubernetes-validations': [{ rule: 'self.__namespace__ + self.x__dash__y + self.a__dot__b + self.c__slash__d + self.e__underscores__f + self.__if__ == "123456"' }],
    });
    expect(messagesOf(schema, { 'namespace': '1', 'x-y': '2', 'a.b': '3', 'c/d': '4', 'e__f': '5', 'if': '6' })).toEqual([]);
  });

  test('url() accessors, as Kubernetes defines them', () => {
    const schema = kind({
      type: 'object',
      properties: {
        endpoint: {
          'type': 'string',
          'x-kubernetes-validations': [{
            rule: 'url(self).getScheme() == "https" && url(self).getHostname() == "::1" && url(self).getHost() == "[::1]:8443" && url(self).getPort() == "8443"'
              + ' && url(self).getEscapedPath() == "/a%20b" && url(self).getQuery()["k"] == ["v", "w"]',
          }],
        },
      },
    });
    expect(messagesOf(schema, { endpoint: 'https://[::1]:8443/a b?k=v&k=w' })).toEqual([]);
  });

  test('a transition rule (oldSelf) does not run on create', () => {
    expect(schemaMessages({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'istio' }, spec: { controllerName: 'istio.io/gateway-controller' } })).toEqual([]);
  });

  test('a function the engine does not implement is reported as unsupported, never passed silently', () => {
    const [sorted, quantity] = compileNodeRules([{ rule: 'self.sort() == self' }, { rule: 'quantity(self).isInteger()' }], { type: 'string' });
    expect(sorted).toMatchObject({ state: 'unsupported', reason: "undeclared function 'sort'" });
    expect(quantity.state).toBe('unsupported');
  });

  test('a rule with optionalOldSelf runs on create on the API server: not counted as a transition rule', () => {
    const [optional, transition] = compileNodeRules([{ rule: 'oldSelf.hasValue() ? self == oldSelf.value() : true', optionalOldSelf: true }, { rule: 'self == oldSelf' }], { type: 'string' });
    expect(optional.state).toBe('unsupported');
    expect(transition.state).toBe('transition');
  });

  test('a run-time type mismatch reads as the API server words it', () => {
    const schema = kind({ type: 'object', properties: { size: { 'x-kubernetes-int-or-string': true, 'x-kubernetes-validations': [{ rule: 'self.endsWith("%")', message: 'a percentage' }] } } } as StructuralSchema);
    expect(messagesOf(schema, { size: 3 })).toEqual([
      'spec.size: Invalid value: "": \'no such overload\': call arguments did not match a supported operator, function or macro signature for rule: a percentage',
    ]);
  });
});

describe('the Kubernetes library functions, case by case', () => {
  test.each([
    ['127.0.0.1', true], ['::1', true], ['2001:db8::1', true], ['::1.2.3.4', true], ['1:2:3:4:5:6:1.2.3.4', true], ['::', true],
    ['127.0.0.256', false], ['01.2.3.4', false], [':::1', false], ['1::2::3', false], ['1:2:3:4:5:6:7:8:9', false],
    ['::ffff:1.2.3.4', false], ['fe80::1%eth0', false], ['db.example.com', false],
  ])('isIP(%j) is %s', (ip, expected) => {
    expect(isKubernetesIp(ip)).toBe(expected);
  });

  test.each([
    ['https://user:pass@example.com:80/path?query=val#fragment', true],
    ['/absolute-path', true],
    ['oci://ghcr.io/acme/filter:1.0', true],
    ['https://a:b:c/', false],
    ['../relative-path', false],
    ['ghcr.io/acme/filter:1.0', false],
    ['http://exa mple.com/', false],
    ['', false],
  ])('isURL(%j) is %s (Go url.ParseRequestURI)', (url, expected) => {
    expect(parseRequestUri(url).url !== undefined).toBe(expected);
  });
});
