import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'cdk8s';
import { newChart } from './rule-fixtures';
import { CertManagerMonitor, MonitorKind } from '../../src';
import { objectOf, synthValid } from '../support/schema';

const CHART = path.resolve(__dirname, '..', '..', 'charts', 'cert-manager-v1.21.1', 'templates');

describe('CertManagerMonitor', () => {
  test('ServiceMonitor (default): snapshot and the chart\'s labels, port and job label', () => {
    const chart = newChart();
    const monitor = new CertManagerMonitor(chart, 'monitor');
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const sm = objectOf(objects, 'ServiceMonitor');
    expect(sm.metadata.namespace).toBe('cert-manager');
    expect(sm.spec.jobLabel).toBe('app.kubernetes.io/name');
    expect(sm.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'cert-manager',
      'app.kubernetes.io/instance': 'cert-manager',
      'app.kubernetes.io/component': 'controller',
    });
    expect(sm.spec.namespaceSelector).toEqual({ matchNames: ['cert-manager'] });
    expect(sm.spec.endpoints).toEqual([{ port: 'http-metrics', path: '/metrics', interval: '1m', scrapeTimeout: '30s', honorLabels: false }]);
    expect(monitor.job).toBe('cert-manager');
  });

  test('PodMonitor option, other namespace, release and labels', () => {
    const chart = newChart();
    new CertManagerMonitor(chart, 'monitor', {
      kind: MonitorKind.POD_MONITOR,
      certManagerNamespace: 'security',
      monitorNamespace: 'monitoring',
      releaseName: 'cm',
      labels: { release: 'kube-prometheus-stack' },
      interval: Duration.seconds(30),
      scrapeTimeout: Duration.seconds(10),
    });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const pm = objectOf(objects, 'PodMonitor');
    expect(pm.metadata).toEqual({ name: 'cert-manager', namespace: 'monitoring', labels: { release: 'kube-prometheus-stack' } });
    expect(pm.spec.namespaceSelector).toEqual({ matchNames: ['security'] });
    expect(pm.spec.selector.matchLabels['app.kubernetes.io/instance']).toBe('cm');
    expect(pm.spec.podMetricsEndpoints).toEqual([{ port: 'http-metrics', path: '/metrics', interval: '30s', scrapeTimeout: '10s', honorLabels: false }]);
  });

  test('the chart\'s Service and controller pods carry the labels and port name the monitor selects', () => {
    // Read from the pinned chart, so a chart upgrade that renames them fails here.
    const service = fs.readFileSync(path.join(CHART, 'service.yaml'), 'utf8');
    const deployment = fs.readFileSync(path.join(CHART, 'deployment.yaml'), 'utf8');
    expect(service).toMatch(/port: 9402\s+name: http-metrics/);
    expect(deployment).toMatch(/containerPort: 9402\s+name: http-metrics/);
    for (const text of [service, deployment]) {
      expect(text).toMatch(/app\.kubernetes\.io\/name: \{\{ (template|include) "cert-manager\.name" \. \}\}/);
      expect(text).toContain('app.kubernetes.io/instance: {{ .Release.Name }}');
      expect(text).toContain('app.kubernetes.io/component: "controller"');
    }
    expect(fs.readFileSync(path.join(CHART, 'servicemonitor.yaml'), 'utf8')).toContain('jobLabel: app.kubernetes.io/name');
  });

  test('refuses selectors that would scrape the wrong thing or lose the job label', () => {
    expect(() => new CertManagerMonitor(newChart(), 'm', { selectorLabels: {} })).toThrow(/empty selector/);
    expect(() => new CertManagerMonitor(newChart(), 'm', { selectorLabels: { app: 'cert-manager' } })).toThrow(/include "app.kubernetes.io\/name"/);
    expect(() => new CertManagerMonitor(newChart(), 'm', { interval: Duration.seconds(10), scrapeTimeout: Duration.seconds(30) })).toThrow(/must not exceed interval/);
  });
});
