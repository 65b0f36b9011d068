"""The generated packages, and the runtime at its source, pass mypy --strict and pyright in
strict mode with zero errors (pyrightconfig.json includes both); the generator passes mypy --strict."""

from __future__ import annotations

from pathlib import Path

from tests.typecheck import ROOT, mypy_strict, pyright_strict


def test_mypy_strict(tmp_path: Path) -> None:
    result = mypy_strict(".", ROOT / "generated", tmp_path)
    assert result.returncode == 0, result.stdout
    assert "Success: no issues found" in result.stdout


def test_mypy_strict_runtime_source(tmp_path: Path) -> None:
    """The runtime where it is written, as a package of its own: `generator.runtime`."""
    modules = len(list((ROOT / "generator/runtime").glob("*.py")))
    result = mypy_strict("generator/runtime", ROOT, tmp_path)
    assert result.returncode == 0, result.stdout
    assert f"Success: no issues found in {modules} source files" in result.stdout


def test_mypy_strict_generator(tmp_path: Path) -> None:
    """The generator itself: raw spec data is `Any`, every decision taken from it is typed."""
    modules = len(list((ROOT / "generator").rglob("*.py")))
    result = mypy_strict("generator", ROOT, tmp_path)
    assert result.returncode == 0, result.stdout
    assert f"Success: no issues found in {modules} source files" in result.stdout


def test_pyright_strict() -> None:
    result = pyright_strict(ROOT / "pyrightconfig.json")
    assert result.returncode == 0, result.stdout[-5000:]
    assert "0 errors" in result.stdout
