import { CrossCheck, KindChecks } from '../rule';

// The edge rules, wired into the engine by ../registry.ts.
export const EDGE_KIND_CHECKS: readonly KindChecks[] = [];
export const EDGE_CROSS_CHECKS: readonly CrossCheck[] = [];
