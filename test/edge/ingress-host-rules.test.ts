import { Chart, Testing } from 'cdk8s';
import { Ingress } from 'cdk8s-plus-27';
import { ingressWithHosts } from '../../scripts/bench/ingress-hosts';
import { SelfSignedIssuer, TlsIngress, TlsSource } from '../../src';
import { useDictionaryHostRules } from '../../src/edge/ingress-host-rules';
import { objectOf, synthValid } from '../support/schema';

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
});
