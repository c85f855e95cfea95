import { HTTPS_LISTENER, gatewayYaml } from './example-objects';
import { RuleDoc } from './rule-doc';

// Gateway API rules on ListenerSets, BackendTLSPolicy and the Gateway's trust (TLS-LS*, TLS-BT*,
// TLS-CA*, TLS-FV1). The severities are those of `cdk8s-tls audit`; a cdk8s app makes the
// "may be" warnings errors, since there every object is in the app.

const rule = (doc: Omit<RuleDoc, 'scope'>): RuleDoc => ({ ...doc, scope: 'engine' });

/** Gateway shop/web with an HTTPS listener for shop.example.com; `spec` and `metadata` lines are added. */
const GATEWAY = (spec: string, metadata = ''): string => gatewayYaml(HTTPS_LISTENER, { spec, metadata });
const SAME_NAMESPACE = '\n  allowedListeners: {namespaces: {from: Same}}';
/** A ListenerSet of Gateway shop/web in `namespace` with an HTTPS listener for `hostname`. */
const LISTENER_SET = (namespace: string, metadata: string, hostname: string): string => `apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata:
  name: team
  namespace: ${namespace}${metadata}
spec:
  parentRef: {name: web, namespace: shop}
  listeners:
    - {name: https, protocol: HTTPS, port: 443, hostname: ${hostname}, tls: {mode: Terminate, certificateRefs: [{name: team-tls}]}}`;
/** A Gateway with `count` HTTP listeners, one per host. */
const MANY_LISTENERS = (count: number): string => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: web, namespace: shop}
spec:
  gatewayClassName: istio
  listeners:
${Array.from({ length: count }, (_, i) => `    - {name: http-${i + 1}, protocol: HTTP, port: 80, hostname: app${i + 1}.example.com}`).join('\n')}`;
const SERVICE = (name: string): string => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {app: ${name}}
  ports: [{name: https, port: 443, targetPort: 8443}]`;
const BACKEND_POLICY = (service: string): string => `apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: ${service}, namespace: shop}
spec:
  targetRefs: [{group: "", kind: Service, name: ${service}}]
  validation: {hostname: ${service}.shop.svc, wellKnownCACertificates: System}`;
/** Service orders, its BackendTLSPolicy, and its pods serving the Certificate for `dnsName`. */
const BACKEND = (dnsName: string): string => `${BACKEND_POLICY('orders')}
---
${SERVICE('orders')}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: orders, namespace: shop}
spec:
  selector: {matchLabels: {app: orders}}
  template:
    metadata: {labels: {app: orders}}
    spec:
      containers: [{name: orders, image: registry.example.com/orders:1.4.2, volumeMounts: [{name: tls, mountPath: /tls, readOnly: true}]}]
      volumes: [{name: tls, secret: {secretName: orders-tls}}]
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: orders, namespace: shop}
spec:
  secretName: orders-tls
  issuerRef: {name: internal-ca, kind: ClusterIssuer}
  dnsNames: [${dnsName}]`;
/** Gateway shop/web validating client certificates against ConfigMap partners-ca; `validation` lines are added. */
const CLIENT_VALIDATION = (validation: string): string => GATEWAY(`
  tls:
    frontend:
      default:
        validation:
          caCertificateRefs: [{group: "", kind: ConfigMap, name: partners-ca}]${validation}`);
/** A trust-manager Bundle writing ConfigMap `name` under `key` in every namespace. */
const TRUST_BUNDLE = (name: string, key: string): string => `apiVersion: trust.cert-manager.io/v1alpha1
kind: Bundle
metadata: {name: ${name}}
spec:
  sources: [{secret: {name: ${name}, key: tls.crt}}]
  target: {configMap: {key: ${key}}}`;

