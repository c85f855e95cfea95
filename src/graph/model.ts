// The TLS topology of a set of manifests: who issues which certificate, which Secret it writes, and
// who reads that Secret (Ingress TLS entries, Gateway and ListenerSet listeners, pod volumes, trust
// bundles, CA injection, mesh gateways and destination rules). Broken links are part of the model.
import { CM_GROUP, certificateDnsNames, isCertificate, isShimmed, nameCovers, shimIssuerRef, tlsUses } from '../rules/edge/tls-uses';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../rules/object';
import { INJECT_CA_FROM, INJECT_CA_FROM_SECRET } from '../rules/secrets/ca-injection';

export type NodeRole = 'issuer' | 'certificate' | 'secret' | 'consumer' | 'bundle';

export interface GraphNode {
  readonly id: string;
  readonly role: NodeRole;
  /** `Kind namespace/name`, plus a detail (listener name, hosts). */
  readonly label: string;
  /** Why the node is broken (missing, written twice); undefined when it is fine. */
  broken?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** Why the link is broken (a host the certificate does not cover); undefined when it is fine. */
  readonly broken?: string;
}

export interface TlsGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'];
const ISTIO_NETWORKING = 'networking.istio.io';
const TRUST_GROUPS = ['trust.cert-manager.io', 'trust-manager.io'];

const named = (kind: string, namespace: string | undefined, name: string) => `${kind} ${namespace ? `${namespace}/` : ''}${name}`;

