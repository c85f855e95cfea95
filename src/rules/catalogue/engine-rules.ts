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
    id: 'TLS-INTERNAL',
    severity: 'error',
    title: 'a rule could not read this object',
    why: 'a rule met an input it did not foresee; the object was not fully checked.',
    fix: 'report the input as a cdk8s-tls bug; the message names the rule.',
    source: 'cdk8s-tls rule engine',
    scope: 'engine',
  },
];
