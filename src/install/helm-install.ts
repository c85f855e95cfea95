import { ApiObject } from 'cdk8s';
import { ReleaseSpec, renderRelease } from './helm-release';
import { installNamespace } from './install-namespace';
import { TlsConstruct } from '../core/tls-construct';

/** The jetstack chart repository, where cert-manager's and trust-manager's charts are published. */
export const JETSTACK_CHARTS = 'https://charts.jetstack.io';

/**
 * What an install renders.
 * @internal
 */
export interface InstallSpec extends ReleaseSpec {
  /** Whether to create the namespace (with Pod Security `restricted` enforced). */
  readonly createNamespace: boolean;
}

/**
 * A Helm chart installed by the library (`CertManager`, `TrustManager`): rendered at synth with
 * `helm template` and production values into the chart's objects, which the rules check like any
 * others. All configuration is in the props: helm renders once, in the constructor.
 */
export abstract class HelmInstall extends TlsConstruct {
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
   * Renders the release; a subclass calls it once, at the end of its constructor.
   * @internal
   */
  protected _install(spec: InstallSpec): void {
    if (this.release) throw new Error(`${this.node.path}: the chart is installed once, in the constructor`);
    const namespaceObject = spec.createNamespace ? installNamespace(this, spec.namespace) : undefined;
    this.release = { spec, namespaceObject, apiObjects: renderRelease(this, spec) };
  }

  private installed(): NonNullable<HelmInstall['release']> {
    // Only a subclass's constructor can get here before _install: its own code, not the user's.
    if (!this.release) throw new Error(`${this.node.path}: read before the chart was rendered; call _install in the constructor first`);
    return this.release;
  }
}
