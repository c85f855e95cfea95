// The labels and annotations trust-manager copies onto its targets: its own prefixes are
// reserved (it marks the objects it manages with them), and the rest must be valid Kubernetes
// labels and annotations (apivalidation.ValidateAnnotations, metav1validation.ValidateLabels).
import { isRecord, record } from '../object';
import { Reporter } from '../report';
import { fieldError, reportField } from '../util/field-error';
import { labelValueErrors, qualifiedNameErrors } from '../util/names';

const RESERVED_PREFIXES = ['trust.cert-manager.io/', 'trust-manager.io/'];
/** The API server's total size limit for annotations. */
const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** TM-9: a target's `metadata` (Bundle and ClusterBundle alike). */
export function checkTargetMetadata(report: Reporter, metadata: unknown, path: string, ruleId: string): void {
  if (!isRecord(metadata)) return;
  const fix = 'remove it: trust-manager reserves its own prefixes to mark the objects it manages';
  for (const [field, what] of [['annotations', 'annotations'], ['labels', 'labels']] as const) {
    const at = `${path}.${field}`;
    const values = record(metadata[field]);
    let size = 0;
    for (const [key, value] of Object.entries(values)) {
      const prefix = RESERVED_PREFIXES.find((p) => key.startsWith(p));
      if (prefix) reportField(report, { ruleId, path: at, body: fieldError.invalid(key, `${prefix}* ${what} are not allowed`), fix });
      for (const e of qualifiedNameErrors(key)) {
        reportField(report, { ruleId, path: at, body: fieldError.invalid(key, e), fix: `use a valid ${field === 'labels' ? 'label' : 'annotation'} key` });
      }
      if (field === 'labels') {
        for (const e of labelValueErrors(typeof value === 'string' ? value : '')) {
          reportField(report, { ruleId, path: at, body: fieldError.invalid(value, e), fix: 'use a valid label value (or move it to annotations)' });
        }
      }
      size += key.length + (typeof value === 'string' ? value.length : 0);
    }
    if (field === 'annotations' && size > MAX_ANNOTATIONS_BYTES) {
      reportField(report, { ruleId, path: at, body: fieldError.tooLong(MAX_ANNOTATIONS_BYTES), fix: 'keep large data out of annotations' });
    }
  }
}
