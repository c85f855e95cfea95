// The letsencrypt-ingress example in Java: a `letsencrypt-prod` ClusterIssuer answering HTTP-01
// through the nginx ingress class, and one Ingress for app.example.com and api.example.com with a
// Let's Encrypt certificate that renews itself, HTTPS only. Same YAML as ../main.ts.
package com.example.letsencryptingress;

import io.github.cdk8s_tls.CertificateOptions;
import io.github.cdk8s_tls.Http01IngressSolverOptions;
import io.github.cdk8s_tls.Http01Solver;
import io.github.cdk8s_tls.IngressController;
import io.github.cdk8s_tls.LetsEncryptIssuer;
import io.github.cdk8s_tls.LetsEncryptIssuerProps;
import io.github.cdk8s_tls.TlsApp;
import io.github.cdk8s_tls.TlsIngress;
import io.github.cdk8s_tls.TlsIngressHostOptions;
import io.github.cdk8s_tls.TlsSource;
import java.util.List;
import org.cdk8s.ApiObjectMetadata;
import org.cdk8s.Chart;
import org.cdk8s.ChartProps;
import org.cdk8s.plus27.ContainerProps;
import org.cdk8s.plus27.Deployment;
import org.cdk8s.plus27.DeploymentExposeViaServiceOptions;
import org.cdk8s.plus27.IngressBackend;
import org.cdk8s.plus27.ServicePort;
import software.constructs.Construct;

public class Main {
  static class LetsEncryptIngressChart extends Chart {
    LetsEncryptIngressChart(Construct scope, String id) {
      super(scope, id, ChartProps.builder().namespace("web").build());

      LetsEncryptIssuer letsencrypt = LetsEncryptIssuer.production(this, "letsencrypt", LetsEncryptIssuerProps.builder()
          .metadata(named("letsencrypt-prod"))
          .cluster(true)
          .email("platform@example.com")
          .solvers(List.of(Http01Solver.ingress(Http01IngressSolverOptions.builder().ingressClassName("nginx").build())))
          .build());

      Deployment app = kuard("app");
      Deployment api = kuard("api");

      TlsIngress web = TlsIngress.Builder.create(this, "web")
          .metadata(named("web"))
          .controller(IngressController.nginx())
          // Renew at 33% of the lifetime Let's Encrypt decides (see ../main.ts for why not 30 days).
          .tls(TlsSource.certificate(letsencrypt, CertificateOptions.builder()
              .metadata(named("web")).secretName("web-tls").renewBeforePercentage(33).build()))
          .build();
      web.addHost("app.example.com", TlsIngressHostOptions.builder().backend(IngressBackend.fromService(expose(app, "app"))).build());
      web.addHost("api.example.com", TlsIngressHostOptions.builder().backend(IngressBackend.fromService(expose(api, "api"))).build());
    }

    private Deployment kuard(String name) {
      return Deployment.Builder.create(this, name)
          .metadata(named(name))
          .containers(List.of(ContainerProps.builder().image("gcr.io/kuar-demo/kuard-amd64:1").portNumber(8080).build()))
          .build();
    }

    private static org.cdk8s.plus27.Service expose(Deployment deployment, String name) {
      return deployment.exposeViaService(DeploymentExposeViaServiceOptions.builder()
          .name(name).ports(List.of(ServicePort.builder().port(80).targetPort(8080).build())).build());
    }
  }

  static ApiObjectMetadata named(String name) {
    return ApiObjectMetadata.builder().name(name).build();
  }

  public static void main(String[] args) {
    // TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
    TlsApp app = new TlsApp();
    new LetsEncryptIngressChart(app, "letsencrypt-ingress");
    app.synth();
  }
}
