// AuthorizationPolicy of both meshes. Istio (security.istio.io): the CRD's CEL rules (TLS-M5) and
// an ALLOW rule that matches every request (TLS-M7). Linkerd (policy.linkerd.io): a policy that
// requires no authentication authorizes every client (TLS-M7).
import { KubeObject, isRecord, isSet, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { fieldError, reportField } from '../util/field-error';

const nonEmpty = (value: unknown): boolean =>
  (Array.isArray(value) ? value.length > 0 : isRecord(value) ? Object.keys(value).length > 0 : isSet(value));

/** TLS-M5: Istio's CEL rules. */
function checkIstioCel(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const targets = ['selector', 'targetRef', 'targetRefs'].filter((f) => isSet(spec[f]));
  if (targets.length > 1) {
    reportField(report, {
      ruleId: 'TLS-M5',
      path: 'spec',
      body: fieldError.invalid('object', 'only one of targetRefs or selector can be set'),
      fix: `keep one of ${targets.join(', ')}: selector for sidecar and ztunnel workloads, targetRefs for waypoints and gateways`,
    });
  }
  list(spec.rules).forEach((rule, i) => {
    list(record(rule).from).forEach((from, j) => {
      const source = record(record(from).source);
      const accounts = isSet(source.serviceAccounts) || isSet(source.notServiceAccounts);
      const others = ['principals', 'notPrincipals', 'namespaces', 'notNamespaces'].filter((f) => isSet(source[f]));
      if (accounts && others.length > 0) {
        reportField(report, {
          ruleId: 'TLS-M5',
          path: `spec.rules[${i}].from[${j}].source`,
          body: fieldError.invalid('object', 'Cannot set serviceAccounts with namespaces or principals'),
          fix: `write the service accounts as principals (cluster.local/ns/<ns>/sa/<name>), or put ${others.join(', ')} in another from entry`,
        });
      }
    });
  });
}

/** A `from`/`to` list matches every request when it is empty or one of its entries sets nothing. */
function matchesAll(entries: unknown, field: 'source' | 'operation'): boolean {
  const items = list(entries);
  return items.length === 0 || items.some((e) => !nonEmpty(record(e)[field]));
}

/** TLS-M7 (Istio): an ALLOW rule without conditions. */
function checkIstioAllowAll(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  const action = str(spec.action) ?? 'ALLOW';
  if (action !== 'ALLOW') return;
  list(spec.rules).forEach((raw, i) => {
    const rule = record(raw);
    if (!matchesAll(rule.from, 'source') || !matchesAll(rule.to, 'operation') || nonEmpty(rule.when)) return;
    const path = `spec.rules[${i}]`;
    report.warning('TLS-M7', path, `${path}: this ALLOW rule has no source, operation or condition, so it allows every request, from any client `
      + '(plaintext ones included unless mTLS is STRICT), and defeats a default-deny policy; allow named principals: from: [{source: {principals: '
      + '["cluster.local/ns/<ns>/sa/<service account>"]}}]');
  });
}

/** TLS-M7 (Linkerd): no required authentication. */
function checkLinkerdAllowAll(obj: KubeObject, report: Reporter): void {
  const refs = record(obj.spec).requiredAuthenticationRefs;
  if (!Array.isArray(refs) || refs.length > 0) return;
  const path = 'spec.requiredAuthenticationRefs';
  report.warning('TLS-M7', path, `${path}: an empty list authorizes every client, unauthenticated ones included; `
    + 'reference a MeshTLSAuthentication that lists the allowed service accounts');
}

export const ISTIO_AUTHORIZATION_POLICY_CHECKS: readonly ObjectCheck[] = [checkIstioCel, checkIstioAllowAll];
export const LINKERD_AUTHORIZATION_POLICY_CHECKS: readonly ObjectCheck[] = [checkLinkerdAllowAll];
