/**
 * The object without its undefined fields, key order kept so output is deterministic. Rendering
 * writes every optional field as `field: value ?? undefined` and drops the unset ones here once:
 * an explicit `undefined` would otherwise erase what cdk8s generates (a name, a namespace) or
 * reach the YAML writer.
 */
export function definedFields<T extends object>(obj: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) out[key] = value;
  }
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
