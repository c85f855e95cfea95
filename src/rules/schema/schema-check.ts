import { ObjectCheck } from '../rule';

export const SCHEMA_CHECK: ObjectCheck = () => undefined;
