"""Python source for the annotation, decoder and encoder of each IR type.

The templates call these as filters, so the logic of turning a type into code lives here,
in one place, and the templates stay layout. `prefix` qualifies model and enum names
("models." outside models.py). Spec text never reaches this module's output except class
names, which are identifiers made by DCG and `naming.py`.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import ir
from .quoting import py_literal

MODELS_MODULE = "models"  # how operations.py names models.py, where recursive aliases live

_SCALAR_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "Any",
    "datetime": "datetime",
    "date": "date",
    "unix_time": "datetime",
    "decimal": "Decimal",
    "decimal_number": "Decimal",
    "binary": "bytes",
}

_SCALAR_DECODERS = {
    "str": "_rt.expect_str",
    "int": "_rt.expect_int",
    "float": "_rt.expect_float",
    "bool": "_rt.expect_bool",
    "datetime": "_rt.decode_datetime",
    "date": "_rt.decode_date",
    "unix_time": "_rt.decode_unix_time",
    "decimal": "_rt.decode_decimal",
    "decimal_number": "_rt.decode_decimal_number",
    "binary": "_rt.decode_bytes",
}

_SCALAR_ENCODERS = {
    "datetime": "_rt.encode_datetime",
    "date": "_rt.encode_date",
    "unix_time": "_rt.encode_unix_time",
    "decimal": "_rt.encode_decimal",
    "binary": "_rt.encode_bytes",
}


_WRAPPER_ANNOTATIONS = {ir.ListType: "list[{}]", ir.MapType: "dict[str, {}]", ir.NullableType: "{} | None"}
_WRAPPER_DECODERS = {
    ir.ListType: "_rt.decode_list",
    ir.MapType: "_rt.decode_map",
    ir.NullableType: "_rt.decode_nullable",
}


def annotation(type_: ir.TypeRef, prefix: str = "", markers: bool = False) -> str:
    """The annotation of a value of this type; enums also accept values the spec does not list.

    With `markers`, as in model fields, `Annotated` adds what the runtime decoder needs and
    the Python type cannot say: Unix-time date-times and the tags of discriminated unions.
    """
    if isinstance(type_, ir.ScalarType):
        if markers and type_.kind == "unix_time":
            return "Annotated[datetime, _rt.UNIX_TIME]"
        if markers and type_.kind == "decimal_number":
            return "Annotated[Decimal, _rt.JSON_NUMBER]"
        return _SCALAR_ANNOTATIONS[type_.kind]
    if isinstance(type_, (ir.ModelType, ir.AliasType)):
        return prefix + type_.name
    if isinstance(type_, ir.EnumType):
        return f"{prefix}{type_.name} | {type_.value_kind}"
    if isinstance(type_, ir.Wrapper):
        return _WRAPPER_ANNOTATIONS[type(type_)].format(annotation(type_.of, prefix, markers))
    union = " | ".join(_unique(annotation(variant, prefix, markers) for variant in type_.variants))
    if markers and type_.discriminator and type_.mapping:
        tags = ", ".join(f"{py_literal(tag)}: {py_literal(name)}" for tag, name in type_.mapping if name)
        return f"Annotated[{union}, _rt.Tagged({py_literal(type_.discriminator)}, {{{tags}}})]"
    return union


def recursive_alias_value(type_: ir.TypeRef, undeclared: frozenset[str]) -> str:
    """The value of a recursive alias, declared after the models: real types at run time.

    The runtime evaluates it (`str | list["Json"]` supports `|`, a string would not), so
    each container argument naming an alias not yet declared is quoted whole, as `list["A | int"]`.
    """
    if isinstance(type_, (ir.ListType, ir.MapType)):
        item = type_.of
        quoted = _named_aliases(item) & undeclared
        value = py_literal(annotation(item, markers=True)) if quoted else recursive_alias_value(item, undeclared)
        return _WRAPPER_ANNOTATIONS[type(type_)].format(value)
    if isinstance(type_, ir.NullableType):
        return f"{recursive_alias_value(type_.of, undeclared)} | None"
    if isinstance(type_, ir.UnionType) and not (type_.discriminator and type_.mapping):
        return " | ".join(_unique(recursive_alias_value(variant, undeclared) for variant in type_.variants))
    return annotation(type_, markers=True)


def recursive_alias_declarations(aliases: Iterable[ir.Alias]) -> list[tuple[ir.Alias, str]]:
    """Each recursive alias with its value, in an order where every alias a value names
    outside a container is declared before it (`B = A | int` after `A = list["B"]`)."""
    pending = [alias for alias in aliases if alias.recursive]
    declared: set[str] = set()
    ordered: list[tuple[ir.Alias, str]] = []
    while pending:
        ready = next(
            (a for a in pending if top_level_aliases(a.type) - {a.name} <= declared), pending[0]
        )
        pending.remove(ready)
        undeclared = frozenset(a.name for a in pending) | {ready.name}
        ordered.append((ready, recursive_alias_value(ready.type, undeclared)))
        declared.add(ready.name)
    return ordered


def _named_aliases(type_: ir.TypeRef) -> set[str]:
    """The aliases a type names (recursive ones: every other alias is written out)."""
    if isinstance(type_, ir.AliasType):
        return {type_.name}
    return {name for part in ir.parts(type_) for name in _named_aliases(part)}


def top_level_aliases(type_: ir.TypeRef) -> set[str]:
    """The aliases a type names outside any container: they must be declared before it."""
    if isinstance(type_, ir.AliasType):
        return {type_.name}
    if isinstance(type_, (ir.NullableType, ir.UnionType)):
        return {name for part in ir.parts(type_) for name in top_level_aliases(part)}
    return set()


def uses_markers(type_: ir.TypeRef) -> bool:
    """Whether `annotation(type_, markers=True)` needs `Annotated`."""
    return "Annotated[" in annotation(type_, markers=True)


def _unique(parts: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in seen:
                seen.append(piece)
    return seen


def decoder(type_: ir.TypeRef, prefix: str = "") -> str | None:
    """A callable that decodes JSON into this type, or None where decoding is the identity."""
    callable_ = _item_decoder(type_, prefix, depth=0)
    return None if callable_ == "_rt.identity" else callable_


def decode(type_: ir.TypeRef, value: str, prefix: str = "", depth: int = 0) -> str:
    """An expression that decodes `value` (parsed JSON) into this type, or raises DecodeError."""
    if isinstance(type_, (ir.ScalarType, ir.ModelType, ir.AliasType)):
        function = _item_decoder(type_, prefix, depth)
        return value if function == "_rt.identity" else f"{function}({value})"
    if isinstance(type_, ir.EnumType):
        return f"_rt.enum_decoder({prefix}{type_.name})({value})"
    if isinstance(type_, ir.Wrapper):
        decoder_ = _item_decoder(type_.of, prefix, depth)
        return f"{_WRAPPER_DECODERS[type(type_)]}({value}, {decoder_})"
    decoders = ", ".join(_item_decoder(variant, prefix, depth) for variant in type_.variants)
    names = ", ".join(py_literal(annotation(variant)) for variant in type_.variants)
    if type_.discriminator and type_.mapping:
        tags = ", ".join(f"{py_literal(tag)}: {prefix}{name}.from_dict" for tag, name in type_.mapping if name)
        return f"_rt.decode_tagged({value}, {py_literal(type_.discriminator)}, {{{tags}}}, ({decoders},), ({names},))"
    return f"_rt.decode_union({value}, ({decoders},), ({names},))"


def _alias_decoder(type_: ir.AliasType, prefix: str) -> str:
    """A recursive alias decodes through the runtime, which reads its definition in models.py."""
    return f"_rt.alias_decoder({prefix.rstrip('.') or MODELS_MODULE}, {py_literal(type_.name)})"


def _item_decoder(type_: ir.TypeRef, prefix: str, depth: int) -> str:
    if isinstance(type_, ir.ScalarType):
        return _SCALAR_DECODERS.get(type_.kind, "_rt.identity")
    if isinstance(type_, ir.ModelType):
        return f"{prefix}{type_.name}.from_dict"
    if isinstance(type_, ir.AliasType):
        return _alias_decoder(type_, prefix)
    name = f"item{depth}"
    return f"lambda {name}: {decode(type_, name, prefix, depth + 1)}"


def encode(type_: ir.TypeRef, value: str, depth: int = 0) -> str:
    """An expression that turns `value` of this type back into its JSON form."""
    if isinstance(type_, ir.ScalarType):
        function = _SCALAR_ENCODERS.get(type_.kind)
        return f"{function}({value})" if function else value
    if isinstance(type_, ir.ModelType):
        return f"{value}.to_dict()"
    if isinstance(type_, ir.AliasType):
        return f"_rt.alias_encoder({MODELS_MODULE}, {py_literal(type_.name)})({value})"
    if isinstance(type_, ir.EnumType):
        return f"_rt.encode_enum({value})"
    name = f"item{depth}"
    if isinstance(type_, ir.ListType):
        return f"[{encode(type_.of, name, depth + 1)} for {name} in {value}]"
    if isinstance(type_, ir.MapType):
        return f"{{key{depth}: {encode(type_.of, name, depth + 1)} for key{depth}, {name} in {value}.items()}}"
    if isinstance(type_, ir.NullableType):
        encoded = encode(type_.of, value, depth)
        return value if encoded == value else f"None if {value} is None else {encoded}"
    return f"_rt.encode_any({value})"

