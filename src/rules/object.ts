import { isPlaceholder } from './util/placeholder';

/**
 * A Kubernetes object as plain JSON, the only input rules take. Nothing about its shape is
 * trusted: rules read it through the accessors below, so a wrong-typed field yields a finding or
 * is passed over, never a crash.
 */
export type KubeObject = { [key: string]: unknown };

export function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The API group of an object (`cert-manager.io`), or '' for the core group. */
export function apiGroupOf(obj: KubeObject): string {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function kindOf(obj: KubeObject): string {
  return typeof obj.kind === 'string' ? obj.kind : '';
}

/** The metadata rules read, with absent or wrong-typed fields made empty. */
export interface ObjectMetadata {
  name: string;
  /** Unset when absent, empty or a placeholder (`${NAMESPACE}`): the namespace is not known. */
  namespace?: string;
  labels: Record<string, unknown>;
  annotations: Record<string, unknown>;
}

export function metadataOf(obj: KubeObject): ObjectMetadata {
  const md = isRecord(obj.metadata) ? obj.metadata : {};
  return {
    name: typeof md.name === 'string' ? md.name : '',
    namespace: typeof md.namespace === 'string' && md.namespace !== '' && !isPlaceholder(md.namespace) ? md.namespace : undefined,
    labels: isRecord(md.labels) ? md.labels : {},
    annotations: isRecord(md.annotations) ? md.annotations : {},
  };
}

/** `record(x)` is `x` when it is an object, else `{}`: lets rules walk optional nesting safely. */
export function record(value: unknown): Record<string, any> {
  return isRecord(value) ? value : {};
}

/** `list(x)` is `x` when it is an array, else `[]`. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string field, or undefined when absent or not a string. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** True when a field is present (not undefined or null), whatever its type. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The value as JSON for messages: strings quoted, like the Kubernetes API server prints them. */
export function show(value: unknown): string {
  if (value === undefined) return '<unset>';
  return JSON.stringify(value);
}
