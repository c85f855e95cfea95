// What counts as a placeholder (a value filled in after the YAML is written) and what does not.
import { auditManifests } from '../../src';
import { fieldPlaceholderPaths, isPlaceholder, placeholderPaths, valueAtPath } from '../../src/rules/util/placeholder';

describe('isPlaceholder', () => {
  test.each([
    '${SECRET_DOMAIN}', 'app.${SECRET_DOMAIN}', '${VAR:=default}', '${VAR:-x}', '${SECRET_DOMAIN/./-}-tls',
    '{{ .Values.ingress.host }}', '{{- include "app.fullname" . -}}', '{{ .Release.Namespace }}', '{{ $.Values.x }}', '{{ cluster_domain }}',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  test.each([
    'app.example.com', '$VAR', '{ not: a-template }', '<no value>',
    // Prometheus and Alertmanager templates stay in the object and are evaluated at run time.
    'certificate {{ $labels.name }} expires in {{ $value | humanizeDuration }}',
    '{{ with $labels.exported_namespace }}{{ . }}{{ else }}{{ $labels.namespace }}{{ end }}',
    '{{ .CommonLabels.alertname }}',
  ])('%s is not', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  test('non-strings are not', () => {
    expect(isPlaceholder(42)).toBe(false);
    expect(isPlaceholder(undefined)).toBe(false);
  });
});

describe('finding paths', () => {
  const obj = { metadata: { annotations: { 'cert-manager.io/duration': '${D}', 'cert-manager.io': 'x' } }, spec: { tls: [{ hosts: ['a', '${H}'] }] } };

  test('placeholderPaths lists every placeholder as a finding path', () => {
    expect(placeholderPaths(obj)).toEqual(['metadata.annotations.cert-manager.io/duration', 'spec.tls[0].hosts[1]']);
  });

  test('valueAtPath follows dotted annotation keys, longest key first', () => {
    expect(valueAtPath(obj, 'metadata.annotations.cert-manager.io/duration')).toBe('${D}');
    expect(valueAtPath(obj, 'metadata.annotations.cert-manager.io')).toBe('x');
    expect(valueAtPath(obj, 'spec.tls[0].hosts[1]')).toBe('${H}');
    expect(valueAtPath(obj, 'spec.tls[3].hosts')).toBeUndefined();
  });
});

test('a PrometheusRule with alert templates gets no placeholder note', () => {
  const rule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'certs', namespace: 'monitoring' },
    spec: {
      groups: [{
        name: 'certs',
        rules: [{
          alert: 'CertificateExpiring',
          expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 7 * 86400',
          for: '1h',
          labels: { severity: 'warning' },
          annotations: { summary: 'Certificate {{ $labels.name }} expires in {{ $value | humanizeDuration }}' },
        }],
      }],
    },
  };
  expect(auditManifests([rule]).filter((f) => f.ruleId === 'TLS-PLACEHOLDER')).toEqual([]);
  const templated = { ...rule, metadata: { ...rule.metadata, namespace: '{{ .Release.Namespace }}' } };
  expect(auditManifests([templated]).filter((f) => f.ruleId === 'TLS-PLACEHOLDER').map((f) => [f.ruleId, f.path])).toEqual([['TLS-PLACEHOLDER', 'metadata.namespace']]);
});

test('a ConfigMap payload (a Grafana dashboard\'s ${datasource}) is not a field; its metadata is', () => {
  const dashboard = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'certs-dashboard', namespace: 'monitoring' }, data: { 'certs.json': '{"datasource": "${datasource}"}' } };
  expect(fieldPlaceholderPaths(dashboard)).toEqual([]);
  expect(fieldPlaceholderPaths({ ...dashboard, metadata: { name: '${APP}-dashboard' } })).toEqual(['metadata.name']);
  expect(fieldPlaceholderPaths({ apiVersion: 'v1', kind: 'Secret', stringData: { 'tls.crt': '${CERT}' } })).toEqual(['stringData.tls.crt']);
});
