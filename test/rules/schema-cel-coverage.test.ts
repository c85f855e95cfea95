import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { CelOutcome, CelRuleSpec, compileNodeRules, celViolations } from '../../src/rules/schema/cel-validation';
import { isCelTyped } from '../../src/rules/schema/cel-values';
import { SCHEMA_GROUPS } from '../../src/rules/schema/generated';
import { StructuralSchema } from '../../src/rules/schema/openapi';

// Every x-kubernetes-validations rule of every pinned CRD (each group, kind and version) is found in
// the rule engine's schemas, compiled, and evaluated on an object that reaches its node. A rule that
// is not is a failure, unless it is excluded below with a reason. Transition rules (oldSelf) are
// excluded by themselves: they run on update only. So are rules under `status` of a kind with the
// status subresource: a create or update of the object does not write status.

/** Rules the engine may skip, by rule text, with the reason. Empty: every rule runs. */
const EXCLUDED: { readonly [rule: string]: string } = {};

const ROOT = path.resolve(__dirname, '..', '..');

interface SourceCount { spine: number; status: number; junction: number }

/** The rules of a CRD version's schema as the CRD file has them, by where they sit. */
function sourceCounts(schema: any, statusSubresource: boolean): SourceCount {
  const count: SourceCount = { spine: 0, status: 0, junction: 0 };
  const visit = (node: any, where: keyof SourceCount) => {
    if (!node || typeof node !== 'object') return;
    count[where] += (node['x-kubernetes-validations'] ?? []).length;
    for (const [name, sub] of Object.entries<any>(node.properties ?? {})) {
      visit(sub, node === schema && name === 'status' && statusSubresource ? 'status' : where);
    }
    if (node.items && typeof node.items === 'object') visit(node.items, where);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') visit(node.additionalProperties, where);
    for (const sub of node.allOf ?? []) visit(sub, where);
    for (const key of ['anyOf', 'oneOf']) for (const sub of node[key] ?? []) visit(sub, 'junction');
    if (node.not) visit(node.not, 'junction');
  };
  visit(schema, 'spine');
  return count;
}

function* crdFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* crdFiles(full);
    else if (entry.name.endsWith('.yaml')) yield full;
  }
}

interface Versioned { group: string; kind: string; version: string; source: SourceCount }

function pinnedVersions(): Versioned[] {
  const out: Versioned[] = [];
  for (const file of crdFiles(path.join(ROOT, 'crds'))) {
    for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const crd = doc.toJSON();
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const v of crd.spec.versions) {
        const source = sourceCounts(v.schema.openAPIV3Schema, !!v.subresources?.status);
        out.push({ group: crd.spec.group, kind: crd.spec.names.kind, version: v.name, source });
      }
    }
  }
  return out;
}

interface RuleSite { key: string; spec: CelRuleSpec; state: string; reason?: string; typed: boolean }

