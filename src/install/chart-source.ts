import * as fs from 'fs';

/**
 * Where `helm template` gets a chart from: a chart repository, an OCI registry or a folder on disk.
 */
export class HelmChartSource {
  /**
   * A chart from a classic Helm chart repository (`helm template --repo URL CHART --version V`).
   * @param repository the repository URL, e.g. `https://charts.jetstack.io`
   * @param chart the chart's name in the repository, e.g. `cert-manager`
   * @param version the exact chart version, e.g. `v1.21.1`; GitOps output needs a pinned version
   */
  public static fromRepository(repository: string, chart: string, version: string): HelmChartSource {
    if (!/^https?:\/\/\S+$/.test(repository)) {
      throw new Error(`repository: "${repository}" is not an http(s) URL; give the chart repository's URL, e.g. https://charts.jetstack.io`);
    }
    if (!/^[a-z0-9]([-a-z0-9._]*[a-z0-9])?$/i.test(chart)) {
      throw new Error(`chart: "${chart}" is not a chart name; give the name the repository lists, e.g. cert-manager`);
    }
    return new HelmChartSource(chart, HelmChartSource.pinned(version), repository, undefined);
  }

  /**
   * A chart from an OCI registry (`helm template oci://... --version V`).
   * @param reference the chart's OCI reference, e.g. `oci://quay.io/jetstack/charts/cert-manager`
   * @param version the exact chart version, e.g. `v1.21.1`
   */
  public static fromOci(reference: string, version: string): HelmChartSource {
    if (!/^oci:\/\/\S+\/\S+$/.test(reference)) {
      throw new Error(`reference: "${reference}" is not an OCI chart reference; write it as oci://<registry>/<path>/<chart>`);
    }
    return new HelmChartSource(reference, HelmChartSource.pinned(version), undefined, undefined);
  }

  /**
   * An unpacked chart folder (or a packaged `.tgz`) on disk, resolved from the current directory
   * as helm does. The folder's `values.schema.json` validates the values.
   * @param directory path of the chart folder
   */
  public static fromDirectory(directory: string): HelmChartSource {
    if (!fs.existsSync(directory)) {
      throw new Error(`directory: chart "${directory}" does not exist (relative paths start at ${process.cwd()}); give the path of an unpacked chart folder`);
    }
    return new HelmChartSource(directory, undefined, undefined, directory);
  }

  private static pinned(version: string): string {
    if (!/^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(version)) {
      throw new Error(`version: "${version}" is not an exact chart version; pin one (e.g. v1.21.1) so every synth renders the same chart`);
    }
    return version;
  }

  /** The chart argument of `helm template`: a name, an `oci://` reference or a path. */
  public readonly chart: string;
  /**
   * The pinned chart version.
   * @default - none: a folder on disk is the version it holds
   */
  public readonly version?: string;
  /**
   * The chart repository's URL.
   * @default - none: an OCI reference or a folder
   */
  public readonly repository?: string;
  /**
   * The chart folder on disk.
   * @default - none: the chart is fetched from a repository or registry
   */
  public readonly directory?: string;

  private constructor(chart: string, version: string | undefined, repository: string | undefined, directory: string | undefined) {
    this.chart = chart;
    this.version = version;
    this.repository = repository;
    this.directory = directory;
  }
}
