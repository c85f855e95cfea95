// Which checks run on which kinds. A rule module exports its checks; this file wires them in.
import { CERTIFICATE_CHECKS } from './cert-manager/certificate';
import { CERTIFICATE_NAME_CHECKS } from './cert-manager/certificate-names';
import { CERTIFICATE_REQUEST_CHECKS } from './cert-manager/certificate-request';
import { CROSS_CHECKS as CERT_MANAGER_CROSS_CHECKS } from './cert-manager/cross';
import { ISSUER_CHECKS } from './cert-manager/issuer';
import { DUPLICATE_CHECKS } from './duplicates';
import { EDGE_CROSS_CHECKS, EDGE_KIND_CHECKS } from './edge';
import { MESH_CROSS_CHECKS, MESH_KIND_CHECKS } from './mesh';
import { CrossCheck, KindChecks, ObjectCheck } from './rule';
import { SCHEMA_CHECK } from './schema/schema-check';
import { SECRETS_CROSS_CHECKS, SECRETS_KIND_CHECKS } from './secrets';
import { TRUST_CROSS_CHECKS, TRUST_KIND_CHECKS } from './trust';

export const KIND_CHECKS: readonly KindChecks[] = [
  { group: 'cert-manager.io', kind: 'Certificate', checks: CERTIFICATE_CHECKS },
  { group: 'cert-manager.io', kind: 'Certificate', checks: CERTIFICATE_NAME_CHECKS },
  { group: 'cert-manager.io', kind: 'CertificateRequest', checks: CERTIFICATE_REQUEST_CHECKS },
  { group: 'cert-manager.io', kind: 'Issuer', checks: ISSUER_CHECKS },
  { group: 'cert-manager.io', kind: 'ClusterIssuer', checks: ISSUER_CHECKS },
  ...EDGE_KIND_CHECKS,
  ...MESH_KIND_CHECKS,
  ...TRUST_KIND_CHECKS,
  ...SECRETS_KIND_CHECKS,
];

/** Checks for every object: the CRD schema of the kinds whose schema the library carries. */
export const ANY_KIND_CHECKS: readonly ObjectCheck[] = [SCHEMA_CHECK];

export const CROSS_CHECKS: readonly CrossCheck[] = [
  ...DUPLICATE_CHECKS,
  ...CERT_MANAGER_CROSS_CHECKS,
  ...EDGE_CROSS_CHECKS,
  ...MESH_CROSS_CHECKS,
  ...TRUST_CROSS_CHECKS,
  ...SECRETS_CROSS_CHECKS,
];
