import { assertLabelName, promqlString, regexLiteral, regexProblem } from './promql';

/**
 * One label matcher of a PromQL selector, e.g. `namespace="apps"` or `name=~"web|api"`.
 * Values are escaped when rendered, so any string is safe to pass.
 */
export class LabelMatcher {
  /** `label="value"`. */
  public static equal(label: string, value: string): LabelMatcher {
    return new LabelMatcher(label, '=', value);
  }

  /** `label!="value"`. */
  public static notEqual(label: string, value: string): LabelMatcher {
    return new LabelMatcher(label, '!=', value);
  }

  /** `label=~"pattern"`: an RE2 regular expression, anchored at both ends by Prometheus. */
  public static regex(label: string, pattern: string): LabelMatcher {
    return new LabelMatcher(label, '=~', checkedPattern(label, pattern));
  }

  /** `label!~"pattern"`: an RE2 regular expression, anchored at both ends by Prometheus. */
  public static notRegex(label: string, pattern: string): LabelMatcher {
    return new LabelMatcher(label, '!~', checkedPattern(label, pattern));
  }

  /** The label equals one of `values` (literal strings, regex-escaped): `label=~"a|b\\.c"`. */
  public static oneOf(label: string, values: string[]): LabelMatcher {
    if (values.length === 0) {
      throw new Error(`LabelMatcher.oneOf("${label}"): give at least one value (an empty list would match nothing)`);
    }
    const unique = [...new Set(values)];
    return unique.length === 1
      ? new LabelMatcher(label, '=', unique[0])
      : new LabelMatcher(label, '=~', unique.map(regexLiteral).join('|'));
  }

  /** The label equals none of `values` (literal strings, regex-escaped). */
  public static noneOf(label: string, values: string[]): LabelMatcher {
    if (values.length === 0) {
      throw new Error(`LabelMatcher.noneOf("${label}"): give at least one value`);
    }
    const unique = [...new Set(values)];
    return unique.length === 1
      ? new LabelMatcher(label, '!=', unique[0])
      : new LabelMatcher(label, '!~', unique.map(regexLiteral).join('|'));
  }

  /**
   * @param label the label name
   * @param operator one of `=`, `!=`, `=~`, `!~`
   * @param value the value or RE2 pattern, unescaped
   */
  private constructor(public readonly label: string, public readonly operator: string, public readonly value: string) {
    assertLabelName(label);
  }

  /** The matcher as PromQL, e.g. `namespace="apps"`. */
  public toString(): string {
    return `${this.label}${this.operator}${promqlString(this.value)}`;
  }
}

function checkedPattern(label: string, pattern: string): string {
  const problem = regexProblem(pattern);
  if (problem) {
    throw new Error(`LabelMatcher for "${label}": pattern ${JSON.stringify(pattern)} is not usable: ${problem}`);
  }
  return pattern;
}
