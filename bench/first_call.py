"""What a user of a huge spec's client waits for: importing it, and its first call.

Stripe's and GitHub's packages are generated (from the cache when it is warm: generation is
not what is timed here) into bench/.work/first-call/, their bytecode compiled, as it is after
a package's first import. A first process asks the package's test kit for one operation's
answer (the spec's example, else a minimal valid body) and saves it. Then each run, in a
fresh interpreter:

- `import <package>` (the client, errors, operations; models load as they are first used);
- the first call: a `Client` on `httpx.MockTransport` serving the saved answer, one call,
  which loads and compiles the models that answer reaches;
- how many model modules were loaded, of how many;
- for comparison, importing every models module (what importing a client cost before the
  models were loaded lazily).

    python bench/first_call.py [--runs 5] [--only github]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, PROJECT_PYTHON, RESULTS, ROOT, WORK, git_state, machine, median, progress, table, write_results  # noqa: E402

CASES: dict[str, dict[str, Any]] = {
    "github": {
        "spec": "github-api.json",
        "package": "github_api",
        "operation": "repos_get",
        "arguments": {"owner": "octocat", "repo": "hello-world"},
        "credentials": {},
    },
    "stripe": {
        "spec": "stripe-spec3.yaml",
        "package": "stripe_spec3",
        "operation": "get_charges_charge",
        "arguments": {"charge": "ch_1"},
        "credentials": {"bearer": "sk_test"},
    },
}

FIRST_CALL = """
import json, sys, time
case = json.loads(sys.argv[1])
sys.path.insert(0, sys.argv[2])
answer = open(sys.argv[3], "rb").read()
started, started_cpu = time.perf_counter(), time.process_time()
import importlib
package = importlib.import_module(case["package"])
imported, imported_cpu = time.perf_counter(), time.process_time()
import httpx
http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=answer, headers={"content-type": "application/json"})))
client = package.Client(httpx_client=http, base_url="https://api.test", **case["credentials"])
result = getattr(client, case["operation"])(**case["arguments"])
called, called_cpu = time.perf_counter(), time.process_time()
prefix = case["package"] + ".models"
loaded = [name for name in sys.modules if name == prefix or name.startswith(prefix + ".")]
print(json.dumps({"import_s": imported - started, "first_call_s": called - started, "import_cpu_s": imported_cpu - started_cpu, "first_call_cpu_s": called_cpu - started_cpu, "model_modules_loaded": len(loaded), "result": type(result).__name__}))
"""

EVERY_MODEL = """
import importlib, json, pkgutil, sys, time
sys.path.insert(0, sys.argv[2])
name = json.loads(sys.argv[1])["package"] + ".models"
started = time.process_time()
models = importlib.import_module(name)
parts = [info.name for info in pkgutil.iter_modules(getattr(models, "__path__", []), name + ".")]
for part in parts:
    importlib.import_module(part)
print(json.dumps({"every_model_cpu_s": time.process_time() - started, "model_modules": 1 + len(parts)}))
"""


def run_json(script: str, *arguments: str) -> dict[str, Any]:
    done = subprocess.run([str(PROJECT_PYTHON), "-c", script, *arguments], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(name: str, case: dict[str, Any], runs: int) -> dict[str, Any]:
    out = WORK / "first-call" / name
    progress(f"{name}: generating {case['package']} (cached where warm)")
    generated = subprocess.run(
        [str(PROJECT_PYTHON), "-m", "generator", "generate", "--lenient", "--out", str(out), str(CORPUS / case["spec"])],
        cwd=ROOT, capture_output=True, text=True,
    )
    if generated.returncode != 0:
        return {"error": generated.stderr[-1500:]}
    subprocess.run([str(PROJECT_PYTHON), "-m", "compileall", "-q", str(out)], check=True)
    progress(f"{name}: the answer of {case['operation']} from the test kit")
    answer_file = out / "answer.json"
    answer_file.write_text(run_json(ANSWER_SCRIPT, json.dumps(case), str(out))["body"], encoding="utf-8")
    firsts, everything = [], []
    for run in range(runs):
        progress(f"{name}: run {run + 1}/{runs}")
        firsts.append(run_json(FIRST_CALL, json.dumps(case), str(out), str(answer_file)))
        everything.append(run_json(EVERY_MODEL, json.dumps(case), str(out)))
    return {
        "operation": case["operation"],
        "result": firsts[0]["result"],
        "import_s": median([f["import_s"] for f in firsts]),
        "first_call_s": median([f["first_call_s"] for f in firsts]),
        "import_cpu_s": median([f["import_cpu_s"] for f in firsts]),
        "first_call_cpu_s": median([f["first_call_cpu_s"] for f in firsts]),
        "model_modules_loaded": firsts[0]["model_modules_loaded"],
        "model_modules": everything[0]["model_modules"],
        "every_model_cpu_s": median([e["every_model_cpu_s"] for e in everything]),
        "runs": firsts,
    }


ANSWER_SCRIPT = """
import importlib, json, sys
case = json.loads(sys.argv[1])
sys.path.insert(0, sys.argv[2])
testing = importlib.import_module(case["package"] + ".testing")
samples = importlib.import_module(case["package"] + ".runtime.samples")
package = importlib.import_module(case["package"])
fake = testing.FakeApi()
raw = getattr(fake.client().with_raw_response, case["operation"])(**case["arguments"])
try:
    raw.parsed
    body = raw.json()
except package.DecodeError:  # the spec's example does not fit its schema: a minimal valid body
    body = samples.minimal(testing.SPEC.operation(case["operation"]).success.schema, testing.SPEC.schemas)
print(json.dumps({"body": json.dumps(body)}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per measurement (default 5; median reported)")
    parser.add_argument("--only", choices=sorted(CASES), help="one spec only")
    parser.add_argument("--results", type=Path, default=RESULTS / "first_call.json")
    arguments = parser.parse_args(argv)
    payload: dict[str, Any] = {"machine": machine(), "git": git_state(), "inputs": {}}
    for name, case in CASES.items():
        if arguments.only in (None, name):
            payload["inputs"][name] = measure(name, case, arguments.runs)
    write_results(arguments.results, payload)
    rows = [
        [
            name,
            m.get("operation"),
            m.get("import_s"),
            m.get("import_cpu_s"),
            m.get("first_call_s"),
            m.get("first_call_cpu_s"),
            f"{m.get('model_modules_loaded')}/{m.get('model_modules')}",
            m.get("every_model_cpu_s"),
        ]
        for name, m in payload["inputs"].items()
    ]
    headers = ["spec", "operation", "import s", "CPU s", "import + first call s", "CPU s", "model modules loaded", "every model module, CPU s"]
    print(table(headers, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
