"""The one module that touches datamodel-code-generator (DCG): component schemas → IR types.

DCG's parser resolves references, merges `allOf`, decides which schemas become classes,
enums or aliases, and gives each a valid class name and a structured type per field. Its
private API (`OpenAPIParser`, `parser.results`, `DataType`) is used in `run_dcg` and nowhere
else: that function turns DCG's results into plain data (`DcgClass`), which `read_with_dcg`
caches on disk, keyed by DCG's input, version and options (DCG takes seconds on large specs),
and which can cross a process boundary (the command line runs DCG in a worker, `startup.py`).
What DCG drops is read back from the raw schema: formats it does not know (`unix-time`),
`additionalProperties` types, discriminators, descriptions and enum values. The two sources
meet in one place per decision: `SchemaTypes._field` for a property, `SchemaTypes._model` for
a class.

Pitfalls met and handled here:
- parser defaults differ from its CLI: `strict_nullable`, `use_union_operator`,
  `use_standard_collections` and `target_datetime_class` are passed explicitly;
- it wants an absolute path to a file, so the (hoisted) schemas are written to a temporary one;
- `parse()` renders pydantic code we never use and moves models of import cycles into modules
  with rewritten reference paths: `parse_raw()` fills the same model list, with spec pointers;
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from . import ir
from .cache import DiskCache
from .defaults import DefaultMismatch, coerce
from .naming import RESERVED_FIELD_NAMES, claim_names, constant_case, pascal_case, snake_case, unique_names
from .openapi import join_pointer
from .plaintext import plain_text

SCHEMA_PREFIX = "#/components/schemas/"
DCG_OWN_FIELDS = frozenset({"__pydantic_extra__"})  # what DCG adds for typed additionalProperties

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
    values = _enum_values(schema)
    if kinds is None and values:  # `const: 42` (an enum of one, see hoist.py) says its type by its value
        kinds = {"bool": "boolean", "str": "string", "int": "integer", "float": "number"}.get(_value_kind(values))
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
        string_kinds: dict[str, ir.ScalarKind] = {"date": "date", "decimal": "decimal", "binary": "binary"}
        return string_kinds.get(fmt, "str")
    return "any"


def is_nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        return True
    if schema.get("nullable") is True:
        return True
    if None in (schema.get("enum") or []):
        return True
    for keyword in ("anyOf", "oneOf"):
        parts = schema.get(keyword)
        if isinstance(parts, list) and any(
            isinstance(part, dict) and part.get("type") == "null" for part in parts
        ):
            return True
    return False


# -- DCG's reading of the schemas, as plain data --------------------------------------------

# A type as DCG resolved it, in JSON-able lists: ["ref", component], ["list", item],
# ["map", value], ["scalar", DCG type name], ["union", [variant, ...]] or ["any"].
DcgType = list[Any]
ClassKind = Literal["model", "enum", "alias"]


@dataclass(frozen=True)
class DcgField:
    wire_name: str
    type: DcgType
    required: bool
    has_null: bool


@dataclass(frozen=True)
class DcgClass:
    """What DCG decided for one component schema."""

    class_name: str
    kind: ClassKind
    bases: tuple[str, ...]  # components of its base classes, in order
    fields: tuple[DcgField, ...]  # models only


_DCG_OPTIONS: dict[str, Any] = {
    "strict_nullable": True,
    "use_union_operator": True,
    "use_standard_collections": True,
    "target_datetime_class": "AwareDatetime",  # a DatetimeClassType
    "field_constraints": True,
    "use_schema_description": True,
}
_DCG_CACHE = DiskCache("dcg")


DcgRun = Callable[[str, str], dict[str, DcgClass]]
"""Runs DCG: (the component schemas as JSON text, the spec's file stem) → its classes."""


def read_with_dcg(document: dict[str, Any], origin: Path, run: DcgRun | None = None) -> dict[str, DcgClass]:
    """DCG's class for each component schema of `document` that becomes one.

    Cached under a key of DCG's exact input, its version and options, and this module's own
    source (which decides what is kept of DCG's results). On a miss `run` runs DCG: `run_dcg`
    in this process unless another is given (the command line's worker, `startup.py`).
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    if not schemas:
        return {}
    text = json.dumps({"openapi": document.get("openapi"), "components": {"schemas": schemas}})
    key = DiskCache.key(
        metadata.version("datamodel-code-generator"), repr(_DCG_OPTIONS), Path(__file__).read_bytes(), origin.stem, text
    )
    hit = _DCG_CACHE.get(key)
    if hit is not None:
        return {name: _class_from_json(entry) for name, entry in json.loads(hit).items()}
    classes = (run or run_dcg)(text, origin.stem)
    _DCG_CACHE.put(key, json.dumps({name: _class_to_json(entry) for name, entry in classes.items()}).encode("utf-8"))
    return classes


def run_dcg(text: str, stem: str) -> dict[str, DcgClass]:
    # Imported here: DCG takes a quarter of a second to import, which a cached run does without.
    from datamodel_code_generator import DatetimeClassType
    from datamodel_code_generator.parser.openapi import OpenAPIParser

    options = _DCG_OPTIONS | {"target_datetime_class": DatetimeClassType(_DCG_OPTIONS["target_datetime_class"])}
    with tempfile.TemporaryDirectory(prefix="generator-") as scratch:
        source = Path(scratch) / (stem + ".json")
        source.write_text(text, encoding="utf-8")
        parser = OpenAPIParser(source.resolve(), **options)
        with warnings.catch_warnings():
            # Its warnings concern pydantic code it would render; we only read its model list.
            warnings.simplefilter("ignore")
            parser.parse_raw()
        classes: dict[str, DcgClass] = {}
        for result in parser.results:
            component = _component_of(result.reference.path)
            kind_name = type(result).__name__
            kind: ClassKind = "enum" if kind_name.endswith("Enum") else "alias" if "Root" in kind_name else "model"
            references = [getattr(base, "reference", None) for base in result.base_classes]
            bases = tuple(_component_of(reference.path) for reference in references if reference is not None)
            fields: tuple[DcgField, ...] = ()
            if kind == "model":
                fields = tuple(
                    DcgField(_wire_name(f), _dcg_type(f.data_type), bool(f.required), bool(f.type_has_null))
                    for f in result.fields
                )
            classes[component] = DcgClass(result.class_name, kind, bases, fields)
    return classes


def _dcg_type(data_type: Any) -> DcgType:
    """DCG's DataType tree as plain lists, with the null variant left out (see Field.nullable)."""
    if data_type.reference is not None:
        return ["ref", _component_of(data_type.reference.path)]
    children = [child for child in data_type.data_types if child.type != "None"]
    if data_type.is_list:
        return ["list", _dcg_type(children[0]) if children else ["any"]]
    if data_type.is_dict:
        return ["map", _dcg_type(children[-1]) if children else ["any"]]
    if data_type.type is not None:
        return ["scalar", str(data_type.type)]
    if len(children) == 1:
        return _dcg_type(children[0])
    if not children:
        return ["any"]
    return ["union", [_dcg_type(child) for child in children]]


def _class_to_json(entry: DcgClass) -> list[Any]:
    return [entry.class_name, entry.kind, list(entry.bases), [[f.wire_name, f.type, f.required, f.has_null] for f in entry.fields]]


def _class_from_json(entry: list[Any]) -> DcgClass:
    class_name, kind, bases, fields = entry
    return DcgClass(class_name, kind, tuple(bases), tuple(DcgField(*field) for field in fields))


class SchemaTypes:
    """Component schemas turned into IR classes, and a resolver from raw schemas to IR types."""

    def __init__(
        self,
        document: dict[str, Any],
        origin: Path,
        hoisted: Mapping[str, str] | None = None,
        warn: Callable[[str, str], None] | None = None,
        run_dcg: DcgRun | None = None,
    ) -> None:
        self.components: dict[str, Any] = document.get("components", {}).get("schemas") or {}
        self.hoisted = hoisted or {}  # component → where it was written inline (hoist.py)
        self.warn = warn or (lambda pointer, message: None)  # a degradation, located in the spec
        self.class_names: dict[str, str] = {}
        self.kinds: dict[str, ClassKind] = {}
        self.models: list[ir.Model] = []
        self.enums: list[ir.Enum] = []
        self.aliases: list[ir.Alias] = []
        self._alias_types: dict[str, ir.TypeRef] = {}
        self._resolving: set[str] = set()
        self._dcg = read_with_dcg(document, origin, run_dcg)
        self._name_classes()
        for name in self.components:
            if self.kinds.get(name) == "enum":
                self.enums.append(self._enum(name))
        alias_names = [name for name in self.components if self.kinds.get(name) == "alias"]
        for name in alias_names:
            self._alias_type(name)
        for name in alias_names:
            class_name = self.class_names[name]
            type_ = self._alias_types[name]
            recursive = ir.AliasType(class_name) in ir.walk(type_)
            self.aliases.append(ir.Alias(class_name, _describe(self.components[name]), type_, recursive))
        built: dict[str, ir.Model] = {}
        for name in self.components:
            if self.kinds.get(name) == "model":
                self._model(name, built)
        self.models = _bases_first(list(built.values()))

    def pointer(self, component: str) -> str:
        """Where a component schema is written in the spec, for a warning about it."""
        return self.hoisted.get(component) or join_pointer("/components/schemas", component)

    def property_pointer(self, component: str, wire_name: str) -> str:
        """Where a property is written: in the schema itself, else (through allOf) the schema."""
        pointer = self.pointer(component)
        properties = self.components[component].get("properties")
        if isinstance(properties, dict) and wire_name in properties:
            return join_pointer(pointer, "properties", wire_name)
        return pointer

    @property
    def enums_by_name(self) -> dict[str, ir.Enum]:
        return {enum.name: enum for enum in self.enums}

    def _name_classes(self) -> None:
        taken: set[str] = set()
        for name in self.components:
            entry = self._dcg.get(name)
            if entry is None:
                continue
            # One models.py holds every class: a name DCG gave twice (`Configuration` for
            # `terminal.configuration` and `billing_portal.configuration`) is made unique from
            # the full component name.
            class_name = entry.class_name
            if class_name in taken:
                (class_name,) = unique_names([pascal_case(name)], taken)
            taken.add(class_name)
            self.class_names[name] = class_name
            self.kinds[name] = entry.kind
            if entry.kind == "enum" and _value_kind(_enum_values(self.components[name])) == "bool":
                # No class can extend bool: `enum: [true]` is typed as what it is, a bool.
                self.kinds[name] = "alias"
                self.warn(self.pointer(name), "an enum of booleans is typed as bool, which also admits the values it leaves out")

    def _enum(self, name: str) -> ir.Enum:
        schema = self.components[name]
        values = _enum_values(schema)
        value_kind = _value_kind(values)
        names = unique_names(constant_case(value) for value in values)
        descriptions = schema.get("x-enum-descriptions") or {}
        members = tuple(
            ir.EnumMember(member, value, plain_text(str(descriptions.get(str(value), ""))))
            for member, value in zip(names, values)
        )
        return ir.Enum(self.class_names[name], _describe(schema), value_kind, members)

    def _alias_type(self, name: str) -> ir.TypeRef:
        """The type an alias stands for, written out; where it contains itself, by name."""
        if name in self._alias_types:
            return self._alias_types[name]
        me = ir.AliasType(self.class_names[name])
        if name in self._resolving:
            return me
        self._resolving.add(name)
        # `A = B | int` with `B = A | str` is `str | int`: a union holding itself adds nothing.
        resolved = _without_variant(self.type_for(self.components[name]), me)
        self._resolving.discard(name)
        if me not in ir.walk(resolved):  # written out where others met it while it was open
            self._alias_types = {other: _replaced(type_, me, resolved) for other, type_ in self._alias_types.items()}
        self._alias_types[name] = resolved
        return resolved

    def _model(self, name: str, built: dict[str, ir.Model]) -> ir.Model:
        if name in built:
            return built[name]
        entry = self._dcg[name]
        schema = self.components[name]
        base_name = None
        inherited: tuple[ir.Field, ...] = ()
        parents = [self._model(component, built) for component in entry.bases if self.kinds.get(component) == "model"]
        if parents:
            base_name, inherited = parents[0].name, parents[0].fields
        # One base class: the fields of further `allOf` parents are declared here again.
        merged: list[ir.Field] = []
        for parent in parents[1:]:
            merged += [f for f in parent.fields if f.wire_name not in {g.wire_name for g in (*inherited, *merged)}]
        raw_properties = _properties(schema, self.components)
        inherited_wire = {f.wire_name for f in (*inherited, *merged)}
        own_fields = [f for f in entry.fields if f.wire_name not in inherited_wire | DCG_OWN_FIELDS]
        wanted = [_field_name(f.wire_name) for f in own_fields]
        python_names = claim_names(
            wanted,
            [f.wire_name for f in own_fields],
            taken={f.python_name for f in (*inherited, *merged)} | RESERVED_FIELD_NAMES,
        )
        own = tuple(merged) + tuple(
            self._field(f, python_name, raw_properties.get(f.wire_name, {}), self.property_pointer(name, f.wire_name))
            for f, python_name in zip(own_fields, python_names)
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
            deprecated=schema.get("deprecated") is True,
            schema_name=name,
        )
        if schema.get("x-jsonapi"):
            model = dataclasses.replace(model, jsonapi_included=_included_model(model))
        built[name] = model
        return model

    def _field(self, field: DcgField, python_name: str, raw: dict[str, Any], pointer: str) -> ir.Field:
        """A property as DCG read it, corrected from its raw schema: the one place the two meet."""
        referenced = _referenced_component(raw)
        if referenced is not None and referenced in self.kinds:
            # DCG replaces a reference to a discriminated base by the union of its subclasses,
            # which loses the base (the fallback for unknown tags): keep the spec's reference.
            field_type = self._by_component(referenced)
        else:
            field_type = self._from_dcg(field.type)
        if isinstance(field_type, ir.ScalarType):
            # DCG knows neither `unix-time` nor date-times that are not strict RFC 3339.
            own_kind = scalar_kind(_unwrap(raw, self.components))
            field_type = field_type if own_kind == "any" else ir.ScalarType(own_kind)
        own = _unwrap(raw, self.components)
        nullable = field.has_null or is_nullable(raw) or is_nullable(own)
        return ir.Field(
            python_name=python_name,
            wire_name=field.wire_name,
            type=field_type,
            required=field.required,
            nullable=nullable,
            # An inline schema named by hoist.py is this property's own: so is its description.
            description=_describe(raw) or (_describe(self.components[referenced]) if referenced and referenced in self.hoisted else ""),
            default=self._default(raw if "default" in raw else own, field_type, nullable, pointer),
            access="read" if raw.get("readOnly") is True else "write" if raw.get("writeOnly") is True else "",
            deprecated=raw.get("deprecated") is True or own.get("deprecated") is True,
        )

    def _default(self, schema: dict[str, Any], type_: ir.TypeRef, nullable: bool, pointer: str) -> ir.Default | None:
        """The property's default when it fits its type; else none, and a warning."""
        if "default" not in schema:
            return None
        value = schema["default"]
        if value is None and nullable:
            return ir.Default(None)
        try:
            return ir.Default(coerce(type_, value, self.enums_by_name))
        except DefaultMismatch as mismatch:
            self.warn(pointer + "/default", f"default {value!r} is not {mismatch}: dropped")
            return None

    def _from_dcg(self, type_: DcgType) -> ir.TypeRef:
        kind = type_[0]
        if kind == "ref":
            return self._by_component(type_[1])
        if kind == "list":
            return ir.ListType(self._from_dcg(type_[1]))
        if kind == "map":
            return ir.MapType(self._from_dcg(type_[1]))
        if kind == "scalar":
            return ir.ScalarType(_DCG_SCALARS.get(type_[1], "str"))
        if kind == "union":
            return ir.UnionType(tuple(self._from_dcg(variant) for variant in type_[1]))
        return ir.ScalarType("any")

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

    def _enum_kind(self, component: str) -> str:
        return _value_kind(_enum_values(self.components[component]))

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
                targets = discriminator.get("mapping") or {
                    # without a mapping, each variant's tag is its schema's name
                    _component_of(part["$ref"]): part["$ref"] for part in parts if isinstance(part, dict) and "$ref" in part
                } if discriminator else {}
                mapping = tuple(  # only classes can be dispatched to; other variants are tried in order
                    (str(tag), self.class_names[_component_of(target)])
                    for tag, target in targets.items()
                    if self.kinds.get(_component_of(target)) == "model"
                )
                return ir.UnionType(variants, discriminator.get("propertyName"), mapping)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.type_for(all_of[0])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            named = [kind for kind in kinds if kind != "null"]
            if len(named) > 1:  # `type: [string, integer]`
                return ir.UnionType(tuple(self.type_for({**schema, "type": kind}) for kind in named))
            kinds = named[0] if named else None
        if kinds == "array":
            return ir.ListType(self.type_for(schema.get("items")))
        if kinds == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            return ir.MapType(self.type_for(extra) if isinstance(extra, dict) else ir.ScalarType("any"))
        return ir.ScalarType(scalar_kind(schema))


def _enum_values(schema: dict[str, Any]) -> list[Any]:
    return [value for value in schema.get("enum") or [] if value is not None]


def _value_kind(values: list[Any]) -> str:
    """The Python type of an enum's values, as annotations write it: `str`, `int`, `float`,
    or a union of them when they mix (`str | int`)."""
    kinds: list[str] = []
    for value in values:
        kind = "bool" if isinstance(value, bool) else "str" if isinstance(value, str) else "int" if isinstance(value, int) else "float"
        if kind not in kinds:
            kinds.append(kind)
    if set(kinds) == {"int", "float"}:
        return "float"
    return " | ".join(kinds) or "str"


def _flat_variants(type_: ir.TypeRef) -> list[ir.TypeRef]:
    """The members of a union, nested undiscriminated unions flattened into it."""
    if isinstance(type_, ir.UnionType) and not type_.discriminator:
        return [member for variant in type_.variants for member in _flat_variants(variant)]
    return [type_]


def _without_variant(type_: ir.TypeRef, variant: ir.TypeRef) -> ir.TypeRef:
    if not isinstance(type_, ir.UnionType):
        return ir.ScalarType("any") if type_ == variant else type_
    kept: list[ir.TypeRef] = []
    for member in _flat_variants(type_) if not type_.discriminator else list(type_.variants):
        if member != variant and member not in kept:
            kept.append(member)
    if not kept:
        return ir.ScalarType("any")
    return kept[0] if len(kept) == 1 else ir.UnionType(tuple(kept), type_.discriminator, type_.mapping)


def _replaced(type_: ir.TypeRef, old: ir.TypeRef, new: ir.TypeRef) -> ir.TypeRef:
    if type_ == old:
        return new
    if isinstance(type_, ir.Wrapper):
        return type(type_)(_replaced(type_.of, old, new))
    if isinstance(type_, ir.UnionType):
        variants = tuple(_replaced(variant, old, new) for variant in type_.variants)
        return _without_variant(ir.UnionType(variants, type_.discriminator, type_.mapping), old)
    return type_


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
    return plain_text(str(schema.get("description") or schema.get("title") or ""))


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
    if included is not None and isinstance(included.type, ir.ListType) and isinstance(included.type.of, ir.ModelType):
        return included.type.of.name
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
