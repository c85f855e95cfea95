import { ApiObject } from 'cdk8s';
import { HelmChartSource } from './chart-source';
import { HelmInstallOptions } from './helm-install-options';
import { renderRelease } from './helm-release';
import { Values } from './helm-values';
import { installNamespace } from './install-namespace';
import { TlsConstruct } from '../core/tls-construct';

/**
 * A chart the library pins: its name in the jetstack repository, its version, and the values
 * schema of that version, which the library carries.
 * @internal
 */
export interface PinnedChart {
  readonly name: string;
  readonly version: string;
  /** The values.schema.json of that version; a function so the ~100 KB schema is loaded only when used. */
  readonly schema: () => object;
}

/**
 * What an install renders.
 * @internal
 */
export interface InstallSpec {
  readonly chart: PinnedChart;
  readonly releaseName: string;
  readonly namespace: string;
  /** Whether to create the namespace (with Pod Security `restricted` enforced). */
  readonly createNamespace: boolean;
  /** Our values with the user's merged on top; nulls kept for helm. */
  readonly values: Values;
  /** Problems found before rendering, each `[RULE-ID] message`. */
  readonly errors: readonly string[];
  /** Warnings, each `[RULE-ID] message`. */
  readonly warnings: readonly string[];
}

/**
 * A Helm chart installed by the library (`CertManager`, `TrustManager`): rendered at synth with
 * `helm template` and production values into the chart's objects, which the rules check like any
 * others. All configuration is in the props: helm renders once, in the constructor.
 */
export abstract class HelmInstall extends TlsConstruct {
  /** The chart repository the default charts come from (jetstack's, where cert-manager and trust-manager publish). */
  public static readonly CHART_REPOSITORY: string = 'https://charts.jetstack.io';

  private release?: { readonly spec: InstallSpec; readonly namespaceObject?: ApiObject; readonly apiObjects: ApiObject[] };

  /** The namespace the chart is installed into. */
  public get namespace(): string {
    return this.installed().spec.namespace;
  }

  /** The Helm release name. */
  public get releaseName(): string {
    return this.installed().spec.releaseName;
  }

  /** The Namespace object, when the install creates it. */
  public get namespaceObject(): ApiObject | undefined {
    return this.installed().namespaceObject;
  }

  /** Every object the chart rendered (none when the values were rejected), for escape hatches. */
  public get apiObjects(): ApiObject[] {
    return [...this.installed().apiObjects];
  }

  /**
   * The rendered object of a kind and name (e.g. `'Deployment', 'cert-manager-webhook'`), to
   * patch with `addJsonPatch`; undefined when the chart rendered no such object.
   */
  public findApiObject(kind: string, name: string): ApiObject | undefined {
    return this.installed().apiObjects.find((o) => o.kind === kind && o.name === name);
  }

  /**
   * Renders the release: the chart of `props.chart`, else the pinned chart from the jetstack
   * repository. A subclass calls it once, at the end of its constructor.
   * @internal
   */
  protected _install(props: HelmInstallOptions, spec: InstallSpec): void {
    if (this.release) throw new Error(`${this.node.path}: the chart is installed once, in the constructor`);
    const namespaceObject = spec.createNamespace ? installNamespace(this, spec.namespace) : undefined;
    const apiObjects = renderRelease(this, {
      chartName: spec.chart.name,
      pinnedVersion: spec.chart.version,
      carriedSchema: spec.chart.schema,
      source: props.chart ?? HelmChartSource.fromRepository(HelmInstall.CHART_REPOSITORY, spec.chart.name, spec.chart.version),
      releaseName: spec.releaseName,
      namespace: spec.namespace,
      values: spec.values,
      helmExecutable: props.helmExecutable,
      errors: spec.errors,
      warnings: spec.warnings,
    });
    this.release = { spec, namespaceObject, apiObjects };
  }

  private installed(): NonNullable<HelmInstall['release']> {
    // Only a subclass's constructor can get here before _install: its own code, not the user's.
    if (!this.release) throw new Error(`${this.node.path}: read before the chart was rendered; call _install in the constructor first`);
    return this.release;
  }
}
