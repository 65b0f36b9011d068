"""Run-time benchmark of the generated packages: decoding, encoding, per-call overhead, import.

Payloads, built from the spec examples:
- `wepay-page`: a WePay listPayments page of 50 payments (the two example payments repeated,
  each copy with its own id, amount, time and reference);
- `activeplatform-v3`: the ActivePlatform v3 example document with a full `included` list
  (one resource for every relationship the payment names).

Decoding is timed from parsed JSON (`from_dict`, pydantic's `validate_python`) and from the
raw bytes (`json.loads` + `from_dict`, pydantic's `validate_json`, `msgspec.json.decode`);
`json.loads` alone is the floor. Encoding is each library's "to plain JSON data" call. The
peers' models are generated here from the same specs: openapi-python-client's package, and
datamodel-code-generator's pydantic v2 and msgspec models. Every timing is `timeit` with a
fixed number of repeats; the median is reported.

Per-call overhead: requests per second of `client.list_payments(...)` and
`client.get_payment(...)` (sync and async, sequential calls) against a stdlib `http.server`
on 127.0.0.1 serving the spec's example, vs raw httpx sending the same request and calling
`.json()`. The server runs in a child process so that its work does not hold the measuring
process's GIL.

Import time: `python -X importtime` importing the package and every module in it, summing the
self times of the package's own modules (httpx, pydantic, attrs, msgspec and the standard
library excluded), bytecode compiled beforehand.

The measurements run in the peer venv (bench/.work/venv, made by `bench/generate.py`'s
helper), where msgspec, pydantic and openapi-python-client live; the generated packages are
copied to bench/.work/runtime/pkgs and put on sys.path. With `--smoke` everything runs in the
current interpreter, ours and `json.loads` only, with few repeats.

    python bench/runtime.py [--repeats N] [--requests N]
    python bench/runtime.py --smoke
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import importlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PEER_PYTHON,
    PROJECT_PYTHON,
    RESULTS,
    ROOT,
    WORK,
    ensure_peer_venv,
    machine,
    package_version,
    progress,
    ratio,
    table,
    write_results,
)

RUNTIME = WORK / "runtime"
PACKAGES = RUNTIME / "pkgs"
PAYLOADS = RUNTIME / "payloads"
# payload → (spec stem, model class name, our client call, its wire request)
CASES: dict[str, dict[str, Any]] = {
    "wepay-page": {
        "spec": "wepay",
        "model": "PaymentCollection",
        "operation": "list_payments",
        "call": {"page_size": 50},
        "path": "/payments",
        "query": {"page_size": "50"},
        "credentials": {"app_id": "bench-app", "app_token": "bench-token"},
        "headers": {"App-Id": "bench-app", "App-Token": "bench-token"},
        "content_type": "application/json",
    },
    "activeplatform-v3": {
        "spec": "activeplatform_v3",
        "model": "PaymentDocument",
        "operation": "get_payment",
        "call": {"reseller_id": 1, "payment_id": 9714},
        "path": "/api/v3/resellers/1/payments/9714",
        "query": {},
        "credentials": {"api_token_header": "bench-token"},
        "headers": {"X-Api-Token": "bench-token"},
        "content_type": "application/vnd.api+json",
    },
}


# -- payloads -----------------------------------------------------------------------------


def spec_example(spec: dict[str, Any]) -> Any:
    """The first response example of the spec's only operation."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                for media in operation["responses"]["200"]["content"].values():
                    return next(iter(media["examples"].values()))["value"]
    raise LookupError("no example")


