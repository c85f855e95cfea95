import {
  EXAMPLE_CA_BUNDLE, EXAMPLE_USER_CSR, HTTPS_LISTENER, HTTP_LISTENER,
  acmeClusterIssuerYaml, certificateYaml, gatewayYaml, ingressYaml, tlsSecretYaml, userCsrYaml,
} from './example-objects';
import { EXAMPLE_PKI } from './example-pki';
import { RuleDoc } from './rule-doc';

// Setups that are valid object by object and still never work (docs/silent-breakage.md): what the
// API server checks in built-in kinds (K8S-*), API versions (TLS-V*), certificates that are never
// issued (TLS-X17..X20), routing (TLS-R*), Istio and Linkerd objects the other rules passed over
// (TLS-M11..M15), Prometheus Operator objects (TLS-O*) and certificates without SANs (TLS-P9).
// The severities are those of `cdk8s-tls audit`.

const rule = (doc: Omit<RuleDoc, 'scope'>): RuleDoc => ({ ...doc, scope: 'engine' });

const K8S_VALIDATION = 'Kubernetes 1.27 API server validation (pkg/apis/*/validation, apimachinery validation)';

const CONFIG_MAP = (key: string): string => `apiVersion: v1
kind: ConfigMap
metadata: {name: partners-ca, namespace: shop}
data:
  "${key}": |
    -----BEGIN CERTIFICATE-----`;
/** A ValidatingWebhookConfiguration with one webhook; `clientConfig` is its clientConfig line. */
const WEBHOOK_CONFIGURATION = (clientConfig: string): string => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata: {name: policy}
webhooks:
  - name: validate.policy.example.com
    admissionReviewVersions: [v1]
    sideEffects: None
    ${clientConfig}
    rules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]`;
const LINKERD_SERVER = (version: string): string => `apiVersion: policy.linkerd.io/${version}
kind: Server
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  port: http`;

const WEB_TLS = '{hosts: [shop.example.com], secretName: web-tls}';
const LETSENCRYPT_CERTIFICATE = certificateYaml('  dnsNames: [shop.example.com]', { issuer: '{name: letsencrypt, kind: ClusterIssuer}' });
const DNS01_FOR = (zone: string): string => `      - dns01: {route53: {region: eu-west-1}}
        selector: {dnsZones: [${zone}]}`;
const GATEWAY = gatewayYaml(`${HTTPS_LISTENER}\n${HTTP_LISTENER}`);
/** A CA ClusterIssuer whose CA certificate permits example.internal only, and a leaf from it for `dnsName`. */
const CONSTRAINED_CA = (dnsName: string): string => `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: {name: internal-ca}
spec:
  ca: {secretName: internal-ca}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: internal-ca, namespace: cert-manager}
spec:
  isCA: true
  commonName: Example Internal CA
  secretName: internal-ca
  privateKey: {algorithm: ECDSA, size: 256, rotationPolicy: Never}
  issuerRef: {name: selfsigned, kind: Issuer}
  nameConstraints: {critical: true, permitted: {dnsDomains: [example.internal]}}
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: selfsigned, namespace: cert-manager}
spec:
  selfSigned: {}
---
${certificateYaml(`  dnsNames: [${dnsName}]`)}`;
const NAMESPACED_ISSUER = (namespace: string): string => `apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: shop-ca, namespace: ${namespace}}
spec:
  ca: {secretName: shop-ca}`;
const SHOP_CA_CERTIFICATE = certificateYaml('  dnsNames: [shop.example.com]', { issuer: '{name: shop-ca, kind: Issuer}' });
/** Service web in `namespace` exposing `port`. */
const SERVICE = (namespace: string, port: number): string => `apiVersion: v1
kind: Service
metadata: {name: web, namespace: ${namespace}}
spec:
  selector: {app: web}
  ports: [{name: http, port: ${port}, targetPort: 8080}]`;
/** An Istio Gateway in namespace istio-ingress with these servers. */
const ISTIO_GATEWAY = (servers: string): string => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: shop, namespace: istio-ingress}
spec:
  selector: {istio: ingressgateway}
  servers:
${servers}`;
const ISTIO_HTTPS_SERVER = (tls: string): string => `    - port: {number: 443, name: https, protocol: HTTPS}
      hosts: [shop/shop.example.com]
      tls: {mode: SIMPLE, credentialName: shop-tls${tls}}`;
