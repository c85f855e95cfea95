// Whether a metav1.LabelSelector selects a set of labels (k8s.io/apimachinery labels.Selector
// semantics): matchLabels and every matchExpression must hold.
import { list, record, str } from '../object';

/** Whether `selector` selects `labels`; undefined when the selector is malformed (an unknown operator). */
export function selectorMatches(selector: unknown, labels: Record<string, unknown>): boolean | undefined {
  const sel = record(selector);
  for (const [key, value] of Object.entries(record(sel.matchLabels))) {
    if (labels[key] !== value) return false;
  }
  for (const raw of list(sel.matchExpressions)) {
    const req = record(raw);
    const key = str(req.key) ?? '';
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const values = list(req.values);
    switch (str(req.operator)) {
      case 'In': if (!has || !values.includes(labels[key])) return false; break;
      case 'NotIn': if (has && values.includes(labels[key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return undefined;
    }
  }
  return true;
}

/** The label keys a selector reads. */
export function selectorKeys(selector: unknown): string[] {
  const sel = record(selector);
  return [...Object.keys(record(sel.matchLabels)), ...list(sel.matchExpressions).map((r) => str(record(r).key) ?? '')];
}

