import { KubeObject, apiGroupOf, kindOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { celViolations, hasCelRules } from './cel-validation';
import { SCHEMA_GROUPS } from './generated';
import { SchemaViolation, StructuralSchema, blocksCelRules, validateObject } from './openapi';
import { applyDefaults, pruneForCel } from './structural-defaults';
import { dns1123SubdomainErrors } from '../util/names';

export const CRD_SCHEMA_RULE_ID = 'CRD-SCHEMA';

type GroupSchemas = { readonly [kindVersion: string]: object };

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const loadedGroups = new Map<string, GroupSchemas>();

/** The carried CRD schema of `apiVersion`/`kind`, loading its group's module on first use. */
export function crdSchemaOf(apiVersion: string, kind: string): StructuralSchema | undefined {
  const slash = apiVersion.indexOf('/');
  if (slash < 0) return undefined;
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  if (!hasOwn(SCHEMA_GROUPS, group)) return undefined;
  let schemas = loadedGroups.get(group);
  if (!schemas) {
    schemas = SCHEMA_GROUPS[group]();
    loadedGroups.set(group, schemas);
  }
  const key = `${kind}/${version}`;
  return hasOwn(schemas, key) ? schemas[key] as StructuralSchema : undefined;
}

/**
 * What the API server checks against the CRD before any admission webhook runs, in its order:
 * schema defaults are applied; then the OpenAPI schema (types, required fields, enums, patterns,
 * bounds and, as `kubectl apply` does, unknown fields); then, unless the object already has a
 * missing field, a wrong type, a value outside an enum or something too long or too many, the
 * CRD's x-kubernetes-validations (CEL) rules on the object without its unknown fields.
 * Kinds and versions whose schema the library does not carry are passed over.
 */
export const SCHEMA_CHECK: ObjectCheck = (obj, report) => {
  if (apiGroupOf(obj) === '') return;
  const schema = crdSchemaOf(str(obj.apiVersion) ?? '', kindOf(obj));
  if (!schema) return;
  const nameMissing = checkObjectName(obj, report);
  for (const violation of crdViolations(obj, schema, nameMissing)) {
    report.error(CRD_SCHEMA_RULE_ID, violation.path, violation.message);
  }
};

/**
 * The schema and CEL violations of a custom resource against its version's schema, as the API
 * server finds them on create. Shared with the test helper, which checks every synthesized object.
 */
export function crdViolations(obj: unknown, schema: StructuralSchema, nameMissing = false): SchemaViolation[] {
  const { structural, cel } = crdViolationsBySource(obj, schema, nameMissing);
  return [...structural, ...cel];
}

/** The same, the OpenAPI schema's findings apart from the CEL rules' (none when a schema error blocks them). */
export function crdViolationsBySource(
  obj: unknown, schema: StructuralSchema, nameMissing = false,
): { structural: SchemaViolation[]; cel: SchemaViolation[] } {
  const defaulted = applyDefaults(obj, schema);
  const structural = validateObject(defaulted, schema);
  if (nameMissing || !hasCelRules(schema) || blocksCelRules(structural)) return { structural, cel: [] };
  return { structural, cel: celViolations(pruneForCel(defaulted, schema), schema) };
}

/**
 * The API server names custom resources by DNS-1123 subdomains, and an object without a name (or
 * generateName) is refused before its schema is looked at. True when the name is missing, an
 * error that keeps the CEL rules from running.
 */
function checkObjectName(obj: KubeObject, report: Reporter): boolean {
  // metadata that is not an object is the schema layer's finding; no second one about its name
  if (obj.metadata !== undefined && obj.metadata !== null && (typeof obj.metadata !== 'object' || Array.isArray(obj.metadata))) return false;
  const metadata = record(obj.metadata);
  const name = metadata.name;
  if (name === undefined || name === null || name === '') {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') return false;
    report.error(CRD_SCHEMA_RULE_ID, 'metadata.name', 'metadata.name: Required value: name or generateName is required; give the object a name (cdk8s generates one when metadata.name is left unset)');
    return true;
  }
  if (typeof name !== 'string') return false; // the type is the schema layer's finding
  for (const problem of dns1123SubdomainErrors(name)) {
    report.error(CRD_SCHEMA_RULE_ID, 'metadata.name', `metadata.name: Invalid value: ${JSON.stringify(name)}: ${problem}; use lower-case letters, digits, '-' and '.'`);
  }
  return false;
}
