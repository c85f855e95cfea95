import { newChart } from './rule-fixtures';
import { CertManagerDashboard } from '../../src';
import { checkRules, promtoolTest } from '../support/promtool';
import { objectOf, synthValid } from '../support/schema';

function dashboardObjects(props = {}): any[] {
  const chart = newChart();
  new CertManagerDashboard(chart, 'dashboard', { metadata: { name: 'cert-manager-dashboard' }, ...props });
  return synthValid(chart);
}

describe('CertManagerDashboard', () => {
  test('a ConfigMap for the Grafana sidecar: snapshot', () => {
    const objects = dashboardObjects();
    expect(objects).toMatchSnapshot();
    const cm = objectOf(objects, 'ConfigMap');
    expect(cm.metadata.labels).toEqual({ grafana_dashboard: '1' });
    expect(Object.keys(cm.data)).toEqual(['cdk8s-tls-cert-manager.json']);
  });

  test('the dashboard has the panels that matter, laid out on the grid', () => {
    const cm = objectOf(dashboardObjects(), 'ConfigMap');
    const dashboard = JSON.parse(cm.data['cdk8s-tls-cert-manager.json']);
    expect(dashboard.uid).toBe('cdk8s-tls-cert-manager');
    const panels = dashboard.panels.filter((p: any) => p.type !== 'row');
    const titles = panels.map((p: any) => p.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Expiry timeline (time left, soonest first)', 'Time left until expiry', 'Not ready', 'Certificates not ready',
      'Renewals per hour', 'ACME requests', 'ACME errors (non-2xx)',
    ]));
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of panels) {
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(p.targets.length).toBeGreaterThan(0);
    }
    const expr = (title: string) => panels.find((p: any) => p.title === title).targets[0].expr;
    expect(expr('ACME errors (non-2xx)')).toContain('certmanager_http_acme_client_request_count{status!~"2.."}');
    expect(expr('Time left until expiry')).toContain('certmanager_certificate_expiration_timestamp_seconds > 0');
  });

  test('deterministic: the same props give byte-identical output', () => {
    expect(JSON.stringify(dashboardObjects())).toBe(JSON.stringify(dashboardObjects()));
  });

  test('sidecar label, uid, title and cluster label are configurable', () => {
    const cm = objectOf(dashboardObjects({ sidecarLabel: 'grafana_dashboard_cm', sidecarLabelValue: 'yes', uid: 'certs', title: 'Certs', clusterLabel: 'cluster' }), 'ConfigMap');
    expect(cm.metadata.labels).toEqual({ grafana_dashboard_cm: 'yes' });
    const dashboard = JSON.parse(cm.data['certs.json']);
    expect(dashboard.title).toBe('Certs');
    expect(dashboard.panels.find((p: any) => p.title === 'Time left until expiry').targets[0].expr).toContain('by (cluster, exported_namespace, namespace, name)');
    expect(() => dashboardObjects({ uid: 'not a uid' })).toThrow(/Grafana uids/);
  });

  promtoolTest('every panel query is valid PromQL (checked by promtool as recording rules)', () => {
    for (const clusterLabel of [undefined, 'cluster']) {
      const chart = newChart();
      const dashboard = new CertManagerDashboard(chart, 'dashboard', { clusterLabel });
      synthValid(chart);
      const rules = dashboard.queries.map((expr, i) => ({ record: `dashboard:query_${i}`, expr }));
      const result = checkRules([{ name: 'dashboard-queries', rules }]);
      expect(result.output).toContain(`SUCCESS: ${rules.length} rules found`);
    }
  });
});
