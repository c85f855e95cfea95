// One index of issuers for every rule that follows an issuer reference (Certificates' issuerRef,
// shim annotations on Ingresses and Gateways): the two cannot drift apart.
import { AuditMode } from '../../src';
import { auditManifests, ruleContext } from '../../src/rules/engine';
import { IssuerIndex } from '../../src/rules/issuer-index';

const gateway = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'edge', namespace: 'web' }, spec: { gatewayClassName: 'istio', listeners: [] } };
const certificateNaming = (issuerRef: object) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'web' },
  spec: { secretName: 'web-tls', dnsNames: ['web.example.com'], issuerRef },
});

test('a Gateway or an Ingress is never an issuer, for Certificates as for shim annotations', () => {
  const cert = certificateNaming({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge' });
  const findings = auditManifests([gateway, cert], { mode: AuditMode.APP });
  expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'TLS-REF1', kind: 'Certificate', path: 'spec.issuerRef.name' }));
});

test('the rule context builds the index once, on first use', () => {
  const ctx = ruleContext([gateway]);
  expect(ctx.issuers).toBeInstanceOf(IssuerIndex);
  expect(ctx.issuers).toBe(ctx.issuers);
});

test('an external issuer is found whether it is namespaced or cluster-scoped; a ClusterIssuer ignores a namespace', () => {
  const external = { apiVersion: 'awspca.cert-manager.io/v1beta1', kind: 'AWSPCAClusterIssuer', metadata: { name: 'pca' }, spec: {} };
  const cluster = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'ca', namespace: 'ignored' }, spec: { ca: { secretName: 'ca' } } };
  const index = ruleContext([external, cluster, gateway]).issuers;
  expect(index.find({ group: 'awspca.cert-manager.io', kind: 'AWSPCAClusterIssuer', name: 'pca' }, 'web', gateway)).toBe(external);
  expect(index.find({ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'ca' }, 'web', gateway)).toBe(cluster);
  expect(index.find({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge' }, 'web', gateway)).toBeUndefined();
});
