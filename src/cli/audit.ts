import * as fs from 'fs';
import * as path from 'path';
import { readBaseline, writeBaseline } from './baseline';
import { AUDIT_FORMATS, AuditFormat, AuditedObject, LocatedFinding, findingFingerprint, formatReport } from './formats';
import { CliIo, UsageError } from './io';
import { InputError, ObjectSource, parseObjects } from './source-map';
import { toolVersion } from './version';
import { findingsByObject, ruleContext } from '../rules/engine';
import { FindingSeverity } from '../rules/finding';
import { KubeObject, kindOf, metadataOf } from '../rules/object';
import { ConfigError, EMPTY_CONFIG, LinterConfig, applyPolicy, findConfig, isExcludedPath, readConfig } from '../rules/policy';

export { InputError, parseObjects } from './source-map';
export type { LocatedFinding } from './formats';

export const AUDIT_USAGE = `usage: cdk8s-tls audit <file|dir|->... [--format text|json|sarif|github|junit]
                      [--fail-on error|warning|never] [--strict] [--quiet]
                      [--config FILE] [--baseline FILE] [--write-baseline FILE]

Checks Kubernetes YAML (cert-manager, trust-manager, Gateway API, Istio, Linkerd, Prometheus
Operator objects) with the rules cdk8s-tls constructs apply at synth. Directories are read
recursively (*.yaml, *.yml); '-' reads standard input.

  --format    text (default; file:line:col per finding), json, sarif (SARIF 2.1.0, for code
              scanning), github (GitHub Actions annotations), junit (one test case per object)
  --fail-on   the least severity that makes the exit status 1 (default error); --strict is
              --fail-on warning; infos (what could not be checked) never fail
  --quiet     no summary line on standard error (text and github formats print one)
  --config    the configuration file; default: the nearest .cdk8s-tls.yaml in the first input's
              directory or above (per-rule severity or off, path and namespace excludes)
  --baseline  report only findings that are not in this file (a --write-baseline file, or a
              saved --format json report); a finding is its rule, object and field, not its line
  --write-baseline  save every finding to this file and exit 0, to adopt the tool on a large
              repository and fix the rest later

Objects carry the team's decisions in the annotation cdk8s-tls/ignore:
  "TLS-X13: issuer email managed by the ACME account owner; CM-S8: <reason>"

exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unreadable input,
no Kubernetes objects in the input, or bad usage`;

type FailOn = 'error' | 'warning' | 'never';

interface AuditArgs {
  inputs: string[];
  format: AuditFormat;
  failOn: FailOn;
  quiet: boolean;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
}

function parseArgs(args: readonly string[]): AuditArgs {
  const parsed: AuditArgs = { inputs: [], format: 'text', failOn: 'error', quiet: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (name: string): string | undefined => (arg.includes('=') ? arg.slice(name.length + 1) : args[++i]);
    const is = (name: string) => arg === name || arg.startsWith(`${name}=`);
    if (arg === '--strict') {
      parsed.failOn = 'warning';
    } else if (arg === '--quiet' || arg === '-q') {
      parsed.quiet = true;
    } else if (is('--format')) {
      parsed.format = oneOf('--format', value('--format'), AUDIT_FORMATS);
    } else if (is('--fail-on')) {
      parsed.failOn = oneOf('--fail-on', value('--fail-on'), ['error', 'warning', 'never'] as const);
    } else if (is('--config') || is('--baseline') || is('--write-baseline')) {
      const name = arg.split('=')[0];
      const file = value(name);
      if (!file) throw new UsageError(`${name} takes a file name`);
      if (name === '--config') parsed.config = file;
      else if (name === '--baseline') parsed.baseline = file;
      else parsed.writeBaseline = file;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.inputs.push(arg);
    }
  }
  if (parsed.inputs.length === 0) throw new UsageError('no input: name files, directories or - for standard input');
  return parsed;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} takes ${allowed.join(', ')}; got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

function yamlFiles(input: string): string[] {
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return [input];
  return fs.readdirSync(input, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(input, entry.name);
      if (entry.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    });
}

/** A Kubernetes object names its API and kind; anything else in a YAML file is not audited. */
function isKubernetesObject(object: KubeObject): boolean {
  return typeof object.apiVersion === 'string' && object.apiVersion !== '' && kindOf(object) !== '';
}

export interface Inputs {
  readonly sources: Map<KubeObject, ObjectSource>;
  readonly errors: string[];
  readonly files: number;
  /** YAML documents that are not Kubernetes objects. */
  readonly skipped: number;
}

