export * from './finding';
export { AuditMode, ExternalReference } from './context';
export { AuditOptions, auditManifests } from './engine';
