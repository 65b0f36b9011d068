# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""JSON → Python values and back: the checks and conversions that models are built from.

Each decoder either returns a value of its type or raises `DecodeError` saying what it
expected; models add the field path as the error travels up.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn, TypeGuard, TypeVar

from .exceptions import DecodeError

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


def is_object(value: object) -> TypeGuard[Mapping[str, Any]]:
    """A JSON object (any Mapping). Unlike `isinstance`, tells the type checkers what it holds."""
    return type(value) is dict or isinstance(value, Mapping)  # parsed JSON is a dict: no ABC check


def is_array(value: object) -> TypeGuard[list[Any]]:
    """A JSON array (any list). Unlike `isinstance`, tells the type checkers what it holds."""
    return isinstance(value, list)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names: dict[type[object], str] = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }
    return names.get(type(value), type(value).__name__)


def fail(expected: str, value: object) -> NoReturn:
    shown = f" {value!r}" if isinstance(value, (str, int, float)) and len(repr(value)) <= 40 else ""
    raise DecodeError(f"expected {expected}, got {_kind(value)}{shown}")


def missing(model: str, key: str) -> DecodeError:
    return DecodeError("required field is missing", model, (key,))


def identity(value: Any) -> Any:
    return value


def expect_object(value: Any, model: str) -> Mapping[str, Any]:
    if is_object(value):
        return value
    try:
        fail("object", value)
    except DecodeError as error:
        raise DecodeError(error.message, model) from None


def expect_str(value: Any) -> str:
    if type(value) is str:
        return value
    fail("string", value)


def expect_int(value: Any) -> int:
    """An integer; also one written as `5.0`, within the range where a float is exact (2**53),
    so the integer `to_dict()` gives back is the number that was sent."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(Decimal(repr(value)))  # 1e+300 means 10**300, not the float's binary value
    fail("integer", value)


def expect_float(value: Any) -> float:
    if type(value) is float or type(value) is int:
        return value
    if type(value) is Decimal:  # the body was parsed with exact numbers for a money field
        return float(value)
    fail("number", value)


def expect_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    fail("boolean", value)


def decode_bytes(value: Any) -> bytes:
    """Binary content: bytes as they came, or a JSON string's UTF-8 (lossless both ways)."""
    if type(value) is bytes:
        return value
    if type(value) is str:
        return value.encode("utf-8", "surrogateescape")
    fail("binary string", value)


def encode_bytes(value: bytes) -> str:
    return value.decode("utf-8", "surrogateescape")


def _iso(value: Any, parse: Callable[[str], T], what: str) -> T:
    """An ISO 8601 string parsed by `parse` (`date.fromisoformat`, ...), or DecodeError."""
    if type(value) is str:
        try:
            return parse(value)
        except ValueError:
            fail(what, value)
    fail(f"{what} string", value)


def decode_datetime(value: Any) -> datetime:
    """ISO 8601 date-times as these APIs send them: `Z`, `+03:00` and `+0300` offsets."""
    parsed = _iso(value, datetime.fromisoformat, "date-time")
    if parsed.tzinfo is None:
        fail("date-time with an offset", value)
    return parsed


def encode_datetime(value: datetime) -> str:
    return value.isoformat()


def decode_date(value: Any) -> date:
    return _iso(value, date.fromisoformat, "date")


def encode_date(value: date) -> str:
    return value.isoformat()


def decode_unix_time(value: Any) -> datetime:
    """Seconds since the epoch → an aware UTC datetime."""
    if type(value) is int:
        try:
            return datetime.fromtimestamp(value, timezone.utc)
        except (OverflowError, OSError, ValueError):
            fail("unix time in range", value)
    fail("unix time (integer seconds)", value)


def encode_unix_time(value: datetime) -> int:
    """Whole seconds since the epoch, rounded down: before 1970 too, where `int()` would round up."""
    return math.floor(value.timestamp())


def decode_decimal(value: Any) -> Decimal:
    """Money sent as a string: the Decimal keeps every digit, and `str()` gives it back."""
    if type(value) is str:
        try:
            parsed = Decimal(value)
        except InvalidOperation:
            fail("decimal string", value)
        if parsed.is_finite():
            return parsed
    fail("decimal string", value)


