import { chart, TEST_CA_PEM } from './fixtures';
import { VenafiConnection, VenafiIssuer } from '../../src';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

describe('VenafiIssuer', () => {
  test('self-hosted (TPP) with a CA bundle; certificates land in the issuer namespace', () => {
    const c = chart();
    const tpp = new VenafiIssuer(c, 'tpp', {
      metadata: { name: 'venafi-tpp', namespace: 'pki' },
      zone: 'Certificates\\Kubernetes',
      connection: VenafiConnection.tpp({ url: 'https://tpp.example.com/vedsdk', credentialsSecretName: 'tpp-credentials', caBundle: TEST_CA_PEM }),
    });
    tpp.issue('web', { dnsNames: ['web.example.com'] });
    const objects = synthValid(c);
    expect(objectOf(objects, 'Issuer').spec).toEqual({
      venafi: {
        zone: 'Certificates\\Kubernetes',
        tpp: {
          url: 'https://tpp.example.com/vedsdk',
          credentialsRef: { name: 'tpp-credentials' },
          caBundle: Buffer.from(TEST_CA_PEM).toString('base64'),
        },
      },
    });
    const certificate = objectOf(objects, 'Certificate');
    expect(certificate.metadata.namespace).toBe('pki');
    expect(certificate.spec.issuerRef).toEqual({ name: 'venafi-tpp', kind: 'Issuer', group: 'cert-manager.io' });
    expect(tpp.publiclyTrusted).toBe(false);
    expect(objects).toMatchSnapshot();
  });

  test('TPP with the CA bundle from a Secret, SaaS, and NGTS', () => {
    const c = chart();
    new VenafiIssuer(c, 'tpp', {
      metadata: { name: 'tpp' },
      zone: 'Certificates\\Kubernetes',
      connection: VenafiConnection.tpp({ url: 'https://tpp.example.com/vedsdk', credentialsSecretName: 'tpp-credentials', caBundleSecret: { name: 'tpp-ca', key: 'ca.crt' } }),
    });
    const cloud = new VenafiIssuer(c, 'cloud', {
      cluster: true,
      metadata: { name: 'cloud' },
      zone: 'My Application\\Default',
      publiclyTrusted: true,
      connection: VenafiConnection.cloud({ url: 'https://api.venafi.eu/', apiTokenSecret: { name: 'vaas', key: 'apikey' } }),
    });
    new VenafiIssuer(c, 'ngts', {
      metadata: { name: 'ngts' },
      zone: 'Default',
      connection: VenafiConnection.ngts({
        tsgId: '1234567890',
        credentialsSecretName: 'ngts-oauth',
        url: 'https://api.strata.paloaltonetworks.com/ngts',
        tokenEndpoint: 'https://auth.apps.paloaltonetworks.com/oauth2/access_token',
      }),
    });
    new VenafiIssuer(c, 'cloud-default', {
      metadata: { name: 'cloud-default' },
      zone: 'App\\Template',
      connection: VenafiConnection.cloud({ apiTokenSecret: { name: 'vaas', key: 'apikey' } }),
    });
    const objects = synthValid(c);
    expect(objectOf(objects, 'Issuer', 'tpp').spec.venafi.tpp).toEqual({
      url: 'https://tpp.example.com/vedsdk',
      credentialsRef: { name: 'tpp-credentials' },
      caBundleSecretRef: { name: 'tpp-ca', key: 'ca.crt' },
    });
    expect(objectOf(objects, 'ClusterIssuer', 'cloud').spec).toEqual({
      venafi: { zone: 'My Application\\Default', cloud: { url: 'https://api.venafi.eu/', apiTokenSecretRef: { name: 'vaas', key: 'apikey' } } },
    });
    expect(cloud.publiclyTrusted).toBe(true);
    expect(objectOf(objects, 'Issuer', 'ngts').spec).toEqual({
      venafi: {
        zone: 'Default',
        ngts: {
          url: 'https://api.strata.paloaltonetworks.com/ngts',
          tokenEndpoint: 'https://auth.apps.paloaltonetworks.com/oauth2/access_token',
          tsgID: '1234567890',
          credentialsRef: { name: 'ngts-oauth' },
        },
      },
    });
    expect(objectOf(objects, 'Issuer', 'cloud-default').spec.venafi.cloud).toEqual({ apiTokenSecretRef: { name: 'vaas', key: 'apikey' } });
    expect(objects).toMatchSnapshot();
  });

  test('both CA bundle sources can never be right', () => {
    expect(() => VenafiConnection.tpp({ url: 'https://tpp.example.com/vedsdk', credentialsSecretName: 'c', caBundle: TEST_CA_PEM, caBundleSecret: { name: 'ca' } }))
      .toThrow(/caBundle and caBundleSecret were both given/);
  });

  test('what the webhook refuses fails synth with the rule id', () => {
    const c = chart();
    new VenafiIssuer(c, 'ngts', {
      zone: 'Default',
      connection: VenafiConnection.ngts({ tsgId: '', credentialsSecretName: 'ngts-oauth' }),
    });
    expect(synthError(c)).toMatch(/\[test\/ngts\] \[CM-VE6\] spec\.venafi\.ngts\.tsgID/);
  });
});
