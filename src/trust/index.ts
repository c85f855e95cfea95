// The trust part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { TrustSource } from './trust-source';
export type { TrustSourceObjectOptions } from './trust-source';
export { SelectorOperator, TrustBundle, TrustBundleKind, TrustStorePkcs12Profile } from './trust-bundle';
export type {
  JksTrustStore,
  Pkcs12TrustStore,
  SelectorRequirement,
  TrustBundleOptions,
  TrustBundleProps,
  TrustBundleTarget,
  TrustNamespaceSelector,
} from './trust-bundle';
