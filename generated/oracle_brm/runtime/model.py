# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Models as plain dataclasses: `from_dict`/`to_dict` compiled from their annotations at first use.

A generated model declares only its fields, so `models.py` reads like a hand-written one;
the first `from_dict` or `to_dict` of a class writes straight-line code for it from its
type hints, as `dataclasses` does for `__init__`, and keeps it on the class. Resolving the
hints only then lets models refer to classes defined later in their module, in any order.

Annotations say almost everything: `X | None` is nullable (JSON null), `X | Unset` may be
absent, `E | str` is an open enum, a model class decodes with its own `from_dict`. What they
cannot say is carried by `Annotated` markers: the JSON key of a field whose Python name
differs (`Key`), Unix-time date-times (`UNIX_TIME`), decimals sent as JSON numbers
(`JSON_NUMBER`), and discriminated unions (`Tagged`).
"""

from __future__ import annotations

import contextlib
import enum
import functools
import importlib
import operator
import sys
import types
import typing
from collections.abc import Callable, Generator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Final, Self

from . import decoding
from .exceptions import DecodeError
from .log import logger
from .unset import UNSET, Unset


@dataclass(frozen=True)
class Key:
    """Marks a field whose JSON key is not its Python name: `Annotated[str, Key("@type")]`."""

    name: str


class UnixTime:
    """Marks date-times sent as integer seconds since the epoch rather than ISO 8601 text."""

    def __repr__(self) -> str:
        return "UNIX_TIME"


UNIX_TIME: Final = UnixTime()


class JsonNumber:
    """Marks decimals sent as JSON numbers (money amounts) rather than as strings."""

    def __repr__(self) -> str:
        return "JSON_NUMBER"


JSON_NUMBER: Final = JsonNumber()


@dataclass(frozen=True)
class Tagged:
    """Marks a union dispatched on a property: tag value → name of the model class it selects."""

    property: str
    mapping: Mapping[str, str]

    def __hash__(self) -> int:
        # typing hashes the markers of an annotation nested in another: `list[Annotated[...]]`.
        return hash((self.property, frozenset(self.mapping.items())))


EXTRA_FIELD: Final = "additional_properties"
"""The field that keeps the keys a spec does not name, typed by its `dict[str, X]` annotation."""


def no_extra_keys() -> dict[str, Any]:
    """The default of that field. Typed loosely, so it fits every `dict[str, X]` and names no
    class: a `dict[str, Later]` factory would fail at import before `Later` is defined."""
    return {}


class Model:
    """Base of every generated model: JSON in through `from_dict`, out through `to_dict`.

    A class with subtypes names its discriminator property and the subclass of each tag
    value in `_subtypes`; `from_dict` on it returns an instance of the subclass the data
    names, and decodes as the class itself for any other tag.
    """

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]
    _subtypes: ClassVar[tuple[str, Mapping[str, str]] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Each class compiles its own codec on first use: never inherit a base's compiled one.
        type.__setattr__(cls, "from_dict", Model.__dict__["from_dict"])
        type.__setattr__(cls, "to_dict", Model.__dict__["to_dict"])

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Builds the model from parsed JSON; raises DecodeError naming the field path if it does not fit."""
        decode: Callable[[Any], Self] = _decoder(cls)
        return decode(data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the model: absent fields stay absent, None becomes null."""
        return _encoder(type(self))(self)


LENIENT: Final[ContextVar[bool]] = ContextVar("lenient_decoding", default=False)
"""Set while a client with `lenient=True` reads a response (see `lenient_decoding`)."""
_WARNED: set[str] = set()


@contextlib.contextmanager
def lenient_decoding() -> Generator[None]:
    """Within this block a model that does not fit is still built, as far as the data goes.

    A missing field is UNSET, a value of the wrong type is kept as received, and each such
    field path is logged once as a warning. Data that fits decodes exactly as without it.
    """
    token = LENIENT.set(True)
    try:
        yield
    finally:
        LENIENT.reset(token)


@dataclass(frozen=True)
class _FieldPlan:
    """One field as the lenient decoder reads it (the strict one is compiled from the same)."""

    name: str
    wire: str
    decoder: Callable[[Any], Any] | None
    nullable: bool
    optional: bool
    known: frozenset[str] = frozenset()  # for the extra field: the keys the spec names


def _decode_leniently(
    cls: type[Model], plan: tuple[_FieldPlan, ...], obj: Mapping[str, Any]
) -> Any:
    arguments: dict[str, Any] = {}
    for field in plan:
        if field.name == EXTRA_FIELD:
            arguments[field.name] = {
                key: _lenient_value(cls, field, key, value)
                for key, value in obj.items()
                if key not in field.known
            }
        elif field.wire in obj:
            arguments[field.name] = _lenient_value(cls, field, field.wire, obj[field.wire])
        else:
            arguments[field.name] = UNSET
            if not field.optional:
                _warn_once(cls, field.wire, "required field is missing; left UNSET")
    return cls(**arguments)


def _lenient_value(cls: type[Model], field: _FieldPlan, key: str, value: Any) -> Any:
    """The value decoded, or as received (and warned about once) when it does not fit."""
    if field.decoder is None or (value is None and field.nullable):
        return value
    try:
        return field.decoder(value)
    except DecodeError as error:
        _warn_once(cls, key, f"{error}; kept as received")
        return value


def _warn_once(cls: type[Model], key: str, problem: str) -> None:
    where = f"{cls.__name__}.{key}"
    if where not in _WARNED:
        _WARNED.add(where)
        logger.warning("lenient decoding: %s: %s", where, problem)


def _decoder(cls: type[Model]) -> Callable[[Any], Any]:
    """The compiled decoder of `cls`, written on first use and then called directly."""
    decode: Callable[[Any], Any] | None = cls.__dict__.get("_decode")
    if decode is None:
        decode = _Compiler(cls.__module__, cls).decoder()
        type.__setattr__(cls, "_decode", decode)
        type.__setattr__(cls, "from_dict", staticmethod(decode))
        stand_in: _DecoderOnFirstCall | None = cls.__dict__.get("_stand_in")
        if stand_in is not None:
            stand_in.replaced_by(decode)
    return decode


class _DecoderOnFirstCall:
    """Where compiled code needs the decoder of a model class that data has not yet held.

    A class's decoder is written without those of every class its fields reach (a minimal
    Stripe `Charge` reaches over 500): each is compiled when first called, and then put in
    every place its class's one stand-in was put (`held_at`), so that from then on decoding
    costs what a decoder compiled up front would.
    """

    __slots__ = ("cls", "places", "compiled")

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        self.places: list[Callable[[Callable[[Any], Any]], None]] = []  # each puts the decoder in
        self.compiled: Callable[[Any], Any] | None = None

    def __call__(self, data: Any) -> Any:
        return (self.compiled or _decoder(self.cls))(data)

    def replaced_by(self, decode: Callable[[Any], Any]) -> None:
        self.compiled = decode
        for put in self.places:
            put(decode)
        self.places.clear()

    @staticmethod
    def held_at(value: object, put: Callable[[Callable[[Any], Any]], None]) -> None:
        """Where `value`, if it is a stand-in, is to be replaced by the compiled decoder."""
        if isinstance(value, _DecoderOnFirstCall):
            value.places.append(put)


def _model_decoder(cls: type[Model]) -> Callable[[Any], Any]:
    """`cls`'s compiled decoder if data has held one already, else its stand-in."""
    compiled: Callable[[Any], Any] | None = cls.__dict__.get("_decode")
    if compiled is not None:
        return compiled
    stand_in: _DecoderOnFirstCall | None = cls.__dict__.get("_stand_in")
    if stand_in is None:
        stand_in = _DecoderOnFirstCall(cls)
        type.__setattr__(cls, "_stand_in", stand_in)
    return stand_in


