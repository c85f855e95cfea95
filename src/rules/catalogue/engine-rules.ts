import { RuleDoc } from './rule-doc';

// Rules of the engine itself rather than of one API.

export const ENGINE_RULES: readonly RuleDoc[] = [
  {
    id: 'CRD-SCHEMA',
    severity: 'error',
    title: 'an object that does not match the OpenAPI schema of its CRD (or has no valid name)',
    why: 'the API server refuses the object before any webhook sees it.',
    fix: 'follow the message: it names the field and the type, enum or format the schema wants.',
    source: 'the pinned CRDs in crds/ (OpenAPI v3 schema, x-kubernetes-validations)',
    scope: 'engine',
    example: {
      trigger: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: shop}\nspec:\n  secretName: web-tls\n  issuerRef: {name: ca}\n  dnsNames: [shop.example.com]\n  privateKey: {encoding: PKCS9}',
      corrected: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: shop}\nspec:\n  secretName: web-tls\n  issuerRef: {name: ca}\n  dnsNames: [shop.example.com]\n  privateKey: {encoding: PKCS8}',
    },
  },
  {
    id: 'TLS-DUPLICATE',
    severity: 'error',
    title: 'one object (group, kind, namespace, name) defined more than once',
    why: 'in one file or app, both reach one cluster: kubectl keeps the last one applied and Kustomize refuses the build; different definitions lose one of them (error), identical ones are fragile (warning); in different files, whether both reach one cluster could not be checked (info).',
    fix: 'keep one definition, or give the objects different names or namespaces.',
    source: 'Kubernetes object identity; Kustomize ("may not add resource with an already registered id")',
    scope: 'engine',
    example: {
      trigger: 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: shop-ca, namespace: shop}\nspec: {ca: {secretName: shop-ca}}\n---\napiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: shop-ca, namespace: shop}\nspec: {ca: {secretName: other-ca}}',
      corrected: 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: shop-ca, namespace: shop}\nspec: {ca: {secretName: shop-ca}}',
    },
  },
  {
    id: 'TLS-PLACEHOLDER',
    severity: 'info',
    title: 'fields holding placeholders (Flux ${VARS}, template markers) that no rule could check',
    why: 'the value is filled in after the YAML is written, so the rules that need it stay silent; the object is not fully checked.',
    fix: 'audit the rendered output (flux build kustomization, helm template) to have the values checked.',
    source: 'Flux post-build variable substitution; Helm and other templates',
    scope: 'engine',
    example: {
      trigger: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: shop}\nspec:\n  secretName: web-tls\n  issuerRef: {name: internal-ca, kind: ClusterIssuer}\n  dnsNames: ["shop.${DOMAIN}"]',
      corrected: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: shop}\nspec:\n  secretName: web-tls\n  issuerRef: {name: internal-ca, kind: ClusterIssuer}\n  dnsNames: [shop.example.com]',
    },
  },
  {
    id: 'TLS-INTERNAL',
    severity: 'error',
    title: 'a rule could not read this object',
    why: 'a rule met an input it did not foresee; the object was not fully checked.',
    fix: 'report the input as a cdk8s-tls bug; the message names the rule.',
    source: 'cdk8s-tls rule engine',
    scope: 'engine',
  },
];
