// The mesh rules (TLS-M*) on plain Istio and Linkerd objects: each accepts a secure object and
// rejects an insecure or invalid one with its message.
import { AuditMode, auditManifests, Finding } from '../../src';

type Obj = Record<string, unknown>;

const peer = (ns: string, spec: Obj, metadata: Obj = {}): Obj => ({
  apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'pa', namespace: ns, ...metadata }, spec,
});
const authz = (spec: Obj): Obj => ({ apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'ap', namespace: 'shop' }, spec });
const destination = (spec: Obj): Obj => ({ apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'dr', namespace: 'shop' }, spec });
const namespace = (annotations: Obj): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', annotations } });
const server = (name: string, spec: Obj = {}): Obj => ({
  apiVersion: 'policy.linkerd.io/v1beta3',
  kind: 'Server',
  metadata: { name, namespace: 'shop' },
  spec: { podSelector: { matchLabels: { app: name } }, port: 8080, ...spec },
});
const linkerdAuthz = (targetRef: Obj, refs: unknown[] = [{ group: 'policy.linkerd.io', kind: 'MeshTLSAuthentication', name: 'clients' }]): Obj => ({
  apiVersion: 'policy.linkerd.io/v1alpha1',
  kind: 'AuthorizationPolicy',
  metadata: { name: 'authz', namespace: 'shop' },
  spec: { targetRef, requiredAuthenticationRefs: refs },
});

const rule = (objects: Obj[], ruleId: string): Finding[] => auditManifests(objects).filter((f) => f.ruleId === ruleId);
const selector = { matchLabels: { app: 'api' } };

describe('Istio PeerAuthentication', () => {
  test('TLS-M1: DISABLE is refused in an app unless a reason is given, and a warning otherwise (Istio accepts it)', () => {
    expect(rule([peer('shop', { mtls: { mode: 'STRICT' } })], 'TLS-M1')).toEqual([]);
    const [refused] = auditManifests([peer('shop', { mtls: { mode: 'DISABLE' } })], { mode: AuditMode.APP }).filter((f) => f.ruleId === 'TLS-M1');
    expect(refused.severity).toBe('error');
    expect(rule([peer('shop', { mtls: { mode: 'DISABLE' } })], 'TLS-M1')[0].severity).toBe('warning');
    expect(refused.message).toMatch(/^spec\.mtls\.mode: DISABLE accepts and sends plaintext.*; use STRICT .*cdk8s-tls\/mtls-disable-reason/);
    const [accepted] = rule([peer('shop', { mtls: { mode: 'DISABLE' } }, { annotations: { 'cdk8s-tls/mtls-disable-reason': 'legacy NFS probe' } })], 'TLS-M1');
    expect(accepted.severity).toBe('warning');
    expect(accepted.message).toMatch(/accepted because cdk8s-tls\/mtls-disable-reason says: "legacy NFS probe"$/);
    const [port] = rule([peer('shop', { selector, mtls: { mode: 'STRICT' }, portLevelMtls: { 9090: { mode: 'DISABLE' } } })], 'TLS-M1');
    expect(port.path).toBe('spec.portLevelMtls.9090.mode');
  });

  test('TLS-M2: PERMISSIVE is a migration mode', () => {
    expect(rule([peer('shop', { mtls: { mode: 'STRICT' } })], 'TLS-M2')).toEqual([]);
    const [f] = rule([peer('shop', { mtls: { mode: 'PERMISSIVE' } })], 'TLS-M2');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/^spec\.mtls\.mode: PERMISSIVE accepts plaintext as well as mutual TLS; it is a migration mode: switch to STRICT .*namespace "shop"/);
  });

  test('TLS-M3: STRICT weakened by a workload, namespace or port policy', () => {
    const nsStrict = peer('shop', { mtls: { mode: 'STRICT' } }, { name: 'default' });
    const workloadStrict = { ...peer('shop', { selector, mtls: { mode: 'STRICT' } }), metadata: { name: 'api', namespace: 'shop' } };
    expect(rule([nsStrict, workloadStrict], 'TLS-M3')).toEqual([]);
    const workloadPermissive = { ...peer('shop', { selector, mtls: { mode: 'PERMISSIVE' } }), metadata: { name: 'api', namespace: 'shop' } };
    const [f] = rule([nsStrict, workloadPermissive], 'TLS-M3');
    expect(f.name).toBe('api');
    expect(f.message).toMatch(/^spec\.mtls\.mode: PERMISSIVE overrides the STRICT PeerAuthentication shop\/default for the selected workloads/);
    // The override is reported as such, not also as a migration mode.
    expect(rule([nsStrict, workloadPermissive], 'TLS-M2')).toEqual([]);
    const mesh = peer('istio-system', { mtls: { mode: 'STRICT' } }, { name: 'mesh' });
    const [ns] = rule([mesh, peer('shop', { mtls: { mode: 'PERMISSIVE' } })], 'TLS-M3');
    expect(ns.message).toMatch(/overrides the STRICT PeerAuthentication istio-system\/mesh for namespace "shop"/);
    const [port] = rule([peer('shop', { selector, mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'PERMISSIVE' } } })], 'TLS-M3');
    expect(port.message).toMatch(/^spec\.portLevelMtls\.8080\.mode: port 8080 accepts plaintext \(PERMISSIVE\) although the workload's policy is STRICT/);
  });

  test('TLS-M4: the CRD\'s CEL rules (port exceptions need a selector, ports in range)', () => {
    expect(rule([peer('shop', { selector, mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'STRICT' } } })], 'TLS-M4')).toEqual([]);
    const fs = rule([peer('shop', { mtls: { mode: 'STRICT' }, portLevelMtls: { 0: { mode: 'STRICT' } } })], 'TLS-M4');
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringMatching(/^spec: Invalid value: "object": portLevelMtls requires selector; /),
      expect.stringMatching(/^spec\.portLevelMtls: Invalid value: "object": port must be between 1-65535; .*"0"/),
    ]);
    expect(fs[0].severity).toBe('error');
  });
});

