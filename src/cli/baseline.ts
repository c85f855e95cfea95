import * as fs from 'fs';
import { LocatedFinding, findingFingerprint } from './formats';
import { InputError } from './source-map';
import { Finding } from '../rules/finding';

/**
 * A saved set of findings a repository has accepted for now. A finding is the same across runs
 * when its rule, object (kind, namespace, name) and field path are: line numbers move with every
 * edit and are not part of it.
 */
interface BaselineFile {
  readonly tool: 'cdk8s-tls';
  readonly version: 1;
  readonly findings: ReadonlyArray<Finding & { readonly fingerprint: string }>;
}

export function writeBaseline(file: string, findings: readonly LocatedFinding[]): void {
  const unique = new Map<string, Finding & { fingerprint: string }>();
  for (const f of findings) {
    const fingerprint = findingFingerprint(f);
    const { ruleId, severity, kind, name, namespace, path, message } = f;
    unique.set(fingerprint, { fingerprint, ruleId, severity, kind, name, ...(namespace !== undefined ? { namespace } : {}), path, message });
  }
  const baseline: BaselineFile = {
    tool: 'cdk8s-tls',
    version: 1,
    findings: [...unique.values()].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  };
  fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** The fingerprints of a baseline file, or of a saved `--format json` report. */
export function readBaseline(file: string): Set<string> {
  let value: any;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: cannot read the baseline: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const findings = Array.isArray(value) ? value : value?.findings;
  if (!Array.isArray(findings) || findings.some((f) => typeof f?.ruleId !== 'string' || typeof f?.kind !== 'string')) {
    throw new InputError(`${file}: not a baseline: write one with --write-baseline, or give a --format json report`);
  }
  return new Set(findings.map((f: Finding) => findingFingerprint({ ...f, name: f.name ?? '', path: f.path ?? '' })));
}
