"""The curated specs in specs/ are the project's source of truth: check them.

Validity (openapi-spec-validator), examples against their schemas (JSON Schema
2020-12 with format checking on), our lint (tests/spec_lint.py), the project's
schema conventions, and the seed-to-spec table of issue 2.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import OpenAPIV31SpecValidator

from tests.spec_lint import deref, lint, operations, resolve_pointer
from tests.paths import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"

# seed page -> (spec file, operationId); names fixed by issue 2.
SEED_TABLE = {
    "000_031c74c9fbe373e9.txt": ("elance.yaml", "getPayment"),
    "001_0e33ea0f4fe731d5.txt": ("activeplatform_v1.yaml", "getPayment"),
    "002_5641b27d63c74f59.txt": ("activeplatform_v3.yaml", "getPayment"),
    "003_5637307ab22027e5.txt": ("oracle_brm.yaml", "getPayment"),
    "004_c6f1d0d7530fc90b.txt": ("wepay.yaml", "listPayments"),
}
SPEC_FILES = sorted(spec for spec, _ in SEED_TABLE.values())

# Formats the specs use beyond JSON Schema's built-ins, plus "uri", which
# jsonschema only checks when an optional RFC 3986 package is installed.
FORMATS = FormatChecker()
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_AUTHORITY = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*)(?::(\d*))?(?:[/?#]|$)")


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    """RFC 3986 absolute URI, approximately: a scheme, no whitespace, a numeric port."""
    if not isinstance(value, str):
        return True
    if not _URI.match(value):
        return False
    return "://" not in value or _AUTHORITY.match(value) is not None


@FORMATS.checks("decimal")
def _is_decimal(value: object) -> bool:
    return not isinstance(value, str) or re.fullmatch(r"-?\d+(\.\d+)?", value) is not None


@FORMATS.checks("unix-time")
def _is_unix_time(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or value >= 0


@FORMATS.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def load(spec_file: str) -> dict:
    return yaml.safe_load((ROOT / "specs" / spec_file).read_text())


def validator(doc: dict, schema: dict) -> Draft202012Validator:
    """A 2020-12 validator for a schema found inside `doc`.

    The spec's components ride along in the root document so that the
    schema's "#/components/..." references resolve.
    """
    return Draft202012Validator({**schema, "components": doc["components"]}, format_checker=FORMATS)


def example_cases(doc: dict) -> list[tuple[str, dict, Any]]:
    """(where, schema, example value) for every example the spec holds."""
    cases = []

    def collect(where: str, holder: dict, schema: dict) -> None:
        if "example" in holder:
            cases.append((f"{where}/example", schema, holder["example"]))
        for name, example in holder.get("examples", {}).items():
            cases.append((f"{where}/examples/{name}", schema, deref(doc, example)["value"]))

    for path, method, item, op in operations(doc):
        where = f"{method.upper()} {path}"
        for param in item.get("parameters", []) + op.get("parameters", []):
            param = deref(doc, param)
            collect(f"{where} parameter {param['name']}", param, param["schema"])
        for code, response in op.get("responses", {}).items():
            for media_type, media in deref(doc, response).get("content", {}).items():
                if "schema" in media:
                    collect(f"{where} {code} {media_type}", media, media["schema"])

    def walk_schema(where: str, schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        for i, value in enumerate(schema["examples"] if isinstance(schema.get("examples"), list) else []):
            cases.append((f"{where}/examples/{i}", schema, value))
        for key in ("items", "additionalProperties", "not"):
            walk_schema(f"{where}/{key}", schema.get(key))
        for key in ("allOf", "oneOf", "anyOf"):
            for i, sub in enumerate(schema.get(key, [])):
                walk_schema(f"{where}/{key}/{i}", sub)
        for name, sub in schema.get("properties", {}).items():
            walk_schema(f"{where}/properties/{name}", sub)

    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        walk_schema(f"#/components/schemas/{name}", schema)
    return cases


ALL_EXAMPLES = [
    pytest.param(spec_file, where, id=f"{spec_file}:{where}")
    for spec_file in SPEC_FILES
    for where, _, _ in example_cases(load(spec_file))
]


@pytest.mark.parametrize("spec_file", SPEC_FILES)
def test_spec_is_valid_openapi_3_1(spec_file: str) -> None:
    doc = load(spec_file)
    assert doc["openapi"] in ("3.1.0", "3.1.1")
    errors = [str(e.message) for e in OpenAPIV31SpecValidator(doc).iter_errors()]
    assert errors == []


@pytest.mark.parametrize("spec_file", SPEC_FILES)
def test_spec_passes_lint(spec_file: str) -> None:
    assert lint(load(spec_file)) == []


@pytest.mark.parametrize(("spec_file", "where"), ALL_EXAMPLES)
def test_example_matches_its_schema(spec_file: str, where: str) -> None:
    doc = load(spec_file)
    [(schema, value)] = [(s, v) for w, s, v in example_cases(doc) if w == where]
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(doc, schema).iter_errors(value)]
    assert errors == []


@pytest.mark.parametrize("spec_file", SPEC_FILES)
def test_every_operation_response_has_an_example(spec_file: str) -> None:
    """Stricter than the lint: error responses with bodies carry examples too (Prism serves them)."""
    doc = load(spec_file)
    missing = [
        f"{method} {path} {code} {media_type}"
        for path, method, _, op in operations(doc)
        for code, response in op["responses"].items()
        for media_type, media in deref(doc, response).get("content", {}).items()
        if code != "default" and not (media.get("examples") or "example" in media)
    ]
    assert missing == []


def _discriminated_values(doc: dict, schema: Any, value: Any) -> list[tuple[dict, Any]]:
    """Pairs (mapped subschema, value) wherever a discriminator applies to part of `value`."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict):
        return []
    found = []
    disc = schema.get("discriminator")
    if disc and isinstance(value, dict) and value.get(disc["propertyName"]) in disc.get("mapping", {}):
        found.append((resolve_pointer(doc, disc["mapping"][value[disc["propertyName"]]]), value))
    for sub in schema.get("allOf", []):
        found += _discriminated_values(doc, sub, value)
    for sub in schema.get("oneOf", []) + schema.get("anyOf", []):
        if validator(doc, sub).is_valid(value):
            found += _discriminated_values(doc, sub, value)
    if isinstance(value, dict):
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += _discriminated_values(doc, sub, value[name])
    if isinstance(value, list) and "items" in schema:
        for item in value:
            found += _discriminated_values(doc, schema["items"], item)
    return found


