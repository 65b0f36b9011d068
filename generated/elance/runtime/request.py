# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""What one call sends, built before anything is sent: checked arguments, path, query, body."""

from __future__ import annotations

import enum
import functools
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeGuard, TypeVar
from urllib.parse import quote

import httpx

from .decoding import encode_decimal, is_array, is_object
from .exceptions import ArgumentError, ArgumentTypeError
from .unset import UNSET, Unset

T = TypeVar("T")


def _is_tuple(value: object) -> TypeGuard[tuple[object, ...]]:
    return isinstance(value, tuple)


def check_range(
    name: str,
    value: float | None,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
) -> None:
    """Refuses a parameter outside the spec's bounds before anything is sent."""
    if value is None:
        return
    if minimum is not None and value < minimum:
        raise ArgumentError(f"{name} must be >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ArgumentError(f"{name} must be <= {maximum}, got {value!r}")
    if exclusive_minimum is not None and value <= exclusive_minimum:
        raise ArgumentError(f"{name} must be > {exclusive_minimum}, got {value!r}")
    if exclusive_maximum is not None and value >= exclusive_maximum:
        raise ArgumentError(f"{name} must be < {exclusive_maximum}, got {value!r}")


def check_length(
    name: str,
    value: Sequence[object] | None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> None:
    if value is None:
        return
    if minimum is not None and len(value) < minimum:
        raise ArgumentError(
            f"{name} must have at least {minimum} items or characters, got {len(value)}"
        )
    if maximum is not None and len(value) > maximum:
        raise ArgumentError(
            f"{name} must have at most {maximum} items or characters, got {len(value)}"
        )


def _text(value: object) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return encode_decimal(value)
    return str(value)


def path_segment(value: object) -> str:
    """Percent-encodes one path segment so that any id reaches the server unchanged.

    `/`, `?`, `#` and `,` (a list separator to servers) are encoded; other RFC 3986
    sub-delimiters such as `+` stay as they are; a segment of only dots is refused, since
    servers resolve it as `.` or `..` even when percent-encoded.
    """
    text = quote(_text(value), safe="!$&'()*+;=:@")
    if text and text.strip(".") == "":
        raise ArgumentError(
            f"a path segment cannot be {text!r}: servers read it as a relative path"
        )
    return text


def check_type(
    name: str, value: object, expected: tuple[type[Any], ...], required: bool = False
) -> None:
    """Refuses an argument of the wrong type (or a missing required one) before anything is sent.

    Type checkers catch these in checked code; this catches the rest, e.g. `None` read from a
    config file or `"5"` for a number, with the parameter's name rather than a failure deep
    inside serialization.
    """
    if value is None or isinstance(value, Unset):
        if required:
            raise ArgumentError(f"{name} is required; got {value!r}")
        return
    if isinstance(value, bool) and bool not in expected:
        pass  # True is an int to Python, not a number to an API
    elif isinstance(value, expected):
        return
    names = " or ".join(kind.__name__ for kind in expected)
    raise ArgumentTypeError(f"{name} must be {names}; got {type(value).__name__} {value!r}")


def expand_path(template: str, values: Mapping[str, object]) -> str:
    """The path with each `{name}` replaced by its percent-encoded value; empty values refused."""
    path = template
    for name, value in values.items():
        if value is None or isinstance(value, Unset):
            raise ArgumentError(f"path parameter {name!r} is required; got {value!r}")
        segment = path_segment(value)
        if not segment:
            raise ArgumentError(f"path parameter {name!r} must not be empty")
        path = path.replace("{" + name + "}", segment)
    return path


def serialize(
    name: str, value: object, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """One parameter as (name, text) pairs, per its OpenAPI `style` and `explode`."""
    if value is None or isinstance(value, Unset):
        return []
    separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    if is_array(value) or _is_tuple(value):
        items = [_text(item) for item in value]
        if explode and style == "form":
            return [(name, item) for item in items]
        return [(name, separator.join(items))]
    if is_object(value):
        if style == "deepObject":
            return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
        if explode and style == "form":
            return [(str(key), _text(item)) for key, item in value.items()]
        if explode and style == "simple":
            return [(name, ",".join(f"{key}={_text(item)}" for key, item in value.items()))]
        return [
            (name, separator.join(f"{key}{separator}{_text(item)}" for key, item in value.items()))
        ]
    return [(name, _text(value))]


def form_fields(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """A JSON value as `application/x-www-form-urlencoded` fields, nesting with brackets."""
    if is_object(value):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            pairs += form_fields(item, f"{prefix}[{key}]" if prefix else str(key))
        return pairs
    if is_array(value):
        return [
            pair
            for index, item in enumerate(value)
            for pair in form_fields(item, f"{prefix}[{index}]")
        ]
    return [] if value is None else [(prefix, _text(value))]


def json_text(data: Any) -> str:
    """Plain JSON data as text, with Decimal money written as the exact number it is.

    `json` writes only floats as numbers, so each Decimal goes in as a unique placeholder
    string and its digits replace the quoted placeholder afterwards.
    """
    numbers: list[Decimal] = []
    marker = f"\x00{secrets.token_hex(8)}:"

    def swap(value: Any) -> Any:
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise ArgumentError(f"{value} cannot be sent as a JSON number")
            numbers.append(value)
            return f"{marker}{len(numbers) - 1}"
        if is_object(value):
            return {key: swap(item) for key, item in value.items()}
        if is_array(value) or _is_tuple(value):
            return [swap(item) for item in value]
        return value

    text = json.dumps(swap(data), ensure_ascii=False, separators=(",", ":"))
    quoted = json.dumps(marker, ensure_ascii=False)[:-1]
    for index, number in enumerate(numbers):
        text = text.replace(f'{quoted}{index}"', encode_decimal(number), 1)
    return text


def encode_query(pairs: Sequence[tuple[str, str]]) -> str:
    """`a=1&include=x,y`: commas stay literal so comma-separated lists read as documented."""
    return "&".join(f"{quote(key, safe='[]')}={quote(value, safe=',')}" for key, value in pairs)


@dataclass(frozen=True)
class Request(Generic[T]):
    """Everything one operation call sends, and how its answer is read; built by `operations`."""

    method: str
    path: str
    decode: Callable[[Any], T]
    query: Sequence[tuple[str, str]] = ()
    headers: Sequence[tuple[str, str]] = ()
    json: Any = UNSET
    form: Sequence[tuple[str, str]] = ()
    security: Sequence[Sequence[str]] = ()
    errors: Mapping[int | str, Callable[[Any], Any]] = field(
        default_factory=dict[int | str, Callable[[Any], Any]]
    )
    """How the operation documents each error status (`404`, `"4XX"`, `"default"`): the
    decoder of its body, for `exc.error`. Which class is raised is the package's choice."""
    accept: str = "application/json"
    exact_numbers: bool = False  # JSON numbers with a fraction parse as Decimal (money)


class RawResponse(Generic[T]):
    """The HTTP response of a call; its body is parsed only when `parsed` is first read.

    So a response whose body does not fit the model is still reachable: status, headers and
    content are there, and only `parsed` raises the `DecodeError`.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self.status_code = http_response.status_code
        self.headers = http_response.headers
        self.content = http_response.content
        self._parse = parse

    @functools.cached_property
    def parsed(self) -> T:
        """The body as the operation's return type; raises DecodeError when it does not fit."""
        return self._parse()

    def json(self) -> Any:
        """The body as plain JSON data, whatever the model says."""
        return self.http_response.json()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


def no_content(data: Any) -> None:
    return None
