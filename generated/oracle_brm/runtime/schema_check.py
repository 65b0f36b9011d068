# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""A JSON Schema validator for the subset OpenAPI documents use, so the test kit needs no library.

Checks `type` (type arrays and OpenAPI 3.0's `nullable` included), `enum`, `const`, numeric
bounds (3.0 boolean and 3.1 numeric `exclusive*`), `multipleOf`, string lengths, `pattern`,
the `date-time` and `date` formats (others are not checked, as most validators do not),
array lengths and `uniqueItems`, `items`, `required`, `properties`, `additionalProperties`,
object sizes, `dependentRequired`, `allOf`/`anyOf`/`oneOf`/`not` and `$ref` into the
components table. Also turns the text of a query, path or header value into the JSON value
its schema describes, as servers do before validating parameters.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from .decoding import is_array, is_object

Schemas = Mapping[str, object]
"""The spec's `components/schemas`: name → schema."""

REF_PREFIX: Final = "#/components/schemas/"
_MAX_DEPTH: Final = 64  # `$ref` chains and nesting deeper than this are not followed
# RFC 3339 as most validators read it: upper-case T and Z, no leap seconds, no year 0.
_DATE_TIME: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER_TEXT: Final = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True)
class Problem:
    """One way a value breaks its schema: where (`results[0].amount`), the keyword, and what."""

    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def component(reference: str) -> str:
    """The component name a `#/components/schemas/...` reference points to."""
    return reference[len(REF_PREFIX) :] if reference.startswith(REF_PREFIX) else reference


def resolve(schema: object, schemas: Schemas) -> Mapping[str, Any]:
    """The schema a `$ref` chain ends at ({} for a missing target or a boolean schema)."""
    for _ in range(_MAX_DEPTH):
        if not is_object(schema):
            return {}
        reference = schema.get("$ref")
        if not isinstance(reference, str):
            return schema
        schema = schemas.get(component(reference))
    return {}


def types_of(schema: Mapping[str, Any]) -> list[str]:
    """The JSON types a schema names (`type` as a string or a list, plus 3.0 `nullable`)."""
    kinds = schema.get("type")
    names = (
        [kinds]
        if isinstance(kinds, str)
        else [k for k in kinds if isinstance(k, str)] if is_array(kinds) else []
    )
    if schema.get("nullable") is True and names and "null" not in names:
        names.append("null")
    return names


def problems(value: object, schema: object, schemas: Schemas, path: str = "") -> list[Problem]:
    """Every problem of `value` against `schema`; empty when it is valid."""
    return _problems(value, schema, schemas, path, 0)


def is_valid(value: object, schema: object, schemas: Schemas) -> bool:
    return not problems(value, schema, schemas)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, (float, Decimal)):  # Decimal: money a model keeps exact
        return "number"
    if isinstance(value, str):
        return "string"
    if is_array(value):
        return "array"
    if is_object(value):
        return "object"
    return type(value).__name__


def _is_type(value: object, kind: str) -> bool:
    actual = _kind(value)
    if kind == "integer":
        return actual == "integer" or _integral(value)
    if kind == "number":
        return actual in ("integer", "number")
    return actual == kind


def _integral(value: object) -> bool:
    """A float or Decimal with no fraction: an integer to JSON Schema (1.0 is 1)."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value()


def _shown(value: object) -> str:
    text = repr(value) if isinstance(value, (str, int, float)) else _kind(value)
    return text if len(text) <= 60 else text[:57] + "..."


def same(a: object, b: object) -> bool:
    """JSON equality: 1 == 1.0, but true is not 1 and "1" is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return a == b
    if is_array(a) and is_array(b):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if is_object(a) and is_object(b):
        return a.keys() == b.keys() and all(same(a[key], b[key]) for key in a)
    return type(a) is type(b) and a == b


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _number(schema: Mapping[str, Any], key: str) -> float | None:
    bound = schema.get(key)
    return bound if isinstance(bound, (int, float)) and not isinstance(bound, bool) else None


def bounds(
    schema: Mapping[str, Any],
) -> tuple[float | None, float | None, float | None, float | None]:
    """(minimum, maximum, exclusive minimum, exclusive maximum), from either OpenAPI spelling."""
    minimum, maximum = _number(schema, "minimum"), _number(schema, "maximum")
    above, below = _number(schema, "exclusiveMinimum"), _number(schema, "exclusiveMaximum")
    if schema.get("exclusiveMinimum") is True:  # OpenAPI 3.0: a flag on `minimum`
        above, minimum = minimum, None
    if schema.get("exclusiveMaximum") is True:
        below, maximum = maximum, None
    return minimum, maximum, above, below


