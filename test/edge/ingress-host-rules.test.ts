import { spawnSync } from 'child_process';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import { Ingress } from 'cdk8s-plus-27';
import { ingressWithHosts } from './ingress-hosts';
import { SelfSignedIssuer, TlsIngress, TlsSource } from '../../src';
import { useDictionaryHostRules } from '../../src/edge/ingress-host-rules';
import { objectOf, synthValid } from '../support/schema';

const ROOT = path.join(__dirname, '..', '..');

function hostRulesOf(ingress: Ingress): object {
  return (ingress as unknown as { _rulesPerHost: object })._rulesPerHost;
}

describe('useDictionaryHostRules', () => {
  test('cdk8s-plus still keeps host rules in _rulesPerHost (pins the private field this relies on)', () => {
    const ingress = new Ingress(Testing.chart(), 'web');
    expect(Object.getPrototypeOf(hostRulesOf(ingress))).toBe(Object.prototype);
    useDictionaryHostRules(ingress);
    expect(Object.getPrototypeOf(hostRulesOf(ingress))).toBeNull();
  });

  test('the Ingress renders the same rules, in the same order, with or without it', () => {
    // "10" is a valid host (DNS-1123) and integer-like: both stores list it first.
    const hosts = ['b.example.com', 'a.example.com', '10', 'c.example.com'];
    const plain = ingressWithHosts(Testing.chart(), 'web', hosts, false);
    const dictionary = ingressWithHosts(Testing.chart(), 'web', hosts, true);
    const spec = (i: Ingress) => objectOf(synthValid(Chart.of(i)), 'Ingress').spec;
    expect(spec(dictionary)).toEqual(spec(plain));
    expect(spec(dictionary).rules.map((r: any) => r.host)).toEqual(['10', 'b.example.com', 'a.example.com', 'c.example.com']);
  });

  test('leaves a store that already holds rules as it is', () => {
    const ingress = ingressWithHosts(Testing.chart(), 'web', ['a.example.com'], false);
    const before = hostRulesOf(ingress);
    useDictionaryHostRules(ingress);
    expect(hostRulesOf(ingress)).toBe(before);
  });

  test('TlsIngress uses it', () => {
    const chart = Testing.chart();
    const issuer = new SelfSignedIssuer(chart, 'ca', { metadata: { name: 'ca' } });
    const web = new TlsIngress(chart, 'web', { metadata: { name: 'web' }, tls: TlsSource.certificate(issuer) });
    expect(Object.getPrototypeOf(hostRulesOf(web.ingress))).toBeNull();
  });

  // The reason for it, observed in V8 itself: after a few thousand Ingresses with hosts of their
  // own, two `{}` given the same new key share a hidden class only with the dictionary store.
  test.each([
    [true, true],
    [false, false],
  ])('4,000 Ingresses, dictionary store %s: fresh objects keep sharing hidden classes: %s', (dictionary, shared) => {
    const script = `
      const { Testing } = require('cdk8s');
      const { ingressWithHosts } = require(${JSON.stringify(path.join(__dirname, 'ingress-hosts'))});
      const chart = Testing.chart();
      for (let i = 0; i < 4000; i++) ingressWithHosts(chart, 'web-' + i, ['tenant-' + i + '.example.com'], ${dictionary});
      const a = {}; a.probeKeyNotSeenBefore = 1;
      const b = {}; b.probeKeyNotSeenBefore = 2;
      process.stdout.write(String(%HaveSameMap(a, b)));
    `;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(String(shared));
  }, 120_000);
});
