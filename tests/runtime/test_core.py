"""`generator.runtime` itself: UNSET, and the core names its `__init__` gathers."""

from __future__ import annotations

import copy
import importlib
import pickle
import subprocess
import sys
from pathlib import Path

import generator.runtime as runtime
from generator.runtime.unset import UNSET, Unset

ROOT = Path(__file__).resolve().parents[2]


def test_unset_is_one_falsy_value() -> None:
    assert Unset() is UNSET and Unset() is Unset()
    assert not UNSET and bool(UNSET) is False
    assert repr(UNSET) == str(UNSET) == "UNSET"
    assert UNSET is not None  # absent is not null
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_init_reexports_the_core_from_its_modules() -> None:
    homes = ["auth", "clients", "decoding", "exceptions", "request", "unset"]
    modules = [importlib.import_module(f"generator.runtime.{name}") for name in homes]
    for name in runtime.__all__:
        value = getattr(runtime, name)
        assert any(getattr(module, name, None) is value for module in modules), name


def test_importing_the_core_loads_no_optional_module() -> None:
    script = (
        "import sys, generator.runtime\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(('generator.runtime.', 'oauthlib')))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.split()
    core = ["auth", "clients", "decoding", "exceptions", "request", "unset"]
    assert loaded == [f"generator.runtime.{name}" for name in core]
    for optional in ("ApiKeyQuery", "HttpBearer", "OAuth1HmacSha1", "Pages", "jsonapi_related"):
        assert optional not in runtime.__all__
