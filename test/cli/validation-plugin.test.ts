import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { TlsValidation } from '../../src';
import { synthExampleSync } from '../support/example-synth';
import { expectSchemaValid } from '../support/schema';

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-plugin-'));

/** What cdk8s-cli hands a plugin: manifests, parseManifest and a report (see cdk8s-cli plugins/validation). */
class FakeContext {
  readonly violations: any[] = [];
  status?: string;
  metadata?: Record<string, string>;
  readonly report = {
    addViolation: (v: any) => { this.violations.push(v); },
    submit: (status: string, metadata?: Record<string, string>) => { this.status = status; this.metadata = metadata; },
  };
  constructor(readonly manifests: string[]) {}
  parseManifest(file: string): any[] {
    return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS());
  }
}

function manifest(name: string, objects: any[]): string {
  expectSchemaValid(objects);
  const file = path.join(DIR, name);
  fs.writeFileSync(file, objects.map((o) => YAML.stringify(o)).join('---\n'));
  return file;
}

const certificate = (size: number, annotations?: Record<string, string>) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'shop', ...(annotations ? { annotations } : {}) },
  spec: { secretName: 'web-tls', issuerRef: { name: 'shop-ca', kind: 'Issuer' }, dnsNames: ['web.shop.svc'], privateKey: { algorithm: 'RSA', size } },
});
const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'shop-ca', namespace: 'shop' }, spec: { ca: { secretName: 'shop-ca' } } };

describe('TlsValidation (cdk8s validation plugin)', () => {
  test('a clean app passes with no violations', async () => {
    const context = new FakeContext([manifest('clean.yaml', [issuer, certificate(3072)])]);
    await new TlsValidation().validate(context);
    expect(context.status).toBe('success');
    expect(context.violations).toEqual([]);
    expect(context.metadata).toMatchObject({ Objects: '2', Errors: '0' });
  });

  test('a rejected object fails, reported per rule with the object, the field and the fix', async () => {
    const file = manifest('weak.yaml', [issuer, certificate(1024)]);
    const context = new FakeContext([file]);
    await new TlsValidation().validate(context);
    expect(context.status).toBe('failure');
    expect(context.violations).toHaveLength(1);
    const [violation] = context.violations;
    expect(violation.ruleName).toMatch(/^\[CM-C20\] error: spec\.privateKey\.size/);
    expect(violation.fix).toContain('docs/rules.md#cm-c20');
    expect(violation.violatingResources).toEqual([{
      resourceName: 'web',
      manifestPath: file,
      locations: [expect.stringMatching(/^error: spec\.privateKey\.size: Invalid value: 1024: must be between 2048 and 8192/)],
    }]);
  });

  test('failOn, the config file and the ignore annotation apply as in audit', async () => {
    const warningOnly = manifest('warn.yaml', [issuer, { ...certificate(3072), spec: { ...certificate(3072).spec, privateKey: { algorithm: 'RSA', size: 3072, rotationPolicy: 'Never' } } }]);
    const lenient = new FakeContext([warningOnly]);
    await new TlsValidation().validate(lenient);
    expect(lenient.status).toBe('success');
    expect(lenient.violations.map((v) => v.ruleName)).toEqual([expect.stringMatching(/^\[TLS-X2\] warning/)]);
    const strict = new FakeContext([warningOnly]);
    await new TlsValidation({ failOn: 'warning' }).validate(strict);
    expect(strict.status).toBe('failure');

    const config = path.join(DIR, 'plugin.cdk8s-tls.yaml');
    fs.writeFileSync(config, 'rules:\n  CM-C20: warning\n');
    const overridden = new FakeContext([manifest('weak2.yaml', [issuer, certificate(1024)])]);
    await new TlsValidation({ config }).validate(overridden);
    expect(overridden.status).toBe('success');
    expect(overridden.metadata).toMatchObject({ Config: config, Warnings: '1' });

    const suppressed = new FakeContext([manifest('ignored.yaml', [issuer, certificate(1024, { 'cdk8s-tls/ignore': 'CM-C20: lab cluster with an old HSM' })])]);
    await new TlsValidation().validate(suppressed);
    expect(suppressed.status).toBe('success');
  });

  test('bad properties are refused when cdk8s-cli instantiates the plugin', () => {
    expect(() => new TlsValidation({ failOn: 'sometimes' })).toThrow('failOn must be error, warning or never');
    expect(() => new TlsValidation({ mode: 'cluster' })).toThrow('mode must be audit or app');
    expect(() => new TlsValidation({ now: 'yesterday' })).toThrow('now must be an ISO date');
  });
});

describe('examples/validate-any-app under the real cdk8s synth', () => {
  test('reports the planted mistake (an RSA 1024 key in an imported Certificate) and fails', () => {
    const out = fs.mkdtempSync(path.join(DIR, 'synth-'));
    const result = synthExampleSync('validate-any-app', out);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Validation Report');
    expect(output).toMatch(/\[CM-C20\] error: spec\.privateKey\.size/);
    expect(output).toContain('Resource Name: web');
    expect(output).toContain('Construct Path: shop/web-tls');
    expect(output).toContain('Validation failed');
    expect(result.status).not.toBe(0);
    // Only the planted mistake: the cdk8s-plus objects raise nothing.
    expect(output.match(/\(\d+ occurrences\)/g)).toEqual(['(1 occurrences)']);
  }, 240_000);
});
