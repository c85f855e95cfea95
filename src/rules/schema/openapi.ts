// A structural-schema validator with the semantics and messages of the Kubernetes API server
// (apiextensions-apiserver on top of k8s.io/kube-openapi/pkg/validation), for the CRD schemas in
// ./generated. It never throws on the object it checks: the object is untrusted YAML.
//
// What the API server does and this does too:
// - a null in a field that is not `nullable` is pruned before validation, so it counts as absent;
// - a field the schema does not declare is an error, as `kubectl apply` (field validation Strict)
//   reports it, instead of being dropped silently;
// - x-kubernetes-list-type set/map lists may not hold duplicates (items, resp. map keys);
// - root `metadata` is validated elsewhere by the server: only its type is checked here;
// - `status` of a kind with the status subresource is ignored on create/update of the object.
// What it does not do: validate string formats it can't check exactly (e.g. `hostname`, `uri`).
// Defaults (structural-defaults.ts) and the CEL rules (cel-validation.ts) are separate steps.
import { isRecord } from '../object';
import type { CelRuleSpec } from './cel-validation';
import { ipv4Bytes, ipv6Bytes } from './ip-address';

/** An OpenAPI v3 structural schema as the CRDs carry it, reduced to what validates. */
export interface StructuralSchema {
  readonly 'type'?: string;
  readonly 'format'?: string;
  readonly 'nullable'?: boolean;
  readonly 'enum'?: readonly unknown[];
  readonly 'default'?: unknown;
  readonly 'pattern'?: string;
  readonly 'minLength'?: number;
  readonly 'maxLength'?: number;
  readonly 'minimum'?: number;
  readonly 'exclusiveMinimum'?: boolean;
  readonly 'maximum'?: number;
  readonly 'exclusiveMaximum'?: boolean;
  readonly 'multipleOf'?: number;
  readonly 'minItems'?: number;
  readonly 'maxItems'?: number;
  readonly 'uniqueItems'?: boolean;
  readonly 'x-kubernetes-list-type'?: string;
  readonly 'x-kubernetes-list-map-keys'?: readonly string[];
  readonly 'items'?: StructuralSchema;
  readonly 'minProperties'?: number;
  readonly 'maxProperties'?: number;
  readonly 'required'?: readonly string[];
  readonly 'properties'?: { readonly [name: string]: StructuralSchema };
  readonly 'additionalProperties'?: StructuralSchema | boolean;
  readonly 'x-kubernetes-int-or-string'?: boolean;
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
  readonly 'x-kubernetes-embedded-resource'?: boolean;
  readonly 'allOf'?: readonly StructuralSchema[];
  readonly 'anyOf'?: readonly StructuralSchema[];
  readonly 'oneOf'?: readonly StructuralSchema[];
  readonly 'not'?: StructuralSchema;
  readonly 'x-kubernetes-validations'?: readonly CelRuleSpec[];
  /** Set by scripts/import-crds.js on a version's root when `status` is a subresource. */
  readonly 'x-cdk8s-tls-status-subresource'?: boolean;
}

/** One schema violation: the dotted path of the field and the API server's message, plus a fix when obvious. */
export interface SchemaViolation {
  readonly path: string;
  readonly message: string;
  /** The API server's error type; the ones it calls blocking keep the CEL rules from running. */
  readonly type?: SchemaErrorType;
}

/** apimachinery's field error types the schema layer produces. */
export type SchemaErrorType = 'Required' | 'NotSupported' | 'TooLong' | 'TooMany' | 'TypeInvalid' | 'Invalid' | 'Duplicate' | 'UnknownField';

/**
 * Whether the API server runs the CEL rules after these schema errors (apiextensions-apiserver's
 * hasBlockingErr): not after a missing required field, a value outside an enum, a too long string,
 * too many items or a wrong type, since rules are written for objects without those.
 */
export function blocksCelRules(violations: readonly SchemaViolation[]): boolean {
  return violations.some((v) => v.type === 'Required' || v.type === 'NotSupported' || v.type === 'TooLong' || v.type === 'TooMany' || v.type === 'TypeInvalid');
}

/** Validates a whole object (with apiVersion, kind, metadata) against its version's schema. */
export function validateObject(obj: unknown, schema: StructuralSchema): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  new Walker(out, true).node(obj, schema, '', true);
  return out;
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object' | 'unknown';

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean': return 'boolean';
    case 'string': return 'string';
    case 'number': return Number.isInteger(value) ? 'integer' : 'number';
    case 'object': return 'object';
    default: return 'unknown';
  }
}

