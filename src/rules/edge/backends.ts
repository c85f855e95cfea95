// Routing that cannot work, although each object is valid:
//
// TLS-R1 an Ingress backend that is a Service in another namespace: an Ingress routes only to
//        Services of its own namespace (networking.k8s.io/v1 has no backend namespace)
// TLS-R2 a backend port the Service does not expose (Ingress, Gateway API HTTPRoute): the
//        controller has no endpoint for it and answers 503 (ingress-nginx) or 500 (Gateway API,
//        ResolvedRefs=False)
//
// Services are indexed once by namespace and name; namespace-less objects (GitOps tools set the
// namespace) match namespace-less Services.
import { GATEWAY_GROUP, describe, isIngress } from './tls-uses';
import { AuditMode, RuleContext } from '../context';
import { KubeObject, apiGroupOf, isRecord, kindOf, list, metadataOf, record, str } from '../object';
import { Reporter } from '../report';
import { CrossCheck } from '../rule';
import { containsPlaceholder, isPlaceholder } from '../util/placeholder';

const key = (namespace: string, name: string): string => JSON.stringify([namespace, name]);

class ServiceIndex {
  private readonly byKey = new Map<string, KubeObject>();
  private readonly namespacesByName = new Map<string, Set<string>>();

  constructor(objects: readonly KubeObject[]) {
    for (const obj of objects) {
      if (apiGroupOf(obj) !== '' || kindOf(obj) !== 'Service') continue;
      const md = metadataOf(obj);
      const k = key(md.namespace ?? '', md.name);
      if (!this.byKey.has(k)) this.byKey.set(k, obj);
      const seen = this.namespacesByName.get(md.name) ?? new Set<string>();
      seen.add(md.namespace ?? '');
      this.namespacesByName.set(md.name, seen);
    }
  }

  /** The Service `name` a backend in `namespace` reaches; a namespace-less one stands in when the namespace is left to the GitOps tool. */
  find(namespace: string, name: string): KubeObject | undefined {
    return this.byKey.get(key(namespace, name)) ?? (namespace === '' ? undefined : this.byKey.get(key('', name)));
  }

  /** Namespaces that hold a Service of this name. */
  namespacesOf(name: string): string[] {
    return [...(this.namespacesByName.get(name) ?? [])].sort();
  }
}

/** The Service's ports, or undefined when they cannot be judged (ExternalName, unset, placeholders). */
function exposedPorts(service: KubeObject): { numbers: number[]; names: string[] } | undefined {
  const spec = record(service.spec);
  if (str(spec.type) === 'ExternalName') return undefined;
  const ports = list(spec.ports).map(record);
  // a port filled in later (port: ${PORT}) could be the one asked for
  if (ports.length === 0 || ports.some((p) => typeof p.port !== 'number' || containsPlaceholder(p.name))) return undefined;
  return {
    numbers: ports.map((p) => p.port).filter((n): n is number => typeof n === 'number'),
    names: ports.map((p) => str(p.name)).filter((n): n is string => n !== undefined),
  };
}

function describePorts(ports: { numbers: number[]; names: string[] }): string {
  return ports.numbers.map((n, i) => (ports.names[i] ? `${n} (${ports.names[i]})` : `${n}`)).join(', ');
}

/** TLS-R2 for one backend reference. */
function checkPort(report: Reporter, service: KubeObject, port: { number?: unknown; name?: unknown }, path: string, status: string): void {
  const ports = exposedPorts(service);
  if (!ports) return;
  const svc = describe(service);
  if (typeof port.number === 'number') {
    if (ports.numbers.includes(port.number)) return;
    report.error('TLS-R2', path, `${path}: ${svc} exposes port(s) ${describePorts(ports)}, not ${port.number}, so ${status}; `
      + 'use one of the Service\'s ports (spec.ports[].port, not the container\'s targetPort)');
  } else if (typeof port.name === 'string' && port.name !== '' && !isPlaceholder(port.name)) {
    if (ports.names.includes(port.name)) return;
    report.error('TLS-R2', path, `${path}: ${svc} has no port named ${JSON.stringify(port.name)} (its ports: ${describePorts(ports)}), so ${status}; `
      + 'use the name of one of the Service\'s ports');
  }
}