/** The rule sites of a generated schema, keyed as the sample object's paths will name them. */
function ruleSites(schema: StructuralSchema): RuleSite[] {
  const sites: RuleSite[] = [];
  const visit = (node: StructuralSchema, at: string, typed: boolean, validationsOf: StructuralSchema = node) => {
    const nodeTyped = typed && isCelTyped(node);
    const rules = validationsOf['x-kubernetes-validations'] ?? [];
    compileNodeRules(rules, validationsOf).forEach((compiled, i) => {
      sites.push({ key: `${at}|${rules[i].rule}|${rules[i].message ?? ''}`, spec: rules[i], state: compiled.state, reason: compiled.state === 'unsupported' ? compiled.reason : undefined, typed: nodeTyped });
    });
    if (validationsOf !== node) return;
    for (const sub of node.allOf ?? []) visit(node, at, typed, sub);
    for (const [name, sub] of Object.entries(node.properties ?? {})) visit(sub, at === '' ? name : `${at}.${name}`, nodeTyped);
    if (node.items) visit(node.items, `${at}[0]`, nodeTyped);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${at}[key]`, nodeTyped);
  };
  visit(schema, '', true);
  return sites;
}

/** An object with every field the schema declares, one item per list and one entry per map. */
function sample(schema: StructuralSchema, root = false): unknown {
  if (schema['x-kubernetes-int-or-string']) return 1;
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(schema.properties ?? {})) out[name] = sample(sub);
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') out.key = sample(schema.additionalProperties);
      if (root || schema['x-kubernetes-embedded-resource']) Object.assign(out, { apiVersion: 'v1', kind: 'Sample', metadata: { name: 'sample' } });
      return out;
    }
    case 'array':
      return schema.items ? [sample(schema.items)] : [];
    case 'string':
      if (schema.enum) return schema.enum[0];
      return ({ 'date-time': '2026-01-01T00:00:00Z', 'date': '2026-01-01', 'byte': 'YQ==', 'duration': '1s' } as Record<string, string>)[schema.format ?? ''] ?? 'a';
    case 'integer':
      return schema.enum ? schema.enum[0] : schema.minimum ?? 1;
    case 'number':
      return schema.minimum ?? 1.5;
    case 'boolean':
      return true;
    default:
      return {};
  }
}

interface Row {
  readonly crd: string;
  readonly found: number;
  readonly statusExcluded: number;
  readonly transition: number;
  readonly compiled: number;
  readonly evaluated: number;
  readonly failures: readonly string[];
}

function coverage(v: Versioned): Row {
  const crd = `${v.group}/${v.kind}/${v.version}`;
  const failures: string[] = [];
  const schemas = SCHEMA_GROUPS[v.group]?.();
  const schema = schemas?.[`${v.kind}/${v.version}`] as StructuralSchema | undefined;
  const found = v.source.spine + v.source.status + v.source.junction;
  if (!schema) {
    if (found > 0) failures.push(`${crd}: no schema in src/rules/schema/generated`);
    return { crd, found, statusExcluded: v.source.status, transition: 0, compiled: 0, evaluated: 0, failures };
  }
  if (v.source.junction > 0) failures.push(`${crd}: ${v.source.junction} rules under anyOf/oneOf/not, which the engine does not visit`);
  const sites = ruleSites(schema);
  if (sites.length !== v.source.spine) failures.push(`${crd}: the CRD has ${v.source.spine} rules outside status, the engine's schema ${sites.length}`);
  const seen = new Map<string, Set<CelOutcome>>();
  celViolations(sample(schema, true), schema, (spec, outcome, at) => {
    const key = `${at}|${spec.rule}|${spec.message ?? ''}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(outcome);
  });
  let transition = 0;
  let compiled = 0;
  let evaluated = 0;
  for (const site of sites) {
    const excluded = EXCLUDED[site.spec.rule];
    if (site.state === 'transition') {
      transition++;
      continue;
    }
    if (!site.typed) {
      if (!excluded) failures.push(`${crd}: ${site.key}: its node has no CEL type, the rule never runs`);
      continue;
    }
    if (site.state === 'unsupported') {
      if (!excluded) failures.push(`${crd}: ${site.key}: not compiled: ${site.reason}`);
      continue;
    }
    compiled++;
    const outcomes = seen.get(site.key);
    if (outcomes && [...outcomes].some((o) => o === 'passed' || o === 'failed' || o === 'error')) evaluated++;
    else failures.push(`${crd}: ${site.key}: compiled but never evaluated`);
  }
  return { crd, found, statusExcluded: v.source.status, transition, compiled, evaluated, failures };
}

// found = every rule in the CRD file; statusExcluded + transition are the reasoned exclusions;
// compiled = evaluated = all the others.
const EXPECTED: { readonly [crd: string]: readonly [found: number, statusExcluded: number, transition: number, evaluated: number] } = {
  'cert-manager.io/ClusterIssuer/v1': [1, 0, 0, 1],
  'cert-manager.io/Issuer/v1': [1, 0, 0, 1],
  'gateway.networking.k8s.io/BackendTLSPolicy/v1': [8, 0, 0, 8],
  'gateway.networking.k8s.io/BackendTLSPolicy/v1alpha3': [8, 0, 0, 8],
  'gateway.networking.k8s.io/GatewayClass/v1': [1, 0, 1, 0],
  'gateway.networking.k8s.io/GatewayClass/v1beta1': [1, 0, 1, 0],
  'gateway.networking.k8s.io/Gateway/v1': [16, 1, 0, 15],
  'gateway.networking.k8s.io/Gateway/v1beta1': [16, 1, 0, 15],
  'gateway.networking.k8s.io/GRPCRoute/v1': [33, 0, 0, 33],
  'gateway.networking.k8s.io/HTTPRoute/v1': [89, 0, 0, 89],
  'gateway.networking.k8s.io/HTTPRoute/v1beta1': [89, 0, 0, 89],
  'gateway.networking.k8s.io/ListenerSet/v1': [7, 0, 0, 7],
  'gateway.networking.k8s.io/TLSRoute/v1': [6, 0, 0, 6],
  'gateway.networking.k8s.io/TLSRoute/v1alpha2': [3, 0, 0, 3],
  'gateway.networking.k8s.io/TLSRoute/v1alpha3': [6, 0, 0, 6],
  'extensions.istio.io/TrafficExtension/v1alpha1': [8, 0, 0, 8],
  'extensions.istio.io/WasmPlugin/v1alpha1': [8, 0, 0, 8],
  'networking.istio.io/DestinationRule/v1': [39, 0, 0, 39],
  'networking.istio.io/DestinationRule/v1alpha3': [39, 0, 0, 39],
  'networking.istio.io/DestinationRule/v1beta1': [39, 0, 0, 39],
  'networking.istio.io/EnvoyFilter/v1alpha3': [5, 0, 0, 5],
  'networking.istio.io/Gateway/v1': [3, 0, 0, 3],
  'networking.istio.io/Gateway/v1alpha3': [3, 0, 0, 3],
  'networking.istio.io/Gateway/v1beta1': [3, 0, 0, 3],
  'networking.istio.io/ProxyConfig/v1beta1': [3, 0, 0, 3],
  'networking.istio.io/ServiceEntry/v1': [15, 0, 0, 15],
  'networking.istio.io/ServiceEntry/v1alpha3': [15, 0, 0, 15],
  'networking.istio.io/ServiceEntry/v1beta1': [15, 0, 0, 15],
  'networking.istio.io/Sidecar/v1': [14, 0, 0, 14],
  'networking.istio.io/Sidecar/v1alpha3': [14, 0, 0, 14],
  'networking.istio.io/Sidecar/v1beta1': [14, 0, 0, 14],
  'networking.istio.io/VirtualService/v1': [6, 0, 0, 6],
  'networking.istio.io/VirtualService/v1alpha3': [6, 0, 0, 6],
  'networking.istio.io/VirtualService/v1beta1': [6, 0, 0, 6],
  'networking.istio.io/WorkloadEntry/v1': [6, 0, 0, 6],
  'networking.istio.io/WorkloadEntry/v1alpha3': [6, 0, 0, 6],
  'networking.istio.io/WorkloadEntry/v1beta1': [6, 0, 0, 6],
  'networking.istio.io/WorkloadGroup/v1': [9, 0, 0, 9],
  'networking.istio.io/WorkloadGroup/v1alpha3': [9, 0, 0, 9],
  'networking.istio.io/WorkloadGroup/v1beta1': [9, 0, 0, 9],
  'security.istio.io/AuthorizationPolicy/v1': [7, 0, 0, 7],
  'security.istio.io/AuthorizationPolicy/v1beta1': [7, 0, 0, 7],
  'security.istio.io/PeerAuthentication/v1': [5, 0, 0, 5],
  'security.istio.io/PeerAuthentication/v1beta1': [5, 0, 0, 5],
  'security.istio.io/RequestAuthentication/v1': [10, 0, 0, 10],
  'security.istio.io/RequestAuthentication/v1beta1': [10, 0, 0, 10],
  'telemetry.istio.io/Telemetry/v1': [9, 0, 0, 9],
  'telemetry.istio.io/Telemetry/v1alpha1': [9, 0, 0, 9],
  'trust-manager.io/ClusterBundle/v1alpha2': [10, 0, 0, 10],
  'trust.cert-manager.io/Bundle/v1alpha1': [5, 0, 0, 5],
};

describe('CEL rules of every pinned CRD', () => {
  const rows = pinnedVersions().map(coverage);

  test('every rule is compiled and evaluated, or excluded for a reason', () => {
    const table = rows.filter((r) => r.found > 0)
      .map((r) => `${r.crd.padEnd(55)} found ${String(r.found).padStart(3)}  status ${String(r.statusExcluded).padStart(2)}  oldSelf ${String(r.transition).padStart(2)}  compiled ${String(r.compiled).padStart(3)}  evaluated ${String(r.evaluated).padStart(3)}`);
    // eslint-disable-next-line no-console
    console.log(`CEL rules per CRD version:\n${table.join('\n')}`);
    expect(rows.flatMap((r) => r.failures)).toEqual([]);
    for (const r of rows) expect(r.found).toBe(r.statusExcluded + r.transition + r.compiled);
    for (const r of rows) expect(r.evaluated).toBe(r.compiled);
  });

  test('the counts per CRD version are the ones reviewed', () => {
    const actual = Object.fromEntries(rows.filter((r) => r.found > 0).map((r) => [r.crd, [r.found, r.statusExcluded, r.transition, r.evaluated]]));
    expect(actual).toEqual(EXPECTED);
  });

  test('the exclusion list names only rules that exist', () => {
    expect(Object.keys(EXCLUDED)).toEqual([]);
  });
});
