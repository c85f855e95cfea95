import { ObjectCheck } from '../rule';

export const ISSUER_CHECKS: readonly ObjectCheck[] = [];
