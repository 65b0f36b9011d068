"""Every model of every package against data generated from its spec's JSON Schema.

Instances of each component schema (the spec's own `components/schemas`, references
rewritten to `#/$defs/...`) are drawn with Hypothesis, and for the model class of the same
name:

- `to_dict(from_dict(x))` equals `x` (date-time strings compared as instants: the client
  may write `+0300` as `+03:00`), and decoding that again gives an equal model;
- deliberately wrong data (wrong JSON types, missing keys, extra keys, unknown enum values,
  extreme values) never raises anything but the package's `DecodeError`; and whether it
  raises is predicted by the schema reduced to what the models promise to check (JSON
  kinds, required keys, unions, additional properties): structurally valid data decodes
  and round-trips, structurally invalid data is refused. Enums are open by design (an
  unknown value is kept as its string), so an unknown enum value must decode.

How instances are drawn: every scalar schema (strings with their pattern or format,
numbers with their bounds, enums) is handed to hypothesis-jsonschema; objects, arrays,
unions and `$ref`s are composed here, once per schema. (hypothesis-jsonschema 0.23.1 builds
object strategies inside every draw, ~0.4 s per instance of the larger models, and its
object code calls `many.more()`, which Hypothesis 6.170 no longer has.) Every instance is
checked against the complete schema with jsonschema before it is used, so the composition
cannot drift from the spec unnoticed.

Only classes named like a component of the spec are tested (hoisted inline schemas are
covered through their parents). `format: decimal`, the project's (as in Stripe's spec), is
generated as decimal strings. Values Python's `datetime` cannot hold (year 0, Unix times
beyond year 9999) are left out of the round trip and tried as extreme values on the
wrong-data side. Arrays hold at most 3 items and open objects at most 2 extra keys.

Examples per model come from the Hypothesis profile (tests/conftest.py): 25 by default,
more with HYPOTHESIS_PROFILE=nightly.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.json_compare import same_json
from tests.packages import PACKAGES, pkg, spec


Schema = dict[str, Any]

# OpenAPI keywords that are not JSON Schema assertions, dropped (with `x-*`) before use.
NOT_JSON_SCHEMA = {"discriminator", "example", "examples", "externalDocs", "xml", "description"}
# Assertions the models do not promise to check (left to the server), dropped for the oracle.
NOT_STRUCTURAL = {
    "format",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "dependentRequired",
}
SCALARS = {"null", "boolean", "integer", "number", "string"}
COMPOSITE = {"properties", "required", "additionalProperties", "dependentRequired", "items", "minItems",
             "maxItems", "uniqueItems", "oneOf", "anyOf", "allOf", "$ref"}
MAX_ITEMS = 3
MAX_EXTRA_KEYS = 2
# Python's datetime holds years 1..9999.
UNIX_TIME_RANGE = (
    int(datetime(1, 1, 1, tzinfo=timezone.utc).timestamp()),
    int(datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp()),
)
# `format: decimal` (as in Stripe's spec): a decimal number in plain notation, as servers send
# money ("715.76", "0.0", "0.00000001"), never with an exponent.
CUSTOM_FORMATS = {
    "decimal": st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: format(d, "f"))
    | st.from_regex(r"\A-?(0|[1-9][0-9]{0,18})(\.[0-9]{1,8})?\Z")
}

ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=5,
)

# No "explain" phase: on these large instances it can take minutes to say little more.
GENERATION = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)


# -- schemas ---------------------------------------------------------------------------------


def rewrite(node: Any, transform: Callable[[Schema], Schema]) -> Any:
    """The schema with `$ref`s pointing into `$defs`, OpenAPI-only keys dropped, then `transform`."""
    if isinstance(node, list):
        return [rewrite(item, transform) for item in node]
    if not isinstance(node, dict):
        return node
    out: Schema = {}
    for key, value in node.items():
        if key in NOT_JSON_SCHEMA or key.startswith("x-"):
            continue
        if key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/$defs/")
        elif key in {"properties", "dependentRequired"}:
            out[key] = {name: rewrite(sub, transform) for name, sub in value.items()}
        else:
            out[key] = rewrite(value, transform)
    return transform(out)


def keep(schema: Schema) -> Schema:
    return schema


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def structural(schema: Schema) -> Schema:
    """Only what the models check: kinds, required keys, unions, and the string formats they
    decode (date-time, date, decimal); an enum becomes its kinds."""
    out = {key: value for key, value in schema.items() if key not in NOT_STRUCTURAL}
    decoded = DECODED_FORMAT.get(str(schema.get("format") or schema.get("x-format") or "").split("-offset")[0])
    if decoded and "string" in (schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]):
        out["format"] = decoded
    if "enum" in out:
        values = out.pop("enum")
        if "type" not in out:
            out["type"] = sorted({json_kind(v) for v in values})
    if "const" in out and "type" not in out:
        out["type"] = json_kind(out.pop("const"))
    return out


@cache
def definitions(package: str, transform: Callable[[Schema], Schema]) -> dict[str, Schema]:
    return {
        name: rewrite(schema, transform) for name, schema in spec(package)["components"]["schemas"].items()
    }


def bundle(package: str, component: str, transform: Callable[[Schema], Schema]) -> Schema:
    """One component as a standalone JSON Schema: the component itself, every component in `$defs`."""
    defs = definitions(package, transform)
    return {**defs[component], "$defs": defs}


def _decodes(parse: Callable[[str], Any]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        try:
            return parse(value) is not None
        except (ValueError, ArithmeticError):
            return False

    return check


# String formats the models decode, checked the way they decode them.
DECODED_FORMAT = {"date-time": "model-date-time", "date": "model-date", "decimal": "model-decimal"}
MODEL_FORMATS = jsonschema.FormatChecker(formats=())
MODEL_FORMATS.checks("model-date-time")(_decodes(lambda v: datetime.fromisoformat(v).tzinfo))
MODEL_FORMATS.checks("model-date")(_decodes(date.fromisoformat))
MODEL_FORMATS.checks("model-decimal")(_decodes(lambda v: Decimal(v).is_finite() or None))


@cache
def validator(package: str, component: str, transform: Callable[[Schema], Schema]) -> Any:
    schema = bundle(package, component, transform)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=MODEL_FORMATS)


@cache
def enum_values(package: str) -> frozenset[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.update(v for v in node.get("enum", []) if isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec(package)["components"]["schemas"])
    return frozenset(found)


# -- drawing instances -------------------------------------------------------------------------


class Instances:
    """Strategies for the instances of one spec's schemas, each built once and reused."""

    def __init__(self, package: str) -> None:
        self.defs = definitions(package, keep)
        self.refs: dict[str, st.SearchStrategy[Any]] = {}
        self.leaves: dict[str, st.SearchStrategy[Any]] = {}

    def of(self, component: str) -> st.SearchStrategy[Any]:
        return self.build({"$ref": f"#/$defs/{component}"})

    def resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = merge([self.defs[schema["$ref"].rsplit("/", 1)[-1]], rest])
        return schema

    def valid(self, schema: Schema) -> Callable[[Any], bool]:
        return jsonschema.Draft202012Validator({**schema, "$defs": self.defs}).is_valid

    def build(self, schema: Schema | bool) -> st.SearchStrategy[Any]:
        if schema is True or schema == {}:
            return ANY_JSON
        assert isinstance(schema, dict), schema
        if "$ref" in schema:
            if len(schema) > 1:
                return self.build(self.resolve(schema))
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name not in self.refs:
                self.refs[name] = st.deferred(lambda: self.build(self.defs[name]))
            return self.refs[name]
        if "allOf" in schema:
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            parts = [*(self.resolve(part) for part in schema["allOf"]), rest]
            if all(scalar(part) for part in parts):
                return self.leaf({"allOf": parts})
            return self.build(merge(parts))
        for union in ("oneOf", "anyOf"):
            if union in schema:
                rest = {k: v for k, v in schema.items() if k != union}
                variants = [self.build(merge([rest, self.resolve(v)])) for v in schema[union]]
                return st.one_of(variants).filter(self.valid(schema))
        types = schema.get("type")
        if isinstance(types, list):
            return st.one_of([self.build({**schema, "type": t}) for t in types])
        if types is None:
            if "enum" in schema:
                return st.sampled_from(schema["enum"])
            if {"properties", "required", "additionalProperties"} & schema.keys():
                return self.build({**schema, "type": "object"})
            if "items" in schema:
                return self.build({**schema, "type": "array"})
            return ANY_JSON.filter(self.valid(schema))
        if types == "object":
            return self.object(schema)
        if types == "array":
            items = self.build(schema.get("items", True))
            unique = (lambda item: json.dumps(item, sort_keys=True)) if schema.get("uniqueItems") else None
            return st.lists(
                items,
                min_size=schema.get("minItems", 0),
                max_size=min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS),
                unique_by=unique,
            )
        assert types in SCALARS, schema
        # Object and array keywords do not apply to a scalar (e.g. `type: [array, "null"]`).
        return self.leaf({k: v for k, v in schema.items() if k not in COMPOSITE})

    def object(self, schema: Schema) -> st.SearchStrategy[Any]:
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        declared = st.fixed_dictionaries(
            {key: self.build(properties.get(key, True)) for key in required},
            optional={key: self.build(sub) for key, sub in properties.items() if key not in required},
        )
        additional = schema.get("additionalProperties", True)
        if additional is False:
            extra = st.just({})
        else:
            extra = st.dictionaries(
                st.text(max_size=8).filter(lambda key: key not in properties),
                self.build(additional),
                max_size=MAX_EXTRA_KEYS,
            )
        drawn = st.tuples(declared, extra).map(lambda pair: {**pair[1], **pair[0]})
        if "dependentRequired" in schema or "minProperties" in schema or "maxProperties" in schema:
            drawn = drawn.filter(self.valid(schema))
        return drawn

    def leaf(self, schema: Schema) -> st.SearchStrategy[Any]:
        """A scalar schema, drawn by hypothesis-jsonschema (narrowed to what datetime holds)."""
        if schema.get("format") == "unix-time":
            schema = {**schema, "minimum": UNIX_TIME_RANGE[0], "maximum": UNIX_TIME_RANGE[1]}
        key = json.dumps(schema, sort_keys=True)
        if key not in self.leaves:
            drawn = from_schema(schema, custom_formats=CUSTOM_FORMATS)
            if schema.get("format") == "date-time":
                drawn = drawn.filter(lambda value: not str(value).startswith("0000"))
            self.leaves[key] = drawn
        return self.leaves[key]


