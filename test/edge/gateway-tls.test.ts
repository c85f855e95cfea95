// TlsGateway beyond HTTPS hosts: TLS to backends, passthrough, client certificates, gRPC.
import { Chart, JsonPatch, Testing } from 'cdk8s';
import { Deployment, Service, ServiceAccount } from 'cdk8s-plus-27';
import {
  BackendTlsPolicy, CaCertificates, ClientCertificate, PrivateCa, TlsGateway, TlsSource, TrustBundle, TrustSource,
} from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';
import { synthErrorOf } from '../support/synth-error';

function workload(chart: Chart, name: string): { deployment: Deployment; service: Service } {
  const deployment = new Deployment(chart, name, { metadata: { name }, containers: [{ image: 'example/app:1', portNumber: 8443 }] });
  return { deployment, service: deployment.exposeViaService({ name, ports: [{ port: 443, targetPort: 8443, name: 'https' }] }) };
}

const chartIn = (namespace = 'edge'): Chart => new Chart(Testing.app(), 'test', { namespace });

describe('TlsGateway.backendTls and BackendTlsPolicy', () => {
  test('one call: the policy trusting the private CA (ConfigMap ca.crt from trust-manager) and the backend\'s serving certificate from it', () => {
    const chart = chartIn();
    const ca = new PrivateCa(chart, 'ca', { cluster: true, issuerName: 'internal-ca' });
    const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'edge' }, gatewayClassName: 'eg', tls: TlsSource.certificate(ca) });
    const { deployment, service } = workload(chart, 'orders');
    gateway.addHost('orders.example.com', { backend: service });
    const policy = gateway.backendTls(service, { ca, portName: 'https' });
    policy.servingCertificate!.mount(deployment);
    const objects = synthValid(chart);
    const spec = objectOf(objects, 'BackendTLSPolicy').spec;
    const bundle = objectsOf(objects, 'Bundle')[0];
    expect(spec).toEqual({
      targetRefs: [{ group: '', kind: 'Service', name: 'orders', sectionName: 'https' }],
      validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: bundle.metadata.name }], hostname: 'orders.edge.svc' },
    });
    expect(bundle.spec.target.configMap).toEqual({ key: 'ca.crt' });
    const serving = objectsOf(objects, 'Certificate').find((c) => c.spec.dnsNames?.includes('orders.edge.svc'));
    expect(serving.metadata.namespace).toBe('edge');
    expect(serving.spec.issuerRef).toEqual({ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'internal-ca' });
    expect(objects).toMatchSnapshot();
  });

  test('system roots, subject alt names and an existing CA ConfigMap', () => {
    const chart = chartIn();
    const { service } = workload(chart, 'payments');
    new BackendTlsPolicy(chart, 'public', { service, ca: CaCertificates.system(), hostname: 'payments.example.com', subjectAltUris: ['spiffe://example.com/payments'] });
    const { service: legacy } = workload(chart, 'legacy');
    new BackendTlsPolicy(chart, 'legacy-policy', { service: legacy, ca: CaCertificates.fromConfigMapName('legacy-ca'), hostname: 'legacy.internal', subjectAltNames: ['*.internal'] });
    const policies = objectsOf(synthValid(chart), 'BackendTLSPolicy');
    expect(policies[0].spec.validation).toEqual({ wellKnownCACertificates: 'System', hostname: 'payments.example.com', subjectAltNames: [{ type: 'URI', uri: 'spiffe://example.com/payments' }] });
    expect(policies[1].spec.validation).toEqual({
      caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'legacy-ca' }], hostname: 'legacy.internal', subjectAltNames: [{ type: 'Hostname', hostname: '*.internal' }],
    });
  });

  test('TLS-BT1 through the construct: the certificate the backend mounts does not carry the hostname', () => {
    const message = synthErrorOf((chart) => {
      const ca = new PrivateCa(chart, 'ca');
      const { deployment, service } = workload(chart, 'orders');
      ca.issue('orders-cert', { dnsNames: ['orders.internal'], secretName: 'orders-tls' }).mount(deployment);
      new BackendTlsPolicy(chart, 'policy', { service, ca: CaCertificates.fromPrivateCa(ca), hostname: 'orders.test.svc' });
    });
    expect(message).toMatch(/\[test\/policy\] \[TLS-BT1\] spec\.validation\.hostname: the Gateway requires "orders\.test\.svc" in the certificate of Service "orders", but the pods behind it serve Certificate test-ca-orders-cert-\w+ with \[orders\.internal\]/);
  });

  test('TLS-CA2 through the construct: a trust bundle that writes another key', () => {
    const message = synthErrorOf((chart) => {
      const ca = new PrivateCa(chart, 'ca');
      const bundle = new TrustBundle(chart, 'bundle', { metadata: { name: 'internal-ca' }, sources: [TrustSource.certificate(ca.caCertificate)] });
      new BackendTlsPolicy(chart, 'policy', { service: workload(chart, 'api').service, ca: CaCertificates.fromTrustBundle(bundle), hostname: 'api.test.svc' });
    });
    expect(message).toMatch(/\[TLS-CA2\] spec\.validation\.caCertificateRefs\[0\]: ConfigMap "internal-ca" is written by trust-manager Bundle "internal-ca" under "ca-bundle\.crt"/);
  });

  test('refuses what can never be right, at once', () => {
    const chart = chartIn();
    const { service } = workload(chart, 'api');
    expect(() => new BackendTlsPolicy(chart, 'p', { service, ca: CaCertificates.system(), hostname: '' })).toThrow(/hostname is empty/);
    expect(() => new BackendTlsPolicy(chart, 'q', { service, ca: CaCertificates.system(), hostname: 'a', metadata: { namespace: 'other' } })).toThrow(/its own namespace/);
    expect(() => CaCertificates.fromConfigMapName('')).toThrow(/empty/);
  });
});

