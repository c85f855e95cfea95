import { CrossCheck, KindChecks } from '../rule';

// The secrets rules, wired into the engine by ../registry.ts.
export const SECRETS_KIND_CHECKS: readonly KindChecks[] = [];
export const SECRETS_CROSS_CHECKS: readonly CrossCheck[] = [];
