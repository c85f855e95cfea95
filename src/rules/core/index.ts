import { CONFIG_KEY_CHECKS } from './config-keys';
import { CSR_SHAPE_CHECKS } from './csr-shape';
import { INGRESS_V1_CHECKS } from './ingress-v1';
import { OBJECT_NAME_CHECKS } from './object-names';
import { WEBHOOK_CONFIGURATION_CHECKS } from './webhook-configuration';
import { KindChecks } from '../rule';

// What the API server validates in the built-in kinds the rules read (K8S-*), wired into the
// engine by ../registry.ts. The Kubernetes OpenAPI schema does not carry these checks (they live
// in the API server's Go validation), so they are written out here, with its messages.
export const CORE_KIND_CHECKS: readonly KindChecks[] = [
  ...OBJECT_NAME_CHECKS,
  { group: '', kind: 'Secret', checks: CONFIG_KEY_CHECKS },
  { group: '', kind: 'ConfigMap', checks: CONFIG_KEY_CHECKS },
  { group: 'networking.k8s.io', kind: 'Ingress', checks: INGRESS_V1_CHECKS },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', checks: WEBHOOK_CONFIGURATION_CHECKS },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', checks: WEBHOOK_CONFIGURATION_CHECKS },
  { group: 'certificates.k8s.io', kind: 'CertificateSigningRequest', checks: CSR_SHAPE_CHECKS },
];
