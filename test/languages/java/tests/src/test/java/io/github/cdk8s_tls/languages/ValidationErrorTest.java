package io.github.cdk8s_tls.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdk8s_tls.Certificate;
import io.github.cdk8s_tls.KeyAlgorithm;
import io.github.cdk8s_tls.PrivateKeyOptions;
import io.github.cdk8s_tls.SelfSignedIssuer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cdk8s.Chart;
import org.cdk8s.Testing;
import org.junit.jupiter.api.Test;

/** A validation error reaches Java code as an exception with the TypeScript library's rule id and message. */
class ValidationErrorTest {
  @Test
  void rsa1024CertificateFailsSynthWithTheRuleAndMessageOfTypeScript() throws Exception {
    Process node = new ProcessBuilder("node", "test/languages/bad-certificate.js")
        .directory(ExamplesTest.ROOT.toFile()).start();
    String expected = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, node.waitFor());
    assertTrue(expected.contains("[CM-C20]"), expected);

    Chart chart = Testing.chart();
    SelfSignedIssuer issuer = SelfSignedIssuer.Builder.create(chart, "ss").build();
    Certificate.Builder.create(chart, "web")
        .issuer(issuer)
        .dnsNames(List.of("a.example.com"))
        .privateKey(PrivateKeyOptions.builder().algorithm(KeyAlgorithm.RSA).size(1024).build())
        .build();
    RuntimeException error = assertThrows(RuntimeException.class, () -> Testing.synth(chart));
    // A JavaScript error reaches Java as a RuntimeException: "Error: " (its class), the message, then
    // the jsii kernel's stack.
    String message = error.getMessage();
    assertTrue(message.startsWith("Error: " + expected + "\n"), message);
  }
}
