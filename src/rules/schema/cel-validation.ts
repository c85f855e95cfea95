// The CRDs' x-kubernetes-validations (CEL) rules, evaluated as the API server evaluates them on
// create (apiextensions-apiserver pkg/apiserver/schema/cel, Kubernetes 1.36):
// - every rule of a schema node runs with `self` bound to that node's value, for every list item
//   and map value the schema puts the node under; a node whose value is absent or null is skipped;
// - transition rules (those reading `oldSelf`) run on update only, so never here;
// - a rule that evaluates to false reports its messageExpression (when it evaluates to a usable
//   string), else its message, else `failed rule: <rule>`, at the node's path joined with the
//   rule's fieldPath, in the form of the reason (Invalid by default, Forbidden, Required, Duplicate);
// - a rule that fails at run time (no such key, bad duration, url() of something not a URL...)
//   rejects the object with the error;
// - the value shown is the scalar itself; objects and lists show none (the 1.35+ format; older
//   servers print the schema type, `Invalid value: "object"`).
// Each rule is parsed and planned once per process, on the first object whose kind carries it
// (about 2 ms a rule: per object, that would be most of an audit); subtrees without rules are not
// walked, and the outcomes of a node's rules are kept per value (rules read nothing but `self`).
import { CelInput, isCelError, parse, plan } from '@bufbuild/cel';
import { isRecord } from '../object';
import { celEnvironment } from './cel-environment';
import { InvalidData, celValueOf, isCelTyped } from './cel-values';
import type { SchemaViolation, StructuralSchema } from './openapi';

/** One entry of x-kubernetes-validations. */
export interface CelRuleSpec {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  readonly fieldPath?: string;
  readonly reason?: string;
  readonly optionalOldSelf?: boolean;
}

type Program = (bindings: { self: CelInput }) => unknown;

/** What became of a rule at compile time. */
export type CompiledRule =
  | { readonly spec: CelRuleSpec; readonly state: 'evaluated'; readonly program: Program; readonly messageProgram?: Program; readonly fieldPath?: string }
  | { readonly spec: CelRuleSpec; readonly state: 'transition' }
  | { readonly spec: CelRuleSpec; readonly state: 'unsupported'; readonly reason: string };

/** What happened to one rule on one value: for the coverage test and for measurements. */
export type CelOutcome = 'passed' | 'failed' | 'error' | 'transition' | 'unsupported';
export type CelObserver = (rule: CelRuleSpec, outcome: CelOutcome, path: string) => void;

