import { ObjectCheck } from '../rule';

export const CERTIFICATE_REQUEST_CHECKS: readonly ObjectCheck[] = [];