describe('TlsGateway.addPassthroughHost', () => {
  test('a TLS listener in Passthrough mode, a TLSRoute by SNI, and the backend\'s certificate from an issuer', () => {
    const chart = chartIn();
    const ca = new PrivateCa(chart, 'ca');
    const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'edge' }, gatewayClassName: 'eg' });
    const { service } = workload(chart, 'postgres');
    const certificate = gateway.addPassthroughHost('db.example.com', { backend: service, issuer: ca, listenerPort: 5432 });
    const objects = synthValid(chart);
    expect(objectOf(objects, 'Gateway').spec.listeners[1]).toEqual({ name: 'tls-db-example-com', hostname: 'db.example.com', protocol: 'TLS', port: 5432, tls: { mode: 'Passthrough' } });
    expect(objectOf(objects, 'TLSRoute').spec).toEqual({
      parentRefs: [{ name: 'edge', sectionName: 'tls-db-example-com' }],
      hostnames: ['db.example.com'],
      rules: [{ backendRefs: [{ name: 'postgres', port: 443 }] }],
    });
    expect(certificate!.namespace).toBe('edge');
    expect(gateway.certificates).toEqual([certificate]);
  });

  test('a hostname is either passed through or terminated', () => {
    const chart = chartIn();
    const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg', tls: TlsSource.existingSecret('x') });
    const { service } = workload(chart, 'db');
    gateway.addPassthroughHost('db.example.com', { backend: service });
    expect(() => gateway.addHost('db.example.com', { backend: service })).toThrow(/passed through/);
    expect(() => gateway.addPassthroughHost('db.example.com', { backend: service })).toThrow(/already served/);
    expect(() => gateway.addPassthroughHost('', { backend: service })).toThrow(/hostname is empty/);
  });
});

