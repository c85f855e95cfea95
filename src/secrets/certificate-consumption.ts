import { createHash } from 'crypto';
import * as plus from 'cdk8s-plus-27';
import { Construct, IConstruct } from 'constructs';

/** Where a mounted certificate goes when no path is given. */
export const DEFAULT_TLS_MOUNT_PATH = '/etc/tls';
/** Stakater Reloader restarts a workload when one of the Secrets named here changes. */
export const RELOADER_SECRET_ANNOTATION = 'secret.reloader.stakater.com/reload';

/**
 * How a workload picks up a renewed certificate. The kubelet updates the files of a mounted
 * Secret within about a minute of a renewal (never for `subPath` mounts, which this library does
 * not use), but most servers read their certificate once, at start.
 */
export class RestartOnRotation {
  /** The annotation Stakater Reloader watches: `secret.reloader.stakater.com/reload`. */
  public static readonly RELOADER_ANNOTATION: string = RELOADER_SECRET_ANNOTATION;

  /**
   * Annotate the workload `secret.reloader.stakater.com/reload: <secret>`: Stakater Reloader
   * (https://github.com/stakater/Reloader, which must run in the cluster) rolls the workload out
   * when the Secret changes, so no manual `kubectl rollout restart` is needed.
   */
  public static stakaterReloader(): RestartOnRotation {
    return new RestartOnRotation('reloader');
  }

  /**
   * No restart: for servers that reload the files themselves (Go's `tls.Config.GetCertificate`
   * re-reading the files, Envoy SDS file watching, `nginx -s reload` from a sidecar, Java's
   * `SSLFactory` reloading). Otherwise the workload serves the old certificate until it
   * restarts, and eventually an expired one.
   */
  public static none(): RestartOnRotation {
    return new RestartOnRotation('none');
  }

  /** @internal */
  public readonly _mechanism: string;

  private constructor(mechanism: string) {
    this._mechanism = mechanism;
  }
}

/** Options of `mount`. */
export interface TlsMountOptions {
  /**
   * Directory the Secret's keys (`tls.crt`, `tls.key`, `ca.crt`) appear in, read-only.
   * @default '/etc/tls'
   */
  readonly path?: string;
  /**
   * The containers that get the mount.
   * @default - every container the workload has when `mount` is called
   */
  readonly containers?: plus.Container[];
  /**
   * How the workload picks up a renewed certificate.
   * @default RestartOnRotation.stakaterReloader()
   */
  readonly restartOnRotation?: RestartOnRotation;
  /**
   * Mode of the mounted files.
   * @default - 0o440 when the pod sets `securityContext.fsGroup` (the kubelet then gives the files
   *   that group), else 0o444 (readable by the container's non-root user, which cdk8s-plus enforces)
   */
  readonly fileMode?: number;
}

/** Options of `grantRead`. */
export interface GrantReadOptions {
  /**
   * Also allow `list` and `watch`, still restricted to this Secret by `resourceNames`: the API
   * server then only allows requests with `fieldSelector=metadata.name=<secret>` (what a
   * single-object informer sends); a list of all Secrets stays forbidden. Needed only by
   * clients that watch the Secret for rotation instead of reading the mounted files.
   * @default false (get only)
   */
  readonly watch?: boolean;
}

/** A `kubernetes.io/tls` Secret a workload can use: made by cert-manager, by `TlsSecret`, or managed elsewhere. */
export interface ITlsSecret extends IConstruct {
  /** The Secret's name. */
  readonly secretName: string;
  /**
   * The Secret's namespace.
   * @default - the chart's namespace
   */
  readonly secretNamespace?: string;
  /** Allows `subject` to read this Secret only (a Role naming it in `resourceNames`, and a RoleBinding). */
  grantRead(subject: plus.ISubject, options?: GrantReadOptions): plus.Role;
  /** Mounts this Secret read-only into a workload, with the restart-on-rotation mechanism chosen. */
  mount(workload: plus.Workload, options?: TlsMountOptions): void;
}

/**
 * cdk8s-plus gives a workload (as a subject: its service account) no namespace, which the API
 * server refuses in a binding; the workload's own namespace is the service account's.
 */
class WorkloadSubject extends Construct implements plus.ISubject {
  constructor(scope: Construct, id: string, private readonly subject: plus.ISubject, private readonly fallbackNamespace: string | undefined) {
    super(scope, id);
  }

  public toSubjectConfiguration(): plus.SubjectConfiguration {
    const config = this.subject.toSubjectConfiguration();
    if (config.kind !== 'ServiceAccount' || config.namespace) return config;
    const namespace = this.subject instanceof plus.AbstractPod ? this.subject.metadata.namespace ?? this.fallbackNamespace : this.fallbackNamespace;
    return { ...config, ...(namespace !== undefined ? { namespace } : {}) };
  }
}

interface Grants {
  role: plus.Role;
  binding: plus.RoleBinding;
}
const grantsByOwner = new WeakMap<IConstruct, Map<string, Grants>>();
const reloadedSecrets = new WeakMap<plus.Workload, string[]>();

/**
 * `grantRead` of every TLS secret: one Role per owner and verb set (never a namespace-wide
 * secrets rule: the rule names the Secret), and one RoleBinding that subjects are added to.
 */
