// `cdk8s-tls inspect` end to end, and `cdk8s-tls audit` running the secrets rules (TLS-P*, TLS-U*,
// TLS-I*) on YAML, with certificates made by openssl in the test.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { KeyPair, inDays, newCa, newCert, newChain, newCsr, newKey } from '../secrets/pki';

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-inspect-'));
function write(name: string, content: string): string {
  const file = path.join(DIR, name);
  fs.writeFileSync(file, content);
  return file;
}
const b64 = (s: string) => Buffer.from(s).toString('base64');

function secretYaml(name: string, crt: string, key = ''): string {
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: apps\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(crt)}\n  tls.key: "${key ? b64(key) : ''}"\n`;
}

let chain: { root: KeyPair; intermediate: KeyPair; leaf: KeyPair };
let weak: KeyPair;
beforeAll(() => {
  chain = newChain(['web.example.com', 'www.example.com']);
  weak = newCert(newCa('Weak Root'), { dnsNames: ['old.example.com'], key: newKey('rsa1024') });
});

describe('cdk8s-tls inspect', () => {
  test('prints subject, SANs, issuer, validity, key and days left of every certificate of a PEM chain; exit 0', () => {
    const result = run(['inspect', write('chain.pem', chain.leaf.cert + chain.intermediate.cert)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const first = result.stdout.split('\n\n')[0];
    expect(first).toMatch(/chain\.pem: certificate #1\n {2}subject: {5}CN=web\.example\.com\n {2}SANs: {8}DNS:web\.example\.com, DNS:www\.example\.com\n {2}issuer: {6}CN=Test Intermediate CA\n/);
    expect(first).toMatch(/ {2}not before: {2}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n {2}not after: {3}\d{4}-.*Z\n {2}key: {9}EC P-256\n {2}status: {6}(89|90) days left/);
    expect(result.stdout).toMatch(/chain\.pem: certificate #2 \(CA\)\n {2}subject: {5}CN=Test Intermediate CA/);
  });

  test('expired (with --now) or weak exits 1; json output', () => {
    const file = write('leaf.pem', chain.leaf.cert);
    const expired = run(['inspect', '--now', inDays(100).toISOString(), file]);
    expect(expired.status).toBe(1);
    expect(expired.stdout).toMatch(/status: {6}EXPIRED 10 days ago/);
    const weakResult = run(['inspect', write('weak.pem', weak.cert)]);
    expect(weakResult.status).toBe(1);
    expect(weakResult.stdout).toMatch(/key: {9}RSA 1024\n {2}status: {6}\d+ days left; WEAK KEY: RSA 1024 is below 2048 bits/);
    const json = JSON.parse(run(['inspect', '--format=json', file]).stdout);
    expect(json).toEqual([expect.objectContaining({
      source: file,
      position: 1,
      subject: 'CN=web.example.com',
      sans: ['DNS:web.example.com', 'DNS:www.example.com'],
      issuer: 'CN=Test Intermediate CA',
      keyType: 'EC',
      keyBits: 256,
      keyCurve: 'P-256',
      isCa: false,
      expired: false,
    })]);
    expect(json[0].weakKey).toBeUndefined();
  });

  test('reads tls.crt of the Secrets in YAML (files and stdin); placeholders and other objects are passed over', () => {
    const yaml = [secretYaml('web-tls', chain.leaf.cert), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', secretYaml('pending', '')].join('---\n');
    const result = run(['inspect', write('secrets.yaml', yaml)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/secrets\.yaml:1: Secret apps\/web-tls: certificate #1\n {2}subject: {5}CN=web\.example\.com/);
    expect(result.stdout).not.toContain('pending');
    const stdin = run(['inspect', '-'], secretYaml('old', weak.cert));
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toMatch(/<stdin>:1: Secret apps\/old: certificate #1/);
    expect(run(['inspect', '-'], chain.leaf.cert).status).toBe(0);
  });

  test('unreadable input exits 2 with the reason; bad usage exits 2', () => {
    const missing = run(['inspect', path.join(DIR, 'nope.pem')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.pem: cannot read: ENOENT/);
    const keyOnly = run(['inspect', write('key.pem', chain.leaf.key)]);
    expect(keyOnly.status).toBe(2);
    expect(keyOnly.stderr).toMatch(/key\.pem: no CERTIFICATE PEM block \(found PRIVATE KEY\)/);
    const noSecrets = run(['inspect', write('empty.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')]);
    expect(noSecrets.status).toBe(2);
    expect(noSecrets.stderr).toMatch(/empty\.yaml: no Secret with a certificate in tls\.crt/);
    const broken = run(['inspect', write('broken.yaml', secretYaml('b', 'not a certificate'))]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:1: Secret apps\/b: data\[tls\.crt\]: no PEM block found/);
    // One unreadable input makes the status 2 even when the others print.
    const mixed = run(['inspect', write('ok.pem', chain.leaf.cert), path.join(DIR, 'nope.pem')]);
    expect(mixed.status).toBe(2);
    expect(mixed.stdout).toContain('ok.pem: certificate #1');
    expect(run(['inspect']).status).toBe(2);
    expect(run(['inspect', '--now', 'yesterday', 'x.pem']).stderr).toContain('--now takes an ISO date, got "yesterday"');
    expect(run(['inspect', '--format', 'xml', 'x.pem']).stderr).toContain('--format takes text or json');
    expect(run(['--help']).stdout).toContain('inspect <pem|yaml|->...');
  });

  test('the bin runs end to end with the documented exit status', () => {
    const bin = path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const exec = (args: string[]) => spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', bin, ...args], { encoding: 'utf8' });
    const ok = exec(['inspect', write('bin-ok.pem', chain.leaf.cert)]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('CN=web.example.com');
    expect(exec(['inspect', write('bin-weak.pem', weak.cert)]).status).toBe(1);
    expect(exec(['inspect', path.join(DIR, 'bin-missing.pem')]).status).toBe(2);
  });
});

describe('cdk8s-tls audit runs the secrets rules', () => {
  test('TLS-P*: a weak Secret, and a mismatched key in the manifest', () => {
    const yaml = secretYaml('web-tls', chain.leaf.cert, newKey()) + '---\n' + secretYaml('old-tls', weak.cert);
    const result = run(['audit', write('tls.yaml', yaml)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/tls\.yaml:\d+:\d+: warning \[TLS-P8\] Secret apps\/web-tls: data\[tls\.key\]: a private key would be written into the manifest/);
    expect(result.stdout).toMatch(/tls\.yaml:\d+:\d+: error \[TLS-P2\] Secret apps\/web-tls: data\[tls\.key\]: the private key does not match certificate #1/);
    expect(result.stdout).toMatch(/tls\.yaml:\d+:\d+: error \[TLS-P6\] Secret apps\/old-tls: data\[tls\.crt\]: certificate #1 \(CN=old\.example\.com\) has a weak key: RSA 1024/);
    const good = run(['audit', write('good.yaml', secretYaml('web-tls', chain.leaf.cert + chain.intermediate.cert))]);
    expect(good.status).toBe(0);
    expect(good.stderr).toContain('1 objects, 0 errors, 0 warnings');
  });

  test('TLS-U*: a CSR for system:masters, and TLS-I*: a webhook injected from a Certificate that is not there (warning)', () => {
    const csr = `apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata: {name: root}\nspec:\n  request: ${b64(newCsr('/CN=root/O=system:masters'))}\n`
      + '  signerName: kubernetes.io/kube-apiserver-client\n  expirationSeconds: 3600\n  usages: [digital signature, client auth]\n';
    const webhookYaml = 'apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata:\n  name: hooks\n'
      + '  annotations: {cert-manager.io/inject-ca-from: hooks/serving}\nwebhooks: []\n';
    const result = run(['audit', '-'], `${csr}---\n${webhookYaml}`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/<stdin>:\d+:\d+: error \[TLS-U4\] CertificateSigningRequest root: spec\.request: O "system:masters"/);
    expect(result.stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-I2\] MutatingWebhookConfiguration hooks: metadata\.annotations\[cert-manager\.io\/inject-ca-from\]: Certificate "serving" in namespace "hooks" is not among the audited objects/);
  });
});
