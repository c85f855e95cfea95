// Helm values: merged the way `helm -f` merges them, and checked against a chart's own
// values.schema.json before `helm template` runs, so a miss reads as our message (path, bad value,
// what the chart wants, the fix) instead of helm's `(root): Additional property foo is not allowed`.
import * as fs from 'fs';
import * as path from 'path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** A JSON object of Helm values. */
export type Values = { [key: string]: any };

function isPlainObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `override` on top of `base`: objects merge key by key, everything else (arrays, scalars, null)
 * replaces. A null is kept: helm reads it as "remove this key, chart default included".
 */
export function mergeValues(base: Values, override: Values): Values {
  const result: Values = {};
  for (const key of Object.keys(base)) result[key] = clone(base[key]);
  for (const key of Object.keys(override)) {
    const next = override[key];
    if (next === undefined) continue;
    result[key] = isPlainObject(result[key]) && isPlainObject(next) ? mergeValues(result[key], next) : clone(next);
  }
  return result;
}

function clone(value: any): any {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) return mergeValues({}, value);
  return value;
}

/** The values helm validates: its coalescing drops null keys before the schema check. */
export function withoutNulls(values: Values): Values {
  const result: Values = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    result[key] = isPlainObject(value) ? withoutNulls(value) : value;
  }
  return result;
}

/** The value at a dotted path, or undefined. */
export function valueAt(values: Values, dottedPath: string): any {
  let current: any = values;
  for (const key of dottedPath.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

// The charts' schemas are draft-07 with $ref into $defs. The pinned two compile in strict mode
// too; strict:false because a chart folder the user points at may carry keywords or formats that
// strict mode refuses, and helm (gojsonschema) ignores them.
// verbose: the messages list the keys a strict object allows, from the error's parentSchema.
// ajv and yaml are loaded on first use: only an app that installs a chart needs them, and together
// they are a third of the library's load time.
let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  if (!ajvInstance) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const AjvClass: typeof Ajv = require('ajv').default;
    ajvInstance = new AjvClass({ strict: false, allErrors: true, verbose: true, validateFormats: false });
  }
  return ajvInstance;
}
const compiled = new WeakMap<object, ValidateFunction>();
const schemaFiles = new Map<string, object | undefined>();

/** The chart folder's values.schema.json, parsed; undefined when the chart has none (or is an archive). */
export function readChartSchema(chartDirectory: string): object | undefined {
  const file = path.resolve(chartDirectory, 'values.schema.json');
  if (!schemaFiles.has(file)) {
    schemaFiles.set(file, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);
  }
  return schemaFiles.get(file);
}

/** The `version` of a chart folder's Chart.yaml, for messages; undefined when there is none. */
export function readChartVersion(chartDirectory: string): string | undefined {
  const file = path.resolve(chartDirectory, 'Chart.yaml');
  if (!fs.existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = (require('yaml') as typeof import('yaml')).parse(fs.readFileSync(file, 'utf8'))?.version;
  return typeof version === 'string' ? version : undefined;
}

/**
 * Every way `values` misses `schema`, one message each:
 * `<path>: <what is wrong, with the bad value>; <the fix>`. Empty when the values pass.
 */
export function valuesSchemaProblems(schema: object, values: Values, chartLabel: string): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv().compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(values)) return [];
  const messages = (validate.errors ?? []).map((e) => errorMessage(e, values, chartLabel));
  return [...new Set(messages)].sort();
}

function pathOf(pointer: string, extra?: string): string {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) keys.push(extra);
  let out = 'values';
  for (const key of keys) {
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function valueAtPointer(values: Values, pointer: string): any {
  let current: any = values;
  for (const key of pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (current === null || typeof current !== 'object') return undefined;
    current = current[key];
  }
  return current;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

function errorMessage(e: ErrorObject, values: Values, chartLabel: string): string {
  const value = valueAtPointer(values, e.instancePath);
  const where = `the ${chartLabel} chart's values.schema.json`;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as any).additionalProperty);
      const known = knownKeys(e.parentSchema as any);
      const suggestion = closest(key, known);
      const fix = suggestion ? `did you mean "${suggestion}"?` : `remove it, or use one of: ${known.join(', ')}`;
      return `${pathOf(e.instancePath, key)}: unknown key (value ${show(value?.[key])}); ${where} allows no such key at `
        + `${pathOf(e.instancePath)}; ${fix}`;
    }
    case 'type': {
      const wanted = String((e.params as any).type).replace(/,/g, ' or ');
      const asNumber = typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value)) ? ` (write ${Number(value)}, without quotes)` : '';
      return `${pathOf(e.instancePath)}: ${show(value)} is ${typeName(value)}, but ${where} wants ${wanted}; give ${wanted}${asNumber}`;
    }
    case 'enum': {
      const allowed = ((e.params as any).allowedValues as unknown[]).map(show).join(', ');
      return `${pathOf(e.instancePath)}: ${show(value)} is not an allowed value; ${where} allows ${allowed}; use one of them`;
    }
    default:
      return `${pathOf(e.instancePath)}: ${show(value)} ${e.message ?? 'does not match'} (${e.keyword}); `
        + `change the value to what ${where} describes at ${e.schemaPath}`;
  }
}

function knownKeys(schema: any): string[] {
  return Object.keys(schema?.properties ?? {}).sort();
}

/** The known key closest to a misspelt one, when it is close enough to be a likely typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const exactish = known.find((k) => k.toLowerCase() === lower);
  if (exactish) return exactish;
  // A shortened or re-suffixed name (`replicas` for `replicaCount`): all but its last letter match.
  const stem = known.find((k) => lower.length >= 5 && k.toLowerCase().startsWith(lower.slice(0, -1)));
  if (stem) return stem;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