describe('Istio AuthorizationPolicy and DestinationRule', () => {
  test('TLS-M5: selector xor targetRef(s), serviceAccounts alone', () => {
    expect(rule([authz({ selector, rules: [{ from: [{ source: { serviceAccounts: ['shop/web'] } }] }] })], 'TLS-M5')).toEqual([]);
    const [mixed] = rule([authz({ selector, targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'gw' }] })], 'TLS-M5');
    expect(mixed.message).toMatch(/^spec: Invalid value: "object": only one of targetRefs or selector can be set; keep one of selector, targetRefs/);
    const [accounts] = rule([authz({ rules: [{ from: [{ source: { serviceAccounts: ['shop/web'], namespaces: ['shop'] } }] }] })], 'TLS-M5');
    expect(accounts.path).toBe('spec.rules[0].from[0].source');
    expect(accounts.message).toMatch(/Cannot set serviceAccounts with namespaces or principals/);
  });

  test('TLS-M7: an ALLOW rule that allows everything', () => {
    expect(rule([authz({})], 'TLS-M7')).toEqual([]);
    expect(rule([authz({ rules: [{ from: [{ source: { principals: ['cluster.local/ns/shop/sa/web'] } }] }] })], 'TLS-M7')).toEqual([]);
    expect(rule([authz({ action: 'DENY', rules: [{}] })], 'TLS-M7')).toEqual([]);
    const [f] = rule([authz({ rules: [{}] })], 'TLS-M7');
    expect(f.message).toMatch(/^spec\.rules\[0\]: this ALLOW rule has no source, operation or condition, so it allows every request/);
    expect(rule([authz({ rules: [{ from: [{ source: {} }], to: [{ operation: {} }] }] })], 'TLS-M7')).toHaveLength(1);
  });

  test('TLS-M6: DISABLE or SIMPLE toward an in-mesh host', () => {
    expect(rule([destination({ host: 'api.shop.svc.cluster.local', trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } })], 'TLS-M6')).toEqual([]);
    expect(rule([destination({ host: 'api.example.com', trafficPolicy: { tls: { mode: 'SIMPLE' } } })], 'TLS-M6')).toEqual([]);
    const [f] = rule([destination({ host: 'api', trafficPolicy: { tls: { mode: 'DISABLE' } } })], 'TLS-M6');
    expect(f.message).toMatch(/^spec\.trafficPolicy\.tls\.mode: DISABLE toward in-mesh host "api" sends plaintext/);
    const [sub] = rule([destination({ host: 'api.shop.svc', subsets: [{ name: 'v1', trafficPolicy: { portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'SIMPLE' } }] } }] })], 'TLS-M6');
    expect(sub.path).toBe('spec.subsets[0].trafficPolicy.portLevelSettings[0].tls.mode');
  });

  test('TLS-M6: the control plane is exempt: SIMPLE toward istiod as Istio\'s external control plane and multicluster guides write it', () => {
    // istiod has no sidecar and terminates TLS itself on 15012 (xDS, CA) and 443/15017 (webhooks).
    const toIstiod = (host: string) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: { name: 'external-istiod-dr', namespace: 'external-istiod' },
      spec: {
        host,
        trafficPolicy: {
          portLevelSettings: [
            { port: { number: 15012 }, tls: { mode: 'SIMPLE' }, connectionPool: { http: { h2UpgradePolicy: 'UPGRADE' } } },
            { port: { number: 15017 }, tls: { mode: 'SIMPLE' } },
            { port: { number: 443 }, tls: { mode: 'SIMPLE' } },
          ],
        },
      },
    });
    for (const host of ['istiod.external-istiod.svc.cluster.local', 'istiod.istio-system.svc', 'istiod-1-24-2.istio-system.svc.cluster.local', 'istiod']) {
      expect(rule([toIstiod(host)], 'TLS-M6')).toEqual([]);
    }
    // Only istiod itself: a look-alike workload is still in the mesh.
    const [f] = rule([toIstiod('istio-cache.shop.svc.cluster.local')], 'TLS-M6');
    expect(f.message).toMatch(/^spec\.trafficPolicy\.portLevelSettings\[0\]\.tls\.mode: SIMPLE toward in-mesh host "istio-cache\.shop\.svc\.cluster\.local" originates one-way TLS/);
  });
});

