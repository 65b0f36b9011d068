"""Hoisting and the datamodel-code-generator adapter: spec schemas → IR classes and types."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir, schemas
from generator.cache import DiskCache
from generator.build import build_api
from generator.hoist import hoist_inline_schemas
from generator.load import load_document
from tests.paths import ROOT



def test_inline_objects_and_enums_get_names_from_where_they_sit() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {"/x": {"get": {"operationId": "listX", "parameters": [
            {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}}],
            "responses": {"200": {"description": "", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"owner": {"type": ["object", "null"], "properties": {"id": {"type": "string"}}}}}}}}}}}},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"kind": {"enum": ["cat", "dog"]}}}}},
    }
    hoisted, origins = hoist_inline_schemas(document)
    assert origins == {
        "PetKind": "/components/schemas/Pet/properties/kind",
        "ListXStatus": "/paths/~1x/get/parameters/0/schema",
        "ListXResponse": "/paths/~1x/get/responses/200/content/application~1json/schema",
        "ListXResponseOwner": "/paths/~1x/get/responses/200/content/application~1json/schema/properties/owner",
    }
    assert list(hoisted["components"]["schemas"]) == ["Pet", "PetKind", "ListXStatus", "ListXResponse", "ListXResponseOwner"]
    owner = hoisted["components"]["schemas"]["ListXResponse"]["properties"]["owner"]
    assert owner == {"anyOf": [{"$ref": "#/components/schemas/ListXResponseOwner"}, {"type": "null"}]}
    assert "components" not in document or "PetKind" not in document["components"]["schemas"]  # input untouched


def model(api: ir.Api, name: str) -> ir.Model:
    return next(m for m in api.models if m.name == name)


def field(api: ir.Api, model_name: str, wire: str) -> ir.Field:
    return next(f for f in model(api, model_name).fields if f.wire_name == wire)


def test_real_specs_map_to_the_expected_types() -> None:
    wepay = build_api(load_document(ROOT / "specs/wepay.yaml"))
    assert field(wepay, "Payment", "create_time").type == ir.ScalarType("unix_time")
    assert wepay.operations[0].pagination == ir.Pagination(
        "next", "results", ir.ModelType("Payment"), True,
        next_wire_name="next", items_wire_name="results", cursor_parameter="page",  # `page` from the example's link
    )
    v3 = build_api(load_document(ROOT / "specs/activeplatform_v3.yaml"))
    assert field(v3, "PaymentAttributes", "total").type == ir.ScalarType("decimal")
    assert field(v3, "PaymentAttributes", "created_at").type == ir.ScalarType("datetime")  # `+0300` offsets
    assert model(v3, "PaymentDocument").jsonapi_included == "IncludedResource"
    oracle = build_api(load_document(ROOT / "specs/oracle_brm.yaml"))
    # DCG turns a reference to a discriminated base into the union of its subclasses; we keep the base.
    assert field(oracle, "Payment", "paymentMethod").type == ir.ModelType("PaymentMethodRefOrValue")
    base = model(oracle, "PaymentMethodRefOrValue")
    assert base.discriminator == "@type"
    assert dict(base.subtypes) == {"PaymentMethodRef": "PaymentMethodRef", "Cash": "Cash", "Check": "Check"}
    assert model(oracle, "Cash").base == "PaymentMethodRefOrValue"
    assert field(oracle, "Payment", "@type").python_name == "type"


def test_package_name_can_be_set_in_the_spec(tmp_path: Path) -> None:
    spec = tmp_path / "whatever-name.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1', x-package-name: payments_api}\npaths: {}\n")
    assert build_api(load_document(spec)).package == "payments_api"


def test_integer_enums_are_enums(tmp_path: Path) -> None:
    spec = tmp_path / "levels.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Level: {type: integer, enum: [1, 2]}\n"
        "    Holder: {type: object, properties: {level: {$ref: '#/components/schemas/Level'}}}\n"
    )
    api = build_api(load_document(spec))
    assert [(e.name, e.value_kind, [m.value for m in e.members]) for e in api.enums] == [("Level", "int", [1, 2])]
    assert field(api, "Holder", "level").type == ir.EnumType("Level", "int")


def test_dcg_results_come_from_the_cache_when_its_input_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schemas, "_DCG_CACHE", DiskCache("dcg", tmp_path))
    spec = load_document(ROOT / "specs/oracle_brm.yaml")
    cold = build_api(spec)
    assert len(list((tmp_path / "dcg").rglob("*"))) == 2  # one entry, in its fan-out directory

    def no_dcg(*_: object) -> None:
        raise AssertionError("DCG ran although its input was cached")

    monkeypatch.setattr(schemas, "run_dcg", no_dcg)
    assert build_api(spec) == cold
    changed = {**spec.data, "components": {"schemas": {**spec.data["components"]["schemas"], "Extra": {"type": "object"}}}}
    with pytest.raises(AssertionError, match="DCG ran"):
        schemas.read_with_dcg(changed, spec.path)
