// Istio's PeerAuthentication hierarchy: a workload policy (with a selector) overrides its
// namespace's policy, which overrides the mesh-wide policy in the root namespace. A STRICT policy
// that a narrower PERMISSIVE or DISABLE policy overrides is weakened (TLS-M3); PERMISSIVE that
// overrides nothing is the migration mode (TLS-M2).
import { peerMode } from './istio-peer-authentication';
import { KubeObject, apiGroupOf, isRecord, kindOf, metadataOf, record } from '../object';
import { CrossCheck } from '../rule';

/** Istio's default root namespace (meshConfig.rootNamespace), where mesh-wide policies live. */
export const ISTIO_ROOT_NAMESPACE = 'istio-system';

const isPeerAuthentication = (obj: KubeObject): boolean => apiGroupOf(obj) === 'security.istio.io' && kindOf(obj) === 'PeerAuthentication';
const hasSelector = (obj: KubeObject): boolean => Object.keys(record(record(record(obj.spec).selector).matchLabels)).length > 0;
const describe = (obj: KubeObject): string => `PeerAuthentication ${metadataOf(obj).namespace ?? 'default'}/${metadataOf(obj).name}`;

export const ISTIO_MTLS_CROSS: CrossCheck = (ctx, reporterFor) => {
  const peers = ctx.objects.filter(isPeerAuthentication);
  // STRICT policies without selector, by namespace: the namespace-wide and mesh-wide ones.
  const strictByNamespace = new Map<string, KubeObject>();
  for (const pa of peers) {
    if (!hasSelector(pa) && peerMode(record(pa.spec)) === 'STRICT') {
      strictByNamespace.set(metadataOf(pa).namespace ?? 'default', pa);
    }
  }
  const meshStrict = strictByNamespace.get(ISTIO_ROOT_NAMESPACE);
  for (const pa of peers) {
    const spec = record(pa.spec);
    const mode = peerMode(spec);
    if (mode !== 'PERMISSIVE' && mode !== 'DISABLE') continue;
    const ns = metadataOf(pa).namespace ?? 'default';
    const workload = hasSelector(pa);
    const above = workload ? strictByNamespace.get(ns) ?? (ns !== ISTIO_ROOT_NAMESPACE ? meshStrict : undefined)
      : ns !== ISTIO_ROOT_NAMESPACE ? meshStrict : undefined;
    const report = reporterFor(pa);
    const path = 'spec.mtls.mode';
    if (above) {
      report.warning('TLS-M3', path, `${path}: ${mode} overrides the STRICT ${describe(above)} for ${workload ? 'the selected workloads' : `namespace "${ns}"`}, `
        + 'so they accept plaintext; remove this override (or scope it to the ports that need it with portLevelMtls) once their clients are in the mesh');
    } else if (mode === 'PERMISSIVE') {
      report.warning('TLS-M2', path, `${path}: PERMISSIVE accepts plaintext as well as mutual TLS; it is a migration mode: switch to STRICT once every client `
        + `is in the mesh (${isRecord(spec.selector) ? 'these workloads' : `namespace "${ns}"`})`);
    }
  }
};
