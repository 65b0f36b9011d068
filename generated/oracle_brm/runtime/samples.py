# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Sample data from the spec: its examples where it has them, else minimal valid values.

A minimal value has the required properties only, each with the plainest value its schema
allows (0, "", false, the first enum value, the lower bound, a string its pattern accepts),
so it is the same on every run. Examples are found for every named schema the spec shows one
of, including nested ones: a page's example gives an example of the items it lists.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from .decoding import is_array, is_object
from .schema_check import (
    REF_PREFIX,
    Schemas,
    bounds,
    component,
    is_valid,
    problems,
    resolve,
    types_of,
)

_MAX_DEPTH: Final = 32
_FORMAT_SAMPLES: Final = {
    "date-time": "2000-01-01T00:00:00Z",
    "date": "2000-01-01",
    "time": "00:00:00Z",
    "decimal": "0",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "email": "user@example.com",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


class SampleError(ValueError):
    """No valid value could be built for a schema (e.g. a pattern with look-arounds)."""


def minimal(schema: object, schemas: Schemas) -> object:
    """The minimal valid value of `schema`; raises SampleError when none can be built."""
    value = _Builder(schemas).build(schema, 0)
    found = problems(value, schema, schemas)
    if found:
        raise SampleError(f"no valid sample could be built: {found[0]}; give the schema an example")
    return value


class _Builder:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.tags = _subtype_tags(schemas)

    def build(self, schema: object, depth: int) -> object:
        if not is_object(schema) or depth > _MAX_DEPTH:
            return None
        reference = schema.get("$ref")
        if isinstance(reference, str):
            built = self.build(self.schemas.get(component(reference)), depth + 1)
            tag = self.tags.get(component(reference))
            if tag is not None and is_object(built):
                built = {**built, tag[0]: tag[1]}
            return built
        if "example" in schema and is_valid(schema["example"], schema, self.schemas):
            return schema["example"]
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if is_array(enum) and enum:
            return next((option for option in enum if option is not None), None)
        for keyword in ("oneOf", "anyOf"):
            parts = schema.get(keyword)
            if is_array(parts) and parts:
                return self.first_fitting(parts, schema, depth)
        every = schema.get("allOf")
        if is_array(every) and every:
            merged: dict[str, Any] = {}
            objects = False  # an empty object is one too: `allOf` of parts with nothing required
            for part in every:
                built = self.build(part, depth + 1)
                if is_object(built):
                    merged.update(built)
                    objects = True
            own = self.build_typed({k: v for k, v in schema.items() if k != "allOf"}, depth)
            if is_object(own):
                return {**merged, **own}
            return merged if objects else own
        return self.build_typed(schema, depth)

    def first_fitting(self, parts: list[Any], schema: Mapping[str, Any], depth: int) -> object:
        """The first variant's sample that the whole schema accepts; null ones last."""
        ordered = sorted(parts, key=lambda part: resolve(part, self.schemas).get("type") == "null")
        candidates = [self.build(part, depth + 1) for part in ordered]
        return next((c for c in candidates if is_valid(c, schema, self.schemas)), candidates[0])

    def build_typed(self, schema: Mapping[str, Any], depth: int) -> object:
        kinds = [kind for kind in types_of(schema) if kind != "null"] or (
            ["object"] if "properties" in schema or "required" in schema else []
        )
        kind = kinds[0] if kinds else ("null" if types_of(schema) else "")
        if kind == "object":
            return self.build_object(schema, depth)
        if kind == "array":
            count = schema.get("minItems")
            item = self.build(schema.get("items"), depth + 1)
            return [item] * count if isinstance(count, int) else []
        if kind == "string":
            return _string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind == "integer")
        if kind == "boolean":
            return False
        return None

    def build_object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties")
        known: Mapping[str, Any] = properties if is_object(properties) else {}
        extra = schema.get("additionalProperties")
        required = schema.get("required")
        built: dict[str, Any] = {}
        for name in required if is_array(required) else []:
            subschema = known.get(str(name), extra if is_object(extra) else {})
            built[str(name)] = self.build(subschema, depth + 1)
        return built


