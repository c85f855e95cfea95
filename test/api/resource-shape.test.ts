// One shape for the constructs that stand for one Kubernetes object (TlsResource): `name` and
// `namespace` are what the synthesized object says, cluster-scoped objects have no namespace.
import { Chart, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import {
  BackendTlsPolicy, CaCertificates, CertExpiryAlert, CertManagerDashboard, CertManagerMonitor, Certificate, ClusterPkiAlerts,
  SelfSignedIssuer, TlsResource, TrustBundle, TrustSource,
} from '../../src';

function chart(): Chart {
  return new Chart(Testing.app(), 'test', { namespace: 'shop' });
}

describe('TlsResource: name and namespace as written', () => {
  test('namespaced objects: the given namespace, else the chart\'s; the given name, else the generated one', () => {
    const c = chart();
    const issuer = new SelfSignedIssuer(c, 'ss');
    const service = new plus.Service(c, 'orders', { ports: [{ port: 443 }] });
    const resources: TlsResource[] = [
      new Certificate(c, 'web', { issuer, dnsNames: ['web.shop.svc'] }),
      new BackendTlsPolicy(c, 'policy', { service, ca: CaCertificates.system(), hostname: 'orders.shop.svc' }),
      new CertExpiryAlert(c, 'expiry', { metadata: { name: 'cert-expiry', namespace: 'monitoring' } }),
      new ClusterPkiAlerts(c, 'pki'),
      new CertManagerMonitor(c, 'monitor', { monitorNamespace: 'monitoring' }),
      new CertManagerDashboard(c, 'dashboard'),
      issuer,
    ];
    const synthesized = Testing.synth(c);
    for (const r of resources) {
      const written = synthesized.find((o) => o.kind === r.apiObject.kind && o.metadata.name === r.apiObject.name);
      expect([r.node.id, r.name, r.namespace]).toEqual([r.node.id, written.metadata.name, written.metadata.namespace]);
    }
    expect(resources.map((r) => r.namespace)).toEqual(['shop', 'shop', 'monitoring', 'shop', 'monitoring', 'shop', 'shop']);
    expect(resources[2].name).toBe('cert-expiry');
  });

  test('cluster-scoped objects have no namespace, in a namespaced chart too', () => {
    const c = chart();
    const bundle = new TrustBundle(c, 'trust', { sources: [TrustSource.defaultCas()] });
    const clusterIssuer = new SelfSignedIssuer(c, 'ss', { cluster: true });
    expect([bundle.namespace, clusterIssuer.namespace]).toEqual([undefined, undefined]);
    const synthesized = Testing.synth(c);
    expect(synthesized.filter((o) => ['Bundle', 'ClusterIssuer'].includes(o.kind)).map((o) => [o.metadata.name, o.metadata.namespace]))
      .toEqual([[bundle.name, undefined], [clusterIssuer.name, undefined]]);
  });
});
