// The shapes real GitOps repositories use, and which must not raise false alarms: objects without
// metadata.namespace (Flux or Kustomize sets it), several clusters in one repository, Flux
// post-build variables, the same object in several files. Each class accepted and rejected,
// messages asserted; files are written to a temporary repository and audited with the CLI, which
// knows each object's file.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import * as YAML from 'yaml';
import { AuditMode, Finding, FindingSeverity, auditManifests } from '../../src';
import { main } from '../../src/cli/main';

const NOW = new Date('2026-11-01T00:00:00Z');

interface Located extends Finding { file: string; line: number }

const repos: string[] = [];
afterAll(() => repos.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function repo(files: Record<string, unknown[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-repo-'));
  repos.push(dir);
  for (const [file, objects] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), objects.map((o) => YAML.stringify(o)).join('---\n'));
  }
  return dir;
}

function auditCli(args: string[]): { status: number; findings: Located[]; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main(['audit', '--format', 'json', ...args], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => '' });
  return { status, findings: JSON.parse(stdout || '[]'), stdout, stderr };
}

const rel = (dir: string, findings: Located[]) => findings.map((f) => ({ ...f, file: path.relative(dir, f.file) }));

/** A cert-manager Certificate as home-lab repositories write it: no namespace, Flux variables. */
function certificate(name: string, secretName: string, dnsNames: string[], extra: Record<string, unknown> = {}): any {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name, ...extra },
    spec: { secretName, dnsNames, issuerRef: { name: 'letsencrypt-production', kind: 'ClusterIssuer' }, privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' } },
  };
}

const clusterIssuer = (name: string, server = 'https://acme-v02.api.letsencrypt.org/directory', extra: Record<string, unknown> = {}): any => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'ClusterIssuer',
  metadata: { name },
  spec: {
    acme: {
      server,
      email: '${SECRET_ACME_EMAIL}',
      privateKeySecretRef: { name: `${name}-account` },
      solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-token', key: 'api-token' } } }, selector: { dnsZones: ['${SECRET_DOMAIN}'] } }],
      ...extra,
    },
  },
});

describe('TLS-E3: two certificates writing one Secret, decided from what is known', () => {
  test('namespace-less, in different files (two clusters of one repository): a warning that says "may"', () => {
    const dir = repo({
      'clusters/prod/apps/web/certificate.yaml': [certificate('wildcard', 'wildcard-tls', ['example.com', '*.example.com'])],
      'clusters/staging/apps/web/certificate.yaml': [certificate('wildcard-staging', 'wildcard-tls', ['staging.example.com', '*.staging.example.com'])],
    });
    const { status, findings } = auditCli([dir]);
    const e3 = rel(dir, findings).filter((f) => f.ruleId === 'TLS-E3');
    expect(e3).toHaveLength(1);
    expect(e3[0].severity).toBe(FindingSeverity.WARNING);
    expect(e3[0].name).toBe('wildcard-staging');
    expect(e3[0].message).toBe('spec.secretName: Secret "wildcard-tls" may be written twice: this Certificate writes it, '
      + `and so does Certificate wildcard in ${path.join(dir, 'clusters/prod/apps/web/certificate.yaml')}; `
      + 'their namespaces are not both set and they come from different files, so Flux or Kustomize may put them into one namespace (or into different clusters); '
      + 'if they share one, each renewal overwrites the other\'s key and certificate; set metadata.namespace on both, or give each Certificate its own secretName, or merge their dnsNames into one');
    expect(status).toBe(0);
  });

  test('namespace-less in one file, or in one explicit namespace: an error', () => {
    const dir = repo({
      'apps/web/certificates.yaml': [certificate('web', 'web-tls', ['web.example.com']), certificate('api', 'web-tls', ['api.example.com'])],
      'apps/a.yaml': [certificate('a', 'shared-tls', ['a.example.com'], { namespace: 'web' })],
      'apps/b.yaml': [certificate('b', 'shared-tls', ['b.example.com'], { namespace: 'web' })],
      'apps/c.yaml': [certificate('c', 'shared-tls', ['c.example.com'], { namespace: 'other' })],
    });
    const { status, findings } = auditCli([dir]);
    const e3 = rel(dir, findings).filter((f) => f.ruleId === 'TLS-E3');
    expect(e3.map((f) => [f.file, f.name, f.severity])).toEqual([
      ['apps/b.yaml', 'b', 'error'],
      ['apps/web/certificates.yaml', 'web', 'error'],
    ]);
    expect(e3[0].message).toMatch(/^spec\.secretName: Secret "shared-tls" in namespace "web" is written twice: this Certificate writes it, and so does Certificate web\/a; /);
    expect(status).toBe(1);
  });

  test('without file knowledge (auditManifests), namespace-less writers may clash; in an app they do', () => {
    const objects = [certificate('web', 'web-tls', ['web.example.com']), certificate('api', 'web-tls', ['api.example.com'])];
    expect(auditManifests(objects, { now: NOW }).filter((f) => f.ruleId === 'TLS-E3').map((f) => f.severity)).toEqual([FindingSeverity.WARNING]);
    expect(auditManifests(objects, { now: NOW, mode: AuditMode.APP }).filter((f) => f.ruleId === 'TLS-E3').map((f) => f.severity)).toEqual([FindingSeverity.ERROR]);
  });
});

