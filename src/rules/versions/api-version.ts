// TLS-V1 / TLS-V2: an object written in an API version the cluster does not serve is refused by
// `kubectl apply` ("no matches for kind ... in version ...") and never reaches a controller, so
// every other rule about it is beside the point; a deprecated version still works, for now.
import { CrdVersion } from './crd-version-table';
import { CRD_VERSIONS } from './generated/crd-versions';
import { REMOVED_APIS, RemovedApi } from './removed-apis';
import { KubeObject, kindOf, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { isPlaceholder } from '../util/placeholder';

/** The upstream release each folder of crds/ is pinned to (crds/README.md). */
const PINNED_RELEASES: { readonly [project: string]: string } = {
  'cert-manager': 'cert-manager v1.21.1',
  'trust-manager': 'trust-manager v0.24.0',
  'istio': 'Istio 1.30.3',
  'prometheus-operator': 'Prometheus Operator v0.93.0',
  'gateway-api': 'Gateway API v1.6.1',
  'linkerd': 'Linkerd 2.20',
};

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** What the API-version rule concludes about an object's apiVersion. */
type VersionStatus =
  | { readonly status: 'served' }
  | { readonly status: 'removed'; readonly reason: string; readonly replacement: string; readonly howTo?: string }
  | { readonly status: 'deprecated'; readonly reason: string; readonly replacement?: string };

const SERVED: VersionStatus = { status: 'served' };

/**
 * A Kubernetes API version's age as the API server orders versions: GA after beta after alpha,
 * then by number. Undefined for a string that is not a Kubernetes version.
 */
function versionAge(version: string): [number, number, number] | undefined {
  const m = /^v([1-9][0-9]*)(?:(alpha|beta)([1-9][0-9]*))?$/.exec(version);
  if (!m) return undefined;
  const stage = m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2;
  return [Number(m[1]), stage, m[3] ? Number(m[3]) : 0];
}

function olderThan(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** The served version to move to: the newest one the CRD serves. */
function targetVersion(versions: readonly CrdVersion[]): CrdVersion | undefined {
  let newest: CrdVersion | undefined;
  for (const v of versions) {
    if (!v.served) continue;
    const age = versionAge(v.name);
    if (!newest || (age && olderThan(versionAge(newest.name) ?? [0, 0, 0], age))) newest = v;
  }
  return newest;
}

function removedEntry(group: string, version: string, kind: string): RemovedApi | undefined {
  return REMOVED_APIS.find((r) => r.group === group && r.version === version && (!r.kinds || r.kinds.includes(kind)));
}

export function apiVersionStatus(obj: KubeObject): VersionStatus {
  const apiVersion = str(obj.apiVersion);
  const kind = kindOf(obj);
  if (!apiVersion || !kind || isPlaceholder(apiVersion) || isPlaceholder(kind)) return SERVED;
  const slash = apiVersion.indexOf('/');
  if (slash < 0) return SERVED; // the core group's only version is v1
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  const removed = removedEntry(group, version, kind);
  if (removed) {
    return { status: 'removed', reason: `was removed in ${removed.removedIn}`, replacement: removed.replacement, howTo: removed.howTo };
  }
  const key = `${group}/${kind}`;
  if (!hasOwn(CRD_VERSIONS, key)) return SERVED;
  const crd = CRD_VERSIONS[key];
  const release = PINNED_RELEASES[crd.project] ?? crd.project;
  const target = targetVersion(crd.versions);
  const replacement = target ? `${group}/${target.name}` : '';
  const declared = crd.versions.find((v) => v.name === version);
  if (declared) {
    const warning = declared.deprecationWarning ? ` ("${declared.deprecationWarning}")` : '';
    if (!declared.served) return { status: 'removed', reason: `is declared but not served by the ${release} CRD${warning}`, replacement };
    if (declared.deprecated) return { status: 'deprecated', reason: `is deprecated in the ${release} CRD${warning}`, replacement: target && target.name !== version ? replacement : undefined };
    return SERVED;
  }
  // A version the pinned CRD does not mention: older than what it serves means removed; newer
  // means a newer release than the pinned one, which the rules cannot judge.
  const age = versionAge(version);
  const targetAge = target ? versionAge(target.name) : undefined;
  if (age && targetAge && !olderThan(age, targetAge)) return SERVED;
  const servedNames = crd.versions.filter((v) => v.served).map((v) => v.name).join(', ');
  return { status: 'removed', reason: `is not served by ${release} (its CRD serves ${servedNames})`, replacement };
}

/** Whether the object's apiVersion is not served, so no rule but TLS-V1 should judge it. */
export function isUnservedVersion(obj: KubeObject): boolean {
  let unserved = unservedCache.get(obj);
  if (unserved === undefined) {
    unserved = apiVersionStatus(obj).status === 'removed';
    unservedCache.set(obj, unserved);
  }
  return unserved;
}

// Every rule of every object asks; an audit must not parse each apiVersion a dozen times.
const unservedCache = new WeakMap<KubeObject, boolean>();

const checkApiVersion: ObjectCheck = (obj: KubeObject, report: Reporter) => {
  const status = apiVersionStatus(obj);
  if (status.status === 'served') return;
  const apiVersion = str(obj.apiVersion) ?? '';
  const kind = kindOf(obj);
  if (status.status === 'removed') {
    const how = status.howTo ? `; ${status.howTo}` : '';
    report.error('TLS-V1', 'apiVersion', `apiVersion: ${apiVersion} ${kind} ${status.reason}: kubectl apply fails with no matches for kind "${kind}" `
      + `in version "${apiVersion}", and no other rule checks this object; use ${status.replacement}${how}`);
    return;
  }
  const move = status.replacement ? `; move to ${status.replacement} before the next upgrade removes it` : '';
  report.warning('TLS-V2', 'apiVersion', `apiVersion: ${apiVersion} ${kind} ${status.reason}${move}`);
};

export const API_VERSION_CHECKS: readonly ObjectCheck[] = [checkApiVersion];
