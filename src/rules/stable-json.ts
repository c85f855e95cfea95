import { isRecord } from './object';

/** JSON with object keys sorted, so equal content gives equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const cache = new WeakMap<object, string>();

/** An object's content as key-sorted JSON, computed once per object. */
export function stableJsonOf(obj: object): string {
  let text = cache.get(obj);
  if (text === undefined) {
    text = stableJson(obj);
    cache.set(obj, text);
  }
  return text;
}
