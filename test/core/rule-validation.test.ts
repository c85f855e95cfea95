// The seam between constructs and the rule engine: when the rules run, and what becomes of a rule
// that crashes.
import { JsonPatch, Testing } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { ClusterIssuer, KeyAlgorithm } from '../../src';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';
import { auditManifests } from '../../src/rules/engine';
import { KubeObject } from '../../src/rules/object';
import { CROSS_CHECKS } from '../../src/rules/registry';
import { CrossCheck } from '../../src/rules/rule';
import { synthError } from '../support/synth-error';

/** Runs `body` with `checks` added to the engine's cross-object checks, first. */
function withCrossChecks<T>(checks: CrossCheck[], body: () => T): T {
  const registry = CROSS_CHECKS as CrossCheck[];
  registry.unshift(...checks);
  try {
    return body();
  } finally {
    registry.splice(0, checks.length);
  }
}

const crashing: CrossCheck = function crashingCrossRule() {
  throw new Error('boom');
};

describe('a cross-object rule that crashes', () => {
  test('at synth: an app-level internal error, even when the first object of the app is not checked by the library', () => {
    const chart = Testing.chart();
    chart.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    // A plain cdk8s-plus object first: no construct of the library reports for it.
    new plus.ConfigMap(chart, 'settings', { data: { a: 'b' } });
    ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca').issue('web', { dnsNames: ['web.internal'] });
    const message = withCrossChecks([crashing], () => synthError(chart));
    expect(message).toMatch(/\[\] \[TLS-INTERNAL\] a cross-object rule \(crashingCrossRule\) failed on this app: boom; its findings are missing: please report this app's manifests as a cdk8s-tls bug/);
  });

  test('the other cross-object rules still run', () => {
    const later: CrossCheck = (ctx, reporterFor) => {
      for (const obj of ctx.objects) reporterFor(obj).error('TEST-LATER', '', 'later rule ran');
    };
    const objects: KubeObject[] = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }];
    const findings = withCrossChecks([crashing, later], () => auditManifests(objects));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'TEST-LATER', name: 'a' }));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'TLS-INTERNAL', kind: '', name: '', message: expect.stringContaining('crashingCrossRule') }));
  });
});

describe('validation passes', () => {
  test('a change between node.validate() and synth is seen by synth', () => {
    const chart = Testing.chart();
    chart.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    const issuer = ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca');
    const first = issuer.issue('first', { dnsNames: ['first.internal'] });
    const second = issuer.issue('second', { dnsNames: ['second.internal'] });
    expect(second.node.validate()).toEqual([]);
    first.apiObject.addJsonPatch(JsonPatch.replace('/spec/privateKey', { algorithm: KeyAlgorithm.RSA, size: 1024 }));
    expect(synthError(chart)).toMatch(/\[test\/ca\/first\] \[CM-C20\] spec\.privateKey\.size/);
  });

  test('a change after a synth is seen by the next synth', () => {
    const chart = Testing.chart();
    chart.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    const cert = ClusterIssuer.fromClusterIssuerName(chart, 'ca', 'internal-ca').issue('web', { dnsNames: ['web.internal'] });
    Testing.synth(chart);
    cert.apiObject.addJsonPatch(JsonPatch.replace('/spec/privateKey', { algorithm: KeyAlgorithm.RSA, size: 1024 }));
    expect(synthError(chart)).toMatch(/\[CM-C20\]/);
  });
});
