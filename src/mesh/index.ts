// The mesh constructs; src/index.ts re-exports this module.
export * from './mesh-scope';
export * from './istio';
export * from './linkerd';
export * from './mesh-mtls-policy';
export * from './linkerd-identity';
export * from './istio-plugged-ca';
