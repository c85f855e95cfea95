// Where Ingresses and Gateways use TLS Secrets, read once from the manifests and shared by the
// edge rules: which hosts each Secret must cover, and which of those objects the cert-manager
// shim turns into Certificates.
import { SHIM } from './annotations';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';

export const NETWORKING_GROUP = 'networking.k8s.io';
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const CM_GROUP = 'cert-manager.io';

export const isIngress = (obj: KubeObject): boolean => apiGroupOf(obj) === NETWORKING_GROUP && kindOf(obj) === 'Ingress';
export const isGateway = (obj: KubeObject): boolean => apiGroupOf(obj) === GATEWAY_GROUP && kindOf(obj) === 'Gateway';
export const isListenerSet = (obj: KubeObject): boolean => apiGroupOf(obj) === GATEWAY_GROUP && kindOf(obj) === 'ListenerSet';
export const isCertificate = (obj: KubeObject): boolean => apiGroupOf(obj) === CM_GROUP && kindOf(obj) === 'Certificate';

/** A string annotation, or undefined. */
export function annotation(obj: KubeObject, key: string): string | undefined {
  return str(metadataOf(obj).annotations[key]);
}

/** Go's strconv.ParseBool true values, which the shim reads `kubernetes.io/tls-acme` with. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

/**
 * Whether cert-manager's shim acts on the object: it does when an issuer annotation is present,
 * or, on an Ingress only, `kubernetes.io/tls-acme` parses as true (v1.21.1
 * pkg/controller/certificate-shim/sync.go, hasShimAnnotation and the auto-annotations that
 * SyncFnFor passes for Ingresses alone).
 */
export function isShimmed(obj: KubeObject): boolean {
  const a = metadataOf(obj).annotations;
  if (a[SHIM.issuer] !== undefined || a[SHIM.clusterIssuer] !== undefined) return true;
  const tlsAcme = a[SHIM.tlsAcme];
  return isIngress(obj) && typeof tlsAcme === 'string' && GO_TRUE.has(tlsAcme);
}

/**
 * Why the gateway-shim issues nothing for a TLS listener without a Warning event, or undefined
 * when it considers the listener: Passthrough listeners (skipped since cert-manager 1.18), and
 * the ones named in `cert-manager.io/ignore-tls-listeners` (sync.go, handleGatewayAPIListeners).
 */
export function shimSkipsListener(obj: KubeObject, listener: Record<string, any>): 'passthrough' | 'ignored' | undefined {
  if (str(record(listener.tls).mode) === 'Passthrough') return 'passthrough';
  if (ignoredListeners(obj).has(str(listener.name) ?? '')) return 'ignored';
  return undefined;
}

/** The issuer a shim annotation names, with the shim's defaults applied. */
export interface ShimIssuerRef {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** The annotation the name came from, for the finding path. */
  readonly annotation: string;
}

/** The issuer of a shimmed object, or undefined when it names none or names it ambiguously (CM-S8, TLS-E5). */
export function shimIssuerRef(obj: KubeObject): ShimIssuerRef | undefined {
  const issuer = annotation(obj, SHIM.issuer);
  const cluster = annotation(obj, SHIM.clusterIssuer);
  if (issuer && cluster) return undefined;
  if (cluster) {
    if (annotation(obj, SHIM.issuerKind) !== undefined || annotation(obj, SHIM.issuerGroup) !== undefined) return undefined;
    return { group: CM_GROUP, kind: 'ClusterIssuer', name: cluster, annotation: SHIM.clusterIssuer };
  }
  if (issuer) {
    return {
      group: annotation(obj, SHIM.issuerGroup) || CM_GROUP,
      kind: annotation(obj, SHIM.issuerKind) || 'Issuer',
      name: issuer,
      annotation: SHIM.issuer,
    };
  }
  return undefined;
}

/** One host served with one Secret. */
export interface TlsHost {
  readonly host: string;
  /** Field path of the host, e.g. `spec.tls[0].hosts[1]` or `spec.listeners[2].hostname`. */
  readonly path: string;
}

/** One place an Ingress or Gateway serves a Secret. */
export interface TlsUse {
  readonly obj: KubeObject;
  /** The Secret's namespace ('' when the object has none). */
  readonly namespace: string;
  readonly secretName: string;
  /** Field path of the secret name or certificate reference. */
  readonly secretPath: string;
  readonly hosts: readonly TlsHost[];
  /** Whether cert-manager's shim creates a Certificate for this use. */
  readonly shim: boolean;
}