def merge(parts: list[Schema]) -> Schema:
    """allOf of object schemas as one schema; a property named twice keeps both as its allOf."""
    out: Schema = {}
    for part in parts:
        for key, value in part.items():
            if key == "properties":
                merged = dict(out.get("properties", {}))
                for name, sub in value.items():
                    merged[name] = {"allOf": [merged[name], sub]} if name in merged else sub
                out["properties"] = merged
            elif key == "required":
                out["required"] = sorted({*out.get("required", []), *value})
            elif key == "type" and "type" in out:
                mine = {out["type"]} if isinstance(out["type"], str) else set(out["type"])
                theirs = {value} if isinstance(value, str) else set(value)
                out["type"] = sorted(mine & theirs)
            elif key in out and out[key] != value:
                raise NotImplementedError(f"allOf with two different {key!r}: {out[key]!r}, {value!r}")
            else:
                out[key] = value
    return out


def scalar(schema: Schema) -> bool:
    """A schema of scalars only, which hypothesis-jsonschema can draw (and intersect) alone."""
    types = schema.get("type")
    if types is not None:
        return set([types] if isinstance(types, str) else types) <= SCALARS
    return not COMPOSITE & schema.keys()


@cache
def instances(package: str, component: str) -> st.SearchStrategy[Any]:
    return Instances(package).of(component)


