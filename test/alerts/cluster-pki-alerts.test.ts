import { Duration } from 'cdk8s';
import {
  DAY, EVALUATION_INTERVAL, HOUR, Labels, NOW, NOW_EVAL, STEP, constant, expectAlerts, newChart, rising, ruleGroupsOf, rulesNamed, series, step,
} from './rule-fixtures';
import { ClusterPkiAlertName, ClusterPkiAlerts, ClusterPkiAlertsProps } from '../../src';
import { checkRules, promtoolTest, testRules } from '../support/promtool';
import { synthValid } from '../support/schema';

const ALL_ALERTS = Object.values(ClusterPkiAlertName) as string[];

function pkiGroups(props: ClusterPkiAlertsProps = { x509Exporter: true }): any[] {
  const chart = newChart();
  new ClusterPkiAlerts(chart, 'pki', props);
  return ruleGroupsOf(chart);
}

type Firing = Partial<Record<string, Labels[]>>;

function expectScenario(groups: any[], inputSeries: unknown[], firing: Firing, evalTime = NOW_EVAL): void {
  const names = [...new Set(groups.flatMap((g) => g.rules.map((r: any) => r.alert)))];
  const result = testRules(groups, [{
    interval: `${STEP / 60}m`,
    input_series: inputSeries,
    alert_rule_test: names.map((name) => expectAlerts(groups, evalTime, name, firing[name] ?? [])),
  }], EVALUATION_INTERVAL);
  if (!result.ok) throw new Error(`promtool test rules failed:\n${result.output}`);
}

const warn = (labels: Labels) => ({ ...labels, severity: 'warning' });
const crit = (labels: Labels) => ({ ...labels, severity: 'critical' });

/** Histogram buckets of apiserver_client_certificate_expiration_seconds with every observation in the bucket `le`. */
function clientCertHistogram(observedLe: number): Array<{ series: string; values: string }> {
  const bounds = [21600, 43200, 86400, 172800, 345600, 604800, 2592000, 7776000, 15552000, 31104000];
  const job = { job: 'apiserver', instance: '10.0.0.1:6443' };
  return [
    ...bounds.map((le) => series('apiserver_client_certificate_expiration_seconds_bucket', { ...job, le: String(le) }, le >= observedLe ? rising(10) : constant(0))),
    series('apiserver_client_certificate_expiration_seconds_bucket', { ...job, le: '+Inf' }, rising(10)),
    series('apiserver_client_certificate_expiration_seconds_count', job, rising(10)),
  ];
}

describe('ClusterPkiAlerts: synthesized YAML', () => {
  test('all groups: snapshot and fields', () => {
    const chart = newChart();
    new ClusterPkiAlerts(chart, 'pki', { x509Exporter: true, clusterLabel: 'cluster', labels: { team: 'platform' } });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const groups = objects[0].spec.groups;
    expect(groups.map((g: any) => g.name)).toEqual(['kubernetes-apiserver-certificates', 'kubernetes-kubelet-certificates', 'x509-certificate-exporter']);
    const api = rulesNamed(groups, ClusterPkiAlertName.API_SERVER_CLIENT_CERT_EXPIRATION);
    expect(api.map((r) => r.labels.severity)).toEqual(['warning', 'critical']);
    expect(api[0].expr).toBe([
      'histogram_quantile(0.01, sum by (cluster, job, le) (rate(apiserver_client_certificate_expiration_seconds_bucket{job="apiserver"}[5m]))) < 604800',
      'and on (cluster, job) apiserver_client_certificate_expiration_seconds_count{job="apiserver"} > 0',
    ].join('\n'));
    expect(api[1].expr).toContain('< 86400');
    for (const rule of groups.flatMap((g: any) => g.rules)) {
      expect(rule.labels.team).toBe('platform');
      expect(rule.annotations.runbook_url).toMatch(new RegExp(`/docs/runbooks/${rule.alert}\\.md$`));
    }
  });

  test('defaults: API server and kubelet only (the x509 exporter is opt-in)', () => {
    const chart = newChart();
    new ClusterPkiAlerts(chart, 'pki');
    const groups = synthValid(chart)[0].spec.groups;
    expect(groups.map((g: any) => g.name)).toEqual(['kubernetes-apiserver-certificates', 'kubernetes-kubelet-certificates']);
  });

  test('refuses a critical threshold not below the warning one', () => {
    expect(() => new ClusterPkiAlerts(newChart(), 'pki', { warningThreshold: Duration.days(2), criticalThreshold: Duration.days(3) }))
      .toThrow(/criticalThreshold \(3d\) must be positive and shorter than warningThreshold \(2d\)/);
  });
});