def _encoder(cls: type[Model]) -> Callable[[Any], dict[str, Any]]:
    """The compiled encoder of `cls`, written on first use and then the class's `to_dict`."""
    encode: Callable[[Any], dict[str, Any]] | None = cls.__dict__.get("_encode")
    if encode is None:
        encode = _Compiler(cls.__module__, cls).encoder()
        type.__setattr__(cls, "_encode", encode)
        type.__setattr__(cls, "to_dict", encode)
    return encode


class _Compiler:
    """Writes the decoder and encoder of one model class as source, and compiles them.

    Without a class, it compiles the types of a module that are not classes (see `_Named`).
    """

    def __init__(self, module: str, cls: type[Model] | None = None) -> None:
        self.module_name = module
        self.owner = cls.__name__ if cls is not None else module
        self.module = _ModuleNames(module)
        self.namespace: dict[str, Any] = {
            "cls": cls,
            "UNSET": UNSET,
            "DecodeError": DecodeError,
            "missing": decoding.missing,
            "expect_object": decoding.expect_object,
            "LENIENT": LENIENT,
        }
        self.bound: dict[int, tuple[Callable[[Any], Any], Callable[..., Any], dict[str, Any]]] = {}

    @functools.cached_property
    def cls(self) -> type[Model]:
        cls: type[Model] = self.namespace["cls"]
        return cls

    @functools.cached_property
    def hints(self) -> dict[str, Any]:
        return typing.get_type_hints(self.cls, localns=self.module, include_extras=True)

    def decoder(self) -> Callable[[Any], Any]:
        name = self.cls.__name__
        lines = ["def _decode(data):", f"    obj = expect_object(data, {name!r})"]
        subtypes = self.cls.__dict__.get("_subtypes")
        if subtypes is not None:
            tag, mapping = subtypes
            lines.append(f"    tag = obj.get({tag!r})")
            for value, subclass in mapping.items():
                lines.append(f"    if tag == {value!r}:")
                lines.append(f"        return {self.ref(_model_decoder(self.module[subclass]))}(obj)")
        lines += ['    key = ""', "    try:"]
        arguments: list[str] = []
        plan: list[_FieldPlan] = []
        required_count, optional_locals = 0, list[str]()
        for index, field in enumerate(fields(self.cls)):
            local = f"f{index}"
            variants, nullable, optional, markers = _unwrap(self.hints[field.name])
            if field.name == EXTRA_FIELD:
                known_keys = frozenset(
                    self.wire_name(f.name) for f in fields(self.cls) if f.name != EXTRA_FIELD
                )
                known = self.ref(known_keys)
                extra_decoder = self.item_decoder(typing.get_args(variants[0])[1], markers)
                plan.append(_FieldPlan(field.name, "", extra_decoder, False, True, known_keys))
                # Every key decoded so far is known: more keys than that means some are not.
                present = " + ".join(
                    [str(required_count), *(f"({o} is not UNSET)" for o in optional_locals)]
                )
                lines.append(f"        {local} = {{}}")
                lines.append(f"        if len(obj) > {present}:")
                if extra_decoder is None:
                    lines.append(
                        f"            {local} = {{k: v for k, v in obj.items() if k not in {known}}}"
                    )
                else:  # one key at a time, so that an error names the key whose value misfits
                    lines += [
                        "            for key, value in obj.items():",
                        f"                if key not in {known}:",
                        f"                    {local}[key] = {self.call(extra_decoder, 'value')}",
                    ]
            else:
                wire = self.wire_name(field.name)
                decoder = self.variants_decoder(variants, markers)
                plan.append(_FieldPlan(field.name, wire, decoder, nullable, optional))
                decoded = self.call(decoder, "value")
                exact = _EXACT_TYPES.get(decoder) if decoder is not None else None
                if exact is not None:  # the common case costs a type check, not a call
                    decoded = f"value if type(value) is {exact} else {decoded}"
                lines.append(f"        key = {wire!r}")
                if optional:
                    optional_locals.append(local)
                    absent = "value is UNSET or value is None" if nullable else "value is UNSET"
                    lines.append(f"        value = obj.get({wire!r}, UNSET)")
                    lines.append(f"        {local} = value if {absent} else {decoded}")
                else:
                    required_count += 1
                    lines.append(f"        value = obj[{wire!r}]")
                    lines.append(
                        f"        {local} = None if value is None else {decoded}"
                        if nullable
                        else f"        {local} = {decoded}"
                    )
            arguments.append(f"{field.name}={local}")
        self.namespace["lenient"] = functools.partial(_decode_leniently, self.cls, tuple(plan))
        lines += [
            "    except KeyError:",
            "        if LENIENT.get():",
            "            return lenient(obj)",
            f"        raise missing({name!r}, key) from None",
            "    except DecodeError as error:",
            "        if LENIENT.get():",
            "            return lenient(obj)",
            f"        raise error.at({name!r}, key) from None",
            f"    return cls({', '.join(arguments)})",
        ]
        decode: Callable[[Any], Any] = self.compile(lines, "_decode")
        return decode

    def encoder(self) -> Callable[[Any], dict[str, Any]]:
        required: list[str] = []
        statements: list[str] = []
        extra = ""
        for field in fields(self.cls):
            value = f"self.{field.name}"
            variants, nullable, optional, markers = _unwrap(self.hints[field.name])
            if field.name == EXTRA_FIELD:
                item = self.encode(typing.get_args(variants[0])[1], "v", markers)
                extra = value if item == "v" else f"{{k: {item} for k, v in {value}.items()}}"
                continue
            encoded = self.variants_encoding(variants, value, markers, 0)
            if nullable and encoded != value:
                encoded = f"None if {value} is None else {encoded}"
            key = repr(self.wire_name(field.name))
            if optional:
                statements += [f"    if {value} is not UNSET:", f"        out[{key}] = {encoded}"]
            else:
                required.append(f"{key}: {encoded}")
        lines = ["def _encode(self):", f"    out = {{{', '.join(required)}}}", *statements]
        lines += [f"    out.update({extra})"] if extra else []
        lines.append("    return out")
        encode: Callable[[Any], dict[str, Any]] = self.compile(lines, "_encode")
        return encode

    def compile(self, lines: list[str], name: str) -> Any:
        code = compile("\n".join(lines), f"<{self.module_name}.{self.owner}.{name}>", "exec")
        exec(code, self.namespace)
        return self.namespace[name]

    def ref(self, value: object) -> str:
        """A name in the compiled code's namespace that holds `value`."""
        name = f"r{len(self.namespace)}"
        self.namespace[name] = value
        _DecoderOnFirstCall.held_at(value, functools.partial(operator.setitem, self.namespace, name))
        return name

    def bind(self, function: Callable[..., Any], **keywords: Any) -> Callable[[Any], Any]:
        """`function` with its keyword arguments bound; compiled code calls it directly."""
        bound = functools.partial(function, **keywords)
        for key, value in bound.keywords.items():
            _DecoderOnFirstCall.held_at(value, functools.partial(operator.setitem, bound.keywords, key))
        self.bound[id(bound)] = (bound, function, keywords)
        return bound

    def call(self, function: Callable[[Any], Any] | None, argument: str) -> str:
        """Source calling `function` on `argument`; a partial is unfolded into a direct call."""
        if function is None:
            return argument
        bound = self.bound.get(id(function))
        if bound is not None:
            target, given = bound[1], bound[2]
            keywords = "".join(f", {key}={self.ref(value)}" for key, value in given.items())
            return f"{self.ref(target)}({argument}{keywords})"
        return f"{self.ref(function)}({argument})"

    def wire_name(self, field_name: str) -> str:
        _, markers = _strip_annotated(self.hints[field_name], ())
        return next((marker.name for marker in markers if isinstance(marker, Key)), field_name)

    def item_decoder(self, hint: Any, markers: tuple[object, ...]) -> Callable[[Any], Any] | None:
        """A callable decoding one JSON value into `hint`; None where that is the identity."""
        hint, markers = _strip_annotated(hint, markers)
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if isinstance(hint, str | typing.ForwardRef):
            return _named(self.module_name, _text(hint)).decode
        if isinstance(hint, type) and issubclass(hint, Model):
            return _model_decoder(hint)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return decoding.enum_decoder(hint)
        if hint is datetime and any(isinstance(marker, UnixTime) for marker in markers):
            return decoding.decode_unix_time
        if hint is Decimal and any(isinstance(marker, JsonNumber) for marker in markers):
            return decoding.decode_decimal_number
        if hint in _SCALAR_DECODERS:
            return _SCALAR_DECODERS[hint]
        if origin is list:
            return self.bind(
                decoding.decode_list, item=self.item_decoder(args[0], markers) or decoding.identity
            )
        if origin is dict:
            return self.bind(
                decoding.decode_map, item=self.item_decoder(args[1], markers) or decoding.identity
            )
        if origin in (types.UnionType, typing.Union):
            return self.union_decoder(args, markers)
        if hint is Any or hint is object:
            return None
        raise TypeError(f"{self.owner}: no decoder for {hint!r}")

    def union_decoder(
        self, args: tuple[Any, ...], markers: tuple[object, ...]
    ) -> Callable[[Any], Any] | None:
        variants = tuple(arg for arg in args if arg is not type(None))
        decoder = self.variants_decoder(variants, markers)
        if len(variants) == len(args):
            return decoder
        return self.bind(decoding.decode_nullable, item=decoder or decoding.identity)

    def variants_decoder(
        self, variants: tuple[Any, ...], markers: tuple[object, ...]
    ) -> Callable[[Any], Any] | None:
        """The decoder of one of several types: an open enum, a tagged or an untagged union."""
        if len(variants) == 1:
            return self.item_decoder(variants[0], markers)
        enums = [arg for arg in variants if isinstance(arg, type) and issubclass(arg, enum.Enum)]
        if len(enums) == 1 and set(variants) - {enums[0]} <= _ENUM_VALUE_TYPES:
            return decoding.enum_decoder(enums[0])
        tried = [self.item_decoder(variant, markers) or decoding.identity for variant in variants]
        for index, variant_decoder in enumerate(tried):
            _DecoderOnFirstCall.held_at(variant_decoder, functools.partial(operator.setitem, tried, index))
        names = tuple(_hint_name(variant) for variant in variants)
        tagged = next((marker for marker in markers if isinstance(marker, Tagged)), None)
        if tagged is None:
            return self.bind(decoding.decode_union, variants=tried, names=names)
        by_tag = {tag: _model_decoder(self.module[name]) for tag, name in tagged.mapping.items()}
        for tag, tag_decoder in by_tag.items():
            _DecoderOnFirstCall.held_at(tag_decoder, functools.partial(operator.setitem, by_tag, tag))
        return self.bind(
            decoding.decode_tagged, tag=tagged.property, by_tag=by_tag, variants=tried, names=names
        )

    def encode(self, hint: Any, value: str, markers: tuple[object, ...], depth: int = 0) -> str:
        """An expression turning `value` of type `hint` back into its JSON form."""
        hint, markers = _strip_annotated(hint, markers)
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        item = f"i{depth}"
        if isinstance(hint, str | typing.ForwardRef):
            return self.call(_named(self.module_name, _text(hint)).encode, value)
        if isinstance(hint, type) and issubclass(hint, Model):
            return f"{value}.to_dict()"
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self.call(decoding.encode_enum, value)
        if hint is datetime and any(isinstance(marker, UnixTime) for marker in markers):
            return self.call(decoding.encode_unix_time, value)
        if hint is Decimal and any(isinstance(marker, JsonNumber) for marker in markers):
            return value
        if hint in _SCALAR_ENCODERS:
            return self.call(_SCALAR_ENCODERS[hint], value)
        if origin is list:
            return f"[{self.encode(args[0], item, markers, depth + 1)} for {item} in {value}]"
        if origin is dict:
            inner = self.encode(args[1], item, markers, depth + 1)
            return f"{{k{depth}: {inner} for k{depth}, {item} in {value}.items()}}"
        if origin in (types.UnionType, typing.Union):
            variants = tuple(arg for arg in args if arg is not type(None))
            inner = self.variants_encoding(variants, value, markers, depth)
            if len(variants) == len(args) or inner == value:
                return inner
            return f"(None if {value} is None else {inner})"
        return value

    def variants_encoding(
        self, variants: tuple[Any, ...], value: str, markers: tuple[object, ...], depth: int
    ) -> str:
        """The JSON form of a value of one of several types: open enums and unions."""
        if len(variants) == 1:
            return self.encode(variants[0], value, markers, depth)
        enums = [arg for arg in variants if isinstance(arg, type) and issubclass(arg, enum.Enum)]
        if len(enums) == 1 and set(variants) - {enums[0]} <= _ENUM_VALUE_TYPES:
            return self.call(decoding.encode_enum, value)
        return self.call(decoding.encode_any, value)


