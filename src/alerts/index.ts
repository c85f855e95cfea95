// The alerts part of the public API, by name (src/index.ts re-exports this module). Only what
// other jsii languages can use belongs here: test/api/exports.test.ts checks it.
export { AlertSeverity } from './alert-options';
export type { AlertOptions, AlertRuleProps } from './alert-options';
export { LabelMatcher } from './label-matcher';
export { ExpiryThreshold } from './expiry-threshold';
export { CertExpiryAlert, CertManagerAlertName } from './cert-expiry-alert';
export type { CertExpiryAlertProps } from './cert-expiry-alert';
export { ClusterPkiAlertName, ClusterPkiAlerts } from './cluster-pki-alerts';
export type { ClusterPkiAlertsProps } from './cluster-pki-alerts';
export { CertManagerMonitor, MonitorKind } from './cert-manager-monitor';
export type { CertManagerMonitorProps } from './cert-manager-monitor';
export { CertManagerDashboard } from './grafana-dashboard';
export type { CertManagerDashboardProps } from './grafana-dashboard';
