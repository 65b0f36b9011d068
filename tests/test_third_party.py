"""Ordinary third-party specs (3.0 and 3.1, with awkward names) generate valid, typed code."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from tests.paths import ROOT

SPECS = ROOT / "tests/specs"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("third_party")
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--specs", str(SPECS), "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True,
    )
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))


def load(name: str) -> ModuleType:
    return importlib.import_module(name)


def test_generated_code_passes_mypy_strict(out: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(tmp_path), "."],
        cwd=out, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout


def test_awkward_property_names_become_readable_identifiers(out: Path) -> None:
    models = load("oddities_31.models")
    fields = set(models.Thing.__dataclass_fields__)
    assert {"foo_bar", "foo_bar_2", "type", "at_type", "class_", "from_", "match", "id", "list_",
            "field_1st", "field", "with_space", "dotted_name", "dash_name", "größe", "additional_properties_",
            "self_"} <= fields
    data = {"fooBar": "a", "foo_bar": 1, "@type": "t", "type": "u", "class": "c", "from": "f", "1st": True,
            "": "empty", "größe": 1.5, "self": {"id": 2}, "children": [{"id": 3}],
            "shape": {"kind": "circle", "radius": 2.0}, "either": "x", "labels": {"k": "v"}, "unknown": [1]}
    thing = models.Thing.from_dict(data)
    assert thing.foo_bar_2 == "a" and thing.foo_bar == 1 and thing.at_type == "t" and thing.type == "u"
    assert isinstance(thing.shape, models.Circle) and thing.self_.id == 2 and thing.children[0].id == 3
    assert thing.additional_properties == {"unknown": [1]}
    assert thing.to_dict() == data
    assert models.Thing.from_dict(thing.to_dict()) == thing


def test_petstore_request_body_and_list_response(out: Path) -> None:
    petstore = load("petstore_30")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "POST":
            body = json.loads(request.content)
            return httpx.Response(201, json={**body, "id": 7})
        if request.url.path.endswith("/pets"):
            return httpx.Response(200, json=[{"id": 1, "name": "Rex", "tag": None, "owner": {"name": "Ann"}}])
        return httpx.Response(204)

    client = petstore.Client(httpx_client=httpx.Client(transport=httpx.MockTransport(handler)))
    created = client.create_pet(body=petstore.models.NewPet(name="Tom", status="sold"))
    assert created.id == 7 and created.name == "Tom" and created.status == petstore.models.NewPetStatus.SOLD
    assert json.loads(sent[0].content) == {"name": "Tom", "status": "sold"}
    pets = client.list_pets(tags=["a", "b"])
    assert sent[1].url.query == b"tags=a&tags=b"  # limit (server default 20) is not sent
    assert pets[0].tag is None and pets[0].owner.name == "Ann"
    assert client.delete_pet(pet_id="x/../y") is None
    assert sent[2].url.raw_path == b"/v1/pets/x%2F..%2Fy"
    with pytest.raises(ValueError, match="limit must be <= 100"):
        client.list_pets(limit=101)


def test_dotted_component_names_keep_their_models(out: Path) -> None:
    """DCG splits dotted names into modules and rewrites their paths; no model may be lost."""
    dotted = load("dotted_30")
    models = dotted.models
    classes = {name for name in dir(models) if isinstance(getattr(models, name), type)}
    assert {"Account", "Reader", "IssuingReader", "Location"} <= classes
    account = models.Account.from_dict({"reader": {"owner": {}, "location": {"name": "HQ"}}, "card_reader": {"serial": "7"}})
    assert isinstance(account.reader, models.Reader) and isinstance(account.card_reader, models.IssuingReader)
    assert account.reader.location.name == "HQ" and account.card_reader.serial == "7"
