"""Gives every inline object and enum schema a component name of its own.

datamodel-code-generator names inline schemas after its own scheme (`Status1`, paths with
special markers) that cannot be mapped back to the spec reliably. Moving them into
`components/schemas` first, under names derived from where they sit (`PaymentStatus`,
`ListPaymentsStatus`), makes every class traceable to a component and gives readable names.
The input document is not modified.
"""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from .naming import pascal_case
from .openapi import each_operation, join_pointer, operation_name


class _Hoister:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.nullable_3_0 = str(document.get("openapi", "")).startswith("3.0")
        components = document.setdefault("components", {})
        self.original: dict[str, Any] = components.get("schemas") or {}
        self.ordered: dict[str, Any] = {}
        self.origins: dict[str, str] = {}
        self.taken = set(self.original)

    def run(self) -> Hoisted:
        for name, schema in list(self.original.items()):
            self.ordered[name] = schema
            self.walk(schema, pascal_case(name), join_pointer("/components/schemas", name))
        for path, method, operation in each_operation(self.document):
            name = pascal_case(operation_name(operation, method, path))
            self.operation(operation, name, join_pointer("/paths", path, method))
        for kind in ("parameters", "responses", "requestBodies"):
            for name, item in (self.document["components"].get(kind) or {}).items():
                self.container(item, pascal_case(name), join_pointer("/components", kind, name))
        self.document["components"]["schemas"] = self.ordered
        return Hoisted(self.document, self.origins)

    def operation(self, operation: dict[str, Any], prefix: str, pointer: str) -> None:
        for index, parameter in enumerate(operation.get("parameters") or []):
            if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                where = join_pointer(pointer, "parameters", index)
                self.container(parameter, prefix + pascal_case(parameter["name"]), where)
        body = operation.get("requestBody")
        if isinstance(body, dict):
            self.container(body, prefix + "Body", join_pointer(pointer, "requestBody"))
        for status, response in (operation.get("responses") or {}).items():
            if isinstance(response, dict):
                suffix = "Response" if str(status).startswith("2") else f"{status}Response"
                self.container(response, prefix + pascal_case(suffix), join_pointer(pointer, "responses", str(status)))

    def container(self, item: dict[str, Any], hint: str, pointer: str) -> None:
        """Parameters, bodies and responses hold schemas directly or per media type."""
        if isinstance(item.get("schema"), dict):
            item["schema"] = self.lift(item["schema"], hint, join_pointer(pointer, "schema"))
        for media_type, media in (item.get("content") or {}).items():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                where = join_pointer(pointer, "content", media_type, "schema")
                media["schema"] = self.lift(media["schema"], hint, where)

    def walk(self, schema: Any, hint: str, pointer: str) -> None:
        """Lifts the inline schemas nested in `schema` (which itself stays where it is)."""
        if not isinstance(schema, dict):
            return
        _const_as_enum(schema)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, child in properties.items():
                where = join_pointer(pointer, "properties", name)
                properties[name] = self.lift(child, hint + pascal_case(name, "Field"), where)
        if isinstance(schema.get("items"), dict):
            schema["items"] = self.lift(schema["items"], hint + "Item", join_pointer(pointer, "items"))
        if isinstance(schema.get("additionalProperties"), dict):
            where = join_pointer(pointer, "additionalProperties")
            schema["additionalProperties"] = self.lift(schema["additionalProperties"], hint + "Value", where)
        for keyword in ("allOf", "oneOf", "anyOf"):
            parts = schema.get(keyword)
            if isinstance(parts, list):
                for index, part in enumerate(parts):
                    where = join_pointer(pointer, keyword, index)
                    if keyword == "allOf":
                        self.walk(part, hint, where)
                    else:
                        parts[index] = self.lift(part, f"{hint}Variant{index + 1}", where)

    def lift(self, schema: Any, hint: str, pointer: str) -> Any:
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        _const_as_enum(schema)
        if not _deserves_a_name(schema):
            self.walk(schema, hint, pointer)
            return schema
        name = hint
        counter = 2
        while name in self.taken:
            name = f"{hint}{counter}"
            counter += 1
        self.taken.add(name)
        self.origins[name] = pointer
        lifted, nullable = _without_null(schema)
        self.ordered[name] = lifted
        self.walk(lifted, name, pointer)
        reference = {"$ref": f"#/components/schemas/{name}"}
        if not nullable:
            return reference
        if self.nullable_3_0:
            return {"anyOf": [reference], "nullable": True}
        return {"anyOf": [reference, {"type": "null"}]}


def _const_as_enum(schema: dict[str, Any]) -> None:
    """`const: x` is the enum of one value `[x]`: a class of one member, as such enums are."""
    if "const" in schema and "enum" not in schema:
        schema["enum"] = [schema["const"]]


def _deserves_a_name(schema: dict[str, Any]) -> bool:
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        return True
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1:
        return True
    enum = schema.get("enum")
    return isinstance(enum, list) and len([value for value in enum if value is not None]) > 0


def _without_null(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Splits nullability off a schema that becomes a class: the class itself is never null."""
    lifted = dict(schema)
    nullable = False
    # `nullable` is 3.0's word, but 3.1 documents use it too (Adyen's): honoured in both.
    if lifted.pop("nullable", False):
        nullable = True
    kinds = lifted.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        nullable = True
        rest = [kind for kind in kinds if kind != "null"]
        lifted["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(lifted.get("enum"), list) and None in lifted["enum"]:
        nullable = True
        lifted["enum"] = [value for value in lifted["enum"] if value is not None]
    return lifted, nullable


class Hoisted(NamedTuple):
    """The document with every inline object and enum named, and where each was written."""

    document: dict[str, Any]
    origins: dict[str, str]  # lifted component name → JSON pointer of the inline schema

    def pointer(self, component: str) -> str:
        """Where a component schema is written in the original document."""
        return self.origins.get(component) or join_pointer("/components/schemas", component)


def hoist_inline_schemas(document: dict[str, Any]) -> Hoisted:
    """A copy of the document in which every object or enum schema is a named component."""
    return _Hoister(copy.deepcopy(document)).run()
