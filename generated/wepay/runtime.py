# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 0f24e1547f00687b5d87bc4ec44a4ea279b0042f49724a89072cdd340cb7bc0d)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Runtime of this package: JSON decoding, request building, auth, retries (internal API).

Everything here is generic; the spec-specific parts live in `models`, `operations` and
`client`. It is copied into every generated package so that each one stands alone.
"""

from __future__ import annotations

import base64
import copy
import email.utils
import enum
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Generic, NoReturn, ParamSpec, Self, TypeGuard, TypeVar, overload
from urllib.parse import quote
from urllib.parse import parse_qsl

import anyio
import httpx

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
P = ParamSpec("P")
I = TypeVar("I")

logger = logging.getLogger("wepay")


class Unset:
    """The type of UNSET: a field or parameter that is absent, as opposed to null."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset()


# -- decoding ----------------------------------------------------------------------------


class DecodeError(ValueError):
    """Data that does not fit its model: names the model, the field path and the problem."""

    def __init__(self, message: str, model: str = "", path: Sequence[str | int] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.model = model
        self.path: tuple[str | int, ...] = tuple(path)

    def at(self, model: str, key: str | int) -> DecodeError:
        """The same error seen from one level up: `key` is prepended to the path."""
        return DecodeError(self.message, model, (key, *self.path))

    @property
    def location(self) -> str:
        text = ""
        for key in self.path:
            text += f"[{key}]" if isinstance(key, int) else f".{key}" if text else key
        return text

    def __str__(self) -> str:
        where = f"{self.model}.{self.location}" if self.location else self.model
        return f"{where}: {self.message}" if where else self.message


def is_object(value: object) -> TypeGuard[Mapping[str, Any]]:
    """A JSON object (any Mapping). Unlike `isinstance`, tells the type checkers what it holds."""
    return isinstance(value, Mapping)


def is_array(value: object) -> TypeGuard[list[Any]]:
    """A JSON array (any list). Unlike `isinstance`, tells the type checkers what it holds."""
    return isinstance(value, list)


def _is_tuple(value: object) -> TypeGuard[tuple[object, ...]]:
    return isinstance(value, tuple)


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
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    fail("integer", value)


def expect_float(value: Any) -> float:
    if type(value) is float or type(value) is int:
        return value
    fail("number", value)


def expect_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    fail("boolean", value)


def decode_datetime(value: Any) -> datetime:
    """ISO 8601 date-times as these APIs send them: `Z`, `+03:00` and `+0300` offsets."""
    if type(value) is str:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            fail("date-time", value)
        if parsed.tzinfo is None:
            fail("date-time with an offset", value)
        return parsed
    fail("date-time string", value)


def encode_datetime(value: datetime) -> str:
    return value.isoformat()


def decode_date(value: Any) -> date:
    if type(value) is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            fail("date", value)
    fail("date string", value)


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
    return int(value.timestamp())


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


def encode_decimal(value: Decimal) -> str:
    """The decimal as sent: positional notation ("0.00000099"), unless it came as `1E+999`."""
    exponent = value.as_tuple().exponent
    return format(value, "f") if isinstance(exponent, int) and exponent <= 0 else str(value)


def decode_enum(enum_type: type[E], value: Any) -> Any:
    """A member of the enum, or the value itself when the server sends one the spec did not list."""
    try:
        return enum_type(value)
    except ValueError:
        member: object = next(iter(enum_type)).value
        member_type = type(member)
        if type(value) is member_type:
            return value
        fail(member_type.__name__ == "int" and "integer" or "string", value)


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


def decode_union(value: Any, variants: Sequence[Callable[[Any], Any]]) -> Any:
    """Tries each variant in the order the spec lists them; the first that fits wins."""
    problems: list[str] = []
    for variant in variants:
        try:
            return variant(value)
        except DecodeError as error:
            problems.append(str(error))
    raise DecodeError("matches none of the variants: " + "; ".join(problems))


def decode_tagged(
    value: Any,
    tag: str,
    by_tag: Mapping[str, Callable[[Any], Any]],
    variants: Sequence[Callable[[Any], Any]],
) -> Any:
    """Dispatches on the discriminator; without a known tag, falls back to trying variants."""
    if is_object(value):
        chosen = by_tag.get(str(value.get(tag)))
        if chosen is not None:
            return chosen(value)
    return decode_union(value, variants)


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
        return str(value)
    if is_array(value):
        return [encode_any(item) for item in value]
    if is_object(value) and isinstance(value, dict):
        return {key: encode_any(item) for key, item in value.items()}
    return value


# -- requests ----------------------------------------------------------------------------


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
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value!r}")
    if exclusive_minimum is not None and value <= exclusive_minimum:
        raise ValueError(f"{name} must be > {exclusive_minimum}, got {value!r}")
    if exclusive_maximum is not None and value >= exclusive_maximum:
        raise ValueError(f"{name} must be < {exclusive_maximum}, got {value!r}")


