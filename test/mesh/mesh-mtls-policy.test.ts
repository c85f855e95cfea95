import { JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { KubeNamespace } from 'cdk8s-plus-27/lib/imports/k8s';
import { IstioMtlsMode, LinkerdInboundPolicy, LinkerdProxyProtocol, MeshMtlsPolicy, MeshScope, ServiceMesh } from '../../src';
import { main } from '../../src/cli/main';
import { objectOf, objectsOf, synthValid } from '../support/schema';
import { synthErrorOf } from '../support/synth-error';


function audit(yaml: string): { status: number; stdout: string } {
  let stdout = '';
  const status = main(['audit', '-'], { stdout: (t) => { stdout += t; }, stderr: () => undefined, readStdin: () => yaml });
  return { status, stdout };
}

describe('MeshMtlsPolicy on Istio', () => {
  test('a namespace: STRICT, default deny, allow rules by SPIFFE principal, ISTIO_MUTUAL destinations', () => {
    const chart = Testing.chart();
    const ns = new kplus.Namespace(chart, 'shop', { metadata: { name: 'shop' } });
    const frontend = new kplus.ServiceAccount(chart, 'frontend', { metadata: { name: 'frontend', namespace: 'shop' } });
    const api = new kplus.Service(chart, 'api', { metadata: { name: 'api', namespace: 'shop' }, ports: [{ port: 8080 }] });
    const policy = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespace(ns) });
    policy.allowFrom(frontend, { methods: ['GET', 'POST'], paths: ['/api/*'], ports: [8080] });
    policy.allowFrom(kplus.ServiceAccount.fromServiceAccountName(chart, 'batch', 'batch', { namespaceName: 'jobs' }));
    policy.allowFromNamespace('monitoring', { paths: ['/metrics'] });
    policy.addDestination(api);
    policy.addDestinationHost('payments.shop.svc.cluster.local');
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();

    const peer = objectOf(objects, 'PeerAuthentication');
    expect(peer.metadata.namespace).toBe('shop');
    expect(peer.spec).toEqual({ mtls: { mode: 'STRICT' } });
    const policies = objectsOf(objects, 'AuthorizationPolicy');
    expect(policies.map((p) => p.spec)).toEqual([
      {},
      {
        action: 'ALLOW',
        rules: [
          { from: [{ source: { principals: ['cluster.local/ns/shop/sa/frontend'] } }], to: [{ operation: { paths: ['/api/*'], methods: ['GET', 'POST'], ports: ['8080'] } }] },
          { from: [{ source: { principals: ['cluster.local/ns/jobs/sa/batch'] } }] },
          { from: [{ source: { namespaces: ['monitoring'] } }], to: [{ operation: { paths: ['/metrics'] } }] },
        ],
      },
    ]);
    expect(objectsOf(objects, 'DestinationRule').map((d) => d.spec)).toEqual([
      { host: 'api.shop.svc.cluster.local', trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } },
      { host: 'payments.shop.svc.cluster.local', trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } },
    ]);
    expect(policy.apiObjects).toHaveLength(5);
  });

  test('workloads: the selector comes from the cdk8s-plus workload, port exceptions need it; trust domain is configurable', () => {
    const chart = Testing.chart();
    const deployment = new kplus.Deployment(chart, 'legacy', { containers: [{ image: 'legacy:1', portNumber: 8080 }] });
    const policy = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.workload(deployment), trustDomain: 'prod.example' });
    policy.addPortException(9102, IstioMtlsMode.permissiveForMigration());
    policy.allowFrom(new kplus.ServiceAccount(chart, 'client', { metadata: { name: 'client', namespace: 'shop' } }));
    const objects = synthValid(chart);
    const peer = objectOf(objects, 'PeerAuthentication');
    expect(peer.spec.selector).toEqual({ matchLabels: deployment.matchLabels });
    expect(peer.spec.portLevelMtls).toEqual({ 9102: { mode: 'PERMISSIVE' } });
    expect(objectsOf(objects, 'AuthorizationPolicy')[1].spec.rules[0].from[0].source.principals).toEqual(['prod.example/ns/shop/sa/client']);
  });

  test('the whole mesh: policies in the root namespace', () => {
    const chart = Testing.chart();
    new MeshMtlsPolicy(chart, 'mesh', { mesh: ServiceMesh.ISTIO, scope: MeshScope.mesh(), defaultDeny: false });
    const objects = synthValid(chart);
    expect(objects).toHaveLength(1);
    expect(objectOf(objects, 'PeerAuthentication').metadata.namespace).toBe('istio-system');
  });

  test('DISABLE is refused without a reason, and accepted (as a warning) with one', () => {
    expect(() => IstioMtlsMode.insecureDisable(' ')).toThrow(/give the reason/);
    const chart = Testing.chart();
    new MeshMtlsPolicy(chart, 'off', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespaceName('legacy'), istioMode: IstioMtlsMode.insecureDisable('NFS clients cannot join the mesh') });
    const peer = objectOf(synthValid(chart), 'PeerAuthentication');
    expect(peer.metadata.annotations).toEqual({ 'cdk8s-tls/mtls-disable-reason': 'NFS clients cannot join the mesh' });
    expect(peer.spec.mtls.mode).toBe('DISABLE');

    const message = synthErrorOf((c) => {
      const policy = new MeshMtlsPolicy(c, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespaceName('shop') });
      policy.allowFromNamespace('shop');
      policy.apiObjects[0].addJsonPatch(JsonPatch.replace('/spec/mtls/mode', 'DISABLE'));
    });
    expect(message).toMatch(/\[test\/mtls\/PeerAuthentication\] \[TLS-M1\] spec\.mtls\.mode: DISABLE accepts and sends plaintext/);
  });

  test('a port exception on a namespace-wide policy fails synth with Istio\'s CEL rule', () => {
    const message = synthErrorOf((chart) => {
      new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespaceName('shop') }).addPortException(8080, IstioMtlsMode.STRICT);
    });
    expect(message).toMatch(/\[test\/mtls\/PeerAuthentication\] \[TLS-M4\] spec: Invalid value: "object": portLevelMtls requires selector/);
  });

  test('mesh-specific methods and props are refused on the other mesh', () => {
    const chart = Testing.chart();
    const istio = new MeshMtlsPolicy(chart, 'istio', { mesh: ServiceMesh.ISTIO, scope: MeshScope.namespaceName('a') });
    expect(() => istio.addServer({ port: 80 })).toThrow(/addServer is for Linkerd/);
    const linkerd = new MeshMtlsPolicy(chart, 'l5d', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespaceName('a') });
    expect(() => linkerd.addDestinationHost('x')).toThrow(/addDestinationHost is for Istio/);
    expect(() => linkerd.allowFromNamespace('b', { paths: ['/x'] })).toThrow(/HTTPRoute/);
    expect(() => new MeshMtlsPolicy(chart, 'mixed', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespaceName('a'), istioMode: IstioMtlsMode.STRICT })).toThrow(/istioMode applies to Istio/);
    expect(() => new MeshMtlsPolicy(chart, 'meshwide', { mesh: ServiceMesh.LINKERD, scope: MeshScope.mesh() })).toThrow(/proxy.defaultInboundPolicy=all-authenticated/);
  });
});