/** Builds the graph; objects of kinds the graph does not know are left out. */
export function tlsGraph(objects: readonly KubeObject[]): TlsGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const node = (id: string, role: NodeRole, label: string): GraphNode => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, role, label };
      nodes.set(id, n);
    }
    return n;
  };
  const edge = (from: GraphNode, to: GraphNode, label: string, broken?: string) => {
    edges.push({ from: from.id, to: to.id, label, ...(broken ? { broken } : {}) });
  };

  const issuers = new Map<string, KubeObject>();
  for (const obj of objects) {
    if (apiGroupOf(obj) !== CM_GROUP || (kindOf(obj) !== 'Issuer' && kindOf(obj) !== 'ClusterIssuer')) continue;
    const md = metadataOf(obj);
    const namespace = kindOf(obj) === 'Issuer' ? md.namespace ?? '' : '';
    issuers.set(`${kindOf(obj)}|${namespace}|${md.name}`, obj);
  }
  const secretNode = (namespace: string, name: string) => node(`secret|${namespace}|${name}`, 'secret', named('Secret', namespace, name));
  const issuerNode = (kind: string, namespace: string, name: string, group = CM_GROUP): GraphNode => {
    const ns = kind === 'ClusterIssuer' ? '' : namespace;
    const n = node(`issuer|${group}|${kind}|${ns}|${name}`, 'issuer', `${group === CM_GROUP ? '' : `${group} `}${named(kind, ns, name)}`);
    if (group === CM_GROUP && !issuers.has(`${kind}|${ns}|${name}`)) n.broken = 'missing: no such issuer in the input';
    return n;
  };

  // Issuers, and the CA Secret a CA issuer signs with.
  for (const [key, obj] of issuers) {
    const [kind, namespace, name] = key.split('|');
    const n = issuerNode(kind, namespace, name);
    const ca = str(record(record(obj.spec).ca).secretName);
    if (ca) edge(secretNode(kind === 'ClusterIssuer' ? 'cert-manager' : namespace, ca), n, 'signs with');
  }

  // Certificates: issuer -> certificate -> Secret.
  const writers = new Map<string, string[]>();
  const coveredNames = new Map<string, string[]>();
  const write = (secret: GraphNode, writer: string, names: string[]) => {
    const by = writers.get(secret.id) ?? [];
    // The shim makes one Certificate per Secret of an object, whatever the number of its listeners.
    if (!by.includes(writer)) writers.set(secret.id, [...by, writer]);
    coveredNames.set(secret.id, [...(coveredNames.get(secret.id) ?? []), ...names]);
  };
  for (const obj of objects.filter(isCertificate)) {
    const md = metadataOf(obj);
    const namespace = md.namespace ?? '';
    const spec = record(obj.spec);
    const cert = node(`certificate|${namespace}|${md.name}`, 'certificate', named('Certificate', namespace, md.name));
    const ref = record(spec.issuerRef);
    const group = str(ref.group) || CM_GROUP;
    const issuerName = str(ref.name);
    if (issuerName) edge(issuerNode(str(ref.kind) || 'Issuer', namespace, issuerName, group), cert, 'issues');
    const secretName = str(spec.secretName);
    if (secretName) {
      const secret = secretNode(namespace, secretName);
      edge(cert, secret, 'writes');
      write(secret, cert.label, certificateDnsNames(obj));
    }
  }

  // Ingress TLS entries and Gateway listeners (the cert-manager shim writes their Secret when annotated).
  // Ingresses, Gateways and ListenerSets (whose listeners read like a Gateway's).
  const uses = tlsUses(objects);
  for (const use of uses) {
    const md = metadataOf(use.obj);
    const listener = /^spec\.listeners\[(\d+)\]/.exec(use.secretPath);
    const listenerName = listener ? str(record(list(record(use.obj.spec).listeners)[Number(listener[1])]).name) : undefined;
    const consumer = node(`consumer|${kindOf(use.obj)}|${md.namespace ?? ''}|${md.name}${listenerName ? `|${listenerName}` : ''}`,
      'consumer', `${named(kindOf(use.obj), md.namespace, md.name)}${listenerName ? ` listener ${listenerName}` : ''}`);
    const secret = secretNode(use.namespace, use.secretName);
    if (use.shim && isShimmed(use.obj)) {
      const ref = shimIssuerRef(use.obj);
      const shim = `the annotations of ${named(kindOf(use.obj), md.namespace, md.name)}`;
      if (ref) edge(issuerNode(ref.kind, use.namespace, ref.name, ref.group), secret, 'issues via annotation');
      write(secret, shim, use.hosts.map((h) => h.host));
    }
    const hosts = use.hosts.map((h) => h.host);
    edge(secret, consumer, hosts.length ? hosts.join(', ') : 'serves');
  }

  // Pod volumes, Istio gateways and destination rules, trust bundles, CA injection.
  for (const obj of objects) {
    const md = metadataOf(obj);
    const namespace = md.namespace ?? '';
    const self = () => node(`consumer|${kindOf(obj)}|${namespace}|${md.name}`, kindOf(obj).endsWith('Bundle') ? 'bundle' : 'consumer', named(kindOf(obj), md.namespace, md.name));
    if (apiGroupOf(obj) === '' || ['apps', 'batch'].includes(apiGroupOf(obj))) {
      if (!WORKLOAD_KINDS.includes(kindOf(obj))) continue;
      for (const secretName of podSecretVolumes(obj)) edge(secretNode(namespace, secretName), self(), 'mounted');
    } else if (apiGroupOf(obj) === ISTIO_NETWORKING && kindOf(obj) === 'Gateway') {
      // Istio reads credentialName from the namespace of the gateway workload: usually the Gateway's.
      list(record(obj.spec).servers).forEach((server) => {
        const credential = str(record(record(server).tls).credentialName);
        const hosts = list(record(server).hosts).filter((h): h is string => typeof h === 'string').map((h) => h.replace(/^[^/]*\//, ''));
        if (credential) edge(secretNode(namespace, credential), self(), hosts.join(', ') || 'credentialName');
      });
    } else if (apiGroupOf(obj) === ISTIO_NETWORKING && kindOf(obj) === 'DestinationRule') {
      const credential = str(record(record(record(obj.spec).trafficPolicy).tls).credentialName);
      if (credential) edge(secretNode(namespace, credential), self(), 'client certificate');
    } else if (TRUST_GROUPS.includes(apiGroupOf(obj)) && kindOf(obj).endsWith('Bundle')) {
      const trustNamespace = 'cert-manager';
      for (const source of list(record(obj.spec).sources).map(record)) {
        const secret = record(source.secret);
        const name = str(secret.name);
        if (name) edge(secretNode(trustNamespace, name), self(), `source ${str(secret.key) ?? 'all keys'}`);
      }
      const target = record(record(obj.spec).target);
      const into = str(record(target.configMap).key) ?? str(record(target.secret).key);
      if (into) edge(self(), node(`consumer|bundle-target|${md.name}`, 'consumer', `ConfigMap ${md.name} (every selected namespace)`), `key ${into}`);
    }
    const fromCertificate = str(md.annotations[INJECT_CA_FROM]);
    const fromSecret = str(md.annotations[INJECT_CA_FROM_SECRET]);
    for (const [value, role] of [[fromCertificate, 'certificate'], [fromSecret, 'secret']] as const) {
      const parts = value?.split('/');
      if (!parts || parts.length !== 2) continue;
      const source = role === 'certificate'
        ? node(`certificate|${parts[0]}|${parts[1]}`, 'certificate', named('Certificate', parts[0], parts[1]))
        : secretNode(parts[0], parts[1]);
      if (role === 'certificate' && !objects.some((o) => isCertificate(o) && metadataOf(o).name === parts[1] && metadataOf(o).namespace === parts[0])) {
        source.broken = 'missing: no such Certificate in the input';
      }
      edge(source, self(), 'injects CA');
    }
  }

  // Broken links: Secrets written twice or by nobody, hosts no certificate of the Secret covers.
  const secretObjects = new Set(objects.filter((o) => apiGroupOf(o) === '' && kindOf(o) === 'Secret')
    .map((o) => `secret|${metadataOf(o).namespace ?? ''}|${metadataOf(o).name}`));
  for (const n of nodes.values()) {
    if (n.role !== 'secret') continue;
    const by = writers.get(n.id) ?? [];
    if (by.length > 1) n.broken = `written twice: ${by.join(' and ')}`;
    else if (by.length === 0 && !secretObjects.has(n.id) && edges.some((e) => e.from === n.id)) n.broken = 'missing: no Certificate writes it and no Secret is in the input';
  }
  const finalEdges = edges.map((e) => {
    const target = nodes.get(e.to)!;
    const names = coveredNames.get(e.from);
    if (target.role !== 'consumer' || !names || e.label === 'mounted' || e.label === 'injects CA' || e.label === 'client certificate') return e;
    const hosts = e.label.split(', ').filter((h) => h.includes('.'));
    const uncovered = hosts.filter((h) => !names.some((name) => nameCovers(name, h)));
    return uncovered.length ? { ...e, broken: `no certificate covers ${uncovered.join(', ')}` } : e;
  });
  const dedup = new Map(finalEdges.map((e) => [`${e.from}>${e.to}>${e.label}`, e]));
  return { nodes: [...nodes.values()], edges: [...dedup.values()] };
}

function podSecretVolumes(obj: KubeObject): string[] {
  const spec = record(obj.spec);
  const podSpec = kindOf(obj) === 'Pod' ? spec
    : kindOf(obj) === 'CronJob' ? record(record(record(record(spec.jobTemplate).spec).template).spec)
      : record(record(spec.template).spec);
  const names: string[] = [];
  for (const volume of list(podSpec.volumes).map(record)) {
    const name = str(record(volume.secret).secretName);
    if (name) names.push(name);
    for (const source of list(record(volume.projected).sources).map(record)) {
      const projected = str(record(source.secret).name);
      if (projected) names.push(projected);
    }
  }
  return names;
}
