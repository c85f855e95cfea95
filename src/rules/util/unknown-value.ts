// A value filled in after the YAML is written: Flux post-build substitution (`${SECRET_DOMAIN}`,
// `${VAR:=default}`) or a template marker a renderer left behind (`{{ .Values.host }}`). A rule
// that needs the value stays silent on it.
const PLACEHOLDER = /\$\{[^{}]*\}|\{\{[\s\S]*?\}\}/;

export function isUnknownValue(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Whether the value or anything inside it (object values, list items) is unknown. */
export function containsUnknownValue(value: unknown): boolean {
  if (isUnknownValue(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknownValue);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsUnknownValue);
  return false;
}
