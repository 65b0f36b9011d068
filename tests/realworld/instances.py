"""Valid JSON for the schemas of a spec: what a contract test sends, and what it checks.

`Instances.value` gives the spec's own example when it fits its schema, else a small
instance made from the schema: required properties only (all of them at the top where none
is required: an empty body is none; read-only ones left out of requests), one item per array, the first enum value, numbers at their lower bound, strings
in their format, and strings matching a `pattern` drawn by hypothesis (`find`, derandomized,
so the same every run). Every value is checked with openapi-schema-validator before use.
"""

from __future__ import annotations

import copy
import functools
import math
from collections.abc import Iterable, Iterator
from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

SPEC_URI = "urn:realworld:spec"
MAX_DEPTH = 12
FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "user@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "uri-reference": "https://example.com/a",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
    "byte": "YWJj",
    "duration": "P1D",
}
_FIND = settings(database=None, derandomize=True, max_examples=200, suppress_health_check=list(HealthCheck))


class NoInstance(Exception):
    """No valid value could be made for a schema (the message says why)."""


def _absolute(node: Any) -> Any:
    """The document with every local `$ref` made absolute, so any part of it validates alone."""
    if isinstance(node, dict):
        return {
            key: (SPEC_URI + value if key == "$ref" and isinstance(value, str) and value.startswith("#") else _absolute(value))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute(item) for item in node]
    return node


@functools.cache
def _matching(pattern: str, min_length: int, max_length: int | None) -> str:
    """The simplest string that `pattern` finds and that has an allowed length."""
    strategy = st.from_regex(pattern, fullmatch=True)
    try:
        return find(strategy, lambda s: len(s) >= min_length and (max_length is None or len(s) <= max_length), settings=_FIND)
    except Exception as error:  # hypothesis cannot satisfy the pattern: say so
        raise NoInstance(f"no string matches {pattern!r} with length {min_length}..{max_length}: {error}") from None


