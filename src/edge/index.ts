// The edge constructs; src/index.ts re-exports this module.
export * from './ingress-controller';
export * from './tls-source';
export * from './tls-ingress';
export * from './gateway-host-options';
export * from './gateway-listener-hosts';
export * from './allowed-listeners';
export * from './ca-certificates';
export * from './backend-tls-policy';
export * from './tls-gateway';
export * from './tls-listener-set';
