package io.github.cdk8s_tls.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each Java example, run the way `cdk8s synth` runs an app (its own process, CDK8S_OUTDIR set),
 * writes byte for byte the YAML of the TypeScript example next to it.
 */
class ExamplesTest {
  static final Path ROOT = Path.of(System.getenv("CDK8S_TLS_ROOT"));
  static final Path REPORTS = ROOT.resolve("test-reports/languages");

  @ParameterizedTest(name = "examples/{0}/java writes the TypeScript app's YAML")
  @CsvSource({
    "letsencrypt-ingress, com.example.letsencryptingress.Main",
    "istio-strict-mtls, com.example.istiostrictmtls.Main",
    "platform, com.example.platform.Main",
  })
  void synthesizesTheTypeScriptYaml(String example, String mainClass) throws Exception {
    Path out = REPORTS.resolve("java").resolve(example);
    deleteTree(out);
    ProcessBuilder process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), mainClass)
        .directory(ROOT.resolve("examples").resolve(example).resolve("java").toFile())
        .redirectErrorStream(true);
    process.environment().put("CDK8S_OUTDIR", out.toString());
    process.environment().remove("PLATFORM_ENV");
    Process app = process.start();
    String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, app.waitFor(), "the app failed:\n" + output);

    Path expected = REPORTS.resolve("typescript").resolve(example);
    List<String> files = list(expected);
    assertFalse(files.isEmpty(), "no TypeScript YAML in " + expected);
    assertEquals(files, list(out));
    for (String file : files) {
      byte[] want = Files.readAllBytes(expected.resolve(file));
      byte[] got = Files.readAllBytes(out.resolve(file));
      if (!Arrays.equals(want, got)) {
        // Show the difference as text; the bytes differ either way.
        assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8), file);
        assertEquals(Arrays.toString(want), Arrays.toString(got), file);
      }
    }
  }

  static List<String> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) Files.delete(p);
    }
  }
}
