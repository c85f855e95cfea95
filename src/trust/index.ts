// The trust constructs; src/index.ts re-exports this module.
export * from './trust-source';
export * from './trust-bundle';