def _subtype_tags(schemas: Schemas) -> dict[str, tuple[str, object]]:
    """Component → (discriminator property, tag) for each subtype a base's mapping names.

    A sample of `Cash` must say `"@type": "Cash"`, or it would read back as its base class.
    """
    tags: dict[str, tuple[str, object]] = {}
    for name, schema in schemas.items():
        discriminator = schema.get("discriminator") if is_object(schema) else None
        mapping = discriminator.get("mapping") if is_object(discriminator) else None
        prop = discriminator.get("propertyName") if is_object(discriminator) else None
        if not is_object(mapping) or not isinstance(prop, str):
            continue
        for tag, target in mapping.items():
            if isinstance(target, str) and component(target) != name:
                tags.setdefault(component(target), (prop, tag))
    return tags


def _string(schema: Mapping[str, Any]) -> str:
    shortest = schema.get("minLength")
    padded = "a" * shortest if isinstance(shortest, int) else ""
    candidates = [_FORMAT_SAMPLES.get(str(schema.get("format")), padded), padded]
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        candidates.append(pattern_sample(pattern))
    return next(
        (c for c in candidates if is_valid(c, {**schema, "type": "string"}, {})), candidates[-1]
    )


def _number(schema: Mapping[str, Any], integer: bool) -> float:
    """0 where the bounds allow it, else the bound nearest to it (one step inside an exclusive one)."""
    minimum, maximum, above, below = bounds(schema)
    lows = [low for low in (minimum, None if above is None else above + 1) if low is not None]
    highs = [high for high in (maximum, None if below is None else below - 1) if high is not None]
    if lows and max(lows) > 0:
        return math.ceil(max(lows)) if integer else float(max(lows))
    if highs and min(highs) < 0:
        return math.floor(min(highs)) if integer else float(min(highs))
    return 0 if integer else 0.0


# -- a string a regular expression accepts -------------------------------------------------

_CLASS_SAMPLES: Final = {"d": "0", "w": "a", "s": " ", "D": "a", "W": "-", "S": "a"}


def pattern_sample(pattern: str) -> str:
    """The shortest string of first choices that `pattern` accepts, for the common syntax.

    First alternative, first character of a class, each repetition at its minimum; anchors
    and word boundaries add nothing. A pattern outside that syntax (look-arounds,
    back-references) may give a string it rejects: the caller validates what it gets.
    """
    return _PatternReader(pattern).alternatives()


class _PatternReader:
    def __init__(self, pattern: str) -> None:
        self.pattern, self.at = pattern, 0

    def peek(self) -> str:
        return self.pattern[self.at] if self.at < len(self.pattern) else ""

    def take(self) -> str:
        char = self.peek()
        self.at += 1
        return char

    def alternatives(self) -> str:
        first = self.sequence()
        while self.peek() == "|":
            self.take()
            self.sequence()
        return first

    def sequence(self) -> str:
        out = ""
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            out += atom * self.repetitions()
        return out

    def atom(self) -> str:
        char = self.take()
        if char == "(":
            if self.peek() == "?":
                self.take()
                marker = self.take()
                if marker in ("<", "P") and self.peek() not in ("=", "!"):
                    while self.take() not in (">", ""):
                        pass
            inner = self.alternatives()
            self.take()  # ")"
            return inner
        if char == "[":
            return self.character_class()
        if char == "\\":
            return self.escape()
        if char in ("^", "$"):
            return ""
        if char == ".":
            return "a"
        return char

    def escape(self) -> str:
        char = self.take()
        if char in _CLASS_SAMPLES:
            return _CLASS_SAMPLES[char]
        if char in ("b", "B", "A", "Z", "z"):
            return ""
        if char in ("u", "x"):
            digits = 4 if char == "u" else 2
            code = self.pattern[self.at : self.at + digits]
            self.at += digits
            return chr(int(code, 16))
        return {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}.get(char, char)

    def character_class(self) -> str:
        """A character the class accepts: its first member if it has one, else a common one."""
        start = self.at - 1
        if self.peek() == "^":
            self.take()
        first = self.take()  # a "]" right after "[" or "[^" is a member
        if first == "\\":
            self.take()
        while self.peek() not in ("]", ""):
            if self.take() == "\\":
                self.take()
        self.take()  # "]"
        source = self.pattern[start : self.at]
        for char in first + "a0A-_ .~Z9z":
            if _matches(source, char):
                return char
        return "a"

    def repetitions(self) -> int:
        char = self.peek()
        count = 1
        if char in ("?", "*"):
            self.take()
            count = 0
        elif char == "+":
            self.take()
        elif char == "{" and self.pattern[self.at + 1 : self.at + 2].isdigit():
            self.take()
            digits = ""
            while self.peek().isdigit():
                digits += self.take()
            while self.take() not in ("}", ""):
                pass
            count = int(digits)
        else:
            return 1
        if self.peek() in ("?", "+"):  # lazy or possessive: the same minimum
            self.take()
        return count


