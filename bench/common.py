"""Helpers shared by the benchmark scripts: timed child processes, the peer venv, the machine.

Child processes are timed with `os.wait4`, which gives the user+sys CPU time of the child and
of every descendant it waited for (openapi-python-client's ruff step, black's workers). Peak
RSS comes from `/usr/bin/time -f %M` wrapped around the command where it exists: Linux
records the RSS of the image a child was forked from in its `ru_maxrss`, so `wait4` alone
would floor every child at the benchmark's own size (over 100 MB once a large spec is loaded).
"""

from __future__ import annotations

import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# Scratch space (gitignored): spec dirs, kept outputs, generated peers. BENCH_WORK_DIR moves it
# (the smoke test uses a temporary directory); the peer venv always stays in bench/.work.
WORK = Path(os.environ.get("BENCH_WORK_DIR") or BENCH / ".work")
RESULTS = BENCH / "results"
CORPUS = ROOT.parent / "shared" / "corpus"
PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"
PEER_VENV = BENCH / ".work" / "venv"
PEER_PYTHON = PEER_VENV / "bin" / "python"
TIME = Path("/usr/bin/time")
# What the peer venv holds: the latest openapi-python-client, and the runtime peers.
PEER_PACKAGES = ("openapi-python-client", "msgspec", "pydantic", "python-dateutil", "httpx", "types-python-dateutil")


def progress(message: str) -> None:
    """Progress lines, on a terminal only: redirected runs print the summary alone."""
    if sys.stderr.isatty():
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass
class Timed:
    """One child process: how long it took, what it cost, and how it ended."""

    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    returncode: int
    timed_out: bool
    stdout_tail: str
    stderr_tail: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _tail(path: Path, limit: int = 3000) -> str:
    data = path.read_bytes() if path.exists() else b""
    return data[-limit:].decode("utf-8", "replace")


def run_timed(
    argv: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 3600.0,
    log_dir: Path,
) -> Timed:
    """Runs `argv` to completion and measures it; a timeout kills its whole process group."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path, rss_path = log_dir / "stdout.txt", log_dir / "stderr.txt", log_dir / "maxrss.txt"
    if TIME.exists():  # forks the command from its own small image: a true peak RSS
        argv = [str(TIME), "-f", "%M", "-o", str(rss_path), *argv]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True
        )
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    peak_kb = usage.ru_maxrss  # kilobytes on Linux
    if rss_path.exists():
        lines = rss_path.read_text().split()
        peak_kb = int(lines[-1]) if lines and lines[-1].isdigit() else peak_kb
    return Timed(
        wall_s=round(wall, 3),
        cpu_s=round(usage.ru_utime + usage.ru_stime, 3),
        peak_rss_mb=round(peak_kb / 1024, 1),
        returncode=process.returncode,
        timed_out=expired.is_set(),
        stdout_tail=_tail(out_path),
        stderr_tail=_tail(err_path),
    )


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def ratio(ours: float | None, theirs: float | None) -> float | None:
    return round(ours / theirs, 3) if ours and theirs else None


def ensure_peer_venv() -> Path:
    """The separate venv under bench/.work/ with the latest peers from PyPI, made once."""
    stamp = PEER_VENV / ".bench-installed"
    if stamp.exists() and stamp.read_text() == " ".join(PEER_PACKAGES):
        return PEER_PYTHON
    progress(f"installing {', '.join(PEER_PACKAGES)} into {PEER_VENV.relative_to(ROOT)}")
    if not PEER_PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
    installed = subprocess.run(
        [str(PEER_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", *PEER_PACKAGES],
        capture_output=True,
        text=True,
    )
    if installed.returncode != 0:
        sys.exit(f"pip install into {PEER_VENV} failed:\n{installed.stdout}{installed.stderr}")
    stamp.write_text(" ".join(PEER_PACKAGES))
    return PEER_PYTHON


def package_version(python: Path, distribution: str) -> str | None:
    found = subprocess.run(
        [str(python), "-c", f"from importlib.metadata import version; print(version({distribution!r}))"],
        capture_output=True,
        text=True,
    )
    return found.stdout.strip() or None


def machine() -> dict[str, Any]:
    """What the numbers were measured on: cores, CPU model, Python, and how busy it was."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.processor(),
    )
    memory_kb = next(
        (int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def write_results(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain Markdown table (it reads on a terminal and pastes into a README)."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) if cells else len(h) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def git_state() -> dict[str, Any]:
    """The commit measured, and whether the generator's inputs differed from it."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "generator", "templates", "specs"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split("\n")
    return {"head": head, "generator_inputs_modified": [line[3:] for line in dirty if line.strip()]}
