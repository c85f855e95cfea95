import { BUNDLE_CHECKS } from './bundle';
import { CLUSTER_BUNDLE_CHECKS } from './cluster-bundle';
import { INSECURE_TRUST_CHECKS } from './insecure-trust';
import { CrossCheck, KindChecks } from '../rule';

// The trust rules, wired into the engine by ../registry.ts: trust-manager's admission rules
// (TM-*) and unsafe trust choices (TLS-T*).
export const TRUST_KIND_CHECKS: readonly KindChecks[] = [
  { group: 'trust.cert-manager.io', kind: 'Bundle', checks: [...BUNDLE_CHECKS, ...INSECURE_TRUST_CHECKS] },
  { group: 'trust-manager.io', kind: 'ClusterBundle', checks: [...CLUSTER_BUNDLE_CHECKS, ...INSECURE_TRUST_CHECKS] },
];
export const TRUST_CROSS_CHECKS: readonly CrossCheck[] = [];
