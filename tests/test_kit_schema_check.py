"""The test kit's JSON Schema validator (runtime/schema_check.py) against jsonschema, and alone.

The kit validates without a library, so its verdicts are checked against jsonschema's
Draft 2020-12 validator: for every model schema of every spec, instances drawn from the
spec (tests/test_generated_data.py's strategies) and wrong data made from them (wrong
types, missing and extra keys, unknown enum values, extreme values) must get the same
valid/invalid verdict. The kit reads the schemas it embeds in each package's `testing`
module (hoisted and reduced to validation keywords), jsonschema the spec's own, so the
reduction is checked too. Formats: both check `date-time` and `date` only.
"""

from __future__ import annotations

import importlib
from typing import Any

import jsonschema
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from generator.runtime import schema_check
from generator.runtime.schema_check import Problem, from_text, problems
from tests.test_generated_data import GENERATION, MODELS, bundle, instances, keep, wrong

FORMATS = jsonschema.FormatChecker(formats=("date", "date-time"))


@pytest.mark.parametrize(("package", "name"), MODELS)
def test_verdicts_agree_with_jsonschema(package: str, name: str) -> None:
    oracle = jsonschema.Draft202012Validator(bundle(package, name, keep), format_checker=FORMATS)
    spec = importlib.import_module(f"{package}.testing").SPEC
    reference = {"$ref": schema_check.REF_PREFIX + name}
    verdicts = set()

    @GENERATION
    @given(data=st.data())
    def agree(data: st.DataObject) -> None:
        instance = data.draw(instances(package, name), label="valid instance")
        what, value, _ = data.draw(st.one_of(st.just(("unchanged", instance, True)), wrong(instance, package)))
        note(what)
        expected = oracle.is_valid(value)
        found = problems(value, reference, spec.schemas)
        verdicts.add(expected)
        assert (not found) == expected, f"jsonschema says {expected}, the kit found {[str(p) for p in found]}"

    agree()
    assert True in verdicts  # the spec's instances are valid to both


SCHEMAS: dict[str, object] = {
    "Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
    "Tag": {"type": "string", "enum": ["a", "b"]},
}


@pytest.mark.parametrize(
    ("value", "schema", "rule", "path"),
    [
        (None, {"type": ["string", "null"]}, None, ""),
        (None, {"type": "string", "nullable": True}, None, ""),
        (None, {"type": "string"}, "type", ""),
        (True, {"type": "integer"}, "type", ""),
        (2.0, {"type": "integer"}, None, ""),
        (2.5, {"type": "integer"}, "type", ""),
        (1, {"enum": [True]}, "enum", ""),
        (1.0, {"const": 1}, None, ""),
        (5, {"type": "integer", "minimum": 5, "exclusiveMinimum": True}, "exclusiveMinimum", ""),
        (5, {"type": "integer", "exclusiveMaximum": 5}, "exclusiveMaximum", ""),
        (0.3, {"type": "number", "multipleOf": 0.1}, None, ""),
        (0.35, {"type": "number", "multipleOf": 0.1}, "multipleOf", ""),
        ("ab", {"type": "string", "minLength": 3}, "minLength", ""),
        ("abcd", {"type": "string", "maxLength": 3}, "maxLength", ""),
        ("USD", {"type": "string", "pattern": "^[A-Z]{3}$"}, None, ""),
        ("usd", {"type": "string", "pattern": "^[A-Z]{3}$"}, "pattern", ""),
        ("2020-02-29T12:00:00Z", {"type": "string", "format": "date-time"}, None, ""),
        ("2021-02-29T12:00:00Z", {"type": "string", "format": "date-time"}, "format", ""),
        ("2020-05-01T12:01:23-0700", {"type": "string", "format": "date-time"}, "format", ""),
        ("2020-05-01", {"type": "string", "format": "date"}, None, ""),
        ("2020-5-1", {"type": "string", "format": "date"}, "format", ""),
        ("not an email", {"type": "string", "format": "email"}, None, ""),
        ([1, 1], {"type": "array", "uniqueItems": True}, "uniqueItems", "[1]"),
        ([1, True], {"type": "array", "uniqueItems": True}, None, ""),
        ([], {"type": "array", "minItems": 1}, "minItems", ""),
        (["a", 2], {"type": "array", "items": {"type": "string"}}, "type", "[1]"),
        ({}, {"$ref": "#/components/schemas/Pet"}, "required", "name"),
        ({"name": 1}, {"$ref": "#/components/schemas/Pet"}, "type", "name"),
        ({"name": "x", "age": 1}, {"type": "object", "properties": {"name": {}}, "additionalProperties": False},
         "additionalProperties", "age"),
        ({"a": "x"}, {"type": "object", "additionalProperties": {"type": "integer"}}, "type", "a"),
        ({"start": 1}, {"type": "object", "dependentRequired": {"start": ["end"]}}, "dependentRequired", "end"),
        ({"pets": [{"name": "x"}, {}]}, {"properties": {"pets": {"items": {"$ref": "#/components/schemas/Pet"}}}},
         "required", "pets[1].name"),
        ("c", {"anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "integer"}]}, "anyOf", ""),
        (3, {"oneOf": [{"type": "integer"}, {"type": "number"}]}, "oneOf", ""),
        (3.5, {"oneOf": [{"type": "integer"}, {"type": "number"}]}, None, ""),
        ("a", {"allOf": [{"type": "string"}, {"minLength": 2}]}, "minLength", ""),
        ("a", {"not": {"type": "string"}}, "not", ""),
        ("a", {"$ref": "#/components/schemas/Missing"}, "$ref", ""),
        ("a", False, "false", ""),
    ],
)
def test_each_keyword(value: Any, schema: object, rule: str | None, path: str) -> None:
    found = problems(value, schema, SCHEMAS)
    if rule is None:
        assert found == []
    else:
        assert found and found[0].rule == rule and found[0].path == path, found


def test_a_union_that_matches_nothing_says_why_the_closest_variant_fails() -> None:
    found = problems({"name": 3}, {"oneOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "string"}]}, SCHEMAS)
    assert found[0] == Problem("", "oneOf", "matches none of the 2 schemas of oneOf")
    assert found[1] == Problem("name", "type", "expected string, got integer 3")
    assert str(found[1]) == "name: expected string, got integer 3"


@pytest.mark.parametrize(
    ("text", "schema", "value"),
    [
        ("10", {"type": "integer"}, 10),
        ("-3", {"type": "integer"}, -3),
        ("1.5", {"type": "integer"}, "1.5"),  # stays text: validation then says it is no integer
        ("1.5", {"type": "number"}, 1.5),
        ("10", {"type": "number"}, 10.0),
        ("nan", {"type": "number"}, "nan"),
        ("true", {"type": "boolean"}, True),
        ("yes", {"type": "boolean"}, "yes"),
        ("10", {"type": "string"}, "10"),
        ("10", {"type": ["integer", "string"]}, 10),
        ("x", {"type": ["integer", "string"]}, "x"),
        ("2", {"enum": [1, 2]}, 2),
        ("b", {"$ref": "#/components/schemas/Tag"}, "b"),
        ("7", {"oneOf": [{"type": "boolean"}, {"type": "integer"}]}, 7),
        ("٣", {"type": "integer"}, "٣"),  # only ASCII digits are numbers on the wire
    ],
)
def test_parameter_text_becomes_its_json_value(text: str, schema: object, value: object) -> None:
    converted = from_text(text, schema, SCHEMAS)
    assert converted == value and type(converted) is type(value)
