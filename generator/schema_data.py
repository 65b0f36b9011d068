"""Raw schemas and examples reduced to what the test kit checks, as plain JSON data.

The generated `testing` module embeds the spec's schemas so that its fake API can validate
requests and answers offline. Descriptions, curation notes and vendor extensions say nothing
a validator needs and would only bloat the module, so a schema keeps its validation keywords
and nothing else; values are made JSON-shaped (YAML dates become the strings they were
written as, keys become strings) so that they render as Python literals.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .openapi import each_example
from .runtime.schema_check import is_valid

# Keywords whose value is one schema, a list of schemas, or a map of name → schema.
_SUBSCHEMA = ("items", "additionalProperties", "not")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMA_MAPS = ("properties",)
# Keywords whose value is data, kept as it is.
_DATA = (
    "$ref", "type", "nullable", "enum", "const", "format", "pattern", "multipleOf",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
    "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "required",
    "dependentRequired", "discriminator", "example",
)


def json_value(value: Any) -> Any:
    """Spec data as JSON: dates as ISO strings, keys as strings, no non-finite numbers."""
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def validation_schema(schema: Any) -> Any:
    """The schema with only the keywords a validator or sample builder reads, recursively.

    OpenAPI 3.1's `examples` array is kept as its first value under `example`, the one
    spelling the kit reads.
    """
    if not isinstance(schema, dict):
        return json_value(schema) if isinstance(schema, bool) else {}
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _SUBSCHEMA:
            kept[key] = validation_schema(value)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            kept[key] = [validation_schema(part) for part in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            kept[key] = {str(name): validation_schema(part) for name, part in value.items()}
        elif key in _DATA:
            kept[key] = json_value(value)
    if "example" not in kept and isinstance(schema.get("examples"), list) and schema["examples"]:
        kept["example"] = json_value(schema["examples"][0])
    return kept


class FittingExamples:
    """The spec's examples the package may show or its test kit may answer with: only those
    that fit their schema as the kit's own check reads it (`runtime/schema_check.py`), so a
    fake never answers with data its client cannot decode, and a README never shows a call
    the fake refuses. Like `runtime/samples.py`'s `component_examples`, an example that does
    not fit is passed over (the lint reports it: validate.py)."""

    def __init__(self, document: dict[str, Any], components: dict[str, Any]) -> None:
        self.document = document
        self.schemas = {str(name): validation_schema(schema) for name, schema in components.items()}
        """components/schemas reduced by `validation_schema`: the kit's own table."""

    def first(self, holder: dict[str, Any], schema: Any, *more: Any) -> tuple[Any, ...]:
        """The first example of a media type or parameter that fits `schema` (reduced by
        `validation_schema`), trying `more` values after the holder's own; () if none fits."""
        values = [value for _, value in each_example(self.document, holder, "")] + list(more)
        return next(((value,) for value in values if is_valid(json_value(value), schema, self.schemas)), ())


def cursor_parameter(next_link: Any, query_parameters: list[str]) -> str | None:
    """The documented query parameter that an example `next` link sets, if it sets one."""
    if not isinstance(next_link, str):
        return None
    names = [name for name, _ in parse_qsl(urlsplit(next_link).query, keep_blank_values=True)]
    return next((name for name in names if name in query_parameters), None)
