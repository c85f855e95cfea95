#!/usr/bin/env python
# The platform example in Python: development, staging and production from one codebase, each its
# own app with a platform chart and one chart per team. Same YAML as ../main.ts.
#
# PLATFORM_ENV=development|staging|production synthesizes one environment; without it all three
# are written (files prefixed by the environment).
import os

from cdk8s import Chart
from cdk8s_plus_27 import ContainerProps, Deployment, IngressBackend, ServicePort
from cdk8s_tls import (
    CertificatePlatform, Dns01Solver, Http01Solver, PlatformEnvironment, ServiceMesh, TlsApp,
)
from constructs import Construct

# Environment settings: the only place where the three differ (in the order of PlatformEnvironment).
ENVIRONMENTS = {
    "development": (PlatformEnvironment.DEVELOPMENT, "dev.example.com"),
    "staging": (PlatformEnvironment.STAGING, "staging.example.com"),
    "production": (PlatformEnvironment.PRODUCTION, "example.com"),
}


class PlatformChart(Chart):
    def __init__(self, scope: Construct, id: str, environment: PlatformEnvironment, domain: str):
        super().__init__(scope, id)
        self.platform = CertificatePlatform(
            self, "tls",
            environment=environment,
            install_cert_manager=False,
            mesh=ServiceMesh.ISTIO,
            acme_email="platform@example.com",
            acme_solvers=[
                # Names of the Ingress hosts: HTTP-01 through ingress-nginx.
                Http01Solver.ingress(ingress_class_name="nginx"),
                # The API gateway's zone (and any wildcard): DNS-01 in Route 53, with the controller's IRSA role.
                Dns01Solver.route53(region="eu-west-1", selector={"dns_zones": [f"api.{domain}"]}),
            ],
            private_ca={
                "common_name": "example development CA",
                # A leaked development CA key can only sign development names.
                "name_constraints": {"critical": True, "permitted": {"dns_domains": [domain, "svc.cluster.local"]}},
            },
        )


def web_deployment(scope: Construct, id: str, name: str, namespace: str) -> Deployment:
    return Deployment(scope, id, metadata={"name": name, "namespace": namespace},
                      containers=[ContainerProps(image="gcr.io/kuar-demo/kuard-amd64:1", port_number=8080)])


class ShopChart(Chart):
    """A team's app: the same code in every environment."""

    def __init__(self, scope: Construct, id: str, platform: CertificatePlatform, domain: str):
        super().__init__(scope, id)
        tenant = platform.add_tenant(self, "tenant", namespace="shop")
        web = web_deployment(self, "web", "web", "shop")
        service = web.expose_via_service(name="web", ports=[ServicePort(port=80, target_port=8080)])
        tenant.tls_ingress("web", metadata={"name": "web"}).add_host(
            f"shop.{domain}", backend=IngressBackend.from_service(service))
        # The ingress controller's namespace may call the shop over mTLS.
        if tenant.mesh_policy is not None:
            tenant.mesh_policy.allow_from_namespace("ingress-nginx", ports=[8080])


class PaymentsChart(Chart):
    def __init__(self, scope: Construct, id: str, platform: CertificatePlatform, domain: str):
        super().__init__(scope, id)
        tenant = platform.add_tenant(self, "tenant", namespace="payments")
        api = web_deployment(self, "api", "api", "payments")
        service = api.expose_via_service(name="api", ports=[ServicePort(port=80, target_port=8080)])
        gateway = tenant.tls_gateway("gateway", metadata={"name": "api"}, gateway_class_name="istio")
        gateway.add_host(f"payments.api.{domain}", backend=service)
        # A client certificate for the payment provider's mTLS callback, from the same issuer.
        tenant.certificate("provider-client", metadata={"name": "provider-client"},
                           dns_names=[f"callback.api.{domain}"], client_auth=True)


selected = os.environ.get("PLATFORM_ENV")
for name, (environment, domain) in ENVIRONMENTS.items():
    if selected and selected != name:
        continue
    app = TlsApp()
    platform_chart = PlatformChart(app, f"{name}-platform", environment, domain)
    ShopChart(app, f"{name}-shop", platform_chart.platform, domain)
    PaymentsChart(app, f"{name}-payments", platform_chart.platform, domain)
    app.synth()
