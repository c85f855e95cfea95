// What CertManager and TrustManager share: validate the values before helm runs, render the chart
// with `helm template`, and put every rendered object through the same rules as the rest of the app.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Include, JsonPatch, Yaml } from 'cdk8s';
import { Construct } from 'constructs';
import { HelmChartSource } from './chart-source';
import { readChartSchema, readChartVersion, Values, valuesSchemaProblems, withoutNulls } from './helm-values';
import { validateWithRules, warningModeOf } from '../core/rule-validation';

/** Rule id: the Helm values do not pass the chart's own values.schema.json. */
export const RULE_VALUES_SCHEMA = 'TLS-INST1';
/** Rule id: a value that makes the rendered output differ on every synth. */
export const RULE_NON_DETERMINISTIC = 'TLS-INST2';
/** Rule id (warning): an availability default switched off (fewer than two replicas). */
export const RULE_AVAILABILITY = 'TLS-INST3';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// cdk8s gives every included object its chart's namespace; helm leaves it off cluster-scoped kinds.
const CLUSTER_SCOPED_KINDS = new Set([
  'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration', 'Namespace', 'PriorityClass', 'APIService', 'ClusterIssuer', 'ClusterBundle',
]);

/** One chart release, as the install constructs describe it. */
export interface ReleaseSpec {
  /** The upstream chart's name, for messages. */
  readonly chartName: string;
  /** The chart version the library pins and carries the values schema of. */
  readonly pinnedVersion: string;
  /**
   * The pinned version's values.schema.json, for charts fetched from a repository or registry;
   * a function so the ~100 KB schema is loaded only by an app that installs from a registry.
   */
  readonly carriedSchema: () => object;
  readonly source: HelmChartSource;
  readonly releaseName: string;
  readonly namespace: string;
  /** Our values with the user's merged on top; nulls kept for helm. */
  readonly values: Values;
  readonly helmExecutable?: string;
  /** Problems found before rendering, each `[RULE-ID] message`. */
  readonly errors: readonly string[];
  /** Warnings, each `[RULE-ID] message`. */
  readonly warnings: readonly string[];
}


/** Throws for a release name helm can never accept. */
export function checkReleaseName(releaseName: string): void {
  if (!DNS1123_LABEL.test(releaseName) || releaseName.length > 53) {
    throw new Error(`releaseName: "${releaseName}" is not a Helm release name; use lower-case letters, digits and "-", at most 53 characters`);
  }
}

/** Throws for a namespace name Kubernetes can never accept. */
export function checkNamespace(prop: string, namespace: string): void {
  if (!DNS1123_LABEL.test(namespace) || namespace.length > 63) {
    throw new Error(`${prop}: "${namespace}" is not a namespace name (DNS-1123 label); use lower-case letters, digits and "-", at most 63 characters`);
  }
}

/** Throws unless `n` is a whole number of replicas, at least one. */
export function checkReplicas(prop: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`${prop}: ${n} is not a replica count; give a whole number, 2 or more for high availability`);
  }
}

/** The values schema to check against: the chart folder's own, or the carried copy of the pinned version. */
function schemaFor(spec: ReleaseSpec): object | undefined {
  const { source } = spec;
  if (source.directory !== undefined) return readChartSchema(source.directory);
  // Another version may have another schema: helm checks that one when it renders.
  return normalize(source.version) === normalize(spec.pinnedVersion) ? spec.carriedSchema() : undefined;
}

function normalize(version: string | undefined): string | undefined {
  return version?.replace(/^v/, '');
}

/**
 * Renders the release under `owner`, or, when the values are wrong, renders nothing and makes
 * `owner` fail synth with every problem at once. Returns the rendered objects.
 */
export function renderRelease(owner: Construct, spec: ReleaseSpec): ApiObject[] {
  const schema = schemaFor(spec);
  const { source } = spec;
  const version = source.version ?? (source.directory !== undefined ? readChartVersion(source.directory) : undefined);
  const label = `${spec.chartName} ${version ?? source.chart}`;
  const schemaErrors = schema
    ? valuesSchemaProblems(schema, withoutNulls(spec.values), label).map((m) => `[${RULE_VALUES_SCHEMA}] ${m}`)
    : [];
  addWarnings(owner, spec.warnings);
  const errors = [...schemaErrors, ...spec.errors];
  if (errors.length > 0) {
    owner.node.addValidation({ validate: () => errors });
    return [];
  }
  const helm = renderChart(owner, 'Chart', spec);
  for (const apiObject of helm.apiObjects) {
    if (CLUSTER_SCOPED_KINDS.has(apiObject.kind) && apiObject.metadata.namespace !== undefined) {
      apiObject.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    }
    validateWithRules(owner, apiObject);
  }
  return helm.apiObjects;
}

/** What cdk8s's `Helm` allows helm to print. */
const MAX_HELM_OUTPUT = 10 * 1024 * 1024;

/**
 * `helm template` into an `Include`: the same command, values file and objects as cdk8s's `Helm`
 * construct, in a temporary folder that is removed afterwards, also when helm fails (cdk8s's
 * `Helm` leaves one folder per rendering behind).
 */
function renderChart(owner: Construct, id: string, spec: ReleaseSpec): Include {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-helm-'));
  try {
    const args = ['template'];
    if (Object.keys(spec.values).length > 0) {
      const valuesFile = path.join(workdir, 'overrides.yaml');
      fs.writeFileSync(valuesFile, Yaml.stringify(spec.values));
      args.push('-f', valuesFile);
    }
    if (spec.source.repository) args.push('--repo', spec.source.repository);
    if (spec.source.version) args.push('--version', spec.source.version);
    args.push('--namespace', spec.namespace, spec.releaseName, spec.source.chart);
    const helm = spec.helmExecutable ?? 'helm';
    const result = spawnSync(helm, args, { maxBuffer: MAX_HELM_OUTPUT });
    if (result.error) {
      const message = result.error.message;
      throw new Error(message.includes('ENOENT')
        ? `unable to execute '${helm}' to render Helm chart. Is it installed on your system?`
        : `error while rendering a helm chart: ${message}`);
    }
    if (result.status !== 0) throw new Error(result.stderr.toString());
    const rendered = path.join(workdir, 'chart.yaml');
    fs.writeFileSync(rendered, result.stdout);
    return new Include(owner, id, { url: rendered });
  } finally {
    fs.rmSync(workdir, { recursive: true, force: true });
  }
}

const printed = new WeakMap<object, Set<string>>();

/** Warnings with the app's warning mode (`cdk8s-tls:warnings`): printed once, failing, or silent. */
function addWarnings(owner: Construct, warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  owner.node.addValidation({
    validate: () => {
      const mode = warningModeOf(owner);
      if (mode === 'error') return [...warnings];
      if (mode === 'print') {
        const seen = printed.get(owner.node.root) ?? new Set<string>();
        printed.set(owner.node.root, seen);
        for (const w of warnings) {
          const line = `cdk8s-tls warning: [${owner.node.path}] ${w}`;
          if (!seen.has(line)) process.stderr.write(`${line}\n`);
          seen.add(line);
        }
      }
      return [];
    },
  });
}
