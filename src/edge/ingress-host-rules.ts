import { Ingress } from 'cdk8s-plus-27';

/**
 * Gives a cdk8s-plus `Ingress` a rule store keyed by host that does not slow down the rest of the
 * process as hosts accumulate.
 *
 * cdk8s-plus keeps an Ingress's rules in a plain object keyed by host (`_rulesPerHost = {}`). V8
 * gives an object literal that starts with a new key a new hidden class, linked from the hidden
 * class every `{}` starts with, and that one link table holds at most 1,536 entries. Each host that
 * is the first of its Ingress takes an entry for as long as the app lives, so an app with some 1,400
 * such hosts (a platform of 2,800 tenants, half of them on an Ingress) fills it. From then on every
 * object built key by key from `{}` whose first key is not yet in the table (cdk8s's `resolve` and
 * `sanitizeValue` build every manifest that way) gets a hidden class of its own, and the code that
 * touches it falls off its fast paths: measured, a platform of 5,000 tenants took 7.7-8.2x as long
 * to render its objects as one of 1,000, not 5x.
 *
 * A null-prototype object is a dictionary from the start and adds no hidden classes. cdk8s-plus
 * reads the store with `Object.keys`, `Object.entries` and `[host]`, which behave the same on it
 * (same enumeration order). The field is private to cdk8s-plus, so this changes nothing when it is
 * absent or already holds rules; a test pins the field, so an upgrade that renames it is noticed.
 *
 * Remove this shim when either holds:
 * - cdk8s-plus stores rules per host in a `Map` or a null-prototype object (the pinning test in
 *   test/edge/ingress-host-rules.test.ts then fails: the store is no longer a plain `{}`), or
 * - the Node.js the project supports no longer runs out of hidden-class transitions:
 *   `npx ts-node --transpile-only scripts/bench/hidden-classes.ts` exits non-zero (the plain store
 *   keeps sharing hidden classes), and `npx projen bench` shows the same growth without it.
 */
export function useDictionaryHostRules(ingress: Ingress): void {
  const internals = ingress as unknown as { _rulesPerHost?: object };
  const store = internals._rulesPerHost;
  if (store !== undefined && Object.getPrototypeOf(store) === Object.prototype && Object.keys(store).length === 0) {
    internals._rulesPerHost = Object.create(null);
  }
}
