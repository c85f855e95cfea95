// The edge constructs; src/index.ts re-exports this module.
export * from './ingress-controller';
export * from './tls-source';
export * from './tls-ingress';
export * from './tls-gateway';
