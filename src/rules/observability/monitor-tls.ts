// TLS-O1: a ServiceMonitor or PodMonitor endpoint that scrapes over HTTPS without verifying the
// target's certificate: anyone who can answer for the target's address feeds Prometheus its
// metrics (and receives its bearer token or basic-auth credentials, when it sends them).
import { list, record } from '../object';
import { ObjectCheck } from '../rule';

function endpointsCheck(field: 'endpoints' | 'podMetricsEndpoints'): ObjectCheck {
  const checkScrapeTls: ObjectCheck = (obj, report) => {
    list(record(obj.spec)[field]).forEach((endpoint, i) => {
      const tls = record(record(endpoint).tlsConfig);
      if (tls.insecureSkipVerify !== true) return;
      const path = `spec.${field}[${i}].tlsConfig.insecureSkipVerify`;
      report.warning('TLS-O1', path, `${path}: true makes Prometheus accept any certificate from the target, so whoever answers for its address is trusted `
        + 'with the scrape (and any credentials it sends); set tlsConfig.ca (a Secret or ConfigMap key holding the issuing CA, e.g. a trust-manager Bundle) '
        + 'and serverName, and remove insecureSkipVerify');
    });
  };
  return checkScrapeTls;
}

export const SERVICE_MONITOR_CHECKS: readonly ObjectCheck[] = [endpointsCheck('endpoints')];
export const POD_MONITOR_CHECKS: readonly ObjectCheck[] = [endpointsCheck('podMetricsEndpoints')];
