// What the API server does to a custom resource between decoding it and validating it
// (apiextensions-apiserver: structural pruning and defaulting): schema defaults are filled in, and
// for the CEL rules, fields the schema does not declare and nulls of non-nullable fields are gone.
// Both return the input itself where nothing changes: objects are shared with the other rules and
// are never modified.
import { isRecord } from '../object';
import type { StructuralSchema } from './openapi';

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

function copyJson(value: unknown): unknown {
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value));
}

// Per schema node, computed once: its properties that have a default, and whether any node below
// it has one (most subtrees have none and are not walked at all).
interface DefaultsInfo {
  readonly defaulted: readonly (readonly [string, unknown])[];
  readonly below: boolean;
}
const defaultsInfo = new WeakMap<StructuralSchema, DefaultsInfo>();

function defaultsOf(schema: StructuralSchema): DefaultsInfo {
  let info = defaultsInfo.get(schema);
  if (info) return info;
  const properties = Object.entries(schema.properties ?? {});
  const defaulted = properties.filter(([, sub]) => sub.default !== undefined).map(([name, sub]) => [name, sub.default] as const);
  const additional = additionalSchema(schema);
  const children = [...properties.map(([, sub]) => sub), ...(schema.items ? [schema.items] : []), ...(additional ? [additional] : [])];
  info = { defaulted, below: defaulted.length > 0 || children.some((c) => c.default !== undefined || defaultsOf(c).below) };
  defaultsInfo.set(schema, info);
  return info;
}

const isNonNullableNull = (value: unknown, schema: StructuralSchema | undefined) => value === null && !schema?.nullable;

const additionalSchema = (schema: StructuralSchema) =>
  (isRecord(schema.additionalProperties) ? schema.additionalProperties as StructuralSchema : undefined);

/**
 * The object with its schema defaults applied: an absent field (or a null one that is not
 * nullable) with a `default` gets it, then the defaults below it apply too.
 */
export function applyDefaults(value: unknown, schema: StructuralSchema | undefined, root = true): unknown {
  if (!isRecord(schema) || value === null || typeof value !== 'object' || !defaultsOf(schema).below) return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!items) return value;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const filled = isNonNullableNull(item, items) && items.default !== undefined ? copyJson(items.default) : item;
      const next = applyDefaults(filled, items, false);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  if (!isRecord(value)) return value;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, next: unknown) => {
    (out ??= { ...value })[key] = next;
  };
  const properties = schema.properties ?? {};
  for (const [name, fallback] of defaultsOf(schema).defaulted) {
    if (root && name === 'metadata') continue;
    if (!hasOwn(value, name) || value[name] === undefined || isNonNullableNull(value[name], properties[name])) set(name, copyJson(fallback));
  }
  const additional = additionalSchema(schema);
  for (const name of Object.keys(out ?? value)) {
    if (root && name === 'metadata') continue;
    const current = (out ?? value)[name];
    if (hasOwn(properties, name)) {
      const next = applyDefaults(current, properties[name], false);
      if (next !== current) set(name, next);
    } else if (additional) {
      const filled = isNonNullableNull(current, additional) && additional.default !== undefined ? copyJson(additional.default) : current;
      const next = applyDefaults(filled, additional, false);
      if (next !== current) set(name, next);
    }
  }
  return out ?? value;
}

/**
 * The object as CEL sees it: fields the schema does not declare dropped (apiVersion, kind and
 * metadata of the object and of embedded resources stay), and so are nulls of non-nullable fields.
 */
export function pruneForCel(value: unknown, schema: StructuralSchema | undefined, root = true): unknown {
  if (!isRecord(schema)) return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!items) return value;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = pruneForCel(item, items, false);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  if (!isRecord(value)) return value;
  const properties = schema.properties ?? {};
  const additional = additionalSchema(schema);
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
  const keepsTypeMeta = root || schema['x-kubernetes-embedded-resource'] === true;
  // Copied on the first change only: most objects have nothing to prune.
  let out: Record<string, unknown> | undefined;
  const names = Object.keys(value);
  names.forEach((name, i) => {
    const current = value[name];
    if (keepsTypeMeta && (name === 'apiVersion' || name === 'kind' || name === 'metadata')) {
      if (out) out[name] = current;
      return;
    }
    const sub = hasOwn(properties, name) ? properties[name] : additional;
    let next: unknown;
    if (!sub) next = preserve ? current : undefined;
    else if (current === undefined || isNonNullableNull(current, sub)) next = undefined;
    else next = pruneForCel(current, sub, false);
    if (next !== current && !out) {
      out = {};
      for (const earlier of names.slice(0, i)) out[earlier] = value[earlier];
    }
    if (out && next !== undefined) out[name] = next;
  });
  return out ?? value;
}
