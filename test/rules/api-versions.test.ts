// TLS-V1/TLS-V2: objects in API versions the cluster no longer serves, as old GitOps repositories
// still carry them, and deprecated versions that still work.
import * as fs from 'fs';
import * as YAML from 'yaml';
import { auditManifests, Finding } from '../../src';
import { main } from '../../src/cli/main';

// The generator is a plain node script (no types); the test runs it to compare its output.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { crdVersionTable, render, OUT } = require('../../scripts/crd-versions');

type Obj = Record<string, any>;
const versions = (objects: Obj[]): Finding[] => auditManifests(objects).filter((f) => f.ruleId.startsWith('TLS-V'));

const certificate = (apiVersion: string): Obj => ({
  apiVersion,
  kind: 'Certificate',
  metadata: { name: 'web' },
  spec: { secretName: 'web-tls', dnsNames: ['app.example.com'], issuerRef: { name: 'letsencrypt-prod', kind: 'ClusterIssuer' } },
});
const oldIngress = (apiVersion: string): Obj => ({
  apiVersion,
  kind: 'Ingress',
  metadata: { name: 'web', annotations: { 'kubernetes.io/ingress.class': 'nginx' } },
  spec: {
    tls: [{ hosts: ['app.example.com'] }],
    rules: [{ host: 'app.example.com', http: { paths: [{ path: '/', backend: { serviceName: 'web', servicePort: 80 } }] } }],
  },
});

test('the generated version table is up to date with crds/', () => {
  expect(fs.readFileSync(OUT, 'utf8')).toBe(render(crdVersionTable()));
});

describe('TLS-V1: removed and unserved versions', () => {
  test('cert-manager.io/v1 passes; v1alpha2, v1alpha3 and v1beta1 were removed in cert-manager 1.7', () => {
    expect(versions([certificate('cert-manager.io/v1')])).toEqual([]);
    for (const old of ['cert-manager.io/v1alpha2', 'cert-manager.io/v1alpha3', 'cert-manager.io/v1beta1']) {
      const [f] = versions([certificate(old)]);
      expect(f).toMatchObject({ ruleId: 'TLS-V1', severity: 'error', path: 'apiVersion' });
      expect(f.message).toBe(`apiVersion: ${old} Certificate was removed in cert-manager 1.7: kubectl apply fails with no matches for kind "Certificate" `
        + `in version "${old}", and no other rule checks this object; use cert-manager.io/v1; cmctl convert rewrites old manifests (cert-manager.io/docs/reference/cmctl/#convert)`);
    }
  });

  test('the semantic rules do not run on a removed version: only TLS-V1 is reported', () => {
    const old = { ...certificate('cert-manager.io/v1alpha2'), spec: { secretName: 'web-tls', commonName: 'x'.repeat(70), issuerRef: { name: 'ca' } } };
    expect(auditManifests([old]).map((f) => f.ruleId)).toEqual(['TLS-V1']);
    // ... and cross-object rules do not see it either: the v1 Certificate's issuer is missing.
    const issuer = { apiVersion: 'cert-manager.io/v1alpha3', kind: 'ClusterIssuer', metadata: { name: 'letsencrypt-prod' }, spec: { selfSigned: {} } };
    const findings = auditManifests([issuer, certificate('cert-manager.io/v1')]);
    expect(findings.map((f) => `${f.kind}:${f.ruleId}`).sort()).toEqual(['Certificate:TLS-REF1', 'ClusterIssuer:TLS-V1']);
  });

  test('networking.k8s.io/v1beta1 and extensions/v1beta1 Ingress were removed in Kubernetes 1.22', () => {
    for (const old of ['networking.k8s.io/v1beta1', 'extensions/v1beta1']) {
      const findings = auditManifests([oldIngress(old)]);
      expect(findings.map((f) => f.ruleId)).toEqual(['TLS-V1']);
      expect(findings[0].message).toMatch(new RegExp(`^apiVersion: ${old.replace('.', '\\.')} Ingress was removed in Kubernetes 1\\.22: .*; use networking\\.k8s\\.io/v1; `
        + 'write backend\\.service\\.name and backend\\.service\\.port\\.number \\(or \\.name\\) instead of serviceName/servicePort, and set pathType on every path$'));
    }
  });

  test('a version the pinned CRD declares with served: false (BackendTLSPolicy v1alpha3, TLSRoute v1alpha2)', () => {
    const policy = (apiVersion: string): Obj => ({
      apiVersion,
      kind: 'BackendTLSPolicy',
      metadata: { name: 'api', namespace: 'shop' },
      spec: { targetRefs: [{ group: '', kind: 'Service', name: 'api' }], validation: { hostname: 'api.shop.svc', wellKnownCACertificates: 'System' } },
    });
    expect(versions([policy('gateway.networking.k8s.io/v1')])).toEqual([]);
    const [f] = versions([policy('gateway.networking.k8s.io/v1alpha3')]);
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^apiVersion: gateway\.networking\.k8s\.io\/v1alpha3 BackendTLSPolicy is declared but not served by the Gateway API v1\.6\.1 CRD \("The v1alpha3 version of BackendTLSPolicy has been deprecated.*"\): .*; use gateway\.networking\.k8s\.io\/v1$/);
    const route = { apiVersion: 'gateway.networking.k8s.io/v1alpha2', kind: 'TLSRoute', metadata: { name: 'db' }, spec: { hostnames: ['db.example.com'] } };
    expect(versions([route])[0].message).toMatch(/TLSRoute is declared but not served by the Gateway API v1\.6\.1 CRD .*use gateway\.networking\.k8s\.io\/v1$/);
  });

  test('a version older than any the pinned CRD lists is removed; a newer one is not judged', () => {
    const gateway = (apiVersion: string): Obj => ({ apiVersion, kind: 'Gateway', metadata: { name: 'edge' }, spec: { gatewayClassName: 'istio', listeners: [] } });
    const [f] = versions([gateway('gateway.networking.k8s.io/v1alpha2')]);
    expect(f.message).toMatch(/^apiVersion: gateway\.networking\.k8s\.io\/v1alpha2 Gateway is not served by Gateway API v1\.6\.1 \(its CRD serves v1, v1beta1\): .*use gateway\.networking\.k8s\.io\/v1$/);
    expect(versions([gateway('gateway.networking.k8s.io/v2')])).toEqual([]);
    expect(versions([gateway('gateway.networking.k8s.io/v1beta1')])).toEqual([]);
  });

  test('placeholders, core objects and unknown groups are passed over', () => {
    expect(versions([certificate('${CERT_MANAGER_API}')])).toEqual([]);
    expect(versions([{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } }])).toEqual([]);
    expect(versions([{ apiVersion: 'example.com/v1alpha1', kind: 'Widget', metadata: { name: 'w' } }])).toEqual([]);
  });
});

