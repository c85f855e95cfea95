// The istio-strict-mtls example in Go: a namespace with STRICT mutual TLS, default deny, and one
// service allowed to call another. Same YAML as ../main.ts.
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

func container(image string) *[]*cdk8splus27.ContainerProps {
	return &[]*cdk8splus27.ContainerProps{{
		Image:           jsii.String(image),
		PortNumber:      jsii.Number(8080),
		SecurityContext: &cdk8splus27.ContainerSecurityContextProps{User: jsii.Number(1000), Group: jsii.Number(1000)},
	}}
}

func NewIstioStrictMtlsChart(scope constructs.Construct, id string, namespace cdk8splus27.Namespace) cdk8s.Chart {
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{Namespace: namespace.Name()})

	frontendAccount := cdk8splus27.NewServiceAccount(chart, jsii.String("frontend-sa"), &cdk8splus27.ServiceAccountProps{Metadata: named("frontend")})
	apiAccount := cdk8splus27.NewServiceAccount(chart, jsii.String("api-sa"), &cdk8splus27.ServiceAccountProps{Metadata: named("api")})
	api := cdk8splus27.NewDeployment(chart, jsii.String("api"), &cdk8splus27.DeploymentProps{
		Metadata:       named("api"),
		ServiceAccount: apiAccount,
		Containers:     container("ghcr.io/example/api:1.4.2"),
	})
	apiService := api.ExposeViaService(&cdk8splus27.DeploymentExposeViaServiceOptions{
		Name:  jsii.String("api"),
		Ports: &[]*cdk8splus27.ServicePort{{Port: jsii.Number(8080)}},
	})
	cdk8splus27.NewDeployment(chart, jsii.String("frontend"), &cdk8splus27.DeploymentProps{
		Metadata:       named("frontend"),
		ServiceAccount: frontendAccount,
		Containers:     container("ghcr.io/example/frontend:2.0.1"),
	})

	// STRICT PeerAuthentication and a default-deny AuthorizationPolicy for the namespace.
	mtls := cdk8stls.NewMeshMtlsPolicy(chart, jsii.String("mtls"), &cdk8stls.MeshMtlsPolicyProps{
		Mesh:  cdk8stls.ServiceMesh_ISTIO,
		Scope: cdk8stls.MeshScope_Namespace(namespace),
	})
	// The frontend (and only the frontend) may call the API's HTTP routes.
	mtls.AllowFrom(frontendAccount, &cdk8stls.MeshAllowOptions{
		Methods: jsii.Strings("GET", "POST"),
		Paths:   jsii.Strings("/api/*"),
		Ports:   jsii.Numbers(8080),
	})
	// Clients use Istio mutual TLS toward the API.
	mtls.AddDestination(apiService)
	return chart
}

func main() {
	// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
	app := cdk8stls.NewTlsApp(nil)
	// Cluster-scoped objects go in a chart without a namespace.
	namespaces := cdk8s.NewChart(app, jsii.String("namespaces"), nil)
	shop := cdk8splus27.NewNamespace(namespaces, jsii.String("shop"), &cdk8splus27.NamespaceProps{
		Metadata: &cdk8s.ApiObjectMetadata{
			Name:   jsii.String("shop"),
			Labels: &map[string]*string{"istio-injection": jsii.String("enabled")},
		},
	})
	NewIstioStrictMtlsChart(app, "istio-strict-mtls", shop)
	app.Synth()
}
