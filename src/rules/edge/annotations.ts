// The annotation names the edge rules read, as cert-manager's certificate-shim and the ingress
// controllers define them. The edge constructs write the same constants, so a rename is one edit.

/** cert-manager's ingress-shim / gateway-shim annotations (pkg/apis/certmanager/v1/types.go, pkg/apis/acme/v1/types.go). */
export const SHIM = {
  issuer: 'cert-manager.io/issuer',
  clusterIssuer: 'cert-manager.io/cluster-issuer',
  issuerKind: 'cert-manager.io/issuer-kind',
  issuerGroup: 'cert-manager.io/issuer-group',
  tlsAcme: 'kubernetes.io/tls-acme',
  commonName: 'cert-manager.io/common-name',
  altNames: 'cert-manager.io/alt-names',
  ipSans: 'cert-manager.io/ip-sans',
  emailSans: 'cert-manager.io/email-sans',
  duration: 'cert-manager.io/duration',
  renewBefore: 'cert-manager.io/renew-before',
  renewBeforePercentage: 'cert-manager.io/renew-before-percentage',
  usages: 'cert-manager.io/usages',
  revisionHistoryLimit: 'cert-manager.io/revision-history-limit',
  privateKeyAlgorithm: 'cert-manager.io/private-key-algorithm',
  privateKeyEncoding: 'cert-manager.io/private-key-encoding',
  privateKeySize: 'cert-manager.io/private-key-size',
  privateKeyRotationPolicy: 'cert-manager.io/private-key-rotation-policy',
  secretTemplate: 'cert-manager.io/secret-template',
  ignoreTlsListeners: 'cert-manager.io/ignore-tls-listeners',
  http01EditInPlace: 'acme.cert-manager.io/http01-edit-in-place',
  http01IngressClass: 'acme.cert-manager.io/http01-ingress-class',
  http01IngressClassName: 'acme.cert-manager.io/http01-ingress-ingressclassname',
} as const;

/** Ingress controller annotations the edge rules and constructs know. */
export const CONTROLLER = {
  legacyIngressClass: 'kubernetes.io/ingress.class',
  nginxSslRedirect: 'nginx.ingress.kubernetes.io/ssl-redirect',
  nginxForceSslRedirect: 'nginx.ingress.kubernetes.io/force-ssl-redirect',
  haproxySslRedirect: 'haproxy.org/ssl-redirect',
  haproxySslRedirectCode: 'haproxy.org/ssl-redirect-code',
  haproxyResponseSetHeader: 'haproxy.org/response-set-header',
  traefikEntrypoints: 'traefik.ingress.kubernetes.io/router.entrypoints',
  traefikTls: 'traefik.ingress.kubernetes.io/router.tls',
  traefikMiddlewares: 'traefik.ingress.kubernetes.io/router.middlewares',
} as const;

/** `metadata.annotations.<key>`: the finding path of an annotation. */
export const annotationPath = (key: string): string => `metadata.annotations.${key}`;
