import { TlsGatewayGrpcOptions, TlsGatewayHostOptions, TlsPassthroughHostOptions } from './gateway-host-options';
import type { GatewayListeners } from './gateway-listeners';
import { Certificate } from '../certificates/certificate';
import { TlsResource } from '../core/tls-resource';

/**
 * What `TlsGateway` and `TlsListenerSet` share: hosts served over HTTPS (`addHost`), gRPC over
 * the same HTTPS listeners (`addGrpcHost`), and TLS passed through to backends
 * (`addPassthroughHost`), each on a listener of its own.
 */
export abstract class GatewayListenerHosts extends TlsResource {
  /** @internal */
  protected abstract readonly _listeners: GatewayListeners;

  /**
   * The Certificates created for the hosts (in the order their sources were first used), then
   * the passthrough backends'.
   */
  public get certificates(): Certificate[] {
    return this._listeners.certificates;
  }

  /**
   * Serves `hostname` (a DNS name or a `*.` wildcard) over HTTPS on its own listener and routes
   * a path of it to a backend. Call it again for more paths of the same host.
   */
  public addHost(hostname: string, options: TlsGatewayHostOptions): void {
    this._listeners.addHttpPath(hostname, options);
  }

  /**
   * Routes gRPC calls to `hostname` (over HTTPS, HTTP/2) to a backend with a `GRPCRoute` on the
   * host's HTTPS listener, which it shares with `addHost`. Call it again for more services.
   */
  public addGrpcHost(hostname: string, options: TlsGatewayGrpcOptions): void {
    this._listeners.addGrpcRule(hostname, options);
  }

  /**
   * Passes TLS for `hostname` through to a backend that terminates it itself (a database, a
   * service with its own certificates): a `TLS` listener in `Passthrough` mode, routed by SNI with
   * a `TLSRoute`. With `issuer`, returns the backend's serving certificate for the hostname.
   */
  public addPassthroughHost(hostname: string, options: TlsPassthroughHostOptions): Certificate | undefined {
    return this._listeners.addPassthrough(hostname, options);
  }
}
