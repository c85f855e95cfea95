import { Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { ClusterIssuer, RestartOnRotation } from '../../src';
import { objectOf, objectsOf, synthValid } from '../support/schema';

function setup() {
  const chart = Testing.chart();
  const ca = ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca');
  const cert = ca.issue('cert', { metadata: { name: 'web', namespace: 'shop' }, dnsNames: ['web.shop.svc'] });
  return { chart, cert };
}

describe('certificate.grantRead', () => {
  test('a Role naming only the Secret (get), and one RoleBinding collecting the subjects', () => {
    const { chart, cert } = setup();
    const sa = new plus.ServiceAccount(chart, 'web-sa', { metadata: { name: 'web', namespace: 'shop' } });
    const other = plus.ServiceAccount.fromServiceAccountName(chart, 'metrics', 'metrics', { namespaceName: 'monitoring' });
    const role = cert.grantRead(sa);
    expect(cert.grantRead(other)).toBe(role);
    const objects = synthValid(chart);
    const roleJson = objectOf(objects, 'Role');
    expect(roleJson.metadata.namespace).toBe('shop');
    expect(roleJson.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['web-tls'], verbs: ['get'] }]);
    const binding = objectOf(objects, 'RoleBinding');
    expect(binding.metadata.namespace).toBe('shop');
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleJson.metadata.name });
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: 'web', namespace: 'shop', apiGroup: '' },
      { kind: 'ServiceAccount', name: 'metrics', namespace: 'monitoring', apiGroup: '' },
    ]);
    expect(objectsOf(objects, 'Role').concat(objectsOf(objects, 'ClusterRole')).every((r) => r.rules.every((rule: any) => rule.resourceNames))).toBe(true);
    expect(objects).toMatchSnapshot();
  });

  test('watch: list and watch too, still restricted to the Secret by name', () => {
    const { chart, cert } = setup();
    const serviceAccount = new plus.ServiceAccount(chart, 'sa', { metadata: { name: 'app', namespace: 'shop' } });
    const deployment = new plus.Deployment(chart, 'app', { metadata: { namespace: 'shop' }, serviceAccount, containers: [{ image: 'web' }] });
    // A workload is a subject through its service account.
    cert.grantRead(deployment, { watch: true });
    const rules = objectOf(synthValid(chart), 'Role').rules;
    expect(rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['web-tls'], verbs: ['get', 'list', 'watch'] }]);
    expect(objectOf(synthValid(chart), 'RoleBinding').subjects).toEqual([{ kind: 'ServiceAccount', name: 'app', namespace: 'shop', apiGroup: '' }]);
  });
});

