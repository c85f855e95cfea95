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

/**
 * The Let's Encrypt ClusterIssuer `letsencrypt`; `account` lines go above privateKeySecretRef
 * (default: the team's email), `solvers` are the items of spec.acme.solvers (default: one HTTP-01
 * solver for class nginx).
 */
/** The account lines of an ACME issuer with the team's email. */
export const ACME_EMAIL = '    email: platform@example.com\n';

export function acmeClusterIssuerYaml(options: { account?: string; ignore?: string; solvers?: string } = {}): string {
  const annotations = options.ignore === undefined ? '' : `\n  annotations:\n    cdk8s-tls/ignore: "${options.ignore}"`;
  return `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt${annotations}
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
${options.account ?? ACME_EMAIL}    privateKeySecretRef: {name: letsencrypt-account}
    solvers:
${options.solvers ?? '      - http01: {ingress: {ingressClassName: nginx}}'}`;
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

/** Client certificate requests (PKCS#10, base64 PEM) for the CertificateSigningRequest examples. */
export const EXAMPLE_USER_CSR = {
  /** CN=jane, O=dev, ECDSA P-256. */
  jane: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlIWU1IOENBUUF3SFRFTk1Bc0dBMVVFQXd3RWFtRnVaVEVNTUFvR0ExVUVDZ3dEWkdWMk1Ga3dFd1lIS29aSQp6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUViQXpCRUVhbkgwRVFaTEJSKzZDM0VEaXc3WWhDTWdscncvVzBybVZ4Cis3TXlDZHNJdmxkcCtDZVhKT0pvNHp4MlkvRHllYUI3LzF3Ylg5L292aVhuQTZBQU1Bb0dDQ3FHU000OUJBTUMKQTBrQU1FWUNJUUNtM20vOHRXL0c0bEpQZ08wd1hJeEtJTmgyQ3hXOWl5cUFJVVJ1OGdxdWVBSWhBTTFMeHNBWQpWQytyOVZTS1FLL1dzczlEWWlWZHlqSFk3Qnc4OFIvOWsvK2MKLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==',
  /** CN=jane, O=system:masters. */
  masters: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlIaU1JR0tBZ0VBTUNneERUQUxCZ05WQkFNTUJHcGhibVV4RnpBVkJnTlZCQW9NRG5ONWMzUmxiVHB0WVhOMApaWEp6TUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFbjZXK0szaHVpdUFQc3hZeDkrMUIwTTMrCllRNW5LVUVlUGJhWVVqSkhhUi9kV1pQTk9TR0ZhT1FqMEkrYjZQRkJRYkdLL3UrdDRpSFd6THlEYUdKdndLQUEKTUFvR0NDcUdTTTQ5QkFNQ0EwY0FNRVFDSUJQYUhrYzR5cExWbU9OQzJ3OXZnSGZwOGxEdHlvamc2WWpjUHBEZgpnOEpZQWlBcHUzOENBZUlqZzdMaXlZVGRxNjQ5TWFTd0p1MnZ1RmNwVnNxcmdTdTc5QT09Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=',
  /** O=dev, no common name. */
  noCommonName: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlISE1IQUNBUUF3RGpFTU1Bb0dBMVVFQ2d3RFpHVjJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRApRZ0FFLzBrbDF3N0dsZFFuOENTMmVtOXk2NDZrUHdNdnpSNUhKQXJ0RDBVbjNuY2R4aXZwNis3WE5wb05mUmNGClZHQkJKeHFuVktNM3IvV3hrVjVLTXEydlphQUFNQW9HQ0NxR1NNNDlCQU1DQTBjQU1FUUNJQTltcVRGc21uQ1YKVFg2bFNQWkNjRU50Sjc0Wkl2NlcxYWl0bEdFT0toaGFBaUFHYlhaYndkcUJJOEp1eFF4NjR1aFRKcG0xYWM1ZwovZWJNMnVuYTJMd0Q2Zz09Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=',
  /** CN=jane, O=dev, RSA 1024. */
  weakKey: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQlhEQ0J4Z0lCQURBZE1RMHdDd1lEVlFRRERBUnFZVzVsTVF3d0NnWURWUVFLREFOa1pYWXdnWjh3RFFZSgpLb1pJaHZjTkFRRUJCUUFEZ1kwQU1JR0pBb0dCQU0vQVdDenFMMkdldGtkeGlmZEdnbDEyYmNkQm9QUVY3UHg0CncwMFpLbkpCUGJocUdFVmpaN3htN3kyZGtON2pUQytQRHlSczFsenpTQWZNK3FTNFpZeHZsclcvNkFHMmVKazIKT0tYZktJbXRsdjhqRnVQemNkV3I2Y290VlUwWGdIUWFac1FhUU1jK1VONGNQMGRGZStPZ3FvREJoZkludWNsegpjWU5HU1UyYkFnTUJBQUdnQURBTkJna3Foa2lHOXcwQkFRc0ZBQU9CZ1FDd28xd3p0QTZ5MTRTM09sY29heXFVCjJ6YTJOTTdnODFNTE9CUGtvd1pzNThJNTlJNURudFluT3VTMkZ0WlE1NlpYZ1RSVFVleDhlQ1ZwSzIvS2xHNTYKbkU2R0d4N0hmL0lqWXhGaUZYZW1iVTFWM2xnVFRpdnN3MVoybTZoclVCOXVMZEsvT2FxSithK01VODFaKzdMQQoyTkovSnBUQmoxRVVQeUhzbnpjOVd3PT0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==',
};

/** A CertificateSigningRequest for the API server's client signer; `extra` lines go below usages. */
export function userCsrYaml(request: string, options: { usages?: string; extra?: string } = {}): string {
  return `apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata: {name: jane}
spec:
  request: ${request}
  signerName: kubernetes.io/kube-apiserver-client
  usages: ${options.usages ?? '[digital signature, client auth]'}
${options.extra ?? '  expirationSeconds: 86400'}`;
}

/** Gateway shop/web of class istio; `listeners` are the items of spec.listeners, `spec` lines go above them, `metadata` lines below its namespace. */
export function gatewayYaml(listeners: string, options: { spec?: string; metadata?: string } = {}): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
  namespace: shop${options.metadata ?? ''}
spec:
  gatewayClassName: istio${options.spec ?? ''}
  listeners:
${listeners}`;
}

/** The HTTPS listener of gatewayYaml for shop.example.com, serving Secret web-tls. */
export const HTTPS_LISTENER = '    - {name: https, protocol: HTTPS, port: 443, hostname: shop.example.com, tls: {mode: Terminate, certificateRefs: [{name: web-tls}]}}';
/** The HTTP listener of gatewayYaml for shop.example.com, on port 80. */
export const HTTP_LISTENER = '    - {name: http, protocol: HTTP, port: 80, hostname: shop.example.com}';

/** A kubernetes.io/tls Secret web-tls in namespace shop with these base64 entries (and annotations). */
export function tlsSecretYaml(o: { crt: string; key: string; ca?: string; annotations?: string }): string {
  return `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata:
  name: web-tls
  namespace: shop${o.annotations ? `\n  annotations: ${o.annotations}` : ''}
data:
  tls.crt: ${o.crt}
  tls.key: "${o.key}"${o.ca ? `\n  ca.crt: ${o.ca}` : ''}`;
}
