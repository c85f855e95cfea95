// The platform example in Go: development, staging and production from one codebase, each its own
// app with a platform chart and one chart per team. Same YAML as ../main.ts.
//
// PLATFORM_ENV=development|staging|production synthesizes one environment; without it all three
// are written (files prefixed by the environment).
package main

import (
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus27/v2"
	"github.com/cdk8s-tls/cdk8s-tls-go/cdk8stls"
)

// Environment settings: the only place where the three differ (in the order of PlatformEnvironment).
var environments = []struct {
	name        string
	environment cdk8stls.PlatformEnvironment
	domain      string
}{
	{"development", cdk8stls.PlatformEnvironment_DEVELOPMENT, "dev.example.com"},
	{"staging", cdk8stls.PlatformEnvironment_STAGING, "staging.example.com"},
	{"production", cdk8stls.PlatformEnvironment_PRODUCTION, "example.com"},
}

func named(name string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{Name: jsii.String(name)}
}

func NewPlatformChart(scope constructs.Construct, id string, environment cdk8stls.PlatformEnvironment, domain string) cdk8stls.CertificatePlatform {
	chart := cdk8s.NewChart(scope, jsii.String(id), nil)
	return cdk8stls.NewCertificatePlatform(chart, jsii.String("tls"), &cdk8stls.CertificatePlatformProps{
		Environment:        environment,
		InstallCertManager: jsii.Bool(false),
		Mesh:               cdk8stls.ServiceMesh_ISTIO,
		AcmeEmail:          jsii.String("platform@example.com"),
		AcmeSolvers: &[]cdk8stls.AcmeSolver{
			// Names of the Ingress hosts: HTTP-01 through ingress-nginx.
			cdk8stls.Http01Solver_Ingress(&cdk8stls.Http01IngressSolverOptions{IngressClassName: jsii.String("nginx")}),
			// The API gateway's zone (and any wildcard): DNS-01 in Route 53, with the controller's IRSA role.
			cdk8stls.Dns01Solver_Route53(&cdk8stls.Route53SolverOptions{
				Region:   jsii.String("eu-west-1"),
				Selector: &cdk8stls.SolverSelector{DnsZones: jsii.Strings("api." + domain)},
			}),
		},
		PrivateCa: &cdk8stls.PrivateCaProps{
			CommonName: jsii.String("example development CA"),
			// A leaked development CA key can only sign development names.
			NameConstraints: &cdk8stls.NameConstraints{
				Critical:  jsii.Bool(true),
				Permitted: &cdk8stls.NameConstraintItems{DnsDomains: jsii.Strings(domain, "svc.cluster.local")},
			},
		},
	})
}

func kuard(scope constructs.Construct, id string, name string, namespace string) cdk8splus27.Service {
	deployment := cdk8splus27.NewDeployment(scope, jsii.String(id), &cdk8splus27.DeploymentProps{
		Metadata:   &cdk8s.ApiObjectMetadata{Name: jsii.String(name), Namespace: jsii.String(namespace)},
		Containers: &[]*cdk8splus27.ContainerProps{{Image: jsii.String("gcr.io/kuar-demo/kuard-amd64:1"), PortNumber: jsii.Number(8080)}},
	})
	return deployment.ExposeViaService(&cdk8splus27.DeploymentExposeViaServiceOptions{
		Name:  jsii.String(name),
		Ports: &[]*cdk8splus27.ServicePort{{Port: jsii.Number(80), TargetPort: jsii.Number(8080)}},
	})
}

// NewShopChart is a team's app: the same code in every environment.
func NewShopChart(scope constructs.Construct, id string, platform cdk8stls.CertificatePlatform, domain string) {
	chart := cdk8s.NewChart(scope, jsii.String(id), nil)
	tenant := platform.AddTenant(chart, jsii.String("tenant"), &cdk8stls.PlatformTenantOptions{Namespace: jsii.String("shop")})
	service := kuard(chart, "web", "web", "shop")
	tenant.TlsIngress(jsii.String("web"), &cdk8stls.TlsIngressProps{Metadata: named("web")}).
		AddHost(jsii.String("shop."+domain), &cdk8stls.TlsIngressHostOptions{Backend: cdk8splus27.IngressBackend_FromService(service, nil)})
	// The ingress controller's namespace may call the shop over mTLS.
	if policy := tenant.MeshPolicy(); policy != nil {
		policy.AllowFromNamespace(jsii.String("ingress-nginx"), &cdk8stls.MeshAllowOptions{Ports: jsii.Numbers(8080)})
	}
}

func NewPaymentsChart(scope constructs.Construct, id string, platform cdk8stls.CertificatePlatform, domain string) {
	chart := cdk8s.NewChart(scope, jsii.String(id), nil)
	tenant := platform.AddTenant(chart, jsii.String("tenant"), &cdk8stls.PlatformTenantOptions{Namespace: jsii.String("payments")})
	service := kuard(chart, "api", "api", "payments")
	gateway := tenant.TlsGateway(jsii.String("gateway"), &cdk8stls.TlsGatewayProps{Metadata: named("api"), GatewayClassName: jsii.String("istio")})
	gateway.AddHost(jsii.String("payments.api."+domain), &cdk8stls.TlsGatewayHostOptions{Backend: service})
	// A client certificate for the payment provider's mTLS callback, from the same issuer.
	tenant.Certificate(jsii.String("provider-client"), &cdk8stls.CertificateOptions{
		Metadata:   named("provider-client"),
		DnsNames:   jsii.Strings("callback.api." + domain),
		ClientAuth: jsii.Bool(true),
	})
}

func main() {
	selected := os.Getenv("PLATFORM_ENV")
	for _, env := range environments {
		if selected != "" && selected != env.name {
			continue
		}
		app := cdk8stls.NewTlsApp(nil)
		platform := NewPlatformChart(app, env.name+"-platform", env.environment, env.domain)
		NewShopChart(app, env.name+"-shop", platform, env.domain)
		NewPaymentsChart(app, env.name+"-payments", platform, env.domain)
		app.Synth()
	}
}
