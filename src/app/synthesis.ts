import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, DependencyGraph, Names, YamlOutputType } from 'cdk8s';
import { IConstruct, Node } from 'constructs';
import { saveYaml, stringifyYaml } from './yaml-writer';
import { inSynthesisRequest, jsonOf } from '../core/synthesis-json';

/**
 * App synthesis in time linear in the size of the app, with the output of cdk8s 2.x's `App.synth()`
 * and `App.synthYaml()` byte for byte.
 *
 * cdk8s renders each chart with `Chart.toJson()`, which calls `App._synthChart()`, which resolves the
 * dependencies of the whole app and validates the whole app again: synthesis costs charts ×
 * constructs, and every validation (our rule engine included) runs once per chart. Here the app is
 * validated once and its dependencies are resolved once per synthesis request; every step after that
 * is cdk8s's own code path (`app.charts`, `DependencyGraph`, `Names`), called in the same order
 * (the graphs are skipped where they cannot reorder: `inDependencyOrder`), so file names and object
 * order are cdk8s's; the YAML comes from ./yaml-writer, which writes what cdk8s's `Yaml` writes,
 * byte for byte, in a fraction of the time.
 *
 * Why once is enough: cdk8s's dependency resolution is idempotent (a second run adds no new edge and
 * so does not reorder any), and nothing between the first validation and the last chart changes the
 * construct tree. cdk8s's own `SynthRequestCache` already assumes the latter (it caches `findAll()`
 * for the whole request). See docs/upstream-cdk8s-synth.md.
 */

/** The construct-tree queries of one synthesis request; the tree does not change during one. */
class SynthRequest {
  private readonly all = new Map<Node, IConstruct[]>();
  private readonly ownApiObjects = new Map<IConstruct, ApiObject[]>();

  public findAll(node: Node): IConstruct[] {
    let found = this.all.get(node);
    if (!found) {
      found = node.findAll();
      this.all.set(node, found);
    }
    return found;
  }

  /** The ApiObjects in `c`'s subtree (`c` included) whose closest chart is `c`'s closest chart. */
  public apiObjectsInChartOf(c: IConstruct): ApiObject[] {
    let found = this.ownApiObjects.get(c);
    if (!found) {
      const chart = Chart.of(c);
      found = this.findAll(c.node).filter((x): x is ApiObject => x instanceof ApiObject && Chart.of(x) === chart);
      this.ownApiObjects.set(c, found);
    }
    return found;
  }
}

interface Dependency {
  readonly source: IConstruct;
  readonly target: IConstruct;
}

/** `App.synth()`: writes the app's manifests into `app.outdir` as `app.yamlOutputType` says. */
export function synthesizeApp(app: App): void {
  inSynthesisRequest(app, () => writeApp(app));
}

/** The output types this synthesis writes as cdk8s does; any other fails before anything is written. */
const KNOWN_OUTPUT_TYPES: ReadonlySet<YamlOutputType> = new Set([
  YamlOutputType.FILE_PER_APP, YamlOutputType.FILE_PER_CHART, YamlOutputType.FILE_PER_RESOURCE, YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
]);

function writeApp(app: App): void {
  if (!KNOWN_OUTPUT_TYPES.has(app.yamlOutputType)) {
    throw new Error(`TlsApp: yamlOutputType ${JSON.stringify(app.yamlOutputType)} is not one TlsApp writes (it knows ${[...KNOWN_OUTPUT_TYPES].join(', ')}); `
      + 'a newer cdk8s may have added it: synthesize this app with cdk8s\'s App.prototype.synth.call(app), and report the type as a cdk8s-tls issue');
  }
  const internals = app as unknown as CdkAppInternals;
  if (internals.recordConstructMetadata && typeof internals.writeConstructMetadata !== 'function') {
    throw new Error('TlsApp: recordConstructMetadata is on, but this cdk8s App has no writeConstructMetadata() to write it with; '
      + 'synthesize this app with cdk8s\'s App.prototype.synth.call(app), and report the cdk8s version as a cdk8s-tls issue');
  }
  fs.mkdirSync(app.outdir, { recursive: true });
  const request = new SynthRequest();
  // Same order as cdk8s: validate, then resolve (synthYaml does the reverse), so that an app with
  // both a validation error and a bad dependency fails with the same error.
  validate(app, request);
  const hasDependantCharts = resolveDependencies(app, request);
  const charts = chartsOf(app, request);
  const ext = app.outputFileExtension;

  switch (app.yamlOutputType) {
    case YamlOutputType.FILE_PER_APP: {
      const objects: any[] = [];
      for (const chart of charts) objects.push(...chartJson(chart));
      if (charts.length > 0) saveYaml(path.join(app.outdir, `app${ext}`), objects);
      break;
    }
    case YamlOutputType.FILE_PER_CHART: {
      const namer = chartNamer(hasDependantCharts);
      for (const chart of charts) {
        const name = namer(chart);
        saveYaml(path.join(app.outdir, name + ext), chartJson(chart));
      }
      break;
    }
    case YamlOutputType.FILE_PER_RESOURCE: {
      for (const chart of charts) {
        for (const json of chartJson(chart)) {
          if (json === undefined) continue;
          saveYaml(path.join(app.outdir, resourceFileName(json.kind, json.metadata.name) + ext), [json]);
        }
      }
      break;
    }
    case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE: {
      const namer = chartNamer(hasDependantCharts);
      for (const chart of charts) {
        const dir = path.join(app.outdir, namer(chart));
        fs.mkdirSync(dir, { recursive: true });
        // cdk8s names these files after the ApiObject's own kind and name, not its patched JSON.
        for (const apiObject of chartToKube(chart)) {
          if (apiObject === undefined) continue;
          saveYaml(path.join(dir, resourceFileName(apiObject.kind, apiObject.metadata.name) + ext), [jsonOf(apiObject)]);
        }
      }
      break;
    }
  }

  // A private member of cdk8s's App (set from props or CDK8S_RECORD_CONSTRUCT_METADATA), checked above.
  if (internals.recordConstructMetadata) {
    internals.writeConstructMetadata(chartsOf(app, request).flatMap(chartToKube));
  }
}

