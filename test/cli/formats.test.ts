import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import * as YAML from 'yaml';
import { escapeGithubData, escapeGithubProperty } from '../../src/cli/formats';
import { main } from '../../src/cli/main';
import { ruleHelpUri } from '../../src/rules/catalogue';
import { synthExampleSync } from '../support/example-synth';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'audit');
const fixture = (name: string) => path.join(FIXTURES, name);
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-formats-'));
const write = (name: string, text: string) => {
  const file = path.join(DIR, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: () => stdin });
  return { status, stdout, stderr };
}

/** Microsoft's copy of the official SARIF 2.1.0 schema (draft-04; ajv 8 reads it once `id` is `$id`). */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(schema);
}

// The example apps' real output: a cert-manager admission error and warnings, several objects.
const MIXED = [fs.readFileSync(fixture('rejected.yaml'), 'utf8'), fs.readFileSync(fixture('warning-only.yaml'), 'utf8')].join('\n---\n');

describe('--format sarif', () => {
  test('is valid SARIF 2.1.0 with rules, field locations and logical locations', () => {
    const file = write('mixed.yaml', MIXED);
    const result = run(['audit', '--format', 'sarif', file]);
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout);
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    const rule = run0.tool.driver.rules.find((r: any) => r.id === 'CM-C20');
    expect(rule).toMatchObject({ helpUri: ruleHelpUri('CM-C20'), defaultConfiguration: { level: 'error' } });
    expect(rule.shortDescription.text).toContain('spec.privateKey.size');
    const c20 = run0.results.find((r: any) => r.ruleId === 'CM-C20');
    expect(run0.tool.driver.rules[c20.ruleIndex].id).toBe('CM-C20');
    expect(c20.locations[0].physicalLocation.region).toEqual({ startLine: 22, startColumn: 5 });
    expect(c20.locations[0].logicalLocations[0]).toMatchObject({
      fullyQualifiedName: 'Certificate pki/weak:spec.privateKey.size',
      properties: { kind: 'Certificate', namespace: 'pki', name: 'weak', path: 'spec.privateKey.size' },
    });
    expect(c20.message.text.endsWith(`(${ruleHelpUri('CM-C20')})`)).toBe(true);
    expect(run0.results.find((r: any) => r.ruleId === 'TLS-X2').level).toBe('warning');
  });

  test('an invalid log fails the schema (the validator is not a no-op)', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});

describe('--format github', () => {
  /** Parses a workflow command back, undoing GitHub's escaping. */
  function parse(line: string) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (!m) throw new Error(`not a workflow command: ${line}`);
    const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const props = Object.fromEntries(m[2].split(',').map((p) => {
      const eq = p.indexOf('=');
      return [p.slice(0, eq), unescape(p.slice(eq + 1))];
    }));
    return { command: m[1], props, message: unescape(m[3]) };
  }

  test('one command per finding, on the field\'s line and column, parsed back', () => {
    const file = write('dir, with: comma/mixed.yaml', MIXED);
    const result = run(['audit', '--format', 'github', file]);
    expect(result.status).toBe(1);
    const commands = result.stdout.trim().split('\n').map(parse);
    const c20 = commands.find((c) => c.props.title === 'CM-C20')!;
    expect(c20).toMatchObject({ command: 'error', props: { file, line: '22', col: '5', title: 'CM-C20' } });
    expect(c20.message).toMatch(/^Certificate pki\/weak: spec\.privateKey\.size: .*must be between 2048 and 8192/);
    expect(commands.find((c) => c.props.title === 'TLS-X2')!.command).toBe('warning');
  });

  test('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeGithubData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeGithubProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
  });
});

describe('--format junit', () => {
  test('one test case per object, a failure per finding, well-formed XML', () => {
    const file = write('junit.yaml', fs.readFileSync(fixture('rejected.yaml'), 'utf8'));
    const result = run(['audit', '--format', 'junit', file]);
    expect(result.status).toBe(1);
    // The yaml package's parser does not read XML; a strict round trip through a real XML parser:
    const xmlParsed = parseXml(result.stdout);
    const suite = xmlParsed.children[0];
    expect(xmlParsed.name).toBe('testsuites');
    expect(suite.name).toBe('testsuite');
    const cases = suite.children.filter((c) => c.name === 'testcase');
    expect(cases.length).toBe(Number(suite.attributes.tests));
    const weak = cases.find((c) => c.attributes.name.startsWith('Certificate pki/weak'))!;
    expect(weak.children.map((f) => f.attributes.type)).toContain('CM-C20');
    const clean = cases.find((c) => c.attributes.name.startsWith('Issuer pki/bootstrap'))!;
    expect(clean.children).toEqual([]);
    expect(Number(suite.attributes.failures)).toBe(cases.filter((c) => c.children.length).length);
  });
});

/** A small strict XML reader for the test: elements, attributes, text; throws on malformed input. */
interface XmlElement { name: string; attributes: Record<string, string>; children: XmlElement[] }
function parseXml(text: string): XmlElement {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [{ name: '#root', attributes: {}, children: [] }];
  const token = /<\/?([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const entity = (s: string) => {
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(s)) throw new Error(`bad entity in ${s}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
  };
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = token.exec(body))) {
    end = token.lastIndex;
    if (m[4] !== undefined) {
      entity(m[4]);
      continue;
    }
    if (m[0].startsWith('</')) {
      const open = stack.pop()!;
      if (open.name !== m[1]) throw new Error(`</${m[1]}> closes <${open.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w-]+)="([^"]*)"/g)) attributes[a[1]] = entity(a[2]);
    const element = { name: m[1], attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!m[3]) stack.push(element);
  }
  if (end !== body.length || stack.length !== 1) throw new Error(`malformed XML at ${end}`);
  return stack[0].children[0];
}

