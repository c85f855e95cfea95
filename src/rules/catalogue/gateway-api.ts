import { RuleDoc } from './rule-doc';

// Gateway API rules on ListenerSets, BackendTLSPolicy and the Gateway's trust (TLS-LS*, TLS-BT*,
// TLS-CA*, TLS-FV1). The severities are those of `cdk8s-tls audit`; a cdk8s app makes the
// "may be" warnings errors, since there every object is in the app.

const rule = (doc: Omit<RuleDoc, 'scope'>): RuleDoc => ({ ...doc, scope: 'engine' });

export const GATEWAY_API_RULES: readonly RuleDoc[] = [
  rule({
    id: 'TLS-LS1',
    severity: 'error',
    title: 'a ListenerSet whose parent Gateway does not admit ListenerSets of its namespace',
    why: 'the Gateway ignores the ListenerSet (spec.allowedListeners), so none of its listeners is served.',
    fix: 'allow the namespace in the Gateway\'s spec.allowedListeners.namespaces, or attach the ListenerSet to a Gateway that admits it.',
    source: 'Gateway API v1.5 ListenerSet (GEP-1713), Gateway spec.allowedListeners',
  }),
  rule({
    id: 'TLS-LS2',
    severity: 'error',
    title: 'a listener indistinct from another on the same Gateway (same port, protocol and hostname)',
    why: 'the Gateway marks the later listener Conflicted and does not serve it.',
    fix: 'give the listener its own hostname or port, or drop the duplicate.',
    source: 'Gateway API "Distinct Listeners"; GEP-1713 merge order',
  }),
  rule({
    id: 'TLS-LS3',
    severity: 'error',
    title: 'more than 64 listeners in one Gateway or ListenerSet',
    why: 'the CRD\'s maxItems makes the API server refuse the object.',
    fix: 'move teams\' hosts into ListenerSets, which the Gateway merges beyond 64, or share a wildcard listener.',
    source: 'Gateway API v1.6.1 CRDs (listeners maxItems: 64)',
  }),
  rule({
    id: 'TLS-LS4',
    severity: 'warning',
    title: 'a ListenerSet that inherits its Gateway\'s cert-manager issuer annotations',
    why: 'cert-manager\'s ListenerSet shim replaces the ListenerSet\'s issuer kind or group with the Gateway\'s, so the issuer is looked up as another kind.',
    fix: 'give the Gateway and its ListenerSets the same issuer kind and group annotations.',
    source: 'cert-manager gateway-shim (ListenerSet support)',
  }),
  rule({
    id: 'TLS-BT1',
    severity: 'error',
    title: 'a BackendTLSPolicy hostname the backend\'s certificate does not carry',
    why: 'every TLS handshake from the Gateway to the backend fails and requests get a 5xx.',
    fix: 'add the hostname to the backend certificate\'s dnsNames, or set the policy\'s hostname to a name it carries.',
    source: 'Gateway API v1.4 BackendTLSPolicy (validation.hostname, subjectAltNames)',
  }),
  rule({
    id: 'TLS-BT2',
    severity: 'error',
    title: 'a BackendTLSPolicy targeting a Service that is not defined',
    why: 'the policy applies to no Service, and the Gateway talks to the intended backend in plain text.',
    fix: 'target a Service among the manifests, or fix the name.',
    source: 'Gateway API v1.4 BackendTLSPolicy targetRefs',
  }),
  rule({
    id: 'TLS-CA1',
    severity: 'error',
    title: 'a CA ConfigMap (backend or client validation) that nothing writes',
    why: 'without the CA the Gateway refuses the backend (or every client certificate).',
    fix: 'write the ConfigMap, e.g. with a trust-manager Bundle whose target is that ConfigMap.',
    source: 'Gateway API caCertificateRefs (BackendTLSPolicy, spec.tls.frontend)',
  }),
  rule({
    id: 'TLS-CA2',
    severity: 'error',
    title: 'a CA ConfigMap without the key ca.crt',
    why: 'Gateway API reads the CA only from the key ca.crt, so validation fails.',
    fix: 'write the bundle under ca.crt (TrustBundle configMap: { key: \'ca.crt\' }).',
    source: 'Gateway API caCertificateRefs ("ca.crt" key)',
  }),
  rule({
    id: 'TLS-FV1',
    severity: 'warning',
    title: 'client certificate validation in AllowInsecureFallback mode',
    why: 'clients without a certificate, or with an invalid one, get through; the backend must authenticate every request itself.',
    fix: 'use AllowValidOnly (the default) once clients have their certificates.',
    source: 'Gateway API v1.5 frontend TLS validation mode',
  }),
];
