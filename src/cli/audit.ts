import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { CliIo, UsageError } from './io';
import { findingsByObject, ruleContext } from '../rules/engine';
import { Finding, FindingSeverity } from '../rules/finding';
import { KubeObject, isRecord } from '../rules/object';

export const AUDIT_USAGE = `usage: cdk8s-tls audit <file|dir|->... [--format text|json] [--strict]

Checks Kubernetes YAML (cert-manager, trust-manager, Gateway API, Istio, Linkerd, Prometheus
Operator objects) with the rules cdk8s-tls constructs apply at synth. Directories are read
recursively (*.yaml, *.yml); '-' reads standard input.

exit status: 0 no errors (with --strict: no errors or warnings; infos never fail), 1 findings, 2 unreadable input or bad usage`;

interface AuditArgs { inputs: string[]; format: 'text' | 'json'; strict: boolean }

/** Where an object was read from. */
interface Source { file: string; line: number }

/** A finding with the place of its object. */
export interface LocatedFinding extends Finding { readonly file: string; readonly line: number }

function parseArgs(args: readonly string[]): AuditArgs {
  const parsed: AuditArgs = { inputs: [], format: 'text', strict: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--strict') {parsed.strict = true;} else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      parsed.format = value;
    } else if (arg.startsWith('-') && arg !== '-') {throw new UsageError(`unknown option ${arg}`);} else {parsed.inputs.push(arg);}
  }
  if (parsed.inputs.length === 0) throw new UsageError('no input: name files, directories or - for standard input');
  return parsed;
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

/** Objects of one YAML text with their line; `List` objects are unpacked. Throws `file:line` on bad YAML. */
export function parseObjects(text: string, file: string): Array<{ object: KubeObject; source: Source }> {
  const lineCounter = new YAML.LineCounter();
  const documents = YAML.parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  const found: Array<{ object: KubeObject; source: Source }> = [];
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new InputError(`${file}:${line}:${col}: cannot parse YAML: ${error.message.split('\n')[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 1000 });
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    const objects = isRecord(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
    for (const object of objects) {
      if (isRecord(object)) found.push({ object, source: { file, line } });
    }
  }
  return found;
}

export class InputError extends Error {}

/** `cdk8s-tls audit`: returns the exit status. */
export function audit(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args);
  const sources = new Map<KubeObject, Source>();
  const inputErrors: string[] = [];
  for (const input of parsed.inputs) {
    let files: string[];
    try {
      files = input === '-' ? ['-'] : yamlFiles(input);
    } catch (e) {
      inputErrors.push(`${input}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    for (const file of files) {
      const shownAs = file === '-' ? '<stdin>' : file;
      try {
        const text = file === '-' ? io.readStdin() : fs.readFileSync(file, 'utf8');
        for (const { object, source } of parseObjects(text, shownAs)) sources.set(object, source);
      } catch (e) {
        inputErrors.push(e instanceof InputError ? e.message : `${shownAs}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
  }

  const findings: LocatedFinding[] = [];
  const files = new Map([...sources].map(([object, source]) => [object, source.file]));
  for (const [object, objectFindings] of findingsByObject(ruleContext([...sources.keys()], {}, files))) {
    const source = sources.get(object)!;
    findings.push(...objectFindings.map((f) => ({ ...f, file: source.file, line: source.line })));
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path)
    || a.message.localeCompare(b.message));

  if (parsed.format === 'json') {io.stdout(`${JSON.stringify(findings, null, 2)}\n`);} else {
    for (const f of findings) io.stdout(`${formatText(f)}\n`);
    const count = (severity: FindingSeverity) => findings.filter((f) => f.severity === severity).length;
    io.stderr(`${sources.size} objects, ${count(FindingSeverity.ERROR)} errors, ${count(FindingSeverity.WARNING)} warnings, ${count(FindingSeverity.INFO)} infos\n`);
  }
  for (const message of inputErrors) io.stderr(`${message}\n`);

  if (inputErrors.length) return 2;
  const failing = findings.filter((f) => f.severity === FindingSeverity.ERROR || (parsed.strict && f.severity === FindingSeverity.WARNING));
  return failing.length ? 1 : 0;
}

function formatText(f: LocatedFinding): string {
  const object = `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}`;
  return `${f.file}:${f.line}: ${f.severity} [${f.ruleId}] ${object}: ${f.message}`;
}