# -- models ----------------------------------------------------------------------------------


def models_of(package: str) -> list[str]:
    """Model classes (with from_dict) whose name is a component of the spec."""
    module = importlib.import_module(package).models
    components = spec(package)["components"]["schemas"]
    return sorted(
        name
        for name, value in vars(module).items()
        if inspect.isclass(value)
        and value.__module__ == module.__name__
        and hasattr(value, "from_dict")
        and name in components
    )


MODELS = [
    pytest.param(package, name, id=f"{package}.{name}") for package in PACKAGES for name in models_of(package)
]


# -- round trip ------------------------------------------------------------------------------


@pytest.mark.parametrize(("package", "name"), MODELS)
def test_generated_instances_round_trip(package: str, name: str, record_property: Any) -> None:
    model = getattr(pkg(package).models, name)
    valid = validator(package, name, keep)
    checked = 0

    @GENERATION
    @given(instance=instances(package, name))
    def round_trip(instance: Any) -> None:
        nonlocal checked
        checked += 1
        assert valid.is_valid(instance), "drew an instance the schema refuses"
        decoded = model.from_dict(copy.deepcopy(instance))
        assert isinstance(decoded, model)
        encoded = decoded.to_dict()
        note(f"to_dict(): {encoded!r}")
        assert same_json(encoded, instance)
        assert model.from_dict(encoded) == decoded

    round_trip()
    record_property("generated_instances", checked)


