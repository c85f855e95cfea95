// Rules on one Gateway's TLS listeners: what cert-manager's gateway-shim refuses (CM-S3..CM-S6;
// it considers only HTTPS and TLS listeners, S7) and a TLS listener that does not terminate TLS
// (TLS-E6).
import { isShimmed, ignoredListeners, TLS_PROTOCOLS } from './tls-uses';
import { KubeObject, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

function checkShimListener(obj: KubeObject, report: Reporter, listener: Record<string, any>, l: number): void {
  const base = `spec.listeners[${l}]`;
  const name = str(listener.name) ?? '';
  const skip = `, or add "${name}" to the cert-manager.io/ignore-tls-listeners annotation`;
  if ((str(listener.hostname) ?? '') === '') {
    report.error('CM-S3', `${base}.hostname`, `${base}.hostname: Required value: the hostname cannot be empty; cert-manager cannot tell which name to certify; `
      + `set the host this listener serves${skip}`);
  }
  if (listener.tls === undefined || listener.tls === null) {
    report.error('CM-S4', `${base}.tls`, `${base}.tls: Required value: the TLS block cannot be empty; add tls with mode Terminate and a certificateRefs entry${skip}`);
    return;
  }
  const tls = record(listener.tls);
  const refs = list(tls.certificateRefs);
  if (refs.length === 0) {
    report.error('CM-S5', `${base}.tls.certificateRefs`, `${base}.tls.certificateRefs: Required value: listener has no certificateRefs; `
      + `name the Secret cert-manager should write the certificate to${skip}`);
  }
  const ns = metadataOf(obj).namespace ?? '';
  refs.forEach((value, k) => {
    const ref = record(value);
    const path = `${base}.tls.certificateRefs[${k}]`;
    const group = str(ref.group) ?? '';
    const kind = str(ref.kind) ?? 'Secret';
    if (group !== '' && group !== 'core') {
      report.error('CM-S5', `${path}.group`, `${path}.group: Unsupported value: ${JSON.stringify(group)}: supported values: "core", ""; cert-manager only writes Secrets; remove group`);
    }
    if (kind !== 'Secret' && kind !== '') {
      report.error('CM-S5', `${path}.kind`, `${path}.kind: Unsupported value: ${JSON.stringify(kind)}: supported values: "Secret", ""; cert-manager only writes Secrets; use kind Secret`);
    }
    const refNs = str(ref.namespace);
    if (refNs !== undefined && refNs !== '' && refNs !== ns) {
      report.error('CM-S5', `${path}.namespace`, `${path}.namespace: Invalid value: ${JSON.stringify(refNs)}: cross-namespace secret references are not allowed in listeners `
        + `that cert-manager manages; let cert-manager write the Secret in the Gateway's namespace${ns ? ` "${ns}"` : ''}${skip}`);
    }
  });
  const mode = str(tls.mode);
  if (mode !== undefined && mode !== 'Terminate') {
    report.error('CM-S6', `${base}.tls.mode`, `${base}.tls.mode: Unsupported value: ${JSON.stringify(mode)}: supported values: "Terminate"; `
      + `cert-manager only issues for listeners that terminate TLS; use mode Terminate${skip}`);
  }
}

/** TLS-E6: a TLS listener that passes TLS through never serves the certificate it names. */
function checkPassthrough(report: Reporter, listener: Record<string, any>, l: number): void {
  const tls = record(listener.tls);
  const mode = str(tls.mode);
  if (mode === undefined || mode === 'Terminate') return;
  const path = `spec.listeners[${l}].tls.mode`;
  const protocol = str(listener.protocol);
  const refs = list(tls.certificateRefs).length;
  if (protocol === 'HTTPS' || refs > 0) {
    const why = protocol === 'HTTPS' ? 'an HTTPS listener must terminate TLS, so the Gateway does not accept this listener'
      : 'the Gateway passes TLS through to the backend and never serves the certificate in certificateRefs';
    report.error('TLS-E6', path, `${path}: ${JSON.stringify(mode)}: ${why}; use mode Terminate, or protocol TLS without certificateRefs when the backend terminates TLS itself`);
  } else {
    report.warning('TLS-E6', path, `${path}: ${JSON.stringify(mode)}: the Gateway does not terminate TLS for this listener, so the backend must serve a certificate itself; `
      + 'use mode Terminate to have the Gateway serve a cert-manager certificate');
  }
}

const checkGateway: ObjectCheck = (obj, report) => {
  const shimmed = isShimmed(obj);
  const ignored = ignoredListeners(obj);
  list(record(obj.spec).listeners).forEach((value, l) => {
    const listener = record(value);
    if (!TLS_PROTOCOLS.includes(str(listener.protocol) ?? '')) return;
    if (shimmed && !ignored.has(str(listener.name) ?? '')) checkShimListener(obj, report, listener, l);
    else checkPassthrough(report, listener, l);
  });
};

export const GATEWAY_CHECKS: readonly ObjectCheck[] = [checkGateway];
