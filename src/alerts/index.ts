export * from './alert-options';
export * from './label-matcher';
export * from './expiry-threshold';
export * from './cert-expiry-alert';
export * from './cluster-pki-alerts';
export * from './cert-manager-monitor';
export * from './grafana-dashboard';
