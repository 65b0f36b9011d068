"""Generation benchmark: our generator vs openapi-python-client vs datamodel-code-generator.

For each input (our five specs together, each of the ten specs in ../shared/corpus/real/,
Stripe, GitHub) every tool runs as a child process,
alternately, `--runs` times; the table shows medians of wall time, CPU time (user+sys of the
child and its descendants) and peak RSS, the ratio ours/theirs, and correctness columns taken
from the first run's output: operations in the spec vs generated, modules that import, and
`mypy --strict` errors. Our generator runs three ways: `generate` with an empty black cache
(cold), `generate` again with the cache the cold run filled (warm), and `check` on the output
of the warm run (warm cache too). A failure of any tool is recorded as data, never raised.
On Stripe, openapi-python-client also runs with `literal_enums: true`, the only setting with
which it completes there. Ours generates the component schemas the operations reach (the
count it skips is recorded); the peers generate every schema.

When our generator rejects a corpus spec only for lint errors that a one-line edit of the
spec removes (today: GitHub's `required` names that `properties` does not define), the
failure is recorded and every tool then runs on a copy with exactly those entries removed.

    python bench/generate.py [--runs N] [--runs-large N] [--inputs five,real,stripe,github]
    python bench/generate.py --inputs '' --scaling-source SPEC    # the scaling series alone
    python bench/generate.py --smoke    # one small spec, ours only, one run (the test suite's)
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    CORPUS,
    PEER_VENV,
    PROJECT_PYTHON,
    RESULTS,
    ROOT,
    WORK,
    Timed,
    ensure_peer_venv,
    git_state,
    machine,
    median,
    package_version,
    progress,
    ratio,
    run_timed,
    table,
    write_results,
)
from generator.openapi import HTTP_METHODS, pointer_tokens, unescape_pointer_token  # noqa: E402
from tests.realworld.corpus import LENIENT_WHY  # noqa: E402

OURS_ALL = "ours-cold --all-schemas"  # on GitHub: every schema, as the peers generate
OPC = "openapi-python-client"
OPC_LITERAL_ENUMS = "openapi-python-client literal_enums"  # its setting that gets it through Stripe
PEERS = (OPC, OPC_LITERAL_ENUMS, "datamodel-codegen")
FLOOR = "floor: DCG parse + black pass"  # bench/floor.py: what our two named dependencies alone take
SKIPPED = re.compile(r"skipped (\d+) component schemas? that no operation reaches")
SCALING_FRACTIONS = (0.10, 0.25, 0.50, 1.00)
RUN_TIMEOUT = 3600.0
CHECK_TIMEOUT = 3600.0
SANITIZABLE = re.compile(r"required property '(?P<name>[^']*)' is not defined in `properties` \((?P<pointer>[^)]*)\)$")


# -- inputs -------------------------------------------------------------------------------


class Input:
    """A set of spec files benchmarked together, placed in a specs directory of its own."""

    def __init__(self, name: str, files: list[Path], large: bool, note: str = "") -> None:
        self.name, self.files, self.large, self.note = name, files, large, note
        # As the real-world suite runs them: --lenient where the document contradicts itself.
        self.options = ("--lenient",) if any(file.stem in LENIENT_WHY for file in files) else ()
        self.spec_dir = WORK / "specs" / name
        if self.spec_dir.exists():
            shutil.rmtree(self.spec_dir)
        self.spec_dir.mkdir(parents=True)
        for file in files:  # symlinks: the corpus is read in place, never copied into the repo
            (self.spec_dir / file.name).symlink_to(file.resolve())

    def documents(self) -> list[dict[str, Any]]:
        return [load_spec(file) for file in self.files]

    def operations(self) -> int:
        return sum(count_operations(doc) for doc in self.documents())


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    import yaml  # PyYAML's C loader: fast enough for Stripe's 4 MB, and in the project venv

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def count_operations(document: dict[str, Any]) -> int:
    return sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in item
        if method in HTTP_METHODS
    )


def sanitized_copy(source: Path, stderr: str, target_dir: Path) -> tuple[Path, list[str]] | None:
    """`source` without the `required` entries our lint rejected, if those were all its errors."""
    errors = [line for line in stderr.splitlines() if re.match(r"^\S+:\d+:\d+: (?!warning:)", line)]
    matches = [SANITIZABLE.search(line) for line in errors]
    if not errors or not all(matches):
        return None
    document = load_spec(source)
    removed = []
    for match in sorted((m for m in matches if m), key=lambda m: m["pointer"], reverse=True):
        *parent, index = pointer_tokens(match["pointer"])
        node: Any = document
        for token in parent:
            node = node[int(token)] if isinstance(node, list) else node[token]
        del node[int(index)]
        removed.append(f"{match['pointer']} ({match['name']!r})")
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / (source.stem + ".json")
    # Laid out as the corpus file is (2-space indent, UTF-8): our lazy position index parses the text.
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target, removed


# -- subsets for scaling ------------------------------------------------------------------


def ref_closure_subset(document: dict[str, Any], fraction: float) -> dict[str, Any]:
    """`fraction` of the paths, evenly spread, with every component their `$ref`s reach."""
    paths = list((document.get("paths") or {}).items())
    chosen = [item for index, item in enumerate(paths) if math.floor((index + 1) * fraction) > math.floor(index * fraction)]
    components = document.get("components") or {}
    needed: dict[str, set[str]] = {}
    pending: list[Any] = [dict(chosen)]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/components/"):
                _, _, kind, name = reference.split("/", 3)
                name = unescape_pointer_token(name)
                if name not in needed.setdefault(kind, set()) and name in (components.get(kind) or {}):
                    needed[kind].add(name)
                    pending.append(components[kind][name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    subset = {key: value for key, value in document.items() if key not in ("paths", "components", "webhooks") and not key.startswith("x-")}
    subset["paths"] = dict(chosen)
    subset["components"] = {
        kind: {name: entry for name, entry in entries.items() if name in needed.get(kind, set())}
        for kind, entries in components.items()
        if kind != "securitySchemes"
    }
    if "securitySchemes" in components:  # named by `security`, not by `$ref`
        subset["components"]["securitySchemes"] = components["securitySchemes"]
    return subset


def loglog_slope(xs: list[float], ys: list[float]) -> float | None:
    points = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(points) < 2:
        return None
    mean_x = sum(p[0] for p in points) / len(points)
    mean_y = sum(p[1] for p in points) / len(points)
    spread = sum((p[0] - mean_x) ** 2 for p in points)
    return round(sum((p[0] - mean_x) * (p[1] - mean_y) for p in points) / spread, 3) if spread else None


# -- the tools ----------------------------------------------------------------------------


def identifier(stem: str) -> str:
    return re.sub(r"\W", "_", stem)


class Runner:
    """Runs the tools on an input into fresh directories; keeps the first run's outputs."""

    def __init__(self, scratch: Path, peer_bin: Path | None) -> None:
        self.scratch = scratch
        self.peer_bin = peer_bin
        self.counter = 0

    def fresh(self, label: str) -> Path:
        self.counter += 1
        path = self.scratch / f"{self.counter:04d}-{label}"
        path.mkdir(parents=True)
        return path

    def ours(self, command: str, spec_dir: Path, out: Path, cache: Path, log: Path, *options: str) -> Timed:
        env = dict(os.environ, GENERATOR_CACHE_DIR=str(cache))
        argv = [str(PROJECT_PYTHON), "-m", "generator", command, "--specs", str(spec_dir), "--out", str(out), *options]
        if command == "check":
            argv.append("--quiet")
        return run_timed(argv, cwd=ROOT, env=env, timeout=CHECK_TIMEOUT if command == "check" else RUN_TIMEOUT, log_dir=log)

    def floor(self, files: list[Path], ours_output: Path, log: Path) -> Timed:
        """bench/floor.py on our cold output: DCG's `parse_raw` and black's pass, nothing else of ours."""
        env = dict(os.environ, GENERATOR_CACHE_DIR=str(self.fresh("floor-cache")))
        argv = [str(PROJECT_PYTHON), str(ROOT / "bench" / "floor.py"), str(ours_output), *map(str, files)]
        return run_timed(argv, cwd=ROOT, env=env, timeout=RUN_TIMEOUT, log_dir=log)

    def opc(self, files: list[Path], out: Path, log: Path, literal_enums: bool = False) -> Timed:
        assert self.peer_bin is not None
        env = dict(os.environ, PATH=f"{self.peer_bin}{os.pathsep}{os.environ.get('PATH', '')}")  # its ruff step
        config: list[str] = []
        if literal_enums:
            config_file = self.scratch / "opc-literal-enums.yaml"
            config_file.write_text("literal_enums: true\n", encoding="utf-8")
            config = ["--config", str(config_file)]
        return self._each(
            files,
            lambda file: [
                str(self.peer_bin / "openapi-python-client"), "generate", "--path", str(file),
                "--output-path", str(out / f"opc_{identifier(file.stem)}"), "--overwrite", "--meta", "none", *config,
            ],
            env,
            log,
        )

    def dcg(self, files: list[Path], out: Path, log: Path) -> Timed:
        codegen = PROJECT_PYTHON.parent / "datamodel-codegen"
        timed = self._each(
            files,
            lambda file: [
                str(codegen), "--input", str(file), "--input-file-type", "openapi",
                "--output-model-type", "dataclasses.dataclass", "--output", str(out / f"dcg_{identifier(file.stem)}"),
            ],
            dict(os.environ),
            log,
        )
        for written in out.iterdir():  # a single module is written as a file: make it a package
            if written.is_file():
                temporary = written.with_name(written.name + ".tmp")
                written.rename(temporary)
                written.mkdir()
                temporary.rename(written / "__init__.py")
        return timed

    def _each(self, files: list[Path], argv_of: Any, env: dict[str, str], log: Path) -> Timed:
        """One child per spec (both peers take one document at a time), summed; peak is the max."""
        parts = [run_timed(argv_of(file), cwd=ROOT, env=env, timeout=RUN_TIMEOUT, log_dir=log / file.stem) for file in files]
        failed = next((part for part in parts if not part.ok), None)
        return Timed(
            wall_s=round(sum(p.wall_s for p in parts), 3),
            cpu_s=round(sum(p.cpu_s for p in parts), 3),
            peak_rss_mb=max(p.peak_rss_mb for p in parts),
            returncode=failed.returncode if failed else 0,
            timed_out=any(p.timed_out for p in parts),
            stdout_tail=(failed or parts[-1]).stdout_tail,
            stderr_tail=(failed or parts[-1]).stderr_tail,
        )


