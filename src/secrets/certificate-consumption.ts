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

/** `mount` of every TLS secret. */
export function mountTlsSecret(secretName: string, workload: plus.Workload, options: TlsMountOptions = {}): void {
  const path = options.path ?? DEFAULT_TLS_MOUNT_PATH;
  if (!path.startsWith('/')) throw new Error(`${workload.node.path}: mount path "${path}" must be absolute, e.g. ${DEFAULT_TLS_MOUNT_PATH}`);
  const containers = options.containers ?? workload.containers;
  if (containers.length === 0) {
    throw new Error(`${workload.node.path}: has no container to mount Secret "${secretName}" into; add the container first, or pass options.containers`);
  }
  const fileMode = options.fileMode ?? (workload.securityContext.fsGroup !== undefined ? 0o440 : 0o444);
  const secret = plus.Secret.fromSecretName(workload, `TlsSecret-${secretName}`, secretName);
  const volume = plus.Volume.fromSecret(workload, `TlsVolume-${secretName}`, secret, {
    name: `tls-${secretName}`.slice(0, 63).replace(/-+$/, ''),
    defaultMode: fileMode,
  });
  for (const container of containers) container.mount(path, volume, { readOnly: true });

  const restart = options.restartOnRotation ?? RestartOnRotation.stakaterReloader();
  if (restart._mechanism === 'reloader') {
    const names = reloadedSecrets.get(workload) ?? [];
    if (!names.includes(secretName)) names.push(secretName);
    reloadedSecrets.set(workload, names);
    workload.metadata.addAnnotation(RELOADER_SECRET_ANNOTATION, names.join(','));
  }
}
