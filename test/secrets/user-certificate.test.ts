import * as path from 'path';
import { Duration, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { newCsr, newKey } from './pki';
import { ClientCertificate, ClusterIssuer, Pem, UserCertificate } from '../../src';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

// The example's request (its key was discarded when it was made): stable bytes for the snapshot.
const JANE_CSR = Pem.fromFile(path.join(__dirname, '..', '..', 'examples', 'kubectl-user', 'jane.csr'));


describe('UserCertificate', () => {
  test('a cluster-scoped CSR for the kube-apiserver-client signer, one day, client auth, and the RBAC bindings of the user', () => {
    const chart = Testing.chart();
    const jane = new UserCertificate(chart, 'jane', { metadata: { name: 'jane' }, csr: JANE_CSR, user: 'jane', groups: ['platform-team'] });
    jane.bindClusterRole(plus.ClusterRole.fromClusterRoleName(chart, 'view', 'view'));
    jane.bindRole(plus.ClusterRole.fromClusterRoleName(chart, 'edit', 'edit'), { namespace: 'team-a' });
    const objects = synthValid(chart);
    const csr = objectOf(objects, 'CertificateSigningRequest');
    expect(csr.metadata.namespace).toBeUndefined();
    expect(csr.spec).toEqual({
      request: Buffer.from(JANE_CSR.text).toString('base64'),
      signerName: 'kubernetes.io/kube-apiserver-client',
      expirationSeconds: 86400,
      usages: ['digital signature', 'client auth'],
    });
    expect(csr.metadata.annotations).toEqual({ 'cdk8s-tls/expected-user': 'jane', 'cdk8s-tls/expected-groups': 'platform-team' });
    const user = { kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' };
    expect(objectOf(objects, 'ClusterRoleBinding')).toMatchObject({ roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [user] });
    expect(objectOf(objects, 'RoleBinding')).toMatchObject({ metadata: { namespace: 'team-a' }, roleRef: { kind: 'ClusterRole', name: 'edit' }, subjects: [user] });
    expect(jane.name).toBe('jane');
    expect(objects).toMatchSnapshot();
  });

  test('a request for another user, other groups or a weak key fails synth with the construct path', () => {
    const chart = Testing.chart();
    new UserCertificate(chart, 'joe', { csr: Pem.fromString(newCsr('/CN=jane/O=admins', newKey('rsa1024'))), user: 'joe', expiration: Duration.hours(8) });
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/joe\] \[TLS-U7\] spec\.request: the request is for CN "jane", but this CSR is meant for user "joe"/);
    expect(message).toMatch(/\[test\/joe\] \[TLS-U7\] spec\.request: the request's O values \(groups\) are "admins", but this CSR is meant for groups none/);
    expect(message).toMatch(/\[test\/joe\] \[TLS-U2\] spec\.request: the request's key \(RSA 1024\) is weak/);
  });

  test('system:masters is refused; impossible values throw at once', () => {
    const chart = Testing.chart();
    new UserCertificate(chart, 'root', { csr: Pem.fromString(newCsr('/CN=root/O=system:masters')), user: 'root', groups: ['system:masters'] });
    expect(synthError(chart)).toMatch(/\[test\/root\] \[TLS-U4\] spec\.request: O "system:masters"/);
    expect(() => new UserCertificate(Testing.chart(), 'x', { csr: JANE_CSR, user: '' })).toThrow(/user must not be empty/);
    expect(() => new UserCertificate(Testing.chart(), 'x', { csr: JANE_CSR, user: 'jane', expiration: Duration.minutes(5) }))
      .toThrow(/expiration 300s is below the 600s the API server accepts/);
  });
});

describe('ClientCertificate.forServiceAccount', () => {
  test('client auth only, the SPIFFE ID of the service account, in its namespace', () => {
    const chart = Testing.chart();
    const sa = new plus.ServiceAccount(chart, 'sa', { metadata: { name: 'orders', namespace: 'shop' } });
    const cert = ClientCertificate.forServiceAccount(chart, 'orders-client', { issuer: ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca'), serviceAccount: sa, commonName: 'orders' });
    const objects = synthValid(chart);
    const json = objectOf(objects, 'Certificate');
    expect(json.metadata.namespace).toBe('shop');
    expect(json.spec.uris).toEqual(['spiffe://cluster.local/ns/shop/sa/orders']);
    expect(json.spec.usages).toEqual(['digital signature', 'client auth']);
    expect(json.spec.commonName).toBe('orders');
    expect(cert.secretName).toBe(`${cert.name}-tls`);
    expect(objects).toMatchSnapshot();
  });

  test('trust domain is configurable', () => {
    const chart = Testing.chart();
    const sa = plus.ServiceAccount.fromServiceAccountName(chart, 'sa', 'billing', { namespaceName: 'pay' });
    ClientCertificate.forServiceAccount(chart, 'c', { issuer: ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca'), serviceAccount: sa, trustDomain: 'prod.example.com' });
    expect(objectOf(synthValid(chart), 'Certificate').spec.uris).toEqual(['spiffe://prod.example.com/ns/pay/sa/billing']);
  });
});
