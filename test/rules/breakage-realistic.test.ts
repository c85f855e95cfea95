// The new breakage rules on a home-lab GitOps repository as people write them (Flux
// post-build variables, namespace-less objects, kustomize-managed namespaces, charts' values):
// none of them may fire on the working setup, and each one fires on the broken variant.
import * as YAML from 'yaml';
import { auditManifests } from '../../src';

const NEW_RULES = /^(K8S-|TLS-V[12]$|TLS-M1[1-5]$|TLS-O[1-4]$|TLS-X(1[7-9]|20)$|TLS-R[12]$|TLS-P9$)/;

const REPO = `
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-production
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: "\${SECRET_ACME_EMAIL}"
    privateKeySecretRef:
      name: letsencrypt-production
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token
              key: api-token
        selector:
          dnsZones:
            - "\${SECRET_DOMAIN}"
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: "\${SECRET_DOMAIN/./-}"
spec:
  secretName: "\${SECRET_DOMAIN/./-}-production-tls"
  issuerRef:
    name: letsencrypt-production
    kind: ClusterIssuer
  commonName: "\${SECRET_DOMAIN}"
  dnsNames:
    - "\${SECRET_DOMAIN}"
    - "*.\${SECRET_DOMAIN}"
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: grafana
spec:
  secretName: grafana-tls
  issuerRef:
    name: letsencrypt-production
    kind: ClusterIssuer
  dnsNames:
    - grafana.example.net
---
apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
  labels:
    kustomize.toolkit.fluxcd.io/prune: disabled
---
apiVersion: v1
kind: Service
metadata:
  name: grafana
spec:
  selector:
    app.kubernetes.io/name: grafana
  ports:
    - name: http
      port: 80
      targetPort: 3000
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: grafana
  annotations:
    external-dns.alpha.kubernetes.io/target: "external.\${SECRET_DOMAIN}"
spec:
  ingressClassName: external
  tls:
    - hosts:
        - "grafana.\${SECRET_DOMAIN}"
  rules:
    - host: "grafana.\${SECRET_DOMAIN}"
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: grafana
                port:
                  number: 80
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: cert-manager
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: cert-manager
  endpoints:
    - port: http-metrics
      interval: 1m
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: cert-manager
spec:
  groups:
    - name: cert-manager
      rules:
        - alert: CertManagerAbsent
          expr: absent(up{job="cert-manager"})
          for: 15m
          labels:
            severity: critical
        - alert: CertManagerCertExpirySoon
          expr: |
            avg by (exported_namespace, namespace, name) (
              certmanager_certificate_expiration_timestamp_seconds - time()
            ) < (21 * 24 * 3600)
            and on (exported_namespace, namespace, name)
            certmanager_certificate_ready_status{condition="True"} == 1
          for: 15m
          labels:
            severity: warning
---
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: public
  namespace: istio-ingress
spec:
  selector:
    istio: ingress
  servers:
    - port: { number: 80, name: http, protocol: HTTP }
      hosts: ["*.\${SECRET_DOMAIN}"]
      tls: { httpsRedirect: true }
    - port: { number: 443, name: https, protocol: HTTPS }
      hosts: ["*.\${SECRET_DOMAIN}"]
      tls: { mode: SIMPLE, credentialName: "\${SECRET_DOMAIN/./-}-production-tls" }
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: policy-webhook
  annotations:
    cert-manager.io/inject-ca-from: policy/policy-webhook
webhooks:
  - name: validate.policy.example.com
    admissionReviewVersions: ["v1"]
    sideEffects: None
    clientConfig:
      service: { name: policy-webhook, namespace: policy, path: /validate }
      caBundle: Cg==
`;

const objects = (): any[] => YAML.parseAllDocuments(REPO).map((d) => d.toJSON());
const newFindings = (objs: any[]) => auditManifests(objs).filter((f) => NEW_RULES.test(f.ruleId));

test('the working repository: no finding of the new rules', () => {
  expect(newFindings(objects())).toEqual([]);
});

test('each broken variant is caught', () => {
  const broken = objects();
  const byKind = (kind: string) => broken.find((o) => o.kind === kind);
  // an old chart's Ingress shape
  byKind('Ingress').spec.rules[0].http.paths[0].backend = { serviceName: 'grafana', servicePort: 80 };
  // a certificate name outside the solver's literal zone
  byKind('ClusterIssuer').spec.acme.solvers[0].selector.dnsZones = ['example.com'];
  // the upstream mixin's older expiry alert
  byKind('PrometheusRule').spec.groups[0].rules[1].expr = 'avg by (exported_namespace, namespace, name) (certmanager_certificate_expiration_timestamp_seconds - time()) < (21 * 24 * 3600)';
  // a scrape that skips verification
  byKind('ServiceMonitor').spec.endpoints[0].tlsConfig = { insecureSkipVerify: true };
  // the Service's targetPort as the backend port
  broken.push({ ...byKind('Ingress'), metadata: { name: 'grafana-direct' }, spec: { ...byKind('Ingress').spec, rules: [{ host: 'g.example.net', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'grafana', port: { number: 3000 } } } }] } }] } });
  // an old cert-manager manifest
  broken.push({ apiVersion: 'cert-manager.io/v1alpha2', kind: 'ClusterIssuer', metadata: { name: 'selfsigned' }, spec: { selfSigned: {} } });
  const ids = [...new Set(newFindings(broken).map((f) => f.ruleId))].sort();
  expect(ids).toEqual(['K8S-I1', 'TLS-O1', 'TLS-O3', 'TLS-R2', 'TLS-V1', 'TLS-X17']);
});