/** Listener protocols the gateway-shim considers (sync.go: HTTPS and TLS). */
export const TLS_PROTOCOLS = ['HTTPS', 'TLS'];

/** Names of listeners the gateway-shim skips (`cert-manager.io/ignore-tls-listeners`, comma-separated, spaces trimmed). */
export function ignoredListeners(obj: KubeObject): Set<string> {
  const value = annotation(obj, SHIM.ignoreTlsListeners) ?? '';
  return new Set(value.split(',').map((s) => s.trim()));
}

function ingressUses(obj: KubeObject): TlsUse[] {
  const namespace = metadataOf(obj).namespace ?? '';
  const shim = isShimmed(obj);
  const uses: TlsUse[] = [];
  list(record(obj.spec).tls).forEach((entry, i) => {
    const e = record(entry);
    const secretName = str(e.secretName) ?? '';
    if (secretName === '') return;
    const hosts: TlsHost[] = [];
    list(e.hosts).forEach((h, j) => {
      if (typeof h === 'string' && h !== '') hosts.push({ host: h, path: `spec.tls[${i}].hosts[${j}]` });
    });
    // The shim skips an entry without hosts (CM-S2): its Secret must come from elsewhere.
    uses.push({ obj, namespace, secretName, secretPath: `spec.tls[${i}].secretName`, hosts, shim: shim && hosts.length > 0 });
  });
  return uses;
}

function gatewayUses(obj: KubeObject): TlsUse[] {
  const namespace = metadataOf(obj).namespace ?? '';
  const shimmed = isShimmed(obj);
  const uses: TlsUse[] = [];
  list(record(obj.spec).listeners).forEach((value, l) => {
    const listener = record(value);
    if (!TLS_PROTOCOLS.includes(str(listener.protocol) ?? '')) return;
    const tls = record(listener.tls);
    if ((str(tls.mode) ?? 'Terminate') !== 'Terminate') return;
    const hostname = str(listener.hostname) ?? '';
    const hosts = hostname === '' ? [] : [{ host: hostname, path: `spec.listeners[${l}].hostname` }];
    const refs = list(tls.certificateRefs).map(record);
    // The shim skips the whole listener when any of its references is one it cannot write.
    const writable = refs.every((r) => ['', 'core'].includes(str(r.group) ?? '') && ['', 'Secret'].includes(str(r.kind) ?? 'Secret')
      && ((str(r.namespace) ?? '') === '' || str(r.namespace) === metadataOf(obj).namespace));
    const shim = shimmed && shimSkipsListener(obj, listener) === undefined && hostname !== '' && writable;
    refs.forEach((r, k) => {
      if ((str(r.group) ?? '') !== '' || (str(r.kind) ?? 'Secret') !== 'Secret') return;
      const secretName = str(r.name) ?? '';
      if (secretName === '') return;
      uses.push({
        obj,
        namespace: str(r.namespace) || namespace,
        secretName,
        secretPath: `spec.listeners[${l}].tls.certificateRefs[${k}]`,
        hosts,
        shim,
      });
    });
  });
  return uses;
}

/** Every TLS use of the Ingresses, Gateways and ListenerSets among `objects`, in input order. */
export function tlsUses(objects: readonly KubeObject[]): TlsUse[] {
  // A ListenerSet's listeners read like a Gateway's, and cert-manager's ListenerSet shim treats them alike.
  return objects.flatMap((obj) => (isIngress(obj) ? ingressUses(obj) : isGateway(obj) || isListenerSet(obj) ? gatewayUses(obj) : []));
}

/** `namespace/name` of a Secret: the key the edge rules index Secrets by. */
export const secretKey = (namespace: string, name: string): string => JSON.stringify([namespace, name]);

/** `Kind ns/name` for messages. */
export function describe(obj: KubeObject): string {
  const md = metadataOf(obj);
  return `${kindOf(obj)} ${md.namespace ? `${md.namespace}/` : ''}${md.name}`;
}

/** The DNS names of a Certificate's spec. */
export function certificateDnsNames(cert: KubeObject): string[] {
  return list(record(cert.spec).dnsNames).filter((n): n is string => typeof n === 'string');
}

/**
 * Whether a certificate name covers a host: equal (case-insensitively), or a wildcard that
 * stands for exactly one leftmost label of a non-wildcard host (RFC 6125 6.4.3).
 */
export function nameCovers(certName: string, host: string): boolean {
  const name = certName.toLowerCase();
  const h = host.toLowerCase();
  if (name === h) return true;
  if (!name.startsWith('*.') || h.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === name.slice(2);
}