describe('certificate.mount', () => {
  test('read-only at /etc/tls in every container, 0444 without fsGroup, Reloader annotation on the workload', () => {
    const { chart, cert } = setup();
    const deployment = new plus.Deployment(chart, 'app', {
      metadata: { namespace: 'shop' },
      containers: [{ name: 'app', image: 'web', portNumber: 8443 }, { name: 'sidecar', image: 'proxy' }],
    });
    cert.mount(deployment);
    const objects = synthValid(chart);
    const json = objectOf(objects, 'Deployment');
    expect(json.metadata.annotations).toEqual({ 'secret.reloader.stakater.com/reload': 'web-tls' });
    const pod = json.spec.template.spec;
    expect(pod.volumes).toEqual([{ name: 'tls-web-tls', secret: { secretName: 'web-tls', defaultMode: 0o444 } }]);
    for (const container of pod.containers) {
      expect(container.volumeMounts).toEqual([{ name: 'tls-web-tls', mountPath: '/etc/tls', readOnly: true }]);
    }
    expect(objects).toMatchSnapshot();
  });

  test('0440 with fsGroup, a path, chosen containers; two certificates accumulate in the Reloader annotation', () => {
    const { chart, cert } = setup();
    const other = ClusterIssuer.fromClusterIssuerName(chart, 'ca2', 'client-ca').issue('client', { metadata: { name: 'client', namespace: 'shop' }, dnsNames: ['client.shop.svc'] });
    const statefulSet = new plus.StatefulSet(chart, 'db', {
      metadata: { namespace: 'shop' },
      securityContext: { fsGroup: 2000 },
      containers: [{ name: 'db', image: 'postgres' }, { name: 'exporter', image: 'exporter' }],
      service: new plus.Service(chart, 'db-svc', { metadata: { namespace: 'shop' }, ports: [{ port: 5432 }] }),
    });
    cert.mount(statefulSet, { path: '/certs/server', containers: [statefulSet.containers[0]] });
    other.mount(statefulSet, { path: '/certs/client' });
    const json = objectOf(synthValid(chart), 'StatefulSet');
    expect(json.metadata.annotations).toEqual({ 'secret.reloader.stakater.com/reload': 'web-tls,client-tls' });
    const pod = json.spec.template.spec;
    expect(pod.volumes.map((v: any) => v.secret)).toEqual([{ secretName: 'web-tls', defaultMode: 0o440 }, { secretName: 'client-tls', defaultMode: 0o440 }]);
    expect(pod.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual(['/certs/server', '/certs/client']);
    expect(pod.containers[1].volumeMounts.map((m: any) => m.mountPath)).toEqual(['/certs/client']);
  });

  test('RestartOnRotation.none() leaves the workload unannotated; impossible mounts throw', () => {
    const { chart, cert } = setup();
    const deployment = new plus.Deployment(chart, 'app', { metadata: { namespace: 'shop' }, containers: [{ image: 'web' }] });
    cert.mount(deployment, { restartOnRotation: RestartOnRotation.none() });
    expect(objectOf(synthValid(chart), 'Deployment').metadata.annotations).toBeUndefined();
    const empty = new plus.Deployment(chart, 'empty', { metadata: { namespace: 'shop' } });
    expect(() => cert.mount(empty)).toThrow(/test\/empty: has no container to mount Secret "web-tls" into; add the container first/);
    expect(() => cert.mount(deployment, { path: 'tls' })).toThrow(/mount path "tls" must be absolute/);
  });

  test('a Secret name with dots gives a DNS-1123 label volume name, unique per Secret', () => {
    const chart = Testing.chart();
    const ca = ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca');
    const dotted = ca.issue('dotted', { metadata: { namespace: 'shop' }, secretName: 'www.example.com-tls', dnsNames: ['www.example.com'] });
    const dashed = ca.issue('dashed', { metadata: { namespace: 'shop' }, secretName: 'www-example-com-tls', dnsNames: ['www.example.com'] });
    const long = ca.issue('long', { metadata: { namespace: 'shop' }, secretName: `${'a'.repeat(70)}.tls`, dnsNames: ['www.example.com'] });
    const deployment = new plus.Deployment(chart, 'app', { metadata: { namespace: 'shop' }, containers: [{ image: 'web' }] });
    dotted.mount(deployment, { path: '/tls/dotted' });
    dashed.mount(deployment, { path: '/tls/dashed' });
    long.mount(deployment, { path: '/tls/long' });
    const volumes: any[] = objectOf(synthValid(chart), 'Deployment').spec.template.spec.volumes;
    const names = volumes.map((v) => v.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
    expect(new Set(names).size).toBe(3);
    expect(names[1]).toBe('tls-www-example-com-tls');
    expect(names[0]).toMatch(/^tls-www-example-com-tls-[0-9a-f]{8}$/);
  });

  test('the same Secret mounted twice into one workload shares one volume; the same path twice is refused', () => {
    const { chart, cert } = setup();
    const deployment = new plus.Deployment(chart, 'app', {
      metadata: { namespace: 'shop' },
      containers: [{ name: 'app', image: 'web' }, { name: 'proxy', image: 'proxy' }],
    });
    cert.mount(deployment, { path: '/etc/tls', containers: [deployment.containers[0]] });
    cert.mount(deployment, { path: '/certs', containers: [deployment.containers[1]] });
    const pod = objectOf(synthValid(chart), 'Deployment').spec.template.spec;
    expect(pod.volumes).toEqual([{ name: 'tls-web-tls', secret: { secretName: 'web-tls', defaultMode: 0o444 } }]);
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'tls-web-tls', mountPath: '/etc/tls', readOnly: true }]);
    expect(pod.containers[1].volumeMounts).toEqual([{ name: 'tls-web-tls', mountPath: '/certs', readOnly: true }]);
    expect(() => cert.mount(deployment, { path: '/etc/tls', containers: [deployment.containers[0]] }))
      .toThrow(/test\/app: Secret "web-tls" is already mounted at \/etc\/tls in container "app"/);
    expect(() => cert.mount(deployment, { path: '/other', fileMode: 0o400 }))
      .toThrow(/test\/app: Secret "web-tls" is already a volume of this workload with mode 0444; mount it with the same fileMode/);
  });

  test('a workload in another namespace than the Secret is refused at the call', () => {
    const { chart, cert } = setup();
    const deployment = new plus.Deployment(chart, 'app', { metadata: { namespace: 'payments' }, containers: [{ image: 'web' }] });
    expect(() => cert.mount(deployment)).toThrow(
      /test\/app: is in namespace "payments" but Secret "web-tls" is in "shop"; a pod can mount only Secrets of its own namespace: put the workload in "shop", or issue a certificate in "payments"/);
  });
});

describe('grantRead to a workload', () => {
  test('a workload without a service account is refused at the call, with the fix', () => {
    const { chart, cert } = setup();
    const deployment = new plus.Deployment(chart, 'app', { metadata: { namespace: 'shop' }, containers: [{ image: 'web' }] });
    expect(() => cert.grantRead(deployment)).toThrow(
      /test\/app: has no service account to grant Secret "web-tls" to; give the workload its own \(serviceAccount: new ServiceAccount\(\.\.\.\)\)/);
  });
});
