"""Each Python example, run the way `cdk8s synth` runs an app (its own process, CDK8S_OUTDIR set),
writes byte for byte the YAML of the TypeScript example next to it."""
import os
import shutil
import subprocess
import sys

import pytest

EXAMPLES = ["letsencrypt-ingress", "istio-strict-mtls", "platform"]


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_writes_the_typescript_yaml(example, root, reports):
    out = reports / "python" / example
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "CDK8S_OUTDIR": str(out)}
    env.pop("PLATFORM_ENV", None)
    app = subprocess.run([sys.executable, "main.py"], cwd=root / "examples" / example / "python",
                         env=env, capture_output=True, text=True)
    assert app.returncode == 0, app.stdout + app.stderr

    expected = reports / "typescript" / example
    files = sorted(p.name for p in expected.iterdir())
    assert files, f"no TypeScript YAML in {expected}"
    assert sorted(p.name for p in out.iterdir()) == files
    for name in files:
        want, got = (expected / name).read_bytes(), (out / name).read_bytes()
        # On a difference, compare as text first: pytest shows the diff.
        assert got.decode() == want.decode(), name
        assert got == want, name