// Calls the planner implements itself rather than through the function registry.
const PLANNER_CALLS = new Set(['_&&_', '_||_', '_?_:_', '_[_]', '@not_strictly_false']);
// The variables of a rule, and the type names CEL resolves as identifiers (`type(self) == int`).
const RULE_IDENTIFIERS = new Set(['self', 'oldSelf', 'int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);
const MAX_MESSAGE_EXPRESSION_BYTES = 5 * 1024;

const programs = new Map<string, { program?: Program; usesOldSelf: boolean; error?: string }>();

/** Free identifiers and called functions of a parsed expression (macros are already expanded). */
function references(expr: unknown, bound: ReadonlySet<string>, out: { idents: Set<string>; calls: Set<string> }): void {
  if (!isRecord(expr)) return;
  const kind = expr.exprKind;
  if (!isRecord(kind)) return;
  const value = kind.value;
  switch (kind.case) {
    case 'identExpr':
      if (!bound.has(value.name)) out.idents.add(value.name);
      return;
    case 'callExpr':
      out.calls.add(value.function);
      references(value.target, bound, out);
      for (const arg of value.args ?? []) references(arg, bound, out);
      return;
    case 'selectExpr':
      references(value.operand, bound, out);
      return;
    case 'listExpr':
      for (const e of value.elements ?? []) references(e, bound, out);
      return;
    case 'structExpr':
      for (const e of value.entries ?? []) {
        if (e.keyKind?.case === 'mapKey') references(e.keyKind.value, bound, out);
        references(e.value, bound, out);
      }
      return;
    case 'comprehensionExpr': {
      references(value.iterRange, bound, out);
      references(value.accuInit, bound, out);
      const inner = new Set([...bound, value.accuVar, value.iterVar, ...(value.iterVar2 ? [value.iterVar2] : [])]);
      references(value.loopCondition, inner, out);
      references(value.loopStep, inner, out);
      references(value.result, inner, out);
      return;
    }
    default:
      return;
  }
}

/** Parses, checks and plans a CEL expression once per process. */
function compileExpression(source: string): { program?: Program; usesOldSelf: boolean; error?: string } {
  const cached = programs.get(source);
  if (cached) return cached;
  let compiled: { program?: Program; usesOldSelf: boolean; error?: string };
  try {
    const parsed = parse(source);
    const refs = { idents: new Set<string>(), calls: new Set<string>() };
    references(parsed.expr, new Set(), refs);
    const env = celEnvironment();
    const unknownCalls = [...refs.calls].filter((name) => !PLANNER_CALLS.has(name) && env.funcs.find(name) === undefined);
    const unknownIdents = [...refs.idents].filter((name) => !RULE_IDENTIFIERS.has(name));
    if (unknownCalls.length > 0 || unknownIdents.length > 0) {
      compiled = {
        usesOldSelf: refs.idents.has('oldSelf'),
        error: [
          ...unknownCalls.map((name) => `undeclared function '${name}'`),
          ...unknownIdents.map((name) => `undeclared reference to '${name}'`),
        ].join(', '),
      };
    } else {
      compiled = { program: plan(env, parsed) as Program, usesOldSelf: refs.idents.has('oldSelf') };
    }
  } catch (e) {
    compiled = { usesOldSelf: /\boldSelf\b/.test(source), error: `syntax error: ${(e as Error).message}` };
  }
  programs.set(source, compiled);
  return compiled;
}

/**
 * A rule's fieldPath (`.spec.x`, `['x.y']`, `.labels['k']`) as the API server prints it under the
 * node: property names joined with dots, map keys in brackets. Undefined when it does not name a
 * field of the node's schema (such a CRD is refused by the API server).
 */
export function normalizeFieldPath(jsonPath: string, schema: StructuralSchema): string | undefined {
  let out = '';
  let node: StructuralSchema | undefined = schema;
  const token = /\.([^.[\]]+)|\['((?:[^'\\]|\\.)*)'\]/y;
  let at = 0;
  while (at < jsonPath.length) {
    token.lastIndex = at;
    const m = token.exec(jsonPath);
    if (!m || !node) return undefined;
    at = token.lastIndex;
    const name = m[1] ?? m[2].replace(/\\(.)/g, '$1');
    if (node.properties) {
      if (!Object.prototype.hasOwnProperty.call(node.properties, name)) return undefined;
      out = out === '' ? name : `${out}.${name}`;
      node = node.properties[name];
    } else if (isRecord(node.additionalProperties)) {
      out = `${out}[${name}]`;
      node = node.additionalProperties as StructuralSchema;
    } else {
      return undefined;
    }
  }
  return out === '' ? undefined : out;
}

const compiledNodes = new WeakMap<readonly CelRuleSpec[], readonly CompiledRule[]>();

/** The compiled rules of one schema node, compiled on first use. */
export function compileNodeRules(rules: readonly CelRuleSpec[], schema: StructuralSchema): readonly CompiledRule[] {
  let compiled = compiledNodes.get(rules);
  if (compiled) return compiled;
  compiled = rules.map((spec): CompiledRule => {
    const rule = compileExpression(spec.rule);
    // With optionalOldSelf the API server runs the rule on create too, oldSelf being optional.none().
    if (spec.optionalOldSelf && rule.usesOldSelf) return { spec, state: 'unsupported', reason: 'optionalOldSelf needs optional types' };
    if (rule.usesOldSelf && !rule.error) return { spec, state: 'transition' };
    if (!rule.program) return { spec, state: 'unsupported', reason: rule.error ?? 'not compiled' };
    let messageProgram: Program | undefined;
    if (spec.messageExpression) {
      const message = compileExpression(spec.messageExpression);
      if (!message.program) return { spec, state: 'unsupported', reason: `messageExpression: ${message.error}` };
      messageProgram = message.program;
    }
    const fieldPath = spec.fieldPath ? normalizeFieldPath(spec.fieldPath, schema) : undefined;
    return { spec, state: 'evaluated', program: rule.program, messageProgram, fieldPath };
  });
  compiledNodes.set(rules, compiled);
  return compiled;
}