export function grantSecretRead(owner: Construct, secretName: string, namespace: string | undefined, subject: plus.ISubject,
  options: GrantReadOptions = {}): plus.Role {
  if (subject instanceof plus.AbstractPod && !subject.serviceAccount) {
    throw new Error(`${subject.node.path}: has no service account to grant Secret "${secretName}" to; give the workload its own `
      + '(serviceAccount: new ServiceAccount(...)): granting the namespace\'s default service account would let every pod that has no account of its own read the key');
  }
  const watch = options.watch ?? false;
  const id = watch ? 'ReadWatch' : 'Read';
  const grants = grantsByOwner.get(owner) ?? new Map<string, Grants>();
  grantsByOwner.set(owner, grants);
  let grant = grants.get(id);
  if (!grant) {
    const metadata = namespace !== undefined ? { namespace } : {};
    const role = new plus.Role(owner, `${id}Role`, { metadata });
    role.allow(watch ? ['get', 'list', 'watch'] : ['get'], plus.Secret.fromSecretName(owner, `${id}Secret`, secretName));
    const binding = new plus.RoleBinding(owner, `${id}RoleBinding`, { metadata, role });
    grant = { role, binding };
    grants.set(id, grant);
  }
  grant.binding.addSubjects(new WorkloadSubject(owner, `${id}Subject${grant.binding.subjects.length}`, subject, namespace));
  return grant.role;
}

/**
 * A volume name for a Secret: a DNS-1123 label (Secret names may contain dots, volume names may
 * not). `tls-<secret>` when that is already a label; otherwise the dots become dashes and a hash
 * of the real name is appended, so two Secrets never share a volume name.
 */
export function tlsVolumeName(secretName: string): string {
  const plain = `tls-${secretName}`;
  if (plain.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(plain)) return plain;
  const hash = createHash('sha256').update(secretName).digest('hex').slice(0, 8);
  const safe = plain.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63 - hash.length - 1).replace(/-+$/, '');
  return `${safe}-${hash}`;
}

interface MountedSecret {
  readonly volume: plus.Volume;
  readonly fileMode: number;
}
const mountedSecrets = new WeakMap<plus.Workload, Map<string, MountedSecret>>();

/** `mount` of every TLS secret. */
export function mountTlsSecret(
  secretName: string, secretNamespace: string | undefined, workload: plus.Workload, options: TlsMountOptions = {},
): void {
  const path = options.path ?? DEFAULT_TLS_MOUNT_PATH;
  if (!path.startsWith('/')) throw new Error(`${workload.node.path}: mount path "${path}" must be absolute, e.g. ${DEFAULT_TLS_MOUNT_PATH}`);
  const workloadNamespace = workload.metadata.namespace;
  if (workloadNamespace !== undefined && secretNamespace !== undefined && workloadNamespace !== secretNamespace) {
    throw new Error(`${workload.node.path}: is in namespace "${workloadNamespace}" but Secret "${secretName}" is in "${secretNamespace}"; `
      + `a pod can mount only Secrets of its own namespace: put the workload in "${secretNamespace}", or issue a certificate in "${workloadNamespace}"`);
  }
  const containers = options.containers ?? workload.containers;
  if (containers.length === 0) {
    throw new Error(`${workload.node.path}: has no container to mount Secret "${secretName}" into; add the container first, or pass options.containers`);
  }
  const fileMode = options.fileMode ?? (workload.securityContext.fsGroup !== undefined ? 0o440 : 0o444);
  const mounted = mountedSecrets.get(workload) ?? new Map<string, MountedSecret>();
  mountedSecrets.set(workload, mounted);
  let entry = mounted.get(secretName);
  if (entry && entry.fileMode !== fileMode) {
    throw new Error(`${workload.node.path}: Secret "${secretName}" is already a volume of this workload with mode ${octal(entry.fileMode)}; `
      + `mount it with the same fileMode (got ${octal(fileMode)})`);
  }
  if (!entry) {
    const volumeName = tlsVolumeName(secretName);
    const secret = plus.Secret.fromSecretName(workload, `TlsSecret-${volumeName}`, secretName);
    entry = { volume: plus.Volume.fromSecret(workload, `TlsVolume-${volumeName}`, secret, { name: volumeName, defaultMode: fileMode }), fileMode };
    mounted.set(secretName, entry);
  }
  const volume = entry.volume;
  for (const container of containers) {
    if (container.mounts.some((m) => m.path === path)) {
      const what = container.mounts.some((m) => m.path === path && m.volume === volume) ? `Secret "${secretName}" is already mounted` : 'a volume is already mounted';
      throw new Error(`${workload.node.path}: ${what} at ${path} in container "${container.name ?? '(unnamed)'}"; mount it once, or choose another path`);
    }
  }
  for (const container of containers) container.mount(path, volume, { readOnly: true });

  const restart = options.restartOnRotation ?? RestartOnRotation.stakaterReloader();
  if (restart._mechanism === 'reloader') {
    const names = reloadedSecrets.get(workload) ?? [];
    if (!names.includes(secretName)) names.push(secretName);
    reloadedSecrets.set(workload, names);
    workload.metadata.addAnnotation(RELOADER_SECRET_ANNOTATION, names.join(','));
  }
}

function octal(mode: number): string {
  return `0${mode.toString(8)}`;
}
