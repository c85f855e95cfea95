import { ISTIO_AUTHORIZATION_POLICY_CHECKS, LINKERD_AUTHORIZATION_POLICY_CHECKS } from './authorization-policy';
import { DESTINATION_RULE_CHECKS } from './istio-destination-rule';
import { ISTIO_GATEWAY_CHECKS } from './istio-gateway';
import { ISTIO_MTLS_CROSS } from './istio-mtls-cross';
import { ISTIO_NAMESPACE_CROSS } from './istio-namespace-injection';
import { PEER_AUTHENTICATION_CHECKS } from './istio-peer-authentication';
import { LINKERD_NAMESPACE_CHECKS } from './linkerd-namespace';
import { LINKERD_SERVER_CHECKS, LINKERD_SERVER_CROSS } from './linkerd-server';
import { LINKERD_SERVER_AUTHORIZATION_CHECKS } from './linkerd-server-authorization';
import { CrossCheck, KindChecks } from '../rule';

// The mesh rules (TLS-M*), wired into the engine by ../registry.ts.
export const MESH_KIND_CHECKS: readonly KindChecks[] = [
  { group: 'security.istio.io', kind: 'PeerAuthentication', checks: PEER_AUTHENTICATION_CHECKS },
  { group: 'security.istio.io', kind: 'AuthorizationPolicy', checks: ISTIO_AUTHORIZATION_POLICY_CHECKS },
  { group: 'networking.istio.io', kind: 'DestinationRule', checks: DESTINATION_RULE_CHECKS },
  { group: 'policy.linkerd.io', kind: 'AuthorizationPolicy', checks: LINKERD_AUTHORIZATION_POLICY_CHECKS },
  { group: 'policy.linkerd.io', kind: 'Server', checks: LINKERD_SERVER_CHECKS },
  { group: '', kind: 'Namespace', checks: LINKERD_NAMESPACE_CHECKS },
  { group: 'networking.istio.io', kind: 'Gateway', checks: ISTIO_GATEWAY_CHECKS },
  { group: 'policy.linkerd.io', kind: 'ServerAuthorization', checks: LINKERD_SERVER_AUTHORIZATION_CHECKS },
];
export const MESH_CROSS_CHECKS: readonly CrossCheck[] = [ISTIO_MTLS_CROSS, LINKERD_SERVER_CROSS, ISTIO_NAMESPACE_CROSS];