def _matches(character_class: str, char: str) -> bool:
    try:
        return re.fullmatch(character_class, char) is not None
    except re.error:
        return False


# -- the spec's examples, by schema ---------------------------------------------------------


def component_examples(
    examples: Sequence[tuple[object, object]], schemas: Schemas
) -> dict[str, object]:
    """Component name → the first example value the spec shows of it, nested ones included.

    `examples` are (value, schema) pairs (response examples with their schemas); each value is
    walked with its schema, and every `$ref` it passes through records the value there if
    the value is valid against that component. Components with an example of their own come
    after the examples that hold them.
    """
    found: dict[str, object] = {}
    walk = _ExampleWalk(schemas, found)
    for value, schema in examples:
        walk.visit(value, schema, 0)
    for name, schema in schemas.items():
        if is_object(schema) and "example" in schema:
            walk.visit(schema["example"], {"$ref": REF_PREFIX + name}, 0)
    return found


class _ExampleWalk:
    def __init__(self, schemas: Schemas, found: dict[str, object]) -> None:
        self.schemas, self.found = schemas, found

    def visit(self, value: object, schema: object, depth: int) -> None:
        if not is_object(schema) or depth > _MAX_DEPTH:
            return
        reference = schema.get("$ref")
        if isinstance(reference, str):
            name = component(reference)
            target = self.schemas.get(name)
            if name not in self.found and is_valid(value, target, self.schemas):
                self.found[name] = value
            self.visit(value, target, depth + 1)
        self.visit_subtype(value, schema, depth)
        for part in _parts(schema, "allOf"):
            self.visit(value, part, depth + 1)
        for part in _parts(schema, "oneOf") + _parts(schema, "anyOf"):
            if is_valid(value, part, self.schemas):
                self.visit(value, part, depth + 1)
        if is_object(value):
            properties = schema.get("properties")
            known: Mapping[str, Any] = properties if is_object(properties) else {}
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                self.visit(item, known.get(key, extra), depth + 1)
        if is_array(value):
            for item in value:
                self.visit(item, schema.get("items"), depth + 1)

    def visit_subtype(self, value: object, schema: Mapping[str, Any], depth: int) -> None:
        """A value whose discriminator names a subtype is an example of that subtype too."""
        discriminator = schema.get("discriminator")
        if not is_object(discriminator) or not is_object(value):
            return
        mapping = discriminator.get("mapping")
        tag = value.get(str(discriminator.get("propertyName")))
        target = mapping.get(tag) if is_object(mapping) and isinstance(tag, str) else None
        if isinstance(target, str) and target != schema.get("$ref"):
            self.visit(value, {"$ref": target}, depth + 1)


def _parts(schema: Mapping[str, Any], keyword: str) -> list[Any]:
    parts = schema.get(keyword)
    return parts if is_array(parts) else []