describe('TlsGateway.requireClientCertificates', () => {
  test('default and per-port validation with the partners\' CA; the clients\' certificates from the same CA', () => {
    const chart = chartIn();
    const ca = new PrivateCa(chart, 'partners-ca', { cluster: true, issuerName: 'partners' });
    const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'edge' }, gatewayClassName: 'eg', tls: TlsSource.certificate(ca) });
    gateway.addHost('partners.example.com', { backend: workload(chart, 'api').service });
    gateway.requireClientCertificates({ ca: CaCertificates.fromPrivateCa(ca) });
    gateway.requireClientCertificates({ ca: CaCertificates.fromConfigMapName('devices-ca'), port: 8443 });
    const client = ClientCertificate.forServiceAccount(chart, 'probe', { issuer: ca, serviceAccount: new ServiceAccount(chart, 'prober') });
    const objects = synthValid(chart);
    const bundle = objectOf(objects, 'Bundle');
    expect(objectOf(objects, 'Gateway').spec.tls).toEqual({
      frontend: {
        default: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: bundle.metadata.name }], mode: 'AllowValidOnly' } },
        perPort: [{ port: 8443, tls: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'devices-ca' }], mode: 'AllowValidOnly' } } }],
      },
    });
    expect(client.issuer).toBe(ca);
  });

  test('per-port only: the required default stays empty', () => {
    const chart = chartIn();
    const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg' });
    gateway.requireClientCertificates({ ca: CaCertificates.fromConfigMapName('devices-ca'), port: 8443 });
    expect(objectOf(synthValid(chart), 'Gateway').spec.tls.frontend).toEqual({
      default: {},
      perPort: [{ port: 8443, tls: { validation: { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'devices-ca' }], mode: 'AllowValidOnly' } } }],
    });
  });

  test('TLS-CA1 through the construct: a CA ConfigMap nothing writes', () => {
    const message = synthErrorOf((chart) => {
      const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg' });
      gateway.requireClientCertificates({ ca: CaCertificates.fromConfigMapName('devices-ca') });
      gateway.apiObject.addJsonPatch(JsonPatch.replace('/spec/tls/frontend/default/validation/caCertificateRefs/0/name', 'typo-ca'));
    });
    expect(message).toMatch(/\[TLS-CA1\] spec\.tls\.frontend\.default\.validation\.caCertificateRefs\[0\]: nothing in this app writes ConfigMap "typo-ca", the CA for client certificates/);
  });

  test('refuses the system roots and a second default', () => {
    const chart = chartIn();
    const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg' });
    expect(() => gateway.requireClientCertificates({ ca: CaCertificates.system() })).toThrow(/system roots/);
    gateway.requireClientCertificates({ ca: CaCertificates.fromConfigMapName('a'), allowInsecureFallback: true });
    expect(() => gateway.requireClientCertificates({ ca: CaCertificates.fromConfigMapName('b') })).toThrow(/set already/);
  });
});

describe('64 listeners', () => {
  test('TLS-LS3 through the construct: 64 hosts and the HTTP listener are one too many for a Gateway', () => {
    const message = synthErrorOf((chart) => {
      const gateway = new TlsGateway(chart, 'gw', { gatewayClassName: 'eg', tls: TlsSource.existingSecret('wildcard-tls') });
      const { service } = workload(chart, 'web');
      for (let i = 0; i < 64; i++) gateway.addHost(`h${i}.example.com`, { backend: service });
    });
    expect(message).toMatch(/\[test\/gw\] \[TLS-LS3\] spec\.listeners: 65 listeners, but a Gateway takes at most 64 and the API server rejects it; move teams' hosts into ListenerSets/);
  });
});

describe('TlsGateway.addGrpcHost', () => {
  test('a GRPCRoute on the host\'s HTTPS listener, shared with its HTTPRoute', () => {
    const chart = chartIn();
    const gateway = new TlsGateway(chart, 'gw', { metadata: { name: 'edge' }, gatewayClassName: 'eg', tls: TlsSource.existingSecret('edge-tls') });
    gateway.addHost('api.example.com', { backend: workload(chart, 'web').service });
    gateway.addGrpcHost('api.example.com', { backend: workload(chart, 'greeter').service, service: 'helloworld.Greeter', method: 'SayHello' });
    gateway.addGrpcHost('grpc.example.com', { backend: workload(chart, 'any').service });
    const objects = synthValid(chart);
    expect(objectOf(objects, 'Gateway').spec.listeners.map((l: any) => l.name)).toEqual(['http', 'https-api-example-com', 'https-grpc-example-com']);
    expect(objectsOf(objects, 'GRPCRoute').map((r) => r.spec)).toEqual([
      {
        parentRefs: [{ name: 'edge', sectionName: 'https-api-example-com' }],
        hostnames: ['api.example.com'],
        rules: [{ matches: [{ method: { type: 'Exact', service: 'helloworld.Greeter', method: 'SayHello' } }], backendRefs: [{ name: 'greeter', port: 443 }] }],
      },
      { parentRefs: [{ name: 'edge', sectionName: 'https-grpc-example-com' }], hostnames: ['grpc.example.com'], rules: [{ backendRefs: [{ name: 'any', port: 443 }] }] },
    ]);
    expect(objectsOf(objects, 'HTTPRoute')).toHaveLength(2);
    expect(() => gateway.addGrpcHost('x.example.com', { backend: workload(chart, 'm').service, method: 'Get' })).toThrow(/needs the service/);
  });
});
