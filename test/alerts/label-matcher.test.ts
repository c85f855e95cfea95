import { Duration } from 'cdk8s';
import { LabelMatcher } from '../../src';
import { namespacedSelector, promDuration, promqlString, regexLiteral } from '../../src/alerts/promql';
import { checkRules, promtoolTest } from '../support/promtool';

describe('PromQL rendering', () => {
  test('label matchers escape values', () => {
    expect(LabelMatcher.equal('name', 'a"b\\c').toString()).toBe('name="a\\"b\\\\c"');
    expect(LabelMatcher.notEqual('name', 'x').toString()).toBe('name!="x"');
    expect(LabelMatcher.oneOf('namespace', ['apps', 'team.a', 'apps']).toString()).toBe('namespace=~"apps|team\\\\.a"');
    expect(LabelMatcher.oneOf('namespace', ['only']).toString()).toBe('namespace="only"');
    expect(LabelMatcher.noneOf('name', ['a*', 'b']).toString()).toBe('name!~"a\\\\*|b"');
    expect(LabelMatcher.regex('issuer_name', 'le-(prod|staging)').toString()).toBe('issuer_name=~"le-(prod|staging)"');
    expect(regexLiteral('a.b*c(d)[e]{f}|g^h$i?j+k\\')).toBe('a\\.b\\*c\\(d\\)\\[e\\]\\{f\\}\\|g\\^h\\$i\\?j\\+k\\\\');
    expect(promqlString('line\nbreak')).toBe('"line\\nbreak"');
  });

  test('refuses bad label names, lookaround and empty lists', () => {
    expect(() => LabelMatcher.equal('app.kubernetes.io/name', 'x')).toThrow(/not a Prometheus label name/);
    expect(() => LabelMatcher.regex('name', 'web(?!-canary)')).toThrow(/RE2/);
    expect(() => LabelMatcher.regex('name', '(unclosed')).toThrow(/not usable/);
    expect(() => LabelMatcher.oneOf('name', [])).toThrow(/at least one value/);
  });

  test('namespace scoping covers exported_namespace and, where absent, namespace', () => {
    expect(namespacedSelector('m', undefined, ['a="b"'])).toBe('m{a="b"}');
    expect(namespacedSelector('m', ['apps'])).toBe('(m{exported_namespace="apps"} or m{exported_namespace="", namespace="apps"})');
  });

  test('durations in Prometheus form', () => {
    expect(promDuration(Duration.days(1))).toBe('1d');
    expect(promDuration(Duration.minutes(90))).toBe('1h30m');
    expect(promDuration(Duration.seconds(0))).toBe('0s');
    expect(promDuration(Duration.millis(1500))).toBe('1s500ms');
  });

  promtoolTest('escaped matchers parse in Prometheus and match what they say', () => {
    const nasty = ['a"b', 'back\\slash', 'dot.ted', 'star*', 'new\nline'];
    const rules = nasty.map((value, i) => ({ record: `test:m_${i}`, expr: `up{${LabelMatcher.oneOf('name', [value, 'x']).toString()}, ${LabelMatcher.equal('ns', value).toString()}}` }));
    expect(checkRules([{ name: 'escaping', rules }]).ok).toBe(true);
  });
});