describe('TLS-E1 with namespace-less objects of several clusters', () => {
  test('a host not covered by a certificate that only may write the Secret: a warning, not an error', () => {
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web' },
      spec: { ingressClassName: 'nginx', tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }], rules: [{ host: 'web.example.com', http: { paths: [] } }] },
    };
    const dir = repo({
      'clusters/prod/web/ingress.yaml': [ingress],
      'clusters/staging/web/certificate.yaml': [certificate('web', 'web-tls', ['web.staging.example.com'])],
    });
    const e1 = auditCli([dir]).findings.filter((f) => f.ruleId === 'TLS-E1');
    expect(e1.map((f) => f.severity)).toEqual([FindingSeverity.WARNING]);
    expect(e1[0].message).toMatch(/and the certificates that may write it do not cover that name \(Certificate web cover \[web\.staging\.example\.com\]/);
    const sameFile = repo({ 'web.yaml': [ingress, certificate('web', 'web-tls', ['web.staging.example.com'])] });
    expect(auditCli([sameFile]).findings.filter((f) => f.ruleId === 'TLS-E1').map((f) => f.severity)).toEqual([FindingSeverity.ERROR]);
  });
});

describe('placeholders: Flux post-build variables and leftover template markers are unknown values', () => {
  // The wildcard Certificate of the widespread Flux cluster template, as its repositories write it.
  const fluxCertificate = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: '${SECRET_DOMAIN/./-}' },
    spec: {
      secretName: '${SECRET_DOMAIN/./-}-production-tls',
      issuerRef: { name: 'letsencrypt-production', kind: 'ClusterIssuer' },
      dnsNames: ['${SECRET_DOMAIN}', '*.${SECRET_DOMAIN}'],
    },
  };
  const fluxIngress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'echo', annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-production', 'cert-manager.io/duration': '${CERT_DURATION:=2160h}' } },
    spec: {
      ingressClassName: 'external',
      tls: [{ hosts: ['${HOSTNAME:=echo}.${SECRET_DOMAIN}'], secretName: 'echo-tls' }],
      rules: [{ host: '${HOSTNAME:=echo}.${SECRET_DOMAIN}', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'echo', port: { number: 80 } } } }] } }],
    },
  };
  const helmLeftover = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: '{{ include "app.fullname" . }}', namespace: '{{ .Release.Namespace }}' },
    spec: { secretName: '{{ .Values.tls.secretName }}', issuerRef: { name: '{{ .Values.issuer }}', kind: 'ClusterIssuer' }, dnsNames: ['{{ .Values.host }}'] },
  };

  test('no name, DNS or schema errors; one info per object listing the fields that could not be checked', () => {
    const findings = auditManifests([clusterIssuer('letsencrypt-production'), fluxCertificate, fluxIngress, helmLeftover], { now: NOW });
    expect(findings.filter((f) => f.severity !== FindingSeverity.INFO)).toEqual([]);
    const infos = findings.filter((f) => f.ruleId === 'TLS-PLACEHOLDER');
    expect(infos.map((f) => `${f.kind}/${f.name}`)).toEqual([
      'Certificate/${SECRET_DOMAIN/./-}', 'Certificate/{{ include "app.fullname" . }}', 'ClusterIssuer/letsencrypt-production', 'Ingress/echo',
    ]);
    const cert = infos[0];
    expect(cert.path).toBe('metadata.name');
    expect(cert.message).toBe('these fields hold placeholders filled in after this YAML is written (Flux post-build substitution or a template): '
      + 'metadata.name ("${SECRET_DOMAIN/./-}"), spec.secretName ("${SECRET_DOMAIN/./-}-production-tls"), spec.dnsNames[0] ("${SECRET_DOMAIN}"), spec.dnsNames[1] ("*.${SECRET_DOMAIN}"); '
      + 'the rules that need their values could not check them; audit the rendered output (e.g. `flux build kustomization`, `helm template`) to have them checked');
    expect(infos[1].namespace).toBe('{{ .Release.Namespace }}');
  });

  test('a placeholder where the schema wants a number is unknown, not a schema error', () => {
    const gateway = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'internal', namespace: 'network' },
      spec: { gatewayClassName: 'envoy', listeners: [{ name: 'https', protocol: 'HTTPS', port: '${HTTPS_PORT}', hostname: '*.${SECRET_DOMAIN}', tls: { mode: 'Terminate', certificateRefs: [{ name: 'wildcard-tls' }] } }] },
    };
    expect(auditManifests([gateway], { now: NOW }).map((f) => [f.ruleId, f.path])).toEqual([['TLS-PLACEHOLDER', 'spec.listeners[0].port']]);
    const literal = { ...gateway, spec: { ...gateway.spec, listeners: [{ ...gateway.spec.listeners[0], port: 'https', hostname: '*.example.com' }] } };
    expect(auditManifests([literal], { now: NOW }).filter((f) => f.ruleId === 'CRD-SCHEMA').map((f) => f.path)).toEqual(['spec.listeners[0].port']);
  });

  test('the same objects with the values filled in wrongly are still refused', () => {
    const rendered = { ...fluxCertificate, metadata: { name: 'Example_Com' }, spec: { ...fluxCertificate.spec, secretName: 'example-com-tls', dnsNames: ['example.com', 'app.*.example.com'] } };
    const findings = auditManifests([clusterIssuer('letsencrypt-production'), rendered], { now: NOW });
    expect(findings.filter((f) => f.severity === FindingSeverity.ERROR).map((f) => [f.ruleId, f.path])).toEqual([
      ['CRD-SCHEMA', 'metadata.name'],
      ['TLS-N1', 'spec.dnsNames[1]'],
    ]);
    expect(findings.some((f) => f.ruleId === 'TLS-PLACEHOLDER' && f.kind === 'Certificate')).toBe(false);
  });

  test('infos never fail the audit, not even with --strict', () => {
    const dir = repo({ 'apps/echo/certificate.yaml': [fluxCertificate], 'infrastructure/issuer.yaml': [clusterIssuer('letsencrypt-production')] });
    const strict = auditCli(['--strict', dir]);
    expect(strict.findings.map((f) => [f.kind, f.ruleId, f.severity])).toEqual([['Certificate', 'TLS-PLACEHOLDER', 'info'], ['ClusterIssuer', 'TLS-PLACEHOLDER', 'info']]);
    expect(strict.status).toBe(0);
    let stderr = '';
    main(['audit', dir], { stdout: () => undefined, stderr: (t) => { stderr += t; }, readStdin: () => '' });
    expect(stderr).toContain('2 objects, 0 errors, 0 warnings, 2 infos');
  });
});

