import { CrossCheck, KindChecks } from '../rule';

// The trust rules, wired into the engine by ../registry.ts.
export const TRUST_KIND_CHECKS: readonly KindChecks[] = [];
export const TRUST_CROSS_CHECKS: readonly CrossCheck[] = [];
