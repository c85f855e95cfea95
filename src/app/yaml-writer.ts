import * as fs from 'fs';
import * as path from 'path';
import { Yaml } from 'cdk8s';
import type * as YamlPackage from 'yaml';

/**
 * The `yaml` package cdk8s itself writes with (cdk8s bundles its own copy): every quoting and
 * style decision this writer asks of it is then the one cdk8s's `Yaml.stringify()` takes, whatever
 * version of `yaml` this library was installed with.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const YAML: typeof YamlPackage = require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s/package.json'))] }));

/**
 * cdk8s's `Yaml.stringify()` and `Yaml.save()`, byte for byte, at a fraction of the cost.
 *
 * cdk8s renders every document with the `yaml` package, which builds a node tree per document
 * and re-derives the style of every scalar; on a large app that is most of the synthesis time, and
 * its allocation rate makes the time depend on the state of V8's heap (the same YAML took from 5
 * to 24 seconds at 3,000 tenants). Kubernetes manifests are plain JSON trees of block mappings and
 * sequences whose scalars are mostly identifiers, so this writer emits that shape directly and asks
 * the `yaml` package only what it alone knows: how it writes each distinct scalar that is not a
 * plain identifier (answers cached per call; a block scalar is re-indented to its depth). Anything
 * outside that shape (a string written as quoted lines, a key the `yaml` package writes as `? key`,
 * an object seen twice, which it would write as an anchor, `undefined`, a class instance, a scalar
 * at the top) makes that one document go through cdk8s's own `Yaml.stringify()`: the output is
 * the same either way, only the cost differs.
 */

/** cdk8s's options for the `yaml` package (cdk8s 2.x `Yaml.stringify`; test/api/tls-app-contract.test.ts checks them). */
export const CDK8S_YAML_OPTIONS: YamlPackage.ToStringOptions & YamlPackage.DocumentOptions & YamlPackage.CreateNodeOptions = {
  keepUndefined: true,
  lineWidth: 0,
  version: '1.1',
};

/**
 * Strings the `yaml` package writes unquoted as keys and as values, at any depth: a letter or a
 * digit, then letters, digits and `_./-` (no indicator, no `: ` or ` #`, no document marker),
 * shorter than the 1,024 characters of an implicit key, that none of the schema's implicit types
 * (YAML 1.1's booleans, nulls, numbers, timestamps, merge key) would read back as another type.
 * The types are the `yaml` package's own, so its quoting and this test cannot drift apart.
 */
const IDENTIFIER_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,1000}$/;
/**
 * The schema's implicit types as one regular expression per flag set (one test per scalar, not one
 * per type; the `yaml` versions cdk8s has bundled write some types' tests with the `i` flag).
 */
