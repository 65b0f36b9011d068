"""Where a cold generation spends its time: each stage of our pipeline, on one input at a time.

    python bench/stages.py [--inputs five,stripe,github] [--results bench/results/stages.json]
    python bench/stages.py --smoke    # one small spec (the test suite's)
    BENCH_STAGES_OUTPUT=DIR python bench/stages.py ...   # also writes the formatted files, to compare versions

Each input runs in a child process of its own with an empty cache directory, through the same
functions `generate` calls, one stage after the other: load, validate (which locates every
finding in the text), hoist, reachable schemas, datamodel-code-generator (cold, then again
from its cache), the rest of the model, rendering, and black on every core. The positions of
the findings are also timed alone, with a fresh locator. For each stage: wall and CPU seconds
of this process; for black also the CPU of its workers; peak RSS of the parent and of the
workers. GitHub runs with `--lenient`, as its two `required` slips are otherwise errors.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, PROJECT_PYTHON, RESULTS, ROOT, machine, progress, table, write_results  # noqa: E402

INPUTS = {
    "five": sorted((ROOT / "specs").glob("*.yaml")),
    "stripe": [CORPUS / "stripe-spec3.yaml"],
    "github": [CORPUS / "github-api.json"],
    "paypal_orders": [CORPUS / "real" / "paypal_checkout_orders_v2.json"],
    "smoke": [ROOT / "specs" / "activeplatform_v1.yaml"],
}


def measure(specs: list[Path]) -> dict[str, Any]:
    """Runs in the child: every stage of every spec, summed over the specs."""
    sys.path.insert(0, str(ROOT))
    from generator import build, schemas
    from generator.formatting import Formatter, split_at_definitions
    from generator.hoist import hoist_inline_schemas
    from generator.load import load_document
    from generator.startup import collect_garbage_rarely
    from generator.reachable import drop_unreachable
    from generator.render import environment, render_package
    from generator.validate import validate_document

    collect_garbage_rarely()  # as the command line does
    stages: dict[str, list[float]] = {}
    counts = {"findings": 0, "schemas": 0, "unreachable": 0, "python_mb": 0.0, "pieces": 0}

    def timed(stage: str, action: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        value = action()
        spent = stages.setdefault(stage, [0.0, 0.0])
        spent[0] += time.perf_counter() - wall
        spent[1] += time.process_time() - cpu
        return value

    with Formatter() as formatter:  # forked first, as `generate` does
        for path in specs:
            spec = timed("load", lambda: load_document(path))
            found = timed("validate (locates the findings)", lambda: validate_document(spec, lenient=True))
            counts["findings"] += len(found)

            def locate_again() -> None:
                spec._locator = None
                for finding in found:
                    spec.position(finding.pointer)

            timed("  of which positions, alone", locate_again)
            hoisted = timed("hoist", lambda: hoist_inline_schemas(spec.data)).document
            counts["unreachable"] += len(timed("reachable schemas", lambda: drop_unreachable(hoisted, spec.data)))
            counts["schemas"] += len(hoisted["components"]["schemas"])
            timed("datamodel-code-generator, cold", lambda: schemas.read_with_dcg(hoisted, spec.path))
            timed("datamodel-code-generator, cached", lambda: schemas.read_with_dcg(hoisted, spec.path))
            api = timed("whole model (DCG cached)", lambda: build.build_api(spec))
            files = timed("render", lambda: dict(render_package(api, environment())))
            python = [text for name, text in files.items() if name.endswith(".py")]
            counts["python_mb"] += sum(len(text.encode("utf-8")) for text in python) / 1e6
            counts["pieces"] += sum(len(split_at_definitions(text)) for text in python)
            timed("black (submit)", lambda: formatter.submit(api.package, files.items()))
        formatted = timed("black (wait for the workers)", formatter.results)
    if os.environ.get("BENCH_STAGES_OUTPUT"):  # the bytes of the run, to compare two versions of the generator
        for package, files in formatted.items():
            for name, content in files.items() if isinstance(files, dict) else ():
                target = Path(os.environ["BENCH_STAGES_OUTPUT"]) / package / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "stages": {stage: {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)} for stage, (wall, cpu) in stages.items()},
        "black_workers_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "workers_peak_rss_mb": round(children.ru_maxrss / 1024),
        "counts": counts | {"python_mb": round(counts["python_mb"], 2)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", default="five,stripe,github", help="comma-separated: " + ", ".join(INPUTS))
    parser.add_argument("--results", type=Path, help="output file (default bench/results/stages.json)")
    parser.add_argument("--smoke", action="store_true", help="one small spec: checks the script works")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    inputs = "smoke" if arguments.smoke else arguments.inputs
    results = arguments.results or RESULTS / ("stages-smoke.json" if arguments.smoke else "stages.json")
    if arguments.child is not None:
        print(json.dumps(measure([Path(p) for p in arguments.child])))
        return 0
    payload: dict[str, Any] = {"benchmark": "stages", "machine": machine(), "inputs": {}}
    for name in [n for n in inputs.split(",") if n]:
        files = INPUTS[name]
        if not all(f.exists() for f in files):
            payload["inputs"][name] = {"skipped": "not found: " + ", ".join(str(f) for f in files if not f.exists())}
            continue
        progress(f"{name}: stages")
        with tempfile.TemporaryDirectory(prefix="bench-stages-") as cache:
            done = subprocess.run(
                [str(PROJECT_PYTHON), __file__, "--child", *map(str, files)],
                env=dict(os.environ, GENERATOR_CACHE_DIR=cache),
                capture_output=True,
                text=True,
                check=False,
            )
        if done.returncode != 0:
            payload["inputs"][name] = {"failed": done.stderr[-2000:]}
            continue
        payload["inputs"][name] = json.loads(done.stdout.strip().splitlines()[-1])
    write_results(results, payload)
    print(report(payload))
    print(f"\nresults: {results}")
    return 0


def report(payload: dict[str, Any]) -> str:
    parts = []
    for name, entry in payload["inputs"].items():
        if "stages" not in entry:
            parts.append(f"{name}: {entry}")
            continue
        rows = [[stage, spent["wall_s"], spent["cpu_s"]] for stage, spent in entry["stages"].items()]
        rows.append(["black, CPU of the workers", None, entry["black_workers_cpu_s"]])
        counts = entry["counts"]
        parts.append(
            f"{name}: {counts['schemas']} schemas generated, {counts['unreachable']} unreachable skipped, "
            f"{counts['findings']} findings, {counts['python_mb']} MB of Python in {counts['pieces']} pieces; "
            f"peak RSS {entry['peak_rss_mb']} MB (black workers {entry['workers_peak_rss_mb']} MB)\n"
            + table(["stage", "wall s", "CPU s"], rows)
        )
    return "\n\n".join(parts)


if __name__ == "__main__":
    sys.exit(main())
