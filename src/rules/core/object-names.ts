// K8S-N1: the names the API server accepts for the built-in kinds the library writes or reads
// (ValidateObjectMeta with each kind's name function, pkg/apis/*/validation at Kubernetes 1.27).
// The CRD kinds are checked by the schema rule; their names are DNS-1123 subdomains.
import { KubeObject, isRecord, kindOf, record } from '../object';
import { Reporter } from '../report';
import { KindChecks, ObjectCheck } from '../rule';
import { fieldError } from '../util/field-error';
import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors, pathSegmentNameErrors } from '../util/names';
import { isPlaceholder } from '../util/placeholder';

type NameRule = (name: string) => string[];

/** CronJob names: the Jobs it creates get an 11-character suffix, and must stay DNS-1035 labels. */
const cronJobName: NameRule = (name) => [
  ...dns1123SubdomainErrors(name),
  ...(name.length > 52 ? ['must be no more than 52 characters'] : []),
];

interface KindNames {
  readonly group: string;
  readonly kinds: readonly string[];
  readonly rule: NameRule;
  /** What the name must be, for the fix. */
  readonly fix: string;
  readonly namespaced: boolean;
}

const SUBDOMAIN_FIX = "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
const LABEL_FIX = "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit";

const KIND_NAMES: readonly KindNames[] = [
  { group: '', kinds: ['Namespace'], rule: dns1123LabelErrors, fix: LABEL_FIX, namespaced: false },
  {
    group: '',
    kinds: ['Service'],
    rule: dns1035LabelErrors,
    namespaced: true,
    fix: "use at most 63 lower-case letters, digits and '-', starting with a letter (a Service name becomes a DNS label and environment variable names)",
  },
  { group: '', kinds: ['Secret', 'ConfigMap', 'ServiceAccount', 'Pod', 'PersistentVolumeClaim', 'Endpoints'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: true },
  { group: 'apps', kinds: ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: true },
  { group: 'batch', kinds: ['Job'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: true },
  { group: 'batch', kinds: ['CronJob'], rule: cronJobName, fix: `${SUBDOMAIN_FIX}, at most 52 characters`, namespaced: true },
  { group: 'networking.k8s.io', kinds: ['Ingress', 'NetworkPolicy'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: true },
  { group: 'networking.k8s.io', kinds: ['IngressClass'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: false },
  { group: 'policy', kinds: ['PodDisruptionBudget'], rule: dns1123SubdomainErrors, fix: SUBDOMAIN_FIX, namespaced: true },
  {
    group: 'admissionregistration.k8s.io',
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    rule: dns1123SubdomainErrors,
    fix: SUBDOMAIN_FIX,
    namespaced: false,
  },
  {
    group: 'rbac.authorization.k8s.io',
    kinds: ['Role', 'RoleBinding'],
    rule: pathSegmentNameErrors,
    namespaced: true,
    fix: "RBAC names may hold any character but '/' and '%', and may not be '.' or '..'",
  },
  {
    group: 'rbac.authorization.k8s.io',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
    rule: pathSegmentNameErrors,
    namespaced: false,
    fix: "RBAC names may hold any character but '/' and '%', and may not be '.' or '..'",
  },
];

function checkName(obj: KubeObject, report: Reporter, names: KindNames): void {
  // metadata that is not an object cannot be decoded at all; that is not a naming problem
  if (obj.metadata !== undefined && !isRecord(obj.metadata)) return;
  const metadata = record(obj.metadata);
  const name = metadata.name;
  if (name === undefined || name === null || name === '') {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') return;
    report.error('K8S-N1', 'metadata.name', `metadata.name: ${fieldError.required('name or generateName is required')}; give the ${kindOf(obj)} a name`);
    return;
  }
  if (typeof name === 'string' && !isPlaceholder(name)) {
    for (const problem of names.rule(name)) {
      report.error('K8S-N1', 'metadata.name', `metadata.name: ${fieldError.invalid(name, problem)}; ${names.fix}`);
    }
  }
  const namespace = metadata.namespace;
  if (names.namespaced && typeof namespace === 'string' && namespace !== '' && !isPlaceholder(namespace)) {
    for (const problem of dns1123LabelErrors(namespace)) {
      report.error('K8S-N1', 'metadata.namespace', `metadata.namespace: ${fieldError.invalid(namespace, problem)}; ${LABEL_FIX}`);
    }
  }
}

export const OBJECT_NAME_CHECKS: readonly KindChecks[] = KIND_NAMES.flatMap((names) => names.kinds.map((kind) => {
  const checkObjectName: ObjectCheck = (obj, report) => checkName(obj, report, names);
  return { group: names.group, kind, checks: [checkObjectName] };
}));