describe('TLS-V2: deprecated versions', () => {
  test('Linkerd Server v1beta1 is deprecated in favour of v1beta3 (the CRD says so)', () => {
    const server = (apiVersion: string): Obj => ({
      apiVersion, kind: 'Server', metadata: { name: 'api', namespace: 'shop' }, spec: { podSelector: { matchLabels: { app: 'api' } }, port: 8080 },
    });
    expect(versions([server('policy.linkerd.io/v1beta3')])).toEqual([]);
    const [f] = versions([server('policy.linkerd.io/v1beta1')]);
    expect(f).toMatchObject({ ruleId: 'TLS-V2', severity: 'warning' });
    expect(f.message).toBe('apiVersion: policy.linkerd.io/v1beta1 Server is deprecated in the Linkerd 2.20 CRD ("policy.linkerd.io/v1beta1 Server is deprecated; '
      + 'use policy.linkerd.io/v1beta3 Server"); move to policy.linkerd.io/v1beta3 before the next upgrade removes it');
  });

  test('Istio v1beta1 and v1alpha3 are served and not marked deprecated by the pinned CRDs: no finding', () => {
    const dr = (apiVersion: string): Obj => ({ apiVersion, kind: 'DestinationRule', metadata: { name: 'api' }, spec: { host: 'api', trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } } } });
    expect(versions([dr('networking.istio.io/v1beta1'), dr('networking.istio.io/v1alpha3')])).toEqual([]);
  });
});

test('cdk8s-tls audit exits 1 on a removed version instead of 0', () => {
  let stdout = '';
  const status = main(['audit', '-'], { stdout: (t: string) => { stdout += t; }, stderr: () => undefined, readStdin: () => YAML.stringify(certificate('cert-manager.io/v1alpha2')) });
  expect(status).toBe(1);
  expect(stdout).toMatch(/error \[TLS-V1\] Certificate web: apiVersion: cert-manager\.io\/v1alpha2 Certificate was removed in cert-manager 1\.7/);
});
