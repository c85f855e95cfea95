// Rules on one Gateway's TLS listeners: what cert-manager's gateway-shim does with them
// (CM-S3..CM-S6; it considers only HTTPS and TLS listeners, S7) and a listener whose TLS mode
// contradicts its protocol or its certificate (TLS-E6).
//
// cert-manager v1.21.1 (pkg/controller/certificate-shim/sync.go, handleGatewayAPIListeners)
// passes over Passthrough listeners and the ones named in `cert-manager.io/ignore-tls-listeners`
// without a word, then validates each remaining listener on its own: a listener that fails is
// skipped with a `Warning BadConfig` event ("Skipped a listener block: ..."), and the others
// still get their certificates. So a finding here is about one listener, never the Gateway:
// - CM-S3 no hostname: skipped; the listener's Secret must come from elsewhere (warning).
// - CM-S4 no tls: skipped; and the listener cannot serve TLS at all: the API server refuses a
//   TLS listener without tls, a Gateway does not accept an HTTPS one (error).
// - CM-S5 no certificateRefs: the API server refuses a Terminate listener with neither
//   certificateRefs nor options (error); with options, skipped (warning). A reference to
//   another group or kind, or to another namespace: skipped, and the listener works with that
//   certificate if it exists (and, across namespaces, a ReferenceGrant allows it; TLS-E7): warning.
// - CM-S6 a mode other than Terminate or Passthrough: the CRD schema refuses it (error).
import { isShimmed, shimSkipsListener, TLS_PROTOCOLS } from './tls-uses';
import { KubeObject, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';

function checkShimListener(obj: KubeObject, report: Reporter, listener: Record<string, any>, l: number): void {
  const base = `spec.listeners[${l}]`;
  const name = str(listener.name) ?? '';
  const skip = `, or add "${name}" to the cert-manager.io/ignore-tls-listeners annotation`;
  const skipped = (detail: string) => `cert-manager skips this listener (Warning BadConfig "Skipped a listener block: ${detail}") and writes no certificate for it, `
    + 'so its Secret must come from elsewhere';
  if ((str(listener.hostname) ?? '') === '') {
    report.warning('CM-S3', `${base}.hostname`, `${base}.hostname: Required value: the hostname cannot be empty; ${skipped(`${base}.hostname: Required value`)}; `
      + `set the host this listener serves${skip}`);
  }
  if (listener.tls === undefined || listener.tls === null) {
    report.error('CM-S4', `${base}.tls`, `${base}.tls: Required value: the TLS block cannot be empty; cert-manager skips this listener, and a ${str(listener.protocol)} listener `
      + `without tls serves no TLS (the API server refuses a TLS listener without it, and a Gateway does not accept such an HTTPS one); add tls with mode Terminate and a certificateRefs entry${skip}`);
    return;
  }
  const tls = record(listener.tls);
  const refs = list(tls.certificateRefs);
  if (refs.length === 0) {
    const path = `${base}.tls.certificateRefs`;
    if (Object.keys(record(tls.options)).length === 0) {
      report.error('CM-S5', path, `${path}: Required value: listener has no certificateRefs; the API server refuses a Terminate listener without certificateRefs or options `
        + `("certificateRefs or options must be specified when mode is Terminate"); name the Secret cert-manager should write the certificate to${skip}`);
    } else {
      report.warning('CM-S5', path, `${path}: Required value: listener has no certificateRefs; ${skipped(`${base}.tls.certificateRef: Required value`)} (through tls.options); `
        + `name the Secret cert-manager should write the certificate to${skip}`);
    }
  }
  const ns = metadataOf(obj).namespace;
  refs.forEach((value, k) => {
    const ref = record(value);
    const path = `${base}.tls.certificateRefs[${k}]`;
    const group = str(ref.group) ?? '';
    const kind = str(ref.kind) ?? 'Secret';
    if (group !== '' && group !== 'core') {
      report.warning('CM-S5', `${path}.group`, `${path}.group: Unsupported value: ${JSON.stringify(group)}: supported values: "core", ""; ${skipped(`${path}.group: Unsupported value`)}; `
        + `cert-manager only writes Secrets: remove group to have it issue one${skip}`);
    }
    if (kind !== 'Secret' && kind !== '') {
      report.warning('CM-S5', `${path}.kind`, `${path}.kind: Unsupported value: ${JSON.stringify(kind)}: supported values: "Secret", ""; ${skipped(`${path}.kind: Unsupported value`)}; `
        + `cert-manager only writes Secrets: use kind Secret to have it issue one${skip}`);
    }
    const refNs = str(ref.namespace);
    if (refNs === undefined || refNs === '' || refNs === ns) return;
    const maybe = ns === undefined ? ' may be another namespace than the Gateway\'s (which is not set here); if it is,' : '';
    report.warning('CM-S5', `${path}.namespace`, `${path}.namespace: Invalid value: ${JSON.stringify(refNs)}:${maybe} cross-namespace secret references are not allowed in listeners `
      + `that cert-manager manages; ${skipped(`${path}.namespace: Invalid value`)}; let cert-manager write the Secret in the Gateway's namespace${ns ? ` "${ns}"` : ''}${skip}`);
  });
  const mode = str(tls.mode);
  if (mode !== undefined && mode !== 'Terminate') {
    report.error('CM-S6', `${base}.tls.mode`, `${base}.tls.mode: Unsupported value: ${JSON.stringify(mode)}: supported values: "Terminate", "Passthrough"; `
      + 'the API server refuses any other mode; use Terminate to have cert-manager issue the listener\'s certificate');
  }
}

/**
 * TLS-E6: the TLS mode must fit the protocol and the certificate. An HTTPS listener must
 * terminate TLS (the API server refuses Passthrough there), and a Passthrough listener never
 * serves the certificate it names. A TLS listener that passes TLS through without naming a
 * certificate is a deliberate design (the backend terminates TLS) and passes.
 */
function checkPassthrough(report: Reporter, listener: Record<string, any>, l: number): void {
  const tls = record(listener.tls);
  const mode = str(tls.mode);
  if (mode === undefined || mode === 'Terminate') return;
  const path = `spec.listeners[${l}].tls.mode`;
  const protocol = str(listener.protocol);
  const refs = list(tls.certificateRefs).length;
  if (protocol !== 'HTTPS' && refs === 0) return;
  const why = protocol === 'HTTPS' ? 'an HTTPS listener must terminate TLS, so the API server refuses this listener ("tls mode must be Terminate for protocol HTTPS")'
    : 'the Gateway passes TLS through to the backend and never serves the certificate in certificateRefs';
  report.error('TLS-E6', path, `${path}: ${JSON.stringify(mode)}: ${why}; use mode Terminate, or protocol TLS without certificateRefs when the backend terminates TLS itself`);
}

const checkGateway: ObjectCheck = (obj, report) => {
  const shimmed = isShimmed(obj);
  list(record(obj.spec).listeners).forEach((value, l) => {
    const listener = record(value);
    if (!TLS_PROTOCOLS.includes(str(listener.protocol) ?? '')) return;
    if (shimmed && shimSkipsListener(obj, listener) === undefined) checkShimListener(obj, report, listener, l);
    else checkPassthrough(report, listener, l);
  });
};

export const GATEWAY_CHECKS: readonly ObjectCheck[] = [checkGateway];
