import { ApiObjectMetadata } from 'cdk8s';
import { definedFields } from './json';

/**
 * Metadata without its unset keys: cdk8s spreads the given metadata over what it generates, so
 * an explicit `name: undefined` or `namespace: undefined` would erase the generated name or the
 * chart's namespace.
 */
export function definedMetadata(metadata: ApiObjectMetadata | undefined): ApiObjectMetadata {
  return definedFields(metadata ?? {});
}