export function readInputs(inputs: readonly string[], io: CliIo, config: LinterConfig = EMPTY_CONFIG): Inputs {
  const sources = new Map<KubeObject, ObjectSource>();
  const errors: string[] = [];
  let files = 0;
  let skipped = 0;
  for (const input of inputs) {
    let names: string[];
    try {
      // A file named on the command line is read even when excluded; directories are filtered.
      names = input === '-' ? ['-'] : fs.statSync(input).isDirectory() ? yamlFiles(input).filter((f) => !isExcludedPath(config, f)) : [input];
    } catch (e) {
      errors.push(`${input}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    files += names.length;
    for (const file of names) {
      const shownAs = file === '-' ? '<stdin>' : file;
      try {
        const text = file === '-' ? io.readStdin() : fs.readFileSync(file, 'utf8');
        for (const { object, source } of parseObjects(text, shownAs)) {
          if (isKubernetesObject(object)) sources.set(object, source);
          else skipped++;
        }
      } catch (e) {
        errors.push(e instanceof InputError ? e.message : `${shownAs}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
  }
  return { sources, errors, files, skipped };
}

const RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

/** `cdk8s-tls audit`: returns the exit status. */
export function audit(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args);
  let config: LinterConfig;
  try {
    const file = parsed.config ?? findConfig(parsed.inputs[0] === '-' ? process.cwd() : parsed.inputs[0]);
    config = file ? readConfig(file) : EMPTY_CONFIG;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr(`cdk8s-tls audit: ${e.message}\n`);
    return 2;
  }
  const { sources, errors: inputErrors, files: fileCount, skipped } = readInputs(parsed.inputs, io, config);
  let baseline: Set<string> | undefined;
  try {
    baseline = parsed.baseline ? readBaseline(parsed.baseline) : undefined;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    inputErrors.push(e.message);
  }
  if (inputErrors.length === 0 && sources.size === 0) {
    // A CI step auditing dist/ after a failed synth must not pass.
    inputErrors.push(fileCount === 0
      ? `no YAML files (*.yaml, *.yml) in ${parsed.inputs.join(', ')}`
      : `no Kubernetes objects (YAML documents with apiVersion and kind) in ${parsed.inputs.join(', ')}${skipped ? ` (${skipped} other YAML documents)` : ''}`);
  }

  const findings: LocatedFinding[] = [];
  const files = new Map([...sources].map(([object, source]) => [object, source.file]));
  for (const [object, objectFindings] of applyPolicy(findingsByObject(ruleContext([...sources.keys()], {}, files)), config)) {
    const source = sources.get(object)!;
    findings.push(...objectFindings.filter((f) => !baseline?.has(findingFingerprint(f))).map((f) => {
      const at = source.locate(f.path);
      return { ...f, file: source.file, line: at.line, column: at.column, objectLine: source.start.line };
    }));
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
    || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path) || a.message.localeCompare(b.message));

  if (parsed.writeBaseline && inputErrors.length === 0) {
    writeBaseline(parsed.writeBaseline, findings);
    io.stderr(`wrote ${findings.length} findings to ${parsed.writeBaseline}; audit with --baseline ${parsed.writeBaseline} to see only new ones\n`);
    return 0;
  }

  const objects: AuditedObject[] = [...sources].map(([object, source]) => {
    const md = metadataOf(object);
    return { file: source.file, line: source.start.line, kind: kindOf(object), name: md.name, ...(md.namespace ? { namespace: md.namespace } : {}) };
  });
  io.stdout(formatReport(parsed.format, { findings, objects, toolVersion: toolVersion() }));
  // Machine-readable formats keep stderr empty unless the input is bad.
  if (!parsed.quiet && (parsed.format === 'text' || parsed.format === 'github')) {
    const count = (severity: FindingSeverity) => findings.filter((f) => f.severity === severity).length;
    io.stderr(`${sources.size} objects, ${count(FindingSeverity.ERROR)} errors, ${count(FindingSeverity.WARNING)} warnings, ${count(FindingSeverity.INFO)} infos\n`);
  }
  for (const message of inputErrors) io.stderr(`${message}\n`);

  if (inputErrors.length) return 2;
  if (parsed.failOn === 'never') return 0;
  return findings.some((f) => (RANK[f.severity] ?? 2) >= RANK[parsed.failOn]) ? 1 : 0;
}
