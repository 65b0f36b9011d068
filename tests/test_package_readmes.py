"""Every code block of every package README runs as written, against a local HTTP server.

The server listens on 127.0.0.1 and answers through the package's own test kit (`FakeApi`),
so each request is also checked against the spec. Only the base URL changes, through the
package's `<PACKAGE>_BASE_URL` variable, which the README documents; the credentials stay
the README's placeholders. The "Testing your code" block has its own test
(`test_kit_readme.py`).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.packages import PACKAGES

BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(readme: str) -> list[str]:
    """The README's Python blocks, up to its test-kit section."""
    return BLOCK.findall(readme.split("\n## Testing your code\n", 1)[0])


@contextlib.contextmanager
def serving(fakes: list[Any]) -> Iterator[str]:
    """A local HTTP server answering through `fakes[0]`, set once its origin is known
    (the fake routes by base URL); yields the origin and stops on exit."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = httpx.Request(
                self.command,
                "http://" + self.headers["Host"] + self.path,
                headers=list(self.headers.items()),
                content=self.rfile.read(length),
            )
            response = fakes[0].handle_request(request)
            response.read()
            self.send_response(response.status_code)
            for key, value in response.headers.items():
                if key.lower() not in ("content-length", "transfer-encoding"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_block_runs_as_written(generated_dir: Path, package: str, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (generated_dir / package / "README.md").read_text()
    code = blocks(readme)
    assert len(code) >= 5, "client, an operation, errors, raw responses, logging"
    testing = importlib.import_module(f"{package}.testing")
    client_module = importlib.import_module(f"{package}.client")
    path = urlsplit(client_module.DEFAULT_BASE_URL).path.rstrip("/")
    fakes: list[Any] = []
    with serving(fakes) as origin:
        fake = testing.FakeApi(base_url=origin + path)
        fakes.append(fake)
        monkeypatch.setenv(f"{package}_BASE_URL".upper(), origin + path)
        namespace: dict[str, Any] = {}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            for number, block in enumerate(code, start=1):
                exec(compile(block, f"{package}/README.md block {number}", "exec"), namespace)
        namespace["client"].close()
    assert fake.calls, "the blocks reached the server"
    assert fake.violations == [], fake.violations
    operations = {call.operation for call in fake.calls}
    assert operations == {m for m in re.findall(r"client\.(?:with_raw_response\.)?(\w+?)(?:_iter)?\(", readme) if m != "with_options"}
