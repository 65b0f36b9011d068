"""The CI integrations users copy are valid YAML and run the real drift check."""

from __future__ import annotations

import re

from ruamel.yaml import YAML
from tests.paths import ROOT



def load(path: str) -> object:
    return YAML(typ="safe").load((ROOT / path).read_text(encoding="utf-8"))


def make_target(name: str) -> list[str]:
    """The recipe lines of a Makefile target."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{name}:.*\n((?:\t.*\n)+)", text, re.MULTILINE)
    assert match, f"no `{name}` target"
    return [line.strip() for line in match.group(1).splitlines()]


def test_make_check_runs_the_generator_check() -> None:
    assert make_target("check") == ["$(PY) -m generator check"]


def test_github_workflow_runs_make_check() -> None:
    workflow = load(".github/workflows/generated-drift.yml")
    assert isinstance(workflow, dict)
    steps = workflow["jobs"]["drift"]["steps"]
    assert {"name": "Drift check", "run": "make check"} in steps


def test_pre_commit_hooks_run_make_check() -> None:
    hooks = load(".pre-commit-hooks.yaml")
    assert isinstance(hooks, list) and hooks[0]["entry"] == "make check"
    config = load(".pre-commit-config.yaml")
    assert isinstance(config, dict)
    assert config["repos"][0]["hooks"][0]["entry"] == "make check"
    assert re.search(hooks[0]["files"], "specs/wepay.yaml") and re.search(hooks[0]["files"], "templates/x.jinja")


def test_ci_entry_point_runs_test_and_check() -> None:
    script = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "make test" in script and "make check" in script
