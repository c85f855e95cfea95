// The secrets part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { Pem } from './pem';
export { RestartOnRotation } from './certificate-consumption';
export type { GrantReadOptions, ITlsSecret, TlsMountOptions } from './certificate-consumption';
export { PrivateKeyInclusion, TlsSecret } from './tls-secret';
export type { FromSecretNameOptions, TlsSecretProps } from './tls-secret';
export { UserCertificate } from './user-certificate';
export type { UserCertificateProps, UserRoleBindingOptions } from './user-certificate';
export { ClientCertificate } from './client-certificate';
export type { ServiceAccountClientCertificateProps } from './client-certificate';
export { WebhookServingCertificate } from './webhook-serving-certificate';
export type { WebhookServingCertificateProps } from './webhook-serving-certificate';
