"""Sample data of the test kit (runtime/samples.py): the spec's examples, else minimal valid values."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
import yaml

from generator.runtime.samples import SampleError, component_examples, minimal, pattern_sample
from generator.runtime.schema_check import REF_PREFIX, problems
from tests.json_compare import comparable_json
from tests.test_generated_data import MODELS
from tests.paths import ROOT



@pytest.mark.parametrize(("package", "name"), MODELS)
def test_every_model_has_a_valid_example(package: str, name: str) -> None:
    testing = importlib.import_module(f"{package}.testing")
    model = getattr(importlib.import_module(f"{package}.models"), name)
    instance = testing.example(model)
    assert isinstance(instance, model)
    reference = {"$ref": REF_PREFIX + testing.SPEC.schema_of(model)}
    assert problems(instance.to_dict(), reference, testing.SPEC.schemas) == []
    assert testing.example(model) == instance  # the same on every call


def test_nested_examples_come_from_the_response_examples() -> None:
    import wepay.testing
    from wepay import models

    page = wepay.testing.SPEC.operations[0].success.examples[0]
    assert isinstance(page, dict) and isinstance(page["results"], list)
    assert wepay.testing.example(models.Payment).to_dict() == page["results"][0]
    assert wepay.testing.example(models.ResourceReference).to_dict() == page["results"][0]["owner"]
    assert wepay.testing.example(models.PendingReasonDetail).to_dict() == {}  # shown only as [] in the spec


def test_a_discriminated_subtype_is_found_under_its_base() -> None:
    import oracle_brm.testing
    from oracle_brm import models

    cash = oracle_brm.testing.example(models.Cash)
    assert isinstance(cash, models.Cash) and cash.details is not oracle_brm.UNSET
    payment = oracle_brm.testing.example(models.Payment)
    assert comparable_json(cash.to_dict()) == comparable_json(payment.payment_method.to_dict())
    oracle = oracle_brm.testing.example(models.PaymentOracle)  # no example: minimal, with its tag
    assert type(oracle) is models.PaymentOracle and oracle.type == "PaymentOracle"


def test_example_refuses_a_class_of_another_package() -> None:
    import oracle_brm.testing
    import wepay

    with pytest.raises(TypeError, match="Payment is not a model of the Oracle BRM"):
        oracle_brm.testing.example(wepay.models.Payment)


SCHEMAS: dict[str, Any] = {
    "Base": {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["base", "card"]}},
        "discriminator": {"propertyName": "kind", "mapping": {"card": "#/components/schemas/Card"}},
    },
    "Card": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["last4"],
             "properties": {"last4": {"type": "string", "pattern": "^[0-9]{4}$"}}}]},
    "Described": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}, "example": {"id": 7}},
}


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "integer"}, 0),
        ({"type": "integer", "minimum": 3}, 3),
        ({"type": "integer", "exclusiveMinimum": 0}, 1),
        ({"type": "integer", "minimum": 0.5}, 1),
        ({"type": "integer", "maximum": -2}, -2),
        ({"type": "number", "minimum": 0, "exclusiveMinimum": True}, 1.0),
        ({"type": "number", "maximum": -0.5}, -0.5),
        ({"type": "boolean"}, False),
        ({"type": "string"}, ""),
        ({"type": "string", "minLength": 3}, "aaa"),
        ({"type": "string", "format": "date-time"}, "2000-01-01T00:00:00Z"),
        ({"type": "string", "format": "date"}, "2000-01-01"),
        ({"type": "string", "format": "decimal", "pattern": r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$"}, "0"),
        ({"type": "string", "pattern": "^[A-Z]{3}$"}, "AAA"),
        ({"type": ["string", "null"]}, ""),
        ({"type": "null"}, None),
        ({"oneOf": [{"type": "null"}, {"type": "integer", "minimum": 2}]}, 2),
        ({"enum": ["b", "a"]}, "b"),
        ({"enum": [None, "x"]}, "x"),
        ({"const": 3}, 3),
        ({"type": "array", "items": {"type": "integer"}}, []),
        ({"type": "array", "minItems": 2, "items": {"type": "boolean"}}, [False, False]),
        ({"type": "object", "properties": {"a": {"type": "string"}}}, {}),
        ({"type": "object", "required": ["a"], "additionalProperties": {"type": "integer"}}, {"a": 0}),
        ({"required": ["a"], "properties": {"a": {"type": "string", "example": "shown"}}}, {"a": "shown"}),
        ({"$ref": "#/components/schemas/Described"}, {"id": 7}),
        ({"$ref": "#/components/schemas/Card"}, {"kind": "card", "last4": "0000"}),
        # allOf parts that require nothing still make an object (a recursive Category extends Base)
        ({"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"properties": {"b": {}}}]}, {}),
        ({}, None),
    ],
)
def test_minimal_values(schema: object, value: object) -> None:
    built = minimal(schema, SCHEMAS)
    assert built == value and type(built) is type(value)


def test_a_schema_no_value_fits_says_so() -> None:
    with pytest.raises(SampleError, match="give the schema an example"):
        minimal({"type": "string", "pattern": "^(?!a)a$"}, {})


def spec_patterns() -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.append(node["pattern"])
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in sorted([*ROOT.glob("specs/*.yaml"), *ROOT.glob("tests/specs/*.yaml")]):
        walk(yaml.safe_load(path.read_text()))
    return sorted(set(found))


@pytest.mark.parametrize(
    "pattern",
    [
        *spec_patterns(),
        r"^[a-z][a-z0-9_]{2,}$",
        r"^(?P<major>\d+)\.(\d+)$",
        r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
        r"^(?:cus|acct)_[A-Za-z0-9]{8,}\Z",
        r"^\w+(-\w+)*$",
        r"[]a]x+?",
        r"^\u00e9t\x65$",
        r"^(a|b)?c*d{2}$",
        r"^[.\-]$",
    ],
)
def test_pattern_samples_match_their_pattern(pattern: str) -> None:
    assert re.search(pattern, pattern_sample(pattern))


def test_examples_are_walked_with_their_schemas() -> None:
    schemas: dict[str, Any] = {
        "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
        "Item": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
                 "tags": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Tag"}}}},
        "Tag": {"type": "string"},
        "Lonely": {"type": "object", "example": {"x": 1}},
    }
    page = {"items": [{"id": "not an integer"}, {"id": 2, "tags": {"a": "red"}}]}
    found = component_examples([(page, {"$ref": "#/components/schemas/Page"})], schemas)
    # The first item does not fit Item, so the second is its example.
    assert found == {"Item": {"id": 2, "tags": {"a": "red"}}, "Tag": "red", "Lonely": {"x": 1}}