@pytest.mark.parametrize("spec_file", SPEC_FILES)
def test_discriminated_example_parts_match_their_subtype(spec_file: str) -> None:
    """e.g. Oracle's paymentMethod with "@type": "Cash" must be a valid Cash (with details)."""
    doc = load(spec_file)
    for where, schema, value in example_cases(doc):
        for subschema, part in _discriminated_values(doc, schema, value):
            errors = [e.message for e in validator(doc, subschema).iter_errors(part)]
            assert errors == [], where


def _schema_nodes(node: Any) -> list[dict]:
    if isinstance(node, dict):
        return [node] + [n for v in node.values() for n in _schema_nodes(v)]
    if isinstance(node, list):
        return [n for v in node for n in _schema_nodes(v)]
    return []


def _inline_objects(schemas: dict) -> list[str]:
    """Nested schemas declaring properties, other than a component's own allOf extension."""
    found = []

    def walk(where: str, schema: Any, top: bool) -> None:
        if not isinstance(schema, dict):
            return
        if not top and "properties" in schema:
            found.append(where)
        for name, sub in schema.get("properties", {}).items():
            walk(f"{where}/properties/{name}", sub, False)
        for key in ("items", "additionalProperties"):
            walk(f"{where}/{key}", schema.get(key), False)
        for key in ("oneOf", "anyOf"):
            for i, sub in enumerate(schema.get(key, [])):
                walk(f"{where}/{key}/{i}", sub, False)
        for i, sub in enumerate(schema.get("allOf", [])):
            walk(f"{where}/allOf/{i}", sub, top)

    for name, schema in schemas.items():
        walk(name, schema, True)
    return found


@pytest.mark.parametrize("spec_file", SPEC_FILES)
def test_schema_conventions(spec_file: str) -> None:
    """What the generator relies on: described, title-less PascalCase components; 3.1 nullability."""
    doc = load(spec_file)
    for name, schema in doc["components"]["schemas"].items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert schema.get("description"), f"{name} has no description"
        assert "title" not in schema, name
    assert not any("nullable" in node for node in _schema_nodes(doc["components"])), "use type: [..., 'null']"
    assert _inline_objects(doc["components"]["schemas"]) == [], "name nested objects as components"
    for path, method, _, op in operations(doc):
        for code, response in op["responses"].items():
            for media in deref(doc, response).get("content", {}).values():
                assert set(media["schema"]) == {"$ref"}, f"{method} {path} {code}: inline response schema"


@pytest.mark.parametrize(("seed", "expected"), sorted(SEED_TABLE.items()))
def test_seed_maps_to_its_spec(seed: str, expected: tuple[str, str]) -> None:
    spec_file, operation_id = expected
    doc = load(spec_file)
    assert doc["info"]["x-source-page"] == seed
    assert seed in doc["info"]["description"]
    ops = list(operations(doc))
    assert [op["operationId"] for *_, op in ops] == [operation_id]
    if SEEDS.is_dir():  # ../shared sits beside the clone in CI and dev
        assert (SEEDS / seed).is_file()


def test_no_stray_specs() -> None:
    assert sorted(p.name for p in (ROOT / "specs").glob("*.yaml")) == SPEC_FILES


def test_activeplatform_v3_date_times_parse_as_iso_8601() -> None:
    """The pattern-typed date-times (offset without colon) must still parse in Python."""
    doc = load("activeplatform_v3.yaml")
    attributes = doc["components"]["schemas"]["PaymentAttributes"]["properties"]
    odd = [name for name, prop in attributes.items() if prop.get("x-format") == "date-time-offset-no-colon"]
    assert odd == ["created_at", "updated_at", "closed_at"]
    documents = [v for _, _, v in example_cases(doc) if isinstance(v, dict) and "data" in v]
    assert documents
    for document in documents:
        for name in odd:
            assert datetime.fromisoformat(document["data"]["attributes"][name]).utcoffset() is not None


def test_lint_catches_what_it_claims() -> None:
    """The lint must fail on each broken rule, or a passing lint proves nothing."""
    doc = load("activeplatform_v1.yaml")
    broken = copy.deepcopy(doc)
    broken["paths"]["/api/vendor/v1/payments/{id}.json"]["get"]["parameters"] = []
    broken["components"]["schemas"]["Unused"] = {"type": "string", "description": "x"}
    broken["components"]["schemas"]["Payment"]["properties"]["orders"]["items"]["$ref"] = "#/components/schemas/Nope"
    del broken["paths"]["/api/vendor/v1/payments/{id}.json"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    broken["paths"]["/copy"] = {"get": {"operationId": "getPayment", "responses": {}}}
    problems = "\n".join(lint(broken))
    for expected in ("{id} has no path parameter", "Unused is never used", "Nope", "no 2xx", "not unique"):
        assert expected in problems