def wepay_page(example: dict[str, Any], size: int = 50) -> dict[str, Any]:
    page = copy.deepcopy(example)
    originals = example["results"]
    page["results"] = []
    for index in range(size):
        payment = copy.deepcopy(originals[index % len(originals)])
        payment["id"] = f"00000000-0000-0000-0000-{index:012x}"
        payment["path"] = f"/payments/{payment['id']}"
        payment["amount"] = 1000 + 37 * index
        payment["amount_refunded"] = 0 if index % 3 else 100
        payment["create_time"] = 1510079535 + 60 * index
        payment["reference_id"] = f"d6a60610-3a7e-4b9d-b56f-{index:012x}"
        if index % 5 == 0:
            payment["custom_data"] = {"note": f"order {index}", "batch": index // 5}
        page["results"].append(payment)
    return page


def activeplatform_full(example: dict[str, Any]) -> dict[str, Any]:
    """The example with an `included` entry for every resource its relationships name."""
    document = copy.deepcopy(example)
    present = {(item["type"], item["id"]) for item in document.get("included", [])}
    for relationship in document["data"]["relationships"].values():
        data = relationship.get("data")
        for identifier in data if isinstance(data, list) else [data] if data else []:
            key = (identifier["type"], identifier["id"])
            if key not in present:
                present.add(key)
                document["included"].append({"id": key[1], "type": key[0], "attributes": {}, "relationships": {}})
    return document


def build_payloads() -> dict[str, Path]:
    import yaml

    PAYLOADS.mkdir(parents=True, exist_ok=True)
    made = {}
    for name, case in CASES.items():
        spec = yaml.safe_load((ROOT / "specs" / f"{case['spec']}.yaml").read_text(encoding="utf-8"))
        example = spec_example(spec)
        payload = wepay_page(example) if name == "wepay-page" else activeplatform_full(example)
        made[name] = PAYLOADS / f"{name}.json"
        made[name].write_text(json.dumps(payload), encoding="utf-8")
        (PAYLOADS / f"{name}.example.json").write_text(json.dumps(example), encoding="utf-8")
    return made


# -- peers --------------------------------------------------------------------------------


def prepare_packages(with_peers: bool) -> dict[str, Any]:
    """Copies ours out of generated/ and generates the peers' models from the same specs."""
    if PACKAGES.exists():
        shutil.rmtree(PACKAGES)
    PACKAGES.mkdir(parents=True)
    notes: dict[str, Any] = {}
    specs = sorted({case["spec"] for case in CASES.values()})
    for spec in specs:
        shutil.copytree(ROOT / "generated" / spec, PACKAGES / spec)
    if not with_peers:
        return notes
    peer_bin = ensure_peer_venv().parent
    codegen = PROJECT_PYTHON.parent / "datamodel-codegen"
    env = dict(os.environ, PATH=f"{peer_bin}{os.pathsep}{os.environ.get('PATH', '')}")
    for spec in specs:
        source = ROOT / "specs" / f"{spec}.yaml"
        steps = {
            f"opc_{spec}": [str(peer_bin / "openapi-python-client"), "generate", "--path", str(source),
                            "--output-path", str(PACKAGES / f"opc_{spec}"), "--overwrite", "--meta", "none"],
            f"pyd_{spec}": [str(codegen), "--input", str(source), "--input-file-type", "openapi",
                            "--output-model-type", "pydantic_v2.BaseModel", "--output", str(PACKAGES / f"pyd_{spec}.py")],
            f"msg_{spec}": [str(codegen), "--input", str(source), "--input-file-type", "openapi",
                            "--output-model-type", "msgspec.Struct", "--output", str(PACKAGES / f"msg_{spec}.py")],
        }
        for module, argv in steps.items():
            progress(f"generating {module}")
            done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=RUNTIME)
            if done.returncode != 0:
                notes[module] = f"generation failed (exit {done.returncode}): {done.stderr[-1500:]}"
    subprocess.run([str(PEER_PYTHON), "-m", "compileall", "-q", str(PACKAGES)], check=False)
    return notes


# -- measuring (runs inside the peer venv) -----------------------------------------------


QUICK = False  # --smoke: shorter loops


