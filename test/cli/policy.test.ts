import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import * as YAML from 'yaml';
import { Certificate, RotationPolicy, RuleSuppressions, SelfSignedIssuer, TlsIngress, TlsSource } from '../../src';
import { main } from '../../src/cli/main';
import { ConfigError, globToRegExp, parseConfig, parseSuppressions } from '../../src/rules/policy';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'audit');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-policy-'));

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

/** A fresh directory holding `files` (name -> text). */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(DIR, 'repo-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const ISSUER = (annotations = '') => `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt
${annotations ? `  annotations:\n${annotations}\n` : ''}spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef: {name: letsencrypt-account}
    solvers:
      - http01: {ingress: {ingressClassName: nginx}}
`;
const REJECTED = fs.readFileSync(path.join(FIXTURES, 'rejected.yaml'), 'utf8');

describe('cdk8s-tls/ignore annotation', () => {
  test('grammar: ids and reason per entry, entries split by newlines or ;', () => {
    expect(parseSuppressions('TLS-X13: issuer email managed by the ACME account owner; cm-c20, TLS-X2: lab only\n\nTLS-E4')).toEqual({
      suppressions: [
        { ruleId: 'TLS-X13', reason: 'issuer email managed by the ACME account owner' },
        { ruleId: 'CM-C20', reason: 'lab only' },
        { ruleId: 'TLS-X2', reason: 'lab only' },
        { ruleId: 'TLS-E4', reason: '' },
      ],
      unreadable: [],
    });
    expect(parseSuppressions('email is fine: really').unreadable).toEqual(['email is fine: really']);
  });

  test('a suppression with a reason silences the rule on that object only', () => {
    const annotated = ISSUER('    cdk8s-tls/ignore: "TLS-X13: issuer email managed by the ACME account owner"');
    const before = run(['audit', '--fail-on', 'warning', '-'], ISSUER());
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('[TLS-X13]');
    const after = run(['audit', '--fail-on', 'warning', '-'], annotated);
    expect(after.stdout).toBe('');
    expect(after.status).toBe(0);
    // Another object without the annotation is still reported.
    const both = run(['audit', '-'], `${annotated}---\n${ISSUER().replace('name: letsencrypt\n', 'name: other\n')}`);
    expect(both.stdout).toMatch(/\[TLS-X13\] ClusterIssuer other:/);
    expect(both.stdout).not.toMatch(/ClusterIssuer letsencrypt:/);
  });

  test('a suppression without a reason still silences the rule, and is itself a warning', () => {
    const result = run(['audit', '--fail-on', 'warning', '-'], ISSUER('    cdk8s-tls/ignore: TLS-X13'));
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('[TLS-X13]');
    expect(result.stdout).toMatch(/<stdin>:6:5: warning \[TLS-S1\] ClusterIssuer letsencrypt: metadata\.annotations\.cdk8s-tls\/ignore: TLS-X13 is suppressed without a reason/);
  });

  test('an entry without a rule id is reported and suppresses nothing; TLS-S1 cannot silence itself', () => {
    const unreadable = run(['audit', '-'], ISSUER('    cdk8s-tls/ignore: "email: handled"'));
    expect(unreadable.stdout).toContain('[TLS-X13]');
    expect(unreadable.stdout).toMatch(/warning \[TLS-S2\] .*"email: handled" names no rule id/);
    const self = run(['audit', '-'], ISSUER('    cdk8s-tls/ignore: "TLS-X13; TLS-S1"'));
    expect(self.stdout).toContain('[TLS-S1]');
  });
});

describe('.cdk8s-tls.yaml', () => {
  test('found upward from the audited path: severity overrides and off', () => {
    const repo = tree({
      '.cdk8s-tls.yaml': 'rules:\n  TLS-X13: error\n  CM-C20: "off"\n',
      'deploy/prod/issuer.yaml': ISSUER(),
      'deploy/prod/cert.yaml': REJECTED,
    });
    const result = run(['audit', path.join(repo, 'deploy', 'prod')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error \[TLS-X13\] ClusterIssuer letsencrypt/);
    expect(result.stdout).not.toContain('[CM-C20]');
    // Without the file, the defaults hold.
    const elsewhere = tree({ 'issuer.yaml': ISSUER() });
    expect(run(['audit', elsewhere]).stdout).toMatch(/warning \[TLS-X13\]/);
  });

  test('--config names the file; path and namespace excludes', () => {
    const repo = tree({
      'lint.yaml': 'exclude:\n  paths: ["legacy/**", "**/*.generated.yaml"]\n  namespaces: [pki]\n',
      'legacy/cert.yaml': REJECTED.replace(/namespace: pki/g, 'namespace: legacy'),
      'app/x.generated.yaml': REJECTED.replace(/namespace: pki/g, 'namespace: gen'),
      'app/pki.yaml': REJECTED,
      'app/shop.yaml': REJECTED.replace(/namespace: pki/g, 'namespace: shop'),
    });
    const result = run(['audit', '--config', path.join(repo, 'lint.yaml'), repo]);
    expect(result.stdout).toMatch(/shop\.yaml:\d+:\d+: error \[CM-C20\] Certificate shop\/weak/);
    expect(result.stdout).not.toMatch(/legacy|generated|pki\//);
    expect(result.status).toBe(1);
  });

  test('an unknown key, an unknown rule or a bad severity is an error naming it (exit 2)', () => {
    expect(() => parseConfig('rules: {}\nexcludes: {paths: []}\n', 'c.yaml')).toThrow('c.yaml: unknown key "excludes" (known: rules, exclude)');
    expect(() => parseConfig('exclude: {path: [a]}\n', 'c.yaml')).toThrow('c.yaml: unknown key "exclude.path" (known: paths, namespaces)');
    expect(() => parseConfig('rules: {TLS-X99: "off"}\n', 'c.yaml')).toThrow("c.yaml: rules.TLS-X99: no such rule; 'cdk8s-tls rules' lists them");
    expect(() => parseConfig('rules: {TLS-X13: loud}\n', 'c.yaml')).toThrow('c.yaml: rules.TLS-X13: must be one of error, warning, info, off');
    expect(() => parseConfig('rules: [a]\n', 'c.yaml')).toThrow(ConfigError);
    const repo = tree({ '.cdk8s-tls.yaml': 'rule: {}\n', 'i.yaml': ISSUER() });
    const result = run(['audit', repo]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.cdk8s-tls.yaml: unknown key "rule"');
    expect(parseConfig('', 'empty.yaml')).toMatchObject({ rules: {}, excludePaths: [], excludeNamespaces: [] });
  });

  test('globs: ** spans directories, * and ? do not cross /', () => {
    expect(globToRegExp('legacy/**').test('legacy/a/b.yaml')).toBe(true);
    expect(globToRegExp('**/*.gen.yaml').test('a/b/c.gen.yaml')).toBe(true);
    expect(globToRegExp('**/*.gen.yaml').test('c.gen.yaml')).toBe(true);
    expect(globToRegExp('*.yaml').test('a/b.yaml')).toBe(false);
    expect(globToRegExp('dist/').test('dist/x/y.yaml')).toBe(true);
    expect(globToRegExp('a?.yaml').test('ab.yaml')).toBe(true);
  });
});

describe('--baseline and --write-baseline', () => {
  test('a saved baseline hides the findings it holds, even after lines move; new findings show', () => {
    const repo = tree({ 'cert.yaml': REJECTED, 'issuer.yaml': ISSUER() });
    const baseline = path.join(repo, 'baseline.json');
    const written = run(['audit', '--write-baseline', baseline, repo]);
    expect(written.status).toBe(0);
    expect(written.stderr).toMatch(/wrote \d+ findings to/);
    const saved = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(saved.findings.map((f: any) => f.fingerprint)).toContain('CM-C20|Certificate|pki|weak|spec.privateKey.size');
    expect(JSON.stringify(saved)).not.toMatch(/"line"/);

    // Lines move (a comment on top); nothing new: clean.
    fs.writeFileSync(path.join(repo, 'cert.yaml'), `# moved\n# down\n${REJECTED}`);
    const same = run(['audit', '--baseline', baseline, '--fail-on', 'warning', repo]);
    expect(same.stdout).toBe('');
    expect(same.status).toBe(0);

    // A new mistake is reported, the old ones are not.
    fs.writeFileSync(path.join(repo, 'new.yaml'), REJECTED.replace(/name: weak/, 'name: weaker'));
    const fresh = run(['audit', '--baseline', baseline, repo]);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toMatch(/\[CM-C20\] Certificate pki\/weaker/);
    expect(fresh.stdout).not.toMatch(/Certificate pki\/weak:/);
  });

  test('a saved --format json report works as a baseline; a bad file exits 2', () => {
    const repo = tree({ 'cert.yaml': REJECTED });
    const report = path.join(DIR, `report-${Date.now()}.json`);
    fs.writeFileSync(report, run(['audit', '--format', 'json', repo]).stdout);
    expect(run(['audit', '--baseline', report, repo]).status).toBe(0);
    const bad = path.join(DIR, 'bad-baseline.json');
    fs.writeFileSync(bad, '{"findings": 3}');
    const result = run(['audit', '--baseline', bad, repo]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not a baseline');
  });
});

