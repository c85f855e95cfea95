"""`pip install cdk8s-tls` gives the `cdk8s-tls` command: the same output and exit code as the npm one."""
import shutil
import subprocess

import pytest

FIXTURES = "test/fixtures/audit"


def run(command, root):
    return subprocess.run(command, cwd=root, capture_output=True, text=True)


@pytest.mark.parametrize("fixture, exit_code", [("rejected.yaml", 1), ("clean.yaml", 0)])
def test_audit_prints_what_the_npm_command_prints(fixture, exit_code, root):
    command = shutil.which("cdk8s-tls")
    assert command, "cdk8s-tls is not on the PATH of the virtualenv"
    python = run([command, "audit", f"{FIXTURES}/{fixture}"], root)
    node = run(["node", "lib/src/cli/main.js", "audit", f"{FIXTURES}/{fixture}"], root)
    assert python.returncode == node.returncode == exit_code, python.stderr
    assert python.stdout == node.stdout
    if exit_code:
        assert "error [CM-C20]" in python.stdout
