"""A validation error reaches Python code as an exception with the TypeScript library's rule id and message."""
import subprocess

import pytest
import cdk8s
from cdk8s_tls import Certificate, KeyAlgorithm, PrivateKeyOptions, SelfSignedIssuer


def test_rsa_1024_certificate_fails_synth_with_the_rule_and_message_of_typescript(root):
    expected = subprocess.run(["node", "test/languages/bad-certificate.js"], cwd=root,
                              capture_output=True, text=True, check=True).stdout
    assert "[CM-C20]" in expected

    chart = cdk8s.Testing.chart()
    issuer = SelfSignedIssuer(chart, "ss")
    Certificate(chart, "web", issuer=issuer, dns_names=["a.example.com"],
                private_key=PrivateKeyOptions(algorithm=KeyAlgorithm.RSA, size=1024))
    with pytest.raises(RuntimeError) as error:
        cdk8s.Testing.synth(chart)
    # jsii puts the JavaScript error's class before its message.
    assert str(error.value) == "Error: " + expected
