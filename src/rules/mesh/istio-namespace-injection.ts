// TLS-M15: Istio policies (a STRICT PeerAuthentication, AuthorizationPolicies, what
// MeshMtlsPolicy writes) in a namespace whose pods get no proxy: without a sidecar or the
// ambient data plane nothing enforces them, so STRICT accepts plaintext and default-deny denies
// nothing. Judged only where the Namespace object is among the objects, from its labels and the
// pod templates of its workloads.
import { KubeObject, apiGroupOf, isRecord, kindOf, metadataOf, record, str } from '../object';
import { CrossCheck } from '../rule';

const ISTIO_SECURITY_GROUP = 'security.istio.io';
/** Istio's default root namespace: its policies are mesh-wide and its own pods are the control plane. */
const ROOT_NAMESPACE = 'istio-system';
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod'];

/** Whether a namespace's labels opt its pods into a sidecar or the ambient data plane. */
function namespaceEnrolled(labels: Record<string, unknown>): boolean {
  return labels['istio-injection'] === 'enabled' || typeof labels['istio.io/rev'] === 'string' || labels['istio.io/dataplane-mode'] === 'ambient';
}

/** The pod template labels of a workload (a Pod's own labels, a CronJob's job template's pod template). */
function podLabels(obj: KubeObject): Record<string, unknown> {
  if (kindOf(obj) === 'Pod') return metadataOf(obj).labels;
  const spec = record(obj.spec);
  const template = kindOf(obj) === 'CronJob' ? record(record(record(spec.jobTemplate).spec).template) : record(spec.template);
  return record(record(template.metadata).labels);
}

/** Whether a pod template asks for a sidecar or ambient itself (Istio's injector honours the pod label). */
function podEnrolled(labels: Record<string, unknown>): boolean {
  return labels['sidecar.istio.io/inject'] === 'true' || typeof labels['istio.io/rev'] === 'string' || labels['istio.io/dataplane-mode'] === 'ambient';
}

/**
 * A namespace-wide policy (no selector, no targetRef): what MeshMtlsPolicy writes for a namespace.
 * Policies for selected workloads (a gateway, say) are left out: those pods may be injected one
 * by one from manifests elsewhere.
 */
function policyDescription(obj: KubeObject): string | undefined {
  const name = metadataOf(obj).name;
  const spec = record(obj.spec);
  if (isRecord(spec.selector) || isRecord(spec.targetRef) || Array.isArray(spec.targetRefs)) return undefined;
  if (kindOf(obj) === 'PeerAuthentication') {
    const mode = str(record(record(obj.spec).mtls).mode);
    return mode === 'STRICT' ? `PeerAuthentication "${name}" (STRICT)` : undefined;
  }
  if (kindOf(obj) === 'AuthorizationPolicy') return `AuthorizationPolicy "${name}"`;
  return undefined;
}

const checkIstioNamespaceEnrolled: CrossCheck = (ctx, reporterFor) => {
  const namespaces = new Map<string, KubeObject>();
  const policies = new Map<string, string[]>();
  const enrolledByPods = new Set<string>();
  for (const obj of ctx.objects) {
    const md = metadataOf(obj);
    if (apiGroupOf(obj) === '' && kindOf(obj) === 'Namespace') {
      if (!namespaces.has(md.name)) namespaces.set(md.name, obj);
    } else if (apiGroupOf(obj) === ISTIO_SECURITY_GROUP && md.namespace !== undefined && md.namespace !== ROOT_NAMESPACE) {
      const what = policyDescription(obj);
      if (what) policies.set(md.namespace, [...(policies.get(md.namespace) ?? []), what]);
    } else if (WORKLOAD_KINDS.includes(kindOf(obj)) && podEnrolled(podLabels(obj))) {
      // a namespace-less workload may land in any namespace: it enrols none for certain, but may enrol each
      enrolledByPods.add(md.namespace ?? '*');
    }
  }
  if (enrolledByPods.has('*')) return;
  for (const [namespace, found] of [...policies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const ns = namespaces.get(namespace);
    if (!ns || namespaceEnrolled(metadataOf(ns).labels) || enrolledByPods.has(namespace)) continue;
    const injection = str(metadataOf(ns).labels['istio-injection']);
    const path = 'metadata.labels';
    reporterFor(ns).warning('TLS-M15', path, `${path}: namespace "${namespace}" has ${found.join(', ')}, but ${injection ? `istio-injection: ${injection}` : 'no istio-injection=enabled, istio.io/rev or istio.io/dataplane-mode=ambient label'}, `
      + 'and none of its workloads asks for a sidecar, so its pods have no proxy: STRICT accepts plaintext and the AuthorizationPolicies deny nothing '
      + '(unless the mesh injects every namespace by default); label the namespace istio-injection: enabled (sidecars) or istio.io/dataplane-mode: ambient');
  }
};

export const ISTIO_NAMESPACE_CROSS: CrossCheck = checkIstioNamespaceEnrolled;
