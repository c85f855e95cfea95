import { CrossCheck } from '../rule';

export const CROSS_CHECKS: readonly CrossCheck[] = [];
