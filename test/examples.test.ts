// Every app in examples/ synthesizes with the real `cdk8s synth`, every object matches its
// schema, the rules find no error in the output, and the YAML is the reviewed snapshot.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { auditManifests, FindingSeverity } from '../src';
import { expectSchemaValid } from './support/schema';

const ROOT = path.resolve(__dirname, '..');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  // An example that plants a mistake for the validation plugin fails synth on purpose (see its .synth-fails).
  .filter((e) => !fs.existsSync(path.join(ROOT, 'examples', e.name, '.synth-fails')))
  .map((e) => e.name)
  .sort();

function synthExample(name: string): Record<string, string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `cdk8s-tls-example-${name}-`));
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'cdk8s'), ['synth', '--output', out, '--check-upgrade', 'false'], {
      cwd: path.join(ROOT, 'examples', name),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return Object.fromEntries(fs.readdirSync(out).sort().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

test('there are examples', () => {
  expect(EXAMPLES).toEqual(expect.arrayContaining(['private-ca']));
});

describe.each(EXAMPLES)('examples/%s', (name) => {
  let files: Record<string, string>;
  beforeAll(() => {
    files = synthExample(name);
  });

  test('synthesizes with cdk8s synth into schema-valid objects', () => {
    const objects = Object.values(files).flatMap((text) => YAML.parseAllDocuments(text).map((d) => d.toJS()));
    expect(objects.length).toBeGreaterThan(0);
    expectSchemaValid(objects);
    const errors = auditManifests(objects).filter((f) => f.severity === FindingSeverity.ERROR);
    expect(errors).toEqual([]);
  });

  test('output is the reviewed YAML', () => {
    expect(files).toMatchSnapshot();
  });
});
