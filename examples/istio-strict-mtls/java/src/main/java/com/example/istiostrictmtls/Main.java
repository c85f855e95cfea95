// The istio-strict-mtls example in Java: a namespace with STRICT mutual TLS, default deny, and one
// service allowed to call another. Same YAML as ../main.ts.
package com.example.istiostrictmtls;

import io.github.cdk8s_tls.MeshAllowOptions;
import io.github.cdk8s_tls.MeshMtlsPolicy;
import io.github.cdk8s_tls.MeshScope;
import io.github.cdk8s_tls.ServiceMesh;
import io.github.cdk8s_tls.TlsApp;
import java.util.List;
import java.util.Map;
import org.cdk8s.ApiObjectMetadata;
import org.cdk8s.Chart;
import org.cdk8s.ChartProps;
import org.cdk8s.plus27.ContainerProps;
import org.cdk8s.plus27.ContainerSecurityContextProps;
import org.cdk8s.plus27.Deployment;
import org.cdk8s.plus27.DeploymentExposeViaServiceOptions;
import org.cdk8s.plus27.Namespace;
import org.cdk8s.plus27.Service;
import org.cdk8s.plus27.ServiceAccount;
import org.cdk8s.plus27.ServicePort;
import software.constructs.Construct;

public class Main {
  static class IstioStrictMtlsChart extends Chart {
    IstioStrictMtlsChart(Construct scope, String id, Namespace namespace) {
      super(scope, id, ChartProps.builder().namespace(namespace.getName()).build());

      ServiceAccount frontendAccount = ServiceAccount.Builder.create(this, "frontend-sa").metadata(named("frontend")).build();
      ServiceAccount apiAccount = ServiceAccount.Builder.create(this, "api-sa").metadata(named("api")).build();
      Deployment api = Deployment.Builder.create(this, "api")
          .metadata(named("api"))
          .serviceAccount(apiAccount)
          .containers(List.of(container("ghcr.io/example/api:1.4.2")))
          .build();
      Service apiService = api.exposeViaService(DeploymentExposeViaServiceOptions.builder()
          .name("api").ports(List.of(ServicePort.builder().port(8080).build())).build());
      Deployment.Builder.create(this, "frontend")
          .metadata(named("frontend"))
          .serviceAccount(frontendAccount)
          .containers(List.of(container("ghcr.io/example/frontend:2.0.1")))
          .build();

      // STRICT PeerAuthentication and a default-deny AuthorizationPolicy for the namespace.
      MeshMtlsPolicy mtls = MeshMtlsPolicy.Builder.create(this, "mtls").mesh(ServiceMesh.ISTIO).scope(MeshScope.namespace(namespace)).build();
      // The frontend (and only the frontend) may call the API's HTTP routes.
      mtls.allowFrom(frontendAccount, MeshAllowOptions.builder()
          .methods(List.of("GET", "POST")).paths(List.of("/api/*")).ports(List.of(8080)).build());
      // Clients use Istio mutual TLS toward the API.
      mtls.addDestination(apiService);
    }

    private static ContainerProps container(String image) {
      return ContainerProps.builder()
          .image(image)
          .portNumber(8080)
          .securityContext(ContainerSecurityContextProps.builder().user(1000).group(1000).build())
          .build();
    }
  }

  static ApiObjectMetadata named(String name) {
    return ApiObjectMetadata.builder().name(name).build();
  }

  public static void main(String[] args) {
    // TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
    TlsApp app = new TlsApp();
    // Cluster-scoped objects go in a chart without a namespace.
    Chart namespaces = new Chart(app, "namespaces");
    Namespace shop = Namespace.Builder.create(namespaces, "shop")
        .metadata(ApiObjectMetadata.builder().name("shop").labels(Map.of("istio-injection", "enabled")).build())
        .build();
    new IstioStrictMtlsChart(app, "istio-strict-mtls", shop);
    app.synth();
  }
}