describe('ClusterPkiAlerts: promtool', () => {
  const groups = pkiGroups();
  const node = { job: 'kubelet', node: 'node-1', instance: '10.0.0.11:10250' };
  const apiserver = { job: 'apiserver' };
  const file = { filepath: '/etc/kubernetes/pki/apiserver.crt', filename: 'apiserver.crt', subject_CN: 'kube-apiserver', instance: 'node-1', job: 'x509-certificate-exporter' };

  promtoolTest('check rules passes, with and without the cluster label; a broken expression fails', () => {
    expect(checkRules(groups).ok).toBe(true);
    const multi = checkRules(pkiGroups({ x509Exporter: true, clusterLabel: 'cluster', apiServerJob: 'kube-apiserver', kubeletJob: 'kubelet' }));
    expect(multi.output).toContain('SUCCESS: 12 rules found');
    const broken = JSON.parse(JSON.stringify(groups));
    broken[0].rules[0].expr = broken[0].rules[0].expr.replace('histogram_quantile(0.01,', 'histogram_quantile(0.01');
    expect(checkRules(broken).ok).toBe(false);
  });

  promtoolTest('healthy cluster PKI fires nothing', () => {
    expectScenario(groups, [
      ...clientCertHistogram(31104000),
      series('kubelet_certificate_manager_client_ttl_seconds', node, constant(300 * DAY)),
      series('kubelet_certificate_manager_server_ttl_seconds', node, constant(300 * DAY)),
      series('kubelet_certificate_manager_client_expiration_renew_errors', node, constant(0)),
      series('kubelet_server_expiration_renew_errors', node, constant(0)),
      series('x509_cert_not_after', file, constant(NOW + 200 * DAY)),
      series('x509_cert_expired', file, constant(0)),
      series('x509_read_errors', { instance: 'node-1', job: 'x509-certificate-exporter' }, constant(0)),
    ], {});
  });

  promtoolTest('API server client certificates: 4 days left warns, 12 hours left is also critical', () => {
    expectScenario(groups, clientCertHistogram(345600), {
      [ClusterPkiAlertName.API_SERVER_CLIENT_CERT_EXPIRATION]: [warn(apiserver)],
    });
    expectScenario(groups, clientCertHistogram(43200), {
      [ClusterPkiAlertName.API_SERVER_CLIENT_CERT_EXPIRATION]: [warn(apiserver), crit(apiserver)],
    });
  });

  promtoolTest('kubelet certificates expiring and failing to renew fire', () => {
    expectScenario(groups, [
      series('kubelet_certificate_manager_client_ttl_seconds', node, constant(3 * DAY)),
      series('kubelet_certificate_manager_server_ttl_seconds', node, constant(12 * HOUR)),
      series('kubelet_certificate_manager_client_expiration_renew_errors', node, rising(1)),
      series('kubelet_server_expiration_renew_errors', node, rising(1)),
    ], {
      [ClusterPkiAlertName.KUBELET_CLIENT_CERT_EXPIRATION]: [warn(node)],
      [ClusterPkiAlertName.KUBELET_SERVER_CERT_EXPIRATION]: [warn(node), crit(node)],
      [ClusterPkiAlertName.KUBELET_CLIENT_CERT_RENEWAL_ERRORS]: [node],
      [ClusterPkiAlertName.KUBELET_SERVER_CERT_RENEWAL_ERRORS]: [node],
    });
  });

  promtoolTest('x509-certificate-exporter: expiring, expired and read errors fire', () => {
    const expired = { ...file, filepath: '/etc/kubernetes/pki/front-proxy-client.crt', filename: 'front-proxy-client.crt', subject_CN: 'front-proxy-client' };
    const secret = { secret_namespace: 'ingress', secret_name: 'legacy-tls', secret_key: 'tls.crt', subject_CN: 'legacy.example.com', instance: 'node-2', job: 'x509-certificate-exporter' };
    const exporter = { instance: 'node-1', job: 'x509-certificate-exporter' };
    expectScenario(groups, [
      series('x509_cert_not_after', file, constant(NOW + 5 * DAY)),
      series('x509_cert_expired', file, constant(0)),
      series('x509_cert_not_after', secret, constant(NOW + 20 * HOUR)),
      series('x509_cert_expired', secret, constant(0)),
      series('x509_cert_not_after', expired, constant(NOW - DAY)),
      series('x509_cert_expired', expired, step(0, NOW - DAY, 1)),
      series('x509_read_errors', exporter, rising(1)),
    ], {
      [ClusterPkiAlertName.X509_CERT_EXPIRATION]: [warn(file), warn(secret), crit(secret), warn(expired), crit(expired)],
      [ClusterPkiAlertName.X509_CERT_EXPIRED]: [expired],
      [ClusterPkiAlertName.X509_EXPORTER_READ_ERRORS]: [exporter],
    });
  });

  test('every alert has at least one scenario where it fires', () => {
    // Kept in sync by hand with the scenarios above; a new alert without a firing test fails here.
    const covered = [
      ClusterPkiAlertName.API_SERVER_CLIENT_CERT_EXPIRATION, ClusterPkiAlertName.KUBELET_CLIENT_CERT_EXPIRATION,
      ClusterPkiAlertName.KUBELET_SERVER_CERT_EXPIRATION, ClusterPkiAlertName.KUBELET_CLIENT_CERT_RENEWAL_ERRORS,
      ClusterPkiAlertName.KUBELET_SERVER_CERT_RENEWAL_ERRORS, ClusterPkiAlertName.X509_CERT_EXPIRATION,
      ClusterPkiAlertName.X509_CERT_EXPIRED, ClusterPkiAlertName.X509_EXPORTER_READ_ERRORS,
    ];
    expect([...covered].sort()).toEqual([...ALL_ALERTS].sort());
  });
});