def check_length(
    name: str,
    value: Sequence[object] | None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> None:
    if value is None:
        return
    if minimum is not None and len(value) < minimum:
        raise ValueError(
            f"{name} must have at least {minimum} items or characters, got {len(value)}"
        )
    if maximum is not None and len(value) > maximum:
        raise ValueError(
            f"{name} must have at most {maximum} items or characters, got {len(value)}"
        )


def _text(value: object) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def path_segment(value: object) -> str:
    """Percent-encodes one path segment so that any id reaches the server unchanged.

    `/`, `?`, `#` and `,` (a list separator to servers) are encoded; other RFC 3986
    sub-delimiters such as `+` stay as they are; a segment of only dots is refused, since
    servers resolve it as `.` or `..` even when percent-encoded.
    """
    text = quote(_text(value), safe="!$&'()*+;=:@")
    if text and text.strip(".") == "":
        raise ValueError(f"a path segment cannot be {text!r}: servers read it as a relative path")
    return text


def expand_path(template: str, values: Mapping[str, object]) -> str:
    """The path with each `{name}` replaced by its percent-encoded value; empty values refused."""
    path = template
    for name, value in values.items():
        segment = path_segment(value)
        if not segment:
            raise ValueError(f"path parameter {name!r} must not be empty")
        path = path.replace("{" + name + "}", segment)
    return path


def serialize(
    name: str, value: object, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """One parameter as (name, text) pairs, per its OpenAPI `style` and `explode`."""
    if value is None or isinstance(value, Unset):
        return []
    if is_array(value) or _is_tuple(value):
        items = [_text(item) for item in value]
        if explode and style == "form":
            return [(name, item) for item in items]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(items))]
    if is_object(value):
        if style == "deepObject":
            return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
        if explode:
            return [(str(key), _text(item)) for key, item in value.items()]
        return [(name, ",".join(f"{key},{_text(item)}" for key, item in value.items()))]
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


def encode_query(pairs: Sequence[tuple[str, str]]) -> str:
    """`a=1&include=x,y`: commas stay literal so comma-separated lists read as documented."""
    return "&".join(f"{quote(key, safe='[]')}={quote(value, safe=',')}" for key, value in pairs)


class ApiError(Exception):
    """A non-2xx answer. Carries status, headers and the raw body; subclasses name the status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: httpx.Headers,
        body: bytes,
        error: object = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self._error = error


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
    errors: Mapping[int, tuple[type[ApiError], Callable[[Any], Any]]] = field(
        default_factory=dict[int, tuple[type[ApiError], Callable[[Any], Any]]]
    )
    default_error: tuple[type[ApiError], Callable[[Any], Any]] = (ApiError, identity)
    accept: str = "application/json"


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """The HTTP response of a call together with its parsed body."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    http_response: httpx.Response


def no_content(data: Any) -> None:
    return None


# -- authentication ----------------------------------------------------------------------


class Credential:
    """Applies one security scheme to a request. Never shows its secret in `repr()`."""

    secrets: tuple[str, ...] = ()

    def apply(self, request: httpx.Request) -> httpx.Request:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(***)"


def require(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"credential {name!r} must be a non-empty string")
    return value


