// The edge part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { IngressController, IngressControllerType } from './ingress-controller';
export type { HstsOptions, IngressControllerOptions, TraefikControllerOptions } from './ingress-controller';
export { TlsSource, TlsSourceType } from './tls-source';
export type { ExistingSecretOptions, ShimCertificateOptions } from './tls-source';
export { TlsIngress } from './tls-ingress';
export type { TlsIngressHostOptions, TlsIngressProps } from './tls-ingress';
export { TlsGateway } from './tls-gateway';
export type { TlsGatewayHostOptions, TlsGatewayProps } from './tls-gateway';