export const GATEWAY_API_RULES: readonly RuleDoc[] = [
  rule({
    id: 'TLS-LS1',
    severity: 'error',
    title: 'a ListenerSet whose parent Gateway does not admit ListenerSets of its namespace',
    why: 'the Gateway ignores the ListenerSet (spec.allowedListeners), so none of its listeners is served.',
    fix: 'allow the namespace in the Gateway\'s spec.allowedListeners.namespaces, or attach the ListenerSet to a Gateway that admits it.',
    source: 'Gateway API v1.5 ListenerSet (GEP-1713), Gateway spec.allowedListeners',
    example: {
      trigger: `${GATEWAY('')}\n---\n${LISTENER_SET('team', '', 'team.example.com')}`,
      corrected: `${GATEWAY('\n  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: {kubernetes.io/metadata.name: team}}}}')}\n---\n${LISTENER_SET('team', '', 'team.example.com')}`,
    },
  }),
  rule({
    id: 'TLS-LS2',
    severity: 'error',
    title: 'a listener indistinct from another on the same Gateway (same port, protocol and hostname)',
    why: 'the Gateway marks the later listener Conflicted and does not serve it.',
    fix: 'give the listener its own hostname or port, or drop the duplicate.',
    source: 'Gateway API "Distinct Listeners"; GEP-1713 merge order',
    example: {
      trigger: `${GATEWAY(SAME_NAMESPACE)}\n---\n${LISTENER_SET('shop', '', 'shop.example.com')}`,
      corrected: `${GATEWAY(SAME_NAMESPACE)}\n---\n${LISTENER_SET('shop', '', 'www.example.com')}`,
    },
  }),
  rule({
    id: 'TLS-LS3',
    severity: 'error',
    title: 'more than 64 listeners in one Gateway or ListenerSet',
    why: 'the CRD\'s maxItems makes the API server refuse the object.',
    fix: 'move teams\' hosts into ListenerSets, which the Gateway merges beyond 64, or share a wildcard listener.',
    source: 'Gateway API v1.6.1 CRDs (listeners maxItems: 64)',
    example: { trigger: MANY_LISTENERS(65), corrected: MANY_LISTENERS(64) },
  }),
  rule({
    id: 'TLS-LS4',
    severity: 'warning',
    title: 'a ListenerSet that inherits its Gateway\'s cert-manager issuer annotations',
    why: 'cert-manager\'s ListenerSet shim replaces the ListenerSet\'s issuer kind or group with the Gateway\'s, so the issuer is looked up as another kind.',
    fix: 'give the Gateway and its ListenerSets the same issuer kind and group annotations.',
    source: 'cert-manager gateway-shim (ListenerSet support)',
    example: {
      trigger: `${GATEWAY(SAME_NAMESPACE, '\n  annotations: {cert-manager.io/cluster-issuer: letsencrypt}')}\n---\n${LISTENER_SET('shop', '', 'www.example.com')}`,
      corrected: `${GATEWAY(SAME_NAMESPACE, '\n  annotations: {cert-manager.io/cluster-issuer: letsencrypt}')}\n---\n${LISTENER_SET('shop', '\n  annotations: {cert-manager.io/ignore-tls-listeners: https}', 'www.example.com')}`,
    },
  }),
  rule({
    id: 'TLS-BT1',
    severity: 'error',
    title: 'a BackendTLSPolicy hostname the backend\'s certificate does not carry',
    why: 'every TLS handshake from the Gateway to the backend fails and requests get a 5xx.',
    fix: 'add the hostname to the backend certificate\'s dnsNames, or set the policy\'s hostname to a name it carries.',
    source: 'Gateway API v1.4 BackendTLSPolicy (validation.hostname, subjectAltNames)',
    example: { trigger: BACKEND('orders.shop.svc.cluster.local'), corrected: BACKEND('orders.shop.svc') },
  }),
  rule({
    id: 'TLS-BT2',
    severity: 'warning',
    title: 'a BackendTLSPolicy targeting a Service that is not defined',
    why: 'the policy applies to no Service, and the Gateway talks to the intended backend in plain text. A warning in `audit` when other Services of the namespace are audited (the Service may live elsewhere), an error at cdk8s synth.',
    fix: 'target a Service among the manifests, or fix the name.',
    source: 'Gateway API v1.4 BackendTLSPolicy targetRefs',
    example: {
      trigger: `${BACKEND_POLICY('orders')}\n---\n${SERVICE('web')}`,
      corrected: `${BACKEND_POLICY('orders')}\n---\n${SERVICE('web')}\n---\n${SERVICE('orders')}`,
    },
  }),
  rule({
    id: 'TLS-CA1',
    severity: 'warning',
    title: 'a CA ConfigMap (backend or client validation) that nothing writes',
    why: 'without the CA the Gateway refuses the backend (or every client certificate). A warning in `audit` when trust bundles or ConfigMaps are audited (the ConfigMap may be written elsewhere), an error at cdk8s synth.',
    fix: 'write the ConfigMap, e.g. with a trust-manager Bundle whose target is that ConfigMap.',
    source: 'Gateway API caCertificateRefs (BackendTLSPolicy, spec.tls.frontend)',
    example: {
      trigger: `${CLIENT_VALIDATION('')}\n---\n${TRUST_BUNDLE('internal-ca', 'ca.crt')}`,
      corrected: `${CLIENT_VALIDATION('')}\n---\n${TRUST_BUNDLE('partners-ca', 'ca.crt')}`,
    },
  }),
  rule({
    id: 'TLS-CA2',
    severity: 'error',
    title: 'a CA ConfigMap without the key ca.crt',
    why: 'Gateway API reads the CA only from the key ca.crt, so validation fails.',
    fix: 'write the bundle under ca.crt (TrustBundle configMap: { key: \'ca.crt\' }).',
    source: 'Gateway API caCertificateRefs ("ca.crt" key)',
    example: {
      trigger: `${CLIENT_VALIDATION('')}\n---\n${TRUST_BUNDLE('partners-ca', 'ca-bundle.crt')}`,
      corrected: `${CLIENT_VALIDATION('')}\n---\n${TRUST_BUNDLE('partners-ca', 'ca.crt')}`,
    },
  }),
  rule({
    id: 'TLS-FV1',
    severity: 'warning',
    title: 'client certificate validation in AllowInsecureFallback mode',
    why: 'clients without a certificate, or with an invalid one, get through; the backend must authenticate every request itself.',
    fix: 'use AllowValidOnly (the default) once clients have their certificates.',
    source: 'Gateway API v1.5 frontend TLS validation mode',
    example: {
      trigger: `${CLIENT_VALIDATION('\n          mode: AllowInsecureFallback')}\n---\n${TRUST_BUNDLE('partners-ca', 'ca.crt')}`,
      corrected: `${CLIENT_VALIDATION('')}\n---\n${TRUST_BUNDLE('partners-ca', 'ca.crt')}`,
    },
  }),
];
