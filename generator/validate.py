"""OpenAPI 3.0/3.1 checks and our own lint, as located diagnostics.

Only what the generator relies on, or what would make a wrong client, is checked; every
problem in a file is reported, not just the first.
"""

from __future__ import annotations

import copy
import keyword
import re
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .diagnostics import Diagnostic, Severity
from .load import SpecDocument
from .openapi import (
    each_example,
    each_operation,
    join_pointer,
    node_at,
    object_under,
    pointer_tokens,
    resolve,
    unescape_pointer_token,
)
from .naming import snake_case

SUPPORTED_VERSION = re.compile(r"^3\.[01]\.\d+$")
SCHEMA_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
KNOWN_FORMATS = frozenset(
    {
        "int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password",
        "uri", "uri-reference", "uri-template", "url", "email", "uuid", "hostname", "ipv4", "ipv6",
        "decimal", "unix-time", "time", "duration", "regex", "json-pointer", "iri", "idn-email",
        "idn-hostname", "iri-reference", "relative-json-pointer",
    }
)
PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")
TEMPLATE_VARIABLE = re.compile(r"\{([^{}]*)\}")
SPEC_URI = "urn:generator:spec"
FORMATS = FormatChecker()


class _Checker:
    def __init__(self, spec: SpecDocument, lenient: bool) -> None:
        self.spec = spec
        self.lenient = lenient
        self.found: list[Diagnostic] = []

    def error(self, pointer: str, message: str) -> None:
        self.found.append(self.spec.diagnostic(pointer, message))

    def warning(self, pointer: str, message: str) -> None:
        self.found.append(self.spec.diagnostic(pointer, message, severity=Severity.WARNING))

    def run(self) -> list[Diagnostic]:
        data = self.spec.data
        if "swagger" in data:
            self.error("/swagger", f"Swagger {data['swagger']} is not supported: convert it to OpenAPI 3 first (e.g. with swagger2openapi)")
            return self.found
        version = data.get("openapi")
        if version is None:
            self.error("", "not an OpenAPI document: the `openapi` field is missing")
            return self.found
        if not SUPPORTED_VERSION.match(str(version)):
            self.error("/openapi", f"unsupported OpenAPI version {version!s}: expected 3.0.x or 3.1.x")
            return self.found
        for required in ("info", "paths"):
            if not isinstance(data.get(required), dict):
                self.error("", f"missing or invalid `{required}` object")
        package = (data.get("info") or {}).get("x-package-name") if isinstance(data.get("info"), dict) else None
        if package is not None and not (isinstance(package, str) and package.isidentifier() and not keyword.iskeyword(package)):
            self.error("/info/x-package-name", f"package name {package!r} is not a Python identifier")
        client_version = (data.get("info") or {}).get("x-client-version") if isinstance(data.get("info"), dict) else None
        if client_version is not None and not re.fullmatch(r"\d+\.\d+\.\d+", str(client_version)):
            self.error("/info/x-client-version", f"client version {client_version!r} is not MAJOR.MINOR.PATCH")
        self.references(data, "")
        self.schemas()
        self.operations()
        if not any(d.severity is Severity.ERROR for d in self.found):
            self.examples()
        return self.found

    def examples(self) -> None:
        """Every media-type and parameter example must fit its schema (JSON Schema 2020-12;
        an OpenAPI 3.0 document's schemas are read in those terms first)."""
        found = _examples(self.spec.data)
        document = self.spec.data
        if not str(document.get("openapi")).startswith("3.1"):
            document = _schemas_as_2020_12(document, sorted({schema_pointer for _, schema_pointer, _, _ in found}))
        registry = Registry().with_resource(SPEC_URI, Resource.from_contents(document, DRAFT202012))
        report = self.warning if self.lenient else self.error
        for pointer, schema_pointer, holder_pointer, example in found:
            validator = Draft202012Validator(
                {"$ref": SPEC_URI + "#" + schema_pointer}, registry=registry, format_checker=FORMATS
            )
            # A `$ref`'d example is reported where its value is written, which says nothing of
            # the schema it is held to: the message names that schema.
            schema = "its schema" if pointer.startswith(holder_pointer + "/") else f"the schema at {schema_pointer}"
            for problem in sorted(validator.iter_errors(example), key=lambda e: list(e.absolute_path)):
                where = join_pointer(pointer, *problem.absolute_path)
                report(where, f"example does not match {schema}: {problem.message}")

    def references(self, node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str):
                self.reference(reference, join_pointer(pointer, "$ref"))
            for key, value in node.items():
                if key != "$ref" and not (key in ("example", "examples") and pointer.count("/") > 1):
                    self.references(value, join_pointer(pointer, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.references(value, join_pointer(pointer, index))

    def reference(self, reference: str, pointer: str) -> None:
        document_part, _, fragment = reference.partition("#")
        if document_part:
            self.error(pointer, f"$ref to another file is not supported: {reference!r} (bundle the spec into one file)")
            return
        node: Any = self.spec.data
        for token in pointer_tokens(fragment):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                if self.lenient:  # build.py types the dangling reference as Any
                    self.warning(pointer, f"$ref target does not exist: {reference!r}; typed as Any")
                else:
                    self.error(pointer, f"$ref target does not exist: {reference!r}")
                return

    def schemas(self) -> None:
        components = (self.spec.data.get("components") or {}).get("schemas") or {}
        if not isinstance(components, dict):
            return
        for name, schema in components.items():
            self.schema(schema, join_pointer("/components/schemas", name))
        for name in components:
            self.alias_cycle(name, components)

    def schema(self, schema: Any, pointer: str) -> None:
        if not isinstance(schema, dict):
            return
        kinds = schema.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds] if kinds is not None else []:
            if kind not in SCHEMA_TYPES:
                self.error(join_pointer(pointer, "type"), f"unknown schema type {kind!r}")
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt not in KNOWN_FORMATS:
            self.warning(join_pointer(pointer, "format"), f"unsupported format {fmt!r}, treated as its base type")
        properties = object_under(schema, "properties")
        required = schema.get("required")
        if isinstance(required, list) and properties and not schema.get("allOf"):
            for index, name in enumerate(required):
                if name not in properties:
                    report = self.warning if self.lenient else self.error  # legal JSON Schema, often a typo
                    report(join_pointer(pointer, "required", index), f"required property {name!r} is not defined in `properties`")
        for name, child in properties.items():
            self.schema(child, join_pointer(pointer, "properties", name))
        for keyword in ("items", "additionalProperties", "not"):
            self.schema(schema.get(keyword), join_pointer(pointer, keyword))
        for keyword in ("allOf", "oneOf", "anyOf"):
            for index, part in enumerate(schema.get(keyword) or []):
                self.schema(part, join_pointer(pointer, keyword, index))

    def alias_cycle(self, start: str, components: dict[str, Any]) -> None:
        """A schema that is, through plain `$ref`s only, itself: no value can ever fit it.

        A cycle through `items` or `additionalProperties` is a recursive type (`list[Tree]`);
        one through `$ref`s alone never reaches a value.
        """
        seen = [start]
        schema = components.get(start)
        while isinstance(schema, dict):
            target = schema.get("$ref")
            if not isinstance(target, str) or not target.startswith("#/components/schemas/"):
                return
            name = unescape_pointer_token(target.split("/")[-1])
            if name == start:
                cycle = " -> ".join(seen + [name])
                self.error(join_pointer("/components/schemas", start), f"$ref cycle that never reaches a value: {cycle}")
                return
            if name in seen:
                return
            seen.append(name)
            schema = components.get(name)

    def operations(self) -> None:
        paths = self.spec.data.get("paths")
        if not isinstance(paths, dict):
            return
        ids: dict[str, str] = {}
        python_names: dict[str, str] = {}
        for path, method, operation in each_operation(self.spec.data, follow_refs=False):
            item = paths[path]
            item_pointer = join_pointer("/paths", path)
            pointer = join_pointer(item_pointer, method)
            operation_id = operation.get("operationId")
            if isinstance(operation_id, str):
                if operation_id in ids:
                    self.error(join_pointer(pointer, "operationId"), f"duplicate operationId {operation_id!r} (also at {ids[operation_id]})")
                else:
                    ids[operation_id] = pointer
                    python = snake_case(operation_id)
                    if python in python_names:
                        self.error(join_pointer(pointer, "operationId"), f"operationId {operation_id!r} becomes the Python name {python!r}, like the operation at {python_names[python]}")
                    python_names[python] = pointer
            self.parameters(path, item, operation, pointer, item_pointer)
            for schema_pointer, _, _ in _media_schemas(operation, pointer):
                self.schema(node_at(operation, schema_pointer[len(pointer):]), schema_pointer)

    def parameters(self, path: str, item: dict[str, Any], operation: dict[str, Any], pointer: str, item_pointer: str) -> None:
        declared: set[str] = set()
        projection: str | None = None  # the parameter marked x-projection, by name
        for base, parameters in ((item_pointer, item.get("parameters")), (pointer, operation.get("parameters"))):
            for index, parameter in enumerate(parameters or []):
                parameter_pointer = join_pointer(base, "parameters", index)
                parameter = resolve(self.spec.data, parameter)
                if not isinstance(parameter, dict):
                    continue
                marked = parameter.get("x-projection", False)
                if not isinstance(marked, bool):
                    self.error(join_pointer(parameter_pointer, "x-projection"), f"x-projection must be true or false, not {marked!r}")
                elif marked and projection not in (None, parameter.get("name")):
                    message = f"x-projection marks {projection!r} already: an operation has one projection parameter at most"
                    self.error(join_pointer(parameter_pointer, "x-projection"), message)
                elif marked:
                    projection = parameter.get("name")
                location = parameter.get("in")
                if location not in PARAMETER_LOCATIONS:
                    self.error(join_pointer(parameter_pointer, "in"), f"parameter `in` must be one of {', '.join(PARAMETER_LOCATIONS)}, not {location!r}")
                if location == "path":
                    declared.add(str(parameter.get("name")))
                self.schema(parameter.get("schema"), join_pointer(parameter_pointer, "schema"))
        for variable in TEMPLATE_VARIABLE.findall(path):
            if variable not in declared:
                if self.lenient:  # build.py adds it as a required string parameter
                    self.warning(pointer, f"path template variable {{{variable}}} has no path parameter; taken as a string")
                else:
                    self.error(pointer, f"path template variable {{{variable}}} has no path parameter")


def _media_schemas(operation: dict[str, Any], base: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(schema pointer, holder pointer, holder) of every parameter, body and response schema."""
    holders: list[tuple[str, Any]] = [
        (join_pointer(base, "parameters", i), p) for i, p in enumerate(operation.get("parameters") or [])
    ]
    body = operation.get("requestBody")
    if isinstance(body, dict):
        for media_type, media in (body.get("content") or {}).items():
            holders.append((join_pointer(base, "requestBody", "content", media_type), media))
    for status, response in (operation.get("responses") or {}).items():
        if isinstance(response, dict):
            for media_type, media in (response.get("content") or {}).items():
                holders.append((join_pointer(base, "responses", str(status), "content", media_type), media))
    return [
        (join_pointer(pointer, "schema"), pointer, holder)
        for pointer, holder in holders
        if isinstance(holder, dict) and isinstance(holder.get("schema"), dict)
    ]


def _examples(document: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    """(example pointer, schema pointer, holder pointer, example value) for media types and
    parameters; a `$ref`'d example's pointer is where its value is written."""
    found = []
    for path, method, operation in each_operation(document, follow_refs=False):
        base = join_pointer("/paths", path, method)
        for schema_pointer, pointer, holder in _media_schemas(operation, base):
            for example_pointer, example in each_example(document, holder, pointer):
                found.append((example_pointer, schema_pointer, pointer, example))
    return found


def _schemas_as_2020_12(document: dict[str, Any], pointers: list[str]) -> dict[str, Any]:
    """An OpenAPI 3.0 document with its component schemas, and the schemas at `pointers`, in
    JSON Schema 2020-12 terms (`_schema_as_2020_12`). `paths` is copied, as schemas in it
    are replaced; the rest is shared with `document`, which is left as it is."""
    components = object_under(document, "components")
    schemas = object_under(components, "schemas")
    converted = {
        **document,
        "components": {**components, "schemas": {name: _schema_as_2020_12(s) for name, s in schemas.items()}},
        "paths": copy.deepcopy(document.get("paths")),
    }
    for pointer in pointers:
        *parent, last = pointer_tokens(pointer)
        holder = node_at(converted, join_pointer("", *parent))
        holder[last] = _schema_as_2020_12(holder[last])
    return converted


def _schema_as_2020_12(schema: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema 2020-12 reads it: `nullable` allows null (beside
    a `$ref` too, as generators honour it there), a boolean `exclusiveMinimum`/`Maximum` makes
    its bound exclusive, and anything else beside a `$ref` is left out, as 3.0 ignores it."""
    if not isinstance(schema, dict):
        return schema
    converted: dict[str, Any] = {}
    written = [("$ref", schema["$ref"])] if isinstance(schema.get("$ref"), str) else list(schema.items())
    for key, value in written:
        if key == "properties" and isinstance(value, dict):
            converted[key] = {name: _schema_as_2020_12(part) for name, part in value.items()}
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            converted[key] = [_schema_as_2020_12(part) for part in value]
        elif key in ("items", "additionalProperties", "not"):
            converted[key] = _schema_as_2020_12(value)
        elif key != "nullable" and not (key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool)):
            converted[key] = value
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(exclusive) is True and bound in converted:
            converted[exclusive] = converted.pop(bound)
    if schema.get("nullable") is not True:
        return converted
    if isinstance(converted.get("enum"), list) and None not in converted["enum"]:
        converted["enum"] = [*converted["enum"], None]
    if isinstance(converted.get("type"), str):
        return {**converted, "type": [converted["type"], "null"]}
    return {"anyOf": [converted, {"type": "null"}]}


def validate_document(spec: SpecDocument, lenient: bool = False) -> list[Diagnostic]:
    """All problems of one spec; with `lenient`, examples that do not fit are only warnings."""
    return _Checker(spec, lenient).run()
