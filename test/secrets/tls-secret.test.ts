import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Chart, Duration, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { KeyPair, inDays, newChain, newKey } from './pki';
import { Pem, PrivateKeyInclusion, RestartOnRotation, TlsSecret } from '../../src';
import { NOW_CONTEXT_KEY } from '../../src/core/rule-validation';
import { objectOf, objectsOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

/** PEM data changes every run: the snapshot shows the structure, with each data value masked. */
export function masked(objects: any[]): any[] {
  return objects.map((o) => (o.data ? { ...o, data: Object.fromEntries(Object.keys(o.data).map((k) => [k, '<base64 PEM>'])) } : o));
}


let chain: { root: KeyPair; intermediate: KeyPair; leaf: KeyPair };
beforeAll(() => {
  chain = newChain(['web.example.com']);
});
const fullChain = () => Pem.fromString(chain.leaf.cert + chain.intermediate.cert);

describe('TlsSecret', () => {
  test('with the opt-in: a kubernetes.io/tls Secret with the chain, key and ca.crt, the opt-in and checks recorded as annotations', () => {
    const chart = Testing.chart();
    const secret = new TlsSecret(chart, 'web', {
      metadata: { name: 'web-tls' },
      certificateChain: fullChain(),
      privateKey: Pem.fromString(chain.leaf.key),
      caCertificate: Pem.fromString(chain.root.cert),
      includePrivateKey: PrivateKeyInclusion.INSECURELY_IN_MANIFEST,
      expiryWarning: Duration.days(45),
    });
    secret.addHost('web.example.com');
    const objects = synthValid(chart);
    const json = objectOf(objects, 'Secret');
    expect(json.type).toBe('kubernetes.io/tls');
    expect(json.metadata.annotations).toEqual({
      'cdk8s-tls/expected-hosts': 'web.example.com',
      'cdk8s-tls/expiry-warning-days': '45',
      'cdk8s-tls/private-key-in-manifest': 'insecurely-in-manifest',
    });
    expect(Buffer.from(json.data['tls.crt'], 'base64').toString()).toBe(chain.leaf.cert + chain.intermediate.cert);
    expect(Buffer.from(json.data['tls.key'], 'base64').toString()).toBe(chain.leaf.key);
    expect(Buffer.from(json.data['ca.crt'], 'base64').toString()).toBe(chain.root.cert);
    expect(secret.secretName).toBe('web-tls');
    expect(masked(objects)).toMatchSnapshot();
  });

  test('without the opt-in the key never reaches the YAML, and synth fails explaining the alternatives', () => {
    const chart = Testing.chart();
    const secret = new TlsSecret(chart, 'web', { certificateChain: fullChain(), privateKey: Pem.fromString(chain.leaf.key) });
    // Even read without validation, the object carries no key.
    expect((secret.apiObject.toJson() as any).data['tls.key']).toBe('');
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/web\] \[TLS-P8\] data\[tls\.key\]: inline PEM: the private key is not written into the manifest without includePrivateKey: PrivateKeyInclusion\.INSECURELY_IN_MANIFEST/);
    expect(message).toMatch(/let cert-manager issue the certificate \(issuer\.issue\(\.\.\.\)\), or keep the Secret out of the manifests .* TlsSecret\.fromSecretName\(\.\.\.\)/);
    expect(message).not.toMatch(/TLS-P2/);
  });

  test('a key that does not match the leaf fails synth even though the key is not written', () => {
    const chart = Testing.chart();
    new TlsSecret(chart, 'web', { certificateChain: fullChain(), privateKey: Pem.fromString(newKey()) });
    expect(synthError(chart)).toMatch(/\[test\/web\] \[TLS-P2\] data\[tls\.key\]: the private key does not match certificate #1 \(CN=web\.example\.com\)/);
  });

  test('every PEM problem of the app at once: wrong order, SAN miss, expired (with the app date)', () => {
    const app = Testing.app();
    app.node.setContext(NOW_CONTEXT_KEY, inDays(100).toISOString());
    const chart = new Chart(app, 'test');
    new TlsSecret(chart, 'web', {
      certificateChain: Pem.fromString(chain.intermediate.cert + chain.leaf.cert),
      privateKey: Pem.fromString(chain.leaf.key),
      hosts: ['api.example.com'],
      includePrivateKey: PrivateKeyInclusion.INSECURELY_IN_MANIFEST,
    });
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/web\] \[TLS-P3\] data\[tls\.crt\]: certificate #1 \(CN=Test Intermediate CA\) is the issuer of certificate #2/);
    expect(message).toMatch(/\[test\/web\] \[TLS-P2\] data\[tls\.key\]: .*the leaf must come first/);
    expect(message).toMatch(/\[test\/web\] \[TLS-P7\] data\[tls\.crt\]: host "api\.example\.com" \(declared in cdk8s-tls\/expected-hosts\)/);
    expect(message).toMatch(/\[test\/web\] \[TLS-P4\] data\[tls\.crt\]: certificate #2 \(CN=web\.example\.com\) expired on/);
  });

  test('Pem.fromFile reads files and names them in messages; a file without PEM is refused at once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-secret-'));
    fs.writeFileSync(path.join(dir, 'web.crt'), chain.leaf.cert + chain.intermediate.cert);
    fs.writeFileSync(path.join(dir, 'web.key'), chain.leaf.key);
    fs.writeFileSync(path.join(dir, 'web.der'), Buffer.from([0x30, 0x82]));
    const chart = Testing.chart();
    new TlsSecret(chart, 'web', { certificateChain: Pem.fromFile(path.join(dir, 'web.crt')), privateKey: Pem.fromFile(path.join(dir, 'web.key')) });
    expect(synthError(chart)).toMatch(new RegExp(`\\[TLS-P8\\] data\\[tls\\.key\\]: ${path.join(dir, 'web.key').replace(/[.]/g, '\\.')}: the private key is not written`));
    expect(() => Pem.fromFile(path.join(dir, 'web.der'))).toThrow(/web\.der holds no PEM block/);
    expect(() => Pem.fromFile(path.join(dir, 'missing.crt'))).toThrow(/cannot read PEM file .*missing\.crt: ENOENT/);
  });

  test('fromSecretName: a Secret managed elsewhere, mounted and granted like any other', () => {
    const chart = Testing.chart();
    const secret = TlsSecret.fromSecretName(chart, 'vendor', 'vendor-tls', { namespace: 'shop' });
    const deployment = new plus.Deployment(chart, 'web', { metadata: { namespace: 'shop' }, containers: [{ image: 'nginx', portNumber: 8443 }] });
    secret.mount(deployment, { restartOnRotation: RestartOnRotation.none() });
    const sa = new plus.ServiceAccount(chart, 'sa', { metadata: { namespace: 'shop' } });
    secret.grantRead(sa);
    const objects = synthValid(chart);
    expect(objectsOf(objects, 'Secret')).toEqual([]);
    const pod = objectOf(objects, 'Deployment').spec.template.spec;
    expect(pod.volumes).toEqual([{ name: 'tls-vendor-tls', secret: { secretName: 'vendor-tls', defaultMode: 0o444 } }]);
    expect(objectOf(objects, 'Deployment').metadata.annotations).toBeUndefined();
    expect(objectOf(objects, 'Role').rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['vendor-tls'], verbs: ['get'] }]);
    expect(objectOf(objects, 'Role').metadata.namespace).toBe('shop');
  });
});
