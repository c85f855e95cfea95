import { RuleExample } from './rule-doc';

// Builders of the YAML the catalogue's examples are written in: each example changes a few lines
// of an otherwise valid object.

/** A Certificate in namespace shop; `spec` lines go below secretName and issuerRef. */
export function certificateYaml(spec: string, options: { secretName?: string; issuer?: string } = {}): string {
  return `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: shop}
spec:
  secretName: ${options.secretName ?? 'web-tls'}
  issuerRef: ${options.issuer ?? '{name: internal-ca, kind: ClusterIssuer}'}
${spec}`;
}

/** An Issuer in namespace shop with the given `spec` lines. */
export function issuerYaml(spec: string): string {
  return `apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: shop-ca, namespace: shop}
spec:
${spec}`;
}

/** The Let's Encrypt ClusterIssuer `letsencrypt` with an HTTP-01 solver; `account` lines go above privateKeySecretRef. */
export function acmeClusterIssuerYaml(options: { account?: string; ignore?: string } = {}): string {
  const annotations = options.ignore === undefined ? '' : `\n  annotations:\n    cdk8s-tls/ignore: "${options.ignore}"`;
  return `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt${annotations}
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
${options.account ?? ''}    privateKeySecretRef: {name: letsencrypt-account}
    solvers:
      - http01: {ingress: {ingressClassName: nginx}}`;
}

/** An nginx Ingress for shop.example.com with one TLS entry (`tls` is its YAML, e.g. `{hosts: [...], secretName: x}`). */
export function ingressYaml(tls: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
spec:
  ingressClassName: nginx
  tls: [${tls}]
  rules:
    - host: shop.example.com
      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}`;
}

/** An example pair whose two sides are the same object with different lines. */
export function pairOf(wrap: (lines: string) => string): (trigger: string, corrected: string) => RuleExample {
  return (trigger, corrected) => ({ trigger: wrap(trigger), corrected: wrap(corrected) });
}
