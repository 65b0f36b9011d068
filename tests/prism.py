"""Start and stop a Stoplight Prism mock server for one OpenAPI document.

Prism is an independent implementation of OpenAPI request validation and
example serving, so tests that pass against it check the specs (and, later,
the generated clients) against something other than our own reading of them.
Every wait is bounded and the server is always stopped, so a broken spec or a
missing `npm ci` fails the test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from tests.paths import ROOT

PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"


class PrismError(RuntimeError):
    """Prism did not start; the message carries its output."""


def free_port() -> int:
    """A port that was free a moment ago (the OS picks it when binding port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's own process group, then SIGKILL it if it lingers."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@contextlib.contextmanager
def prism_mock(
    spec: Path | str,
    *extra_args: str,
    ready_timeout: float = 30.0,
    attempts: int = 3,
) -> Iterator[str]:
    """Run `prism mock <spec> -h 127.0.0.1 -p <free port> [extra_args]`; yield its base URL.

    `extra_args` are passed through (e.g. "-d" for dynamic responses). The
    free port can be taken by someone else between our probe and Prism's bind,
    so a server that exits before listening is retried on a new port.
    """
    if not PRISM_BIN.exists():
        raise PrismError(f"{PRISM_BIN} is missing; run `npm ci` (make test does)")
    last_output = ""
    for _ in range(attempts):
        port = free_port()
        cmd = [str(PRISM_BIN), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), *extra_args]
        with tempfile.TemporaryFile() as log:
            # A file, not a pipe: nobody drains Prism's output while tests run.
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                deadline = time.monotonic() + ready_timeout
                while proc.poll() is None and not _listening(port):
                    if time.monotonic() > deadline:
                        log.seek(0)
                        raise PrismError(
                            f"Prism not listening on port {port} after {ready_timeout:.0f}s:\n"
                            + log.read().decode(errors="replace")
                        )
                    time.sleep(0.1)
                if proc.poll() is None:
                    yield f"http://127.0.0.1:{port}"
                    return
                log.seek(0)
                last_output = log.read().decode(errors="replace")
            finally:
                _stop(proc)
    raise PrismError(f"Prism exited before listening ({attempts} attempts):\n{last_output}")
