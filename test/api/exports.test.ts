// The package's public surface is the jsii assembly: what JavaScript users can import, Python, Java
// and Go users can import too, and every exported type can be expressed in those languages.
// Reads the compiled package (`npx projen compile` writes lib/ and .jsii).
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const ASSEMBLY = path.join(ROOT, '.jsii');
const LIB = path.join(ROOT, 'lib', 'src', 'index.js');

/** JavaScript-only names, each a thin alias of something in the assembly. */
const JS_ONLY: Record<string, string> = {
  auditManifests: 'Audit.manifests',
};

/**
 * Where `any` may appear: free-form JSON the user writes (Helm values, Kubernetes affinity, a DNS
 * webhook's own config, objects to audit). Nowhere else: a rendering hook is `_toKube()` (internal),
 * never a public method returning `any`.
 */
const ANY_ALLOWED = new Set([
  'Audit.manifests(objects)',
  'HelmInstallOptions.values',
  'SolverPodTemplate.affinity',
  // cdk8s-cli's ValidationContext: the CLI's own runtime object, passed in by the CLI, not by users
  'TlsValidation.validate(context)',
  'WebhookSolverOptions.config',
]);

interface TypeReference {
  primitive?: string;
  fqn?: string;
  union?: { types: TypeReference[] };
  collection?: { kind: string; elementtype: TypeReference };
}
interface Parameter { name: string; type: TypeReference }
interface Method { name: string; static?: boolean; parameters?: Parameter[]; returns?: { type: TypeReference } }
interface JsiiType {
  fqn: string;
  name: string;
  kind: 'class' | 'interface' | 'enum';
  base?: string;
  properties?: Array<{ name: string; type: TypeReference }>;
  methods?: Method[];
  initializer?: { parameters?: Parameter[] };
}

function load(): { types: JsiiType[]; runtime: Record<string, unknown> } {
  if (!fs.existsSync(ASSEMBLY) || !fs.existsSync(LIB)) throw new Error('no compiled package: run `npx projen compile` first');
  const assembly = JSON.parse(fs.readFileSync(ASSEMBLY, 'utf8'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { types: Object.values(assembly.types) as JsiiType[], runtime: require(LIB) };
}

/** Every type reference of the assembly's public members, with where it is used. */
function* references(types: readonly JsiiType[]): Generator<[string, TypeReference]> {
  for (const t of types) {
    for (const p of t.properties ?? []) yield [`${t.name}.${p.name}`, p.type];
    for (const p of t.initializer?.parameters ?? []) yield [`${t.name}.constructor(${p.name})`, p.type];
    for (const m of t.methods ?? []) {
      if (m.returns) yield [`${t.name}.${m.name}()`, m.returns.type];
      for (const p of m.parameters ?? []) yield [`${t.name}.${m.name}(${p.name})`, p.type];
    }
  }
}

function* parts(ref: TypeReference): Generator<TypeReference> {
  yield ref;
  if (ref.collection) yield* parts(ref.collection.elementtype);
  for (const member of ref.union?.types ?? []) yield* parts(member);
}

describe('the package\'s public API is the jsii assembly', () => {
  const { types, runtime } = load();
  const names = new Set(types.map((t) => t.name));

  test('every runtime export of the package is a type of the assembly (or a listed JavaScript-only alias)', () => {
    const missing = Object.keys(runtime).filter((name) => !names.has(name) && !(name in JS_ONLY));
    expect(missing).toEqual([]);
  });

  test('every class and enum of the assembly is a runtime export, under its own name', () => {
    const unexported = types.filter((t) => t.kind !== 'interface' && runtime[t.name] === undefined).map((t) => t.name);
    expect(unexported).toEqual([]);
    expect(types.filter((t) => t.fqn !== `cdk8s-tls.${t.name}`).map((t) => t.fqn)).toEqual([]);
  });

  test('the JavaScript-only aliases are the functions they stand for', () => {
    const audit = runtime.Audit as { manifests: (objects: unknown[]) => unknown[] };
    const alias = runtime.auditManifests as (objects: unknown[]) => unknown[];
    const objects = [{ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'a' }, spec: {} }];
    expect(alias(objects)).toEqual(audit.manifests(objects));
    expect(Object.keys(JS_ONLY)).toEqual(['auditManifests']);
  });

  test('no union types (Go and Java see them as untyped) and `any` only where the user writes free-form JSON', () => {
    const problems: string[] = [];
    for (const [where, ref] of references(types)) {
      for (const part of parts(ref)) {
        if (part.union) problems.push(`${where}: a union type`);
        if (part.primitive === 'any' && !ANY_ALLOWED.has(where)) problems.push(`${where}: any`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every construct of the library can suppress(): it extends TlsConstruct', () => {
    const byFqn = new Map(types.map((t) => [t.fqn, t]));
    const chain = (t: JsiiType): string[] => (t.base ? [t.base, ...(byFqn.has(t.base) ? chain(byFqn.get(t.base)!) : [])] : []);
    const constructs = types.filter((t) => t.kind === 'class' && chain(t).at(-1) === 'constructs.Construct' && t.name !== 'TlsConstruct');
    expect(constructs.length).toBeGreaterThan(20);
    expect(constructs.filter((t) => !chain(t).includes('cdk8s-tls.TlsConstruct')).map((t) => t.name)).toEqual([]);
    expect(byFqn.get('cdk8s-tls.TlsConstruct')!.methods!.map((m) => m.name)).toContain('suppress');
  });

  test('no two members of a type differ only in case (one name in Go and C#)', () => {
    const clashes: string[] = [];
    for (const t of types) {
      const seen = new Map<string, string>();
      for (const member of [...(t.properties ?? []), ...(t.methods ?? [])]) {
        const key = member.name.toLowerCase();
        const other = seen.get(key);
        if (other !== undefined && other !== member.name) clashes.push(`${t.name}: ${other} / ${member.name}`);
        seen.set(key, member.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
