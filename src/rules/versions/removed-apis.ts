// API versions that no longer exist in a cluster the library targets (Kubernetes 1.27, the
// version cdk8s-plus-27 models; cert-manager v1.21, Istio 1.30), for the kinds GitOps
// repositories still carry in old manifests. Versions of the pinned CRDs come from crds/
// (./generated/crd-versions.ts); this table adds what those CRDs no longer mention at all, with
// the release that removed them and what to write instead.

/** An API version that was removed, and its replacement. */
export interface RemovedApi {
  readonly group: string;
  readonly version: string;
  /** The kinds it applies to; every kind of the group version when absent. */
  readonly kinds?: readonly string[];
  /** The release that stopped serving it, e.g. `Kubernetes 1.22`. */
  readonly removedIn: string;
  /** The apiVersion to write instead, and the kind when that changed too. */
  readonly replacement: string;
  /** How to migrate, when there is a tool or a change beyond the apiVersion. */
  readonly howTo?: string;
}

const CMCTL = 'cmctl convert rewrites old manifests (cert-manager.io/docs/reference/cmctl/#convert)';
const CERT_MANAGER_OLD = ['v1alpha2', 'v1alpha3', 'v1beta1'];
const WORKLOADS = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'];
const RBAC = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'];
const INGRESS_HOW_TO = 'write backend.service.name and backend.service.port.number (or .name) instead of serviceName/servicePort, and set pathType on every path';

export const REMOVED_APIS: readonly RemovedApi[] = [
  // cert-manager 1.7 stopped serving every version but v1 (cert-manager.io/docs/releases/release-notes/release-notes-1.7).
  ...CERT_MANAGER_OLD.map((version) => ({ group: 'cert-manager.io', version, removedIn: 'cert-manager 1.7', replacement: 'cert-manager.io/v1', howTo: CMCTL })),
  ...CERT_MANAGER_OLD.map((version) => ({ group: 'acme.cert-manager.io', version, removedIn: 'cert-manager 1.7', replacement: 'acme.cert-manager.io/v1', howTo: CMCTL })),
  // cert-manager 0.11 renamed its API group.
  { group: 'certmanager.k8s.io', version: 'v1alpha1', removedIn: 'cert-manager 0.11 (the API group was renamed)', replacement: 'cert-manager.io/v1', howTo: 'rename the group, then check the fields that changed (spec.acme.solvers, spec.issuerRef)' },
  // Kubernetes' deprecated API migration guide (kubernetes.io/docs/reference/using-api/deprecation-guide).
  { group: 'extensions', version: 'v1beta1', kinds: ['Ingress'], removedIn: 'Kubernetes 1.22', replacement: 'networking.k8s.io/v1', howTo: INGRESS_HOW_TO },
  { group: 'networking.k8s.io', version: 'v1beta1', kinds: ['Ingress'], removedIn: 'Kubernetes 1.22', replacement: 'networking.k8s.io/v1', howTo: INGRESS_HOW_TO },
  { group: 'networking.k8s.io', version: 'v1beta1', kinds: ['IngressClass'], removedIn: 'Kubernetes 1.22', replacement: 'networking.k8s.io/v1' },
  { group: 'admissionregistration.k8s.io', version: 'v1beta1', kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'], removedIn: 'Kubernetes 1.22', replacement: 'admissionregistration.k8s.io/v1', howTo: 'v1 requires sideEffects and admissionReviewVersions on every webhook' },
  { group: 'apiextensions.k8s.io', version: 'v1beta1', kinds: ['CustomResourceDefinition'], removedIn: 'Kubernetes 1.22', replacement: 'apiextensions.k8s.io/v1', howTo: 'v1 requires a structural schema per version' },
  { group: 'certificates.k8s.io', version: 'v1beta1', kinds: ['CertificateSigningRequest'], removedIn: 'Kubernetes 1.22', replacement: 'certificates.k8s.io/v1', howTo: 'v1 requires spec.signerName' },
  { group: 'rbac.authorization.k8s.io', version: 'v1beta1', kinds: RBAC, removedIn: 'Kubernetes 1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { group: 'rbac.authorization.k8s.io', version: 'v1alpha1', kinds: RBAC, removedIn: 'Kubernetes 1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { group: 'extensions', version: 'v1beta1', kinds: WORKLOADS, removedIn: 'Kubernetes 1.16', replacement: 'apps/v1', howTo: 'apps/v1 requires spec.selector' },
  { group: 'apps', version: 'v1beta1', kinds: WORKLOADS, removedIn: 'Kubernetes 1.16', replacement: 'apps/v1', howTo: 'apps/v1 requires spec.selector' },
  { group: 'apps', version: 'v1beta2', kinds: WORKLOADS, removedIn: 'Kubernetes 1.16', replacement: 'apps/v1', howTo: 'apps/v1 requires spec.selector' },
  { group: 'extensions', version: 'v1beta1', kinds: ['NetworkPolicy'], removedIn: 'Kubernetes 1.16', replacement: 'networking.k8s.io/v1' },
  { group: 'policy', version: 'v1beta1', kinds: ['PodDisruptionBudget'], removedIn: 'Kubernetes 1.25', replacement: 'policy/v1', howTo: 'in policy/v1 an empty selector selects every pod of the namespace' },
  { group: 'batch', version: 'v1beta1', kinds: ['CronJob'], removedIn: 'Kubernetes 1.25', replacement: 'batch/v1' },
  // Istio 1.6 removed its alpha security APIs (istio.io/latest/news/releases/1.6.x/announcing-1.6/upgrade-notes).
  { group: 'authentication.istio.io', version: 'v1alpha1', kinds: ['Policy', 'MeshPolicy'], removedIn: 'Istio 1.6', replacement: 'security.istio.io/v1 PeerAuthentication', howTo: 'and RequestAuthentication for JWT (origins)' },
  { group: 'rbac.istio.io', version: 'v1alpha1', removedIn: 'Istio 1.6', replacement: 'security.istio.io/v1 AuthorizationPolicy' },
];
