#!/usr/bin/env python
# The letsencrypt-ingress example in Python: a `letsencrypt-prod` ClusterIssuer answering HTTP-01
# through the nginx ingress class, and one Ingress for app.example.com and api.example.com with a
# Let's Encrypt certificate that renews itself, HTTPS only. Same YAML as ../main.ts.
from cdk8s import Chart
from cdk8s_plus_27 import Deployment, IngressBackend, ContainerProps, ServicePort
from cdk8s_tls import Http01Solver, IngressController, LetsEncryptIssuer, TlsApp, TlsIngress, TlsSource
from constructs import Construct


class LetsEncryptIngressChart(Chart):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id, namespace="web")

        letsencrypt = LetsEncryptIssuer.production(
            self, "letsencrypt",
            metadata={"name": "letsencrypt-prod"},
            cluster=True,
            email="platform@example.com",
            solvers=[Http01Solver.ingress(ingress_class_name="nginx")],
        )

        kuard = [ContainerProps(image="gcr.io/kuar-demo/kuard-amd64:1", port_number=8080)]
        app = Deployment(self, "app", metadata={"name": "app"}, containers=kuard)
        api = Deployment(self, "api", metadata={"name": "api"}, containers=kuard)

        web = TlsIngress(
            self, "web",
            metadata={"name": "web"},
            controller=IngressController.nginx(),
            # Renew at 33% of the lifetime Let's Encrypt decides (see ../main.ts for why not 30 days).
            tls=TlsSource.certificate(letsencrypt, metadata={"name": "web"}, secret_name="web-tls", renew_before_percentage=33),
        )
        web.add_host("app.example.com", backend=IngressBackend.from_service(
            app.expose_via_service(name="app", ports=[ServicePort(port=80, target_port=8080)])))
        web.add_host("api.example.com", backend=IngressBackend.from_service(
            api.expose_via_service(name="api", ports=[ServicePort(port=80, target_port=8080)])))


# TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
app = TlsApp()
LetsEncryptIngressChart(app, "letsencrypt-ingress")
app.synth()
