// Routing that cannot work (TLS-R1, TLS-R2) and Istio policies in a namespace without proxies
// (TLS-M15), on objects as apps and GitOps repositories write them.
import { AuditMode, auditManifests, Finding } from '../../src';

type Obj = Record<string, any>;
const rule = (objects: Obj[], id: string, mode = AuditMode.AUDIT): Finding[] => auditManifests(objects, { mode }).filter((f) => f.ruleId === id);

const service = (name: string, namespace: string | undefined, ports: Obj[] = [{ name: 'http', port: 80, targetPort: 8080 }]): Obj => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name, ...(namespace ? { namespace } : {}) }, spec: { selector: { app: name }, ports },
});
const ingress = (namespace: string | undefined, backend: Obj): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'web', ...(namespace ? { namespace } : {}) },
  spec: { ingressClassName: 'nginx', rules: [{ host: 'app.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }] },
});
const svcBackend = (name: string, port: Obj): Obj => ({ service: { name, port } });

describe('TLS-R1: Ingress backends in another namespace', () => {
  test('a Service in the Ingress\'s namespace, or namespace-less objects, pass', () => {
    expect(rule([service('web', 'shop'), ingress('shop', svcBackend('web', { number: 80 }))], 'TLS-R1')).toEqual([]);
    expect(rule([service('web', undefined), ingress('shop', svcBackend('web', { number: 80 }))], 'TLS-R1')).toEqual([]);
    expect(rule([service('web', 'shop'), ingress(undefined, svcBackend('web', { number: 80 }))], 'TLS-R1')).toEqual([]);
  });

  test('the Service exists only in another namespace: an error in an app, a warning in an audit', () => {
    const objects = [service('web', 'shop'), ingress('edge', svcBackend('web', { number: 80 }))];
    const [app] = rule(objects, 'TLS-R1', AuditMode.APP);
    expect(app).toMatchObject({ severity: 'error', path: 'spec.rules[0].http.paths[0].backend.service.name' });
    expect(app.message).toBe('spec.rules[0].http.paths[0].backend.service.name: Service "web" is in namespace "shop", but an Ingress routes only to Services of its own namespace ("edge"), '
      + 'so the controller finds no such Service and answers 503; put the Ingress in the Service\'s namespace, or route through a Gateway API HTTPRoute '
      + '(a backendRef may name another namespace when a ReferenceGrant there allows it)');
    const [audit] = rule(objects, 'TLS-R1');
    expect(audit.severity).toBe('warning');
    expect(audit.message).toMatch(/so, unless a Service of that name exists there too, the controller finds no such Service/);
  });

  test('service.namespace does not exist in the API', () => {
    const [f] = rule([ingress('edge', { service: { name: 'web', namespace: 'shop', port: { number: 80 } } })], 'TLS-R1');
    expect(f.message).toMatch(/^spec\.rules\[0\]\.http\.paths\[0\]\.backend\.service\.namespace: an Ingress backend has no namespace/);
  });
});

describe('TLS-R2: a backend port the Service does not expose', () => {
  test('Ingress: the Service port by number or name passes; the targetPort is a mistake', () => {
    const svc = service('web', 'shop');
    expect(rule([svc, ingress('shop', svcBackend('web', { number: 80 })), ingress('shop', svcBackend('web', { name: 'http' }))], 'TLS-R2')).toEqual([]);
    const [f] = rule([svc, ingress('shop', svcBackend('web', { number: 8080 }))], 'TLS-R2');
    expect(f).toMatchObject({ severity: 'error', path: 'spec.rules[0].http.paths[0].backend.service.port' });
    expect(f.message).toBe('spec.rules[0].http.paths[0].backend.service.port: Service shop/web exposes port(s) 80 (http), not 8080, so the controller has no endpoint for this path '
      + 'and answers 503; use one of the Service\'s ports (spec.ports[].port, not the container\'s targetPort)');
    const [named] = rule([svc, ingress('shop', svcBackend('web', { name: 'https' }))], 'TLS-R2');
    expect(named.message).toMatch(/Service shop\/web has no port named "https" \(its ports: 80 \(http\)\)/);
    // ExternalName Services have no ports to judge
    const external = { ...service('web', 'shop'), spec: { type: 'ExternalName', externalName: 'web.example.net' } };
    expect(rule([external, ingress('shop', svcBackend('web', { number: 443 }))], 'TLS-R2')).toEqual([]);
  });

  test('HTTPRoute backendRefs, also into another namespace', () => {
    const route = (refs: Obj[]): Obj => ({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'web', namespace: 'edge' },
      spec: { parentRefs: [{ name: 'public' }], hostnames: ['app.example.com'], rules: [{ backendRefs: refs }] },
    });
    const svc = service('web', 'shop', [{ name: 'http', port: 8080 }]);
    expect(rule([svc, route([{ name: 'web', namespace: 'shop', port: 8080 }])], 'TLS-R2')).toEqual([]);
    const [f] = rule([svc, route([{ name: 'web', namespace: 'shop', port: 80 }])], 'TLS-R2');
    expect(f.path).toBe('spec.rules[0].backendRefs[0].port');
    expect(f.message).toMatch(/^spec\.rules\[0\]\.backendRefs\[0\]\.port: Service shop\/web exposes port\(s\) 8080 \(http\), not 80, so the route's backend does not resolve \(ResolvedRefs=False\)/);
  });
});

describe('TLS-M15: Istio policies in a namespace without proxies', () => {
  const ns = (labels: Obj = {}): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels } });
  const strict = { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'shop' }, spec: { mtls: { mode: 'STRICT' } } };
  const deny = { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'deny-all', namespace: 'shop' }, spec: {} };

  test('an injected, revision-labelled or ambient namespace passes; so does one whose pods ask for a sidecar', () => {
    for (const labels of [{ 'istio-injection': 'enabled' }, { 'istio.io/rev': 'stable' }, { 'istio.io/dataplane-mode': 'ambient' }]) {
      expect(rule([ns(labels), strict, deny], 'TLS-M15')).toEqual([]);
    }
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace: 'shop' },
      spec: { selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { 'app': 'api', 'sidecar.istio.io/inject': 'true' } }, spec: { containers: [] } } },
    };
    expect(rule([ns(), strict, deny, deployment], 'TLS-M15')).toEqual([]);
    // no Namespace object: unknown
    expect(rule([strict, deny], 'TLS-M15')).toEqual([]);
  });

  test('STRICT and default-deny in an unlabelled namespace do nothing', () => {
    const [f] = rule([ns(), strict, deny], 'TLS-M15');
    expect(f).toMatchObject({ severity: 'warning', kind: 'Namespace', name: 'shop', path: 'metadata.labels' });
    expect(f.message).toBe('metadata.labels: namespace "shop" has AuthorizationPolicy "deny-all", PeerAuthentication "default" (STRICT), but no istio-injection=enabled, istio.io/rev '
      + 'or istio.io/dataplane-mode=ambient label, and none of its workloads asks for a sidecar, so its pods have no proxy: STRICT accepts plaintext and the AuthorizationPolicies '
      + 'deny nothing (unless the mesh injects every namespace by default); label the namespace istio-injection: enabled (sidecars) or istio.io/dataplane-mode: ambient');
    expect(rule([ns({ 'istio-injection': 'disabled' }), strict], 'TLS-M15')[0].message).toMatch(/but istio-injection: disabled, and none/);
  });
});