def _is_format(value: str, fmt: str) -> bool:
    try:
        if fmt == "date":
            return bool(_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
        return bool(_DATE_TIME.fullmatch(value)) and bool(datetime.fromisoformat(value))
    except ValueError:
        return False


def _member(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _problems(
    value: object, schema: object, schemas: Schemas, path: str, depth: int
) -> list[Problem]:
    validation = _Validation(schemas)
    validation.check(value, schema, path, depth)
    return validation.found


class _Validation:
    """One walk of a value against its schema: the components table it resolves `$ref`s in,
    and the problems found so far (in the order met)."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.found: list[Problem] = []

    def report(self, path: str, rule: str, message: str) -> None:
        self.found.append(Problem(path, rule, message))

    def check(self, value: object, schema: object, path: str, depth: int) -> None:
        if schema is False:
            self.report(path, "false", "no value is allowed here")
            return
        if not is_object(schema) or depth > _MAX_DEPTH:
            return
        reference = schema.get("$ref")
        if isinstance(reference, str):
            target = self.schemas.get(component(reference))
            if target is None:
                self.report(path, "$ref", f"the schema {reference} is not in the spec")
            else:
                self.check(value, target, path, depth + 1)
        if value is None and schema.get("nullable") is True:
            return
        kinds = types_of(schema)
        if kinds and not any(_is_type(value, kind) for kind in kinds):
            expected = " or ".join(kinds)
            self.report(path, "type", f"expected {expected}, got {_kind(value)} {_shown(value)}")
            return
        enum = schema.get("enum")
        if is_array(enum) and not any(same(value, option) for option in enum):
            allowed = ", ".join(_shown(option) for option in enum)
            self.report(path, "enum", f"{_shown(value)} is not one of {allowed}")
        if "const" in schema and not same(value, schema["const"]):
            self.report(path, "const", f"{_shown(value)} is not {_shown(schema['const'])}")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.check_number(value, schema, path)
        elif isinstance(value, Decimal):
            self.check_number(float(value), schema, path)
        elif isinstance(value, str):
            self.check_string(value, schema, path)
        elif is_array(value):
            self.check_array(value, schema, path, depth)
        elif is_object(value):
            self.check_object(value, schema, path, depth)
        self.check_combinations(value, schema, path, depth)

    def check_number(self, value: float, schema: Mapping[str, Any], path: str) -> None:
        minimum, maximum, above, below = bounds(schema)
        if minimum is not None and value < minimum:
            self.report(path, "minimum", f"{value!r} is less than the minimum {minimum!r}")
        if maximum is not None and value > maximum:
            self.report(path, "maximum", f"{value!r} is greater than the maximum {maximum!r}")
        if above is not None and value <= above:
            self.report(path, "exclusiveMinimum", f"{value!r} is not greater than {above!r}")
        if below is not None and value >= below:
            self.report(path, "exclusiveMaximum", f"{value!r} is not less than {below!r}")
        step = _number(schema, "multipleOf")
        if step and not math.isclose(value / step, round(value / step), abs_tol=1e-9):
            self.report(path, "multipleOf", f"{value!r} is not a multiple of {step!r}")

    def check_string(self, value: str, schema: Mapping[str, Any], path: str) -> None:
        shortest, longest = schema.get("minLength"), schema.get("maxLength")
        if isinstance(shortest, int) and len(value) < shortest:
            self.report(path, "minLength", f"{_shown(value)} is shorter than {shortest} characters")
        if isinstance(longest, int) and len(value) > longest:
            self.report(path, "maxLength", f"{_shown(value)} is longer than {longest} characters")
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not _compiled(pattern).search(value):
            self.report(path, "pattern", f"{_shown(value)} does not match {pattern!r}")
        fmt = schema.get("format")
        if fmt in ("date-time", "date") and not _is_format(value, str(fmt)):
            self.report(path, "format", f"{_shown(value)} is not an RFC 3339 {fmt}")

    def check_size(self, size: int, noun: str, schema: Mapping[str, Any], path: str) -> None:
        """An array's or object's size against `minItems`/`maxItems` or `min`/`maxProperties`."""
        keyword = noun.capitalize()
        fewest, most = schema.get(f"min{keyword}"), schema.get(f"max{keyword}")
        if isinstance(fewest, int) and size < fewest:
            self.report(path, f"min{keyword}", f"has {size} {noun}, fewer than {fewest}")
        if isinstance(most, int) and size > most:
            self.report(path, f"max{keyword}", f"has {size} {noun}, more than {most}")

    def check_array(
        self, value: list[Any], schema: Mapping[str, Any], path: str, depth: int
    ) -> None:
        self.check_size(len(value), "items", schema, path)
        if schema.get("uniqueItems") is True:
            for index, item in enumerate(value):
                if any(same(item, earlier) for earlier in value[:index]):
                    self.report(f"{path}[{index}]", "uniqueItems", f"{_shown(item)} is repeated")
                    break
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self.check(item, items, f"{path}[{index}]", depth + 1)

    def check_object(
        self, value: Mapping[str, Any], schema: Mapping[str, Any], path: str, depth: int
    ) -> None:
        required = schema.get("required")
        for name in required if is_array(required) else []:
            if name not in value:
                self.report(_member(path, str(name)), "required", "required property is missing")
        properties = schema.get("properties")
        known: Mapping[str, Any] = properties if is_object(properties) else {}
        for key, item in value.items():
            if key in known:
                self.check(item, known[key], _member(path, key), depth + 1)
        extra = schema.get("additionalProperties")
        if extra is not None and extra is not True:
            for key, item in value.items():
                if key in known:
                    continue
                if extra is False:
                    self.report(
                        _member(path, key), "additionalProperties", "property is not allowed"
                    )
                else:
                    self.check(item, extra, _member(path, key), depth + 1)
        self.check_size(len(value), "properties", schema, path)
        dependent = schema.get("dependentRequired")
        if is_object(dependent):
            for name, needed in dependent.items():
                for other in needed if name in value and is_array(needed) else []:
                    if other not in value:
                        self.report(
                            _member(path, str(other)),
                            "dependentRequired",
                            f"required when {name} is present",
                        )

    def check_combinations(
        self, value: object, schema: Mapping[str, Any], path: str, depth: int
    ) -> None:
        every = schema.get("allOf")
        for part in every if is_array(every) else []:
            self.check(value, part, path, depth + 1)
        for keyword in ("anyOf", "oneOf"):
            parts = schema.get(keyword)
            if not is_array(parts) or not parts:
                continue
            outcomes = [_problems(value, part, self.schemas, path, depth + 1) for part in parts]
            matching = sum(1 for outcome in outcomes if not outcome)
            if matching == 0:
                closest = min(outcomes, key=len)
                self.report(path, keyword, f"matches none of the {len(parts)} schemas of {keyword}")
                self.found.extend(closest)
            elif keyword == "oneOf" and matching > 1:
                self.report(
                    path, "oneOf", f"matches {matching} of the schemas of oneOf, not exactly one"
                )
        negated = schema.get("not")
        if negated is not None and not _problems(value, negated, self.schemas, path, depth + 1):
            self.report(path, "not", "matches a schema it must not match")


def from_text(text: str, schema: object, schemas: Schemas) -> object:
    """A parameter's text as the JSON value its schema describes: "10" → 10 for an integer.

    Text that fits none of the schema's types stays text, so validation reports it.
    """
    for kind in _text_kinds(resolve(schema, schemas), schemas, 0):
        if kind == "integer" and _INTEGER_TEXT.fullmatch(text):
            return int(text)
        if kind == "number":
            try:
                number = float(text)
            except ValueError:
                continue
            if math.isfinite(number):
                return number
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "string":
            return text
    return text


def _text_kinds(schema: Mapping[str, Any], schemas: Schemas, depth: int) -> list[str]:
    """The types a text could be read as, numbers first (so "10" is 10 where both fit)."""
    kinds = types_of(schema)
    enum = schema.get("enum")
    if not kinds and is_array(enum):
        kinds = [_kind(option) for option in enum]
    for keyword in ("allOf", "anyOf", "oneOf"):
        parts = schema.get(keyword)
        for part in parts if is_array(parts) and depth < _MAX_DEPTH else []:
            kinds += _text_kinds(resolve(part, schemas), schemas, depth + 1)
    order = ("integer", "number", "boolean", "string")
    return sorted({kind for kind in kinds if kind in order}, key=order.index)
