"""Progress is drawn on a terminal only; every run ends with its one summary line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from tests.paths import ROOT



def generate_with_stderr_on_a_terminal(tmp_path: Path, ci: bool) -> tuple[str, str]:
    """Runs `generate` on wepay with stderr on a pseudo-terminal; returns (stdout, terminal output)."""
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env.update(GENERATOR_CACHE_DIR=str(tmp_path / "cache"), COLUMNS="120", TERM="xterm")
    if ci:
        env["CI"] = "true"
    terminal, child_side = os.openpty()
    argv = [sys.executable, "-m", "generator", "generate", "--out", str(tmp_path / "out"), str(ROOT / "specs" / "wepay.yaml")]
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=child_side, text=True)
    os.close(child_side)
    shown: list[bytes] = []

    def drain() -> None:  # a pseudo-terminal nobody reads blocks its writer
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # EIO: the child side is closed
                return
            if not chunk:
                return
            shown.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout, _ = process.communicate(timeout=300)
    reader.join(timeout=30)
    os.close(terminal)
    assert process.returncode == 0
    return stdout, b"".join(shown).decode("utf-8", "replace")


@pytest.mark.parametrize("ci", [False, True])
def test_progress_on_a_terminal_unless_ci(tmp_path: Path, ci: bool) -> None:
    stdout, terminal = generate_with_stderr_on_a_terminal(tmp_path, ci)
    lines = stdout.splitlines()
    assert len(lines) == 1 and re.match(r"1 packages, \d+ files written, 0 unchanged \(", lines[0])
    if ci:
        assert terminal == ""
    else:
        assert "wepay.yaml: building the model" in terminal
        assert "black: pieces formatted" in terminal


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "generator", "generate", "--out", str(tmp_path / "out"), str(ROOT / "specs" / "wepay.yaml")]
    env = {key: value for key, value in os.environ.items() if key != "CI"} | {"GENERATOR_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) == 1