class ApiKeyHeader(Credential):
    def __init__(self, header: str, value: str) -> None:
        self.header, self.secrets = header, (value,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        request.headers[self.header] = self.secrets[0]
        return request


class ApiKeyQuery(Credential):
    def __init__(self, parameter: str, value: str) -> None:
        self.parameter, self.secrets = parameter, (value,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        pair = encode_query([(self.parameter, self.secrets[0])])
        query = request.url.query.decode("ascii")
        request.url = request.url.copy_with(
            query=(f"{query}&{pair}" if query else pair).encode("ascii")
        )
        _REDACT_IN_HTTPX_LOGS.secrets.add(self.secrets[0])
        return request


class _RedactSecrets(logging.Filter):
    """httpx logs every request URL at INFO; a secret in the query string must not reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, ()
        return True


_REDACT_IN_HTTPX_LOGS: Final = _RedactSecrets()
logging.getLogger("httpx").addFilter(_REDACT_IN_HTTPX_LOGS)


class ApiKeyCookie(Credential):
    def __init__(self, cookie: str, value: str) -> None:
        self.cookie, self.secrets = cookie, (value,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        existing = request.headers.get("Cookie")
        pair = f"{self.cookie}={self.secrets[0]}"
        request.headers["Cookie"] = f"{existing}; {pair}" if existing else pair
        return request


class HttpBearer(Credential):
    def __init__(self, token: str) -> None:
        self.secrets = (token,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {self.secrets[0]}"
        return request


class HttpBasic(Credential):
    def __init__(self, username: str, password: str) -> None:
        self.username, self.secrets = username, (password,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        token = base64.b64encode(f"{self.username}:{self.secrets[0]}".encode()).decode()
        request.headers["Authorization"] = f"Basic {token}"
        return request


# -- clients -----------------------------------------------------------------------------

RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2


@dataclass(frozen=True)
class Options:
    """Per-client settings; `with_options()` makes a copy with some of them changed."""

    base_url: str
    timeout: float | httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    extra_headers: Mapping[str, str] = field(default_factory=dict[str, str])
    extra_query: Mapping[str, str] = field(default_factory=dict[str, str])


class BaseClient:
    _user_agent: str = ""

    _owns_http: bool

    def __init__(self, options: Options, credentials: Mapping[str, Credential]) -> None:
        if options.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._options = options
        self._credentials = dict(credentials)
        self._secret_query_names = {
            c.parameter for c in credentials.values() if isinstance(c, ApiKeyQuery)
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._options.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connections.

        For one call: `client.with_options(timeout=5, extra_headers={"X-Trace": "1"}).get_payment(...)`.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if extra_headers is not None:
            changes["extra_headers"] = {**self._options.extra_headers, **extra_headers}
        if extra_query is not None:
            changes["extra_query"] = {**self._options.extra_query, **extra_query}
        clone = copy.copy(self)
        clone._options = replace(self._options, **changes)
        clone._owns_http = False
        return clone

    def _build(self, request: Request[Any]) -> httpx.Request:
        url = self._options.base_url.rstrip("/") + request.path
        pairs = [*request.query, *self._options.extra_query.items()]
        if pairs:
            url += "?" + encode_query(pairs)
        headers = {"User-Agent": self._user_agent, "Accept": request.accept}
        headers.update(request.headers)
        headers.update(self._options.extra_headers)
        built = httpx.Request(
            request.method,
            url,
            headers=headers,
            json=None if isinstance(request.json, Unset) else request.json,
            content=encode_query(request.form).encode() if request.form else None,
            extensions={"timeout": httpx.Timeout(self._options.timeout).as_dict()},
        )
        if request.form:
            built.headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self._authenticate(built, request.security)

    def _authenticate(
        self, built: httpx.Request, security: Sequence[Sequence[str]]
    ) -> httpx.Request:
        if not security:
            return built
        for alternative in security:
            if all(name in self._credentials for name in alternative):
                for name in alternative:
                    built = self._credentials[name].apply(built)
                return built
        needed = " or ".join(" + ".join(alternative) for alternative in security)
        raise ValueError(f"this operation needs credentials for {needed}; pass them to the client")

    def redact(self, url: httpx.URL) -> str:
        """The URL with secret query parameters shown as `***`, for logs and error messages."""
        if not self._secret_query_names:
            return str(url)
        pairs = [
            (key, "***" if key in self._secret_query_names else value)
            for key, value in url.params.multi_items()
        ]
        query = "&".join(
            f"{quote(key)}={value if value == '***' else quote(value, safe=',')}"
            for key, value in pairs
        )
        return str(url.copy_with(query=None)) + ("?" + query if query else "")

    def _retry_delay(
        self, method: str, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before retrying, or None when this answer must not be retried."""
        if method not in SAFE_METHODS or attempt >= self._options.max_retries:
            return None
        if response is not None and response.status_code not in RETRY_STATUSES:
            return None
        delay = min(self._options.max_retry_delay, self._options.retry_delay * 2.0**attempt)
        delay *= 1 - 0.25 * random.random()
        retry_after = (
            _retry_after(response.headers.get("Retry-After")) if response is not None else None
        )
        if retry_after is not None and 0 <= retry_after <= 60:
            delay = retry_after
        return delay

    def _result(
        self, request: Request[T], built: httpx.Request, response: httpx.Response
    ) -> RawResponse[T]:
        status = response.status_code
        data = _json(response)
        if 200 <= status < 300:
            try:
                if data is _NOT_JSON and request.decode is not no_content:
                    raise DecodeError("the response body is not JSON")
                parsed = request.decode(None if data is _NOT_JSON else data)
            except DecodeError as error:
                raise DecodeError(
                    f"{error.message} (in the {status} response to {built.method} {self.redact(built.url)})",
                    error.model,
                    error.path,
                ) from None
            return RawResponse(status, response.headers, response.content, parsed, response)
        error_class, decode = request.errors.get(status, request.default_error)
        error_model: object = None
        if data is not _NOT_JSON:
            try:
                error_model = decode(data)
            except DecodeError:
                error_model = None
        message = (
            f"{built.method} {self.redact(built.url)} returned {status} {response.reason_phrase}"
        )
        raise error_class(
            message,
            status_code=status,
            headers=response.headers,
            body=response.content,
            error=error_model,
        )


_NOT_JSON: Final = object()


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return _NOT_JSON
    try:
        return response.json()
    except ValueError:
        return _NOT_JSON


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return None if parsed is None else (parsed - datetime.now(timezone.utc)).total_seconds()


class SyncClient(BaseClient):
    """Sends requests with an `httpx.Client`: one given by the caller, or its own."""

    def __init__(
        self,
        options: Options,
        credentials: Mapping[str, Credential],
        httpx_client: httpx.Client | None,
    ) -> None:
        super().__init__(options, credentials)
        self._owns_http = httpx_client is None
        self._http = httpx_client if httpx_client is not None else httpx.Client()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def send(self, request: Request[T]) -> RawResponse[T]:
        attempt = 0
        while True:
            built = self._build(request)
            logger.debug("%s %s", built.method, self.redact(built.url))
            try:
                response = self._http.send(built)
            except httpx.TransportError:
                delay = self._retry_delay(built.method, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._retry_delay(built.method, attempt, response)
                if delay is None:
                    return self._result(request, built, response)
                response.close()
            logger.info("retrying %s %s in %.2fs", built.method, self.redact(built.url), delay)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Closes the connection pool, unless it was passed in by the caller."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(BaseClient):
    """Sends requests with an `httpx.AsyncClient`: one given by the caller, or its own."""

    def __init__(
        self,
        options: Options,
        credentials: Mapping[str, Credential],
        httpx_client: httpx.AsyncClient | None,
    ) -> None:
        super().__init__(options, credentials)
        self._owns_http = httpx_client is None
        self._http = httpx_client if httpx_client is not None else httpx.AsyncClient()

    async def _sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    async def send(self, request: Request[T]) -> RawResponse[T]:
        attempt = 0
        while True:
            built = self._build(request)
            logger.debug("%s %s", built.method, self.redact(built.url))
            try:
                response = await self._http.send(built)
            except httpx.TransportError:
                delay = self._retry_delay(built.method, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._retry_delay(built.method, attempt, response)
                if delay is None:
                    return self._result(request, built, response)
                await response.aclose()
            logger.info("retrying %s %s in %.2fs", built.method, self.redact(built.url), delay)
            await self._sleep(delay)
            attempt += 1

    async def close(self) -> None:
        """Closes the connection pool, unless it was passed in by the caller."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


# -- operations as methods ---------------------------------------------------------------


class Endpoint(Generic[P, T]):
    """Makes an operation's request builder a method of both clients.

    `client.get_payment(...)` sends the request and returns the parsed body;
    `client.get_payment.raw(...)` returns a `RawResponse` with status, headers and body too.
    The signature and docstring are the builder's, so they are written once per operation.
    """

    def __init__(self, build: Callable[P, Request[T]]) -> None:
        self.build = build
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Endpoint[P, T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> SyncCall[P, T]: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncCall[P, T]: ...
    def __get__(self, client: SyncClient | AsyncClient | None, owner: type[Any]) -> Any:
        if client is None:
            return self
        if isinstance(client, AsyncClient):
            return AsyncCall(client, self.build)
        return SyncCall(client, self.build)


class SyncCall(Generic[P, T]):
    def __init__(self, client: SyncClient, build: Callable[P, Request[T]]) -> None:
        self._client, self._build = client, build
        self.__doc__ = build.__doc__

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._client.send(self._build(*args, **kwargs)).parsed

    def raw(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        return self._client.send(self._build(*args, **kwargs))


class AsyncCall(Generic[P, T]):
    def __init__(self, client: AsyncClient, build: Callable[P, Request[T]]) -> None:
        self._client, self._build = client, build
        self.__doc__ = build.__doc__

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return (await self._client.send(self._build(*args, **kwargs))).parsed

    async def raw(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        return await self._client.send(self._build(*args, **kwargs))


class Pages(Generic[P, T, I]):
    """Iterates the items of a cursor-paginated operation, following `next` until it is null.

    The `next` value is an opaque path with its own query: it replaces path and query of the
    first request. `max_pages` bounds how many pages are fetched.
    """

    def __init__(
        self,
        build: Callable[P, Request[T]],
        items: Callable[[T], list[I]],
        next_path: Callable[[T], str | None | Unset],
    ) -> None:
        self.build, self.items, self.next_path = build, items, next_path
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Pages[P, T, I]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> SyncPages[P, T, I]: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncPages[P, T, I]: ...
    def __get__(self, client: SyncClient | AsyncClient | None, owner: type[Any]) -> Any:
        if client is None:
            return self
        if isinstance(client, AsyncClient):
            return AsyncPages(client, self)
        return SyncPages(client, self)


def next_request(first: Request[T], next_path: str) -> Request[T]:
    """The request for the page after `first`: the opaque `next` path replaces path and query."""
    path, _, query = next_path.partition("?")
    return replace(first, path=path, query=parse_qsl(query, keep_blank_values=True))


class SyncPages(Generic[P, T, I]):
    def __init__(self, client: SyncClient, pages: Pages[P, T, I]) -> None:
        self._client, self._pages = client, pages

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> SyncPager[T, I]:
        return SyncPager(self._client, self._pages, self._pages.build(*args, **kwargs))


class SyncPager(Generic[T, I]):
    """Iterating gives items across pages; `pages()` gives the pages; `limit(n)` bounds them."""

    def __init__(
        self,
        client: SyncClient,
        pages: Pages[Any, T, I],
        first: Request[T],
        max_pages: int | None = None,
    ) -> None:
        self._client, self._pages, self._first, self.max_pages = client, pages, first, max_pages

    def limit(self, max_pages: int) -> SyncPager[T, I]:
        return SyncPager(self._client, self._pages, self._first, max_pages)

    def pages(self) -> Iterator[T]:
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (self.max_pages is None or fetched < self.max_pages):
            page = self._client.send(request).parsed
            fetched += 1
            yield page
            following = self._pages.next_path(page)
            request = (
                next_request(request, following)
                if isinstance(following, str) and following
                else None
            )

    def __iter__(self) -> Iterator[I]:
        for page in self.pages():
            yield from self._pages.items(page)


class AsyncPages(Generic[P, T, I]):
    def __init__(self, client: AsyncClient, pages: Pages[P, T, I]) -> None:
        self._client, self._pages = client, pages

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T, I]:
        return AsyncPager(self._client, self._pages, self._pages.build(*args, **kwargs))


class AsyncPager(Generic[T, I]):
    """`async for` gives items across pages; `pages()` gives the pages; `limit(n)` bounds them."""

    def __init__(
        self,
        client: AsyncClient,
        pages: Pages[Any, T, I],
        first: Request[T],
        max_pages: int | None = None,
    ) -> None:
        self._client, self._pages, self._first, self.max_pages = client, pages, first, max_pages

    def limit(self, max_pages: int) -> AsyncPager[T, I]:
        return AsyncPager(self._client, self._pages, self._first, max_pages)

    async def pages(self) -> AsyncIterator[T]:
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (self.max_pages is None or fetched < self.max_pages):
            page = (await self._client.send(request)).parsed
            fetched += 1
            yield page
            following = self._pages.next_path(page)
            request = (
                next_request(request, following)
                if isinstance(following, str) and following
                else None
            )

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.pages():
            for item in self._pages.items(page):
                yield item
