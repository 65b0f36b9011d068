"""The generated packages, and the runtime at its source, pass mypy --strict and pyright in
strict mode with zero errors (pyrightconfig.json includes both)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(tmp_path), "."],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert "Success: no issues found" in result.stdout


def test_mypy_strict_runtime_source(tmp_path: Path) -> None:
    """The runtime where it is written, as a package of its own: `generator.runtime`."""
    modules = len(list((ROOT / "generator/runtime").glob("*.py")))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(tmp_path), "generator/runtime"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert f"Success: no issues found in {modules} source files" in result.stdout


def test_pyright_strict() -> None:
    pyright = ROOT / "node_modules/.bin/pyright"
    assert pyright.exists(), "run `npm ci` (make test does it)"
    result = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable, "-p", str(ROOT / "pyrightconfig.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "0 errors" in result.stdout
