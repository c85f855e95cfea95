import { ruleDoc, ruleHelpUri } from '../rules/catalogue';
import { Finding } from '../rules/finding';

/** A finding with the place of its field in the input. */
export interface LocatedFinding extends Finding {
  readonly file: string;
  /** Line and column of the offending field (of the nearest existing ancestor when the field is absent). */
  readonly line: number;
  readonly column: number;
  /** The line where the object starts. */
  readonly objectLine: number;
}

/** One audited object, for formats that list every object (JUnit). */
export interface AuditedObject {
  readonly file: string;
  readonly line: number;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export interface Report {
  readonly findings: readonly LocatedFinding[];
  readonly objects: readonly AuditedObject[];
  readonly toolVersion: string;
}

export const AUDIT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type AuditFormat = typeof AUDIT_FORMATS[number];

export function formatReport(format: AuditFormat, report: Report): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report.findings.map((f) => ({ ...f, helpUri: ruleHelpUri(f.ruleId) })), null, 2)}\n`;
    case 'sarif': return `${JSON.stringify(sarif(report), null, 2)}\n`;
    case 'github': return report.findings.map((f) => `${githubCommand(f)}\n`).join('');
    case 'junit': return junit(report);
    default: return report.findings.map((f) => `${textLine(f)}\n`).join('');
  }
}

const objectName = (o: { kind: string; namespace?: string; name: string }): string =>
  `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;

/** `file:line:col: severity [ID] Kind ns/name: message (link)`: the form editors and terminals link. */
export function textLine(f: LocatedFinding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity} [${f.ruleId}] ${objectName(f)}: ${withLink(f)}`;
}

/** The message, ending with the rule's catalogue link. */
export function withLink(f: Finding): string {
  return `${f.message} (${ruleHelpUri(f.ruleId)})`;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run; the driver lists the rules the results use. */
function sarif(report: Report): object {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'cdk8s-tls',
          version: report.toolVersion,
          informationUri: ruleHelpUri('').replace(/#$/, ''),
          rules: ruleIds.map((id) => {
            const doc = ruleDoc(id);
            return {
              id,
              shortDescription: { text: doc?.title ?? id },
              fullDescription: { text: doc ? `${doc.why} Fix: ${doc.fix}` : id },
              helpUri: ruleHelpUri(id),
              ...(doc ? { help: { text: `${doc.fix} (mirrors ${doc.source})` } } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[doc?.severity ?? 'error'] },
            };
          }),
        },
      },
      results: report.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: SARIF_LEVEL[f.severity] ?? 'error',
        message: { text: withLink(f) },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: sarifUri(f.file) },
            region: { startLine: f.line, startColumn: f.column },
          },
          logicalLocations: [{
            name: f.path || f.name,
            fullyQualifiedName: `${objectName(f)}${f.path ? `:${f.path}` : ''}`,
            kind: 'member',
            properties: { kind: f.kind, namespace: f.namespace ?? '', name: f.name, path: f.path },
          }],
        }],
        partialFingerprints: { 'cdk8sTlsFinding/v1': findingFingerprint(f) },
      })),
    }],
  };
}

/** SARIF wants URIs: relative paths with forward slashes, each segment percent-encoded. */
function sarifUri(file: string): string {
  return file.split(/[\\/]/).map((s) => encodeURIComponent(s)).join('/');
}

/** What identifies a finding across runs: rule, object and field, never the line. */
export function findingFingerprint(f: Finding): string {
  return [f.ruleId, f.kind, f.namespace ?? '', f.name, f.path].join('|');
}

const GITHUB_COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions' escaping of a command's message (%, CR, LF). */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub Actions' escaping of a command's property values (the above, plus : and ,). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=ID::message`: shown on the pull request's line. */
function githubCommand(f: LocatedFinding): string {
  const properties = [
    `file=${escapeGithubProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeGithubProperty(f.ruleId)}`,
  ].join(',');
  return `::${GITHUB_COMMAND[f.severity] ?? 'error'} ${properties}::${escapeGithubData(`${objectName(f)}: ${withLink(f)}`)}`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 has no escape for most control characters: drop them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML: a test suite per file, a test case per object, a failure per finding. */
function junit(report: Report): string {
  const byObject = new Map<string, LocatedFinding[]>();
  const key = (o: { file: string; kind: string; namespace?: string; name: string }) => `${o.file}\u0000${objectName(o)}`;
  for (const f of report.findings) byObject.set(key(f), [...(byObject.get(key(f)) ?? []), f]);
  const files = [...new Set(report.objects.map((o) => o.file))];
  const suites = files.map((file) => {
    const objects = report.objects.filter((o) => o.file === file);
    const cases = objects.map((o) => {
      const failures = byObject.get(key(o)) ?? [];
      const body = failures.map((f) => `      <failure type="${xml(f.ruleId)}" message="${xml(`[${f.ruleId}] ${f.message}`)}">${xml(`${textLine(f)}`)}</failure>\n`).join('');
      const open = `    <testcase classname="${xml(file)}" name="${xml(`${objectName(o)} (line ${o.line})`)}"`;
      return failures.length ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`;
    }).join('');
    const failed = objects.filter((o) => byObject.has(key(o))).length;
    return `  <testsuite name="${xml(file)}" tests="${objects.length}" failures="${failed}" errors="0">\n${cases}  </testsuite>\n`;
  }).join('');
  const failed = report.objects.filter((o) => byObject.has(key(o))).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cdk8s-tls audit" tests="${report.objects.length}" failures="${failed}" errors="0">\n${suites}</testsuites>\n`;
}
