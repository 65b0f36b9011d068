"""Smoke test of the benchmark scripts: each runs end to end on its smallest input.

`--smoke` runs our generator only (the peers would need installing into bench/.work/venv),
once, on one small spec, the stages on that spec, and the run-time benchmark with ours and
`json.loads` only, so all finish in well under a minute without network. Scratch files go to a temporary directory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from tests.paths import ROOT



def run_smoke(script: str, tmp_path: Path) -> dict:
    results = tmp_path / f"{script}.json"
    env = dict(os.environ, BENCH_WORK_DIR=str(tmp_path / "work"))
    done = subprocess.run(
        [sys.executable, f"bench/{script}.py", "--smoke", "--results", str(results)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "results:" in done.stdout
    return json.loads(results.read_text())


def test_generate_benchmark_smoke(tmp_path: Path) -> None:
    found = run_smoke("generate", tmp_path)
    (entry,) = found["inputs"]
    assert set(entry["tools"]) == {"ours-cold", "floor: DCG parse + black pass", "ours-warm", "ours-check"}
    for summary in entry["tools"].values():
        assert summary["ok_runs"] == 1, summary["failure"]
        assert summary["wall_s"] > 0 and summary["cpu_s"] > 0 and summary["peak_rss_mb"] > 0
    floor = entry["floor_parts_s"]  # the dependencies' calls alone, on the cold run's output
    assert floor["datamodel-code-generator (waited for its parse in the worker)"] > 0 and floor["black (one pass, every core)"] > 0
    ours = entry["correctness"]["ours"]
    assert ours["operations_generated"] == entry["operations_in_spec"] == 1
    assert ours["import"]["failed"] == 0 and ours["import"]["modules"] > 1
    assert isinstance(ours["mypy_errors"], int)
    (point,) = found["scaling"]["points"]
    assert point["operations"] == 1 and point["wall_s"] > 0
    assert found["machine"]["nproc"] >= 1


def test_stages_benchmark_smoke(tmp_path: Path) -> None:
    found = run_smoke("stages", tmp_path)
    entry = found["inputs"]["smoke"]
    assert entry["counts"]["python_mb"] > 0 and entry["counts"]["pieces"] > 0
    for stage in ("load", "datamodel-code-generator, cold", "render", "black (wait for the workers)"):
        assert entry["stages"][stage]["wall_s"] >= 0
    assert entry["stages"]["datamodel-code-generator, cold"]["cpu_s"] > entry["stages"]["datamodel-code-generator, cached"]["cpu_s"]
    assert entry["peak_rss_mb"] > 0


def test_runtime_benchmark_smoke(tmp_path: Path) -> None:
    found = run_smoke("runtime", tmp_path)
    for name in ("wepay-page", "activeplatform-v3"):
        codec = found["codecs"][name]
        assert codec["errors"] == {}
        assert isinstance(codec["round_trip_equal"], bool)  # False when only date-time spellings differ
        times = codec["seconds_per_call"]
        assert times["json.loads"] > 0 and times["ours from_dict"] > 0 and times["ours to_dict"] > 0
        assert found["ratios"][name]["ours loads+from_dict / json.loads"] > 1
        assert all(rate > 0 for key, rate in found["calls"][name].items() if key != "requests_per_repeat")
    assert all(entry["ms"] > 0 and entry["modules"] >= 1 for entry in found["import_ms"].values())
    assert json.loads((tmp_path / "work" / "runtime" / "payloads" / "wepay-page.json").read_text())["results"][49]
