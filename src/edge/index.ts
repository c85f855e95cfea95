// The edge constructs; src/index.ts re-exports this module.
export {};
