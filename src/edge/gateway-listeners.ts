// The HTTPS listeners of a Gateway or a ListenerSet, with their certificates, routes and
// ReferenceGrants: what TlsGateway and TlsListenerSet share. Internal: the constructs expose it
// through addHost, addGrpcHost and addPassthroughHost.
import { ApiObject, ApiObjectMetadata, Chart, Lazy } from 'cdk8s';
import { Service } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { TlsGatewayGrpcOptions, TlsGatewayHostOptions, TlsPassthroughHostOptions } from './gateway-host-options';
import { HstsOptions, hstsValue } from './ingress-controller';
import { TlsSource, TlsSourceBinding } from './tls-source';
import { Certificate } from '../certificates/certificate';
import * as kinds from '../core/custom-resource-kinds';
import { validateWithRules } from '../core/rule-validation';
import { SHIM } from '../rules/edge/annotations';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** The metadata of a Gateway or ListenerSet, with the annotations of its TLS source (cert-manager's shim). */
export function withSourceAnnotations(kind: 'Gateway' | 'ListenerSet', metadata: ApiObjectMetadata | undefined, tls: TlsSource | undefined): ApiObjectMetadata {
  return { ...metadata, annotations: { ...metadata?.annotations, ...tls?._annotations(kind) } };
}

/** What the listeners are attached to. @internal */
export interface ListenerParent {
  readonly kind: 'Gateway' | 'ListenerSet';
  readonly tls?: TlsSource;
  readonly hsts?: HstsOptions;
  readonly apiObject: ApiObject;
  /** The parent Gateway's shim annotations reach these listeners (cert-manager's ListenerSet shim). */
  readonly inheritsShim?: boolean;
}

interface Host {
  readonly hostname: string;
  readonly listenerName: string;
  readonly source: TlsSource;
  readonly binding: TlsSourceBinding;
  httpRules?: Record<string, unknown>[];
  grpcRules?: Record<string, unknown>[];
}

interface PassthroughHost {
  readonly hostname: string;
  readonly listenerName: string;
  readonly port: number;
}

/** A listener name from a hostname: `https-app-example-com`, `https-wildcard-example-com`. */
function listenerNameOf(prefix: string, hostname: string): string {
  return `${prefix}-${hostname.replace(/^\*\./, 'wildcard.').replace(/\./g, '-').toLowerCase()}`;
}

/** @internal */
export class GatewayListeners {
  private readonly hosts: Host[] = [];
  private readonly passthrough: PassthroughHost[] = [];
  private readonly bindings = new Map<TlsSource, TlsSourceBinding>();
  private readonly backendCertificates: Certificate[] = [];
  private readonly grants = new Set<string>();

  constructor(private readonly owner: Construct, private readonly parent: ListenerParent) {}

  get name(): string {
    return this.parent.apiObject.name;
  }

  get namespace(): string | undefined {
    return this.parent.apiObject.metadata.namespace ?? Chart.of(this.owner).namespace;
  }

  /** The parentRef of a route attached to one listener. */
  parentRef(sectionName: string): Record<string, unknown> {
    return this.parent.kind === 'Gateway'
      ? { name: this.name, sectionName }
      : { group: GATEWAY_GROUP, kind: 'ListenerSet', name: this.name, sectionName };
  }

  get certificates(): Certificate[] {
    return [...[...this.bindings.values()].flatMap((b) => (b.certificate ? [b.certificate] : [])), ...this.backendCertificates];
  }

  get hostnames(): string[] {
    return this.hosts.map((h) => h.hostname);
  }

  get listenerCount(): number {
    return this.hosts.length + this.passthrough.length;
  }

  addHttpPath(hostname: string, options: TlsGatewayHostOptions): void {
    const host = this.hostFor('addHost', hostname, options.backend, options.tls);
    if (!host.httpRules) {
      const rules: Record<string, unknown>[] = [];
      host.httpRules = rules;
      this.route(`Route-${host.listenerName}`, kinds.HTTP_ROUTE(), host, rules);
    }
    host.httpRules.push({
      matches: [{ path: { type: 'PathPrefix', value: options.path ?? '/' } }],
      filters: [{ type: 'ResponseHeaderModifier', responseHeaderModifier: { set: [{ name: 'Strict-Transport-Security', value: hstsValue(this.parent.hsts ?? {}) }] } }],
      backendRefs: [{ name: options.backend.name, port: options.port ?? options.backend.port }],
    });
  }

  addGrpcRule(hostname: string, options: TlsGatewayGrpcOptions): void {
    if (options.method !== undefined && options.service === undefined) {
      throw new Error(`${this.owner.node.path}: addGrpcHost: method "${options.method}" needs the service it belongs to`);
    }
    const host = this.hostFor('addGrpcHost', hostname, options.backend, options.tls);
    if (!host.grpcRules) {
      const rules: Record<string, unknown>[] = [];
      host.grpcRules = rules;
      this.route(`GrpcRoute-${host.listenerName}`, kinds.GRPC_ROUTE(), host, rules);
    }
    const method = options.service === undefined ? undefined
      : { type: 'Exact', service: options.service, ...(options.method !== undefined ? { method: options.method } : {}) };
    host.grpcRules.push({
      ...(method ? { matches: [{ method }] } : {}),
      backendRefs: [{ name: options.backend.name, port: options.port ?? options.backend.port }],
    });
  }

  addPassthrough(hostname: string, options: TlsPassthroughHostOptions): Certificate | undefined {
    if (hostname === '') throw new Error(`${this.owner.node.path}: addPassthroughHost: the hostname is empty; a TLS listener routes by SNI and needs one`);
    this.checkBackendNamespace(options.backend);
    if (this.passthrough.some((p) => p.hostname === hostname) || this.hosts.some((h) => h.hostname === hostname)) {
      throw new Error(`${this.owner.node.path}: addPassthroughHost: "${hostname}" is already served; a hostname is either passed through or terminated, once`);
    }
    const listenerName = this.uniqueListenerName(listenerNameOf('tls', hostname));
    const port = options.listenerPort ?? 443;
    this.passthrough.push({ hostname, listenerName, port });
    const route = new ApiObject(this.owner, `TlsRoute-${listenerName}`, {
      ...kinds.TLS_ROUTE(),
      metadata: { namespace: this.namespace },
      spec: Lazy.any({
        produce: () => ({
          parentRefs: [this.parentRef(listenerName)],
          hostnames: [hostname],
          rules: [{ backendRefs: [{ name: options.backend.name, port: options.port ?? options.backend.port }] }],
        }),
      }),
    });
    validateWithRules(this.owner, route);
    if (!options.issuer) return undefined;
    const certificate = new Certificate(this.owner, `BackendCertificate-${listenerName}`, {
      metadata: { namespace: options.backend.metadata.namespace ?? Chart.of(options.backend).namespace },
      issuer: options.issuer,
      dnsNames: [hostname],
    });
    this.backendCertificates.push(certificate);
    return certificate;
  }

  /** The HTTPRoute that redirects the hosts' plain HTTP to HTTPS (301), on the HTTP listeners `parentRefs` names. */
  redirectRoute(parentRefs: () => Record<string, unknown>[]): ApiObject {
    const route = new ApiObject(this.owner, 'HttpsRedirect', {
      ...kinds.HTTP_ROUTE(),
      metadata: { namespace: this.namespace },
      spec: Lazy.any({
        produce: () => ({
          parentRefs: parentRefs(),
          hostnames: this.hostnames,
          rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }],
        }),
      }),
    });
    validateWithRules(this.owner, route);
    return route;
  }

  /** The listeners, HTTPS then TLS passthrough, in the order they were added. */
  renderListeners(): Record<string, unknown>[] {
    return [
      ...this.hosts.map((h) => ({
        name: h.listenerName,
        hostname: h.hostname,
        protocol: 'HTTPS',
        port: 443,
        tls: {
          mode: 'Terminate',
          certificateRefs: [{ group: '', kind: 'Secret', name: h.binding.secretName, ...(h.binding.secretNamespace !== undefined ? { namespace: h.binding.secretNamespace } : {}) }],
        },
      })),
      ...this.passthrough.map((p) => ({ name: p.listenerName, hostname: p.hostname, protocol: 'TLS', port: p.port, tls: { mode: 'Passthrough' } })),
    ];
  }

  /** The listener names used so far, so the owner can reserve its own (e.g. `http`). */
  private uniqueListenerName(base: string): string {
    const taken = (name: string) => this.hosts.some((h) => h.listenerName === name) || this.passthrough.some((p) => p.listenerName === name);
    // Distinct hosts can mangle to one name (app.example.com, app-example.com): listener names are unique.
    let name = base;
    for (let n = 2; taken(name); n++) name = `${base}-${n}`;
    return name;
  }

  private checkBackendNamespace(backend: Service): void {
    const backendNs = backend.metadata.namespace ?? Chart.of(backend).namespace;
    if (backendNs !== this.namespace) {
      throw new Error(`${this.owner.node.path}: the backend Service ${backend.name} is in namespace "${backendNs ?? ''}", not the ${this.parent.kind}'s ("${this.namespace ?? ''}"); `
        + `create it in the ${this.parent.kind}'s namespace (a cross-namespace backend needs its own ReferenceGrant)`);
    }
  }

  private hostFor(method: string, hostname: string, backend: Service, tls: TlsSource | undefined): Host {
    if (hostname === '') throw new Error(`${this.owner.node.path}: ${method}: the hostname is empty; an HTTPS listener needs one`);
    this.checkBackendNamespace(backend);
    if (this.passthrough.some((p) => p.hostname === hostname)) {
      throw new Error(`${this.owner.node.path}: ${method}: "${hostname}" is passed through to its backend (addPassthroughHost); a hostname is either passed through or terminated`);
    }
    const host = this.hosts.find((h) => h.hostname === hostname);
    if (host && tls && tls !== host.source) {
      throw new Error(`${this.owner.node.path}: host "${hostname}" was added with another TLS source before; a host has one certificate`);
    }
    return host ?? this.createHost(hostname, tls ?? this.parent.tls);
  }

  private createHost(hostname: string, source: TlsSource | undefined): Host {
    const path = this.owner.node.path;
    if (!source) throw new Error(`${path}: host "${hostname}" has no TLS source; give the ${this.parent.kind === 'Gateway' ? 'TlsGateway' : 'TlsListenerSet'} a tls source or the host its own tls`);
    if (source._objectWide && source !== this.parent.tls) {
      throw new Error(`${path}: a TlsSource.shim applies to the whole ${this.parent.kind} (its annotations); pass it as the construct's tls, not per host`);
    }
    const listenerName = this.uniqueListenerName(listenerNameOf('https', hostname));
    let binding = this.bindings.get(source);
    if (binding) {
      binding.addHost(hostname);
    } else {
      const n = [...this.bindings.values()].filter((b) => b.certificate).length;
      binding = source._bind({ owner: this.owner, kind: this.parent.kind, name: this.name, namespace: this.namespace, certificateId: n === 0 ? 'Certificate' : `Certificate${n + 1}` }, hostname);
      this.bindings.set(source, binding);
    }
    if (binding.secretNamespace !== undefined) this.grantSecret(binding.secretName, binding.secretNamespace);
    if ((this.parent.tls?._objectWide || this.parent.inheritsShim) && !source._objectWide) {
      // Otherwise the shim also issues a Certificate for this listener's Secret.
      const ignored = [...this.hosts.filter((h) => h.source !== this.parent.tls).map((h) => h.listenerName), listenerName];
      this.parent.apiObject.metadata.addAnnotation(SHIM.ignoreTlsListeners, ignored.join(','));
    }
    const host: Host = { hostname, listenerName, source, binding };
    this.hosts.push(host);
    return host;
  }

  private route(id: string, gvk: { apiVersion: string; kind: string }, host: Host, rules: Record<string, unknown>[]): void {
    const route = new ApiObject(this.owner, id, {
      ...gvk,
      metadata: { namespace: this.namespace },
      spec: Lazy.any({ produce: () => ({ parentRefs: [this.parentRef(host.listenerName)], hostnames: [host.hostname], rules }) }),
    });
    // The routes are this construct's objects too: their findings (schema: a backend port or
    // path the API server rejects) fail synth here.
    validateWithRules(this.owner, route);
  }

  /** A ReferenceGrant in the Secret's namespace that lets this Gateway's (ListenerSet's) namespace read it. */
  private grantSecret(secretName: string, secretNamespace: string): void {
    const fromNs = this.namespace;
    if (fromNs === undefined) {
      throw new Error(`${this.owner.node.path}: the ${this.parent.kind} has no namespace, so a ReferenceGrant for Secret ${secretNamespace}/${secretName} cannot name it; `
        + `set the chart's or the ${this.parent.kind}'s namespace`);
    }
    const key = `${secretNamespace}/${secretName}`;
    if (this.grants.has(key)) return;
    this.grants.add(key);
    // v1beta1: served by every Gateway API release since v0.6 (v1 only since v1.5) and the storage
    // version of the pinned CRDs.
    const grant = new ApiObject(this.owner, `ReferenceGrant-${secretNamespace}-${secretName}`, {
      ...kinds.REFERENCE_GRANT(),
      metadata: { namespace: secretNamespace },
      spec: {
        from: [{ group: GATEWAY_GROUP, kind: this.parent.kind, namespace: fromNs }],
        to: [{ group: '', kind: 'Secret', name: secretName }],
      },
    });
    validateWithRules(this.owner, grant);
  }
}
