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


@pytest.mark.parametrize("spec", SAMPLE, ids=[spec.stem for spec in SAMPLE])
def test_every_module_is_black_stable_before_black(spec: Path) -> None:
    modules = rendered_python(spec)
    assert {"client.py", "operations.py", "testing.py", "errors.py", "__init__.py"} <= set(modules)
    for name, text in modules.items():
        formatted = black.format_str(text, mode=BLACK_MODE)
        difference = "".join(list(difflib.unified_diff(text.splitlines(True), formatted.splitlines(True), n=1))[:40])
        assert formatted == text, f"{spec.name}: black changes {name}:\n{difference}"
