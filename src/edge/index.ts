// The edge part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { IngressController, IngressControllerType } from './ingress-controller';
export type { HstsOptions, IngressControllerOptions, TraefikControllerOptions } from './ingress-controller';
export { TlsSource } from './tls-source';
export type { ExistingSecretOptions, ShimCertificateOptions } from './tls-source';
export { TlsIngress } from './tls-ingress';
export type { TlsIngressHostOptions, TlsIngressProps } from './tls-ingress';
export { TlsGateway } from './tls-gateway';
export type { ClientCertificateValidationOptions, GatewayReferenceOptions, IGateway, TlsGatewayProps } from './tls-gateway';
// Added on main by the Gateway API work; named explicitly once their public names settle (the
// exports test fails if one of them leaks a name the jsii assembly does not carry).
export * from './gateway-host-options';
export * from './gateway-listener-hosts';
export * from './allowed-listeners';
export * from './ca-certificates';
export * from './backend-tls-policy';
export * from './tls-listener-set';
