// Each Go example, built and run the way `cdk8s synth` runs an app (its own process, CDK8S_OUTDIR
// set), writes byte for byte the YAML of the TypeScript example next to it.
package languages

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

var root = os.Getenv("CDK8S_TLS_ROOT")

func reports(parts ...string) string {
	return filepath.Join(append([]string{root, "test-reports", "languages"}, parts...)...)
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestExamplesWriteTheTypeScriptYaml(t *testing.T) {
	for _, example := range []string{"letsencrypt-ingress", "istio-strict-mtls", "platform"} {
		t.Run(example, func(t *testing.T) {
			dir := filepath.Join(root, "examples", example, "go")
			binary := filepath.Join(t.TempDir(), example)
			if out, err := exec.Command("go", "build", "-C", dir, "-o", binary, ".").CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			out := reports("go", example)
			if err := os.RemoveAll(out); err != nil {
				t.Fatal(err)
			}
			app := exec.Command(binary)
			app.Dir = dir
			app.Env = append(os.Environ(), "CDK8S_OUTDIR="+out, "PLATFORM_ENV=")
			if output, err := app.CombinedOutput(); err != nil {
				t.Fatalf("the app failed: %v\n%s", err, output)
			}

			expected := reports("typescript", example)
			want, got := listFiles(t, expected), listFiles(t, out)
			if len(want) == 0 || len(want) != len(got) {
				t.Fatalf("files: TypeScript %v, Go %v", want, got)
			}
			for i, file := range want {
				if got[i] != file {
					t.Fatalf("files: TypeScript %v, Go %v", want, got)
				}
				a, _ := os.ReadFile(filepath.Join(expected, file))
				b, _ := os.ReadFile(filepath.Join(out, file))
				if !bytes.Equal(a, b) {
					t.Errorf("%s differs from TypeScript's:\n--- TypeScript\n%s\n--- Go\n%s", file, a, b)
				}
			}
		})
	}
}
