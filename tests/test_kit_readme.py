"""Each package README's "Testing your code" snippet runs as written, and type-checks strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packages import PACKAGES
from tests.typecheck import mypy_strict


def snippet(generated_dir: Path, package: str) -> str:
    readme = (generated_dir / package / "README.md").read_text()
    section = readme.split("\n## Testing your code\n", 1)[1]
    return section.split("```python\n", 1)[1].split("\n```", 1)[0] + "\n"


@pytest.mark.parametrize("package", PACKAGES)
def test_snippet_runs_as_written(generated_dir: Path, package: str) -> None:
    namespace: dict[str, object] = {}
    exec(compile(snippet(generated_dir, package), f"{package}/README.md", "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_") and callable(value)]
    assert len(tests) == 1
    tests[0]()


def test_snippets_pass_mypy_strict(generated_dir: Path, tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / f"readme_{package}.py").write_text(snippet(generated_dir, package))
    result = mypy_strict(".", tmp_path, tmp_path / "cache", mypypath=generated_dir)
    assert result.returncode == 0, result.stdout
