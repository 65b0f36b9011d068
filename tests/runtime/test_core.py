"""`generator.runtime` itself: UNSET, the package logger, and the core names `__init__` gathers."""

from __future__ import annotations

import copy
import importlib
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import Literal

import generator.runtime as runtime
from generator.runtime.log import logger
from generator.runtime.unset import UNSET, Unset
from tests.paths import ROOT



def test_unset_is_one_falsy_value() -> None:
    assert Unset() is UNSET and Unset() is Unset()
    assert not UNSET and bool(UNSET) is False
    assert repr(UNSET) == str(UNSET) == "UNSET"
    assert UNSET is not None  # absent is not null
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_unset_is_falsy_to_the_type_checkers_too() -> None:
    # `Literal[False]` lets `if p.amount:` narrow `Decimal | Unset` to `Decimal`.
    assert typing.get_type_hints(Unset.__bool__) == {"return": Literal[False]}


def test_the_logger_is_named_after_the_vendoring_package(generated_dir: Path) -> None:
    assert logger.name == "generator"  # at the source, the package is `generator`
    script = "import wepay.runtime.log as log; print(log.logger.name)"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=generated_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "wepay\n"


def test_init_reexports_the_core_from_its_modules() -> None:
    homes = ["auth", "clients", "decoding", "exceptions", "log", "model", "request", "unset"]
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
    core = ["auth", "clients", "decoding", "exceptions", "log", "model", "request", "unset"]
    assert loaded == [f"generator.runtime.{name}" for name in core]
    for optional in ("ApiKeyQuery", "HttpBearer", "OAuth1HmacSha1", "Paging", "jsonapi_related"):
        assert optional not in runtime.__all__