const IMPLICIT_TYPE_BY_FLAGS: readonly RegExp[] = (() => {
  const sourcesByFlags = new Map<string, string[]>();
  for (const tag of new YAML.Document(undefined, CDK8S_YAML_OPTIONS).schema.tags) {
    if (!tag.default || tag.tag === 'tag:yaml.org,2002:str' || !('test' in tag) || !tag.test) continue;
    sourcesByFlags.set(tag.test.flags, [...sourcesByFlags.get(tag.test.flags) ?? [], `(?:${tag.test.source})`]);
  }
  return [...sourcesByFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();
const IMPLICIT_TYPE = { test: (s: string): boolean => IMPLICIT_TYPE_BY_FLAGS.some((re) => re.test(s)) };

function isPlainIdentifier(s: string): boolean {
  return IDENTIFIER_SHAPE.test(s) && !IMPLICIT_TYPE.test(s);
}

/**
 * The indicator patterns of the `yaml` package's `plainString` (2.x): a string matching one is
 * never written plain.
 */
const PLAIN_STRING_INDICATORS = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const PRINTABLE_ASCII_LINES = /^[\x20-\x7e\n]+$/;

/**
 * How the `yaml` package writes a printable-ASCII string in value position, for the two cases its
 * `stringifyString` decides without options cdk8s sets or context this writer lacks; `undefined`
 * for any other string (the package is asked). At a top-level key, like `value()`'s other answers:
 * - one line, none of the indicator patterns, not an implicit type: plain, as is;
 * - several lines, no leading space or line break, no trailing whitespace: a literal block scalar
 *   with strip chomping (`|-`), each non-blank line indented (lineWidth 0 never folds it).
 * A Kubernetes manifest has many such strings that differ per tenant (PromQL expressions,
 * descriptions); asking the package for each was most of the writer's time.
 */
function printableAsciiString(s: string): string | undefined {
  if (!s.includes('\n')) {
    return PRINTABLE_ASCII.test(s) && !PLAIN_STRING_INDICATORS.test(s) && !IMPLICIT_TYPE.test(s) ? s : undefined;
  }
  if (!PRINTABLE_ASCII_LINES.test(s) || /^[ \n]|[ \n]$/.test(s)) return undefined;
  return `|-\n  ${s.replace(/\n+/g, '$&  ')}`;
}

/** Why a document leaves the fast path: it is written by cdk8s's `Yaml.stringify()` instead. */
const UNSUPPORTED = null;
type Rendered = string | typeof UNSUPPORTED;

/** The scalars of one `stringify` call, as the `yaml` package writes them (cached). */
class ScalarStyles {
  private readonly values = new Map<unknown, Rendered>();
  private readonly topLevelKeys = new Map<string, Rendered>();
  private readonly nestedKeys = new Map<string, Rendered>();

  /** A scalar in value position (`key: <here>` or `- <here>`), or UNSUPPORTED. */
  public value(v: unknown): Rendered {
    if (typeof v === 'string') {
      if (isPlainIdentifier(v)) return v;
      const known = printableAsciiString(v);
      if (known !== undefined) return known;
    } else if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
    } else if (typeof v === 'boolean') {
      return v ? 'true' : 'false';
    } else if (v === null) {
      return 'null';
    } else {
      return UNSUPPORTED;
    }
    let rendered = this.values.get(v);
    if (rendered === undefined) {
      rendered = valueAtTopLevelKey(YAML.stringify({ k: v }, CDK8S_YAML_OPTIONS));
      this.values.set(v, rendered);
    }
    return rendered;
  }

  /**
   * A mapping key (`<here>: value`), or UNSUPPORTED. `atColumnZero`: the key of a top-level
   * mapping, where the `yaml` package quotes what would read as a document marker (`---`, `...`).
   */
  public key(k: string, atColumnZero: boolean): Rendered {
    if (isPlainIdentifier(k)) return k;
    const cache = atColumnZero ? this.topLevelKeys : this.nestedKeys;
    let rendered = cache.get(k);
    if (rendered === undefined) {
      rendered = atColumnZero
        ? singleLine(YAML.stringify({ [k]: 0 }, CDK8S_YAML_OPTIONS), '', ': 0\n')
        : singleLine(YAML.stringify({ k: { [k]: 0 } }, CDK8S_YAML_OPTIONS), 'k:\n  ', ': 0\n');
      if (rendered?.startsWith('? ')) rendered = UNSUPPORTED;
      cache.set(k, rendered);
    }
    return rendered;
  }
}

/**
 * `v` from the `yaml` package's `k: <v>\n`, which is either one line, or a block scalar (a header
 * such as `|-`, then its lines indented by two spaces, blank lines not indented). Anything else
 * (a quoted string broken over lines, whose continuation lines are not so indented) is UNSUPPORTED.
 */
function valueAtTopLevelKey(text: string): Rendered {
  if (!text.startsWith('k: ') || !text.endsWith('\n')) return UNSUPPORTED;
  const rendered = text.slice(3, -1);
  const [first, ...lines] = rendered.split('\n');
  if (lines.length === 0) return rendered;
  if (!BLOCK_SCALAR_HEADER.test(first)) return UNSUPPORTED;
  return lines.every((line) => line === '' || line.startsWith('  ')) ? rendered : UNSUPPORTED;
}

/** `|` or `>`, an indentation indicator (relative, so the same at any depth), a chomping indicator. */
const BLOCK_SCALAR_HEADER = /^[|>][1-9]?[-+]?$/;

/**
 * A value rendered at a top-level key, moved to a collection at `indent`: a block scalar's lines
 * are indented relative to the collection that holds it (the `yaml` package indents every
 * non-blank line; so does this).
 */
function atIndent(rendered: string, indent: string): string {
  return indent === '' || !rendered.includes('\n') ? rendered : rendered.replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/** The middle of `text` between `prefix` and `suffix` if it is on one line; else UNSUPPORTED. */
function singleLine(text: string, prefix: string, suffix: string): Rendered {
  if (!text.startsWith(prefix) || !text.endsWith(suffix)) return UNSUPPORTED;
  const middle = text.slice(prefix.length, text.length - suffix.length);
  return middle.includes('\n') ? UNSUPPORTED : middle;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Writes one document (a mapping or sequence at the top) in cdk8s's YAML. */
class DocumentWriter {
  private readonly seen = new Set<object>();
  /**
   * The document's pieces, joined once at the end: appending to one string would keep a rope of
   * hundreds of cons-string nodes per document alive until the whole app is written (at 5,000
   * tenants, hundreds of megabytes for the garbage collector to trace).
   */
  private readonly out: string[] = [];

  constructor(private readonly scalars: ScalarStyles) {}

  /** The document's YAML, or UNSUPPORTED. */
  public write(doc: unknown): Rendered {
    if (doc === null || typeof doc !== 'object') return UNSUPPORTED;
    return this.collection(doc, '', '', false) ? this.out.join('') : UNSUPPORTED;
  }

  /**
   * Appends `key: value` lines at `indent`. `firstPrefix` replaces the indent of the first line: a
   * mapping that is a sequence item starts on the item's `- ` line.
   */
  private mapping(map: Record<string, unknown>, keys: string[], indent: string, firstPrefix: string): boolean {
    if (this.seen.has(map)) return false;
    this.seen.add(map);
    let prefix = firstPrefix;
    for (const k of keys) {
      const key = this.scalars.key(k, indent === '');
      if (key === UNSUPPORTED) return false;
      this.out.push(prefix, key, ':');
      prefix = indent;
      if (!this.item(map[k], indent, ' ', true)) return false;
    }
    return true;
  }

  /** Appends `- item` lines at `indent` (`firstPrefix` as in `mapping`). */
  private sequence(seq: unknown[], indent: string, firstPrefix: string): boolean {
    if (this.seen.has(seq)) return false;
    this.seen.add(seq);
    let prefix = firstPrefix;
    // for...of, not forEach: a hole is `undefined`, which the yaml package writes differently.
    for (const item of seq) {
      if (!this.item(item, indent, `${prefix}- `, false)) return false;
      prefix = indent;
    }
    return true;
  }

  /**
   * A mapping value or sequence item of a collection at `indent`, after `lead` (a space after
   * `key:`, or the item's `- `): a scalar, `{}` or `[]` ends the lead's line; other collections
   * are indented one step, starting on the lead's line (a sequence item) or on the next
   * (`onNextLine`, a mapping value).
   */
  private item(value: unknown, indent: string, lead: string, onNextLine: boolean): boolean {
    if (value !== null && typeof value === 'object') return this.collection(value, `${indent}  `, lead, onNextLine);
    const scalar = this.scalars.value(value);
    if (scalar === UNSUPPORTED) return false;
    this.out.push(lead, atIndent(scalar, indent), '\n');
    return true;
  }

  /** A mapping or sequence whose lines are at `indent` (`lead`, `onNextLine` as in `item`). */
  private collection(value: object, indent: string, lead: string, onNextLine: boolean): boolean {
    const firstPrefix = onNextLine ? `\n${indent}` : lead;
    if (Array.isArray(value)) return value.length === 0 ? this.line(`${lead}[]`) : this.sequence(value, indent, firstPrefix);
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    return keys.length === 0 ? this.line(`${lead}{}`) : this.mapping(value as Record<string, unknown>, keys, indent, firstPrefix);
  }

  private line(text: string): true {
    this.out.push(text, '\n');
    return true;
  }
}

/** `Yaml.stringify(...docs)` of cdk8s, byte for byte. */
export function stringifyYaml(docs: readonly unknown[]): string {
  const scalars = new ScalarStyles();
  const parts: string[] = [];
  for (const doc of docs) {
    parts.push(doc === undefined ? '\n' : new DocumentWriter(scalars).write(doc) ?? Yaml.stringify(doc));
  }
  return parts.join('---\n');
}

/** `Yaml.save(file, docs)` of cdk8s, byte for byte. */
export function saveYaml(file: string, docs: readonly unknown[]): void {
  fs.writeFileSync(file, stringifyYaml(docs), { encoding: 'utf8' });
}
