import { CA_INJECTION_CHECKS } from './ca-injection';
import { CSR_CHECKS } from './certificate-signing-request';
import { INGRESS_HOST_COVERAGE } from './ingress-hosts';
import { SUBJECT_ALT_NAME_CHECKS } from './subject-alt-names';
import { TLS_SECRET_CHECKS } from './tls-secret';
import { CrossCheck, KindChecks } from '../rule';

// The secrets rules, wired into the engine by ../registry.ts:
// TLS-P* on kubernetes.io/tls Secrets, TLS-U* on CertificateSigningRequests, TLS-I* on CA injection.
export const SECRETS_KIND_CHECKS: readonly KindChecks[] = [
  { group: '', kind: 'Secret', checks: TLS_SECRET_CHECKS },
  { group: 'certificates.k8s.io', kind: 'CertificateSigningRequest', checks: CSR_CHECKS },
];
export const SECRETS_CROSS_CHECKS: readonly CrossCheck[] = [...CA_INJECTION_CHECKS, INGRESS_HOST_COVERAGE, ...SUBJECT_ALT_NAME_CHECKS];
