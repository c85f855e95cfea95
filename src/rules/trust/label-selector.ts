// metav1validation.ValidateLabelSelector (k8s.io/apimachinery), which trust-manager's webhook runs
// on every source selector and on the target's namespaceSelector: operators, values per operator,
// and label key/value syntax, with the API server's own messages.
import { isRecord, list, record, str } from '../object';
import { fieldError } from '../util/field-error';
import { labelValueErrors, qualifiedNameErrors } from '../util/names';

/** One field.Error of a label selector: the path and the text after it. */
export interface SelectorProblem {
  readonly path: string;
  readonly body: string;
}

const OPERATORS_WITH_VALUES = ['In', 'NotIn'];
const OPERATORS_WITHOUT_VALUES = ['Exists', 'DoesNotExist'];

/** Problems of a `metav1.LabelSelector` at `path`; [] when valid or absent. */
export function labelSelectorProblems(selector: unknown, path: string): SelectorProblem[] {
  if (!isRecord(selector)) return [];
  const problems: SelectorProblem[] = [];
  for (const [key, value] of Object.entries(record(selector.matchLabels))) {
    for (const e of qualifiedNameErrors(key)) problems.push({ path: `${path}.matchLabels`, body: fieldError.invalid(key, e) });
    const text = typeof value === 'string' ? value : '';
    for (const e of labelValueErrors(text)) problems.push({ path: `${path}.matchLabels`, body: fieldError.invalid(value, e) });
  }
  list(selector.matchExpressions).forEach((raw, i) => {
    const req = record(raw);
    const at = `${path}.matchExpressions[${i}]`;
    const operator = str(req.operator) ?? '';
    const values = list(req.values);
    if (OPERATORS_WITH_VALUES.includes(operator)) {
      if (values.length === 0) problems.push({ path: `${at}.values`, body: fieldError.required("must be specified when `operator` is 'In' or 'NotIn'") });
    } else if (OPERATORS_WITHOUT_VALUES.includes(operator)) {
      if (values.length > 0) problems.push({ path: `${at}.values`, body: fieldError.forbidden("may not be specified when `operator` is 'Exists' or 'DoesNotExist'") });
    } else {
      problems.push({ path: `${at}.operator`, body: fieldError.invalid(operator, 'not a valid selector operator') });
    }
    for (const e of qualifiedNameErrors(str(req.key) ?? '')) problems.push({ path: `${at}.key`, body: fieldError.invalid(req.key ?? '', e) });
  });
  return problems;
}

