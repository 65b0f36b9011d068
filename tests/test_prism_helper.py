"""tests/prism.py must fail fast, never hang, and leave no server behind."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from tests.prism import PrismError, prism_mock


def test_unusable_spec_raises_instead_of_hanging(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("openapi: 3.1.0\npaths: [not, a, mapping\n")
    started = time.monotonic()
    with pytest.raises(PrismError), prism_mock(bad, ready_timeout=20):
        pass
    assert time.monotonic() - started < 60


def test_server_is_stopped_on_exit() -> None:
    spec = Path(__file__).resolve().parent.parent / "specs" / "activeplatform_v1.yaml"
    with prism_mock(spec) as base_url:
        assert httpx.get(f"{base_url}/api/vendor/v1/payments/1.json?api_token=t").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/api/vendor/v1/payments/1.json?api_token=t", timeout=2)
