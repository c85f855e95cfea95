import { Service } from 'cdk8s-plus-27';
import { TlsSource } from './tls-source';
import { IIssuer } from '../issuers/issuer';

/** Options of one host (and path) of a `TlsGateway` or `TlsListenerSet`. */
export interface TlsGatewayHostOptions {
  /** The Service requests go to. It must be in the namespace of the Gateway (or ListenerSet). */
  readonly backend: Service;
  /**
   * The Service port.
   * @default - the Service's first port
   */
  readonly port?: number;
  /**
   * The path prefix routed to the backend.
   * @default '/'
   */
  readonly path?: string;
  /**
   * Where this host's certificate comes from, when not the construct's default `tls`.
   * @default - the construct's `tls`
   */
  readonly tls?: TlsSource;
}

/** Options of a gRPC backend of a host (`addGrpcHost`). */
export interface TlsGatewayGrpcOptions {
  /** The Service the gRPC calls go to. It must be in the namespace of the Gateway (or ListenerSet). */
  readonly backend: Service;
  /**
   * The Service port.
   * @default - the Service's first port
   */
  readonly port?: number;
  /**
   * The fully qualified gRPC service routed to the backend, e.g. `helloworld.Greeter`.
   * @default - every service
   */
  readonly service?: string;
  /**
   * A method of `service` (needs `service`).
   * @default - every method
   */
  readonly method?: string;
  /**
   * Where this host's certificate comes from, when not the construct's default `tls`.
   * @default - the construct's `tls`
   */
  readonly tls?: TlsSource;
}

/** Options of a TLS passthrough host (`addPassthroughHost`). */
export interface TlsPassthroughHostOptions {
  /** The Service that terminates TLS itself. It must be in the namespace of the Gateway (or ListenerSet). */
  readonly backend: Service;
  /**
   * The Service port.
   * @default - the Service's first port
   */
  readonly port?: number;
  /**
   * The port of the Gateway's TLS listener. Implementations that cannot mix HTTPS and TLS
   * listeners on one port need another one here.
   * @default 443
   */
  readonly listenerPort?: number;
  /**
   * Issue the backend's serving certificate for the hostname from this issuer, in the backend's
   * namespace (mount it with `certificate.mount(workload)`).
   * @default - the backend brings its own certificate
   */
  readonly issuer?: IIssuer;
}
