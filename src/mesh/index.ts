// The mesh part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { MeshScope, MeshScopeType } from './mesh-scope';
export type { MeshWideScopeOptions } from './mesh-scope';
export { IstioMtlsMode } from './istio';
export type { MeshAllowOptions } from './istio';
export { LinkerdInboundPolicy, LinkerdProxyProtocol } from './linkerd';
export type { LinkerdServerOptions } from './linkerd';
export { MeshMtlsPolicy, ServiceMesh } from './mesh-mtls-policy';
export type { MeshMtlsPolicyProps } from './mesh-mtls-policy';
export { LinkerdIdentity } from './linkerd-identity';
export type { LinkerdIdentityProps } from './linkerd-identity';
export { IstioPluggedCa } from './istio-plugged-ca';
export type { IstioPluggedCaProps } from './istio-plugged-ca';
