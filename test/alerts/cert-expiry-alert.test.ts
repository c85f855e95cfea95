import { Duration, Testing } from 'cdk8s';
import {
  DAY, EVALUATION_INTERVAL, HOUR, Labels, NOW, NOW_EVAL, STEP, certAlertLabels, certSeries, constant, expectAlerts, newChart, rising,
  ruleGroupsOf, rulesNamed, scrapedCert, series, step,
} from './rule-fixtures';
import {
  AlertSeverity, CertExpiryAlert, CertManagerAlertName, ExpiryThreshold, IIssuer, LabelMatcher, SelfSignedIssuer,
} from '../../src';
import { Certificate } from '../../src/certificates/certificate';
import { checkRules, promtoolTest, testRules } from '../support/promtool';
import { objectOf, synthValid } from '../support/schema';

const ALL_ALERTS = Object.values(CertManagerAlertName) as string[];
const CERT_MANAGER_UP = series('up', { job: 'cert-manager', instance: '10.0.0.7:9402', namespace: 'cert-manager' }, constant(1));

type Firing = Partial<Record<string, Labels[]>>;

/** Runs promtool: at evalTime every alert of the rule set fires exactly as `firing` says (unlisted: not at all). */
function expectScenario(groups: any[], inputSeries: unknown[], firing: Firing, evalTime = NOW_EVAL): void {
  const names = [...new Set(groups.flatMap((g) => g.rules.map((r: any) => r.alert)))];
  for (const name of Object.keys(firing)) expect(names).toContain(name);
  const result = testRules(groups, [{
    interval: `${STEP / 60}m`,
    input_series: inputSeries,
    alert_rule_test: names.map((name) => expectAlerts(groups, evalTime, name, firing[name] ?? [])),
  }], EVALUATION_INTERVAL);
  if (!result.ok) throw new Error(`promtool test rules failed:\n${result.output}`);
}

function defaultGroups(props = {}): any[] {
  const chart = newChart();
  new CertExpiryAlert(chart, 'alerts', props);
  return ruleGroupsOf(chart);
}

