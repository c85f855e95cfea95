package languages

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-tls/cdk8s-tls-go/cdk8stls"
)

// A validation error reaches Go code as a panic with the TypeScript library's rule id and message.
func TestRsa1024CertificateFailsSynthWithTheRuleAndMessageOfTypeScript(t *testing.T) {
	node := exec.Command("node", "test/languages/bad-certificate.js")
	node.Dir = root
	expected, err := node.Output()
	if err != nil || !strings.Contains(string(expected), "[CM-C20]") {
		t.Fatalf("node: %v\n%s", err, expected)
	}

	chart := cdk8s.Testing_Chart()
	issuer := cdk8stls.NewSelfSignedIssuer(chart, jsii.String("ss"), nil)
	cdk8stls.NewCertificate(chart, jsii.String("web"), &cdk8stls.CertificateProps{
		Issuer:     issuer,
		DnsNames:   jsii.Strings("a.example.com"),
		PrivateKey: &cdk8stls.PrivateKeyOptions{Algorithm: cdk8stls.KeyAlgorithm_RSA, Size: jsii.Number(1024)},
	})
	message := func() (message string) {
		defer func() {
			if r := recover(); r != nil {
				message = fmt.Sprint(r)
			}
		}()
		cdk8s.Testing_Synth(chart)
		return ""
	}()
	if !strings.HasPrefix(message, "Error: "+string(expected)) {
		t.Fatalf("expected the panic to carry %q, got %q", expected, message)
	}
}
