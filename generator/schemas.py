"""The one module that touches datamodel-code-generator (DCG): component schemas → IR types.

DCG's parser resolves references, merges `allOf`, decides which schemas become classes,
enums or aliases, and gives each a valid class name and a structured type per field. Its
private API (`OpenAPIParser`, `parser.results`, `DataType`) is used here and nowhere else.
What DCG drops is read back from the raw schema: formats it does not know (`unix-time`),
`additionalProperties` types, discriminators, descriptions and enum values.

Pitfalls met and handled here:
- parser defaults differ from its CLI: `strict_nullable`, `use_union_operator`,
  `use_standard_collections` and `target_datetime_class` are passed explicitly;
- it wants an absolute path to a file, so the (hoisted) document is written to a temporary one;
- inline enums and objects get names like `Status1`: `hoist.py` names them before DCG runs;
- it drops discriminators and `additionalProperties` and emits `Literal` narrowing that leaks
  into subclasses: we never use its rendered code, only its model list, so both are read here
  from the raw spec instead;
- a `$ref` to a discriminated base comes back as the union of its subclasses, without the base
  that unknown tags fall back to: such fields keep the spec's own reference.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import warnings
from pathlib import Path
from typing import Any

from datamodel_code_generator import DatetimeClassType
from datamodel_code_generator.parser.openapi import OpenAPIParser

from . import ir
from .naming import RESERVED_FIELD_NAMES, claim_names, constant_case, pascal_case, snake_case, unique_names

SCHEMA_PREFIX = "#/components/schemas/"

_DCG_SCALARS: dict[str, ir.ScalarKind] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "Any": "any",
    "Decimal": "decimal",
    "AwareDatetime": "datetime",
    "datetime": "datetime",
    "date": "date",
}


def scalar_kind(schema: dict[str, Any]) -> ir.ScalarKind:
    """The Python kind of a scalar schema, by its `type` and `format`."""
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = next((kind for kind in kinds if kind != "null"), None)
    fmt = str(schema.get("format") or schema.get("x-format") or "")
    if kinds == "integer":
        return "unix_time" if fmt == "unix-time" else "int"
    if kinds == "number":
        # Money sent as a JSON number: `x-format: decimal` beside the page's own `format: float`.
        return "decimal_number" if "decimal" in (fmt, schema.get("x-format")) else "float"
    if kinds == "boolean":
        return "bool"
    if kinds == "string":
        if fmt.startswith("date-time"):  # also `x-format: date-time-…` variants such as `+0300` offsets
            return "datetime"
        return {"date": "date", "decimal": "decimal"}.get(fmt, "str")
    return "any"


def is_nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        return True
    if schema.get("nullable") is True:
        return True
    for keyword in ("anyOf", "oneOf"):
        parts = schema.get(keyword)
        if isinstance(parts, list) and any(
            isinstance(part, dict) and part.get("type") == "null" for part in parts
        ):
            return True
    return False


class SchemaTypes:
    """Component schemas turned into IR classes, and a resolver from raw schemas to IR types."""

    def __init__(self, document: dict[str, Any], origin: Path) -> None:
        self.components: dict[str, Any] = document.get("components", {}).get("schemas") or {}
        self.class_names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}  # component name -> "model" | "enum" | "alias"
        self.models: list[ir.Model] = []
        self.enums: list[ir.Enum] = []
        self.aliases: list[ir.Alias] = []
        self._alias_types: dict[str, ir.TypeRef] = {}
        self._component_by_path: dict[str, str] = {}  # DCG reference path → component name
        self._resolving: set[str] = set()
        self._parse_with_dcg(document, origin)

    # -- DCG -----------------------------------------------------------------------------

    def _parse_with_dcg(self, document: dict[str, Any], origin: Path) -> None:
        if not self.components:
            return
        with tempfile.TemporaryDirectory(prefix="generator-") as scratch:
            source = Path(scratch) / (origin.stem + ".json")
            source.write_text(json.dumps(document), encoding="utf-8")
            parser = OpenAPIParser(
                source.resolve(),
                strict_nullable=True,
                use_union_operator=True,
                use_standard_collections=True,
                target_datetime_class=DatetimeClassType.Awaredatetime,
                field_constraints=True,
                use_schema_description=True,
            )
            with warnings.catch_warnings():
                # Its warnings concern pydantic code it would render; we only read its model list.
                warnings.simplefilter("ignore")
                parser.parse(format_=False)
            results = list(parser.results)
            # Dotted names (`terminal.reader`) make DCG split models into modules and rewrite
            # their reference paths (`_internal.Reader`); its resolver still maps spec paths.
            spec_paths = {ref.path: original for original, ref in parser.model_resolver.references.items()}
        by_component: dict[str, Any] = {}
        for result in results:
            _, _, pointer = spec_paths.get(result.reference.path, result.reference.path).partition("#")
            if pointer.startswith(SCHEMA_PREFIX[1:]):
                component = pointer[len(SCHEMA_PREFIX) - 1 :]
                by_component[component] = result
                self._component_by_path[result.reference.path] = component
        taken: set[str] = set()
        for name in self.components:
            result = by_component.get(name)
            if result is None:
                continue
            # One models.py holds every class: names DCG would keep apart in modules are made
            # unique from the full component name.
            class_name = result.class_name
            if class_name in taken:
                (class_name,) = unique_names([pascal_case(name)], taken)
            taken.add(class_name)
            self.class_names[name] = class_name
            kind = type(result).__name__
            self.kinds[name] = "enum" if kind.endswith("Enum") else "alias" if "Root" in kind else "model"
        self._dcg = by_component
        for name in self.components:
            if self.kinds.get(name) == "enum":
                self.enums.append(self._enum(name))
        for name in self.components:
            if self.kinds.get(name) == "alias":
                self.aliases.append(ir.Alias(self.class_names[name], _describe(self.components[name]), self._alias_type(name)))
        built: dict[str, ir.Model] = {}
        for name in self.components:
            if self.kinds.get(name) == "model":
                self._model(name, built)
        self.models = _bases_first(list(built.values()))

    def _enum(self, name: str) -> ir.Enum:
        schema = self.components[name]
        values = [value for value in schema.get("enum", []) if value is not None]
        value_kind = "int" if values and all(isinstance(v, int) for v in values) else "str"
        names = unique_names(constant_case(value) for value in values)
        descriptions = schema.get("x-enum-descriptions") or {}
        members = tuple(
            ir.EnumMember(member, value if value_kind == "int" else str(value), str(descriptions.get(str(value), "")))
            for member, value in zip(names, values)
        )
        return ir.Enum(self.class_names[name], _describe(schema), value_kind, members)

    def _alias_type(self, name: str) -> ir.TypeRef:
        if name not in self._alias_types:
            if name in self._resolving:
                raise CycleError(name)
            self._resolving.add(name)
            schema = self.components[name]
            resolved = self.type_for(schema)
            self._alias_types[name] = resolved
            self._resolving.discard(name)
        return self._alias_types[name]

    def _model(self, name: str, built: dict[str, ir.Model]) -> ir.Model:
        if name in built:
            return built[name]
        result = self._dcg[name]
        schema = self.components[name]
        base_name = None
        inherited: tuple[ir.Field, ...] = ()
        for base in result.base_classes:
            reference = getattr(base, "reference", None)
            component = self._component_of_dcg(reference.path) if reference is not None else None
            if component in self.kinds and self.kinds[component] == "model":
                base_model = self._model(component, built)
                base_name, inherited = base_model.name, base_model.fields
                break
        raw_properties = _properties(schema, self.components)
        inherited_wire = {f.wire_name for f in inherited}
        own_results = [f for f in result.fields if _wire_name(f) not in inherited_wire]
        wanted = [_field_name(_wire_name(f)) for f in own_results]
        python_names = claim_names(
            wanted,
            [_wire_name(f) for f in own_results],
            taken={f.python_name for f in inherited} | RESERVED_FIELD_NAMES,
        )
        own = tuple(
            self._field(f, python_name, raw_properties.get(_wire_name(f), {}))
            for f, python_name in zip(own_results, python_names)
        )
        discriminator = schema.get("discriminator") if isinstance(schema.get("discriminator"), dict) else None
        model = ir.Model(
            name=self.class_names[name],
            description=_describe(schema),
            fields=inherited + own,
            own_fields=own,
            base=base_name,
            discriminator=discriminator.get("propertyName") if discriminator else None,
            subtypes=self._subtypes(name, discriminator) if discriminator else (),
            additional=self._additional(schema),
            schema_name=name,
        )
        if schema.get("x-jsonapi"):
            model = dataclasses.replace(model, jsonapi_included=_included_model(model))
        built[name] = model
        return model

    def _field(self, field: Any, python_name: str, raw: dict[str, Any]) -> ir.Field:
        referenced = _referenced_component(raw)
        if referenced is not None and referenced in self.kinds:
            # DCG replaces a reference to a discriminated base by the union of its subclasses,
            # which loses the base (the fallback for unknown tags): keep the spec's reference.
            field_type = self._by_component(referenced)
        else:
            field_type = self._from_dcg(field.data_type)
        if isinstance(field_type, ir.ScalarType):
            # DCG knows neither `unix-time` nor date-times that are not strict RFC 3339.
            own_kind = scalar_kind(_unwrap(raw, self.components))
            field_type = field_type if own_kind == "any" else ir.ScalarType(own_kind)
        nullable = bool(field.type_has_null) or is_nullable(raw)
        return ir.Field(
            python_name=python_name,
            wire_name=_wire_name(field),
            type=field_type,
            required=bool(field.required),
            nullable=nullable,
            description=_describe(raw),
        )

    def _from_dcg(self, data_type: Any) -> ir.TypeRef:
        """DCG's DataType tree → IR type, with the null variant left out (see Field.nullable)."""
        reference = data_type.reference
        if reference is not None:
            return self._by_component(self._component_of_dcg(reference.path))
        children = [child for child in data_type.data_types if child.type != "None"]
        if data_type.is_list:
            return ir.ListType(self._from_dcg(children[0]) if children else ir.ScalarType("any"))
        if data_type.is_dict:
            return ir.MapType(self._from_dcg(children[-1]) if children else ir.ScalarType("any"))
        if data_type.type is not None:
            return ir.ScalarType(_DCG_SCALARS.get(str(data_type.type), "str"))
        if len(children) == 1:
            return self._from_dcg(children[0])
        if not children:
            return ir.ScalarType("any")
        return ir.UnionType(tuple(self._from_dcg(child) for child in children))

    def _component_of_dcg(self, path: str) -> str:
        return self._component_by_path.get(path) or _component_of(path)

    def _subtypes(self, name: str, discriminator: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        mapping = discriminator.get("mapping") or {}
        pairs = [(tag, _component_of(target)) for tag, target in mapping.items()]
        if not pairs:  # implicit mapping: every component extending this one, by its own name
            pairs = [
                (other, other)
                for other, schema in self.components.items()
                if any(isinstance(p, dict) and p.get("$ref") == SCHEMA_PREFIX + name for p in schema.get("allOf") or [])
            ]
        return tuple(
            (str(tag), self.class_names[target])
            for tag, target in pairs
            if target != name and target in self.class_names and self.kinds.get(target) == "model"
        )

    def _additional(self, schema: dict[str, Any]) -> ir.TypeRef:
        extra = schema.get("additionalProperties")
        return self.type_for(extra) if isinstance(extra, dict) else ir.ScalarType("any")

    # -- raw schemas ---------------------------------------------------------------------

    def _by_component(self, component: str) -> ir.TypeRef:
        kind = self.kinds.get(component)
        if kind == "model":
            return ir.ModelType(self.class_names[component])
        if kind == "enum":
            return ir.EnumType(self.class_names[component], self._enum_kind(component))
        if kind == "alias":
            return self._alias_type(component)
        return self.type_for(self.components.get(component, {}))

    def _enum_kind(self, component: str) -> Any:
        values = self.components[component].get("enum", [])
        return "int" if values and all(isinstance(v, int) for v in values if v is not None) else "str"

    def type_for(self, schema: Any) -> ir.TypeRef:
        """The IR type of a raw schema (parameters, responses, aliases); null is left out."""
        if not isinstance(schema, dict):
            return ir.ScalarType("any")
        if "$ref" in schema:
            return self._by_component(_component_of(schema["$ref"]))
        for keyword in ("oneOf", "anyOf"):
            parts = [p for p in schema.get(keyword) or [] if not (isinstance(p, dict) and p.get("type") == "null")]
            if parts:
                variants = tuple(self.type_for(part) for part in parts)
                if len(variants) == 1:
                    return variants[0]
                discriminator = schema.get("discriminator") or {}
                mapping = tuple(  # only classes can be dispatched to; other variants are tried in order
                    (str(tag), self.class_names[_component_of(target)])
                    for tag, target in (discriminator.get("mapping") or {}).items()
                    if self.kinds.get(_component_of(target)) == "model"
                )
                return ir.UnionType(variants, discriminator.get("propertyName"), mapping)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.type_for(all_of[0])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            kinds = next((kind for kind in kinds if kind != "null"), None)
        if kinds == "array":
            return ir.ListType(self.type_for(schema.get("items")))
        if kinds == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            return ir.MapType(self.type_for(extra) if isinstance(extra, dict) else ir.ScalarType("any"))
        return ir.ScalarType(scalar_kind(schema))


class CycleError(Exception):
    """A named schema that is its own item or alias: no Python type can express it."""

    def __init__(self, component: str) -> None:
        super().__init__(component)
        self.component = component


def _field_name(wire_name: str) -> str:
    name = snake_case(wire_name, "field")
    return name + "_" if name in RESERVED_FIELD_NAMES else name


def _component_of(reference: str) -> str:
    _, _, pointer = reference.partition("#")
    return pointer[len(SCHEMA_PREFIX) - 1 :] if pointer.startswith(SCHEMA_PREFIX[1:]) else pointer


def _wire_name(field: Any) -> str:
    return str(field.original_name if field.original_name is not None else field.name)


def _describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    return str(schema.get("description") or schema.get("title") or "")


def _referenced_component(schema: dict[str, Any]) -> str | None:
    """The component a property refers to, directly or through a nullable wrapper."""
    if isinstance(schema.get("$ref"), str):
        return _component_of(schema["$ref"])
    parts = [p for p in schema.get("anyOf") or schema.get("oneOf") or [] if isinstance(p, dict) and p.get("type") != "null"]
    if len(parts) == 1 and isinstance(parts[0].get("$ref"), str):
        return _component_of(parts[0]["$ref"])
    return None


def _unwrap(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """The schema a property really has, through a `$ref` or a nullable `anyOf` wrapper."""
    seen = 0
    while seen < 16:
        seen += 1
        if "$ref" in schema:
            schema = components.get(_component_of(schema["$ref"]), {})
            continue
        parts = [p for p in schema.get("anyOf") or schema.get("oneOf") or [] if isinstance(p, dict) and p.get("type") != "null"]
        if len(parts) == 1:
            schema = parts[0]
            continue
        break
    return schema


def _properties(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """Every property a schema declares, including through `allOf`, by wire name."""
    found: dict[str, Any] = {}
    if depth > 32 or not isinstance(schema, dict):
        return found
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and "$ref" in part:
            part = components.get(_component_of(part["$ref"]), {})
        found.update(_properties(part, components, depth + 1))
    if isinstance(schema.get("properties"), dict):
        found.update(schema["properties"])
    return found


def _included_model(document: ir.Model) -> str | None:
    included = next((f for f in document.fields if f.wire_name == "included"), None)
    if included is not None and isinstance(included.type, ir.ListType) and isinstance(included.type.item, ir.ModelType):
        return included.type.item.name
    return None


def _bases_first(models: list[ir.Model]) -> list[ir.Model]:
    """Spec order, except that a base class always comes before its subclasses."""
    by_name = {model.name: model for model in models}
    ordered: list[ir.Model] = []
    placed: set[str] = set()

    def place(model: ir.Model) -> None:
        if model.name in placed:
            return
        if model.base and model.base in by_name:
            place(by_name[model.base])
        placed.add(model.name)
        ordered.append(model)

    for model in models:
        place(model)
    return ordered
