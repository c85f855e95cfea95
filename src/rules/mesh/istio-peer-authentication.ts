// Istio PeerAuthentication (security.istio.io): mutual TLS turned off (TLS-M1), the CRD's CEL
// rules that ajv does not run (TLS-M4), and port exceptions inside one policy (TLS-M3). Whether
// a policy weakens a STRICT one above it is a cross-object rule (istio-mtls-cross.ts).
import { RuleContext } from '../context';
import { KubeObject, isRecord, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { reportInsecureDefault } from '../secure-default';
import { fieldError, reportField } from '../util/field-error';

/**
 * The annotation with which a PeerAuthentication that sets DISABLE is accepted (as a warning):
 * its value says why plaintext is needed. `IstioMtlsMode.insecureDisable(reason)` writes it.
 */
export const MTLS_DISABLE_REASON_ANNOTATION = 'cdk8s-tls/mtls-disable-reason';

/** `spec.mtls.mode`, with Istio's UNSET for an absent mode. */
export function peerMode(spec: Record<string, any>): string {
  return str(record(spec.mtls).mode) ?? 'UNSET';
}

/** The per-port modes, as `[port, mode]`. */
export function portModes(spec: Record<string, any>): [string, string][] {
  return Object.entries(record(spec.portLevelMtls)).map(([port, v]) => [port, str(record(v).mode) ?? 'UNSET']);
}

/** TLS-M1: DISABLE; refused in an app unless the object says why, warned in an audit (Istio accepts it). */
function checkDisable(obj: KubeObject, report: Reporter, ctx: RuleContext): void {
  const spec = record(obj.spec);
  const reason = str(metadataOf(obj).annotations[MTLS_DISABLE_REASON_ANNOTATION]) ?? '';
  const sites: string[] = [];
  if (peerMode(spec) === 'DISABLE') sites.push('spec.mtls.mode');
  for (const [port, mode] of portModes(spec)) if (mode === 'DISABLE') sites.push(`spec.portLevelMtls.${port}.mode`);
  for (const path of sites) {
    const base = `${path}: DISABLE accepts and sends plaintext, so traffic is neither encrypted nor authenticated (and ambient mode does not support it)`;
    if (reason.trim() !== '') {
      report.warning('TLS-M1', path, `${base}; accepted because ${MTLS_DISABLE_REASON_ANNOTATION} says: ${JSON.stringify(reason)}`);
    } else {
      reportInsecureDefault(report, ctx, 'TLS-M1', path, `${base}; use STRICT (PERMISSIVE only while migrating), or if plaintext is really needed say why in the annotation `
        + `${MTLS_DISABLE_REASON_ANNOTATION} (IstioMtlsMode.insecureDisable(reason))`);
    }
  }
}

/** TLS-M4: the CEL rules of the PeerAuthentication CRD. */
function checkCel(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  if (!isRecord(spec.portLevelMtls)) return;
  const labels = record(record(spec.selector).matchLabels);
  if (Object.keys(labels).length === 0) {
    reportField(report, {
      ruleId: 'TLS-M4',
      path: 'spec',
      body: fieldError.invalid('object', 'portLevelMtls requires selector'),
      fix: 'select the workloads (selector.matchLabels) whose ports get their own mode; a namespace-wide policy cannot have port exceptions',
    });
  }
  const bad = Object.keys(spec.portLevelMtls).filter((port) => !/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535);
  if (bad.length > 0) {
    reportField(report, {
      ruleId: 'TLS-M4',
      path: 'spec.portLevelMtls',
      body: fieldError.invalid('object', 'port must be between 1-65535'),
      fix: `use container port numbers as keys (got ${bad.map((p) => JSON.stringify(p)).join(', ')})`,
    });
  }
}

/** TLS-M3 (within one policy): a port exception weaker than STRICT. */
function checkPortExceptions(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  for (const [port, mode] of portModes(spec)) {
    if (mode !== 'PERMISSIVE') continue;
    const path = `spec.portLevelMtls.${port}.mode`;
    report.warning('TLS-M3', path, `${path}: port ${port} accepts plaintext (PERMISSIVE) although the workload's policy is ${peerMode(spec)}; `
      + 'remove the port exception once the port\'s clients are in the mesh (health checks from the kubelet are rewritten by Istio and need none)');
  }
}

export const PEER_AUTHENTICATION_CHECKS: readonly ObjectCheck[] = [checkDisable, checkCel, checkPortExceptions];