describe('CertExpiryAlert: synthesized YAML', () => {
  test('default: snapshot', () => {
    const chart = newChart();
    new CertExpiryAlert(chart, 'alerts');
    expect(synthValid(chart)).toMatchSnapshot();
  });

  test('default: every alert, with summary, description, runbook_url and severity', () => {
    const groups = defaultGroups();
    expect(groups.map((g) => g.name)).toEqual(['cert-manager-certificates', 'cert-manager-issuers', 'cert-manager']);
    const rules = groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual(ALL_ALERTS);
    for (const rule of rules) {
      expect(Object.keys(rule.annotations).sort()).toEqual(['description', 'runbook_url', 'summary']);
      expect(rule.annotations.runbook_url).toBe(`https://github.com/cdk8s-tls/cdk8s-tls/blob/main/docs/runbooks/${rule.alert}.md`);
      expect(['critical', 'warning']).toContain(rule.labels.severity);
    }
    const soon = rulesNamed(groups, CertManagerAlertName.CERT_EXPIRY_SOON)[0];
    // relative to the renewal window, gated on Ready, issued only
    expect(soon.expr).toContain('certmanager_certificate_renewal_timestamp_seconds');
    expect(soon.expr).toContain(') * 0.7');
    expect(soon.expr).toContain('certmanager_certificate_ready_status{condition="True"} == 1');
    expect(soon.expr).toContain('certmanager_certificate_expiration_timestamp_seconds > 0');
    expect(soon.expr).toContain('on (exported_namespace, namespace, name)');
    expect(soon.for).toBe('1h');
    expect(rulesNamed(groups, CertManagerAlertName.ABSENT)[0].expr).toBe('absent(up{job="cert-manager"} == 1)');
    expect(rulesNamed(groups, CertManagerAlertName.ACME_RATE_LIMITED)[0].expr)
      .toBe('sum by (host) (rate(certmanager_http_acme_client_request_count{status="429"}[5m])) > 0');
  });

  test('options: threshold, grace, job, cluster label, selectors, per-alert settings, dashboard and runbook URLs', () => {
    const chart = newChart();
    new CertExpiryAlert(chart, 'alerts', {
      metadata: { name: 'certs', labels: { release: 'kube-prometheus-stack' } },
      expiryThreshold: ExpiryThreshold.timeLeft(Duration.days(7)),
      renewalGracePeriod: Duration.minutes(30),
      certManagerJob: 'cm-controller',
      clusterLabel: 'cluster',
      namespaces: ['apps', 'team.a'],
      certificateNames: ['web'],
      certificateMatchers: [LabelMatcher.equal('issuer_name', 'letsencrypt "prod"')],
      runbookBaseUrl: 'https://wiki.example.com/runbooks/',
      dashboardUrl: 'https://grafana.example.com/d/cdk8s-tls-cert-manager',
      labels: { team: 'platform' },
      expirySoon: { severity: AlertSeverity.of('page'), pendingFor: Duration.minutes(30), labels: { team: 'web' } },
      notReady: { enabled: false },
    });
    const objects = synthValid(chart);
    expect(objects).toMatchSnapshot();
    const rule = objectOf(objects, 'PrometheusRule');
    expect(rule.metadata).toEqual({ name: 'certs', namespace: 'monitoring', labels: { release: 'kube-prometheus-stack' } });
    const groups = rule.spec.groups;
    expect(groups.flatMap((g: any) => g.rules.map((r: any) => r.alert))).not.toContain(CertManagerAlertName.CERT_NOT_READY);
    const soon = rulesNamed(groups, CertManagerAlertName.CERT_EXPIRY_SOON)[0];
    expect(soon.labels).toEqual({ severity: 'page', team: 'web' });
    expect(soon.for).toBe('30m');
    expect(soon.expr).toContain('< 604800');
    expect(soon.expr).toContain('by (cluster, exported_namespace, namespace, name)');
    expect(soon.expr).toContain('on (cluster, exported_namespace, namespace, name)');
    // both namespace labels, regex-escaped; the quote in the matcher value escaped
    expect(soon.expr).toContain('{exported_namespace=~"apps|team\\\\.a", name="web", issuer_name="letsencrypt \\"prod\\""}');
    expect(soon.expr).toContain('{exported_namespace="", namespace=~"apps|team\\\\.a", name="web", issuer_name="letsencrypt \\"prod\\""}');
    expect(soon.annotations).toEqual(expect.objectContaining({
      runbook_url: 'https://wiki.example.com/runbooks/CertManagerCertExpirySoon.md',
      dashboard_url: 'https://grafana.example.com/d/cdk8s-tls-cert-manager',
    }));
    expect(soon.annotations.description).toContain('in cluster {{ $labels.cluster }}');
    expect(rulesNamed(groups, CertManagerAlertName.CERT_EXPIRED)[0].labels).toEqual({ severity: 'critical', team: 'platform' });
    expect(rulesNamed(groups, CertManagerAlertName.CERT_RENEWAL_OVERDUE)[0].expr).toContain('> 1800');
    expect(rulesNamed(groups, CertManagerAlertName.ABSENT)[0].expr).toBe('absent(up{job="cm-controller"} == 1)');
    expect(rulesNamed(groups, CertManagerAlertName.ACME_RATE_LIMITED)[0].expr).toContain('sum by (cluster, host)');
  });

  test('forCertificate scopes the certificate alerts to its name and namespace and leaves out the cluster-wide ones', () => {
    const chart = newChart();
    const issuer: IIssuer = new SelfSignedIssuer(chart, 'issuer', { metadata: { namespace: 'apps' } });
    const cert = new Certificate(chart, 'web', { issuer, metadata: { name: 'web', namespace: 'apps' }, dnsNames: ['web.apps.svc'] });
    CertExpiryAlert.forCertificate(chart, 'web-alerts', cert, { labels: { team: 'web' } });
    const objects = synthValid(chart);
    const rule = objectOf(objects, 'PrometheusRule');
    expect(rule).toMatchSnapshot();
    const rules = rule.spec.groups.flatMap((g: any) => g.rules);
    expect(rules.map((r: any) => r.alert)).toEqual([
      CertManagerAlertName.CERT_EXPIRY_SOON, CertManagerAlertName.CERT_EXPIRED,
      CertManagerAlertName.CERT_NOT_READY, CertManagerAlertName.CERT_RENEWAL_OVERDUE,
    ]);
    for (const r of rules) {
      expect(r.expr).toContain('{exported_namespace="apps", name="web"');
      expect(r.labels.team).toBe('web');
    }
  });

  test('refuses values that can never be right', () => {
    const chart = newChart();
    expect(() => new CertExpiryAlert(chart, 'a', { clusterLabel: 'my-cluster' })).toThrow(/clusterLabel "my-cluster" is not a Prometheus label name/);
    expect(() => new CertExpiryAlert(chart, 'b', { labels: { severity: 'x' } })).toThrow(/use the "severity" option/);
    expect(() => new CertExpiryAlert(chart, 'c', { runbookBaseUrl: 'wiki/runbooks' })).toThrow(/not an http\(s\) URL/);
    expect(() => new CertExpiryAlert(chart, 'd', { namespaces: [] })).toThrow(/empty list would match nothing/);
    expect(() => new CertExpiryAlert(chart, 'e', { expirySoon: { labels: { 'team-name': 'x' } } })).toThrow(/not a Prometheus label name/);
    expect(() => ExpiryThreshold.renewalWindowElapsed(1.5)).toThrow(/greater than 0 and less than 1/);
    expect(() => ExpiryThreshold.timeLeft(Duration.seconds(0))).toThrow(/must be positive/);
  });

  test('every alert disabled fails synth', () => {
    const chart = newChart();
    new CertExpiryAlert(chart, 'alerts', {
      clusterWideAlerts: false,
      expirySoon: { enabled: false },
      expired: { enabled: false },
      notReady: { enabled: false },
      renewalOverdue: { enabled: false },
    });
    expect(() => Testing.synth(chart)).toThrow(/every alert is disabled/);
  });
});

