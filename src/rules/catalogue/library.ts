import {
  ACME_EMAIL, EXAMPLE_USER_CSR, HTTPS_LISTENER, HTTP_LISTENER,
  acmeClusterIssuerYaml, certificateYaml, gatewayYaml, ingressYaml, tlsSecretYaml, userCsrYaml,
} from './example-objects';
import { EXAMPLE_PKI } from './example-pki';
import { RuleDoc } from './rule-doc';

// The library's own rules (TLS-*): objects cert-manager, the ingress controllers, the meshes or
// trust-manager accept, but that are never issued, never served, or insecure.

type OwnRule = Omit<RuleDoc, 'scope'>;

const own = (rule: OwnRule): RuleDoc => ({ ...rule, scope: 'engine' });
const construct = (rule: OwnRule): RuleDoc => ({ ...rule, scope: 'construct' });

const ACME_ISSUER = acmeClusterIssuerYaml();
const LETSENCRYPT = '{name: letsencrypt, kind: ClusterIssuer}';
const certificate = (spec: string): string => certificateYaml(spec);
const SHIMMED = (name: string): string => ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')
  .replace('metadata: {name: web, namespace: shop}', `metadata:\n  name: ${name}\n  namespace: shop\n  annotations: {cert-manager.io/cluster-issuer: letsencrypt}`);
const WEBHOOK = (from: string): string => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: policy
  annotations: {cert-manager.io/inject-ca-from: ${from}}
