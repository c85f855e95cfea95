/* eslint-disable @typescript-eslint/no-require-imports */
// The apiVersion and kind of every custom resource the constructs write, from the generated L1
// classes of imports/ (so they follow the pinned CRDs). Those modules are megabytes of code of
// which the constructs need only these constants, so each is required when a construct first
// writes one of its kinds: an app that uses one construct does not load every generated import.
import type { GroupVersionKind } from 'cdk8s';
import type * as CertManagerIo from '../../imports/cert-manager.io';
import type * as GatewayApi from '../../imports/gateway.networking.k8s.io';
import type * as MonitoringCoreosCom from '../../imports/monitoring.coreos.com';
import type * as NetworkingIstioIo from '../../imports/networking.istio.io';
import type * as PolicyLinkerdIo from '../../imports/policy.linkerd.io';
import type * as SecurityIstioIo from '../../imports/security.istio.io';
import type * as TrustManagerIo from '../../imports/trust-manager.io';
import type * as TrustCertManagerIo from '../../imports/trust.cert-manager.io';

function lazy(read: () => GroupVersionKind): () => GroupVersionKind {
  let gvk: GroupVersionKind | undefined;
  return () => (gvk ??= read());
}

const certManagerIo = (): typeof CertManagerIo => require('../../imports/cert-manager.io');
const gatewayApi = (): typeof GatewayApi => require('../../imports/gateway.networking.k8s.io');
const monitoring = (): typeof MonitoringCoreosCom => require('../../imports/monitoring.coreos.com');
const istioNetworking = (): typeof NetworkingIstioIo => require('../../imports/networking.istio.io');
const istioSecurity = (): typeof SecurityIstioIo => require('../../imports/security.istio.io');
const linkerdPolicy = (): typeof PolicyLinkerdIo => require('../../imports/policy.linkerd.io');
const trustCertManager = (): typeof TrustCertManagerIo => require('../../imports/trust.cert-manager.io');
const trustManager = (): typeof TrustManagerIo => require('../../imports/trust-manager.io');

export const CERTIFICATE = lazy(() => certManagerIo().Certificate.GVK);
export const ISSUER = lazy(() => certManagerIo().Issuer.GVK);
export const CLUSTER_ISSUER = lazy(() => certManagerIo().ClusterIssuer.GVK);

export const GATEWAY = lazy(() => gatewayApi().Gateway.GVK);
export const HTTP_ROUTE = lazy(() => gatewayApi().HttpRoute.GVK);
export const REFERENCE_GRANT = lazy(() => gatewayApi().ReferenceGrantV1Beta1.GVK);
export const GRPC_ROUTE = lazy(() => gatewayApi().GrpcRoute.GVK);
export const TLS_ROUTE = lazy(() => gatewayApi().TlsRoute.GVK);
export const LISTENER_SET = lazy(() => gatewayApi().ListenerSet.GVK);
export const BACKEND_TLS_POLICY = lazy(() => gatewayApi().BackendTlsPolicy.GVK);

export const POD_MONITOR = lazy(() => monitoring().PodMonitor.GVK);
export const SERVICE_MONITOR = lazy(() => monitoring().ServiceMonitor.GVK);
export const PROMETHEUS_RULE = lazy(() => monitoring().PrometheusRule.GVK);

export const ISTIO_DESTINATION_RULE = lazy(() => istioNetworking().DestinationRule.GVK);
export const ISTIO_PEER_AUTHENTICATION = lazy(() => istioSecurity().PeerAuthentication.GVK);
export const ISTIO_AUTHORIZATION_POLICY = lazy(() => istioSecurity().AuthorizationPolicy.GVK);

export const LINKERD_SERVER = lazy(() => linkerdPolicy().ServerV1Beta3.GVK);
export const LINKERD_MESH_TLS_AUTHENTICATION = lazy(() => linkerdPolicy().MeshTlsAuthentication.GVK);
export const LINKERD_AUTHORIZATION_POLICY = lazy(() => linkerdPolicy().AuthorizationPolicy.GVK);

export const TRUST_BUNDLE = lazy(() => trustCertManager().Bundle.GVK);
export const TRUST_CLUSTER_BUNDLE = lazy(() => trustManager().ClusterBundle.GVK);
