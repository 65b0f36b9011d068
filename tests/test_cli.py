"""The command line: generate writes safely, check finds every kind of drift."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import generator.pipeline
import generator.render
from generator.__main__ import main
from generator.diagnostics import TRACEBACK_VARIABLE, internal_error
from generator.write import files_on_disk, generated_packages
from tests.paths import ROOT



@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ and generated/ in a temporary working directory."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(directory)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_committed_tree_matches_a_fresh_generation() -> None:
    """The golden test: generated/ is exactly what the specs and generator produce."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--quiet"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_passes_on_an_untouched_copy(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_hand_edit_is_drift_with_a_diff(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    models = project / "generated/wepay/models.py"
    models.write_text(models.read_text() + "# my tweak\n")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "--- a/generated/wepay/models.py" in out and "-# my tweak" in out
    assert "changed  generated/wepay/models.py  (from specs/wepay.yaml)" in out
    assert "1 changed, 0 added, 0 stale" in out
    assert "fix: run `make generate`" in out


def test_file_added_by_hand_is_stale(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "generated/elance/helpers.py").write_text("X = 1\n")
    assert main(["check", "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "stale    generated/elance/helpers.py" in out and "+++" not in out


def test_deleted_file_is_added(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "generated/oracle_brm/errors.py").unlink()
    assert main(["check", "--quiet"]) == 1
    assert "added    generated/oracle_brm/errors.py" in capsys.readouterr().out


def test_spec_changed_without_regeneration(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = project / "specs/activeplatform_v1.yaml"
    spec.write_text(spec.read_text().replace("A payment ID.", "The payment ID."))
    assert main(["check", "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "changed  generated/activeplatform_v1/operations.py" in out


def test_removed_spec_leaves_a_stale_package(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "specs/wepay.yaml").unlink()
    assert main(["check", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["drift"] is True
    assert {"path": "generated/wepay/models.py", "spec": "(no spec: package no longer generated)"} in report["stale"]
    assert report["fix"].startswith("run `make generate`")


def test_template_changed_without_regeneration(project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    readme = templates / "package/README.md.jinja"
    readme.write_text(readme.read_text() + "\nOne more line.\n")
    monkeypatch.setattr(generator.render, "TEMPLATES", templates)
    assert main(["check", "--quiet"]) == 1


def test_pinned_tool_version_changed_without_regeneration(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generator.render, "toolchain", lambda: "generator 0.1.0 (black 99.0)")
    assert main(["check", "--quiet"]) == 1


def test_generate_leaves_everything_unchanged_when_a_spec_is_broken(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "generated/notes.txt").write_text("mine\n")
    for spec in sorted((project / "specs").iterdir()):  # change every spec, then break the third
        spec.write_text(spec.read_text() + "\n# touched\n")
    third = sorted((project / "specs").iterdir())[2]
    third.write_text(third.read_text() + "\n  broken: [\n")
    before = snapshot(project / "generated")
    assert main(["generate"]) == 2
    assert snapshot(project / "generated") == before
    assert f"specs/{third.name}:" in capsys.readouterr().err


def _failing_on_activeplatform_v1(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug of the generator that only the first spec, ActivePlatform v1's, meets."""
    build_api = generator.pipeline.build_api

    def failing(spec: Any, *args: Any) -> Any:
        if spec.display_path.endswith("activeplatform_v1.yaml"):
            return {}["cursor"]
        return build_api(spec, *args)

    monkeypatch.setattr(generator.pipeline, "build_api", failing)


def test_a_generator_bug_is_reported_as_one_without_a_traceback(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_on_activeplatform_v1(monkeypatch)
    monkeypatch.delenv(TRACEBACK_VARIABLE, raising=False)
    broken = project / "specs/wepay.yaml"
    broken.write_text(broken.read_text() + "\n  broken: [\n")
    before = snapshot(project / "generated")
    assert main(["generate"]) == 2
    assert snapshot(project / "generated") == before
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert (
        "specs/activeplatform_v1.yaml:1:1: the generator failed on this spec (KeyError at tests/test_cli.py:"
    ) in err
    assert "'cursor'); this is a bug in the generator, not in the spec: please report it with the spec" in err
    assert "specs/wepay.yaml:" in err  # the specs after it are still read and reported
    assert "error: nothing was written" in err


def test_a_generator_bug_while_rendering_is_reported_as_one(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    render = generator.pipeline.render_package

    def failing(api: Any, env: Any) -> Iterator[tuple[str, str]]:
        files = render(api, env)
        if api.package == "wepay":
            yield next(files)  # black has started on one module when the next one fails
            raise RuntimeError("template broke")
        yield from files

    monkeypatch.setattr(generator.pipeline, "render_package", failing)
    monkeypatch.delenv(TRACEBACK_VARIABLE, raising=False)
    before = snapshot(project / "generated")
    assert main(["generate"]) == 2
    assert snapshot(project / "generated") == before
    err = capsys.readouterr().err
    line = failing.__code__.co_firstlineno + 4
    assert f"specs/wepay.yaml:1:1: the generator failed on this spec (RuntimeError at tests/test_cli.py:{line}: template broke)" in err
    assert "Traceback" not in err


def _missing_key() -> object:
    return {}["deep"]


def test_a_generator_bug_in_a_worker_is_located_where_the_worker_raised_it() -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        with pytest.raises(KeyError) as raised:
            pool.submit(_missing_key).result()
    line = _missing_key.__code__.co_firstlineno + 1
    assert internal_error(raised.value).startswith(
        f"the generator failed on this spec (KeyError at tests/test_cli.py:{line}: 'deep'); this is a bug"
    )


def test_a_generator_bug_shows_its_traceback_when_asked(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_on_activeplatform_v1(monkeypatch)
    monkeypatch.setenv(TRACEBACK_VARIABLE, "1")
    before = snapshot(project / "generated")
    with pytest.raises(KeyError, match="cursor"):
        main(["generate"])
    assert snapshot(project / "generated") == before


def test_generate_rewrites_only_what_changed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(project / "generated")
    spec = project / "specs/activeplatform_v1.yaml"
    spec.write_text(spec.read_text().replace("A payment ID.", "The payment ID."))
    assert main(["generate"]) == 0
    summary = capsys.readouterr().out
    after = snapshot(project / "generated")
    rewritten = sorted(path for path in after if after[path] != before.get(path))
    # the header of every file names the spec's sha256, so the whole package changes
    assert all(path.startswith("activeplatform_v1/") for path in rewritten)
    untouched = [path for path in after if not path.startswith("activeplatform_v1/")]
    assert all(after[path][1] == before[path][1] for path in untouched)
    assert summary.startswith(f"5 packages, {len(rewritten)} files written, {len(after) - len(rewritten)} unchanged")


def test_generate_prunes_only_generated_packages(project: Path) -> None:
    (project / "generated/notes.txt").write_text("mine\n")
    (project / "generated/mine").mkdir()
    (project / "generated/mine/code.py").write_text("X = 1\n")
    (project / "generated/elance/extra.py").write_text("X = 1\n")
    (project / "specs/wepay.yaml").unlink()
    assert main(["generate"]) == 0
    assert not (project / "generated/wepay").exists()
    assert not (project / "generated/elance/extra.py").exists()
    assert (project / "generated/notes.txt").read_text() == "mine\n"
    assert (project / "generated/mine/code.py").exists()


def test_generate_refuses_to_overwrite_a_directory_it_did_not_write(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(project / "generated/wepay")
    (project / "generated/wepay").mkdir()
    (project / "generated/wepay/handwritten.py").write_text("X = 1\n")
    assert main(["generate"]) == 2
    assert "was not generated by this tool" in capsys.readouterr().err
    assert (project / "generated/wepay/handwritten.py").exists()


@pytest.mark.parametrize("argv", [["frobnicate"], ["generate", "--nope"], []])
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    assert main(argv) == 2


def test_generation_is_reproducible_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--out", str(out)], cwd=ROOT, env=env, check=True,
            capture_output=True,
        )
        trees.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1] == trees[2]
    committed = {
        Path(package.name) / relative: data
        for package in generated_packages(ROOT / "generated").values()
        for relative, data in files_on_disk(package).items()
    }
    assert trees[0] == committed