def per_call(function: Callable[[], Any], repeats: int) -> float:
    """Median seconds per call over `repeats` timeit repeats of an auto-ranged loop."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    number = max(1, number // (20 if QUICK else 2))  # autorange aims at 0.2 s per repeat
    return statistics.median(timer.repeat(repeat=repeats, number=number)) / number


def attempt(label: str, function: Callable[[], Any], repeats: int, errors: dict[str, str]) -> float | None:
    try:
        function()  # once, outside the timing: a peer that cannot decode the payload is data
    except Exception as error:  # noqa: BLE001 - any failure of a peer is recorded, not raised
        errors[label] = f"{type(error).__name__}: {str(error)[:400]}"
        return None
    return per_call(function, repeats)


def model_of(module_name: str, class_name: str) -> Any:
    module = importlib.import_module(module_name)
    if hasattr(module, class_name):
        return getattr(module, class_name)
    return getattr(importlib.import_module(module_name + ".models"), class_name)


def measure_codecs(payloads: dict[str, Path], repeats: int, with_peers: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, path in payloads.items():
        case = CASES[name]
        raw = path.read_bytes()
        data = json.loads(raw)
        errors: dict[str, str] = {}
        timings: dict[str, float | None] = {}
        progress(f"{name}: decoding and encoding")
        timings["json.loads"] = attempt("json.loads", lambda: json.loads(raw), repeats, errors)
        ours = model_of(f"{case['spec']}.models", case["model"])
        decoded = ours.from_dict(data)
        timings["ours from_dict"] = attempt("ours from_dict", lambda: ours.from_dict(data), repeats, errors)
        timings["ours loads+from_dict"] = attempt("ours loads+from_dict", lambda: ours.from_dict(json.loads(raw)), repeats, errors)
        timings["ours to_dict"] = attempt("ours to_dict", decoded.to_dict, repeats, errors)
        if with_peers:
            measure_peers(case, raw, data, repeats, timings, errors)
        results[name] = {
            "bytes": len(raw),
            "seconds_per_call": timings,
            "errors": errors,
            "round_trip_equal": decoded.to_dict() == data,  # False if only date-time spellings change
        }
    return results


def setup(label: str, function: Callable[[], Any], errors: dict[str, str]) -> Any:
    """A peer's model, adapter or decoder; one it cannot build is recorded, not raised."""
    try:
        return function()
    except Exception as error:  # noqa: BLE001
        errors[label] = f"{type(error).__name__}: {str(error)[:400]}"
        return None


def measure_peers(
    case: dict[str, Any], raw: bytes, data: Any, repeats: int, timings: dict[str, float | None], errors: dict[str, str]
) -> None:
    import msgspec
    import pydantic

    spec, model = case["spec"], case["model"]
    opc = setup("opc model", lambda: model_of(f"opc_{spec}.models", model), errors)
    if opc is not None:
        timings["opc from_dict"] = attempt("opc from_dict", lambda: opc.from_dict(data), repeats, errors)
        timings["opc loads+from_dict"] = attempt("opc loads+from_dict", lambda: opc.from_dict(json.loads(raw)), repeats, errors)
        value = _try(lambda: opc.from_dict(data))
        if value is not None:
            timings["opc to_dict"] = attempt("opc to_dict", value.to_dict, repeats, errors)

    adapter = setup("pydantic TypeAdapter", lambda: pydantic.TypeAdapter(model_of(f"pyd_{spec}", model)), errors)
    if adapter is not None:
        timings["pydantic validate_python"] = attempt("pydantic validate_python", lambda: adapter.validate_python(data), repeats, errors)
        timings["pydantic validate_json"] = attempt("pydantic validate_json", lambda: adapter.validate_json(raw), repeats, errors)
        value = _try(lambda: adapter.validate_python(data))
        if value is not None:
            timings["pydantic dump_python(json)"] = attempt(
                "pydantic dump_python(json)", lambda: adapter.dump_python(value, mode="json", by_alias=True), repeats, errors
            )

    struct = setup("msgspec model", lambda: model_of(f"msg_{spec}", model), errors)
    decoder = setup("msgspec Decoder", lambda: msgspec.json.Decoder(struct), errors) if struct is not None else None
    if decoder is not None:
        timings["msgspec json decode"] = attempt("msgspec json decode", lambda: decoder.decode(raw), repeats, errors)
        timings["msgspec convert"] = attempt("msgspec convert", lambda: msgspec.convert(data, struct), repeats, errors)
        value = _try(lambda: decoder.decode(raw))
        if value is not None:
            timings["msgspec to_builtins"] = attempt("msgspec to_builtins", lambda: msgspec.to_builtins(value), repeats, errors)


