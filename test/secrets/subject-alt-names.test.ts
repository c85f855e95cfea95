// TLS-P9: certificates without subject alternative names, which browsers and Go clients reject
// for every host; in audit (an error where an Ingress serves the Secret, a warning elsewhere),
// and at synth through TlsSecret.
import { execFileSync } from 'child_process';
import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { KeyPair, newCa, newCert, newKey, tlsSecret } from './pki';
import { AuditMode, Pem, PrivateKeyInclusion, TlsSecret, auditManifests } from '../../src';
import { main } from '../../src/cli/main';
import { servesWithoutSubjectAltNames } from '../../src/rules/secrets/subject-alt-names';
import { synthValid } from '../support/schema';

let ca: KeyPair;
let withSans: KeyPair;
let noSans: KeyPair;
let client: KeyPair;
beforeAll(() => {
  ca = newCa();
  withSans = newCert(ca, { dnsNames: ['web.example.com'] });
  noSans = newCert(ca, { cn: 'web.example.com' });
  // a client certificate: CN only, extendedKeyUsage clientAuth
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'san-'));
  const write = (name: string, text: string) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
  const key = newKey();
  const csr = execFileSync('openssl', ['req', '-new', '-key', write('k.pem', key), '-subj', '/CN=prometheus', '-addext', 'extendedKeyUsage=clientAuth'], { encoding: 'utf8' });
  const cert = execFileSync('openssl', ['x509', '-req', '-in', write('r.pem', csr), '-CA', write('ca.pem', ca.cert), '-CAkey', write('ca.key', ca.key),
    '-days', '30', '-set_serial', '77', '-copy_extensions', 'copyall'], { encoding: 'utf8' });
  client = { cert, key };
});

const ingress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'web', namespace: 'apps' },
  spec: {
    ingressClassName: 'nginx',
    tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }],
    rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
  },
};
const optIn = { 'cdk8s-tls/private-key-in-manifest': 'insecurely-in-manifest' };
const p9 = (objects: any[]) => auditManifests(objects, { mode: AuditMode.AUDIT }).filter((f) => f.ruleId === 'TLS-P9');

test('which certificates count: server leaves without DNS/IP SANs; not CAs, not client-only certificates', () => {
  expect(servesWithoutSubjectAltNames(new X509Certificate(withSans.cert))).toBe(false);
  expect(servesWithoutSubjectAltNames(new X509Certificate(noSans.cert))).toBe(true);
  expect(servesWithoutSubjectAltNames(new X509Certificate(ca.cert))).toBe(false);
  expect(servesWithoutSubjectAltNames(new X509Certificate(client.cert))).toBe(false);
});

test('audit: an error where an Ingress serves the Secret, a warning for a Secret nothing in the set serves', () => {
  expect(p9([tlsSecret(withSans.cert, withSans.key, { annotations: optIn }), ingress])).toEqual([]);
  expect(p9([tlsSecret(client.cert, client.key, { annotations: optIn, name: 'prometheus-client' })])).toEqual([]);
  const [served] = p9([tlsSecret(noSans.cert, noSans.key, { annotations: optIn }), ingress]);
  expect(served).toMatchObject({ severity: 'error', kind: 'Secret', path: 'data[tls.crt]' });
  expect(served.message).toBe('data[tls.crt]: the certificate (CN=web.example.com) has no subject alternative names, and Ingress apps/web serves it; browsers and Go clients '
    + 'ignore the CN and reject it for every host; issue it again with the host names as SANs (openssl req -addext "subjectAltName=DNS:app.example.com", '
    + 'or a cert-manager Certificate\'s dnsNames)');
  const [alone] = p9([tlsSecret(noSans.cert, noSans.key, { annotations: optIn })]);
  expect(alone.severity).toBe('warning');
  expect(alone.message).toMatch(/^data\[tls\.crt\]: the certificate \(CN=web\.example\.com\) has no subject alternative names; if a server presents it, browsers and Go clients ignore the CN/);
});

test('synth: TlsSecret with a SAN-less certificate gets the warning, one with SANs none', () => {
  const chart = Testing.chart();
  new TlsSecret(chart, 'web', {
    metadata: { name: 'web-tls' },
    certificateChain: Pem.fromString(noSans.cert),
    privateKey: Pem.fromString(noSans.key),
    includePrivateKey: PrivateKeyInclusion.INSECURELY_IN_MANIFEST,
  });
  const warnings: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((text: string) => { warnings.push(text); return true; }) as any;
  try {
    synthValid(chart);
  } finally {
    process.stderr.write = write;
  }
  expect(warnings.filter((w) => w.includes('[TLS-P9]'))).toEqual([expect.stringMatching(/^cdk8s-tls warning: \[test\/web\] \[TLS-P9\] data\[tls\.crt\]: the certificate \(CN=web\.example\.com\) has no subject alternative names/)]);
});

test('cdk8s-tls inspect marks a SAN-less server certificate, and not one with SANs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-san-'));
  const run = (pem: string, format = 'text') => {
    const file = path.join(dir, `${format}-${Math.random().toString(36).slice(2)}.pem`);
    fs.writeFileSync(file, pem);
    let stdout = '';
    const status = main(['inspect', `--format=${format}`, file], { stdout: (t) => { stdout += t; }, stderr: () => undefined, readStdin: () => '' });
    return { status, stdout };
  };
  const bare = run(noSans.cert);
  expect(bare.stdout).toMatch(/SANs: {8}\(none\)/);
  expect(bare.stdout).toMatch(/status: {6}\d+ days left; NO SANs: browsers and Go clients ignore the CN and reject it as a server certificate/);
  expect(JSON.parse(run(noSans.cert, 'json').stdout)[0].noSubjectAltNames).toBe(true);
  expect(run(withSans.cert).stdout).not.toMatch(/NO SANs/);
  expect(JSON.parse(run(withSans.cert, 'json').stdout)[0].noSubjectAltNames).toBeUndefined();
});
