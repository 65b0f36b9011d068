"""The command line's start: datamodel-code-generator in a worker forked before the pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator import startup
from generator.hoist import hoist_inline_schemas
from generator.load import load_document
from generator.schemas import run_dcg
from tests.paths import ROOT


def dcg_input(spec: str) -> str:
    """The component schemas of a spec as `read_with_dcg` hands them to DCG."""
    document = hoist_inline_schemas(load_document(ROOT / "specs" / spec).data).document
    return json.dumps({"openapi": document.get("openapi"), "components": {"schemas": document["components"]["schemas"]}})


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the worker is started on several cores only")
def test_the_worker_gives_what_dcg_gives_in_this_process() -> None:
    text = dcg_input("oracle_brm.yaml")
    with startup.DcgWorker() as worker:
        assert worker._pool is not None  # a process of its own
        assert worker.run(text, "oracle_brm") == run_dcg(text, "oracle_brm")


def test_on_one_core_dcg_runs_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    text = dcg_input("wepay.yaml")
    with startup.DcgWorker() as worker:
        assert worker._pool is None
        assert worker.run(text, "wepay") == run_dcg(text, "wepay")


def test_the_worker_is_forked_before_the_pipeline_is_imported() -> None:
    """Importing the command line's module and starting the worker loads none of the pipeline,
    so the fork copies a small process and DCG's import overlaps the pipeline's."""
    code = (
        "import sys, generator.__main__ as cli\n"
        "heavy = [m for m in ('generator.pipeline', 'generator.build', 'generator.render', 'black', "
        "'datamodel_code_generator') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