describe('MeshMtlsPolicy on Linkerd', () => {
  test('a namespace: all-authenticated annotation, a Server per port, authentication and authorization per allow rule', () => {
    const chart = Testing.chart();
    const ns = new kplus.Namespace(chart, 'shop', { metadata: { name: 'shop' } });
    const web = new kplus.Deployment(chart, 'web', { metadata: { namespace: 'shop' }, containers: [{ image: 'web:1', portNumber: 8080 }] });
    const frontend = new kplus.ServiceAccount(chart, 'frontend', { metadata: { name: 'frontend', namespace: 'shop' } });
    const policy = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespace(ns) });
    // Order does not matter: the allow rule for port 8080 also authorizes the Server added after it.
    policy.allowFrom(frontend, { ports: [8080] });
    policy.addServer({ port: 8080, workload: web, proxyProtocol: LinkerdProxyProtocol.HTTP2 });
    policy.addServer({ port: 9090, workload: web });
    policy.allowFromNamespace('monitoring');
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();

    expect(objectOf(objects, 'Namespace').metadata.annotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated' });
    const servers = objectsOf(objects, 'Server');
    expect(servers.map((s) => [s.apiVersion, s.spec.port, s.spec.accessPolicy, s.spec.podSelector])).toEqual([
      ['policy.linkerd.io/v1beta3', 8080, 'deny', { matchLabels: web.matchLabels }],
      ['policy.linkerd.io/v1beta3', 9090, 'deny', { matchLabels: web.matchLabels }],
    ]);
    expect(objectsOf(objects, 'MeshTLSAuthentication').map((m) => m.spec.identityRefs)).toEqual([
      [{ kind: 'ServiceAccount', name: 'frontend', namespace: 'shop' }],
      [{ kind: 'ServiceAccount', namespace: 'monitoring' }],
    ]);
    expect(objectsOf(objects, 'AuthorizationPolicy').map((a) => a.spec.targetRef)).toEqual([
      { group: 'policy.linkerd.io', kind: 'Server', name: servers[0].metadata.name },
      { group: '', kind: 'Namespace', name: 'shop' },
    ]);
  });

  test('a KubeNamespace is annotated; a namespace outside the app gets the annotations to apply', () => {
    const chart = Testing.chart();
    const ns = new KubeNamespace(chart, 'ns', { metadata: { name: 'payments' } });
    new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.LINKERD, scope: MeshScope.kubeNamespace(ns), linkerdInboundPolicy: LinkerdInboundPolicy.DENY });
    const external = new MeshMtlsPolicy(chart, 'ext', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespaceName('legacy') });
    expect(objectOf(synthValid(chart), 'Namespace').metadata.annotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'deny' });
    expect(external.namespaceAnnotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated' });
  });

  test('workloads: the inbound policy goes on the pod template', () => {
    const chart = Testing.chart();
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'web:1', portNumber: 8080 }] });
    const policy = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.LINKERD, scope: MeshScope.workload(web) });
    policy.addServer({ port: 8080 });
    policy.allowFrom(kplus.ServiceAccount.fromServiceAccountName(chart, 'c', 'client'));
    const objects = synthValid(chart);
    expect(objectOf(objects, 'Deployment').spec.template.metadata.annotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated' });
    expect(objectOf(objects, 'AuthorizationPolicy').spec.targetRef.kind).toBe('Server');
  });

  test('an open inbound policy leaves a warning; an unauthorized Server too', () => {
    const chart = Testing.chart();
    const ns = new kplus.Namespace(chart, 'ns', { metadata: { name: 'open' } });
    const policy = new MeshMtlsPolicy(chart, 'mtls', { mesh: ServiceMesh.LINKERD, scope: MeshScope.namespace(ns), linkerdInboundPolicy: LinkerdInboundPolicy.ALL_UNAUTHENTICATED });
    policy.addServer({ port: 8080 });
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    (process.stderr as any).write = (t: string) => { writes.push(t); return true; };
    try {
      synthValid(chart);
    } finally {
      (process.stderr as any).write = original;
    }
    expect(writes.join('')).toMatch(/\[test\/mtls\] \[TLS-M8\] .*all-unauthenticated accepts plaintext from anywhere/);
    expect(writes.join('')).toMatch(/\[test\/mtls\/Server0\] \[TLS-M9\] metadata\.name: no AuthorizationPolicy targets Server/);
  });
});

describe('cdk8s-tls audit on mesh YAML', () => {
  test('reports mesh findings on plain Istio and Linkerd manifests', () => {
    const yaml = [
      'apiVersion: security.istio.io/v1',
      'kind: PeerAuthentication',
      'metadata: {name: off, namespace: shop}',
      'spec: {mtls: {mode: DISABLE}}',
      '---',
      'apiVersion: security.istio.io/v1',
      'kind: AuthorizationPolicy',
      'metadata: {name: all, namespace: shop}',
      'spec: {rules: [{}]}',
      '---',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata: {name: web, annotations: {linkerd.io/inject: enabled}}',
      '',
    ].join('\n');
    const { status, stdout } = audit(yaml);
    // Istio accepts DISABLE: in an audit it is insecure, a warning (an app refuses it without a reason).
    expect(status).toBe(0);
    expect(stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-M1\] PeerAuthentication shop\/off: spec\.mtls\.mode: DISABLE/);
    expect(stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-M7\] AuthorizationPolicy shop\/all: spec\.rules\[0\]: this ALLOW rule/);
    expect(stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-M8\] Namespace web: /);
  });
});
