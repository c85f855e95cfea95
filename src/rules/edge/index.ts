import { BACKEND_CROSS_CHECKS } from './backends';
import { EDGE_CROSS_RULES } from './cross';
import { GATEWAY_CHECKS } from './gateway';
import { GATEWAY_TRUST_CHECKS, GATEWAY_TRUST_CROSS_CHECKS } from './gateway-trust';
import { INGRESS_CHECKS } from './ingress';
import { LISTENER_COUNT_CHECKS, LISTENER_SET_CROSS_CHECKS } from './listener-set';
import { SHIM_ANNOTATION_CHECKS } from './shim-annotations';
import { CrossCheck, KindChecks } from '../rule';

// The edge rules, wired into the engine by ../registry.ts.
export const EDGE_KIND_CHECKS: readonly KindChecks[] = [
  { group: 'networking.k8s.io', kind: 'Ingress', checks: [...SHIM_ANNOTATION_CHECKS, ...INGRESS_CHECKS] },
  { group: 'gateway.networking.k8s.io', kind: 'Gateway', checks: [...SHIM_ANNOTATION_CHECKS, ...GATEWAY_CHECKS, ...LISTENER_COUNT_CHECKS, ...GATEWAY_TRUST_CHECKS] },
  // cert-manager's ListenerSet shim reads the same annotations and listeners as its gateway-shim.
  { group: 'gateway.networking.k8s.io', kind: 'ListenerSet', checks: [...SHIM_ANNOTATION_CHECKS, ...GATEWAY_CHECKS, ...LISTENER_COUNT_CHECKS] },
];
export const EDGE_CROSS_CHECKS: readonly CrossCheck[] = [
  ...EDGE_CROSS_RULES,
  ...LISTENER_SET_CROSS_CHECKS,
  ...GATEWAY_TRUST_CROSS_CHECKS,
  ...BACKEND_CROSS_CHECKS,
];