const ISTIO_HTTP_SERVER = (tls: string): string => `    - port: {number: 80, name: http, protocol: HTTP}
      hosts: [shop/shop.example.com]${tls}`;
const SERVER_AUTHORIZATION = (client: string): string => `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata: {name: web, namespace: shop}
spec:
  server: {name: web}
  client: ${client}`;
const NAMESPACE = (metadata: string): string => `apiVersion: v1
kind: Namespace
metadata:
  name: shop${metadata}`;
const STRICT = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: default, namespace: shop}
spec:
  mtls: {mode: STRICT}`;
const SERVICE_MONITOR = (tlsConfig: string): string => `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: cert-manager, namespace: cert-manager}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: cert-manager}}
  endpoints: [{port: https-metrics, scheme: https, tlsConfig: ${tlsConfig}}]`;
/** A PrometheusRule with one group of these rules. */
const PROMETHEUS_RULE = (rules: string): string => `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: certificates, namespace: monitoring}
spec:
  groups:
  - name: certificates
    rules:
${rules}`;
const EXPIRY_ALERT = (expr: string): string => `    - alert: CertificateExpiresSoon
      expr: ${expr}
      for: 1h`;
const NOT_READY_ALERT = (label: string): string => `    - alert: ShopCertificateNotReady
      expr: certmanager_certificate_ready_status{${label}="shop", condition="False"} == 1
      for: 15m`;

export const SILENT_BREAKAGE_RULES: readonly RuleDoc[] = [
  rule({
    id: 'K8S-N1',
    severity: 'error',
    title: 'an object name or namespace the API server refuses for its kind',
    why: 'the API server rejects the object (DNS-1123 label for a Namespace, DNS-1035 label for a Service, DNS-1123 subdomain for most kinds), so kubectl apply, Argo CD and Flux fail to apply it.',
    fix: 'rename it with lower-case letters, digits and "-" (and "." where the kind allows it), starting and ending with a letter or digit, within the kind\'s length limit.',
    source: K8S_VALIDATION,
    example: {
      trigger: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Team_A\n',
      corrected: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n',
    },
  }),
  rule({
    id: 'K8S-N2',
    severity: 'error',
    title: 'a Secret or ConfigMap data key the API server refuses',
    why: 'keys must match [-._a-zA-Z0-9]+, not be "." or "..", and be at most 253 characters; the API server rejects the object.',
    fix: 'name the keys like file names (e.g. tls.crt, ca.crt).',
    source: `${K8S_VALIDATION}: IsConfigMapKey`,
    example: { trigger: CONFIG_MAP('ca bundle.pem'), corrected: CONFIG_MAP('ca-bundle.pem') },
  }),
  rule({
    id: 'K8S-C1',
    severity: 'error',
    title: 'a CertificateSigningRequest without signerName, request or valid usages',
    why: 'the API server rejects a certificates.k8s.io/v1 CertificateSigningRequest without them, so no certificate is ever signed.',
    fix: 'set spec.signerName (e.g. kubernetes.io/kube-apiserver-client), spec.request (the base64 PEM CSR) and known, unique spec.usages.',
    source: `${K8S_VALIDATION}: pkg/apis/certificates/validation`,
    example: { trigger: userCsrYaml(EXAMPLE_USER_CSR.jane, { usages: '[digital signature, client auth, client auth]' }), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  rule({
    id: 'K8S-I1',
    severity: 'error',
    title: 'an Ingress backend not in the networking.k8s.io/v1 shape',
    why: 'the v1 API has backend.service.name and backend.service.port.number or .name; serviceName/servicePort (v1beta1) or both port forms are refused.',
    fix: 'write backend: { service: { name, port: { number } } }.',
    source: `${K8S_VALIDATION}: pkg/apis/networking/validation`,
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('backend: {service: {name: web, port: {number: 80}}}', 'backend: {serviceName: web, servicePort: 80}'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}'),
    },
  }),
  rule({
    id: 'K8S-I2',
    severity: 'error',
    title: 'an Ingress path without pathType, or a relative Exact/Prefix path',
    why: 'the API server rejects a v1 Ingress path without pathType, or an Exact or Prefix path that does not start with "/".',
    fix: 'set pathType: Prefix (or Exact) and start the path with "/".',
    source: `${K8S_VALIDATION}: pkg/apis/networking/validation`,
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('path: /, pathType: Prefix', 'path: /'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}'),
    },
  }),
  rule({
    id: 'K8S-I3',
    severity: 'error',
    title: 'an Ingress host that is not a DNS name',
    why: 'Ingress hosts must be DNS names (a leading "*." is allowed), never IP addresses; the API server rejects the object.',
    fix: 'use a DNS name that resolves to the ingress controller.',
    source: `${K8S_VALIDATION}: pkg/apis/networking/validation`,
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('- host: shop.example.com', '- host: Shop.Example.com'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}'),
    },
  }),
  rule({
    id: 'K8S-I4',
    severity: 'error',
    title: 'an Ingress whose class annotation contradicts ingressClassName, or with no rules and no default backend',
    why: 'the API server rejects both.',
    fix: 'drop the kubernetes.io/ingress.class annotation and keep spec.ingressClassName; give the Ingress rules or a default backend.',
    source: `${K8S_VALIDATION}: pkg/apis/networking/validation`,
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('metadata: {name: web, namespace: shop}', 'metadata:\n  name: web\n  namespace: shop\n  annotations: {kubernetes.io/ingress.class: traefik}'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}'),
    },
  }),
  rule({
    id: 'K8S-W1',
    severity: 'error',
    title: 'a webhook clientConfig or webhook name the API server refuses',
    why: 'exactly one of url and service is required; a url must be https without query, fragment or user info; a webhook name needs three dot-separated segments. The configuration is rejected.',
    fix: 'point clientConfig at a Service (name, namespace, path, port) or at one https URL, and name the webhook like validate.example.com.',
    source: `${K8S_VALIDATION}: pkg/apis/admissionregistration/validation`,
    example: { trigger: WEBHOOK_CONFIGURATION('clientConfig: {url: "http://policy.example.com/validate"}'), corrected: WEBHOOK_CONFIGURATION('clientConfig: {url: "https://policy.example.com/validate"}') },
  }),
  rule({
    id: 'K8S-W2',
    severity: 'error',
    title: 'an admissionregistration.k8s.io/v1 webhook without sideEffects or admissionReviewVersions',
    why: 'both are required in v1; the configuration is rejected.',
    fix: 'set sideEffects: None and admissionReviewVersions: ["v1"].',
    source: `${K8S_VALIDATION}: pkg/apis/admissionregistration/validation`,
    example: {
      trigger: WEBHOOK_CONFIGURATION('clientConfig: {service: {name: policy-webhook, namespace: shop, path: /validate}}').replace('    sideEffects: None\n', ''),
      corrected: WEBHOOK_CONFIGURATION('clientConfig: {service: {name: policy-webhook, namespace: shop, path: /validate}}'),
    },
  }),
  rule({
    id: 'K8S-W3',
    severity: 'error',
    title: 'a webhook caBundle that is not base64 of PEM certificates',
    why: 'the API server cannot verify the webhook\'s serving certificate, so every admission call to it fails.',
    fix: 'set caBundle to base64 of the CA\'s PEM (base64 -w0 ca.crt), or let cainjector fill it with cert-manager.io/inject-ca-from.',
    source: `${K8S_VALIDATION}: pkg/apis/admissionregistration/validation`,
    example: {
      trigger: WEBHOOK_CONFIGURATION('clientConfig: {service: {name: policy-webhook, namespace: shop, path: /validate}, caBundle: bm90IGEgY2VydGlmaWNhdGUK}'),
      corrected: WEBHOOK_CONFIGURATION(`clientConfig: {service: {name: policy-webhook, namespace: shop, path: /validate}, caBundle: ${EXAMPLE_CA_BUNDLE}}`),
    },
  }),
  rule({
    id: 'TLS-V1',
    severity: 'error',
    title: 'an API version the cluster does not serve',
    why: 'kubectl apply fails with "no matches for kind": cert-manager.io v1alpha2/v1alpha3/v1beta1 were removed in cert-manager 1.7, networking.k8s.io/v1beta1 and extensions/v1beta1 Ingress in Kubernetes 1.22, and the pinned CRDs serve no other versions.',
    fix: 'move the object to the served version the message names (cert-manager.io/v1, networking.k8s.io/v1, ...) and convert its fields.',
    source: 'cert-manager 1.7 release notes; Kubernetes 1.22 API removals; the pinned CRDs\' served versions',
    example: {
      trigger: 'apiVersion: cert-manager.io/v1alpha2\nkind: ClusterIssuer\nmetadata:\n  name: selfsigned\nspec:\n  selfSigned: {}\n',
      corrected: 'apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: selfsigned\nspec:\n  selfSigned: {}\n',
    },
  }),
  rule({
    id: 'TLS-V2',
    severity: 'warning',
    title: 'a deprecated API version',
    why: 'the version is still served but marked deprecated in the pinned CRDs; a later release removes it and the object stops applying.',
    fix: 'move the object to the storage version the message names.',
    source: 'the pinned CRDs\' deprecated versions (Linkerd, Istio, Gateway API)',
    example: { trigger: LINKERD_SERVER('v1beta1'), corrected: LINKERD_SERVER('v1beta3') },
  }),
  rule({
    id: 'TLS-X17',
    severity: 'error',
    title: 'an ACME issuer none of whose solvers selects a certificate\'s name',
    why: 'cert-manager picks a solver by dnsNames, then the longest dnsZones match, then matchLabels; with no match (or no solvers) the Order fails and the certificate is never issued.',
    fix: 'add a solver whose selector covers the name, or one without a selector as the default.',
    source: 'cert-manager v1.21.1 ACME solver selection (pkg/issuer/acme/http/..., pkg/controller/acmeorders/selectors)',
    example: {
      trigger: `${acmeClusterIssuerYaml({ solvers: DNS01_FOR('example.org') })}\n---\n${LETSENCRYPT_CERTIFICATE}`,
      corrected: `${acmeClusterIssuerYaml({ solvers: DNS01_FOR('example.com') })}\n---\n${LETSENCRYPT_CERTIFICATE}`,
    },
  }),
  rule({
    id: 'TLS-X18',
    severity: 'warning',
    title: 'an HTTP-01 solver answering through an Ingress for a host only a Gateway serves, or the other way round',
    why: 'the ACME server connects to the address the name resolves to; unless the ingress controller and the Gateway share it, the challenge fails.',
    fix: 'add an HTTP-01 solver of the serving kind (gatewayHTTPRoute with parentRefs for a Gateway, ingress for an Ingress) selecting those names.',
    source: 'cert-manager v1.21.1 HTTP-01 solvers; RFC 8555 section 8.3',
    example: {
      trigger: `${acmeClusterIssuerYaml()}\n---\n${GATEWAY}\n---\n${LETSENCRYPT_CERTIFICATE}`,
      corrected: `${acmeClusterIssuerYaml({ solvers: '      - http01: {gatewayHTTPRoute: {parentRefs: [{kind: Gateway, name: web, namespace: shop, sectionName: http}]}}' })}\n---\n${GATEWAY}\n---\n${LETSENCRYPT_CERTIFICATE}`,
    },
  }),
  rule({
    id: 'TLS-X19',
    severity: 'error',
    title: 'a leaf certificate whose names its CA\'s name constraints exclude',
    why: 'clients reject a certificate whose names the issuing CA\'s nameConstraints do not permit (Go: a leading "." requires a subdomain), so it is never served successfully.',
    fix: 'issue the name from a CA that permits it, or widen the CA certificate\'s nameConstraints.',
    source: 'RFC 5280 section 4.2.1.10; Go crypto/x509 name constraint matching',
    example: { trigger: CONSTRAINED_CA('shop.example.com'), corrected: CONSTRAINED_CA('shop.example.internal') },
  }),
  rule({
    id: 'TLS-X20',
    severity: 'error',
    title: 'a namespaced Issuer named from another namespace',
    why: 'cert-manager looks an Issuer up in the certificate\'s own namespace only, finds none and never issues.',
    fix: 'an Issuer signs only in its own namespace: use a ClusterIssuer or an Issuer in the certificate\'s namespace.',
    source: 'cert-manager v1.21.1 issuer lookup (pkg/controller/certificaterequests)',
    example: { trigger: `${NAMESPACED_ISSUER('payments')}\n---\n${SHOP_CA_CERTIFICATE}`, corrected: `${NAMESPACED_ISSUER('shop')}\n---\n${SHOP_CA_CERTIFICATE}` },
  }),
  rule({
    id: 'TLS-R1',
    severity: 'warning',
    title: 'an Ingress backend Service that exists only in another namespace',
    why: 'an Ingress routes to Services of its own namespace only; the controller answers 503 for the path.',
    fix: 'put the Ingress in the Service\'s namespace, or route through a Gateway with a ReferenceGrant.',
    source: 'Kubernetes Ingress API (networking.k8s.io/v1 IngressServiceBackend has no namespace)',
    example: { trigger: `${ingressYaml(WEB_TLS)}\n---\n${SERVICE('frontend', 80)}`, corrected: `${ingressYaml(WEB_TLS)}\n---\n${SERVICE('shop', 80)}` },
  }),
  rule({
    id: 'TLS-R2',
    severity: 'error',
    title: 'an Ingress or HTTPRoute backend port the Service does not expose',
    why: 'the controller finds no endpoint for the port and the route never serves (often the container\'s targetPort was given).',
    fix: 'use one of the Service\'s ports (spec.ports[].port or its name).',
    source: 'Kubernetes Service and Ingress API; Gateway API BackendRef port',
    example: { trigger: `${ingressYaml(WEB_TLS)}\n---\n${SERVICE('shop', 8080)}`, corrected: `${ingressYaml(WEB_TLS)}\n---\n${SERVICE('shop', 80)}` },
  }),
  rule({
    id: 'TLS-M11',
    severity: 'error',
    title: 'an Istio Gateway TLS server without certificates',
    why: 'istiod\'s webhook refuses an HTTPS/TLS server without tls, SIMPLE/MUTUAL without credentialName or certificate files, and MUTUAL without a client CA.',
    fix: 'set tls.credentialName to the Secret of the certificate (in the gateway\'s namespace), and a CA for MUTUAL.',
    source: 'Istio 1.30.3 pkg/config/validation (validateTLSOptions)',
    example: {
      trigger: ISTIO_GATEWAY('    - port: {number: 443, name: https, protocol: HTTPS}\n      hosts: [shop/shop.example.com]'),
      corrected: ISTIO_GATEWAY(ISTIO_HTTPS_SERVER('')),
    },
  }),
  rule({
    id: 'TLS-M12',
    severity: 'warning',
    title: 'an Istio Gateway HTTP server with an HTTPS twin and no httpsRedirect',
    why: 'clients that start on http:// stay in plain text.',
    fix: 'set tls.httpsRedirect: true on the port 80 server.',
    source: 'Istio Gateway API (ServerTLSSettings.httpsRedirect)',
    example: {
      trigger: ISTIO_GATEWAY(`${ISTIO_HTTPS_SERVER('')}\n${ISTIO_HTTP_SERVER('')}`),
      corrected: ISTIO_GATEWAY(`${ISTIO_HTTPS_SERVER('')}\n${ISTIO_HTTP_SERVER('\n      tls: {httpsRedirect: true}')}`),
    },
  }),
  rule({
    id: 'TLS-M13',
    severity: 'warning',
    title: 'an Istio Gateway allowing TLS 1.0 or 1.1',
    why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and fail a security review.',
    fix: 'set minProtocolVersion: TLSV1_2 or leave it unset.',
    source: 'RFC 8996; Istio ServerTLSSettings.minProtocolVersion',
    example: { trigger: ISTIO_GATEWAY(ISTIO_HTTPS_SERVER(', minProtocolVersion: TLSV1_1')), corrected: ISTIO_GATEWAY(ISTIO_HTTPS_SERVER(', minProtocolVersion: TLSV1_2')) },
  }),
  rule({
    id: 'TLS-M14',
    severity: 'warning',
    title: 'a Linkerd ServerAuthorization admitting unauthenticated clients from everywhere',
    why: 'unauthenticated: true from 0.0.0.0/0 or ::/0 lets any client reach the Server without mTLS.',
    fix: 'authorize meshTLS identities or service accounts, or narrow the networks.',
    source: 'Linkerd 2.20 policy.linkerd.io ServerAuthorization',
    example: {
      trigger: SERVER_AUTHORIZATION('{unauthenticated: true, networks: [{cidr: 0.0.0.0/0}]}'),
      corrected: SERVER_AUTHORIZATION('{meshTLS: {serviceAccounts: [{name: web, namespace: shop}]}}'),
    },
  }),
  rule({
    id: 'TLS-M15',
    severity: 'warning',
    title: 'Istio mTLS or authorization policies in a namespace whose pods get no proxy',
    why: 'without sidecar injection or ambient mode, STRICT accepts plain text and AuthorizationPolicies deny nothing.',
    fix: 'label the namespace istio-injection: enabled (sidecars) or istio.io/dataplane-mode: ambient.',
    source: 'Istio 1.30 sidecar injection and ambient mode',
    example: { trigger: `${NAMESPACE('')}\n---\n${STRICT}`, corrected: `${NAMESPACE('\n  labels: {istio-injection: enabled}')}\n---\n${STRICT}` },
  }),
  rule({
    id: 'TLS-O1',
    severity: 'warning',
    title: 'a ServiceMonitor or PodMonitor that skips TLS verification',
    why: 'insecureSkipVerify: true lets anyone on the path impersonate the scrape target.',
    fix: 'set tlsConfig.ca (e.g. from the trust bundle) and serverName instead.',
    source: 'Prometheus Operator v0.93 SafeTLSConfig',
    example: {
      trigger: SERVICE_MONITOR('{insecureSkipVerify: true}'),
      corrected: SERVICE_MONITOR('{ca: {configMap: {name: internal-ca, key: ca.crt}}, serverName: cert-manager.cert-manager.svc}'),
    },
  }),
  rule({
    id: 'TLS-O2',
    severity: 'error',
    title: 'a PrometheusRule that Prometheus refuses',
    why: 'the operator or Prometheus rejects the rule group (alert/record both or neither, invalid names, for or annotations on a recording rule, regex matchers RE2 cannot compile); no alert fires.',
    fix: 'correct the rule as the message says.',
    source: 'Prometheus rule-file validation (rulefmt); RE2 syntax',
    example: { trigger: PROMETHEUS_RULE('    - expr: up{job="cert-manager"} == 0'), corrected: PROMETHEUS_RULE('    - alert: CertManagerDown\n      expr: up{job="cert-manager"} == 0') },
  }),
  rule({
    id: 'TLS-O3',
    severity: 'warning',
    title: 'an expiry alert that fires for certificates that were never issued',
    why: 'cert-manager reports an expiry of 0 for a certificate that was never issued, so expiration_timestamp - time() < x fires at once and stays firing.',
    fix: 'gate the alert on certmanager_certificate_ready_status == 1 or filter > 0 (CertExpiryAlert does both).',
    source: 'cert-manager v1.21.1 metrics (certmanager_certificate_expiration_timestamp_seconds)',
    example: {
      trigger: PROMETHEUS_RULE(EXPIRY_ALERT('certmanager_certificate_expiration_timestamp_seconds - time() < 7 * 86400')),
      corrected: PROMETHEUS_RULE(EXPIRY_ALERT('(certmanager_certificate_expiration_timestamp_seconds > 0) - time() < 7 * 86400')),
    },
  }),
  rule({
    id: 'TLS-O4',
    severity: 'warning',
    title: 'cert-manager metrics selected by namespace through a ServiceMonitor',
    why: 'scraped through a ServiceMonitor, namespace is cert-manager\'s own; the certificate\'s namespace is in exported_namespace, so the selector matches nothing.',
    fix: 'select by exported_namespace.',
    source: 'Prometheus Operator relabelling (honorLabels false)',
    example: {
      trigger: PROMETHEUS_RULE(NOT_READY_ALERT('namespace')),
      corrected: PROMETHEUS_RULE(NOT_READY_ALERT('exported_namespace')),
    },
  }),
  rule({
    id: 'TLS-P9',
    severity: 'error',
    title: 'a server certificate without subject alternative names',
    why: 'clients ignore the common name (RFC 6125, Go since 1.15, browsers), so the certificate is never accepted for any host.',
    fix: 'issue the certificate with the host names in dnsNames (or IP SANs).',
    source: 'RFC 6125 section 6.4.4; CA/Browser Forum Baseline Requirements 7.1.2.7',
    example: {
      trigger: `${ingressYaml(WEB_TLS)}\n---\n${tlsSecretYaml({ crt: EXAMPLE_PKI.noSanCrt, key: '' })}`,
      corrected: `${ingressYaml(WEB_TLS)}\n---\n${tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: '' })}`,
    },
  }),
];
