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

/**
 * A self-signed CA certificate (ECDSA P-256, CN=Example Vault CA), base64 PEM: a caBundle that
 * parses. Made with openssl for the examples; no private key of it is kept anywhere.
 */
export const EXAMPLE_CA_BUNDLE =
  'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJpakNDQVRHZ0F3SUJBZ0lVUmppMHdQZmF1M3J6RXB5ejd4cDFKcG1FSkpjd0NnWUlLb1pJemowRUF3SXcKR3pFWk1CY0dBMVVFQXd3UVJYaGhiWEJzWlNCV1lYVnNkQ0JEUVRBZUZ3MHlOakV5TURNd09UVTNNalJhRncwegpOakV4TXpBd09UVTNNalJhTUJzeEdUQVhCZ05WQkFNTUVFVjRZVzF3YkdVZ1ZtRjFiSFFnUTBFd1dUQVRCZ2NxCmhrak9QUUlCQmdncWhrak9QUU1CQndOQ0FBVGRWamptQjRBNzUyMDBXZVlNRUp1WWlZNjl1OTJ6cHA3d1BxYnYKVXkxbUlaWmVSMEJMbmlJaUFkQWJGZkw5SXlJYnE5RlN2TGxKcTNnZ1NvdjUralB1bzFNd1VUQWRCZ05WSFE0RQpGZ1FVQ0xuVEQ0dTF1V2cyZnhpNEN6T09TQlVVUm1Fd0h3WURWUjBqQkJnd0ZvQVVDTG5URDR1MXVXZzJmeGk0CkN6T09TQlVVUm1Fd0R3WURWUjBUQVFIL0JBVXdBd0VCL3pBS0JnZ3Foa2pPUFFRREFnTkhBREJFQWlBUnNvMXkKZS9ISXhtLytITnZBcG15TDRFdSsrTzdiN29sUUZkQkhkSXpIc2dJZ1o2RVdPWVNwaGdYeFdqb2gvbDZWY092bQoxbFZjVkFSRS9DMmlMU2w5UkNzPQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==';

/** A PKCS#10 request for shop.example.com (ECDSA P-256, no key usage extensions), base64 PEM. */
export const EXAMPLE_CSR =
  'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQkJEQ0Jxd0lCQURBYk1Sa3dGd1lEVlFRRERCQnphRzl3TG1WNFlXMXdiR1V1WTI5dE1Ga3dFd1lIS29aSQp6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVvOXBzb0dhU1B0YUNxUUhWeFJUZXpBYTFEVFU0Z2h5NkRWRTlrRlNtClpvYnlXMTgvVkRJV2t2cmExOEtpL3BvRGFRYlZkT0lqUTlzQ0FBUmtNL041Y0tBdU1Dd0dDU3FHU0liM0RRRUoKRGpFZk1CMHdHd1lEVlIwUkJCUXdFb0lRYzJodmNDNWxlR0Z0Y0d4bExtTnZiVEFLQmdncWhrak9QUVFEQWdOSQpBREJGQWlBcU5DeUNNNDRyVmQyYVg2WjRjSGVpbk14WWhhSnJEMFpmb0FLOUNWSy9pQUloQUpZUkdraXhzbzdCCjFCaFpQNkNSbkxIYW1NdHBGSHlGWW5kSnJ2bXFjbkM2Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=';

/** A CertificateRequest in namespace shop; `spec` lines go below issuerRef; `conditions` as [type, status]. */
export function certificateRequestYaml(spec: string, conditions: ReadonlyArray<readonly [string, string]> = []): string {
  const status = conditions.length ? `\nstatus:\n  conditions: [${conditions.map(([type, value]) => `{type: ${type}, status: "${value}"}`).join(', ')}]` : '';
  return `apiVersion: cert-manager.io/v1
kind: CertificateRequest
metadata: {name: web-1, namespace: shop}
spec:
  issuerRef: {name: internal-ca, kind: ClusterIssuer}
${spec}${status}`;
}