/** TLS-R1: the backend Service exists in the set only in other namespaces. */
function checkIngressNamespace(ctx: RuleContext, report: Reporter, services: ServiceIndex, ingress: KubeObject, name: string, path: string): void {
  const namespace = metadataOf(ingress).namespace;
  if (namespace === undefined || isPlaceholder(namespace)) return;
  const elsewhere = services.namespacesOf(name);
  if (elsewhere.length === 0 || elsewhere.includes(namespace) || elsewhere.some((ns) => ns === '' || isPlaceholder(ns))) return;
  const where = elsewhere.map((ns) => `"${ns}"`).join(', ');
  const message = `${path}: Service "${name}" is in namespace ${where}, but an Ingress routes only to Services of its own namespace ("${namespace}"), `
    + 'so the controller finds no such Service and answers 503; put the Ingress in the Service\'s namespace, or route through a Gateway API HTTPRoute '
    + '(a backendRef may name another namespace when a ReferenceGrant there allows it)';
  if (ctx.mode === AuditMode.APP) report.error('TLS-R1', path, message);
  else report.warning('TLS-R1', path, message.replace('so the controller finds', 'so, unless a Service of that name exists there too, the controller finds'));
}

function checkIngress(ctx: RuleContext, report: Reporter, services: ServiceIndex, ingress: KubeObject): void {
  if (ingress.apiVersion !== 'networking.k8s.io/v1') return;
  const namespace = metadataOf(ingress).namespace ?? '';
  const spec = record(ingress.spec);
  const backends: { backend: unknown; path: string }[] = [{ backend: spec.defaultBackend, path: 'spec.defaultBackend' }];
  list(spec.rules).forEach((rule, i) => list(record(record(rule).http).paths).forEach((p, j) => {
    backends.push({ backend: record(p).backend, path: `spec.rules[${i}].http.paths[${j}].backend` });
  }));
  for (const { backend, path } of backends) {
    const service = record(backend).service;
    if (!isRecord(service)) continue;
    const name = str(service.name);
    if (!name || isPlaceholder(name)) continue;
    if (service.namespace !== undefined) {
      report.error('TLS-R1', `${path}.service.namespace`, `${path}.service.namespace: an Ingress backend has no namespace: it is always a Service of the Ingress's own namespace `
        + '(kubectl apply refuses the unknown field); put the Ingress in the Service\'s namespace, or route through a Gateway API HTTPRoute with a ReferenceGrant');
      continue;
    }
    const target = services.find(namespace, name);
    if (!target) {
      checkIngressNamespace(ctx, report, services, ingress, name, `${path}.service.name`);
      continue;
    }
    checkPort(report, target, record(service.port), `${path}.service.port`, 'the controller has no endpoint for this path and answers 503');
  }
}

function checkHttpRoute(report: Reporter, services: ServiceIndex, route: KubeObject): void {
  const namespace = metadataOf(route).namespace ?? '';
  list(record(route.spec).rules).forEach((rule, i) => list(record(rule).backendRefs).forEach((value, j) => {
    const ref = record(value);
    if ((str(ref.group) ?? '') !== '' || (str(ref.kind) ?? 'Service') !== 'Service') return;
    const name = str(ref.name);
    if (!name || isPlaceholder(name)) return;
    const target = services.find(str(ref.namespace) || namespace, name);
    if (!target) return;
    checkPort(report, target, { number: ref.port }, `spec.rules[${i}].backendRefs[${j}].port`,
      'the route\'s backend does not resolve (ResolvedRefs=False) and the Gateway answers 500 for its share of the requests');
  }));
}

const backendRules: CrossCheck = (ctx, reporterFor) => {
  const services = new ServiceIndex(ctx.objects);
  for (const obj of ctx.objects) {
    if (isIngress(obj)) checkIngress(ctx, reporterFor(obj), services, obj);
    else if (apiGroupOf(obj) === GATEWAY_GROUP && kindOf(obj) === 'HTTPRoute') checkHttpRoute(reporterFor(obj), services, obj);
  }
};

export const BACKEND_CROSS_CHECKS: readonly CrossCheck[] = [backendRules];
