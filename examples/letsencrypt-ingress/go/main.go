// The letsencrypt-ingress example in Go: a `letsencrypt-prod` ClusterIssuer answering HTTP-01
// through the nginx ingress class, and one Ingress for app.example.com and api.example.com with a
// Let's Encrypt certificate that renews itself, HTTPS only. Same YAML as ../main.ts.
package main

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus27/v2"
	"github.com/cdk8s-tls/cdk8s-tls-go/cdk8stls"
)

func named(name string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{Name: jsii.String(name)}
}

func kuard(scope constructs.Construct, name string) cdk8splus27.Service {
	deployment := cdk8splus27.NewDeployment(scope, jsii.String(name), &cdk8splus27.DeploymentProps{
		Metadata:   named(name),
		Containers: &[]*cdk8splus27.ContainerProps{{Image: jsii.String("gcr.io/kuar-demo/kuard-amd64:1"), PortNumber: jsii.Number(8080)}},
	})
	return deployment.ExposeViaService(&cdk8splus27.DeploymentExposeViaServiceOptions{
		Name:  jsii.String(name),
		Ports: &[]*cdk8splus27.ServicePort{{Port: jsii.Number(80), TargetPort: jsii.Number(8080)}},
	})
}

func NewLetsEncryptIngressChart(scope constructs.Construct, id string) cdk8s.Chart {
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{Namespace: jsii.String("web")})

	letsencrypt := cdk8stls.LetsEncryptIssuer_Production(chart, jsii.String("letsencrypt"), &cdk8stls.LetsEncryptIssuerProps{
		Metadata: named("letsencrypt-prod"),
		Cluster:  jsii.Bool(true),
		Email:    jsii.String("platform@example.com"),
		Solvers:  &[]cdk8stls.AcmeSolver{cdk8stls.Http01Solver_Ingress(&cdk8stls.Http01IngressSolverOptions{IngressClassName: jsii.String("nginx")})},
	})

	app := kuard(chart, "app")
	api := kuard(chart, "api")

	web := cdk8stls.NewTlsIngress(chart, jsii.String("web"), &cdk8stls.TlsIngressProps{
		Metadata:   named("web"),
		Controller: cdk8stls.IngressController_Nginx(nil),
		// Renew at 33% of the lifetime Let's Encrypt decides (see ../main.ts for why not 30 days).
		Tls: cdk8stls.TlsSource_Certificate(letsencrypt, &cdk8stls.CertificateOptions{
			Metadata:              named("web"),
			SecretName:            jsii.String("web-tls"),
			RenewBeforePercentage: jsii.Number(33),
		}),
	})
	web.AddHost(jsii.String("app.example.com"), &cdk8stls.TlsIngressHostOptions{Backend: cdk8splus27.IngressBackend_FromService(app, nil)})
	web.AddHost(jsii.String("api.example.com"), &cdk8stls.TlsIngressHostOptions{Backend: cdk8splus27.IngressBackend_FromService(api, nil)})
	return chart
}

func main() {
	// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
	app := cdk8stls.NewTlsApp(nil)
	NewLetsEncryptIngressChart(app, "letsencrypt-ingress")
	app.Synth()
}
