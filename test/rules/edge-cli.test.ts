// The edge rules through `cdk8s-tls audit` on plain YAML: every family once, with file position.
import * as YAML from 'yaml';
import { main } from '../../src/cli/main';
import { SHIM_DEFAULTS, acmeIssuer, certificate, http01Ingress, ingress } from '../edge/fixtures';

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

const yaml = (objects: any[]): string => objects.map((o) => YAML.stringify(o)).join('---\n');
const issuer = acmeIssuer('letsencrypt-prod', [http01Ingress()]);

test('a clean Ingress with its certificate reports nothing', () => {
  const result = run(['audit', '-'], yaml([issuer, ingress('web', { tls: [{ hosts: ['app.example.com'], secretName: 'web-tls' }] }), certificate('web', 'web-tls', ['app.example.com'])]));
  expect(result.stdout).toBe('');
  expect(result.status).toBe(0);
});

test('shim, cross-object, X16 and REF1 findings', () => {
  const objects = [
    issuer,
    ingress('a', { annotations: { ...SHIM_DEFAULTS, 'cert-manager.io/revision-history-limit': '0' }, tls: [{ hosts: ['a.example.com'], secretName: 'shared-tls' }] }),
    ingress('b', { annotations: SHIM_DEFAULTS, tls: [{ hosts: ['b.example.com'], secretName: 'shared-tls' }] }),
    ingress('c', { tls: [{ hosts: ['c.example.com', 'd.example.com'], secretName: 'c-tls' }] }),
    certificate('c', 'c-tls', ['c.example.com']),
    ingress('e', { annotations: { 'cert-manager.io/cluster-issuer': 'elsewhere' }, tls: [{ hosts: ['e.example.com'], secretName: 'e-tls' }] }),
  ];
  const result = run(['audit', '-'], yaml(objects));
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/<stdin>:\d+:\d+: error \[CM-S12\] Ingress web\/a: metadata\.annotations\.cert-manager\.io\/revision-history-limit: invalid ingress annotation/);
  expect(result.stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-X16\] Ingress web\/b: spec\.tls\[0\]\.secretName: Secret "shared-tls"/);
  expect(result.stdout).toMatch(/<stdin>:\d+:\d+: error \[TLS-E1\] Ingress web\/c: spec\.tls\[0\]\.hosts\[1\]: "d\.example\.com" is served with Secret "c-tls"/);
  expect(result.stdout).toMatch(/<stdin>:\d+:\d+: warning \[TLS-REF1\] Ingress web\/e: metadata\.annotations\.cert-manager\.io\/cluster-issuer: ClusterIssuer "elsewhere" is not among the audited objects/);
});
