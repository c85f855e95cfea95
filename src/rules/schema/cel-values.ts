// The value a CEL rule sees as `self`, typed by the schema as the API server types it
// (k8s.io/apiserver/pkg/cel/common: SchemaDeclType and UnstructuredToVal):
// - `integer` is int, `number` is double (a whole number too), `boolean` bool, `string` string;
// - strings of format `byte` are bytes, `date`/`date-time` timestamps, `duration` durations;
// - `x-kubernetes-int-or-string` is dyn: an int or a string, whichever the object holds;
// - objects with properties expose the declared fields only, under their escaped names
//   (`namespace` is `__namespace__`); maps (additionalProperties) keep their keys;
// - the root of a resource (and an embedded resource) also exposes apiVersion, kind,
//   metadata.name and metadata.generateName;
// - a node without a type (x-kubernetes-preserve-unknown-fields alone) is not exposed: its rules,
//   and the fields under it, are left out by the API server as well.
import { CelInput, isCelError, parse, plan } from '@bufbuild/cel';
import { isRecord } from '../object';
import { celEnvironment } from './cel-environment';
import { escapeCelProperty } from './cel-escaping';
import type { StructuralSchema } from './openapi';

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Whether the API server gives a schema node a CEL type (a node without one has no rules run). */
export function isCelTyped(schema: StructuralSchema): boolean {
  if (schema['x-kubernetes-int-or-string']) return true;
  switch (schema.type) {
    case 'array':
      return schema.items !== undefined && isCelTyped(schema.items);
    case 'object':
      return isRecord(schema.additionalProperties) ? isCelTyped(schema.additionalProperties as StructuralSchema) : true;
    case 'string':
    case 'boolean':
    case 'number':
    case 'integer':
      return true;
    default:
      return false;
  }
}

/** A value the schema layer should have refused; CEL sees it as an error when it reads it. */
export class InvalidData extends Error {}

let converters: { [format: string]: (s: string) => CelInput } | undefined;

/** CEL's own duration() and timestamp() parse the formatted strings, as the API server's strfmt does. */
function formatConverters(): { [format: string]: (s: string) => CelInput } {
  if (converters) return converters;
  const env = celEnvironment();
  const viaCel = (expr: string) => {
    const run = plan(env, parse(expr));
    return (s: string): CelInput => {
      const result = run({ s });
      if (isCelError(result)) throw new InvalidData(`invalid data: ${result.message}`);
      return result as CelInput;
    };
  };
  const timestamp = viaCel('timestamp(s)');
  converters = {
    'byte': (s) => {
      const clean = s.replace(/[\r\n]/g, '');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) throw new InvalidData(`Invalid byte formatted string ${s}`);
      return new Uint8Array(Buffer.from(clean, 'base64'));
    },
    'date': (s) => timestamp(`${s}T00:00:00Z`),
    'date-time': timestamp,
    'duration': viaCel('duration(s)'),
  };
  return converters;
}

function untyped(value: unknown): CelInput {
  if (Array.isArray(value)) return value.map(untyped);
  if (isRecord(value)) return new Map(Object.entries(value).map(([k, v]) => [k, untyped(v)]));
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value as CelInput;
}

function objectFields(value: Record<string, unknown>, schema: StructuralSchema, resourceRoot: boolean): Map<string, CelInput> {
  const fields = new Map<string, CelInput>();
  const properties = schema.properties ?? {};
  for (const [name, fieldValue] of Object.entries(value)) {
    if (resourceRoot && (name === 'apiVersion' || name === 'kind')) {
      if (typeof fieldValue === 'string') fields.set(name, fieldValue);
      continue;
    }
    if (resourceRoot && name === 'metadata') {
      const meta = new Map<string, CelInput>();
      if (isRecord(fieldValue)) {
        for (const key of ['name', 'generateName']) if (typeof fieldValue[key] === 'string') meta.set(key, fieldValue[key]);
      }
      fields.set('metadata', meta);
      continue;
    }
    if (!hasOwn(properties, name)) continue;
    const sub = properties[name];
    const escaped = escapeCelProperty(name);
    if (escaped === undefined || !isCelTyped(sub)) continue;
    fields.set(escaped, celValueOf(fieldValue, sub, sub['x-kubernetes-embedded-resource'] === true));
  }
  return fields;
}

/**
 * The CEL value of a (defaulted and pruned) object node. Throws InvalidData where the value does
 * not have its schema's type; the schema layer reports those first, and CEL then does not run.
 */
export function celValueOf(value: unknown, schema: StructuralSchema, resourceRoot = false): CelInput {
  if (value === null) {
    if (schema.nullable) return null;
    throw new InvalidData('invalid data, got null for schema with nullable=false');
  }
  if (schema['x-kubernetes-int-or-string']) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
    throw new InvalidData('invalid data, expected XIntOrString value to be either a string or integer');
  }
  switch (schema.type) {
    case 'object': {
      if (!isRecord(value)) throw new InvalidData('invalid data, expected a map for the provided schema with type=object');
      if (resourceRoot || schema.properties) return objectFields(value, schema, resourceRoot);
      const additional = isRecord(schema.additionalProperties) ? schema.additionalProperties as StructuralSchema : undefined;
      const map = new Map<string, CelInput>();
      for (const [key, v] of Object.entries(value)) map.set(key, additional ? celValueOf(v, additional, additional['x-kubernetes-embedded-resource'] === true) : untyped(v));
      return map;
    }
    case 'array': {
      if (!Array.isArray(value) || !schema.items) throw new InvalidData('invalid data, expected an array for the provided schema with type=array');
      const items = schema.items;
      const embedded = items['x-kubernetes-embedded-resource'] === true;
      return value.map((item) => celValueOf(item, items, embedded));
    }
    case 'string': {
      if (typeof value !== 'string') throw new InvalidData(`invalid data, expected string, got ${typeof value}`);
      const format = schema.format;
      return format !== undefined && hasOwn(formatConverters(), format) ? formatConverters()[format](value) : value;
    }
    case 'number':
      if (typeof value !== 'number') throw new InvalidData(`invalid data, expected float, got ${typeof value}`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new InvalidData(`invalid data, expected int, got ${typeof value}`);
      return BigInt(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new InvalidData(`invalid data, expected bool, got ${typeof value}`);
      return value;
    default:
      return untyped(value);
  }
}