def _try(function: Callable[[], Any]) -> Any:
    try:
        return function()
    except Exception:  # noqa: BLE001
        return None


SERVER = r"""
import http.server, json, sys
bodies = json.loads(sys.argv[1])
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the clients reuse one connection
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    def do_GET(self):
        path = self.path.split("?", 1)[0]
        body, content_type = bodies.get(path, ("{}", "application/json"))
        data = body.encode()
        self.send_response(200 if path in bodies else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def measure_calls(requests: int, repeats: int) -> dict[str, Any]:
    """Requests per second through our clients and through raw httpx, sync and async."""
    import httpx

    bodies = {
        case["path"]: ((PAYLOADS / f"{name}.example.json").read_text(encoding="utf-8"), case["content_type"])
        for name, case in CASES.items()
    }
    server = subprocess.Popen([sys.executable, "-c", SERVER, json.dumps(bodies)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        results: dict[str, Any] = {}
        for name, case in CASES.items():
            progress(f"{name}: requests against {base_url}")
            package = importlib.import_module(case["spec"])
            url = base_url + case["path"]

            def timed_sync(client: Any, call: Callable[[], Any]) -> float:
                with client:
                    call()  # connect outside the timing: only the per-call cost is measured
                    started = time.perf_counter()
                    for _ in range(requests):
                        call()
                    return time.perf_counter() - started

            async def timed_async(client: Any, call: Callable[[], Any]) -> float:
                async with client:
                    await call()
                    started = time.perf_counter()
                    for _ in range(requests):
                        await call()
                    return time.perf_counter() - started

            def ours_sync() -> float:
                client = package.Client(base_url=base_url, **case["credentials"])
                return timed_sync(client, lambda: getattr(client, case["operation"])(**case["call"]))

            def raw_sync() -> float:
                client = httpx.Client()

                def call() -> Any:
                    response = client.get(url, params=case["query"], headers=case["headers"])
                    response.raise_for_status()
                    return response.json()

                return timed_sync(client, call)

            def ours_async() -> float:
                client = package.AsyncClient(base_url=base_url, **case["credentials"])
                return asyncio.run(timed_async(client, lambda: getattr(client, case["operation"])(**case["call"])))

            def raw_async() -> float:
                async def run() -> float:
                    client = httpx.AsyncClient()

                    async def call() -> Any:
                        response = await client.get(url, params=case["query"], headers=case["headers"])
                        response.raise_for_status()
                        return response.json()

                    return await timed_async(client, call)

                return asyncio.run(run())

            runs: dict[str, Callable[[], float]] = {
                "ours sync": ours_sync,
                "httpx sync": raw_sync,
                "ours async": ours_async,
                "httpx async": raw_async,
            }
            rates: dict[str, list[float]] = {label: [] for label in runs}
            for _ in range(repeats):  # alternating, so drift in machine load hits all alike
                for label, run in runs.items():
                    rates[label].append(requests / run())
            results[name] = {label: round(statistics.median(values), 1) for label, values in rates.items()}
            results[name]["requests_per_repeat"] = requests
    finally:
        server.terminate()
        server.wait()
    return results


def inner(config_path: Path) -> None:
    """The measuring half: run by the peer venv's python (or the current one with --smoke)."""
    global QUICK
    config = json.loads(config_path.read_text())
    QUICK = config["quick"]
    sys.path.insert(0, str(PACKAGES))
    payloads = {name: Path(path) for name, path in config["payloads"].items()}
    found = {
        "codecs": measure_codecs(payloads, config["repeats"], config["with_peers"]),
        "calls": measure_calls(config["requests"], config["call_repeats"]),
        "python": sys.version.split()[0],
        "versions": {
            name: _version(name) for name in ("httpx", "pydantic", "msgspec", "openapi-python-client", "attrs")
        },
    }
    Path(config["output"]).write_text(json.dumps(found, indent=2))


def _version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


# -- import time --------------------------------------------------------------------------


