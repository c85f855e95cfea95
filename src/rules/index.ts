export * from './finding';
export * from './audit-options';
export { auditManifests } from './engine';