# -- wrong data ------------------------------------------------------------------------------

OF_EACH_KIND = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 1.5,
    "string": "wrong",
    "array": [],
    "object": {},
}
EXTREMES = [
    2**70,
    -(2**70),
    1e300,
    -1e300,
    "",
    "\x00",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:60Z",
    "NaN",
    "1E+999",
]


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*at, index))
    return found


def get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    value = copy.deepcopy(value)
    get(value, path[:-1])[path[-1]] = new
    return value


@st.composite
def wrong(draw: st.DrawFn, instance: Any, package: str) -> tuple[str, Any, bool]:
    """(what was done, the mutated data, whether the structural oracle must predict the outcome)."""
    every = paths(instance)
    objects = [p for p in every if isinstance(get(instance, p), dict)]
    enums = [p for p in every if isinstance(get(instance, p), str) and get(instance, p) in enum_values(package)]
    kinds = ["wrong type", "extreme value", "extra key"]
    kinds += ["missing key"] if any(get(instance, p) for p in objects) else []
    kinds += ["unknown enum value"] if enums else []
    kind = draw(st.sampled_from(kinds))
    if kind == "wrong type":
        path = draw(st.sampled_from(every))
        old = json_kind(get(instance, path))
        others = [v for k, v in OF_EACH_KIND.items() if k != old and {k, old} != {"integer", "number"}]
        new = draw(st.sampled_from(others))
        return f"{kind} at {list(path)}: {new!r}", replaced(instance, path, new), True
    if kind == "missing key":
        path = draw(st.sampled_from([p for p in objects if get(instance, p)]))
        key = draw(st.sampled_from(sorted(get(instance, path))))
        mutated = copy.deepcopy(instance)
        del get(mutated, path)[key]
        return f"{kind} {key!r} at {list(path)}", mutated, True
    if kind == "extra key":
        path = draw(st.sampled_from(objects))
        key = draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in get(instance, path)))
        value = draw(ANY_JSON)
        mutated = copy.deepcopy(instance)
        get(mutated, path)[key] = value
        return f"{kind} {key!r}={value!r} at {list(path)}", mutated, True
    if kind == "unknown enum value":
        path = draw(st.sampled_from(enums))
        return f"{kind} at {list(path)}", replaced(instance, path, "not-a-documented-value"), True
    path = draw(st.sampled_from(every))
    new = draw(st.sampled_from(EXTREMES))
    return f"{kind} at {list(path)}: {new!r}", replaced(instance, path, new), False


@pytest.mark.parametrize(("package", "name"), MODELS)
def test_wrong_data_raises_only_decode_error(package: str, name: str, record_property: Any) -> None:
    module = pkg(package)
    model = getattr(module.models, name)
    oracle = validator(package, name, structural)
    checked = 0

    @GENERATION
    @given(data=st.data())
    def decode_wrong(data: st.DataObject) -> None:
        nonlocal checked
        checked += 1
        instance = data.draw(instances(package, name), label="valid instance")
        what, mutated, strict = data.draw(wrong(instance, package), label="mutation")
        note(what)
        expected = oracle.is_valid(mutated)
        try:
            decoded = model.from_dict(copy.deepcopy(mutated))
        except module.DecodeError as error:
            # Anything else propagates and fails the test: DecodeError is the only documented one.
            assert str(error), "a DecodeError says what is wrong"
            assert not (strict and expected), f"structurally valid data refused: {error}"
            return
        if strict:
            assert expected, "structurally invalid data accepted: " + "; ".join(
                e.message for e in oracle.iter_errors(mutated)
            )
        assert isinstance(decoded, model)
        assert same_json(decoded.to_dict(), mutated), f"to_dict(): {decoded.to_dict()!r}"

    decode_wrong()
    record_property("generated_instances", checked)
