module example.com/istio-strict-mtls

go 1.25

require (
	github.com/aws/constructs-go/constructs/v10 v10.4.2
	github.com/aws/jsii-runtime-go v1.140.0
	github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2 v2.70.106
	github.com/cdk8s-team/cdk8s-plus-go/cdk8splus27/v2 v2.9.5
	github.com/cdk8s-tls/cdk8s-tls-go/cdk8stls v0.0.0
)
