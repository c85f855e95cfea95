// The platform example in Java: development, staging and production from one codebase, each its
// own app with a platform chart and one chart per team. Same YAML as ../main.ts.
//
// PLATFORM_ENV=development|staging|production synthesizes one environment; without it all three
// are written (files prefixed by the environment).
package com.example.platform;

import io.github.cdk8s_tls.CertificateOptions;
import io.github.cdk8s_tls.CertificatePlatform;
import io.github.cdk8s_tls.Dns01Solver;
import io.github.cdk8s_tls.Http01IngressSolverOptions;
import io.github.cdk8s_tls.Http01Solver;
import io.github.cdk8s_tls.MeshAllowOptions;
import io.github.cdk8s_tls.NameConstraintItems;
import io.github.cdk8s_tls.NameConstraints;
import io.github.cdk8s_tls.PlatformEnvironment;
import io.github.cdk8s_tls.PlatformTenant;
import io.github.cdk8s_tls.PlatformTenantOptions;
import io.github.cdk8s_tls.PrivateCaProps;
import io.github.cdk8s_tls.Route53SolverOptions;
import io.github.cdk8s_tls.ServiceMesh;
import io.github.cdk8s_tls.SolverSelector;
import io.github.cdk8s_tls.TlsApp;
import io.github.cdk8s_tls.TlsGateway;
import io.github.cdk8s_tls.TlsGatewayHostOptions;
import io.github.cdk8s_tls.TlsGatewayProps;
import io.github.cdk8s_tls.TlsIngressHostOptions;
import io.github.cdk8s_tls.TlsIngressProps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cdk8s.ApiObjectMetadata;
import org.cdk8s.Chart;
import org.cdk8s.plus27.ContainerProps;
import org.cdk8s.plus27.Deployment;
import org.cdk8s.plus27.DeploymentExposeViaServiceOptions;
import org.cdk8s.plus27.IngressBackend;
import org.cdk8s.plus27.Service;
import org.cdk8s.plus27.ServicePort;
import software.constructs.Construct;

public class Main {
  /** Environment settings: the only place where the three differ (in the order of PlatformEnvironment). */
  static final Map<String, PlatformEnvironment> ENVIRONMENTS = new LinkedHashMap<>();
  static final Map<String, String> DOMAINS = Map.of(
      "development", "dev.example.com", "staging", "staging.example.com", "production", "example.com");
  static {
    ENVIRONMENTS.put("development", PlatformEnvironment.DEVELOPMENT);
    ENVIRONMENTS.put("staging", PlatformEnvironment.STAGING);
    ENVIRONMENTS.put("production", PlatformEnvironment.PRODUCTION);
  }

  static class PlatformChart extends Chart {
    final CertificatePlatform platform;

    PlatformChart(Construct scope, String id, PlatformEnvironment environment, String domain) {
      super(scope, id);
      platform = CertificatePlatform.Builder.create(this, "tls")
          .environment(environment)
          .installCertManager(false)
          .mesh(ServiceMesh.ISTIO)
          .acmeEmail("platform@example.com")
          .acmeSolvers(List.of(
              // Names of the Ingress hosts: HTTP-01 through ingress-nginx.
              Http01Solver.ingress(Http01IngressSolverOptions.builder().ingressClassName("nginx").build()),
              // The API gateway's zone (and any wildcard): DNS-01 in Route 53, with the controller's IRSA role.
              Dns01Solver.route53(Route53SolverOptions.builder()
                  .region("eu-west-1")
                  .selector(SolverSelector.builder().dnsZones(List.of("api." + domain)).build())
                  .build())))
          .privateCa(PrivateCaProps.builder()
              .commonName("example development CA")
              // A leaked development CA key can only sign development names.
              .nameConstraints(NameConstraints.builder()
                  .critical(true)
                  .permitted(NameConstraintItems.builder().dnsDomains(List.of(domain, "svc.cluster.local")).build())
                  .build())
              .build())
          .build();
    }
  }

  static Deployment kuard(Construct scope, String id, String name, String namespace) {
    return Deployment.Builder.create(scope, id)
        .metadata(ApiObjectMetadata.builder().name(name).namespace(namespace).build())
        .containers(List.of(ContainerProps.builder().image("gcr.io/kuar-demo/kuard-amd64:1").portNumber(8080).build()))
        .build();
  }

  static Service expose(Deployment deployment, String name) {
    return deployment.exposeViaService(DeploymentExposeViaServiceOptions.builder()
        .name(name).ports(List.of(ServicePort.builder().port(80).targetPort(8080).build())).build());
  }

  static ApiObjectMetadata named(String name) {
    return ApiObjectMetadata.builder().name(name).build();
  }

  /** A team's app: the same code in every environment. */
  static class ShopChart extends Chart {
    ShopChart(Construct scope, String id, CertificatePlatform platform, String domain) {
      super(scope, id);
      PlatformTenant tenant = platform.addTenant(this, "tenant", PlatformTenantOptions.builder().namespace("shop").build());
      Service service = expose(kuard(this, "web", "web", "shop"), "web");
      tenant.tlsIngress("web", TlsIngressProps.builder().metadata(named("web")).build())
          .addHost("shop." + domain, TlsIngressHostOptions.builder().backend(IngressBackend.fromService(service)).build());
      // The ingress controller's namespace may call the shop over mTLS.
      if (tenant.getMeshPolicy() != null) {
        tenant.getMeshPolicy().allowFromNamespace("ingress-nginx", MeshAllowOptions.builder().ports(List.of(8080)).build());
      }
    }
  }

  static class PaymentsChart extends Chart {
    PaymentsChart(Construct scope, String id, CertificatePlatform platform, String domain) {
      super(scope, id);
      PlatformTenant tenant = platform.addTenant(this, "tenant", PlatformTenantOptions.builder().namespace("payments").build());
      Service service = expose(kuard(this, "api", "api", "payments"), "api");
      TlsGateway gateway = tenant.tlsGateway("gateway", TlsGatewayProps.builder().metadata(named("api")).gatewayClassName("istio").build());
      gateway.addHost("payments.api." + domain, TlsGatewayHostOptions.builder().backend(service).build());
      // A client certificate for the payment provider's mTLS callback, from the same issuer.
      tenant.certificate("provider-client", CertificateOptions.builder()
          .metadata(named("provider-client"))
          .dnsNames(List.of("callback.api." + domain))
          .clientAuth(true)
          .build());
    }
  }

  public static void main(String[] args) {
    String selected = System.getenv("PLATFORM_ENV");
    for (Map.Entry<String, PlatformEnvironment> entry : ENVIRONMENTS.entrySet()) {
      String name = entry.getKey();
      if (selected != null && !selected.isEmpty() && !selected.equals(name)) continue;
      String domain = DOMAINS.get(name);
      TlsApp app = new TlsApp();
      PlatformChart platformChart = new PlatformChart(app, name + "-platform", entry.getValue(), domain);
      new ShopChart(app, name + "-shop", platformChart.platform, domain);
      new PaymentsChart(app, name + "-payments", platformChart.platform, domain);
      app.synth();
    }
  }
}
