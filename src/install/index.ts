// The install constructs; src/index.ts re-exports this module.
export {};
