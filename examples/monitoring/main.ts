// Certificate monitoring for a cluster running cert-manager from its Helm chart and
// kube-prometheus-stack: scrape cert-manager, alert on every certificate and on the cluster's own
// PKI, and ship a Grafana dashboard. In your own app, import from 'cdk8s-tls' instead of '../../src'.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { CertExpiryAlert, CertManagerDashboard, CertManagerMonitor, ClusterPkiAlerts, TlsApp } from '../../src';

/** The label kube-prometheus-stack's Prometheus selects rules and monitors by. */
const PROMETHEUS_SELECTOR = { release: 'kube-prometheus-stack' };

class MonitoringChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'monitoring' });

    // cert-manager's controller metrics (port http-metrics, 9402), with the chart's labels.
    const monitor = new CertManagerMonitor(this, 'cert-manager-monitor', {
      monitorNamespace: 'monitoring',
      labels: PROMETHEUS_SELECTOR,
    });

    const dashboard = new CertManagerDashboard(this, 'dashboard', {
      metadata: { name: 'cert-manager-dashboard' },
    });

    // Every certificate in the cluster: expiry relative to its renewal window, not ready, overdue,
    // ACME rate limits, issuers, and cert-manager itself.
    new CertExpiryAlert(this, 'certificates', {
      metadata: { name: 'cert-manager-alerts', labels: PROMETHEUS_SELECTOR },
      certManagerJob: monitor.job,
      dashboardUrl: `https://grafana.example.com/d/${dashboard.uid}`,
      labels: { team: 'platform' },
    });

    // The cluster's own certificates, which cert-manager does not manage.
    new ClusterPkiAlerts(this, 'cluster-pki', {
      metadata: { name: 'cluster-pki-alerts', labels: PROMETHEUS_SELECTOR },
      x509Exporter: true,
      labels: { team: 'platform' },
    });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new MonitoringChart(app, 'monitoring');
app.synth();