# The package and every module in it: openapi-python-client's `__init__` imports only the
# client, ours imports everything; importing all makes the two comparable.
# `__import__`, not `importlib.import_module`: only the C import path reports to -X importtime.
IMPORT_EVERY_MODULE = """
import pkgutil, sys
top = __import__(sys.argv[1])
for info in pkgutil.walk_packages(getattr(top, "__path__", []), sys.argv[1] + "."):
    __import__(info.name)
"""


def import_time(python: Path, module: str, repeats: int) -> dict[str, Any]:
    """Median microseconds of the module's own code at import (`-X importtime`, self times)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(PACKAGES)
    totals, counts = [], []
    for _ in range(repeats):
        done = subprocess.run([str(python), "-X", "importtime", "-c", IMPORT_EVERY_MODULE, module], capture_output=True, text=True, env=env, cwd=RUNTIME)
        if done.returncode != 0:
            return {"error": done.stderr[-800:]}
        own = [
            int(m[1])
            for m in re.finditer(r"^import time:\s+(\d+) \|\s+\d+ \| *(.+)$", done.stderr, re.M)
            if m[2].strip() == module or m[2].strip().startswith(module + ".")
        ]
        totals.append(sum(own))
        counts.append(len(own))
    return {"ms": round(statistics.median(totals) / 1000, 2), "modules": max(counts)}


# -- the outer script ---------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="timeit repeats per measurement (default 7; median reported)")
    parser.add_argument("--requests", type=int, default=500, help="requests per repeat of the per-call benchmark (default 500)")
    parser.add_argument("--smoke", action="store_true", help="ours and json.loads only, in this interpreter, few repeats")
    parser.add_argument("--results", type=Path, help="output file (default bench/results/runtime.json)")
    parser.add_argument("--inner", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.inner:
        inner(arguments.inner)
        return 0
    with_peers = not arguments.smoke
    repeats = 3 if arguments.smoke else arguments.repeats
    requests = 10 if arguments.smoke else arguments.requests
    call_repeats = 1 if arguments.smoke else 5
    results_path = arguments.results or (RESULTS / ("runtime-smoke.json" if arguments.smoke else "runtime.json"))
    started = time.perf_counter()

    notes = prepare_packages(with_peers)
    payloads = build_payloads()
    python = PEER_PYTHON if with_peers else Path(sys.executable)
    config_path = RUNTIME / "config.json"
    output_path = RUNTIME / "measured.json"
    config_path.write_text(
        json.dumps(
            {
                "payloads": {name: str(path) for name, path in payloads.items()},
                "repeats": repeats,
                "requests": requests,
                "call_repeats": call_repeats,
                "with_peers": with_peers,
                "quick": arguments.smoke,
                "output": str(output_path),
            }
        )
    )
    progress(f"measuring with {python}")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(python), str(Path(__file__).resolve()), "--inner", str(config_path)], check=True, env=env)
    measured = json.loads(output_path.read_text())

    progress("import times")
    modules = {f"ours {spec}": spec for spec in sorted({c["spec"] for c in CASES.values()})}
    if with_peers:
        for spec in sorted({c["spec"] for c in CASES.values()}):
            modules[f"opc {spec}"] = f"opc_{spec}"
            modules[f"pydantic {spec}"] = f"pyd_{spec}"
            modules[f"msgspec {spec}"] = f"msg_{spec}"
    imports = {label: import_time(python, module, 1 if arguments.smoke else 7) for label, module in modules.items()}

    payload = {
        "benchmark": "runtime",
        "command": " ".join([Path(sys.executable).name, "bench/runtime.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine(),
        "measured_with": {"python": measured["python"], "versions": measured["versions"]},
        "settings": {"timeit_repeats": repeats, "requests_per_repeat": requests, "call_repeats": call_repeats},
        "generation_notes": notes,
        "codecs": measured["codecs"],
        "calls": measured["calls"],
        "import_ms": imports,
        "ratios": ratios(measured["codecs"], measured["calls"]),
        "seconds": round(time.perf_counter() - started, 1),
    }
    write_results(results_path, payload)
    print(report(payload))
    print(f"\nresults: {results_path.relative_to(ROOT) if results_path.is_relative_to(ROOT) else results_path}")
    return 0


def ratios(codecs: dict[str, Any], calls: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, entry in codecs.items():
        t = entry["seconds_per_call"]
        found[name] = {
            "ours loads+from_dict / json.loads": ratio(t.get("ours loads+from_dict"), t.get("json.loads")),
            "ours from_dict / opc from_dict": ratio(t.get("ours from_dict"), t.get("opc from_dict")),
            "ours from_dict / pydantic validate_python": ratio(t.get("ours from_dict"), t.get("pydantic validate_python")),
            "ours loads+from_dict / pydantic validate_json": ratio(t.get("ours loads+from_dict"), t.get("pydantic validate_json")),
            "ours loads+from_dict / msgspec json decode": ratio(t.get("ours loads+from_dict"), t.get("msgspec json decode")),
            "ours to_dict / opc to_dict": ratio(t.get("ours to_dict"), t.get("opc to_dict")),
            "ours to_dict / pydantic dump_python(json)": ratio(t.get("ours to_dict"), t.get("pydantic dump_python(json)")),
            "ours to_dict / msgspec to_builtins": ratio(t.get("ours to_dict"), t.get("msgspec to_builtins")),
        }
    for name, rates in calls.items():
        found[name]["ours sync req/s / httpx sync req/s"] = ratio(rates.get("ours sync"), rates.get("httpx sync"))
        found[name]["ours async req/s / httpx async req/s"] = ratio(rates.get("ours async"), rates.get("httpx async"))
    return found


def report(payload: dict[str, Any]) -> str:
    columns = [
        ("json.loads", "json.loads"),
        ("ours from_dict", "ours from_dict"),
        ("ours loads+from_dict", "ours loads+from_dict"),
        ("opc from_dict", "opc from_dict"),
        ("pydantic validate_python", "pydantic from dict"),
        ("pydantic validate_json", "pydantic from bytes"),
        ("msgspec convert", "msgspec from dict"),
        ("msgspec json decode", "msgspec from bytes"),
        ("ours to_dict", "ours to_dict"),
        ("opc to_dict", "opc to_dict"),
        ("pydantic dump_python(json)", "pydantic dump"),
        ("msgspec to_builtins", "msgspec to_builtins"),
    ]
    rows = []
    for key, label in columns:
        row: list[Any] = [label]
        for name, entry in payload["codecs"].items():
            seconds = entry["seconds_per_call"].get(key)
            row.append(round(seconds * 1e6, 1) if seconds else ("failed" if key in entry["errors"] else None))
        rows.append(row)
    names = list(payload["codecs"])
    text = "Decoding and encoding, µs per call (median):\n"
    text += table(["operation", *[f"{n} ({payload['codecs'][n]['bytes'] // 1000} kB)" for n in names]], rows)
    text += "\n\nRatios (below 1: ours is faster):\n"
    ratio_keys = list(next(iter(payload["ratios"].values())).keys())
    text += table(["ratio", *names], [[key, *[payload["ratios"][n].get(key) for n in names]] for key in ratio_keys])
    text += "\n\nRequests per second (sequential calls to 127.0.0.1, spec example body):\n"
    call_labels = ["ours sync", "httpx sync", "ours async", "httpx async"]
    text += table(["call", *call_labels], [[n, *[payload["calls"][n].get(label) for label in call_labels]] for n in payload["calls"]])
    text += "\n\nImport time of each package's own modules, ms (median of `-X importtime` self times):\n"
    text += table(["package", "ms", "modules"], [[label, v.get("ms", "failed"), v.get("modules")] for label, v in payload["import_ms"].items()])
    errors = {f"{n}: {k}": v for n, e in payload["codecs"].items() for k, v in e["errors"].items()}
    if errors or payload["generation_notes"]:
        text += "\n\nFailures:\n" + "\n".join(f"- {k}: {v}" for k, v in {**payload["generation_notes"], **errors}.items())
    return text


if __name__ == "__main__":
    sys.exit(main())
