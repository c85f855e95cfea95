import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * The JSON of each ApiObject, computed once per synthesis request.
 *
 * `ApiObject.toJson()` resolves every value and applies the object's patches: it is the largest
 * cost of synthesis after YAML itself, and the rule engine needs the same JSON that is written. A
 * synthesis that validates and then writes (TlsApp) opens a request for its app; inside it, the
 * rules and the writer share one `toJson()` per object. Outside a request (cdk8s's own
 * `App.synth()`, `Testing.synth`) every call renders afresh, as cdk8s does.
 *
 * Sharing is safe for the reason cdk8s's `SynthRequestCache` caches `findAll()`: nothing changes
 * the construct tree between validation and writing, and neither the rules nor the YAML writer
 * mutate the JSON.
 */
const requests = new WeakMap<IConstruct, Map<ApiObject, any>>();

/** Runs `synthesize` with a JSON cache for the app rooted at `root`. */
export function inSynthesisRequest<T>(root: IConstruct, synthesize: () => T): T {
  if (requests.has(root)) return synthesize();
  requests.set(root, new Map());
  try {
    return synthesize();
  } finally {
    requests.delete(root);
  }
}

/** `apiObject.toJson()`, shared within a synthesis request. */
export function jsonOf(apiObject: ApiObject): any {
  const cache = requests.get(apiObject.node.root);
  if (!cache) return apiObject.toJson();
  let json = cache.get(apiObject);
  if (json === undefined) {
    json = apiObject.toJson();
    cache.set(apiObject, json);
  }
  return json;
}
