// The public API, by name: everything here is in the jsii assembly, so JavaScript, Python, Java and
// Go see the same library (test/api/exports.test.ts checks it). Internal helpers stay in their
// modules. `auditManifests` is the one JavaScript-only name: a thin alias of `Audit.manifests`.

// rules
export { AuditMode } from './rules/audit-options';
export type { AuditOptions, ExternalReference } from './rules/audit-options';
export { Audit } from './rules/audit';
export { auditManifests } from './rules/engine';
export { FindingSeverity } from './rules/finding';
export type { Finding } from './rules/finding';

// certificates
export { Certificate } from './certificates/certificate';
export type { CertificateOptions, CertificateProps, SecretTemplate } from './certificates/certificate';
export { KeyUsage } from './certificates/key-usage';
export { AdditionalOutputFormat, Pkcs12Profile } from './certificates/keystores';
export type { CertificateKeystores, JksKeystore, Pkcs12Keystore } from './certificates/keystores';
export type { NameConstraintItems, NameConstraints } from './certificates/name-constraints';
export { KeyAlgorithm, PrivateKeyEncoding, RotationPolicy, SignatureAlgorithm } from './certificates/private-key';
export type { PrivateKeyOptions } from './certificates/private-key';
export { RenewalPolicyType } from './certificates/renewal';
export type { CertificateRenewal, RenewalWindow } from './certificates/renewal';
export type { CertificateSubject, OtherName } from './certificates/subject';

// issuers
export { AcmeIssuer, LetsEncryptIssuer } from './issuers/acme-issuer';
export type { AcmeAccountOptions, AcmeExternalAccountBinding, AcmeIssuerProps, LetsEncryptIssuerProps } from './issuers/acme-issuer';
export {
  AcmeChallengeType,
  AcmeSolver,
  AzureDnsEnvironment,
  AzureDnsZoneType,
  CnameStrategy,
  Dns01Solver,
  Http01Solver,
  Rfc2136Protocol,
  SolverServiceType,
  SolverTaintEffect,
  SolverTolerationOperator,
  TsigAlgorithm,
} from './issuers/acme-solver';
export type {
  AcmeDnsSolverOptions,
  AcmeSolverOptions,
  AkamaiSolverOptions,
  AzureDnsSolverOptions,
  AzureManagedIdentity,
  AzureServicePrincipal,
  CloudDnsSolverOptions,
  CloudflareSolverOptions,
  DigitalOceanSolverOptions,
  Dns01SolverOptions,
  Http01GatewaySolverOptions,
  Http01IngressSolverOptions,
  Rfc2136SolverOptions,
  Route53SolverOptions,
  ServiceAccountTokenReference,
  SolverObjectMetadata,
  SolverParentReference,
  SolverPodSecurityContext,
  SolverPodTemplate,
  SolverResources,
  SolverSeLinuxOptions,
  SolverSeccompProfile,
  SolverSelector,
  SolverSysctl,
  SolverToleration,
  WebhookSolverOptions,
} from './issuers/acme-solver';
export { CaIssuer } from './issuers/ca-issuer';
export type { CaIssuerProps } from './issuers/ca-issuer';
export { ClusterIssuer, ExternalIssuer, Issuer, IssuerBase } from './issuers/issuer';
export type { ExternalIssuerOptions, FromClusterIssuerNameOptions, FromIssuerNameOptions, IssuerProps } from './issuers/issuer';
export type { IIssuer, SecretKeyReference } from './issuers/issuer-reference';
export { SelfSignedIssuer } from './issuers/self-signed-issuer';
export type { SelfSignedIssuerProps } from './issuers/self-signed-issuer';
export { VaultAuth, VaultIssuer } from './issuers/vault-issuer';
export type {
  VaultAppRoleAuthOptions,
  VaultAwsAuthOptions,
  VaultClientCertificateAuthOptions,
  VaultClientTls,
  VaultIssuerProps,
  VaultKubernetesAuthOptions,
} from './issuers/vault-issuer';
export { VenafiConnection, VenafiIssuer } from './issuers/venafi-issuer';
export type { VenafiCloudOptions, VenafiIssuerProps, VenafiNgtsOptions, VenafiTppOptions } from './issuers/venafi-issuer';

// blueprints
export { CertificatePlatform, PlatformTenant } from './blueprints/certificate-platform';
export type { CertificatePlatformProps, PlatformTenantOptions, PlatformTenantProps } from './blueprints/certificate-platform';
export { PlatformEnvironment } from './blueprints/environment';
export { CaRotation, CaRotationStage, PrivateCa } from './blueprints/private-ca';
export type { CaCertificateLocation, PrivateCaProps } from './blueprints/private-ca';

// areas whose index lists their public names
export * from './alerts';
export * from './app';
export * from './edge';
export * from './install';
export * from './mesh';
export * from './secrets';
export * from './trust';

// validation plugin and construct-side suppressions (every construct's suppress())
export { TlsConstruct } from './core/tls-construct';
export { TlsResource } from './core/tls-resource';
export { RuleSuppressions } from './validation/rule-suppressions';
export { TlsValidation } from './validation/tls-validation';
export type { TlsValidationProps } from './validation/tls-validation';
