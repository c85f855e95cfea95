// TLS-M8: a namespace's Linkerd default inbound policy (annotation
// `config.linkerd.io/default-inbound-policy`), which decides what a meshed pod accepts on ports no
// Server describes. Linkerd's install default is all-unauthenticated: plaintext from anywhere.
import { KubeObject, metadataOf, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError, reportField } from '../util/field-error';

export const LINKERD_INBOUND_POLICY_ANNOTATION = 'config.linkerd.io/default-inbound-policy';
const INJECT_ANNOTATION = 'linkerd.io/inject';

export const LINKERD_INBOUND_POLICIES = ['all-unauthenticated', 'all-authenticated', 'cluster-unauthenticated', 'cluster-authenticated', 'deny', 'audit'];
const OPEN: { readonly [policy: string]: string } = {
  'all-unauthenticated': 'accepts plaintext from anywhere',
  'cluster-unauthenticated': 'accepts plaintext from any address in the cluster networks',
  'audit': 'allows every request (denials are only logged)',
};

function checkDefaultInboundPolicy(obj: KubeObject, report: Reporter): void {
  const { annotations } = metadataOf(obj);
  const path = `metadata.annotations.${LINKERD_INBOUND_POLICY_ANNOTATION}`;
  const policy = str(annotations[LINKERD_INBOUND_POLICY_ANNOTATION]);
  const fix = `set ${LINKERD_INBOUND_POLICY_ANNOTATION}: all-authenticated (or deny, and authorize each Server)`;
  if (policy === undefined) {
    if (str(annotations[INJECT_ANNOTATION]) !== 'enabled') return;
    report.warning('TLS-M8', path, `${path}: the namespace is meshed (${INJECT_ANNOTATION}: enabled) but leaves the inbound policy at the control plane's default, `
      + `all-unauthenticated unless proxy.defaultInboundPolicy says otherwise, which accepts plaintext from anywhere; ${fix}`);
    return;
  }
  if (!LINKERD_INBOUND_POLICIES.includes(policy)) {
    reportField(report, { ruleId: 'TLS-M8', path, body: fieldError.notSupported(policy, LINKERD_INBOUND_POLICIES), fix });
    return;
  }
  if (OPEN[policy]) report.warning('TLS-M8', path, `${path}: ${policy} ${OPEN[policy]}; ${fix}`);
}

export const LINKERD_NAMESPACE_CHECKS: readonly ObjectCheck[] = [checkDefaultInboundPolicy];
