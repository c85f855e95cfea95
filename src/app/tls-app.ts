import { App, AppProps } from 'cdk8s';
import { synthesizeApp, synthesizeAppYaml } from './synthesis';

/**
 * A cdk8s `App` whose synthesis takes time linear in the size of the app.
 *
 * cdk8s's own `App.synth()` validates the whole app and resolves its dependencies again for every
 * chart, so an app with one chart per tenant takes minutes at a few thousand tenants, and every
 * validation (the rules of this library included) runs once per chart. `TlsApp` validates once and
 * resolves dependencies once per synthesis, and writes the same files, byte for byte, for every
 * `YamlOutputType`, with the same validation errors. Use it wherever you would use `App`, including
 * under `cdk8s synth`.
 *
 * @example
 * const app = new TlsApp();
 * new MyChart(app, 'tenant-a');
 * app.synth();
 */
export class TlsApp extends App {
  /**
   * Synthesizes any cdk8s `App` as `TlsApp.synth()` does: for apps whose class you cannot change.
   *
   * @param app the app to write into its `outdir`.
   */
  public static synthesize(app: App): void {
    synthesizeApp(app);
  }

  /**
   * Renders any cdk8s `App` into one YAML string as `TlsApp.synthYaml()` does.
   *
   * @param app the app to render.
   * @returns every object of the app, in chart and dependency order, as multi-document YAML.
   */
  public static synthesizeYaml(app: App): string {
    return synthesizeAppYaml(app);
  }

  /**
   * Defines an app.
   *
   * @param props cdk8s's app options (outdir, output type, file extension, resolvers).
   */
  constructor(props: AppProps = {}) {
    super(props);
  }

  /** Synthesizes all manifests to the output directory, validating the app once. */
  public synth(): void {
    synthesizeApp(this);
  }

  /**
   * Synthesizes the app into a YAML string, validating the app once.
   *
   * @returns every object of the app, in chart and dependency order, as multi-document YAML.
   */
  public synthYaml(): string {
    return synthesizeAppYaml(this);
  }
}