describe('CertExpiryAlert: promtool check rules', () => {
  promtoolTest('every variant of the rule groups is valid', () => {
    const variants = [
      {},
      { expiryThreshold: ExpiryThreshold.timeLeft(Duration.days(7)) },
      { clusterLabel: 'cluster', namespaces: ['apps', 'a.b|c'], certificateNames: ['web', 'api*'], certificateMatchers: [LabelMatcher.regex('issuer_name', 'le-.+')] },
      { dashboardUrl: 'https://grafana.example.com/d/x', labels: { team: 'platform' }, certManagerJob: 'cm "quoted"' },
    ];
    for (const props of variants) {
      const result = checkRules(defaultGroups(props));
      expect({ props, output: result.output, ok: result.ok }).toEqual({ props, output: expect.stringContaining('SUCCESS: 8 rules found'), ok: true });
    }
  });

  promtoolTest('a deliberately broken expression fails (the check is real)', () => {
    const groups = defaultGroups();
    const broken = JSON.parse(JSON.stringify(groups));
    broken[0].rules[0].expr = broken[0].rules[0].expr.replace('max by', 'max byy');
    const result = checkRules(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/parse error|unexpected/);
  });
});

describe('CertExpiryAlert: promtool test rules (fires / must not fire)', () => {
  const groups = defaultGroups();
  const CERT = CertManagerAlertName;

  promtoolTest('a 6-day certificate near its end, not renewed: ExpirySoon and RenewalOverdue fire', () => {
    // 6-day lifetime, renewBeforePercentage 33 -> renewal window of 2 days; 1 day left = half the window gone.
    const web = scrapedCert('short-lived');
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(web, { expiry: NOW + DAY, renewal: NOW - DAY, ready: 'True' })], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(web)],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(web)],
    });
  });

  promtoolTest('the expiry alert text, written out', () => {
    const web = scrapedCert('short-lived');
    const result = testRules(groups, [{
      interval: '5m',
      input_series: [CERT_MANAGER_UP, ...certSeries(web, { expiry: NOW + DAY, renewal: NOW - DAY, ready: 'True' })],
      alert_rule_test: [{
        eval_time: NOW_EVAL,
        alertname: 'CertManagerCertExpirySoon',
        exp_alerts: [{
          exp_labels: { severity: 'critical', name: 'short-lived', exported_namespace: 'apps', namespace: 'cert-manager' },
          exp_annotations: {
            summary: 'A certificate is close to expiry and has not been renewed.',
            description: 'The certificate short-lived in namespace apps is Ready but 30% of its renewal window has passed without a renewal; cert-manager keeps failing to renew it. It stops working at expiry.',
            runbook_url: 'https://github.com/cdk8s-tls/cdk8s-tls/blob/main/docs/runbooks/CertManagerCertExpirySoon.md',
          },
        }],
      }],
    }], EVALUATION_INTERVAL);
    expect(result.output).toContain('SUCCESS');
    expect(result.ok).toBe(true);
  });

  promtoolTest('a 6-day certificate early in its renewal window: only RenewalOverdue fires', () => {
    const web = scrapedCert('short-lived');
    // 5h into a 2-day window (10%): renewal is late, but the expiry alert waits for 30%.
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(web, { expiry: NOW + 2 * DAY - 5 * HOUR, renewal: NOW - 5 * HOUR, ready: 'True' })], {
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(web)],
    });
  });

  promtoolTest('a 90-day certificate inside its renewal window but not renewed fires', () => {
    // 90 days, renewBefore 30 days: renewal time 11 days ago, 19 days left (37% of the window gone).
    const api = scrapedCert('api');
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(api, { expiry: NOW + 19 * DAY, renewal: NOW - 11 * DAY, ready: 'True' })], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(api)],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(api)],
    });
  });

  promtoolTest('a healthy certificate fires nothing', () => {
    const api = scrapedCert('api');
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(api, { expiry: NOW + 80 * DAY, renewal: NOW + 50 * DAY, ready: 'True' })], {});
  });

  promtoolTest('never issued (expiry 0, Ready False or Unknown): no expiry alert, only NotReady', () => {
    const pending = scrapedCert('pending');
    const unknown = scrapedCert('unknown');
    expectScenario(groups, [
      CERT_MANAGER_UP,
      ...certSeries(pending, { expiry: 0, renewal: 0, ready: 'False' }),
      ...certSeries(unknown, { expiry: 0, renewal: 0, ready: 'Unknown' }),
    ], {
      [CERT.CERT_NOT_READY]: [certAlertLabels(pending, { condition: 'False' }), certAlertLabels(unknown, { condition: 'Unknown' })],
    });
  });

  promtoolTest('just renewed: was firing an hour ago, fires nothing now', () => {
    const api = scrapedCert('api');
    const renewedAt = NOW - 30 * 60;
    const input = [CERT_MANAGER_UP, ...certSeries(api, {
      expiry: step(NOW + 19 * DAY, renewedAt, renewedAt + 90 * DAY),
      renewal: step(NOW - 11 * DAY, renewedAt, renewedAt + 60 * DAY),
      ready: 'True',
    })];
    expectScenario(groups, input, {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(api)],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(api)],
    }, '13d23h');
    expectScenario(groups, input, {});
  });

  promtoolTest('expired (cert-manager marks it not ready): Expired and NotReady fire, ExpirySoon does not', () => {
    const old = scrapedCert('old');
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(old, { expiry: NOW - 2 * HOUR, renewal: NOW - 10 * DAY, ready: 'False' })], {
      [CERT.CERT_EXPIRED]: [certAlertLabels(old)],
      [CERT.CERT_NOT_READY]: [certAlertLabels(old, { condition: 'False' })],
    });
  });

  promtoolTest('metrics scraped with honorLabels (namespace not relabelled) are handled too', () => {
    const direct = { name: 'api', namespace: 'apps', job: 'cert-manager' };
    expectScenario(groups, [CERT_MANAGER_UP, ...certSeries(direct, { expiry: NOW + 19 * DAY, renewal: NOW - 11 * DAY, ready: 'True' })], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(direct)],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(direct)],
    });
  });

  promtoolTest('ACME HTTP 429 fires HittingRateLimits; other statuses do not', () => {
    const acme = { host: 'acme-v02.api.letsencrypt.org', scheme: 'https', method: 'POST', action: 'new-order', job: 'cert-manager' };
    expectScenario(groups, [
      CERT_MANAGER_UP,
      series('certmanager_http_acme_client_request_count', { ...acme, status: '429' }, rising(1)),
      series('certmanager_http_acme_client_request_count', { ...acme, host: 'acme.zerossl.com', status: '201' }, rising(5)),
    ], {
      [CERT.ACME_RATE_LIMITED]: [{ host: 'acme-v02.api.letsencrypt.org' }],
    });
  });

  promtoolTest('issuers and cluster issuers not ready fire; ready ones do not', () => {
    const issuer = (name: string, condition: string) => ({ name, condition, exported_namespace: 'apps', namespace: 'cert-manager', job: 'cert-manager' });
    const clusterIssuer = (name: string, condition: string) => ({ name, condition, namespace: 'cert-manager', job: 'cert-manager' });
    expectScenario(groups, [
      CERT_MANAGER_UP,
      series('certmanager_issuer_ready_status', issuer('broken-ca', 'False'), constant(1)),
      series('certmanager_issuer_ready_status', issuer('broken-ca', 'True'), constant(0)),
      series('certmanager_issuer_ready_status', issuer('good-ca', 'True'), constant(1)),
      series('certmanager_issuer_ready_status', issuer('good-ca', 'False'), constant(0)),
      series('certmanager_clusterissuer_ready_status', clusterIssuer('letsencrypt', 'Unknown'), constant(1)),
      series('certmanager_clusterissuer_ready_status', clusterIssuer('selfsigned', 'True'), constant(1)),
    ], {
      [CERT.ISSUER_NOT_READY]: [{ name: 'broken-ca', condition: 'False', exported_namespace: 'apps', namespace: 'cert-manager' }],
      [CERT.CLUSTER_ISSUER_NOT_READY]: [{ name: 'letsencrypt', condition: 'Unknown' }],
    });
  });

  promtoolTest('cert-manager absent: no target, or a target that is down, fires; a healthy one does not', () => {
    expectScenario(groups, [], { [CERT.ABSENT]: [{}] });
    expectScenario(groups, [series('up', { job: 'cert-manager', instance: 'x' }, constant(0))], { [CERT.ABSENT]: [{}] });
    expectScenario(groups, [series('up', { job: 'webhook', instance: 'x' }, constant(1))], { [CERT.ABSENT]: [{}] });
    expectScenario(groups, [CERT_MANAGER_UP], {});
  });

  promtoolTest('fixed threshold: less than 7 days left fires, 8 days does not', () => {
    const fixed = defaultGroups({ expiryThreshold: ExpiryThreshold.timeLeft(Duration.days(7)) });
    const soon = scrapedCert('soon');
    const later = scrapedCert('later');
    expectScenario(fixed, [
      CERT_MANAGER_UP,
      ...certSeries(soon, { expiry: NOW + 6 * DAY, renewal: NOW + 3 * DAY, ready: 'True' }),
      ...certSeries(later, { expiry: NOW + 8 * DAY, renewal: NOW + 5 * DAY, ready: 'True' }),
    ], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(soon)],
    });
  });

  promtoolTest('scoping: forCertificate alerts only for that certificate in that namespace', () => {
    const chart = newChart();
    const cert = new Certificate(chart, 'web', { issuer: new SelfSignedIssuer(chart, 'issuer', { metadata: { namespace: 'apps' } }), metadata: { name: 'web', namespace: 'apps' }, dnsNames: ['web.apps.svc'] });
    CertExpiryAlert.forCertificate(chart, 'alerts', cert);
    const scoped = ruleGroupsOf(chart);
    const failing = { expiry: NOW + 19 * DAY, renewal: NOW - 11 * DAY, ready: 'True' } as const;
    const target = scrapedCert('web', 'apps');
    expectScenario(scoped, [
      ...certSeries(target, failing),
      ...certSeries(scrapedCert('web', 'other'), failing),
      ...certSeries(scrapedCert('api', 'apps'), failing),
      ...certSeries({ name: 'web', namespace: 'staging' }, failing),
      ...certSeries(scrapedCert('web', 'apps-2'), { expiry: 0, renewal: 0, ready: 'False' }),
    ], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(target)],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(target)],
    });
  });

  promtoolTest('multi-cluster: the cluster label keeps the same certificate of two clusters apart', () => {
    const multi = defaultGroups({ clusterLabel: 'cluster', clusterWideAlerts: false });
    const eu = { ...scrapedCert('api'), cluster: 'eu-1' };
    const us = { ...scrapedCert('api'), cluster: 'us-1' };
    expectScenario(multi, [
      ...certSeries(eu, { expiry: NOW + 19 * DAY, renewal: NOW - 11 * DAY, ready: 'True' }),
      ...certSeries(us, { expiry: NOW + 80 * DAY, renewal: NOW + 50 * DAY, ready: 'True' }),
    ], {
      [CERT.CERT_EXPIRY_SOON]: [certAlertLabels(eu, { cluster: 'eu-1' })],
      [CERT.CERT_RENEWAL_OVERDUE]: [certAlertLabels(eu, { cluster: 'eu-1' })],
    });
  });

  test('every alert has at least one scenario where it fires', () => {
    // Kept in sync by hand with the scenarios above; a new alert without a firing test fails here.
    const covered = [
      CERT.CERT_EXPIRY_SOON, CERT.CERT_EXPIRED, CERT.CERT_NOT_READY, CERT.CERT_RENEWAL_OVERDUE,
      CERT.ACME_RATE_LIMITED, CERT.ISSUER_NOT_READY, CERT.CLUSTER_ISSUER_NOT_READY, CERT.ABSENT,
    ];
    expect([...covered].sort()).toEqual([...ALL_ALERTS].sort());
  });
});

test('CertExpiryAlert.forCertificate scopes the alerts to that certificate', () => {
  const chart = Testing.chart();
  const issuer = new SelfSignedIssuer(chart, 'ss', { metadata: { namespace: 'shop' } });
  const cert = issuer.issue('web', { metadata: { name: 'web' }, dnsNames: ['web.example.com'] });
  const alert = CertExpiryAlert.forCertificate(chart, 'web-alerts', cert);
  const objects = synthValid(chart);
  const rule = objects.find((o: any) => o.kind === 'PrometheusRule');
  const expressions = rule.spec.groups.flatMap((g: any) => g.rules.map((r: any) => r.expr)).join('\n');
  expect(alert.alertNames).toContain('CertManagerCertExpirySoon');
  expect(expressions).toContain('name="web"');
  expect(expressions).toContain('shop');
  expect(alert.alertNames).not.toContain('CertManagerAbsent');
});