describe('TLS-DUPLICATE: one object defined twice, and findings independent of order', () => {
  const staging = clusterIssuer('letsencrypt', 'https://acme-staging-v02.api.letsencrypt.org/directory');
  const production = clusterIssuer('letsencrypt');

  test('in different files (two clusters): info, saying which definition the lookups used', () => {
    const dir = repo({ 'clusters/a/issuer.yaml': [production], 'clusters/b/issuer.yaml': [staging] });
    const { status, findings } = auditCli([dir]);
    const dups = rel(dir, findings).filter((f) => f.ruleId === 'TLS-DUPLICATE');
    // The canonical order (by content) picks the staging definition, whatever the file names.
    expect(dups.map((f) => [f.file, f.severity])).toEqual([['clusters/a/issuer.yaml', 'info']]);
    expect(dups[0].message).toBe(`metadata.name: ClusterIssuer "letsencrypt" is also defined, differently, in ${path.join(dir, 'clusters/b/issuer.yaml')}; `
      + 'that is normal when the files go to different clusters or namespaces, and could not be checked here; if both reach one cluster, the last one applied wins; '
      + 'the cross-object rules check each reference against one of them (for an issuer, the one in the file nearest to the referring object)');
    expect(status).toBe(0);
    const identical = repo({ 'clusters/a/issuer.yaml': [production], 'clusters/b/issuer.yaml': [production] });
    const [same] = auditCli([identical]).findings.filter((f) => f.ruleId === 'TLS-DUPLICATE');
    expect(same.severity).toBe(FindingSeverity.INFO);
    expect(same.message).toMatch(/is also defined, identically, in .*clusters\/a\/issuer\.yaml; that is normal when the files go to different clusters or namespaces, and could not be checked here$/);
  });

  test('in one file: an error when the definitions differ, a warning when they are identical', () => {
    const dir = repo({ 'differ.yaml': [staging, production], 'same.yaml': [certificate('web', 'web-tls', ['web.example.com']), certificate('web', 'web-tls', ['web.example.com'])] });
    const dups = rel(dir, auditCli([dir]).findings).filter((f) => f.ruleId === 'TLS-DUPLICATE');
    expect(dups.map((f) => [f.file, f.kind, f.severity])).toEqual([['differ.yaml', 'ClusterIssuer', 'error'], ['same.yaml', 'Certificate', 'warning']]);
    expect(dups[0].message).toMatch(/^metadata\.name: ClusterIssuer "letsencrypt" is defined twice in .*differ\.yaml, differently; only one of the two can exist in the cluster /);
    expect(dups[1].message).toMatch(/Kustomize \(and Flux\) refuse such a build \("may not add resource with an already registered id"\); remove one copy$/);
  });

  test('a reference is checked against the definition nearest to it: one repository, two clusters', () => {
    // Production solves DNS-01 for the wildcard; staging has only HTTP-01, which cannot.
    const http01Only = { ...staging, spec: { acme: { ...staging.spec.acme, solvers: [{ http01: { ingress: { ingressClassName: 'nginx' } } }] } } };
    const toLetsencrypt = (cert: any) => ({ ...cert, spec: { ...cert.spec, issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' } } });
    const wildcard = toLetsencrypt(certificate('wildcard', 'wildcard-tls', ['example.com', '*.example.com'], { namespace: 'network' }));
    const stagingWildcard = toLetsencrypt(certificate('wildcard', 'wildcard-tls', ['staging.example.com', '*.staging.example.com'], { namespace: 'network' }));
    const dir = repo({
      'clusters/production/infrastructure/issuer.yaml': [{ ...production, spec: { acme: { ...production.spec.acme, solvers: [{ dns01: production.spec.acme.solvers[0].dns01 }] } } }],
      'clusters/production/apps/wildcard.yaml': [wildcard],
      'clusters/staging/infrastructure/issuer.yaml': [http01Only],
      'clusters/staging/apps/wildcard.yaml': [stagingWildcard],
    });
    const x11 = rel(dir, auditCli([dir]).findings).filter((f) => f.ruleId === 'TLS-X11');
    // Only staging's wildcard meets staging's HTTP-01-only issuer.
    expect(x11.map((f) => [f.file, f.path, f.severity])).toEqual([['clusters/staging/apps/wildcard.yaml', 'spec.dnsNames[1]', 'error']]);
  });

  test('one definition is no finding; nor are objects of different namespaces or kinds', () => {
    const objects = [production, certificate('web', 'web-tls', ['web.example.com'], { namespace: 'a' }), certificate('web', 'web-tls', ['web.example.com'], { namespace: 'b' })];
    expect(auditManifests(objects, { now: NOW }).filter((f) => f.ruleId === 'TLS-DUPLICATE')).toEqual([]);
  });

  // Objects that exercise lookups by name: a duplicated issuer (ACME staging against a private
  // CA), certificates naming it, a shared Secret, an Ingress served with it.
  const mixed = [
    staging,
    { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'letsencrypt' }, spec: { ca: { secretName: 'root-ca' } } },
    certificate('wild', 'wild-tls', ['*.example.com'], { namespace: 'web' }),
    { ...certificate('web', 'wild-tls', ['web.example.com'], { namespace: 'web' }), spec: { ...certificate('web', 'wild-tls', ['web.example.com']).spec, duration: '9000h', renewBefore: '720h', issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' } } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'web' },
      spec: { tls: [{ hosts: ['web.example.com', 'api.example.com'], secretName: 'wild-tls' }], rules: [{ host: 'plain.example.com', http: { paths: [] } }] },
    },
  ];

  test('auditManifests gives the same findings, in the same order, for every order of its objects', () => {
    const expected = auditManifests(structuredClone(mixed), { now: NOW });
    expect(expected.length).toBeGreaterThan(3);
    fc.assert(fc.property(fc.shuffledSubarray(mixed, { minLength: mixed.length, maxLength: mixed.length }), (order) => {
      expect(auditManifests(structuredClone(order), { now: NOW })).toEqual(expected);
    }), { numRuns: 60 });
  });

  test('cdk8s-tls audit a b and audit b a print the same findings', () => {
    const dir = repo({ 'a.yaml': mixed.slice(0, 3), 'b.yaml': mixed.slice(3).concat([production]) });
    const ab = auditCli([path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml')]);
    const ba = auditCli([path.join(dir, 'b.yaml'), path.join(dir, 'a.yaml')]);
    expect(ab.findings.length).toBeGreaterThan(3);
    expect(ba.stdout).toBe(ab.stdout);
    expect(ba.status).toBe(ab.status);
  });
});

describe('references from namespace-less objects', () => {
  test('a namespace-less Certificate finds an Issuer of its name in some namespace (it may be the one); an app knows better', () => {
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'internal-ca', namespace: 'apps' }, spec: { ca: { secretName: 'internal-ca' } } };
    const cert = { ...certificate('api', 'api-tls', ['api.apps.svc']), spec: { ...certificate('api', 'api-tls', ['api.apps.svc']).spec, issuerRef: { name: 'internal-ca', kind: 'Issuer' } } };
    expect(auditManifests([issuer, cert], { now: NOW }).filter((f) => f.ruleId === 'TLS-REF1')).toEqual([]);
    const missing = { ...cert, spec: { ...cert.spec, issuerRef: { name: 'other-ca', kind: 'Issuer' } } };
    expect(auditManifests([issuer, missing], { now: NOW }).filter((f) => f.ruleId === 'TLS-REF1').map((f) => f.severity)).toEqual([FindingSeverity.WARNING]);
    expect(auditManifests([issuer, cert], { now: NOW, mode: AuditMode.APP }).filter((f) => f.ruleId === 'TLS-REF1').map((f) => f.severity)).toEqual([FindingSeverity.ERROR]);
  });
});
