"""The test kit's spec as data: `testing.json`, read by `read_spec` wherever the package lives."""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.runtime.spec import SPEC_FILE, ApiSpec, PaginationSpec, SchemeSpec


@pytest.fixture
def vendored(tmp_path: Path, generated_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """generated/wepay copied into a project as `myapp.clients.wepay`, as a user vendors it."""
    target = tmp_path / "myapp" / "clients" / "wepay"
    shutil.copytree(generated_dir / "wepay", target)
    for package in (tmp_path / "myapp", tmp_path / "myapp" / "clients"):
        (package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield target
    for name in [name for name in sys.modules if name == "myapp" or name.startswith("myapp.")]:
        del sys.modules[name]


def test_a_vendored_copy_reads_its_spec_under_its_new_name(vendored: Path) -> None:
    testing = importlib.import_module("myapp.clients.wepay.testing")
    models = importlib.import_module("myapp.clients.wepay.models")
    assert testing.SPEC.package == "myapp.clients.wepay"
    page = testing.FakeApi().client().list_payments()
    assert isinstance(page, models.PaymentCollection) and len(page.results) == 2  # the spec's example
    assert isinstance(testing.example(models.Payment), models.Payment)


def test_the_top_level_package_and_a_vendored_copy_keep_their_own_models(vendored: Path) -> None:
    import wepay.models
    import wepay.testing

    copy = importlib.import_module("myapp.clients.wepay.testing")
    with pytest.raises(TypeError, match="Payment is not a model of the WePay"):
        copy.example(wepay.models.Payment)  # same name, another package's class
    assert wepay.testing.SPEC.schema_of(wepay.models.Payment) == "Payment"


def test_a_missing_spec_file_says_what_to_copy(vendored: Path) -> None:
    (vendored / SPEC_FILE).unlink()
    with pytest.raises(FileNotFoundError, match=r"myapp\.clients\.wepay: testing\.json is missing beside testing\.py"):
        importlib.import_module("myapp.clients.wepay.testing")


def test_what_the_generator_writes_reads_back_as_the_spec(generated_dir: Path) -> None:
    data = json.loads((generated_dir / "wepay" / SPEC_FILE).read_text(encoding="utf-8"))
    spec = ApiSpec.from_json(data, "wepay")
    (operation,) = spec.operations
    assert (operation.name, operation.method, operation.path) == ("list_payments", "GET", "/payments")
    assert operation.security == (("appIdAuth", "appTokenAuth"),)
    assert operation.pagination == PaginationSpec(next="next", items="results", cursor="page")
    version, page = operation.parameters[:2]
    assert (version.name, version.wire_name, version.location, version.required) == ("api_version", "Api-Version", "header", True)
    assert (version.style, version.explode, page.style, page.explode) == ("simple", False, "form", True)
    assert version.schema == data["operations"][0]["parameters"][0]["schema"] and not version.projection
    assert operation.success.status == "200" and len(operation.success.examples) == 1
    assert spec.schemes == (SchemeSpec("appIdAuth", "api_key_header", "App-Id"), SchemeSpec("appTokenAuth", "api_key_header", "App-Token"))
    assert spec.schemas == data["schemas"] and spec.models["Payment"] == "Payment"


def test_fields_at_their_default_are_left_out_and_read_back(generated_dir: Path) -> None:
    data = json.loads((generated_dir / "elance" / SPEC_FILE).read_text(encoding="utf-8"))
    (scheme,) = data["schemes"]
    (parameter,) = data["operations"][0]["parameters"]
    assert scheme == {"name": "elanceOAuth1", "kind": "oauth1"}  # no `parameter`: ""
    assert "style" not in parameter and "explode" not in parameter and "projection" not in parameter
    spec = ApiSpec.from_json(data, "elance")
    assert spec.schemes == (SchemeSpec("elanceOAuth1", "oauth1", ""),)
    (read,) = spec.operations[0].parameters
    assert (read.style, read.explode, read.projection) == ("form", True, False)
    assert all(response.examples == () for response in spec.operations[0].responses[1:])