class _Named:
    """A type a module writes as text: a recursive alias (`Json`), or a forward reference
    inside one (`list["Json"]`). Compiled on first use, when the module is complete."""

    def __init__(self, module: str, text: str) -> None:
        self.module, self.text = module, text
        self._decode: Callable[[Any], Any] | None = None
        self._encode: Callable[[Any], Any] | None = None

    def hint(self) -> Any:
        namespace = vars(sys.modules[self.module])
        hint: Any = self.text
        while isinstance(hint, str):  # an alias of an alias, or its name
            hint = eval(hint, namespace, _ModuleNames(self.module))  # generated text, never data
        return hint

    def decode(self, value: Any) -> Any:
        decode = self._decode
        if decode is None:
            decode = _Compiler(self.module).item_decoder(self.hint(), ()) or decoding.identity
            self._decode = decode
            _DecoderOnFirstCall.held_at(decode, functools.partial(setattr, self, "_decode"))
        return decode(value)

    def encode(self, value: Any) -> Any:
        encode = self._encode
        if encode is None:
            compiler = _Compiler(self.module)
            expression = compiler.encode(self.hint(), "value", ())
            encode = compiler.compile(
                ["def _encode(value):", f"    return {expression}"], "_encode"
            )
            self._encode = encode
        return encode(value)


