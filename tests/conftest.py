"""Shared test set-up: the generated client packages import as top-level modules.

`generated/<name>/` is put on `sys.path` so tests write `import wepay`, as a user who
vendored the package would. `GENERATED_CLIENTS_DIR` points the tests at another
output tree (e.g. a fresh `generator generate` into a temporary directory).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings
from tests.paths import ROOT

GENERATED = Path(os.environ.get("GENERATED_CLIENTS_DIR", ROOT / "generated")).resolve()

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    """The directory holding the generated packages (already on sys.path)."""
    return GENERATED


# Hypothesis: bounded by default so `make test` stays fast; HYPOTHESIS_PROFILE=nightly for more.
# In CI the examples are derandomized, so a run is repeatable; elsewhere they vary and explore.
settings.register_profile("default", max_examples=25, deadline=None, derandomize=bool(os.environ.get("CI")))
settings.register_profile("nightly", max_examples=250, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package of tests/specs/petstore_30.yaml (request bodies, no credentials), generated
    into a temporary directory and imported."""
    out = tmp_path_factory.mktemp("petstore")
    spec = ROOT / "tests" / "specs" / "petstore_30.yaml"
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--specs", str(spec.parent), "--out", str(out), str(spec)],
        cwd=ROOT, check=True, capture_output=True,
    )
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("petstore_30")
    finally:
        sys.path.remove(str(out))
