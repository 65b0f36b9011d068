"""What we hand black is already black's output, so black formats every module in one pass.

black's `format_str` formats a second time whenever its first pass changed anything; text
that is already black-stable costs half (`bench/stability.py` measures it on the whole
corpus). Checked here on the five specs and a sample of the real-world corpus: every Python
module of each package, as rendered before black.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import black
import pytest

from generator import split
from generator.build import build_api
from generator.formatting import BLACK_MODE
from generator.load import load_document
from generator.render import render_package
from generator.validate import validate_document
from tests.paths import CORPUS, SPECS

SAMPLE = sorted(SPECS.glob("*.yaml")) + [
    CORPUS / "real" / name
    for name in (
        "adyen_binlookupservice_v54.json",
        "adyen_payoutservice_v68.json",
        "paypal_catalogs_products_v1.json",
        "paypal_payments_payment_v2.json",
    )
]


def rendered_python(spec: Path) -> dict[str, str]:
    document = load_document(spec)
    validate_document(document, lenient=True)
    files = dict(render_package(build_api(document)))
    return {name: text for name, text in files.items() if name.endswith(".py")}


def assert_black_stable(where: str, text: str) -> None:
    formatted = black.format_str(text, mode=BLACK_MODE)
    difference = "".join(list(difflib.unified_diff(text.splitlines(True), formatted.splitlines(True), n=1))[:40])
    assert formatted == text, f"black changes {where}:\n{difference}"


@pytest.mark.parametrize("spec", SAMPLE, ids=[spec.stem for spec in SAMPLE])
def test_every_module_is_black_stable_before_black(spec: Path) -> None:
    modules = rendered_python(spec)
    assert {"client.py", "operations.py", "testing.py", "errors.py", "__init__.py"} <= set(modules)
    for name, text in modules.items():
        assert_black_stable(f"{spec.name}: {name}", text)


@pytest.mark.parametrize("spec", sorted(SPECS.glob("*.yaml")), ids=lambda spec: spec.stem)
def test_models_in_parts_are_black_stable_too(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge spec's layout (`split.py`), forced on a small spec: its parts and the lazy
    `models/__init__.py`, whose table of parts holds one-name parts too."""
    monkeypatch.setattr(split, "ONE_MODULE_BUDGET", 12)
    monkeypatch.setattr(split, "PART_BUDGET", 12)
    modules = {name: text for name, text in rendered_python(spec).items() if name.startswith("models/")}
    assert "models/__init__.py" in modules and len(modules) > 2
    for name, text in modules.items():
        assert_black_stable(f"{spec.name}: {name}", text)