/** cel-go's wording of the run-time errors the API server shows, for @bufbuild/cel's. */
function celGoError(message: string): string {
  let m: RegExpMatchArray | null;
  if ((m = /^field not found: (.*)$/.exec(message))) return `no such key: ${m[1]}`;
  if ((m = /^index (-?\d+) out of bounds/.exec(message))) return `index out of bounds: ${m[1]}`;
  if (/^found no matching overload/.test(message) || message === 'no such overload') return 'no such overload';
  if (/overflow/.test(message)) return 'integer overflow';
  if (/divide by zero/.test(message)) return 'division by zero';
  if (/modulus by zero/.test(message)) return 'modulus by zero';
  return message;
}

const join = (path: string, child: string) => (path === '' ? child : `${path}.${child}`);
const shown = (path: string) => (path === '' ? '<nil>' : path);

/** The value part of a field error, as apimachinery prints it (`: "x"`, `: 5`, nothing for objects). */
function valuePart(value: unknown, schema: StructuralSchema): string {
  if (schema.type === 'object' || schema.type === 'array') return '';
  if (typeof value === 'string') return `: ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `: ${String(value)}`;
  return `: ${JSON.stringify(value) ?? 'null'}`;
}

function ruleText(spec: CelRuleSpec): string {
  return spec.message && spec.message.trim() !== '' ? spec.message.trim() : spec.rule.trim();
}

function messageOf(compiled: Extract<CompiledRule, { state: 'evaluated' }>, self: CelInput): string {
  if (compiled.messageProgram) {
    const result = compiled.messageProgram({ self });
    if (typeof result === 'string') {
      const text = result.trim();
      if (text !== '' && !text.includes('\n') && Buffer.byteLength(text) <= MAX_MESSAGE_EXPRESSION_BYTES) return text;
    }
  }
  return compiled.spec.message && compiled.spec.message.trim() !== '' ? compiled.spec.message.trim() : `failed rule: ${compiled.spec.rule.trim()}`;
}

function failure(compiled: Extract<CompiledRule, { state: 'evaluated' }>, value: unknown, schema: StructuralSchema, path: string, detail: string): SchemaViolation {
  const at = compiled.fieldPath ? join(path, compiled.fieldPath) : path;
  const part = valuePart(value, schema);
  let body: string;
  switch (compiled.spec.reason) {
    case 'FieldValueForbidden': body = `Forbidden: ${detail}`; break;
    case 'FieldValueRequired': body = `Required value: ${detail}`; break;
    case 'FieldValueDuplicate': body = `Duplicate value${part}`; break;
    default: body = `Invalid value${part}: ${detail}`;
  }
  return { path: at, message: `${shown(at)}: ${body}` };
}

function runtimeError(spec: CelRuleSpec, schema: StructuralSchema, path: string, error: string): SchemaViolation {
  const type = JSON.stringify(schema.type ?? '');
  const text = celGoError(error);
  const detail = text.startsWith('no such overload')
    ? `'${text}': call arguments did not match a supported operator, function or macro signature for rule: ${ruleText(spec)}`
    : `${text} evaluating rule: ${ruleText(spec)}`;
  return { path, message: `${shown(path)}: Invalid value: ${type}: ${detail}` };
}

const rulesBelow = new WeakMap<StructuralSchema, boolean>();

/** Whether a schema node or any node under it carries CEL rules (computed once per node). */
export function hasCelRules(schema: StructuralSchema): boolean {
  let found = rulesBelow.get(schema);
  if (found !== undefined) return found;
  const here = (s: StructuralSchema) => (s['x-kubernetes-validations']?.length ?? 0) > 0;
  const additional = isRecord(schema.additionalProperties) ? [schema.additionalProperties as StructuralSchema] : [];
  found = here(schema) || (schema.allOf ?? []).some(here)
    || [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : []), ...additional].some(hasCelRules);
  rulesBelow.set(schema, found);
  return found;
}

class CelWalker {
  constructor(private readonly out: SchemaViolation[], private readonly observe?: CelObserver) {}

  node(value: unknown, schema: StructuralSchema, path: string, resourceRoot: boolean): void {
    if (value === null || value === undefined || !isRecord(schema) || !hasCelRules(schema) || !isCelTyped(schema)) return;
    const rules = schema['x-kubernetes-validations'];
    if (rules && rules.length > 0) this.rules(rules, value, schema, schema, path, resourceRoot);
    for (const sub of schema.allOf ?? []) {
      const subRules = sub['x-kubernetes-validations'];
      if (subRules && subRules.length > 0) this.rules(subRules, value, sub, schema, path, resourceRoot);
    }
    if (Array.isArray(value)) {
      const items = schema.items;
      if (items) value.forEach((item, i) => this.node(item, items, `${path}[${i}]`, items['x-kubernetes-embedded-resource'] === true));
      return;
    }
    if (!isRecord(value)) return;
    const properties = schema.properties;
    const additional = isRecord(schema.additionalProperties) ? schema.additionalProperties as StructuralSchema : undefined;
    for (const [name, fieldValue] of Object.entries(value)) {
      if (additional) this.node(fieldValue, additional, `${path}[${name}]`, additional['x-kubernetes-embedded-resource'] === true);
      if (properties && Object.prototype.hasOwnProperty.call(properties, name)) {
        const sub = properties[name];
        this.node(fieldValue, sub, join(path, name), sub['x-kubernetes-embedded-resource'] === true);
      }
    }
  }

  private rules(
    rules: readonly CelRuleSpec[], value: unknown, ruleSchema: StructuralSchema, typeSchema: StructuralSchema, path: string, resourceRoot: boolean,
  ): void {
    // A rule is a function of `self` alone: the outcomes of a node's rules on a value are kept, so
    // the many alike nodes of a large set of objects (path matches, listeners) are evaluated once.
    let cache = nodeResults.get(rules);
    if (!cache) nodeResults.set(rules, cache = new Map());
    const key = jsonKey(value);
    let outcomes = key === undefined ? undefined : cache.get(key);
    if (!outcomes) {
      outcomes = evaluateNode(compileNodeRules(rules, ruleSchema), value, typeSchema, resourceRoot);
      if (key !== undefined) {
        if (cache.size >= MAX_KEPT_VALUES_PER_NODE) cache.clear();
        cache.set(key, outcomes);
      }
    }
    for (const o of outcomes) {
      if (o.violation) this.out.push(o.violation(path));
      this.observe?.(o.spec, o.outcome, path);
    }
  }
}

/** What one rule did on one value; the violation is placed at a path when reported. */
interface RuleOutcome {
  readonly spec: CelRuleSpec;
  readonly outcome: CelOutcome;
  readonly violation?: (path: string) => SchemaViolation;
}

const MAX_KEPT_VALUES_PER_NODE = 1000;
const nodeResults = new WeakMap<readonly CelRuleSpec[], Map<string, readonly RuleOutcome[]>>();

function jsonKey(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function evaluateNode(compiledRules: readonly CompiledRule[], value: unknown, typeSchema: StructuralSchema, resourceRoot: boolean): RuleOutcome[] {
  let self: CelInput | undefined;
  let invalid: string | undefined;
  try {
    self = celValueOf(value, typeSchema, resourceRoot);
  } catch (e) {
    if (!(e instanceof InvalidData)) throw e;
    invalid = e.message;
  }
  return compiledRules.map((compiled): RuleOutcome => {
    if (compiled.state !== 'evaluated') return { spec: compiled.spec, outcome: compiled.state };
    const spec = compiled.spec;
    if (self === undefined) {
      return { spec, outcome: 'error', violation: (path) => runtimeError(spec, typeSchema, path, invalid ?? 'invalid data') };
    }
    const result = compiled.program({ self });
    if (isCelError(result)) {
      const message = result.message;
      return { spec, outcome: 'error', violation: (path) => runtimeError(spec, typeSchema, path, message) };
    }
    if (result === true) return { spec, outcome: 'passed' };
    const detail = messageOf(compiled, self);
    return { spec, outcome: 'failed', violation: (path) => failure(compiled, value, typeSchema, path, detail) };
  });
}

/**
 * The CEL rule violations of a whole object, already defaulted and pruned as the API server does
 * before validation (see structural-defaults.ts).
 */
export function celViolations(obj: unknown, schema: StructuralSchema, observe?: CelObserver): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  new CelWalker(out, observe).node(obj, schema, '', true);
  return out;
}
