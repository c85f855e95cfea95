import { ObjectCheck } from '../rule';

export const CERTIFICATE_CHECKS: readonly ObjectCheck[] = [];
