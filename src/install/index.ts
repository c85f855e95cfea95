// The install constructs; src/index.ts re-exports this module.
export * from './chart-source';
export * from './cert-manager';
export * from './trust-manager';
