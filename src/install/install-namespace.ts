import { ApiObject } from 'cdk8s';
import { KubeNamespace } from 'cdk8s-plus-27/lib/imports/k8s';
import { Construct } from 'constructs';
import { ClusterScopedApiObject } from '../core/cluster-scoped-api-object';

/**
 * The namespace an install runs in, created with Pod Security Admission `restricted` enforced:
 * the cert-manager and trust-manager pods already meet it (non-root, seccomp RuntimeDefault, no
 * capabilities, no privilege escalation), so the label costs nothing and keeps anything less
 * confined out of the namespace that holds the cluster's CA keys.
 */
export function installNamespace(scope: Construct, name: string): ApiObject {
  return new ClusterScopedApiObject(scope, 'Namespace', {
    ...KubeNamespace.GVK,
    metadata: {
      name,
      labels: {
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/enforce-version': 'latest',
      },
    },
  });
}
