// TLS-M6: a DestinationRule that sends plaintext (DISABLE) or one-way TLS (SIMPLE) to a service in
// the mesh replaces Istio's mutual TLS for that traffic: the client's identity is no longer
// presented, and with DISABLE nothing is encrypted.
//
// The control plane is the exception: istiod runs without a sidecar and terminates TLS itself on
// 15012 (xDS and CA) and 15017/443 (webhooks). Istio's external-control-plane and multicluster
// guides route to it with `tls.mode: SIMPLE` (or DISABLE, when the proxy passes istiod's own TLS
// through); ISTIO_MUTUAL would break those connections. So `istiod` and revisioned
// `istiod-<rev>` services, in any namespace, are passed over.
import { KubeObject, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

/**
 * Kubernetes service names (`svc`, `svc.ns.svc`, `*.cluster.local`) are in the mesh; other names are
 * taken as external (`svc.ns` cannot be told apart from a domain like `example.com`).
 */
export function isInMeshHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '' || h === '*') return false;
  return !h.includes('.') || h.endsWith('.svc') || h.endsWith('.cluster.local');
}

/** `istiod` or `istiod-<revision>`, as a bare name or `<name>.<namespace>[.svc[.cluster.local]]`. */
const ISTIOD = /^istiod(-[a-z0-9]([-a-z0-9]*[a-z0-9])?)?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.svc(\.cluster\.local)?)?)?$/;

/** Whether a DestinationRule host is Istio's control plane, which has no sidecar to speak mesh mTLS. */
export function isIstioControlPlaneHost(host: string): boolean {
  return ISTIOD.test(host.toLowerCase().replace(/\.$/, ''));
}

function checkPolicy(report: Reporter, host: string, policy: unknown, path: string): void {
  const p = record(policy);
  const sites: [string, unknown][] = [[`${path}.tls.mode`, record(p.tls).mode]];
  list(p.portLevelSettings).forEach((s, i) => sites.push([`${path}.portLevelSettings[${i}].tls.mode`, record(record(s).tls).mode]));
  for (const [at, mode] of sites) {
    if (mode !== 'DISABLE' && mode !== 'SIMPLE') continue;
    const effect = mode === 'DISABLE' ? 'sends plaintext' : 'originates one-way TLS, so the client presents no mesh identity';
    report.warning('TLS-M6', at, `${at}: ${mode} toward in-mesh host "${host}" ${effect} and bypasses Istio mutual TLS (STRICT servers reject it); `
      + 'use ISTIO_MUTUAL, or remove tls and let auto mTLS choose');
  }
}

function checkDestinationTls(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const host = str(spec.host) ?? '';
  if (!isInMeshHost(host) || isIstioControlPlaneHost(host)) return;
  checkPolicy(report, host, spec.trafficPolicy, 'spec.trafficPolicy');
  list(spec.subsets).forEach((s, i) => checkPolicy(report, host, record(s).trafficPolicy, `spec.subsets[${i}].trafficPolicy`));
}

export const DESTINATION_RULE_CHECKS: readonly ObjectCheck[] = [checkDestinationTls];