describe('every format on the real output of an example', () => {
  // examples/letsencrypt-ingress synthesized with the real cdk8s synth, next to a planted mistake.
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(DIR, 'example-'));
    const synth = synthExampleSync('letsencrypt-ingress', path.join(dir, 'dist'));
    if (synth.status !== 0) throw new Error(`cdk8s synth failed: ${synth.stderr}`);
    fs.copyFileSync(fixture('rejected.yaml'), path.join(dir, 'planted.yaml'));
  }, 240_000);

  test('SARIF validates, GitHub commands parse back, JUnit lists every object', () => {
    const json = JSON.parse(run(['audit', '--format', 'json', '--fail-on', 'never', dir]).stdout);
    expect(json.map((f: any) => f.ruleId)).toContain('CM-C20');

    const log = JSON.parse(run(['audit', '--format', 'sarif', dir]).stdout);
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results).toHaveLength(json.length);

    const github = run(['audit', '--format', 'github', dir]).stdout.trim().split('\n');
    expect(github).toHaveLength(json.length);
    for (const line of github) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+/);

    const junitXml = parseXml(run(['audit', '--format', 'junit', dir]).stdout);
    const cases = junitXml.children.flatMap((suite) => suite.children);
    const objects = fs.readdirSync(path.join(dir, 'dist')).flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, 'dist', f), 'utf8')))
      .filter((d) => d.toJS()?.kind).length + 2;
    expect(cases).toHaveLength(objects);
    expect(junitXml.attributes.failures).toBe(String(cases.filter((c) => c.children.length).length));
  });
});

describe('exit status and output options', () => {
  const WARNINGS = fixture('warning-only.yaml');

  test('--fail-on: error (default) passes warnings, warning fails them, never always passes', () => {
    expect(run(['audit', WARNINGS]).status).toBe(0);
    expect(run(['audit', '--fail-on', 'error', WARNINGS]).status).toBe(0);
    expect(run(['audit', '--fail-on', 'warning', WARNINGS]).status).toBe(1);
    expect(run(['audit', '--fail-on=warning', WARNINGS]).status).toBe(1);
    expect(run(['audit', '--strict', WARNINGS]).status).toBe(1);
    expect(run(['audit', '--fail-on', 'never', fixture('rejected.yaml')]).status).toBe(0);
    expect(run(['audit', '--fail-on', 'error', fixture('rejected.yaml')]).status).toBe(1);
    expect(run(['audit', '--fail-on', 'sometimes', WARNINGS]).stderr).toContain('--fail-on takes error, warning, never; got "sometimes"');
  });

  test('--quiet drops the summary, not the findings', () => {
    const loud = run(['audit', fixture('rejected.yaml')]);
    const quiet = run(['audit', '--quiet', fixture('rejected.yaml')]);
    expect(loud.stderr).toMatch(/objects, 1 errors/);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });

  test('a directory without YAML, or with only non-Kubernetes YAML, exits 2 with a message', () => {
    const empty = fs.mkdtempSync(path.join(DIR, 'empty-'));
    fs.writeFileSync(path.join(empty, 'README.md'), '# not yaml\n');
    const none = run(['audit', empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`no YAML files (*.yaml, *.yml) in ${empty}`);
    const values = fs.mkdtempSync(path.join(DIR, 'values-'));
    fs.writeFileSync(path.join(values, 'values.yaml'), 'replicaCount: 2\nimage: {tag: v1}\n');
    const other = run(['audit', values]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('no Kubernetes objects (YAML documents with apiVersion and kind)');
    // One Kubernetes object among other YAML is audited normally.
    fs.writeFileSync(path.join(values, 'issuer.yaml'), 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: x, namespace: y}\nspec: {selfSigned: {}}\n');
    expect(run(['audit', values]).status).toBe(0);
  });

  test('an unquoted *.example.com is reported at its line as an undefined alias', () => {
    const yaml = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: w, namespace: y}\nspec:\n  secretName: w\n  issuerRef: {name: ca}\n  dnsNames:\n    - *.example.com\n';
    const result = run(['audit', write('alias.yaml', yaml)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/alias\.yaml:8:7: cannot parse YAML: \*\.example\.com is an alias to an anchor that is not defined; .*must be quoted: "\*\.example\.com"/);
    const quoted = run(['audit', write('quoted.yaml', yaml.replace('- *.example.com', '- "*.example.com"'))]);
    expect(quoted.stderr).not.toContain('cannot parse');
  });

  test('nothing from Node\'s own warnings reaches stderr', () => {
    const preload = write('warn.js', "process.emitWarning('a Node warning', 'DeprecationWarning');\n");
    const bin = path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', preload, bin, 'audit', '--quiet', fixture('clean.yaml')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // The same preload without the CLI does print: the test would catch a regression.
    const plain = spawnSync(process.execPath, ['-r', preload, '-e', '0'], { encoding: 'utf8' });
    expect(plain.stderr).toContain('a Node warning');
  });

  test('every finding of the text format carries its field position and catalogue link', () => {
    const result = run(['audit', fixture('warning-only.yaml')]);
    for (const line of result.stdout.trim().split('\n')) {
      expect(line).toMatch(/^\S+:\d+:\d+: (error|warning|info) \[[A-Z0-9-]+\] .* \(https:\/\/github\.com\/cdk8s-tls\/cdk8s-tls\/blob\/main\/docs\/rules\.md#[a-z0-9-]+\)$/);
    }
  });
});
