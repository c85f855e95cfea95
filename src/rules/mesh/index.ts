import { CrossCheck, KindChecks } from '../rule';

// The mesh rules, wired into the engine by ../registry.ts.
export const MESH_KIND_CHECKS: readonly KindChecks[] = [];
export const MESH_CROSS_CHECKS: readonly CrossCheck[] = [];