class Instances:
    """JSON instances of the schemas of one (loaded, plain-data) spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = _absolute(copy.deepcopy(document))
        self.v30 = str(document.get("openapi", "")).startswith("3.0")
        specification = DRAFT4 if self.v30 else DRAFT202012
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource.from_contents(self.document, specification))

    # -- looking things up -----------------------------------------------------------------

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def resolve(self, node: Any) -> Any:
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            node = self.at(node["$ref"][len(SPEC_URI) + 1 :])
        raise NoInstance("$ref chain too long")

    # -- validation ------------------------------------------------------------------------

    def errors(self, value: Any, schema: Any, write: bool) -> list[str]:
        """Why `value` does not fit `schema` (a part of this document); [] when it does."""
        if self.v30:
            validator_class = OAS30WriteValidator if write else OAS30ReadValidator
        else:
            validator_class = OAS31Validator
        validator = validator_class(schema, registry=self.registry, format_checker=validator_class.FORMAT_CHECKER)
        return [
            f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
            for error in validator.iter_errors(value)
        ]

    # -- instances ---------------------------------------------------------------------------

    def value(self, schema: Any, examples: Iterable[Any] = (), write: bool = True) -> Any:
        """The first valid example, else an instance made from the schema; raises NoInstance."""
        schema = self.document_part(schema)
        for example in examples:
            if not self.errors(example, schema, write):
                return example
        made = self.make(schema, write)
        problems = self.errors(made, schema, write)
        if problems:
            raise NoInstance(f"made {made!r}, which does not fit: {problems[:3]}")
        return made

    def document_part(self, schema: Any) -> Any:
        """A schema of the original document as this one holds it (with absolute `$ref`s)."""
        return _absolute(schema)

    def make(self, schema: Any, write: bool, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise NoInstance("schema too deep to instantiate")
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return "x"
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((value for value in schema["enum"] if value is not None), None)
        if isinstance(schema.get("allOf"), list):
            return self.make(self._merged(schema), write, depth + 1)
        for keyword in ("oneOf", "anyOf"):
            variants = schema.get(keyword)
            if isinstance(variants, list) and variants:
                return self._variant(schema, keyword, variants, write, depth)
        kind = self._kind(schema)
        if kind == "object":
            return self._object(schema, write, depth)
        if kind == "array":
            item = self.make(schema.get("items", {}), write, depth + 1)
            count = max(int(schema.get("minItems", 1)), 1)
            if schema.get("maxItems") is not None:
                count = min(count, int(schema["maxItems"]))
            return [item] * count
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(schema)

    def _kind(self, schema: dict[str, Any]) -> str:
        kinds = schema.get("type")
        if isinstance(kinds, list):
            kinds = next((kind for kind in kinds if kind != "null"), "null")
        if isinstance(kinds, str):
            return kinds
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return "string"

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An `allOf` as one schema: properties and `required` of every part together."""
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        for part in _all_parts(schema, self.resolve):
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**value, **merged.get("properties", {})}
                elif key == "required":
                    merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
                elif key != "allOf":
                    merged.setdefault(key, value)
        return merged

    def _variant(self, schema: dict[str, Any], keyword: str, variants: list[Any], write: bool, depth: int) -> Any:
        made = []
        for variant in variants:
            if isinstance(self.resolve(variant), dict) and self.resolve(variant).get("type") == "null":
                continue
            try:
                value = self.make({**{k: v for k, v in schema.items() if k != keyword}, "allOf": [variant]}, write, depth + 1)
            except NoInstance:
                continue
            if not self.errors(value, schema, write):
                return value
            made.append(value)
        if made:
            return made[0]
        raise NoInstance(f"no variant of {keyword} could be made")

    def _object(self, schema: dict[str, Any], write: bool, depth: int) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        result: dict[str, Any] = {}
        wanted = [name for name in schema.get("required") or [] if isinstance(name, str)]
        # An empty top-level body is no body at all to a server (a multipart one has no part).
        minimum = max(int(schema.get("minProperties", 0)), len(properties) if depth == 0 and not wanted else 0)
        wanted += [name for name in properties if name not in wanted][: max(0, minimum - len(wanted))]
        for name in wanted:
            written = properties.get(name, schema.get("additionalProperties"))
            child = self.resolve(written)
            hidden = "readOnly" if write else "writeOnly"
            if any(isinstance(part, dict) and part.get(hidden) for part in (written, child)):
                continue
            result[name] = self.make(child if isinstance(child, dict) else {}, write, depth + 1)
        return result

    def _number(self, schema: dict[str, Any], kind: str) -> int | float:
        step = schema.get("multipleOf") or 1
        low, high = schema.get("minimum"), schema.get("maximum")
        exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if exclusive_low is True:
            exclusive_low, low = low, None
        if exclusive_high is True:
            exclusive_high, high = high, None
        value: float = 1
        if isinstance(low, (int, float)) and not isinstance(low, bool):
            value = low
        if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
            value = exclusive_low + step
        if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
            value = high
        if isinstance(exclusive_high, (int, float)) and not isinstance(exclusive_high, bool) and value >= exclusive_high:
            value = exclusive_high - step
        value = math.ceil(value / step) * step
        return int(value) if kind == "integer" or float(value).is_integer() else value

    def _string(self, schema: dict[str, Any]) -> str:
        minimum = int(schema.get("minLength", 0))
        maximum = schema.get("maxLength")
        if isinstance(schema.get("pattern"), str):
            return _matching(schema["pattern"], minimum, maximum)
        text = FORMATS.get(str(schema.get("format")), "a")
        if len(text) < minimum:
            text = text + "a" * (minimum - len(text)) if text == "a" else "a" * minimum
        if maximum is not None and len(text) > int(maximum):
            text = "a" * max(minimum, min(1, int(maximum)))
        return text


def _all_parts(schema: dict[str, Any], resolve: Any) -> Iterator[dict[str, Any]]:
    for part in schema.get("allOf") or []:
        part = resolve(part)
        if isinstance(part, dict):
            yield from _all_parts(part, resolve)
            yield part
