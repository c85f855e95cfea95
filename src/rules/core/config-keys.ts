// K8S-N2: the keys of a Secret's or ConfigMap's data (IsConfigMapKey in the API server): a key
// becomes a file name when the object is mounted, so it is limited to what a file name can safely be.
import { record } from '../object';
import { ObjectCheck } from '../rule';
import { fieldError } from '../util/field-error';
import { isPlaceholder } from '../util/placeholder';

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const CONFIG_KEY_MESSAGE = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', "
  + "regex used for validation is '[-._a-zA-Z0-9]+')";

/** Problems of a data key; [] when valid. */
export function configKeyErrors(key: string): string[] {
  const errors: string[] = [];
  if (key.length > 253) errors.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) errors.push(CONFIG_KEY_MESSAGE);
  if (key === '.') errors.push("must not be '.'");
  else if (key === '..') errors.push("must not be '..'");
  else if (key.startsWith('..')) errors.push("must not start with '..'");
  return errors;
}

const checkDataKeys: ObjectCheck = (obj, report) => {
  // stringData is merged into data before validation, so its keys are reported under data too.
  for (const field of ['data', 'stringData', 'binaryData']) {
    for (const key of Object.keys(record(obj[field])).sort()) {
      if (isPlaceholder(key)) continue;
      for (const problem of configKeyErrors(key)) {
        report.error('K8S-N2', `${field}[${key}]`, `${field}[${key}]: ${fieldError.invalid(key, problem)}; name the key like a file (letters, digits, '-', '_', '.')`);
      }
    }
  }
};

export const CONFIG_KEY_CHECKS: readonly ObjectCheck[] = [checkDataKeys];