describe('RuleSuppressions.add (constructs)', () => {
  function chart(context: Record<string, string> = {}) {
    const app = Testing.app();
    app.node.setContext('cdk8s-tls:warnings', 'error');
    app.node.setContext('cdk8s-tls:config', 'none');
    for (const [key, value] of Object.entries(context)) app.node.setContext(key, value);
    return new Chart(app, 'test', { namespace: 'shop' });
  }

  test('the same decision holds at synth and in audit of the synthesized YAML', () => {
    const failing = chart();
    new Certificate(failing, 'web', { issuer: new SelfSignedIssuer(failing, 'ss'), dnsNames: ['web.shop.svc'], privateKey: { rotationPolicy: RotationPolicy.NEVER } });
    expect(synthError(failing)).toMatch(/\[TLS-X2\] spec\.privateKey\.rotationPolicy/);

    const c = chart();
    const cert = new Certificate(c, 'web', { issuer: new SelfSignedIssuer(c, 'ss'), dnsNames: ['web.shop.svc'], privateKey: { rotationPolicy: RotationPolicy.NEVER } });
    expect(RuleSuppressions.add(cert, 'TLS-X2', 'the legacy client pins the public key')).toBe(1);
    const objects = synthValid(c);
    const written = objectOf(objects, 'Certificate');
    expect(written.metadata.annotations['cdk8s-tls/ignore']).toBe('TLS-X2: the legacy client pins the public key');
    const audited = run(['audit', '--fail-on', 'warning', '-'], objects.map((o) => YAML.stringify(o)).join('---\n'));
    expect(audited.stdout).not.toContain('TLS-X2');
    expect(audited.status).toBe(0);
  });

  test('synth reads the same config file (context key cdk8s-tls:config): a rule turned off no longer fails it', () => {
    const config = path.join(tree({ '.cdk8s-tls.yaml': 'rules:\n  TLS-X2: "off"\n' }), '.cdk8s-tls.yaml');
    const c = chart({ 'cdk8s-tls:config': config });
    new Certificate(c, 'web', { issuer: new SelfSignedIssuer(c, 'ss'), dnsNames: ['web.shop.svc'], privateKey: { rotationPolicy: RotationPolicy.NEVER } });
    expect(objectOf(synthValid(c), 'Certificate').spec.privateKey.rotationPolicy).toBe('Never');
    const raised = chart({ 'cdk8s-tls:warnings': 'print', 'cdk8s-tls:config': path.join(tree({ 'c.yaml': 'rules:\n  TLS-X2: error\n' }), 'c.yaml') });
    new Certificate(raised, 'web', { issuer: new SelfSignedIssuer(raised, 'ss'), dnsNames: ['web.shop.svc'], privateKey: { rotationPolicy: RotationPolicy.NEVER } });
    expect(synthError(raised)).toMatch(/\[TLS-X2\]/);
  });

  test('construct.suppress() also covers objects the construct creates after the call', () => {
    const build = (suppress: boolean) => {
      const c = chart();
      const issuer = new SelfSignedIssuer(c, 'ss');
      const ingress = new TlsIngress(c, 'web', { tls: TlsSource.certificate(issuer, { privateKey: { rotationPolicy: RotationPolicy.NEVER } }) });
      if (suppress) ingress.suppress('TLS-X2', 'the legacy client pins the public key');
      // The Certificate is created here, after the suppression.
      const backend = plus.IngressBackend.fromService(new plus.Service(c, 'svc', { ports: [{ port: 80 }] }));
      ingress.addHost('web.example.com', { backend });
      return c;
    };
    expect(synthError(build(false))).toMatch(/\[TLS-X2\] spec\.privateKey\.rotationPolicy/);
    const objects = synthValid(build(true));
    expect(objectOf(objects, 'Certificate').metadata.annotations['cdk8s-tls/ignore']).toBe('TLS-X2: the legacy client pins the public key');
    expect(objectOf(objects, 'Ingress').metadata.annotations['cdk8s-tls/ignore']).toBe('TLS-X2: the legacy client pins the public key');
  });

  test('a second suppression adds a line; a missing reason or a bad id is refused', () => {
    const c = chart();
    const cert = new Certificate(c, 'web', { issuer: new SelfSignedIssuer(c, 'ss'), dnsNames: ['web.shop.svc'] });
    RuleSuppressions.add(cert, 'TLS-X2', 'one');
    RuleSuppressions.add(cert, 'tls-x14', 'two; and more');
    expect(objectOf(synthValid(c), 'Certificate').metadata.annotations['cdk8s-tls/ignore']).toBe('TLS-X2: one\nTLS-X14: two  and more');
    expect(() => RuleSuppressions.add(cert, 'TLS-X2', '  ')).toThrow('suppressing TLS-X2 needs a reason');
    expect(() => RuleSuppressions.add(cert, 'not a rule', 'x')).toThrow('"not a rule" is not a rule id');
  });
});
