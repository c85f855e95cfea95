import { chart, TEST_CA_PEM } from './fixtures';
import { VaultAuth, VaultIssuer } from '../../src';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

const SERVER = 'https://vault.example.com:8200';
const PATH = 'pki_int/sign/example-dot-com';

describe('VaultIssuer', () => {
  test('kubernetes auth with a bound ServiceAccount token, CA bundle, mTLS and namespace', () => {
    const c = chart();
    const vault = new VaultIssuer(c, 'vault', {
      metadata: { name: 'vault', namespace: 'apps' },
      server: SERVER,
      serverName: 'vault.internal',
      path: PATH,
      namespace: 'ns1',
      caBundle: TEST_CA_PEM,
      clientTls: { certSecret: { name: 'vault-client', key: 'tls.crt' }, keySecret: { name: 'vault-client', key: 'tls.key' } },
      auth: VaultAuth.kubernetes({ role: 'cert-manager', mountPath: '/v1/auth/k8s-prod', serviceAccount: { name: 'vault-issuer', audiences: ['vault://apps/vault'] } }),
    });
    const cert = vault.issue('api', { dnsNames: ['api.apps.svc'] });
    const objects = synthValid(c);
    expect(objectOf(objects, 'Issuer').spec).toEqual({
      vault: {
        server: SERVER,
        serverName: 'vault.internal',
        path: PATH,
        namespace: 'ns1',
        caBundle: Buffer.from(TEST_CA_PEM).toString('base64'),
        clientCertSecretRef: { name: 'vault-client', key: 'tls.crt' },
        clientKeySecretRef: { name: 'vault-client', key: 'tls.key' },
        auth: {
          kubernetes: {
            mountPath: '/v1/auth/k8s-prod',
            role: 'cert-manager',
            serviceAccountRef: { name: 'vault-issuer', audiences: ['vault://apps/vault'] },
          },
        },
      },
    });
    expect(vault.publiclyTrusted).toBe(false);
    const certificate = objectOf(objects, 'Certificate');
    expect(certificate.metadata.namespace).toBe('apps');
    expect(cert.namespace).toBe('apps');
    expect(certificate.spec.issuerRef).toEqual({ name: 'vault', kind: 'Issuer', group: 'cert-manager.io' });
    expect(certificate.spec.duration).toBe('2160h');
    expect(objects).toMatchSnapshot();
  });

  test('every auth method renders as cert-manager reads it', () => {
    const c = chart();
    const methods: Record<string, VaultAuth> = {
      token: VaultAuth.token({ name: 'vault-token', key: 'token' }),
      approle: VaultAuth.appRole({ path: 'approle', roleId: 'role-id-123', secret: { name: 'vault-approle', key: 'secretId' } }),
      k8ssecret: VaultAuth.kubernetes({ role: 'issuer', secret: { name: 'sa-token', key: 'token' } }),
      cert: VaultAuth.clientCertificate({ mountPath: '/v1/auth/cert', name: 'cert-manager', secretName: 'vault-client-tls' }),
      certdefault: VaultAuth.clientCertificate(),
      aws: VaultAuth.aws({
        role: 'cert-manager',
        mountPath: '/v1/auth/aws',
        region: 'eu-west-1',
        iamRoleArn: 'arn:aws:iam::123456789012:role/vault-auth',
        serviceAccount: { name: 'vault-aws', audiences: ['sts.amazonaws.com'] },
        vaultHeaderValue: 'vault.example.com',
      }),
      awsambient: VaultAuth.aws({ role: 'cert-manager' }),
    };
    for (const [id, auth] of Object.entries(methods)) {
      new VaultIssuer(c, id, { metadata: { name: id }, server: SERVER, path: PATH, auth });
    }
    const objects = synthValid(c);
    const auth = (name: string) => objectOf(objects, 'Issuer', name).spec.vault.auth;
    expect(auth('token')).toEqual({ tokenSecretRef: { name: 'vault-token', key: 'token' } });
    expect(auth('approle')).toEqual({ appRole: { path: 'approle', roleId: 'role-id-123', secretRef: { name: 'vault-approle', key: 'secretId' } } });
    expect(auth('k8ssecret')).toEqual({ kubernetes: { role: 'issuer', secretRef: { name: 'sa-token', key: 'token' } } });
    expect(auth('cert')).toEqual({ clientCertificate: { mountPath: '/v1/auth/cert', name: 'cert-manager', secretName: 'vault-client-tls' } });
    expect(auth('certdefault')).toEqual({ clientCertificate: {} });
    expect(auth('aws')).toEqual({
      aws: {
        mountPath: '/v1/auth/aws',
        role: 'cert-manager',
        region: 'eu-west-1',
        iamRoleArn: 'arn:aws:iam::123456789012:role/vault-auth',
        serviceAccountRef: { name: 'vault-aws', audiences: ['sts.amazonaws.com'] },
        vaultHeaderValue: 'vault.example.com',
      },
    });
    expect(auth('awsambient')).toEqual({ aws: { role: 'cert-manager' } });
    expect(objects).toMatchSnapshot();
  });

  test('a ClusterIssuer with the CA bundle from a Secret', () => {
    const c = chart();
    new VaultIssuer(c, 'vault', {
      cluster: true,
      metadata: { name: 'vault' },
      server: SERVER,
      path: PATH,
      caBundleSecret: { name: 'vault-ca', key: 'ca.crt' },
      auth: VaultAuth.appRole({ path: 'approle', roleId: 'r', secret: { name: 'approle', key: 'secretId' } }),
    });
    const objects = synthValid(c);
    const issuer = objectOf(objects, 'ClusterIssuer');
    expect(issuer.metadata.namespace).toBeUndefined();
    expect(issuer.spec.vault.caBundleSecretRef).toEqual({ name: 'vault-ca', key: 'ca.crt' });
    expect(issuer.spec.vault.caBundle).toBeUndefined();
  });

  test('mutually exclusive options can never be right', () => {
    const c = chart();
    expect(() => new VaultIssuer(c, 'both', {
      server: SERVER,
      path: PATH,
      caBundle: TEST_CA_PEM,
      caBundleSecret: { name: 'vault-ca' },
      auth: VaultAuth.token({ name: 't' }),
    })).toThrow(/test\/both: caBundle and caBundleSecret were both given/);
    expect(() => VaultAuth.kubernetes({ role: 'r', secret: { name: 's' }, serviceAccount: { name: 'sa' } }))
      .toThrow(/serviceAccount and secret were both given/);
  });

  test('what the webhook refuses fails synth with the rule id', () => {
    const c = chart();
    new VaultIssuer(c, 'vault', {
      server: SERVER,
      path: PATH,
      auth: VaultAuth.kubernetes({ role: 'issuer' }),
    });
    expect(synthError(c)).toMatch(/\[test\/vault\] \[CM-VA12\] spec\.vault\.auth\.kubernetes/);
  });
});
