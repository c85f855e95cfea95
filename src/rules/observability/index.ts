import { POD_MONITOR_CHECKS, SERVICE_MONITOR_CHECKS } from './monitor-tls';
import { PROMETHEUS_RULE_CHECKS } from './prometheus-rule';
import { KindChecks } from '../rule';

// The observability rules (TLS-O*) on Prometheus Operator objects, wired into the engine by ../registry.ts.
export const OBSERVABILITY_KIND_CHECKS: readonly KindChecks[] = [
  { group: 'monitoring.coreos.com', kind: 'ServiceMonitor', checks: SERVICE_MONITOR_CHECKS },
  { group: 'monitoring.coreos.com', kind: 'PodMonitor', checks: POD_MONITOR_CHECKS },
  { group: 'monitoring.coreos.com', kind: 'PrometheusRule', checks: PROMETHEUS_RULE_CHECKS },
];