/** The value as the API server prints it in a message (Go %q for strings, %v for numbers). */
function showValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return `"${jsonType(value)}"`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function runeLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const patternCache = new Map<string, RegExp | null>();

/**
 * The JavaScript RegExp of a Go (RE2) pattern. Go's leading `(?i)` becomes the `i` flag. A pattern
 * JavaScript can't compile is skipped (null) rather than guessed at.
 */
export function compileGoPattern(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re !== undefined) return re;
  let source = pattern;
  let flags = '';
  const inline = /^(\^?)\(\?i\)/.exec(source);
  if (inline) {
    source = inline[1] + source.slice(inline[0].length);
    flags = 'i';
  }
  try {
    re = new RegExp(source, flags);
  } catch {
    re = null;
  }
  patternCache.set(pattern, re);
  return re;
}

// The formats kube-openapi's registry checks that can be checked exactly here; others pass.
const FORMATS: { readonly [format: string]: (s: string) => boolean } = {
  // strfmt.IsBase64 is Go's base64.StdEncoding.DecodeString, which skips line breaks.
  'byte': (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s.replace(/[\r\n]/g, '')),
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s) && !isNaN(Date.parse(s.replace(' ', 'T'))),
  'date': (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s)),
  'ipv4': (s) => ipv4Bytes(s) !== undefined,
  'ipv6': (s) => s.includes(':') && ipv6Bytes(s) !== undefined,
  'uuid': (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s),
};

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Damerau-free edit distance, enough to spot a misspelt field name. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function child(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** The fix for a failed oneOf/anyOf whose alternatives only require fields, e.g. `set exactly one of: tpp, cloud`. */
function junctionHint(kind: 'oneOf' | 'anyOf', alternatives: readonly StructuralSchema[]): string | undefined {
  const single = (s: StructuralSchema): string | undefined =>
    s.required?.length === 1 && Object.keys(s).length === 1 ? s.required[0] : undefined;
  const fields = alternatives.map(single);
  const named = fields.filter((f): f is string => f !== undefined);
  if (kind === 'anyOf') {
    return named.length === alternatives.length ? `set at least one of: ${named.join(', ')}` : undefined;
  }
  if (named.length === alternatives.length) return `set exactly one of: ${named.join(', ')}`;
  // Gateway API and Istio write "at most one of" as oneOf [not anyOf [required a, required b], required a, required b].
  const rest = alternatives.filter((_, i) => fields[i] === undefined);
  if (rest.length === 1 && rest[0].not?.anyOf && rest[0].not.anyOf.every((s) => single(s) !== undefined)) {
    return `set at most one of: ${named.join(', ')}`;
  }
  return undefined;
}

class Walker {
  constructor(private readonly out: SchemaViolation[], private readonly structural: boolean) {}

  private report(path: string, text: string, fix?: string, type: SchemaErrorType = 'Invalid'): void {
    const shown = path === '' ? '<root>' : path;
    this.out.push({ path, message: `${shown}: ${text}${fix ? `; ${fix}` : ''}`, type });
  }

  private invalid(path: string, value: unknown, detail: string, fix?: string): void {
    this.report(path, `Invalid value: ${showValue(value)}: ${detail}`, fix);
  }

  /** `in body` is what kube-openapi calls the object; paths are the same as the field path. */
  private body(path: string): string {
    return path === '' ? '' : `${path} in body`;
  }

  node(value: unknown, schema: StructuralSchema, path: string, root: boolean): void {
    if (!isRecord(schema)) return;
    if (!this.typeOk(value, schema, path)) return;
    if (value === null) return;
    this.junctions(value, schema, path);
    if (typeof value === 'string') this.string(value, schema, path);
    if (typeof value === 'number') this.number(value, schema, path);
    if (Array.isArray(value)) this.array(value, schema, path);
    this.enumeration(value, schema, path);
    if (isRecord(value)) this.object(value, schema, path, root);
  }

  private typeOk(value: unknown, schema: StructuralSchema, path: string): boolean {
    const expected = schema['x-kubernetes-int-or-string'] ? ['integer', 'string'] : schema.type ? [schema.type] : [];
    if (expected.length === 0) return true;
    const actual = jsonType(value);
    if (actual === 'null' && schema.nullable) return true;
    const ok = expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
    if (ok) return true;
    const wanted = expected.join(',');
    let fix: string | undefined;
    if (typeof value === 'string' && (wanted.startsWith('integer') || wanted === 'number') && value.trim() !== '' && !isNaN(Number(value))) {
      fix = `write ${value} without quotes`;
    } else if (wanted === 'string' && (actual === 'integer' || actual === 'number' || actual === 'boolean')) {
      fix = `quote it: "${String(value)}"`;
    } else if (wanted === 'array' && actual !== 'null') {
      fix = 'write it as a list';
    }
    this.report(path, `Invalid value: "${actual}": ${this.body(path)} must be of type ${wanted}: "${actual}"`, fix, 'TypeInvalid');
    return false;
  }

  private junctions(value: unknown, schema: StructuralSchema, path: string): void {
    const matches = (sub: StructuralSchema) => {
      const scratch: SchemaViolation[] = [];
      new Walker(scratch, false).node(value, sub, path, false);
      return scratch.length === 0;
    };
    const where = path === '' ? '<root>' : path;
    if (schema.allOf && !schema.allOf.every(matches)) {
      this.invalid(path, value, `${where} must validate all the schemas (allOf)`);
    }
    if (schema.anyOf && !schema.anyOf.some(matches)) {
      this.invalid(path, value, `${where} must validate at least one schema (anyOf)`, junctionHint('anyOf', schema.anyOf));
    }
    if (schema.oneOf) {
      const valid = schema.oneOf.filter(matches).length;
      if (valid !== 1) {
        const found = valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`;
        this.invalid(path, value, `${where} must validate one and only one schema (oneOf). ${found}`, junctionHint('oneOf', schema.oneOf));
      }
    }
    if (schema.not && matches(schema.not)) {
      this.invalid(path, value, `${where} must not validate the schema (not)`);
    }
  }

  private string(value: string, schema: StructuralSchema, path: string): void {
    if (typeof schema.maxLength === 'number' && runeLength(value) > schema.maxLength) {
      this.report(path, `Too long: may not be more than ${schema.maxLength} bytes`, undefined, 'TooLong');
    }
    if (typeof schema.minLength === 'number' && runeLength(value) < schema.minLength) {
      this.invalid(path, value, `${this.body(path)} should be at least ${schema.minLength} chars long`,
        schema.minLength === 1 && value === '' ? 'set a value or leave the field out' : undefined);
    }
    if (typeof schema.pattern === 'string') {
      const re = compileGoPattern(schema.pattern);
      if (re && !re.test(value)) this.invalid(path, value, `${this.body(path)} should match '${schema.pattern}'`);
    }
    if (typeof schema.format === 'string' && Object.prototype.hasOwnProperty.call(FORMATS, schema.format) && !FORMATS[schema.format](value)) {
      this.invalid(path, value, `${this.body(path)} must be of type ${schema.format}: ${JSON.stringify(value)}`);
    }
  }

  private number(value: number, schema: StructuralSchema, path: string): void {
    const body = this.body(path);
    if (typeof schema.maximum === 'number') {
      if (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum) {
        this.invalid(path, value, `${body} should be less than ${schema.exclusiveMaximum ? '' : 'or equal to '}${schema.maximum}`);
      }
    }
    if (typeof schema.minimum === 'number') {
      if (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum) {
        this.invalid(path, value, `${body} should be greater than ${schema.exclusiveMinimum ? '' : 'or equal to '}${schema.minimum}`);
      }
    }
    if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0 && !Number.isInteger(value / schema.multipleOf)) {
      this.invalid(path, value, `${body} should be a multiple of ${schema.multipleOf}`);
    }
  }

  private array(value: readonly unknown[], schema: StructuralSchema, path: string): void {
    if (schema.items) {
      value.forEach((item, i) => this.node(item, schema.items!, `${path}[${i}]`, false));
    }
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      this.invalid(path, value.length, `${this.body(path)} should have at least ${schema.minItems} items`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      this.report(path, `Too many: ${value.length}: must have at most ${schema.maxItems} items`, undefined, 'TooMany');
    }
    if (schema.uniqueItems) {
      const dup = value.findIndex((item, i) => value.slice(0, i).some((other) => sameJson(other, item)));
      if (dup >= 0) this.invalid(path, '', `${this.body(path)} shouldn't contain duplicates`, `remove the second ${showValue(value[dup])}`);
    }
    if (!this.structural) return;
    const listType = schema['x-kubernetes-list-type'];
    if (listType === 'set') {
      value.forEach((item, i) => {
        if (value.slice(0, i).some((other) => sameJson(other, item))) {
          this.report(`${path}[${i}]`, `Duplicate value: ${showValue(item)}`, 'list each value once', 'Duplicate');
        }
      });
    } else if (listType === 'map' && schema['x-kubernetes-list-map-keys']) {
      const keys = schema['x-kubernetes-list-map-keys'];
      const keyOf = (item: unknown) => {
        const r = isRecord(item) ? item : {};
        const k: Record<string, unknown> = {};
        for (const name of keys) if (r[name] !== undefined && r[name] !== null) k[name] = r[name];
        return k;
      };
      const seen: unknown[] = [];
      value.forEach((item, i) => {
        const k = keyOf(item);
        if (seen.some((other) => sameJson(other, k))) {
          this.report(`${path}[${i}]`, `Duplicate value: ${showValue(k)}`, `each item needs a distinct ${keys.join('/')}`, 'Duplicate');
        }
        seen.push(k);
      });
    }
  }

  private enumeration(value: unknown, schema: StructuralSchema, path: string): void {
    if (!Array.isArray(schema.enum) || schema.enum.some((allowed) => sameJson(allowed, value))) return;
    const supported = schema.enum.map((v) => (typeof v === 'string' ? JSON.stringify(v) : showValue(v))).join(', ');
    const strings = schema.enum.filter((v): v is string => typeof v === 'string');
    const near = typeof value === 'string' ? strings.find((s) => s.toLowerCase() === value.toLowerCase()) : undefined;
    this.report(path, `Unsupported value: ${showValue(value)}: supported values: ${supported}`, near ? `did you mean ${JSON.stringify(near)}? (values are case-sensitive)` : undefined, 'NotSupported');
  }

  private object(value: Record<string, unknown>, schema: StructuralSchema, path: string, root: boolean): void {
    const count = Object.keys(value).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties) {
      this.invalid(path, count, `${this.body(path)} should have at least ${schema.minProperties} properties`);
    }
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) {
      this.report(path, `Too many: ${count}: must have at most ${schema.maxProperties} items`, undefined, 'TooMany');
    }
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const additional = schema.additionalProperties;
    const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true || additional === true;
    const embedded = schema['x-kubernetes-embedded-resource'] === true;
    const has = (name: string) => Object.prototype.hasOwnProperty.call(properties, name);
    for (const [name, fieldValue] of Object.entries(value)) {
      const fieldPath = child(path, name);
      if (root && name === 'metadata' || embedded && name === 'metadata') {
        if (fieldValue !== undefined && fieldValue !== null && !isRecord(fieldValue)) {
          const actual = jsonType(fieldValue);
          this.report(fieldPath, `Invalid value: "${actual}": ${fieldPath} in body must be of type object: "${actual}"`, undefined, 'TypeInvalid');
        }
        continue;
      }
      if (root && name === 'status' && schema['x-cdk8s-tls-status-subresource']) continue;
      if (fieldValue === undefined) continue;
      const sub = has(name) ? properties[name] : isRecord(additional) ? additional : undefined;
      if (sub) {
        // The API server prunes a null of a non-nullable field before validating: it is absent.
        if (fieldValue === null && !sub.nullable) continue;
        this.node(fieldValue, sub, fieldPath, false);
      } else if (this.structural && !preserve && !(embedded && (name === 'apiVersion' || name === 'kind')) && !(root && (name === 'apiVersion' || name === 'kind'))) {
        const names = Object.keys(properties);
        const near = closest(name, names);
        const fix = near ? `did you mean "${near}"?` : names.length > 0 && names.length <= 12 ? `remove it; known fields here: ${names.join(', ')}` : 'remove it';
        this.report(fieldPath, `unknown field ${JSON.stringify(fieldPath)}`, fix, 'UnknownField');
      }
    }
    for (const name of Array.isArray(schema.required) ? schema.required : []) {
      const present = value[name] !== undefined && (value[name] !== null || (has(name) && properties[name].nullable === true));
      if (!present) this.report(child(path, name), 'Required value', undefined, 'Required');
    }
  }
}
