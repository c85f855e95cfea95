import { HelmChartSource } from './chart-source';

/** What every chart installation of the library takes (`CertManager`, `TrustManager`). */
export interface HelmInstallOptions {
  /**
   * The namespace the component runs in.
   * @default 'cert-manager' (trust-manager shares it: its webhook certificate comes from cert-manager)
   */
  readonly namespace?: string;
  /**
   * The Helm release name; it prefixes the names of the rendered objects.
   * @default - the component's name: 'cert-manager' or 'trust-manager'
   */
  readonly releaseName?: string;
  /**
   * Where the chart comes from.
   * @default - the pinned version from https://charts.jetstack.io (cert-manager v1.21.1, trust-manager v0.24.0)
   */
  readonly chart?: HelmChartSource;
  /**
   * Replicas of the component's leader-elected controllers: a second replica is a warm standby
   * that takes over within the lease time instead of after a reschedule. Fewer than 2 leaves a
   * warning (TLS-INST3).
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Whether the chart renders its Prometheus Operator ServiceMonitor. Needs the Prometheus
   * Operator CRDs.
   * @default true
   */
  readonly serviceMonitor?: boolean;
  /**
   * More chart values, deep-merged over the construct's (objects merge, arrays and scalars
   * replace, `null` removes a key as in helm). All values are checked against the chart's
   * values.schema.json before helm runs.
   * @default - none
   */
  readonly values?: { [key: string]: any };
  /**
   * The helm binary that renders the chart.
   * @default 'helm' (from PATH)
   */
  readonly helmExecutable?: string;
}