# -- correctness --------------------------------------------------------------------------

IMPORT_ALL = """
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
modules, failed = 0, []
def attempt(name):
    global modules
    modules += 1
    try:
        return importlib.import_module(name)
    except BaseException as error:
        failed.append({"module": name, "error": f"{type(error).__name__}: {error}"[:500]})
for name in sys.argv[2:]:
    package = attempt(name)
    if package is not None and hasattr(package, "__path__"):
        for info in pkgutil.walk_packages(package.__path__, name + ".", onerror=lambda _: None):
            attempt(info.name)
print(json.dumps({"modules": modules, "failed": failed}))
"""


def packages_in(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if (p / "__init__.py").is_file())


def correctness(tool: str, out: Path, spec_operations: int, python: Path, scratch: Path) -> dict[str, Any]:
    packages = packages_in(out) if out.is_dir() else []
    found: dict[str, Any] = {"packages": packages, "operations_in_spec": spec_operations}
    if not packages:
        return found | {"operations_generated": None, "import": None, "mypy_errors": None}
    if tool == "ours":
        found["operations_generated"] = sum(
            len(re.findall(r"^def ", (out / p / "operations.py").read_text(encoding="utf-8"), re.M))
            - len(re.findall(r"^@overload\ndef ", (out / p / "operations.py").read_text(encoding="utf-8"), re.M))
            for p in packages
            if (out / p / "operations.py").exists()
        )
    elif tool.startswith(OPC):
        found["operations_generated"] = sum(
            1 for p in packages for module in (out / p / "api").rglob("*.py") if module.name != "__init__.py"
        )
    else:
        found["operations_generated"] = None  # models only
    progress(f"  {tool}: importing every module")
    imported = run_timed([str(python), "-c", IMPORT_ALL, str(out), *packages], timeout=RUN_TIMEOUT, log_dir=scratch / "import")
    try:
        report = json.loads(imported.stdout_tail.strip().splitlines()[-1])
        found["import"] = {
            "modules": report["modules"],
            "failed": len(report["failed"]),
            "failures": report["failed"][:20],
            "seconds": imported.wall_s,
            "peak_rss_mb": imported.peak_rss_mb,
        }
    except (IndexError, ValueError, KeyError):
        found["import"] = {"modules": None, "failed": None, "error": imported.stderr_tail[-1500:]}
    progress(f"  {tool}: mypy --strict")
    argv = [str(PROJECT_PYTHON), "-m", "mypy", "--strict", "--cache-dir", str(scratch / "mypy-cache"), "--python-executable", str(python)]
    for package in packages:
        argv += ["-p", package]
    checked = run_timed(argv, cwd=out, timeout=RUN_TIMEOUT, log_dir=scratch / "mypy")
    lines = (scratch / "mypy" / "stdout.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    errors = [line for line in lines if ": error:" in line]
    codes: dict[str, int] = {}
    for line in errors:
        code = re.search(r"\[([a-z-]+)\]$", line)
        codes[code[1] if code else "?"] = codes.get(code[1] if code else "?", 0) + 1
    found["mypy_errors"] = None if checked.timed_out or checked.returncode not in (0, 1) else len(errors)
    found["mypy"] = {
        "seconds": checked.wall_s,
        "peak_rss_mb": checked.peak_rss_mb,
        "returncode": checked.returncode,
        "timed_out": checked.timed_out,
        "by_code": dict(sorted(codes.items(), key=lambda kv: -kv[1])),
        "first_errors": errors[:15],
        "summary": lines[-1] if lines else checked.stderr_tail[-500:],
    }
    return found


# -- the benchmark ------------------------------------------------------------------------


def summarize(runs: list[Timed]) -> dict[str, Any]:
    good = [r for r in runs if r.ok]
    return {
        "runs": len(runs),
        "ok_runs": len(good),
        "wall_s": median([r.wall_s for r in good]),
        "cpu_s": median([r.cpu_s for r in good]),
        "peak_rss_mb": median([r.peak_rss_mb for r in good]),
        "failure": None if len(good) == len(runs) else failure_of(next(r for r in runs if not r.ok)),
    }


def failure_of(run: Timed) -> dict[str, Any]:
    return {
        "returncode": run.returncode,
        "timed_out": run.timed_out,
        "seconds_to_failure": run.wall_s,
        "stderr_tail": run.stderr_tail[-2500:],
    }


def bench_input(
    item: Input, runs: int, runner: Runner, tools: list[str], keep: Path, first_cold: tuple[Timed, Path, Path] | None = None
) -> dict[str, Any]:
    """Every tool, `runs` times, alternating; correctness from the first run's outputs.

    `first_cold` is a cold run of ours already made (the probe of a large input): its timing,
    output and filled cache stand for the first round's cold run.
    """
    timings: dict[str, list[Timed]] = {tool: [] for tool in tools}
    kept: dict[str, Path] = {}
    result: dict[str, Any] = {"input": item.name, "files": [str(f) for f in item.files], "note": item.note}
    progress(f"{item.name}: counting operations")
    result["operations_in_spec"] = item.operations()
    result["spec_bytes"] = sum(f.stat().st_size for f in item.files)
    ours_broken = False
    for run in range(runs):
        reuse = first_cold if run == 0 else None
        cache = reuse[2] if reuse else runner.fresh(f"{item.name}-cache")
        warm_out: Path | None = None
        for tool in tools:
            if tool.startswith("ours") and ours_broken:
                continue  # deterministic: one failure says it, more runs only cost time
            if tool == "ours-check" and warm_out is None:
                continue
            if tool == FLOOR and "ours-cold" not in kept:
                continue  # it formats our cold output: none, none to measure
            progress(f"{item.name} run {run + 1}/{runs}: {tool}")
            if tool == "ours-cold" and reuse:
                timed, out = reuse[0], reuse[1]
                log = out.with_name(out.name + "-log")
            else:
                out = runner.fresh(f"{item.name}-{tool}")
                log = out.with_name(out.name + "-log")
            if tool == "ours-cold" and reuse:
                pass
            elif tool == "ours-cold":
                timed = runner.ours("generate", item.spec_dir, out, cache, log, *item.options)
            elif tool == "ours-warm":
                timed = runner.ours("generate", item.spec_dir, out, cache, log, *item.options)
                warm_out = out if timed.ok else None
            elif tool == OURS_ALL:
                timed = runner.ours("generate", item.spec_dir, out, runner.fresh(f"{item.name}-cache-all"), log, "--all-schemas", *item.options)
            elif tool == "ours-check":
                assert warm_out is not None
                timed = runner.ours("check", item.spec_dir, warm_out, cache, log, *item.options)
                shutil.rmtree(warm_out, ignore_errors=True)
            elif tool == FLOOR:
                timed = runner.floor(item.files, kept["ours-cold"], log)
                if timed.ok and run == 0:
                    result["floor_parts_s"] = json.loads(timed.stdout_tail.strip().splitlines()[-1])
            elif tool.startswith(OPC):
                timed = runner.opc(item.files, out, log, literal_enums=tool == OPC_LITERAL_ENUMS)
            else:
                timed = runner.dcg(item.files, out, log)
            timings[tool].append(timed)
            progress(f"  {timed.wall_s:.1f} s wall, {timed.cpu_s:.1f} s CPU, {timed.peak_rss_mb:.0f} MB, exit {timed.returncode}")
            if tool == "ours-cold" and not timed.ok:
                ours_broken = True
            if run == 0 and tool in ("ours-cold", *PEERS):
                kept[tool] = keep / item.name / tool
                shutil.rmtree(kept[tool], ignore_errors=True)
                kept[tool].parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(out, kept[tool], symlinks=True)
                shutil.copytree(log, kept[tool].with_name(tool + "-log"), dirs_exist_ok=True)
            if tool != "ours-warm":  # the warm output is what `check` compares against
                shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    result["tools"] = {tool: summarize(timed) for tool, timed in timings.items() if timed}
    cold = timings.get("ours-cold") or []
    skipped = SKIPPED.search(cold[0].stdout_tail) if cold else None
    result["ours_unreachable_schemas_skipped"] = int(skipped[1]) if skipped else 0
    result["tools_raw"] = {tool: [t.as_json() | {"stdout_tail": t.stdout_tail[-300:], "stderr_tail": t.stderr_tail[-300:]} for t in timed] for tool, timed in timings.items()}
    result["correctness"] = {}
    for tool, out in kept.items():
        label = "ours" if tool.startswith("ours") else tool
        if not timings[tool][0].ok and not packages_in(out):
            continue
        python = PEER_VENV / "bin" / "python" if tool.startswith(OPC) else PROJECT_PYTHON
        result["correctness"][label] = correctness(label, out, result["operations_in_spec"], python, runner.fresh(f"{item.name}-{label}-check"))
    ours = result["tools"].get("ours-cold", {})
    result["ratios"] = {
        f"{mode}/{peer}": {
            key: ratio(result["tools"].get(mode, {}).get(key), result["tools"].get(peer, {}).get(key))
            for key in ("wall_s", "cpu_s", "peak_rss_mb")
        }
        for mode in ("ours-cold", OURS_ALL, "ours-warm", FLOOR)
        for peer in (*PEERS, FLOOR)
        if peer != mode and peer in result["tools"] and mode in result["tools"] and ours
    }
    return result


def bench_scaling(document: dict[str, Any], stem: str, fractions: tuple[float, ...], runs: int, runner: Runner) -> dict[str, Any]:
    """Our generator (cold cache) on growing subsets of one spec: time vs size, log-log slope."""
    points = []
    for fraction in fractions:
        subset = ref_closure_subset(document, fraction)
        spec_dir = WORK / "specs" / f"scaling-{round(fraction * 100)}"
        shutil.rmtree(spec_dir, ignore_errors=True)
        spec_dir.mkdir(parents=True)
        text = json.dumps(subset, indent=2, ensure_ascii=False) + "\n"  # the corpus layout
        (spec_dir / f"{stem}.json").write_text(text, encoding="utf-8")
        timings = []
        for run in range(runs):
            progress(f"scaling {fraction:.0%} run {run + 1}/{runs}")
            out, cache = runner.fresh("scaling-out"), runner.fresh("scaling-cache")
            timed = runner.ours("generate", spec_dir, out, cache, out.with_name(out.name + "-log"), "--lenient")  # GitHub's examples
            progress(f"  {timed.wall_s:.1f} s wall, exit {timed.returncode}")
            timings.append(timed)
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            if not timed.ok:
                break
        points.append(
            {
                "fraction": fraction,
                "paths": len(subset["paths"]),
                "operations": count_operations(subset),
                "schemas": len(subset["components"].get("schemas", {})),
                "spec_bytes": len(text.encode("utf-8")),
            }
            | summarize(timings)
        )
    good = [p for p in points if p["wall_s"]]
    return {
        "points": points,
        "exponent_wall_vs_bytes": loglog_slope([p["spec_bytes"] for p in good], [p["wall_s"] for p in good]),
        "exponent_cpu_vs_bytes": loglog_slope([p["spec_bytes"] for p in good], [p["cpu_s"] for p in good]),
        "exponent_wall_vs_operations": loglog_slope([p["operations"] for p in good], [p["wall_s"] for p in good]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and input (default 3; medians reported)")
    parser.add_argument("--runs-large", type=int, help="runs for Stripe, GitHub and scaling (default: --runs)")
    parser.add_argument("--inputs", default="five,real,stripe,github", help="comma-separated: five, real, stripe, github")
    parser.add_argument("--no-scaling", action="store_true", help="skip the GitHub subsets")
    parser.add_argument(
        "--scaling-source", type=Path, help="spec to take the scaling subsets from (default: the GitHub input as benchmarked)"
    )
    parser.add_argument("--no-peers", action="store_true", help="our generator only")
    parser.add_argument("--smoke", action="store_true", help="one small spec, ours only, one run: checks the script works")
    parser.add_argument("--results", type=Path, help="output file (default bench/results/generate.json)")
    arguments = parser.parse_args(argv)
    runs = 1 if arguments.smoke else arguments.runs
    runs_large = 1 if arguments.smoke else (arguments.runs_large or runs)
    results_path = arguments.results or (RESULTS / ("generate-smoke.json" if arguments.smoke else "generate.json"))
    started = time.perf_counter()

    tools = ["ours-cold", FLOOR, "ours-warm", "ours-check"]
    peer_bin = None
    if not (arguments.smoke or arguments.no_peers):
        peer_bin = ensure_peer_venv().parent
        tools = ["ours-cold", FLOOR, OPC, "ours-warm", "datamodel-codegen", "ours-check"]
    payload: dict[str, Any] = {
        "benchmark": "generate",
        "command": " ".join([Path(sys.executable).name, "bench/generate.py", *(argv if argv is not None else sys.argv[1:])]),
        "runs": runs,
        "runs_large": runs_large,
        "machine": machine(),
        "git": git_state(),
        "versions": {
            "datamodel-code-generator": package_version(PROJECT_PYTHON, "datamodel-code-generator"),
            "openapi-python-client": package_version(PEER_VENV / "bin" / "python", "openapi-python-client") if peer_bin else None,
            "mypy": package_version(PROJECT_PYTHON, "mypy"),
        },
        "cache": "ours-cold: GENERATOR_CACHE_DIR empty for each run; ours-warm: the cache the cold run of the same round filled; ours-check: `check` on the warm run's output, warm cache",
        "inputs": [],
    }
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch_name:
        scratch = Path(scratch_name)
        runner = Runner(scratch, peer_bin)
        keep = WORK / "out"
        wanted = ["smoke"] if arguments.smoke else [name for name in arguments.inputs.split(",") if name]
        if "real" in wanted:  # each vendor spec on its own, as the peers take them
            at = wanted.index("real")
            wanted[at : at + 1] = [f"real/{path.name}" for path in sorted((CORPUS / "real").glob("*.json"))]
        scaling_source: tuple[dict[str, Any], str] | None = None
        for name in wanted:
            if name == "smoke":
                item = Input("smoke", [ROOT / "specs" / "activeplatform_v1.yaml"], large=False)
            elif name == "five":
                item = Input("five", sorted((ROOT / "specs").glob("*.yaml")), large=False, note="our five specs, one generator run")
            elif name.startswith("real/"):
                item = Input(name.replace("/", "-").removesuffix(".json"), [CORPUS / name], large=False)
            elif name in ("stripe", "github"):
                corpus_file = CORPUS / {"stripe": "stripe-spec3.yaml", "github": "github-api.json"}[name]
                if not corpus_file.exists():
                    payload["inputs"].append({"input": name, "skipped": f"{corpus_file} not found"})
                    continue
                item = Input(name, [corpus_file], large=True)
            else:
                parser.error(f"unknown input {name!r}")
            item_runs = runs_large if item.large else runs
            if item.large:
                # Ours first, alone: a spec our lint rejects is recorded and benchmarked sanitized.
                progress(f"{name}: probing our generator")
                probe_out, probe_cache = runner.fresh(f"{name}-probe"), runner.fresh(f"{name}-probe-cache")
                probe = runner.ours("generate", item.spec_dir, probe_out, probe_cache, probe_out.with_name(probe_out.name + "-log"), *item.options)
                progress(f"  {probe.wall_s:.1f} s wall, exit {probe.returncode}")
                first_cold: tuple[Timed, Path, Path] | None = (probe, probe_out, probe_cache)
                cleaned = None
                if probe.returncode == 2:
                    cleaned = sanitized_copy(item.files[0], probe.stderr_tail, WORK / "sanitized" / name)
                if cleaned:
                    payload["inputs"].append(
                        {
                            "input": name,
                            "files": [str(f) for f in item.files],
                            "operations_in_spec": item.operations(),
                            "tools": {"ours-cold": summarize([probe])},
                            "note": "our generator rejects the spec as is; benchmarked sanitized below",
                        }
                    )
                    item = Input(
                        f"{name}-sanitized",
                        [cleaned[0]],
                        large=True,
                        note="entries removed from `required` (our lint rejects them): " + "; ".join(cleaned[1]),
                    )
                    first_cold = None
            else:
                first_cold = None
            item_tools = list(tools)
            if name == "stripe" and OPC in item_tools:  # its default crashes there; this setting completes
                item_tools.insert(item_tools.index(OPC) + 1, OPC_LITERAL_ENUMS)
            if name == "github":  # a third of its schemas are unreachable: also time generating them all
                item_tools.insert(1, OURS_ALL)
            payload["inputs"].append(bench_input(item, item_runs, runner, item_tools, keep, first_cold))
            if name in ("github", "smoke"):
                scaling_source = (item.documents()[0], item.files[0].stem)
        if arguments.scaling_source:
            scaling_source = (load_spec(arguments.scaling_source), arguments.scaling_source.stem)
        if scaling_source and not arguments.no_scaling:
            fractions = (1.0,) if arguments.smoke else SCALING_FRACTIONS
            payload["scaling"] = {"source": scaling_source[1], "tool": "ours-cold"} | bench_scaling(
                scaling_source[0], scaling_source[1], fractions, runs_large, runner
            )
    payload["seconds"] = round(time.perf_counter() - started, 1)
    payload["git_at_end"] = git_state()  # the tree is shared: say if the generator changed meanwhile
    write_results(results_path, payload)
    print(report(payload))
    print(f"\nresults: {results_path.relative_to(ROOT) if results_path.is_relative_to(ROOT) else results_path}")
    return 0


# -- the summary --------------------------------------------------------------------------


def real_totals(payload: dict[str, Any]) -> str:
    """Sums over the real/ specs of the cold wall time of ours and openapi-python-client."""
    real = [e for e in payload["inputs"] if str(e.get("input", "")).startswith("real-")]
    if not real:
        return ""
    totals = {}
    for tool in ("ours-cold", OPC, FLOOR, "datamodel-codegen"):
        seconds = [e.get("tools", {}).get(tool, {}).get("wall_s") for e in real]
        totals[tool] = (sum(s for s in seconds if s), sum(1 for s in seconds if s))
    line = (
        f"\nreal/ specs, cold wall time summed: ours {totals['ours-cold'][0]:.1f} s ({totals['ours-cold'][1]} of {len(real)} generated), "
        f"{OPC} {totals[OPC][0]:.1f} s ({totals[OPC][1]} of {len(real)})"
    )
    both = [e for e in real if e.get("tools", {}).get("ours-cold", {}).get("wall_s") and e.get("tools", {}).get(OPC, {}).get("wall_s")]
    if both:
        ours = sum(e["tools"]["ours-cold"]["wall_s"] for e in both)
        theirs = sum(e["tools"][OPC]["wall_s"] for e in both)
        line += f"; on the {len(both)} both generate: {ours:.1f} s vs {theirs:.1f} s, ratio {ratio(ours, theirs)}"
        floors = [e["tools"].get(FLOOR, {}).get("wall_s") for e in both]
        if all(floors):
            floor = sum(floors)
            line += (
                f"; the floor of our named dependencies (DCG parse + black pass) on them: {floor:.1f} s, "
                f"{ratio(floor, theirs)} of {OPC}'s, ours {ratio(ours, floor)} of it"
            )
    return line


def report(payload: dict[str, Any]) -> str:
    rows = []
    for entry in payload["inputs"]:
        if "skipped" in entry:
            rows.append([entry["input"], "—", "skipped: " + entry["skipped"], *[None] * 9])
            continue
        ours_cold = entry["tools"].get("ours-cold", {})
        for tool, summary in entry["tools"].items():
            label = "ours" if tool.startswith("ours") else tool
            checks = entry.get("correctness", {}).get(label, {}) if tool in ("ours-cold", *PEERS) else {}
            imported = checks.get("import") or {}
            generated = checks.get("operations_generated")
            failure = summary.get("failure")
            rows.append(
                [
                    entry["input"],
                    tool,
                    "ok" if not failure else ("timeout" if failure["timed_out"] else f"exit {failure['returncode']}"),
                    summary["wall_s"],
                    summary["cpu_s"],
                    summary["peak_rss_mb"],
                    ratio(ours_cold.get("wall_s"), summary["wall_s"]) if tool in (*PEERS, FLOOR) else None,
                    ratio(ours_cold.get("cpu_s"), summary["cpu_s"]) if tool in (*PEERS, FLOOR) else None,
                    f"{generated}/{entry['operations_in_spec']}" if generated is not None else None,
                    f"{imported['modules'] - imported['failed']}/{imported['modules']}" if imported.get("modules") else None,
                    checks.get("mypy_errors"),
                ]
            )
    text = table(
        ["input", "tool", "status", "wall s", "CPU s", "peak MB", "ours-cold/this wall", "ours-cold/this CPU", "ops generated", "modules import", "mypy --strict errors"],
        rows,
    )
    text += "\n\nours-cold: empty cache each run (black, datamodel-code-generator); ours-warm: cache filled by the cold run; ours-check: `check` with the warm cache."
    skipped = [f"{e['input']} {e['ours_unreachable_schemas_skipped']}" for e in payload["inputs"] if e.get("ours_unreachable_schemas_skipped")]
    text += "\nours generates the component schemas the operations reach, the peers every schema"
    text += f"; unreachable schemas ours skipped: {', '.join(skipped)}." if skipped else "."
    text += real_totals(payload)
    text += f"\nmedians of {payload['runs']} runs ({payload['runs_large']} for Stripe/GitHub/scaling); peers take one spec per process, summed."
    scaling = payload.get("scaling")
    if scaling:
        text += "\n\nScaling (ours, cold cache), subsets of " + scaling["source"] + " with their $ref closure:\n"
        text += table(
            ["paths", "operations", "schemas", "spec MB", "wall s", "CPU s", "peak MB", "status"],
            [
                [p["paths"], p["operations"], p["schemas"], round(p["spec_bytes"] / 1e6, 2), p["wall_s"], p["cpu_s"], p["peak_rss_mb"],
                 "ok" if not p["failure"] else f"exit {p['failure']['returncode']}"]
                for p in scaling["points"]
            ],
        )
        text += (
            f"\nlog-log slope: wall vs spec bytes {scaling['exponent_wall_vs_bytes']}, CPU vs bytes "
            f"{scaling['exponent_cpu_vs_bytes']}, wall vs operations {scaling['exponent_wall_vs_operations']}"
        )
    return text


if __name__ == "__main__":
    sys.exit(main())