/** `App.synthYaml()`: every object of the app as one multi-document YAML string. */
export function synthesizeAppYaml(app: App): string {
  return inSynthesisRequest(app, () => appYaml(app));
}

function appYaml(app: App): string {
  const request = new SynthRequest();
  resolveDependencies(app, request);
  validate(app, request);
  const docs: any[] = [];
  for (const chart of chartsOf(app, request)) docs.push(...chartJson(chart));
  return stringifyYaml(docs);
}

interface CdkAppInternals {
  readonly recordConstructMetadata?: boolean;
  writeConstructMetadata(apiObjects: ApiObject[]): void;
}

/**
 * A chart's objects as JSON, in dependency order. A chart class that overrides `toJson()` gets its
 * own method called, as cdk8s does; that path is cdk8s's (correct, not faster).
 */
function chartJson(chart: Chart): any[] {
  if (chart.toJson !== Chart.prototype.toJson) return Object.values(chart.toJson());
  return chartToKube(chart).map(jsonOf);
}

/** The ApiObjects of a chart (not of its nested charts), sorted by their dependencies. */
function chartToKube(chart: Chart): ApiObject[] {
  return inDependencyOrder(chart.node, chart.node.findAll())
    .filter((x): x is ApiObject => x instanceof ApiObject && Chart.of(x) === chart);
}

/** `app.charts`, which is the app's `DependencyGraph` topology filtered to charts. */
function chartsOf(app: App, request: SynthRequest): Chart[] {
  return inDependencyOrder(app.node, request.findAll(app.node)).filter((c): c is Chart => c instanceof Chart);
}

/**
 * `new DependencyGraph(node).topology()` for the callers here, which keep charts or ApiObjects
 * only; `all` is `node.findAll()`. The graph allocates a vertex, two sets and a path string per
 * construct; without a dependency anywhere under `node` it only lists its vertices, so it is built
 * only where it can reorder. Its vertices are the values of a plain object keyed by construct
 * path: insertion (`findAll()`) order, except that integer-like keys come first, ascending. Only a
 * path without `/` can be one: `node`'s own, first in both lists, or, under the app, a top-level
 * chart's (id `7`), which `findAll()` also lists first among the app's children, ascending,
 * because a construct keeps its children in a plain object keyed by id. The one difference, the
 * app's own position, is filtered out.
 */
function inDependencyOrder(node: Node, all: IConstruct[]): IConstruct[] {
  return all.some((c) => c.node.dependencies.length > 0) ? new DependencyGraph(node).topology() : all;
}

/** File and folder names of charts: prefixed by their position when charts depend on each other. */
function chartNamer(indexed: boolean): (chart: Chart) => string {
  let index = 0;
  return (chart) => {
    const name = Names.toDnsLabel(chart);
    return indexed ? `${(index++).toString().padStart(4, '0')}-${name}` : name;
  };
}

/** `undefined` becomes "undefined", as in cdk8s's template string. */
function resourceFileName(kind: string, name: string | undefined): string {
  return `${kind}.${name}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}

/** Every validation of every construct, reported at once, as cdk8s words it. */
function validate(app: App, request: SynthRequest): void {
  const errors: string[] = [];
  for (const child of request.findAll(app.node)) {
    for (const error of child.node.validate()) {
      errors.push(`[${child.node.path}] ${error}`);
    }
  }
  if (errors.length > 0) {
    throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
  }
}

function dependencies(app: App, request: SynthRequest): Dependency[] {
  const deps: Dependency[] = [];
  for (const child of request.findAll(app.node)) {
    for (const target of child.node.dependencies) deps.push({ source: child, target });
  }
  return deps;
}

/**
 * cdk8s's dependency resolution, step for step (edges are added in the same order, so graphs
 * sort the same way); only the per-construct lookups are cached. Returns whether any chart depends
 * on another (which prefixes chart file names with an index).
 */
function resolveDependencies(app: App, request: SynthRequest): boolean {
  let hasDependantCharts = false;

  // a parent chart depends on its nested charts
  for (const parent of request.findAll(app.node).filter((x) => x instanceof Chart)) {
    for (const child of parent.node.children.filter((x) => x instanceof Chart)) {
      parent.node.addDependency(child);
      hasDependantCharts = true;
    }
  }

  // a chart depends on the charts its constructs depend on
  for (const dep of dependencies(app, request)) {
    const sourceChart = Chart.of(dep.source);
    const targetChart = Chart.of(dep.target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      hasDependantCharts = true;
    }
  }

  // an ApiObject depends on the ApiObjects under what its construct depends on
  for (const dep of dependencies(app, request)) {
    const targets = request.apiObjectsInChartOf(dep.target);
    const sources = request.apiObjectsInChartOf(dep.source);
    for (const target of targets) {
      for (const source of sources) {
        if (target !== source) source.node.addDependency(target);
      }
    }
  }

  return hasDependantCharts;
}