webhooks: []
---
${certificateYaml('  dnsNames: [webhook.shop.svc]').replace('name: web,', 'name: webhook-serving,')}`;
const INJECT_SECRET = (secretAnnotations: string): string => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: policy
  annotations: {cert-manager.io/inject-ca-from-secret: shop/webhook-ca}
webhooks: []
---
apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata:
  name: webhook-ca
  namespace: shop${secretAnnotations}
data: {tls.crt: "", tls.key: ""}`;
const DR = (mode: string): string => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: shop}
spec:
  host: web.shop.svc.cluster.local
  trafficPolicy: {tls: {mode: ${mode}}}`;
const SERVER = (extra: string): string => `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  port: http${extra}
---
apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: {name: web, namespace: shop}
spec:
  targetRef: {group: policy.linkerd.io, kind: Server, name: web}
  requiredAuthenticationRefs: [{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: clients}]`;
const TRUST = (sources: string, formats = ''): string => `apiVersion: trust.cert-manager.io/v1alpha1
kind: Bundle
metadata: {name: roots}
spec:
  sources: [${sources}]
  target: {configMap: {key: ca.crt}${formats}}`;

const DNS01_SOLVER = `      - dns01: {route53: {region: eu-west-1}}
        selector: {dnsZones: [example.com]}`;
const HTTP01_SOLVER = (ingressClass: string): string => `      - http01: {ingress: {ingressClassName: ${ingressClass}}}`;
const WILDCARD_SHIM = ingressYaml('{hosts: ["*.example.com"], secretName: wildcard-tls}')
  .replace('metadata: {name: web, namespace: shop}', 'metadata:\n  name: web\n  namespace: shop\n  annotations: {cert-manager.io/cluster-issuer: letsencrypt}')
  .replace('host: shop.example.com', 'host: "*.example.com"');
const PASSTHROUGH_LISTENER = (refs: string): string => `    - name: tls
      protocol: TLS
      port: 443
      hostname: db.example.com
      tls:
        mode: Passthrough${refs}`;
const CROSS_NAMESPACE_LISTENER = HTTPS_LISTENER.replace('{name: web-tls}', '{name: web-tls, namespace: certs}');
const SECRET_GRANT = `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: shop-gateway, namespace: certs}
spec:
  from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: shop}]
  to: [{group: "", kind: Secret, name: web-tls}]`;
/** A Certificate from Let's Encrypt whose HTTP-01 challenge goes through Gateway web; `listeners` are added to its HTTPS one. */
const GATEWAY_SOLVED = (listeners: string): string => `${acmeClusterIssuerYaml({ solvers: '      - http01: {gatewayHTTPRoute: {parentRefs: [{kind: Gateway, name: web, namespace: shop}]}}' })}
---
${gatewayYaml(`${HTTPS_LISTENER}${listeners}`)}
---
${certificateYaml('  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`;
/** A Traefik Ingress on the HTTPS entrypoint only, issued through the shim, with `annotations` added. */
const TRAEFIK_HTTPS_ONLY = (annotations: string): string => ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')
  .replace('metadata: {name: web, namespace: shop}', `metadata:
  name: web
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
    traefik.ingress.kubernetes.io/router.entrypoints: websecure${annotations}`)
  .replace('ingressClassName: nginx', 'ingressClassName: traefik');

/** A ValidatingWebhookConfiguration calling Service shop/policy-webhook, its CA injected from Certificate shop/`certificate`. */
const INJECTED_WEBHOOK = (certificateName: string): string => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: policy
  annotations: {cert-manager.io/inject-ca-from: shop/${certificateName}}
webhooks:
  - name: validate.policy.example.com
    admissionReviewVersions: [v1]
    sideEffects: None
    clientConfig: {service: {name: policy-webhook, namespace: shop, path: /validate, port: 443}}
    rules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]`;
/** The webhook's serving Certificate `webhook-serving` for `dnsName`. */
const SERVING_CERTIFICATE = (dnsName: string): string => certificateYaml(`  dnsNames: [${dnsName}]`).replace('name: web,', 'name: webhook-serving,');
const EXPECTED_USER = (user: string): string => userCsrYaml(EXAMPLE_USER_CSR.jane)
  .replace('metadata: {name: jane}', `metadata:\n  name: jane\n  annotations: {cdk8s-tls/expected-user: ${user}}`);
const DURATION_ISSUER = acmeClusterIssuerYaml({ account: `${ACME_EMAIL}    enableDurationFeature: true\n` });

// The construct rules' examples are TypeScript apps: the catalogue test runs them, and their
// charts are the vendored ones (charts/), as in an air-gapped CI.
const TRUST_MANAGER_APP = (props: string): string => `import { App, Chart } from 'cdk8s';
import { HelmChartSource, TrustManager } from 'cdk8s-tls';

const app = new App();
const chart = new Chart(app, 'platform');
new TrustManager(chart, 'trust-manager', {
  chart: HelmChartSource.fromDirectory('charts/trust-manager-v0.24.0'),
  ${props},
});
app.synth();`;
const PLATFORM_APP = (solvers: string): string => `import { App, Chart } from 'cdk8s';
import { CertificatePlatform, Http01Solver, PlatformEnvironment } from 'cdk8s-tls';

const app = new App();
new CertificatePlatform(new Chart(app, 'platform'), 'platform', {
  environment: PlatformEnvironment.PRODUCTION,
  acmeEmail: 'platform@example.com',
  installCertManager: false,${solvers}
});
app.synth();`;

export const LIBRARY_RULES: readonly RuleDoc[] = [
  own({
    id: 'TLS-C30',
    severity: 'warning',
    title: 'renewBeforePercentage (or the renew-before-percentage annotation) outside 1..99',
    why: 'cert-manager\'s webhook lets a value outside 1..99 through and then ignores it, so the certificate renews at the default point rather than where the manifest says.',
    fix: 'use a value between 1 and 99; 33 renews when a third of the lifetime remains (cert-manager\'s own default).',
    source: 'cert-manager v1.21.1 pkg/apis/certmanager/v1/types_certificate.go (RenewBeforePercentage); reference C30 gap',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com]\n  renewBeforePercentage: 100'),
      corrected: certificate('  dnsNames: [shop.example.com]\n  renewBeforePercentage: 33'),
    },
  }),
  own({
    id: 'TLS-E1',
    severity: 'error',
    title: 'an Ingress or Gateway serves a Secret that no Certificate writes',
    why: 'the controller finds no certificate in the Secret and serves its default certificate, which clients do not trust.',
    fix: 'issue a Certificate whose secretName is that Secret (TlsIngress and TlsSource.certificate do), or add the cert-manager.io issuer annotation.',
    source: 'ingress-nginx default-ssl-certificate behaviour; Gateway API ResolvedRefs condition',
    example: {
      trigger: `${ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')}\n---\n${certificate('  dnsNames: [www.example.com]')}`,
      corrected: `${ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')}\n---\n${certificate('  dnsNames: [shop.example.com]')}`,
    },
  }),
  own({
    id: 'TLS-E2',
    severity: 'error',
    title: 'a wildcard host issued through an annotation by an ACME issuer without a DNS-01 solver for its zone',
    why: 'ACME issues wildcard names only through DNS-01; the order stays pending forever.',
    fix: 'add a DNS-01 solver whose selector.dnsZones covers the zone, or list the names explicitly.',
    source: 'Let\'s Encrypt challenge types ("HTTP-01 cannot be used to issue wildcard certificates"); cert-manager pkg/apis/acme/v1/types_issuer.go:183-185',
    example: {
      trigger: `${ACME_ISSUER}\n---\n${WILDCARD_SHIM}`,
      corrected: `${acmeClusterIssuerYaml({ solvers: DNS01_SOLVER })}\n---\n${WILDCARD_SHIM}`,
    },
  }),
  own({
    id: 'TLS-E3',
    severity: 'error',
    title: 'one Secret written by two Certificates (or a Certificate and an annotated Ingress)',
    why: 'each renewal overwrites the other\'s key and certificate, so the hosts of one of them are served a certificate that does not cover them.',
    fix: 'give each Certificate its own secretName, or remove the cert-manager.io issuer annotation from the Ingress.',
    source: 'cert-manager certificate-shim ownership; issue cert-manager#2585',
    example: {
      trigger: `${certificate('  dnsNames: [shop.example.com]')}\n---\n${certificateYaml('  dnsNames: [www.example.com]').replace('name: web,', 'name: www,')}`,
      corrected: `${certificate('  dnsNames: [shop.example.com]')}\n---\n${certificateYaml('  dnsNames: [www.example.com]', { secretName: 'www-tls' }).replace('name: web,', 'name: www,')}`,
    },
  }),
  own({
    id: 'TLS-E4',
    severity: 'warning',
    title: 'an Ingress TLS entry without secretName',
    why: 'the ingress controller serves its default certificate for those hosts, which clients do not trust.',
    fix: 'set spec.tls[i].secretName to the Secret of a Certificate that covers the hosts.',
    source: 'Kubernetes Ingress API (IngressTLS.secretName); cert-manager certificate-shim sync.go:266-277',
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com]}'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}'),
    },
  }),
  own({
    id: 'TLS-E5',
    severity: 'error',
    title: 'both cert-manager.io/issuer and cert-manager.io/cluster-issuer annotations set',
    why: 'cert-manager\'s certificate-shim refuses the object with a BadConfig event and issues nothing.',
    fix: 'keep one of the two annotations.',
    source: 'cert-manager v1.21.1 pkg/controller/certificate-shim/sync.go (issuer annotations)',
    example: {
      trigger: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('metadata: {name: web, namespace: shop}', 'metadata:\n  name: web\n  namespace: shop\n  annotations: {cert-manager.io/issuer: shop-ca, cert-manager.io/cluster-issuer: letsencrypt}'),
      corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}').replace('metadata: {name: web, namespace: shop}', 'metadata:\n  name: web\n  namespace: shop\n  annotations: {cert-manager.io/cluster-issuer: letsencrypt}'),
    },
  }),
  own({
    id: 'TLS-E6',
    severity: 'error',
    title: 'a Gateway TLS listener in Passthrough mode that names certificateRefs',
    why: 'in Passthrough mode the Gateway does not terminate TLS and never serves the certificate it names; the backend must serve one itself.',
    fix: 'use tls.mode Terminate, or protocol TLS without certificateRefs when the backend terminates TLS.',
    source: 'Gateway API v1 GatewayTLSConfig.mode (Passthrough)',
    example: { trigger: gatewayYaml(PASSTHROUGH_LISTENER('\n        certificateRefs: [{name: web-tls}]')), corrected: gatewayYaml(PASSTHROUGH_LISTENER('')) },
  }),
  own({
    id: 'TLS-E7',
    severity: 'warning',
    title: 'a Gateway listener refers to a Secret in another namespace without a ReferenceGrant',
    why: 'the Gateway refuses the listener (RefNotPermitted) and serves no certificate for it. A warning in `audit` (the grant may live elsewhere), an error at cdk8s synth.',
    fix: 'add a ReferenceGrant in the Secret\'s namespace that allows the Gateway\'s namespace, or move the Secret.',
    source: 'Gateway API v1 ReferenceGrant; listener condition ResolvedRefs=False/RefNotPermitted',
    example: {
      trigger: gatewayYaml(CROSS_NAMESPACE_LISTENER),
      corrected: `${gatewayYaml(CROSS_NAMESPACE_LISTENER)}\n---\n${SECRET_GRANT}`,
    },
  }),
  own({
    id: 'TLS-E8',
    severity: 'error',
    title: 'an HTTP-01 challenge answered through a Gateway or ListenerSet that cannot route it',
    why: 'the ACME server never reaches the solver, so the certificate is never issued.',
    fix: 'give the Gateway (or the ListenerSet the solver\'s parentRefs name) an HTTP listener on port 80 for the host that admits routes from the certificate\'s namespace, or use a DNS-01 solver.',
    source: 'cert-manager HTTP-01 gatewayHTTPRoute solver; Gateway API listener matching',
    example: { trigger: GATEWAY_SOLVED(''), corrected: GATEWAY_SOLVED(`\n${HTTP_LISTENER}`) },
  }),
  own({
    id: 'TLS-E9',
    severity: 'warning',
    title: 'an HTTP-01 solver Ingress of another class than the Ingress that serves the host',
    why: 'the challenge Ingress is served by a controller that does not receive the host\'s traffic; the challenge fails unless both classes share the address.',
    fix: 'set the solver\'s ingress.ingressClassName to the class of the Ingress that serves the host.',
    source: 'cert-manager HTTP-01 ingress solver (ingressClassName)',
    example: {
      trigger: `${acmeClusterIssuerYaml({ solvers: HTTP01_SOLVER('traefik') })}\n---\n${ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')}\n---\n${certificateYaml('  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`,
      corrected: `${ACME_ISSUER}\n---\n${ingressYaml('{hosts: [shop.example.com], secretName: web-tls}')}\n---\n${certificateYaml('  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-E10',
    severity: 'error',
    title: 'Traefik serves the HTTP-01 challenge path on HTTPS entrypoints only',
    why: 'the ACME server asks on port 80 and gets no answer; the certificate is never issued.',
    fix: 'include the web (port 80) entrypoint in the router.entrypoints annotation, or use DNS-01.',
    source: 'Traefik router.entrypoints annotation; RFC 8555 section 8.3 (HTTP-01 on port 80)',
    example: { trigger: TRAEFIK_HTTPS_ONLY('\n    acme.cert-manager.io/http01-edit-in-place: "true"'), corrected: TRAEFIK_HTTPS_ONLY('') },
  }),
  own({
    id: 'TLS-E11',
    severity: 'warning',
    title: 'an Ingress host without a TLS entry',
    why: 'the host is served over plain HTTP.',
    fix: 'add the host to spec.tls with a Secret whose certificate covers it.',
    source: 'Kubernetes Ingress API (spec.tls)',
    example: { trigger: ingressYaml('').replace('  tls: []\n', ''), corrected: ingressYaml('{hosts: [shop.example.com], secretName: web-tls}') },
  }),
  own({
    id: 'TLS-I1',
    severity: 'error',
    title: 'cert-manager.io/inject-ca-from is not "<namespace>/<certificate name>"',
    why: 'cainjector ignores the annotation and the caBundle stays empty, so the API server cannot call the webhook.',
    fix: 'write the Certificate\'s namespace and name, e.g. "webhooks/webhook-serving".',
    source: 'cert-manager v1.21.1 pkg/controller/cainjector (inject-ca-from)',
    example: { trigger: WEBHOOK('webhook-serving'), corrected: WEBHOOK('shop/webhook-serving') },
  }),
  own({
    id: 'TLS-I2',
    severity: 'warning',
    title: 'CA injection from a Certificate or Secret that is not defined',
    why: 'cainjector has nothing to inject; the caBundle stays empty. A warning in `audit` (the object may live elsewhere), an error at cdk8s synth.',
    fix: 'define the Certificate or Secret in the app, or point the annotation at an existing one.',
    source: 'cert-manager cainjector',
    example: {
      trigger: INJECTED_WEBHOOK('webhook-serving'),
      corrected: `${INJECTED_WEBHOOK('webhook-serving')}\n---\n${SERVING_CERTIFICATE('policy-webhook.shop.svc')}`,
    },
  }),
  own({
    id: 'TLS-I3',
    severity: 'error',
    title: 'CA injection from a Secret without cert-manager.io/allow-direct-injection',
    why: 'cainjector injects from a Secret only when the Secret allows it; the caBundle stays empty.',
    fix: 'annotate the Secret with cert-manager.io/allow-direct-injection: "true", or inject from the Certificate.',
    source: 'cert-manager cainjector (allow-direct-injection)',
    example: { trigger: INJECT_SECRET(''), corrected: INJECT_SECRET('\n  annotations: {cert-manager.io/allow-direct-injection: "true"}') },
  }),
  own({
    id: 'TLS-I4',
    severity: 'warning',
    title: 'a CA injection annotation on a kind cainjector does not inject into',
    why: 'the annotation has no effect.',
    fix: 'remove it, or mount the CA from the Secret.',
    source: 'cert-manager cainjector (injectable kinds)',
    example: {
      trigger: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca\n  namespace: shop\n  annotations: {cert-manager.io/inject-ca-from: shop/web}\ndata: {}',
      corrected: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca\n  namespace: shop\ndata: {}',
    },
  }),
  own({
    id: 'TLS-I5',
    severity: 'error',
    title: 'the injected certificate does not name the Service the API server calls',
    why: 'the API server rejects the webhook\'s certificate for the Service\'s DNS name, so every request through the webhook fails.',
    fix: 'add "<service>.<namespace>.svc" to the Certificate\'s dnsNames.',
    source: 'Kubernetes admission webhook client config (service reference)',
    example: {
      trigger: `${INJECTED_WEBHOOK('webhook-serving')}\n---\n${SERVING_CERTIFICATE('webhook.shop.svc')}`,
      corrected: `${INJECTED_WEBHOOK('webhook-serving')}\n---\n${SERVING_CERTIFICATE('policy-webhook.shop.svc')}`,
    },
  }),
  construct({
    id: 'TLS-INST1',
    severity: 'error',
    title: 'Helm values that do not pass the chart\'s values.schema.json',
    why: 'helm install fails with the schema error.',
    fix: 'correct the value the message names.',
    source: 'the pinned chart\'s values.schema.json (charts/)',
    example: { trigger: TRUST_MANAGER_APP("values: { secretTargets: { enabled: 'no' } }"), corrected: TRUST_MANAGER_APP('values: { secretTargets: { enabled: false } }') },
  }),
  construct({
    id: 'TLS-INST2',
    severity: 'error',
    title: 'a Helm value that makes the rendered output differ on every synth',
    why: 'helm generates a new CA and key pair on every synth (trust-manager\'s app.webhook.tls.helmCert.enabled): the output never matches Git, GitOps tools roll the webhook on every sync, and the private key lands in the manifests.',
    fix: 'leave the value off (the message names it): cert-manager issues the webhook certificate.',
    source: 'cdk8s-tls install constructs',
    example: { trigger: TRUST_MANAGER_APP('values: { app: { webhook: { tls: { helmCert: { enabled: true } } } } }'), corrected: TRUST_MANAGER_APP('values: {}') },
  }),
  construct({
    id: 'TLS-INST3',
    severity: 'warning',
    title: 'an availability default switched off (fewer than two replicas)',
    why: 'a single webhook replica makes every apply of a cert-manager object fail while it restarts.',
    fix: 'keep two replicas or more.',
    source: 'cert-manager Helm chart (webhook.replicaCount, podDisruptionBudget)',
    example: { trigger: TRUST_MANAGER_APP('replicas: 1'), corrected: TRUST_MANAGER_APP('replicas: 2') },
  }),
  own({
    id: 'TLS-M1',
    severity: 'warning',
    title: 'Istio PeerAuthentication mode DISABLE without a recorded reason',
    why: 'the workloads accept plaintext and send it; any pod can impersonate a client. Istio accepts it, so `audit` warns; a cdk8s app refuses it without a recorded reason.',
    fix: 'use STRICT (PERMISSIVE only while migrating), or record why plaintext is needed in the cdk8s-tls/mtls-disable-reason annotation.',
    source: 'Istio security.istio.io/v1 PeerAuthentication',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: shop}\nspec:\n  mtls: {mode: DISABLE}',
      corrected: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: shop}\nspec:\n  mtls: {mode: STRICT}',
    },
  }),
  own({
    id: 'TLS-M2',
    severity: 'warning',
    title: 'Istio PeerAuthentication mode PERMISSIVE',
    why: 'the workloads accept plaintext as well as mutual TLS; it is a migration mode.',
    fix: 'switch to STRICT once every client is in the mesh.',
    source: 'Istio security.istio.io/v1 PeerAuthentication',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: shop}\nspec:\n  mtls: {mode: PERMISSIVE}',
      corrected: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: shop}\nspec:\n  mtls: {mode: STRICT}',
    },
  }),
  own({
    id: 'TLS-M3',
    severity: 'warning',
    title: 'a port-level PERMISSIVE exception in a STRICT policy',
    why: 'that port accepts plaintext.',
    fix: 'remove the exception once the port\'s clients are in the mesh.',
    source: 'Istio PeerAuthentication portLevelMtls',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}\n  portLevelMtls: {"8080": {mode: PERMISSIVE}}',
      corrected: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}',
    },
  }),
  own({
    id: 'TLS-M4',
    severity: 'error',
    title: 'PeerAuthentication breaks a CEL rule of its CRD',
    why: 'the API server refuses the object.',
    fix: 'follow the message (portLevelMtls needs a selector; ports are 1-65535).',
    source: 'Istio security.istio.io CRD x-kubernetes-validations',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: web, namespace: shop}\nspec:\n  mtls: {mode: STRICT}\n  portLevelMtls: {"8080": {mode: STRICT}}',
      corrected: 'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  mtls: {mode: STRICT}\n  portLevelMtls: {"8080": {mode: STRICT}}',
    },
  }),
  own({
    id: 'TLS-M5',
    severity: 'error',
    title: 'AuthorizationPolicy breaks a CEL rule of its CRD',
    why: 'the API server refuses the object.',
    fix: 'follow the message (targetRefs or selector, not both; serviceAccounts without namespaces).',
    source: 'Istio security.istio.io CRD x-kubernetes-validations',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  targetRefs: [{kind: Service, group: "", name: web}]\n  rules: [{from: [{source: {principals: [cluster.local/ns/shop/sa/a]}}]}]',
      corrected: 'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  rules: [{from: [{source: {principals: [cluster.local/ns/shop/sa/a]}}]}]',
    },
  }),
  own({
    id: 'TLS-M6',
    severity: 'warning',
    title: 'a DestinationRule with TLS mode DISABLE or SIMPLE toward an in-mesh host',
    why: 'the client bypasses Istio mutual TLS; STRICT servers reject it.',
    fix: 'use ISTIO_MUTUAL, or remove tls and let auto mTLS choose.',
    source: 'Istio networking.istio.io DestinationRule ClientTLSSettings',
    example: { trigger: DR('SIMPLE'), corrected: DR('ISTIO_MUTUAL') },
  }),
  own({
    id: 'TLS-M7',
    severity: 'warning',
    title: 'an ALLOW AuthorizationPolicy rule without source, operation or condition',
    why: 'it allows every request from any client and defeats a default-deny policy.',
    fix: 'allow named principals (from: source.principals).',
    source: 'Istio AuthorizationPolicy semantics',
    example: {
      trigger: 'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: all, namespace: shop}\nspec:\n  action: ALLOW\n  rules: [{}]',
      corrected: 'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: all, namespace: shop}\nspec:\n  action: ALLOW\n  rules: [{from: [{source: {principals: [cluster.local/ns/shop/sa/web]}}]}]',
    },
  }),
  own({
    id: 'TLS-M8',
    severity: 'warning',
    title: 'a Linkerd-meshed namespace with the default inbound policy',
    why: 'the control plane default is all-unauthenticated, which accepts plaintext from anyone.',
    fix: 'set config.linkerd.io/default-inbound-policy to all-authenticated or deny.',
    source: 'Linkerd policy (default-inbound-policy)',
    example: {
      trigger: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n  annotations: {linkerd.io/inject: enabled}',
      corrected: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n  annotations: {linkerd.io/inject: enabled, config.linkerd.io/default-inbound-policy: all-authenticated}',
    },
  }),
  own({
    id: 'TLS-M9',
    severity: 'warning',
    title: 'a Linkerd Server that no AuthorizationPolicy targets',
    why: 'it falls back to the default policy, or denies everything once one policy exists.',
    fix: 'add an AuthorizationPolicy with targetRef to the Server.',
    source: 'Linkerd policy.linkerd.io Server and AuthorizationPolicy',
    example: { trigger: SERVER('').split('\n---\n')[0], corrected: SERVER('') },
  }),
  own({
    id: 'TLS-M10',
    severity: 'warning',
    title: 'a Linkerd Server whose accessPolicy lets unauthenticated clients in',
    why: 'clients without a mesh identity reach the port even where no AuthorizationPolicy allows them.',
    fix: 'remove accessPolicy (default deny) and authorize clients with an AuthorizationPolicy.',
    source: 'Linkerd policy.linkerd.io/v1beta3 Server.accessPolicy',
    example: { trigger: SERVER('\n  accessPolicy: all-unauthenticated'), corrected: SERVER('') },
  }),
  own({
    id: 'TLS-N1',
    severity: 'error',
    title: 'a dnsNames entry that cannot be a certificate name',
    why: 'cert-manager\'s webhook does not check dnsNames; the CA refuses the request and the CertificateRequest stays failed.',
    fix: 'write a valid lower-case DNS name; IPs go to ipAddresses, wildcards only as the whole first label.',
    source: 'RFC 1123, RFC 6125 section 6.4.3 (wildcards); CA/B Forum BR 3.2.2.6',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com., "*"]'),
      corrected: certificate('  dnsNames: [shop.example.com]'),
    },
  }),
  own({
    id: 'TLS-N2',
    severity: 'warning',
    title: 'a dnsNames entry with upper-case letters',
    why: 'CAs and clients compare names in lower case; the certificate differs from what was asked and diffs never settle.',
    fix: 'write the name in lower case.',
    source: 'RFC 4343 (DNS case insensitivity)',
    example: {
      trigger: certificate('  dnsNames: [Shop.Example.com]'),
      corrected: certificate('  dnsNames: [shop.example.com]'),
    },
  }),
  own({
    id: 'TLS-N3',
    severity: 'warning',
    title: 'a dnsNames entry listed twice',
    why: 'harmless for the CA but a sign of a copy mistake.',
    fix: 'remove the duplicate.',
    source: 'cdk8s-tls',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com, shop.example.com]'),
      corrected: certificate('  dnsNames: [shop.example.com]'),
    },
  }),
  own({
    id: 'TLS-P1',
    severity: 'error',
    title: 'a TLS Secret whose tls.key or tls.crt does not parse',
    why: 'the controller that reads the Secret cannot load it and serves its default certificate, or fails to start.',
    fix: 'put the PEM key and certificate chain, base64-encoded in data or as text in stringData.',
    source: 'Kubernetes kubernetes.io/tls Secret type',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: 'bm90IGEga2V5Cg==' }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
    },
  }),
  own({
    id: 'TLS-P2',
    severity: 'error',
    title: 'the private key does not match the leaf certificate',
    why: 'the TLS handshake fails.',
    fix: 'pair the leaf certificate with the key it was issued for.',
    source: 'RFC 8446 (CertificateVerify)',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.otherKey }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
    },
  }),
  own({
    id: 'TLS-P3',
    severity: 'warning',
    title: 'ca.crt does not hold the issuer of the chain',
    why: 'clients that trust ca.crt cannot verify the chain.',
    fix: 'put the certificate of the chain\'s issuer in ca.crt.',
    source: 'RFC 5280 path validation',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey, ca: EXAMPLE_PKI.otherCaCrt }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey, ca: EXAMPLE_PKI.caCrt }),
    },
  }),
  own({
    id: 'TLS-P4',
    severity: 'error',
    title: 'an expired certificate in a TLS Secret',
    why: 'clients refuse it.',
    fix: 'renew it, or let cert-manager issue and renew it.',
    source: 'RFC 5280 section 4.1.2.5 (validity)',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.expiredCrt, key: EXAMPLE_PKI.leafKey }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
    },
  }),
  own({
    id: 'TLS-P5',
    severity: 'warning',
    title: 'a certificate in a TLS Secret that expires soon',
    why: 'nothing renews a hand-written Secret; it will expire.',
    fix: 'renew it now, or let cert-manager issue and renew it.',
    source: 'cdk8s-tls',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.expiringCrt, key: EXAMPLE_PKI.leafKey }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
    },
  }),
  own({
    id: 'TLS-P6',
    severity: 'error',
    title: 'a certificate with a weak key (RSA < 2048, EC < P-256)',
    why: 'browsers and the CA/B Forum refuse such keys; they can be broken.',
    fix: 'issue a new certificate with RSA 2048+ or ECDSA P-256+.',
    source: 'CA/B Forum BR 6.1.5; NIST SP 800-131A',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.weakCrt, key: EXAMPLE_PKI.weakKey }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
    },
  }),
  own({
    id: 'TLS-P7',
    severity: 'error',
    title: 'a served host that is not among the certificate\'s subject alternative names',
    why: 'clients reject the certificate for that host.',
    fix: 'issue a certificate whose SANs include the host.',
    source: 'RFC 6125 section 6 (name matching); RFC 2818',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey, annotations: '{cdk8s-tls/expected-hosts: "shop.example.com,www.example.com"}' }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey, annotations: '{cdk8s-tls/expected-hosts: shop.example.com}' }),
    },
  }),
  own({
    id: 'TLS-P8',
    severity: 'warning',
    title: 'a private key kept in a manifest by choice',
    why: 'anyone who can read the manifests (Git, CI logs) can impersonate the certificate.',
    fix: 'use a sealed or external secret, or let cert-manager create the key in the cluster.',
    source: 'cdk8s-tls TlsSecret',
    example: {
      trigger: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: EXAMPLE_PKI.leafKey }),
      corrected: tlsSecretYaml({ crt: EXAMPLE_PKI.leafCrt, key: '' }),
    },
  }),
  construct({
    id: 'TLS-PLAT1',
    severity: 'error',
    title: 'a CertificatePlatform ACME environment without a solver',
    why: 'the issuer can issue nothing.',
    fix: 'give the environment an HTTP-01 or DNS-01 solver.',
    source: 'cdk8s-tls CertificatePlatform',
    example: { trigger: PLATFORM_APP(''), corrected: PLATFORM_APP("\n  acmeSolvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],") },
  }),
  own({
    id: 'TLS-REF1',
    severity: 'warning',
    title: 'a reference to an issuer (or other object) that is not defined',
    why: 'cert-manager never issues the certificate (the CertificateRequest waits for the issuer). `audit` reports a warning, since the object may live elsewhere in the repository; at cdk8s synth it is an error.',
    fix: 'define the object, or declare an existing one: Issuer.fromIssuerName, ClusterIssuer.fromClusterIssuerName or ExternalIssuer.fromExternalIssuerName for issuers, TlsSecret.fromSecretName for Secrets (the finding names the call).',
    source: 'cert-manager issuerRef resolution',
    example: {
      trigger: certificateYaml('  dnsNames: [shop.example.com]', { issuer: '{name: missing, kind: Issuer}' }),
      corrected: `${certificateYaml('  dnsNames: [shop.example.com]', { issuer: '{name: shop-ca, kind: Issuer}' })}
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: shop-ca, namespace: shop}
spec:
  ca: {secretName: shop-ca}`,
    },
  }),
  own({
    id: 'TLS-T1',
    severity: 'error',
    title: 'a trust bundle source that holds a private key',
    why: 'trust-manager copies it into every target namespace, where anyone who can read ConfigMaps can read it.',
    fix: 'read the CA certificate only: key tls.crt of the CA\'s Secret (or ca.crt).',
    source: 'trust-manager Bundle sources',
    example: { trigger: TRUST('{secret: {name: internal-ca, key: tls.key}}'), corrected: TRUST('{secret: {name: internal-ca, key: ca.crt}}') },
  }),
  own({
    id: 'TLS-T2',
    severity: 'warning',
    title: 'a trust bundle source that reads every key of a Secret',
    why: 'it includes the private key of a TLS Secret.',
    fix: 'name the certificate key (tls.crt or ca.crt).',
    source: 'trust-manager Bundle sources (includeAllKeys)',
    example: {
      trigger: TRUST('{secret: {name: internal-ca, includeAllKeys: true}}'),
      corrected: TRUST('{secret: {name: internal-ca, key: ca.crt}}'),
    },
  }),
  own({
    id: 'TLS-T3',
    severity: 'warning',
    title: 'a trust bundle that mixes public default CAs with private CAs',
    why: 'a client using it for internal (m)TLS also accepts any certificate a public CA issues for the name.',
    fix: 'publish private and public trust in separate bundles.',
    source: 'trust-manager useDefaultCAs',
    example: {
      trigger: TRUST('{secret: {name: internal-ca, key: ca.crt}}, {useDefaultCAs: true}'),
      corrected: TRUST('{secret: {name: internal-ca, key: ca.crt}}'),
    },
  }),
  own({
    id: 'TLS-T4',
    severity: 'warning',
    title: 'a PKCS#12 trust store with a legacy profile',
    why: 'legacy profiles use broken encryption that OpenSSL 3 and Java 20+ don\'t read by default.',
    fix: 'set profile: Modern2023.',
    source: 'trust-manager additionalFormats.pkcs12.profile',
    example: {
      trigger: TRUST('{secret: {name: internal-ca, key: ca.crt}}', ', additionalFormats: {pkcs12: {key: ca.p12, profile: LegacyRC2}}'),
      corrected: TRUST('{secret: {name: internal-ca, key: ca.crt}}', ', additionalFormats: {pkcs12: {key: ca.p12, profile: Modern2023}}'),
    },
  }),
  own({
    id: 'TLS-U1',
    severity: 'error',
    title: 'a CertificateSigningRequest whose request does not parse',
    why: 'the signer refuses it.',
    fix: 'generate the request again and encode it with base64 -w0.',
    source: 'Kubernetes certificates.k8s.io/v1 CertificateSigningRequest',
    example: { trigger: userCsrYaml('bm90IGEgQ1NS'), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  own({
    id: 'TLS-U2',
    severity: 'warning',
    title: 'a CertificateSigningRequest with a weak key',
    why: 'the issued client certificate can be broken.',
    fix: 'generate RSA 2048+ or ECDSA P-256+.',
    source: 'NIST SP 800-131A',
    example: { trigger: userCsrYaml(EXAMPLE_USER_CSR.weakKey), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  own({
    id: 'TLS-U3',
    severity: 'error',
    title: 'a client CSR without exactly one common name',
    why: 'the API server takes the user name from exactly one CN.',
    fix: 'generate the CSR with -subj "/CN=<user>/O=<group>".',
    source: 'Kubernetes X509 client certificate authentication',
    example: { trigger: userCsrYaml(EXAMPLE_USER_CSR.noCommonName), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  own({
    id: 'TLS-U4',
    severity: 'error',
    title: 'a client CSR for the group system:masters',
    why: 'the user becomes a superuser that no RBAC rule can restrict; the CertificateSubjectRestriction admission plugin refuses it.',
    fix: 'drop the group and bind the user to a ClusterRole.',
    source: 'Kubernetes CertificateSubjectRestriction admission plugin',
    example: { trigger: userCsrYaml(EXAMPLE_USER_CSR.masters), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  own({
    id: 'TLS-U5',
    severity: 'error',
    title: 'client CSR usages the kube-apiserver-client signer refuses',
    why: 'the signer refuses the request.',
    fix: 'use ["digital signature", "key encipherment", "client auth"].',
    source: 'Kubernetes signers (kubernetes.io/kube-apiserver-client)',
    example: {
      trigger: userCsrYaml(EXAMPLE_USER_CSR.jane, { usages: '[digital signature, server auth]' }),
      corrected: userCsrYaml(EXAMPLE_USER_CSR.jane),
    },
  }),
  own({
    id: 'TLS-U6',
    severity: 'warning',
    title: 'a client CSR without expirationSeconds',
    why: 'the certificate lasts the signer\'s default (a year) and a client certificate cannot be revoked.',
    fix: 'set expirationSeconds (e.g. 86400).',
    source: 'Kubernetes CertificateSigningRequest.spec.expirationSeconds',
    example: { trigger: userCsrYaml(EXAMPLE_USER_CSR.jane, { extra: '' }), corrected: userCsrYaml(EXAMPLE_USER_CSR.jane) },
  }),
  own({
    id: 'TLS-U7',
    severity: 'error',
    title: 'a client CSR for another user than the one the RBAC bindings name',
    why: 'the certificate authenticates a user that has none of the intended permissions.',
    fix: 'generate the CSR with the expected CN.',
    source: 'cdk8s-tls UserCertificate',
    example: { trigger: EXPECTED_USER('john'), corrected: EXPECTED_USER('jane') },
  }),
  own({
    id: 'TLS-X1',
    severity: 'warning',
    title: 'ACME skipTLSVerify: true',
    why: 'cert-manager stops verifying the ACME server\'s certificate (documented as INSECURE, for development only). cert-manager accepts it, so `audit` warns; a cdk8s app refuses it.',
    fix: 'remove skipTLSVerify; for a private ACME server set caBundle.',
    source: 'cert-manager v1.21.1 pkg/apis/acme/v1/types_issuer.go (SkipTLSVerify)',
    example: {
      trigger: acmeClusterIssuerYaml({ account: `${ACME_EMAIL}    skipTLSVerify: true\n` }),
      corrected: acmeClusterIssuerYaml(),
    },
  }),
  own({
    id: 'TLS-X2',
    severity: 'warning',
    title: 'privateKey.rotationPolicy: Never',
    why: 'the same private key is kept across renewals, so re-issuing after a key leak does not replace the leaked key.',
    fix: 'remove rotationPolicy (Always is the default since cert-manager v1.18).',
    source: 'cert-manager release notes 1.18; cert-manager#7601',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com]\n  privateKey: {algorithm: ECDSA, size: 256, rotationPolicy: Never}'),
      corrected: certificate('  dnsNames: [shop.example.com]\n  privateKey: {algorithm: ECDSA, size: 256, rotationPolicy: Always}'),
    },
  }),
  own({
    id: 'TLS-X4',
    severity: 'warning',
    title: 'a PKCS#12 keystore with a legacy profile (LegacyRC2 is the default)',
    why: 'OpenSSL 3 and Java 20+ don\'t read it by default; LegacyDES is weak.',
    fix: 'set keystores.pkcs12.profile: Modern2023.',
    source: 'cert-manager v1.21.1 types_certificate.go:555-567',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com]\n  keystores: {pkcs12: {create: true, passwordSecretRef: {name: ks, key: password}}}'),
      corrected: certificate('  dnsNames: [shop.example.com]\n  keystores: {pkcs12: {create: true, profile: Modern2023, passwordSecretRef: {name: ks, key: password}}}'),
    },
  }),
  own({
    id: 'TLS-X5',
    severity: 'warning',
    title: 'a literal keystore password',
    why: 'the secret ends up in the manifest and in Git.',
    fix: 'use passwordSecretRef.',
    source: 'cert-manager v1.21.1 types_certificate.go:529-535',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com]\n  keystores: {jks: {create: true, password: changeit}}'),
      corrected: certificate('  dnsNames: [shop.example.com]\n  keystores: {jks: {create: true, passwordSecretRef: {name: ks, key: password}}}'),
    },
  }),
  own({
    id: 'TLS-X6',
    severity: 'warning',
    title: 'RFC 2136 with a weak TSIG algorithm (HMACMD5, HMACSHA1)',
    why: 'MD5 and SHA-1 are broken hashes; the DNS update key can be forged.',
    fix: 'use HMACSHA256 or HMACSHA512.',
    source: 'RFC 8945 section 6',
    example: {
      trigger: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {rfc2136: {nameserver: 192.0.2.53, tsigKeyName: acme, tsigAlgorithm: HMACMD5, tsigSecretSecretRef: {name: tsig, key: secret}}}'),
      corrected: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {rfc2136: {nameserver: 192.0.2.53, tsigKeyName: acme, tsigAlgorithm: HMACSHA256, tsigSecretSecretRef: {name: tsig, key: secret}}}'),
    },
  }),
  own({
    id: 'TLS-X7',
    severity: 'warning',
    title: 'Cloudflare global API key',
    why: 'it can do anything the account can.',
    fix: 'use apiTokenSecretRef with a token limited to Zone:DNS:Edit.',
    source: 'cert-manager docs configuration/acme/dns01/cloudflare',
    example: {
      trigger: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {cloudflare: {email: platform@example.com, apiKeySecretRef: {name: cf, key: key}}}'),
      corrected: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {cloudflare: {apiTokenSecretRef: {name: cf, key: token}}}'),
    },
  }),
  own({
    id: 'TLS-X8',
    severity: 'warning',
    title: 'Route53 with a literal access key ID',
    why: 'it ties the Issuer to a long-lived IAM user.',
    fix: 'use ambient credentials (IRSA, EKS Pod Identity) or auth.kubernetes.serviceAccountRef.',
    source: 'cert-manager docs configuration/acme/dns01/route53',
    example: {
      trigger: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {route53: {region: eu-west-1, accessKeyID: AKIAEXAMPLE, secretAccessKeySecretRef: {name: aws, key: secret}}}'),
      corrected: acmeClusterIssuerYaml().replace('- http01: {ingress: {ingressClassName: nginx}}', '- dns01: {route53: {region: eu-west-1}}'),
    },
  }),
  own({
    id: 'TLS-X9',
    severity: 'warning',
    title: 'an absolute renewBefore with an ACME issuer',
    why: 'when the CA issues a shorter certificate than renewBefore, cert-manager renews in a loop.',
    fix: 'use renewBeforePercentage.',
    source: 'cert-manager docs usage/certificate "Reissuance triggered by expiry"; cert-manager#1506',
    example: {
      trigger: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]\n  renewBefore: 1600h', { issuer: LETSENCRYPT })}`,
      corrected: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]\n  renewBeforePercentage: 33', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-X10',
    severity: 'error',
    title: 'a duration longer than a publicly trusted certificate may last',
    why: 'the CA will not issue it (CA/B Forum SC-081: 200 days, then 100, then 47).',
    fix: 'set duration to at most the current limit.',
    source: 'CA/B Forum ballot SC-081v3',
    example: {
      trigger: `${DURATION_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]\n  duration: 6000h', { issuer: LETSENCRYPT })}`,
      corrected: `${DURATION_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]\n  duration: 2160h', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-X10D',
    severity: 'warning',
    title: 'a duration an ACME issuer does not request (enableDurationFeature unset)',
    why: 'cert-manager does not send the duration to the CA, so the certificate lasts what the CA decides (Let\'s Encrypt: 90 days or less).',
    fix: 'remove duration, or set enableDurationFeature: true on the issuer if the CA supports it.',
    source: 'cert-manager v1.21.1 pkg/apis/acme/v1/types_issuer.go (EnableDurationFeature)',
    example: {
      trigger: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]\n  duration: 720h', { issuer: LETSENCRYPT })}`,
      corrected: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-X11',
    severity: 'error',
    title: 'a wildcard name issued by an ACME issuer with only HTTP-01 solvers',
    why: 'ACME never issues wildcards over HTTP-01; the order stays pending.',
    fix: 'add a DNS-01 solver for the zone.',
    source: 'cert-manager v1.21.1 pkg/apis/acme/v1/types_issuer.go:183-185',
    example: {
      trigger: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: ["*.shop.example.com"]', { issuer: LETSENCRYPT })}`,
      corrected: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [www.shop.example.com]', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-X12',
    severity: 'warning',
    title: 'a CA certificate without nameConstraints',
    why: 'the CA can sign certificates for any name.',
    fix: 'add nameConstraints.permitted.dnsDomains.',
    source: 'RFC 5280 section 4.2.1.10',
    example: {
      trigger: certificate('  commonName: shop-ca\n  isCA: true'),
      corrected: certificate('  commonName: shop-ca\n  isCA: true\n  nameConstraints:\n    critical: true\n    permitted: {dnsDomains: [.shop.svc.cluster.local]}'),
    },
  }),
  own({
    id: 'TLS-X13',
    severity: 'warning',
    title: 'an ACME issuer without email',
    why: 'the account has no contact for revocation or policy notices.',
    fix: 'set email to a team mailbox, and alert on expiry from cert-manager\'s metrics.',
    source: 'cert-manager v1.21.1 pkg/apis/acme/v1/types_issuer.go:33-38',
    example: {
      trigger: acmeClusterIssuerYaml({ account: '' }),
      corrected: acmeClusterIssuerYaml(),
    },
  }),
  own({
    id: 'TLS-X14',
    severity: 'warning',
    title: 'key encipherment usage with an ECDSA or Ed25519 key',
    why: 'the usage is for RSA key transport; the BRs mark it NOT RECOMMENDED for other keys.',
    fix: 'set usages: [digital signature, server auth].',
    source: 'Let\'s Encrypt profiles "Key Encipherment Key Usage"; CA/B Forum BR 7.1.2.7.11',
    example: {
      trigger: certificate('  dnsNames: [shop.example.com]\n  privateKey: {algorithm: ECDSA, size: 256}\n  usages: [digital signature, key encipherment, server auth]'),
      corrected: certificate('  dnsNames: [shop.example.com]\n  privateKey: {algorithm: ECDSA, size: 256}\n  usages: [digital signature, server auth]'),
    },
  }),
  own({
    id: 'TLS-X15',
    severity: 'warning',
    title: 'commonName on a publicly trusted certificate',
    why: 'it is redundant with the SANs and NOT RECOMMENDED by the BRs.',
    fix: 'list the name in dnsNames and drop commonName.',
    source: 'CA/B Forum BR 7.1.4.3; Let\'s Encrypt profiles "Certificate Common Name"',
    example: {
      trigger: `${ACME_ISSUER}\n---\n${certificateYaml('  commonName: shop.example.com\n  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`,
      corrected: `${ACME_ISSUER}\n---\n${certificateYaml('  dnsNames: [shop.example.com]', { issuer: LETSENCRYPT })}`,
    },
  }),
  own({
    id: 'TLS-X16',
    severity: 'warning',
    title: 'one Secret served by two annotated Ingresses',
    why: 'cert-manager makes one Certificate per Secret and the two shims fight over it.',
    fix: 'annotate only one of them.',
    source: 'cert-manager#2585',
    example: {
      trigger: `${SHIMMED('web')}\n---\n${SHIMMED('www')}`,
      corrected: `${SHIMMED('web')}\n---\n${SHIMMED('www').replace('secretName: web-tls', 'secretName: www-tls')}`,
    },
  }),
];