def decode_decimal_number(value: Any) -> Decimal:
    """Money sent as a JSON number, exactly: a Decimal as parsed (see `Request.exact_numbers`).

    An integer is exact already; a float (from a body parsed without exact numbers) becomes
    the decimal of its shortest repr, i.e. the digits the server wrote.
    """
    if type(value) is Decimal and value.is_finite():
        return value
    if type(value) is int:
        return Decimal(value)
    if type(value) is float and math.isfinite(value):
        return Decimal(repr(value))
    fail("number", value)


def encode_decimal(value: Decimal) -> str:
    """The decimal as sent: positional notation ("0.00000099"), unless it came as `1E+999`."""
    exponent = value.as_tuple().exponent
    return format(value, "f") if isinstance(exponent, int) and exponent <= 0 else str(value)


def enum_decoder(enum_type: type[E]) -> Callable[[Any], Any]:
    """The decoder of an open enum: a member of it, or the value itself when the server sends
    one the spec did not list, of a type the enum's values have (an integer too where they are
    numbers; an integral number where they are integers, as `expect_int` takes it).

    A boolean is no integer here, though Python's `True == 1` would pick the member `1`. The
    members are looked up by value in a table made once: decoding a listed value is one lookup.
    """
    members: dict[object, E] = {member.value: member for member in enum_type}
    kinds: set[type[object]] = {type(value) for value in members}
    if float in kinds:
        kinds.add(int)
    expected = " or ".join(sorted(_KIND_NAMES.get(kind, kind.__name__) for kind in kinds))

    def decode_enum(value: Any) -> Any:
        if type(value) in kinds:
            return members.get(value, value)
        if type(value) is float and int in kinds and value.is_integer():
            return decode_enum(expect_int(value))
        fail(expected, value)

    return decode_enum


_KIND_NAMES: dict[type[object], str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
}


def encode_enum(value: enum.Enum | str | int) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def decode_list(value: Any, item: Callable[[Any], T]) -> list[T]:
    if not is_array(value) or type(value) is not list:
        fail("array", value)
    index = 0
    try:
        result: list[T] = []
        for index, element in enumerate(value):
            result.append(item(element))
        return result
    except DecodeError as error:
        raise error.at(error.model, index) from None


def decode_map(value: Any, item: Callable[[Any], T]) -> dict[str, T]:
    if not is_object(value):
        fail("object", value)
    key = ""
    try:
        result: dict[str, T] = {}
        for key, element in value.items():
            result[key] = item(element)
        return result
    except DecodeError as error:
        raise error.at(error.model, key) from None


def decode_nullable(value: Any, item: Callable[[Any], T]) -> T | None:
    return None if value is None else item(value)


def decode_union(
    value: Any, variants: Sequence[Callable[[Any], Any]], names: Sequence[str] = ()
) -> Any:
    """The variant that fits, tried in the order the spec lists them.

    A model keeps the keys it does not know, so several object variants may decode the same
    data: the first that needs none of them (in `additional_properties`) wins, else the one
    needing fewest. When none fits, the error names each variant (by `names`, where given)
    and why it did not.
    """
    problems: list[str] = []
    best: Any = None
    best_extra = -1
    for index, variant in enumerate(variants):
        try:
            result = variant(value)
        except DecodeError as error:
            name = names[index] if index < len(names) else ""
            text = str(error)
            problems.append(f"{name}: {text}" if name and not text.startswith(name) else text)
            continue
        extra: object = getattr(result, "additional_properties", None)
        count = len(extra) if is_object(extra) else 0
        if count == 0:
            return result
        if best_extra < 0 or count < best_extra:
            best, best_extra = result, count
    if best_extra >= 0:
        return best
    raise DecodeError("matches none of the variants: " + "; ".join(problems))


def decode_tagged(
    value: Any,
    tag: str,
    by_tag: Mapping[str, Callable[[Any], Any]],
    variants: Sequence[Callable[[Any], Any]],
    names: Sequence[str] = (),
) -> Any:
    """Dispatches on the discriminator; without a known tag, falls back to trying variants."""
    if is_object(value):
        chosen = by_tag.get(str(value.get(tag)))
        if chosen is not None:
            return chosen(value)
    return decode_union(value, variants, names)


def encode_any(value: Any) -> Any:
    """JSON form of a value whose type is only known at run time (union members)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return encode_decimal(value)
    if isinstance(value, bytes):
        return encode_bytes(value)
    if is_array(value):
        return [encode_any(item) for item in value]
    if is_object(value) and isinstance(value, dict):
        return {key: encode_any(item) for key, item in value.items()}
    return value
