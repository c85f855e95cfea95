#!/usr/bin/env python
# The istio-strict-mtls example in Python: a namespace with STRICT mutual TLS, default deny, and one
# service allowed to call another. Same YAML as ../main.ts.
import cdk8s_plus_27 as kplus
from cdk8s import Chart
from cdk8s_tls import MeshMtlsPolicy, MeshScope, ServiceMesh, TlsApp
from constructs import Construct


def container(image: str) -> kplus.ContainerProps:
    return kplus.ContainerProps(
        image=image, port_number=8080,
        security_context=kplus.ContainerSecurityContextProps(user=1000, group=1000),
    )


class IstioStrictMtlsChart(Chart):
    def __init__(self, scope: Construct, id: str, namespace: kplus.Namespace):
        super().__init__(scope, id, namespace=namespace.name)

        frontend_account = kplus.ServiceAccount(self, "frontend-sa", metadata={"name": "frontend"})
        api_account = kplus.ServiceAccount(self, "api-sa", metadata={"name": "api"})
        api = kplus.Deployment(self, "api", metadata={"name": "api"}, service_account=api_account,
                               containers=[container("ghcr.io/example/api:1.4.2")])
        api_service = api.expose_via_service(name="api", ports=[kplus.ServicePort(port=8080)])
        kplus.Deployment(self, "frontend", metadata={"name": "frontend"}, service_account=frontend_account,
                         containers=[container("ghcr.io/example/frontend:2.0.1")])

        # STRICT PeerAuthentication and a default-deny AuthorizationPolicy for the namespace.
        mtls = MeshMtlsPolicy(self, "mtls", mesh=ServiceMesh.ISTIO, scope=MeshScope.namespace(namespace))
        # The frontend (and only the frontend) may call the API's HTTP routes.
        mtls.allow_from(frontend_account, methods=["GET", "POST"], paths=["/api/*"], ports=[8080])
        # Clients use Istio mutual TLS toward the API.
        mtls.add_destination(api_service)


# TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
app = TlsApp()
# Cluster-scoped objects go in a chart without a namespace.
namespaces = Chart(app, "namespaces")
shop = kplus.Namespace(namespaces, "shop", metadata={"name": "shop", "labels": {"istio-injection": "enabled"}})
IstioStrictMtlsChart(app, "istio-strict-mtls", shop)
app.synth()