@functools.cache
def _named(module: str, text: str) -> _Named:
    return _Named(module, text)


def _text(hint: str | typing.ForwardRef) -> str:
    return hint if isinstance(hint, str) else hint.__forward_arg__


def field_values(instance: Model) -> dict[str, Any]:
    """The values a model holds by JSON key, not encoded (`bytes` stay bytes), UNSET left out."""
    compiler = _Compiler(type(instance).__module__, type(instance))
    values: dict[str, Any] = {}
    for field in fields(instance):
        value = getattr(instance, field.name)
        if field.name == EXTRA_FIELD:
            values.update(value)
        elif value is not UNSET:
            values[compiler.wire_name(field.name)] = value
    return values


_PACKAGE_OF_PART: dict[str, str] = {}
"""`pkg.models._part_3` → `pkg.models`, for the parts of a huge spec's models (`lazy_models`)."""


class _ModuleNames(Mapping[str, Any]):
    """The names a models module's annotations may mention: its own, and when it is one part
    of several, every other part's, through the package (which loads that part then)."""

    def __init__(self, module: str) -> None:
        self.own: dict[str, Any] = vars(sys.modules[module])
        self.package = _PACKAGE_OF_PART.get(module)

    def __getitem__(self, name: str) -> Any:
        if name in self.own or self.package is None:
            return self.own[name]
        try:
            return getattr(sys.modules[self.package], name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> typing.Iterator[str]:
        return iter(self.own)

    def __len__(self) -> int:
        return len(self.own)


def lazy_models(package: str, parts: dict[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The `__getattr__` of a models package written in parts (`parts`: each part's names):
    `models.Charge` imports the part that defines `Charge` on first use, so a client loads
    only the models its calls reach."""
    home = {name: part for part, names in parts.items() for name in names}
    for part in parts:
        _PACKAGE_OF_PART[f"{package}.{part}"] = package

    def load(name: str) -> Any:
        part = home.get(name)
        if part is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{part}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return load


def alias_decoder(module: types.ModuleType, name: str) -> Callable[[Any], Any]:
    """The decoder of a type alias of `module` that contains itself (`Json = list["Json"] | ...`)."""
    return _named(module.__name__, name).decode


def alias_encoder(module: types.ModuleType, name: str) -> Callable[[Any], Any]:
    """The JSON form of a value of such an alias, as `to_dict` gives it for a field of its type."""
    return _named(module.__name__, name).encode


_ENUM_VALUE_TYPES: Final = frozenset({str, int, float, bool})
"""What an open enum's annotation adds to the enum: `Status | str`, `Mixed | str | int`."""

_SCALAR_DECODERS: Final[dict[object, Callable[[Any], Any]]] = {
    bytes: decoding.decode_bytes,
    str: decoding.expect_str,
    int: decoding.expect_int,
    float: decoding.expect_float,
    bool: decoding.expect_bool,
    datetime: decoding.decode_datetime,
    date: decoding.decode_date,
    Decimal: decoding.decode_decimal,
}

_EXACT_TYPES: Final[dict[Callable[[Any], Any], str]] = {
    decoding.expect_str: "str",
    decoding.expect_int: "int",
    decoding.expect_bool: "bool",
}
"""Decoders that give back a value of exactly this type as it is: a decoder inlines the check."""

_SCALAR_ENCODERS: Final[dict[object, Callable[[Any], Any]]] = {
    bytes: decoding.encode_bytes,
    datetime: decoding.encode_datetime,
    date: decoding.encode_date,
    Decimal: decoding.encode_decimal,
}


def _hint_name(hint: Any) -> str:
    """How an error names a variant: `Cat`, `str`, `list[Cat]`."""
    hint, _ = _strip_annotated(hint, ())
    if isinstance(hint, str | typing.ForwardRef):
        return _text(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(_hint_name(arg) for arg in args)
    if origin is not None:
        return f"{_hint_name(origin)}[{', '.join(_hint_name(arg) for arg in args)}]"
    return str(getattr(hint, "__name__", hint))


def _strip_annotated(hint: Any, markers: tuple[object, ...]) -> tuple[Any, tuple[object, ...]]:
    while typing.get_origin(hint) is typing.Annotated:
        markers = (*markers, *hint.__metadata__)
        hint = hint.__origin__
    return hint, markers


def _unwrap(hint: Any) -> tuple[tuple[Any, ...], bool, bool, tuple[object, ...]]:
    """A field's annotation → (the types of its value, nullable, may be absent, markers)."""
    hint, markers = _strip_annotated(hint, ())
    if typing.get_origin(hint) not in (types.UnionType, typing.Union):
        return (hint,), False, False, markers
    args = typing.get_args(hint)
    variants = tuple(arg for arg in args if arg is not Unset and arg is not type(None))
    return variants, type(None) in args, Unset in args, markers
