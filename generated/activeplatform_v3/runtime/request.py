# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""What one call sends, built before anything is sent: checked arguments, path, query, body."""

from __future__ import annotations

import enum
import functools
import json
import secrets
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, Literal, TypeGuard, TypeVar
from urllib.parse import quote

import httpx

from .decoding import encode_any, encode_decimal, is_array, is_object
from .exceptions import ArgumentError, ArgumentTypeError
from .model import Model, field_values
from .unset import UNSET, Unset

T = TypeVar("T", covariant=True)  # a `Request[Payment]` is a `Request[Payment | ProjectedPayment]`
Answer = Literal["json", "text", "bytes"]
FilePart = tuple[str | None, bytes, str | None]
"""One part of a multipart body, as httpx takes it: (file name or None, content, media type)."""


def _is_tuple(value: object) -> TypeGuard[tuple[object, ...]]:
    return isinstance(value, tuple)


def warn_deprecated(what: str) -> None:
    """A DeprecationWarning pointing at the caller of the client method (`what` is deprecated)."""
    warnings.warn(f"{what} is deprecated", DeprecationWarning, stacklevel=4)


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


def expand_path(
    template: str,
    values: Mapping[str, object],
    styles: Mapping[str, tuple[str, bool]] | None = None,
) -> str:
    """The path with each `{name}` replaced by its percent-encoded value; empty values refused.

    `styles` gives a parameter's OpenAPI `style` and `explode` where they are not `simple`
    without explode: `label` (`.a.b`) and `matrix` (`;id=1`) prefix their values.
    """
    path = template
    for name, value in values.items():
        if value is None or isinstance(value, Unset):
            raise ArgumentError(f"path parameter {name!r} is required; got {value!r}")
        style, explode = (styles or {}).get(name, ("simple", False))
        segment = path_value(name, value, style, explode)
        if not segment:
            raise ArgumentError(f"path parameter {name!r} must not be empty")
        path = path.replace("{" + name + "}", segment)
    return path


def path_value(name: str, value: object, style: str = "simple", explode: bool = False) -> str:
    """One path parameter as its segment: arrays and objects joined as the style says."""
    value = _plain(value)
    pairs: list[tuple[str, str]] | None = None
    if is_object(value):
        pairs = [(path_segment(key), path_segment(item)) for key, item in value.items()]
        items = (
            [f"{k}={v}" for k, v in pairs] if explode else [part for pair in pairs for part in pair]
        )
    elif is_array(value) or _is_tuple(value):
        items = [path_segment(item) for item in value]
    else:
        items = [path_segment(value)]
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if style == "matrix":
        if explode and pairs is not None:
            return "".join(f";{item}" for item in items)
        if explode:
            return "".join(f";{name}={item}" for item in items)
        return f";{name}=" + ",".join(items)
    return ",".join(items)


def _plain(value: object) -> object:
    """A model as its JSON form; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def serialize(
    name: str, value: object, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """One parameter as (name, text) pairs, per its OpenAPI `style` and `explode`."""
    if value is None or isinstance(value, Unset):
        return []
    value = _plain(value)
    separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    if is_array(value) or _is_tuple(value):
        items = [_text(item) for item in value]
        if explode and style != "simple":  # form, spaceDelimited, pipeDelimited: one pair each
            return [(name, item) for item in items]
        return [(name, separator.join(items))]
    if is_object(value):
        if style == "deepObject":
            return [pair for key, item in value.items() for pair in _deep(f"{name}[{key}]", item)]
        if explode and style == "form":
            return [(str(key), _text(item)) for key, item in value.items()]
        if explode and style == "simple":
            return [(name, ",".join(f"{key}={_text(item)}" for key, item in value.items()))]
        return [
            (name, separator.join(f"{key}{separator}{_text(item)}" for key, item in value.items()))
        ]
    return [(name, _text(value))]


def _deep(prefix: str, value: object) -> list[tuple[str, str]]:
    """deepObject nesting: `filter[created][gte]=1`, arrays as `filter[ids][]=a`."""
    if is_object(value):
        return [pair for key, item in value.items() for pair in _deep(f"{prefix}[{key}]", item)]
    if is_array(value):
        return [(f"{prefix}[]", _text(item)) for item in value]
    return [] if value is None else [(prefix, _text(value))]


def cookie_header(pairs: Sequence[tuple[str, str]]) -> str:
    """`a=1; b=2`: each value percent-encoded, so `;`, `,` and spaces cannot split it."""
    return "; ".join(f"{name}={quote(value, safe='')}" for name, value in pairs)


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


def multipart_parts(
    value: Any, content_types: Mapping[str, str] | None = None
) -> list[tuple[str, FilePart]]:
    """A body (a model or a mapping) as multipart/form-data parts, one per property.

    `bytes` become files, named after their property; objects and arrays are sent as JSON;
    anything else as its text. `content_types` gives a property's media type where the spec's
    `encoding` names one.
    """
    types = content_types or {}
    values: Mapping[str, Any] = field_values(value) if isinstance(value, Model) else value
    parts: list[tuple[str, FilePart]] = []
    for key, item in values.items():
        if isinstance(item, bytes):
            parts.append((key, (key, item, types.get(key, "application/octet-stream"))))
        elif isinstance(item, Model | Mapping | list | tuple):
            encoded = json_text(item.to_dict() if isinstance(item, Model) else encode_any(item))
            parts.append((key, (None, encoded.encode(), types.get(key, "application/json"))))
        elif item is not None:
            parts.append((key, (None, _text(item).encode(), types.get(key))))
    return parts


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
    cookies: Sequence[tuple[str, str]] = ()
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
    content: bytes | None = None  # a body that is not JSON or a form: raw bytes, or text encoded
    content_type: str = ""  # of `content`
    files: Sequence[tuple[str, FilePart]] = ()  # a multipart/form-data body, part by part
    answer: Answer = "json"
    """How a 2xx body is read before `decode`: parsed JSON, text, or the bytes as they came."""
    successes: Mapping[int | str, Callable[[Any], Any]] = field(
        default_factory=dict[int | str, Callable[[Any], Any]]
    )
    """Decoders of success statuses whose body differs from `decode`'s (`204`: none)."""


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
