// What the API server does to a custom resource between decoding it and validating it
// (apiextensions-apiserver: structural pruning and defaulting): schema defaults are filled in, and
// for the CEL rules, fields the schema does not declare and nulls of non-nullable fields are gone.
// Both return the input itself where nothing changes: objects are shared with the other rules and
// are never modified.
import { isRecord } from '../object';
import type { StructuralSchema } from './openapi';

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

function copyJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

const isNonNullableNull = (value: unknown, schema: StructuralSchema | undefined) => value === null && !schema?.nullable;

const additionalSchema = (schema: StructuralSchema) =>
  (isRecord(schema.additionalProperties) ? schema.additionalProperties as StructuralSchema : undefined);

/**
 * The object with its schema defaults applied: an absent field (or a null one that is not
 * nullable) with a `default` gets it, then the defaults below it apply too.
 */
export function applyDefaults(value: unknown, schema: StructuralSchema | undefined, root = true): unknown {
  if (!isRecord(schema)) return value;
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
  for (const [name, sub] of Object.entries(properties)) {
    if (root && name === 'metadata') continue;
    if (sub.default === undefined) continue;
    if (!hasOwn(value, name) || value[name] === undefined || isNonNullableNull(value[name], sub)) set(name, copyJson(sub.default));
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
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [name, current] of Object.entries(value)) {
    if (keepsTypeMeta && (name === 'apiVersion' || name === 'kind' || name === 'metadata')) {
      out[name] = current;
      continue;
    }
    const sub = hasOwn(properties, name) ? properties[name] : additional;
    if (!sub) {
      if (preserve) out[name] = current;
      else changed = true;
      continue;
    }
    if (current === undefined || isNonNullableNull(current, sub)) {
      changed = true;
      continue;
    }
    const next = pruneForCel(current, sub, false);
    if (next !== current) changed = true;
    out[name] = next;
  }
  return changed ? out : value;
}