describe('Linkerd', () => {
  test('TLS-M8: a namespace\'s default inbound policy', () => {
    expect(rule([namespace({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated', 'linkerd.io/inject': 'enabled' })], 'TLS-M8')).toEqual([]);
    expect(rule([namespace({})], 'TLS-M8')).toEqual([]);
    const [open] = rule([namespace({ 'config.linkerd.io/default-inbound-policy': 'all-unauthenticated' })], 'TLS-M8');
    expect(open.message).toMatch(/^metadata\.annotations\.config\.linkerd\.io\/default-inbound-policy: all-unauthenticated accepts plaintext from anywhere; set .*all-authenticated/);
    const [unset] = rule([namespace({ 'linkerd.io/inject': 'enabled' })], 'TLS-M8');
    expect(unset.message).toMatch(/is meshed .* but leaves the inbound policy at the control plane's default/);
    const [typo] = rule([namespace({ 'config.linkerd.io/default-inbound-policy': 'authenticated' })], 'TLS-M8');
    expect(typo.severity).toBe('error');
    expect(typo.message).toMatch(/Unsupported value: "authenticated": supported values: "all-unauthenticated", "all-authenticated"/);
  });

  test('TLS-M9: a Server that no authorization refers to', () => {
    const authorized = [server('api'), linkerdAuthz({ group: 'policy.linkerd.io', kind: 'Server', name: 'api' })];
    expect(rule(authorized, 'TLS-M9')).toEqual([]);
    expect(rule([server('api'), linkerdAuthz({ group: '', kind: 'Namespace', name: 'shop' })], 'TLS-M9')).toEqual([]);
    const route = { apiVersion: 'policy.linkerd.io/v1beta3', kind: 'HTTPRoute', metadata: { name: 'r', namespace: 'shop' }, spec: { parentRefs: [{ group: 'policy.linkerd.io', kind: 'Server', name: 'api' }] } };
    expect(rule([server('api'), route, linkerdAuthz({ group: 'policy.linkerd.io', kind: 'HTTPRoute', name: 'r' })], 'TLS-M9')).toEqual([]);
    const [f] = rule([server('api'), linkerdAuthz({ group: 'policy.linkerd.io', kind: 'Server', name: 'other' })], 'TLS-M9');
    expect(f.name).toBe('api');
    expect(f.message).toMatch(/^metadata\.name: no AuthorizationPolicy targets Server "api" .*, so it refuses every client on port 8080 \(access policy deny\)/);
  });

  test('TLS-M10: a Server whose access policy admits unauthenticated clients', () => {
    expect(rule([server('api', { accessPolicy: 'deny' })], 'TLS-M10')).toEqual([]);
    const [f] = rule([server('api', { accessPolicy: 'all-unauthenticated' })], 'TLS-M10');
    expect(f.message).toMatch(/^spec\.accessPolicy: all-unauthenticated lets clients without a mesh identity reach port 8080/);
  });

  test('TLS-M7: a Linkerd AuthorizationPolicy that requires no authentication', () => {
    expect(rule([linkerdAuthz({ kind: 'Server', name: 'api' })], 'TLS-M7')).toEqual([]);
    const [f] = rule([linkerdAuthz({ kind: 'Server', name: 'api' }, [])], 'TLS-M7');
    expect(f.message).toMatch(/^spec\.requiredAuthenticationRefs: an empty list authorizes every client, unauthenticated ones included/);
  });
});
