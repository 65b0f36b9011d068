"""Running mypy --strict and pyright (strict mode) from tests, on generated code or code using it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from tests.paths import ROOT

PYRIGHT = ROOT / "node_modules/.bin/pyright"


def mypy_strict(target: str | Path, cwd: Path, cache: Path, mypypath: Path | None = None) -> subprocess.CompletedProcess[str]:
    """mypy --strict for Python 3.11 on `target`; `mypypath` holds packages it imports (e.g. generated/)."""
    env = {**os.environ, "MYPYPATH": str(mypypath)} if mypypath else None
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(cache), str(target)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def pyright_strict(config: Path) -> subprocess.CompletedProcess[str]:
    """pyright with the given pyrightconfig.json (which sets strict mode)."""
    assert PYRIGHT.exists(), "run `npm ci` (make test does it)"
    return subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, "-p", str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
