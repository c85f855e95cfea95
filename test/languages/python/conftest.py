import os
import pathlib

import pytest

ROOT = pathlib.Path(os.environ.get("CDK8S_TLS_ROOT") or pathlib.Path(__file__).resolve().parents[3])
REPORTS = ROOT / "test-reports" / "languages"


@pytest.fixture
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture
def reports() -> pathlib.Path:
    return REPORTS
