import * as YAML from 'yaml';
import { KubeObject, isRecord } from '../rules/object';

/** A place in an input file, 1-based. */
export interface Position { readonly line: number; readonly column: number }

/** Where an object was read from, and how to find its fields in the file. */
export interface ObjectSource {
  readonly file: string;
  /** The object's first line and column. */
  readonly start: Position;
  /**
   * The position of the field at `path` (`spec.privateKey.size`, `spec.dnsNames[1]`,
   * `metadata.annotations.cert-manager.io/issuer`): the key's position for a map entry, the
   * item's for a list entry; the nearest existing ancestor when the field is absent.
   */
  locate(path: string): Position;
}

/** Bad input, reported as `file:line:col: message` with exit status 2. */
export class InputError extends Error {}

/** Objects of one YAML text with their source; `List` objects are unpacked. Throws InputError with file:line:col. */
export function parseObjects(text: string, file: string): Array<{ object: KubeObject; source: ObjectSource }> {
  const lineCounter = new YAML.LineCounter();
  const documents = YAML.parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const at = (offset: number) => {
    const p = position(offset);
    return `${file}:${p.line}:${p.column}`;
  };
  const found: Array<{ object: KubeObject; source: ObjectSource }> = [];
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) throw new InputError(`${at(error.pos[0])}: cannot parse YAML: ${error.message.split('\n')[0]}`);
    const unresolved = unresolvedAlias(doc);
    if (unresolved) {
      throw new InputError(`${at(unresolved.range?.[0] ?? 0)}: cannot parse YAML: *${unresolved.source} is an alias to an anchor that is not defined; `
        + `a value starting with * (like *.example.com) must be quoted: "*${unresolved.source}"`);
    }
    const value = doc.toJS({ maxAliasCount: 1000 });
    const isList = isRecord(value) && value.kind === 'List' && Array.isArray(value.items);
    const objects: unknown[] = isList ? value.items : [value];
    objects.forEach((object, i) => {
      if (!isRecord(object)) return;
      const node = isList ? childNode(doc, doc.contents, 'items') : doc.contents;
      const objectNode = isList ? (YAML.isSeq(node) ? resolve(doc, node.items[i]) : undefined) : (doc.contents ?? undefined);
      const startOffset = objectNode?.range?.[0] ?? doc.contents?.range?.[0] ?? 0;
      found.push({
        object,
        source: {
          file,
          start: position(startOffset),
          locate: (path) => position(fieldOffset(doc, objectNode, path) ?? startOffset),
        },
      });
    });
  }
  return found;
}

function unresolvedAlias(doc: YAML.Document.Parsed): YAML.Alias | undefined {
  const anchors = new Set<string>();
  let unresolved: YAML.Alias | undefined;
  YAML.visit(doc, {
    Node(_key, node) {
      if (YAML.isAlias(node)) {
        if (!anchors.has(node.source) && !unresolved) unresolved = node;
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  return unresolved;
}

function resolve(doc: YAML.Document.Parsed, node: unknown): YAML.Node | undefined {
  if (YAML.isAlias(node)) return node.resolve(doc) as YAML.Node | undefined;
  return YAML.isNode(node) ? node : undefined;
}

function childNode(doc: YAML.Document.Parsed, node: unknown, key: string): YAML.Node | undefined {
  const map = resolve(doc, node);
  if (!YAML.isMap(map)) return undefined;
  const pair = map.items.find((p) => YAML.isScalar(p.key) && String(p.key.value) === key);
  return pair ? resolve(doc, pair.value) : undefined;
}

/**
 * Walks `path` down the node tree. Map keys may contain dots (annotation names), so at each map
 * the longest key that the rest of the path starts with wins; `[n]` indexes a list and `[key]`
 * names a map key verbatim. Returns the offset of the deepest field found.
 */
function fieldOffset(doc: YAML.Document.Parsed, root: YAML.Node | undefined, path: string): number | undefined {
  let node: YAML.Node | undefined = root;
  let rest = path;
  let offset: number | undefined;
  while (rest !== '' && node) {
    if (rest.startsWith('.')) rest = rest.slice(1);
    if (YAML.isSeq(node)) {
      const m = /^\[(\d+)\]/.exec(rest);
      if (!m) break;
      const item = node.items[Number(m[1])];
      if (item === undefined) break;
      offset = (item as YAML.Node).range?.[0] ?? offset;
      node = resolve(doc, item);
      rest = rest.slice(m[0].length);
      continue;
    }
    if (!YAML.isMap(node)) break;
    const bracket = /^\[([^\]]+)\]/.exec(rest);
    let best: { pair: YAML.Pair; length: number } | undefined;
    for (const pair of node.items) {
      if (!YAML.isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const length = bracket
        ? (bracket[1] === key || bracket[1] === JSON.stringify(key) ? bracket[0].length : -1)
        : (rest === key || (rest.startsWith(key) && /^[.[]/.test(rest.slice(key.length))) ? key.length : -1);
      if (length > 0 && (!best || length > best.length)) best = { pair, length };
    }
    if (!best) break;
    offset = (best.pair.key as YAML.Node).range?.[0] ?? offset;
    node = resolve(doc, best.pair.value);
    rest = rest.slice(best.length);
  }
  return offset;
}
