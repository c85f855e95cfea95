// Plain manifests for the edge rule tests: small builders so each test shows only what matters.
import { AuditMode, auditManifests, Finding } from '../../src';

export const NOW = new Date('2026-11-01T00:00:00Z');

export function audit(objects: any[], mode: AuditMode = AuditMode.AUDIT, externals: any[] = []): Finding[] {
  return auditManifests(objects, { now: NOW, mode, externals });
}

/** Findings of one rule id. */
export function byRule(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

interface IngressOptions {
  annotations?: Record<string, string>;
  tls?: any[];
  rules?: any[];
  className?: string;
  namespace?: string;
}

export function ingress(name: string, options: IngressOptions = {}): any {
  const tls = options.tls ?? [{ hosts: ['app.example.com'], secretName: `${name}-tls` }];
  const hosts = tls.flatMap((t: any) => t.hosts ?? []);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: options.namespace ?? 'web', ...(options.annotations ? { annotations: options.annotations } : {}) },
    spec: {
      ingressClassName: options.className ?? 'nginx',
      rules: options.rules ?? hosts.map((host: string) => ({
        host,
        http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'app', port: { number: 80 } } } }] },
      })),
      tls,
    },
  };
}

export function gateway(name: string, listeners: any[], options: { annotations?: Record<string, string>; namespace?: string } = {}): any {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name, namespace: options.namespace ?? 'web', ...(options.annotations ? { annotations: options.annotations } : {}) },
    spec: { gatewayClassName: 'eg', listeners },
  };
}

export const httpListener = (extra: any = {}): any => ({ name: 'http', protocol: 'HTTP', port: 80, ...extra });

export function httpsListener(hostname: string | undefined, secretName: string, extra: any = {}): any {
  const name = `https-${(hostname ?? 'any').replace(/\*/g, 'wildcard').replace(/\./g, '-')}`;
  return {
    name,
    ...(hostname !== undefined ? { hostname } : {}),
    protocol: 'HTTPS',
    port: 443,
    tls: { mode: 'Terminate', certificateRefs: [{ kind: 'Secret', name: secretName }] },
    ...extra,
  };
}

export function certificate(name: string, secretName: string, dnsNames: string[], issuer = { name: 'letsencrypt-prod', kind: 'ClusterIssuer' }, namespace = 'web'): any {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name, namespace },
    spec: {
      secretName,
      dnsNames,
      issuerRef: { ...issuer, group: 'cert-manager.io' },
      privateKey: { algorithm: 'ECDSA', size: 256, encoding: 'PKCS8', rotationPolicy: 'Always' },
      renewBeforePercentage: 33,
      usages: ['digital signature', 'server auth'],
    },
  };
}

export function acmeIssuer(name: string, solvers: any[], options: { kind?: 'ClusterIssuer' | 'Issuer'; namespace?: string } = {}): any {
  const kind = options.kind ?? 'ClusterIssuer';
  return {
    apiVersion: 'cert-manager.io/v1',
    kind,
    metadata: { name, ...(kind === 'Issuer' ? { namespace: options.namespace ?? 'web' } : {}) },
    spec: {
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'ops@example.com',
        privateKeySecretRef: { name: `${name}-account-key` },
        solvers,
      },
    },
  };
}

export const http01Ingress = (ingressClassName = 'nginx', selector?: any): any => ({ http01: { ingress: { ingressClassName } }, ...(selector ? { selector } : {}) });
export const http01Gateway = (parentRefs: any[]): any => ({ http01: { gatewayHTTPRoute: { parentRefs } } });
export const dns01 = (zone: string): any => ({ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cf', key: 'token' } } }, selector: { dnsZones: [zone] } });

/** The annotations TlsSource.shim writes by default for a ClusterIssuer. */
export const SHIM_DEFAULTS: Record<string, string> = {
  'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
  'cert-manager.io/private-key-algorithm': 'ECDSA',
  'cert-manager.io/private-key-size': '256',
  'cert-manager.io/private-key-encoding': 'PKCS8',
  'cert-manager.io/private-key-rotation-policy': 'Always',
  'cert-manager.io/usages': 'digital signature,server auth',
  'cert-manager.io/renew-before-percentage': '33',
};
