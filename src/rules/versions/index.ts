export { API_VERSION_CHECKS, isUnservedVersion } from './api-version';
