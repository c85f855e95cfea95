// Kubernetes field.Error texts (k8s.io/apimachinery/pkg/util/validation/field), which is how the
// API server prints webhook denials: `<path>: <Type>: <value>: <detail>`. Rules add `; <fix>`.
import { show } from '../object';

export const fieldError = {
  required: (path: string, detail: string) => `${path}: Required value: ${detail}`,
  invalid: (path: string, value: unknown, detail: string) => `${path}: Invalid value: ${show(value)}: ${detail}`,
  /** Invalid with a value Go prints through String() (durations: `2160h0m0s`), unquoted. */
  invalidText: (path: string, text: string, detail: string) => `${path}: Invalid value: ${text}: ${detail}`,
  forbidden: (path: string, detail: string) => `${path}: Forbidden: ${detail}`,
  tooLong: (path: string, max: number) => `${path}: Too long: may not be more than ${max} bytes`,
  duplicate: (path: string, value: unknown) => `${path}: Duplicate value: ${show(value)}`,
  notSupported: (path: string, value: unknown, supported: readonly string[]) =>
    `${path}: Unsupported value: ${show(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
};

/** Joins cert-manager's text and our fix the way every finding message does. */
export function withFix(text: string, fix: string): string {
  return `${text}; ${fix}`;
}
