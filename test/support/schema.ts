// The one place tests check synthesized objects against the real schemas: the pinned upstream
// CRDs (crds/, with ajv) for custom resources, and kubernetes-models for core Kubernetes objects.
// Custom resources also go through their CRDs' CEL rules (x-kubernetes-validations), evaluated by
// the rule engine's own CEL evaluation, as the API server would on create.
// An object whose schema is unknown fails: nothing leaves a test unchecked.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { Chart, Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { crdSchemaOf, crdViolationsBySource } from '../../src/rules/schema/schema-check';

const ROOT = path.resolve(__dirname, '..', '..');
const CRD_DIR = path.join(ROOT, 'crds');

interface CrdVersion { group: string; version: string; kind: string; schema: any }

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.yaml')) yield full;
  }
}

let crdIndex: Map<string, CrdVersion> | undefined;
function crdVersions(): Map<string, CrdVersion> {
  if (crdIndex) return crdIndex;
  crdIndex = new Map();
  for (const file of walk(CRD_DIR)) {
    for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const crd = doc.toJSON();
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const v of crd.spec.versions) {
        const key = `${crd.spec.group}/${v.name}/${crd.spec.names.kind}`;
        crdIndex.set(key, { group: crd.spec.group, version: v.name, kind: crd.spec.names.kind, schema: v.schema.openAPIV3Schema });
      }
    }
  }
  return crdIndex;
}

// Go regexes may open with the inline flag (?i) (after an optional ^), which JavaScript rejects:
// strip it and use flag i.
const GO_CASE_INSENSITIVE = /^(\^?)\(\?i\)/;
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  validateFormats: false,
  code: {
    regExp: ((pattern: string, flags: string) => GO_CASE_INSENSITIVE.test(pattern)
      ? new RegExp(pattern.replace(GO_CASE_INSENSITIVE, '$1'), `${flags}i`)
      : new RegExp(pattern, flags)) as any,
  },
});
const compiled = new Map<string, ValidateFunction>();

function crdProblems(obj: any, group: string, version: string, kind: string): string[] | undefined {
  const key = `${group}/${version}/${kind}`;
  const crd = crdVersions().get(key);
  if (!crd) return undefined;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(crd.schema);
    compiled.set(key, validate);
  }
  if (!validate(obj)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${e.params ? JSON.stringify(e.params) : ''}`);
  }
  return celProblems(obj);
}

/** The CRD's CEL rules, run by the rule engine on an object the schema accepts. */
function celProblems(obj: any): string[] {
  const schema = crdSchemaOf(obj.apiVersion, obj.kind);
  if (!schema) throw new Error(`the rule engine carries no schema for ${obj.apiVersion} ${obj.kind}: run npx projen import`);
  return crdViolationsBySource(obj, schema).cel.map((v) => `CEL ${v.message}`);
}

function coreProblems(obj: any, group: string, version: string, kind: string): string[] | undefined {
  const modulePath = group === '' ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
  let Model: any;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Model = require(modulePath)[kind];
  } catch {
    return undefined;
  }
  if (!Model) return undefined;
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    return [String((e as Error).message)];
  }
}

/** Schema problems of one object; throws when no schema is known for its kind. */
export function schemaProblems(obj: any): string[] {
  const apiVersion: string = obj?.apiVersion ?? '';
  const kind: string = obj?.kind ?? '';
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const problems = crdProblems(obj, group, version, kind) ?? coreProblems(obj, group, version, kind);
  if (problems === undefined) {
    throw new Error(`no schema known for ${apiVersion} ${kind}: add its CRD to crds/ or use a core kind`);
  }
  return problems;
}

/** Fails (throws) when any object does not match its schema. */
export function expectSchemaValid(objects: readonly any[]): void {
  const failures: string[] = [];
  for (const obj of objects) {
    const problems = schemaProblems(obj);
    if (problems.length) {
      failures.push(`${obj.kind} ${obj.metadata?.namespace ?? ''}/${obj.metadata?.name}:\n    ${problems.join('\n    ')}`);
    }
  }
  if (failures.length) {
    throw new Error(`objects do not match their schema:\n  ${failures.join('\n  ')}`);
  }
}

/** Synthesizes a chart (running every validation of its app) and checks every object's schema. */
export function synthValid(chart: Chart): any[] {
  const objects = Testing.synth(chart);
  expectSchemaValid(objects);
  return objects;
}

/** Objects of one kind (and name, when given) from synthesized output. */
export function objectsOf(objects: readonly any[], kind: string, name?: string): any[] {
  return objects.filter((o) => o.kind === kind && (name === undefined || o.metadata?.name === name));
}

/** The one object of a kind (and name); fails when there is not exactly one. */
export function objectOf(objects: readonly any[], kind: string, name?: string): any {
  const found = objectsOf(objects, kind, name);
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0];
}
