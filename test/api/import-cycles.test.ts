// No module of the compiled library imports itself through others: cycles make load order matter
// (a class is undefined when a module that needs it is still loading) and hide layering mistakes.
// Reads lib/ (`npx projen compile`), where type-only imports are gone and lazy require()s are not.
import * as fs from 'fs';
import * as path from 'path';

const LIB = path.resolve(__dirname, '..', '..', 'lib');

function* jsFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(full);
    else if (entry.name.endsWith('.js')) yield full;
  }
}

/** The library modules a compiled module requires (relative requires only). */
function requiresOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
  const targets: string[] = [];
  for (const m of source.matchAll(/require\((["'])(\.{1,2}\/[^"']+)\1\)/g)) {
    const base = path.resolve(path.dirname(file), m[2]);
    const resolved = [`${base}.js`, path.join(base, 'index.js'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (resolved) targets.push(resolved);
  }
  return targets;
}

/** Every elementary cycle's first occurrence, as a list of modules (Tarjan's strongly connected components). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return components;
}

test('the finder finds a cycle and only a cycle', () => {
  expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
});

test('no import cycles in lib/', () => {
  if (!fs.existsSync(path.join(LIB, 'src', 'index.js'))) throw new Error('no compiled package: run `npx projen compile` first');
  const graph = new Map<string, string[]>();
  for (const file of jsFiles(LIB)) graph.set(file, requiresOf(file));
  expect(graph.size).toBeGreaterThan(100);
  const found = cycles(graph).map((component) => component.map((f) => path.relative(LIB, f)).join(' <-> '));
  expect(found).toEqual([]);
});
