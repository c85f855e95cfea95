import { expectSchemaValid, schemaProblems } from './schema';

describe('schema helper', () => {
  test('accepts a valid cert-manager Certificate and rejects a bad enum', () => {
    const cert = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'web' },
      spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: ['a.example.com'], privateKey: { algorithm: 'ECDSA', size: 256 } },
    };
    expect(schemaProblems(cert)).toEqual([]);
    const bad = { ...cert, spec: { ...cert.spec, privateKey: { algorithm: 'DSA' } } };
    expect(schemaProblems(bad).join('\n')).toMatch(/privateKey\/algorithm must be equal to one of the allowed values/);
  });

  test('handles Go (?i) regexes of the Prometheus Operator CRD', () => {
    const monitor = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'cm' },
      spec: { selector: {}, endpoints: [{ port: 'http-metrics', scheme: 'HTTP' }] },
    };
    expect(schemaProblems(monitor)).toEqual([]);
  });

  test('checks core objects with the Kubernetes schema', () => {
    expect(schemaProblems({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'kubernetes.io/tls' })).toEqual([]);
    expect(schemaProblems({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 'x' }] } }).length).toBeGreaterThan(0);
  });

  test('an unknown kind fails instead of passing unchecked', () => {
    expect(() => expectSchemaValid([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }])).toThrow(/no schema known/);
  });
});

test('a PrometheusRule, whose CRD has a Go (?i) after ^, validates', () => {
  const rule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'r' },
    spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'vector(1)', labels: { severity: 'warning' } }] }] },
  };
  expect(schemaProblems(rule)).toEqual([]);
});

describe('CEL rules of the CRDs', () => {
  const gateway = (tls: Record<string, unknown>) => ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public' },
    spec: { gatewayClassName: 'istio', listeners: [{ name: 'https', hostname: 'shop.example.com', port: 443, protocol: 'HTTPS', tls }] },
  });

  test('an object the OpenAPI schema accepts also goes through the CRD\'s CEL rules', () => {
    expect(schemaProblems(gateway({ certificateRefs: [{ name: 'shop-tls' }] }))).toEqual([]);
    expect(schemaProblems(gateway({ mode: 'Passthrough' }))).toEqual(['CEL spec.listeners: Invalid value: tls mode must be Terminate for protocol HTTPS']);
  });

  test('expectSchemaValid fails on a CEL rule', () => {
    expect(() => expectSchemaValid([gateway({ mode: 'Passthrough' })])).toThrow(/tls mode must be Terminate for protocol HTTPS/);
  });
});
