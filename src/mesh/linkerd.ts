import { Workload } from 'cdk8s-plus-27';

/** Linkerd's default inbound policies (annotation `config.linkerd.io/default-inbound-policy`). */
export enum LinkerdInboundPolicy {
  /** Only clients with a mesh identity (mutual TLS), from anywhere. */
  ALL_AUTHENTICATED = 'all-authenticated',
  /** Only clients with a mesh identity from the cluster networks. */
  CLUSTER_AUTHENTICATED = 'cluster-authenticated',
  /** Nothing unless a Server and an AuthorizationPolicy allow it. */
  DENY = 'deny',
  /** Any client, plaintext included, from the cluster networks (the library warns). */
  CLUSTER_UNAUTHENTICATED = 'cluster-unauthenticated',
  /** Any client, plaintext included, from anywhere: Linkerd's install default (the library warns). */
  ALL_UNAUTHENTICATED = 'all-unauthenticated',
  /** Everything is allowed and denials are only logged (the library warns). */
  AUDIT = 'audit',
}

/** How Linkerd treats a Server's traffic (`proxyProtocol`). */
export enum LinkerdProxyProtocol {
  UNKNOWN = 'unknown',
  HTTP1 = 'HTTP/1',
  HTTP2 = 'HTTP/2',
  GRPC = 'gRPC',
  OPAQUE = 'opaque',
  TLS = 'TLS',
}

/** A port of the workloads that Linkerd authorizes (`MeshMtlsPolicy.addServer`). */
export interface LinkerdServerOptions {
  /** The container port number. */
  readonly port: number;
  /**
   * The pods: a cdk8s-plus workload (its pod selector).
   * @default - the policy's workloads, or every pod of its namespace
   */
  readonly workload?: Workload;
  /**
   * The protocol, when Linkerd should not detect it.
   * @default - detected (`unknown`)
   */
  readonly proxyProtocol?: LinkerdProxyProtocol;
}
