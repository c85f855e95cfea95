// The install part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { HelmChartSource } from './chart-source';
export { CertManager } from './cert-manager';
export type { CertManagerProps } from './cert-manager';
export { TrustManager } from './trust-manager';
export type { TrustManagerProps } from './trust-manager';
export { HelmInstall } from './helm-install';
export type { HelmInstallOptions } from './helm-install-options';
