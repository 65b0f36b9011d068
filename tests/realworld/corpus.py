"""The third-party specs, and what is checked of their packages: generation, import, types.

The specs are read where they are (../shared/corpus), never copied. `--lenient` is passed
only to the specs that are themselves inconsistent; the warnings then name each spot.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.build import build_api
from generator.ir import Api
from generator.load import load_document
from generator.naming import package_name
from tests.paths import CORPUS, ROOT

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class CorpusSpec:
    path: Path
    lenient: bool = False  # the document contradicts itself (see LENIENT_WHY)
    large: bool = False  # too large for CI: generated and type-checked by `make sweep` only

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def package(self) -> str:
        return package_name(self.name)


# Why a spec needs --lenient: what in the document itself is inconsistent.
LENIENT_WHY = {
    "square_api": "dangling $ref CatalogModifierToggleOverrideType, PUT /v2/vendors/{vendor_id} declares no vendor_id, RiskEvaluation requires an undefined 'status'",
    "github-api": "`required` names missing from `properties`, examples that do not fit their schema (full-repository-default-response lacks the required `language`)",
}

REAL = tuple(
    CorpusSpec(CORPUS / "real" / name, lenient=Path(name).stem in LENIENT_WHY)
    for name in (
        "paypal_payments_payment_v2.json",
        "paypal_checkout_orders_v2.json",
        "paypal_invoicing_v2.json",
        "paypal_catalogs_products_v1.json",
        "adyen_checkoutservice_v71.json",
        "adyen_paymentservice_v68.json",
        "adyen_recurringservice_v68.json",
        "adyen_binlookupservice_v54.json",
        "adyen_payoutservice_v68.json",
        "square_api.json",
    )
)
LARGE = (
    CorpusSpec(CORPUS / "stripe-spec3.yaml", large=True),
    CorpusSpec(CORPUS / "github-api.json", lenient=True, large=True),
)


def spec_operations(document: dict[str, Any]) -> int:
    return sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )


@dataclass
class Generation:
    spec: CorpusSpec
    out: Path
    exit_code: int
    stderr: str
    seconds: float

    @property
    def package_dir(self) -> Path:
        return self.out / self.spec.package

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if ": warning: " in line]


def generate(spec: CorpusSpec, out: Path) -> Generation:
    """`python -m generator generate` for one spec, as a user would run it."""
    command = [sys.executable, "-m", "generator", "generate", "--out", str(out), str(spec.path)]
    if spec.lenient:
        command.insert(4, "--lenient")
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    return Generation(spec, out, result.returncode, result.stderr, time.perf_counter() - started)


def build(spec: CorpusSpec) -> Api:
    """The intermediate model the package was generated from: operation and parameter names."""
    return build_api(load_document(spec.path))


def generated_operations(package_dir: Path) -> list[str]:
    """The operation builders operations.py defines (one per operation)."""
    source = (package_dir / "operations.py").read_text(encoding="utf-8")
    return re.findall(r"^def (\w+)\(", source, flags=re.MULTILINE)


def import_package(out: Path, package: str) -> Any:
    """Imports the package and every module of it in a fresh interpreter; returns None or the error."""
    code = f"import {package}, {package}.models, {package}.operations, {package}.errors, {package}.client"
    result = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, timeout=600)
    return None if result.returncode == 0 else result.stderr[-3000:]


@dataclass
class TypeCheck:
    errors: int
    output: str


def mypy(out: Path, package: str, cache: Path) -> TypeCheck:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(cache), package],
        cwd=out, capture_output=True, text=True, timeout=3600,
    )
    found = re.search(r"Found (\d+) errors?", result.stdout)
    errors = int(found.group(1)) if found else (0 if result.returncode == 0 else -1)
    return TypeCheck(errors, result.stdout[-5000:])


def pyright(out: Path, package: str) -> TypeCheck:
    config = out / "pyrightconfig.json"
    config.write_text(json.dumps({"include": [package], "typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    result = subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, "--outputjson", "-p", str(config)],
        cwd=out, capture_output=True, text=True, timeout=3600,
    )
    try:
        summary = json.loads(result.stdout)
    except ValueError:
        return TypeCheck(-1, result.stdout[-3000:] + result.stderr[-2000:])
    diagnostics = [d for d in summary.get("generalDiagnostics", []) if d.get("severity") == "error"]
    shown = "\n".join(
        f"{d.get('file', '?')}:{d.get('range', {}).get('start', {}).get('line', -1) + 1}: {d['message']}"
        for d in diagnostics[:20]
    )
    return TypeCheck(int(summary["summary"]["errorCount"]), shown)
