# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Sending: the sync and async clients, their options and retries, and reading the answers."""

from __future__ import annotations

import contextlib
import copy
import email.utils
import json
import os
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Final, Generic, Self, TypeVar
from urllib.parse import unquote

import anyio
import httpx

from .auth import Credential
from .decoding import is_array, is_object
from .exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ArgumentError,
    ClientError,
    CredentialsError,
    DecodeError,
)
from .exceptions import error_class as error_class_for
from .log import logger
from .model import lenient_decoding
from .request import RawResponse, Request, cookie_header, encode_query, json_text, no_content
from .unset import Unset

T = TypeVar("T")


RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2


@dataclass(frozen=True)
class Options:
    """Per-client settings; `with_options()` makes a copy with some of them changed.

    A `timeout` of None means the httpx client's own: 60 s (5 s to connect) for the client
    this package makes, or whatever an injected `httpx_client` was configured with.
    """

    base_url: str
    timeout: float | httpx.Timeout | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    extra_headers: Mapping[str, str] = field(default_factory=dict[str, str])
    extra_query: Mapping[str, str] = field(default_factory=dict[str, str])
    lenient: bool = False


def check_base_url(url: str) -> str:
    """Refuses a base URL that cannot work, saying how to fix it, before any request."""
    if "{" in url or "}" in url:
        raise ArgumentError(
            f"base_url {url!r} still holds a {{variable}} of the spec's server template; "
            "pass the real URL, e.g. base_url='https://api.example.com'"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ArgumentError(
            f"base_url {url!r} is not a valid URL ({error}); "
            "pass e.g. base_url='https://api.example.com'"
        ) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ArgumentError(
            f"base_url {url!r} must be an absolute http:// or https:// URL with a host, "
            "e.g. base_url='https://api.example.com'"
        )
    return url


def resolve_base_url(
    base_url: str | None,
    environment: str | None,
    environments: Mapping[str, str],
    variable: str,
    default: str | None,
) -> str:
    """The base URL a client sends to: `base_url`, else the named environment's, else the
    environment variable `variable`, else the spec's default; refused when there is none."""
    if base_url is not None and environment is not None:
        raise ArgumentError("pass base_url or environment, not both")
    if environment is not None:
        if environment not in environments:
            known = ", ".join(repr(name) for name in environments) or "none"
            raise ArgumentError(f"unknown environment {environment!r}; the spec names {known}")
        return environments[environment]
    chosen = base_url or os.environ.get(variable) or default
    if not chosen:
        raise ArgumentError(
            f"base_url is required: the spec names no server; pass base_url= or set ${variable}"
        )
    return chosen


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class BaseClient(Generic[H]):
    """What the sync and async clients share: all but sending, sleeping and closing."""

    _user_agent: str = ""
    _credential_hints: Mapping[str, str] = {}
    """How a caller gives each security scheme's credentials, e.g. `app_id (or $WEPAY_APP_ID)`."""
    _status_errors: Mapping[int | str, type[ApiError]] = {}
    """The package's exception class of each status it has one for (`errors.BY_STATUS`)."""
    _own_client: type[H]
    """The httpx client class a client makes for itself when it is given none."""

    def __init__(
        self,
        options: Options,
        credentials: Mapping[str, Credential],
        httpx_client: H | None,
    ) -> None:
        """Sends with `httpx_client`, or with one of its own (`_own_client`) that it closes."""
        if options.max_retries < 0:
            raise ArgumentError("max_retries must be >= 0")
        check_base_url(options.base_url)
        self._options = options
        self._credentials = dict(credentials)
        self._secret_query_names = {
            c.query_parameter for c in credentials.values() if c.query_parameter
        }
        self._secrets = {secret for c in credentials.values() for secret in c.secrets if secret}
        self._owns_http = httpx_client is None
        self._http: H = (
            self._own_client(timeout=DEFAULT_TIMEOUT) if httpx_client is None else httpx_client
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._options.base_url!r})"

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        lenient: bool | None = None,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connections.

        For one call: `client.with_options(timeout=5, extra_headers={"X-Trace": "1"}).get_payment(...)`.
        `retry_delay` is the first backoff in seconds (doubled per retry); 0 retries at once,
        as the test kit's clients do.
        """
        changes: dict[str, Any] = {}
        if base_url is not None:
            changes["base_url"] = check_base_url(base_url)
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            if max_retries < 0:
                raise ArgumentError("max_retries must be >= 0")
            changes["max_retries"] = max_retries
        if retry_delay is not None:
            if retry_delay < 0:
                raise ArgumentError("retry_delay must be >= 0")
            changes["retry_delay"] = retry_delay
        if extra_headers is not None:
            changes["extra_headers"] = {**self._options.extra_headers, **extra_headers}
        if extra_query is not None:
            changes["extra_query"] = {**self._options.extra_query, **extra_query}
        if lenient is not None:
            changes["lenient"] = lenient
        clone = copy.copy(self)
        clone._options = replace(self._options, **changes)
        clone._owns_http = False
        return clone

    def _prepare(self, request: Request[Any]) -> httpx.Request:
        """The request of one attempt, built afresh (credentials such as OAuth 1.0a sign each)."""
        built = self._build(self._http, request)
        logger.debug("%s %s", built.method, self.redact(built.url))
        return built

    def _build(self, http: H, request: Request[Any]) -> httpx.Request:
        """The request, built by the httpx client so its own headers, params and timeout apply."""
        url = self._options.base_url.rstrip("/") + request.path
        pairs = [*request.query, *self._options.extra_query.items()]
        if pairs:
            url += ("&" if "?" in request.path else "?") + encode_query(pairs)
        headers = {"User-Agent": self._user_agent, "Accept": request.accept}
        headers.update(request.headers)
        if request.cookies:
            headers["Cookie"] = cookie_header(request.cookies)
        headers.update(self._options.extra_headers)
        content: bytes | None = None
        if request.form:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = encode_query(request.form).encode()
        elif request.content is not None:
            headers["Content-Type"] = request.content_type
            content = request.content
        elif not isinstance(request.json, Unset):
            headers["Content-Type"] = "application/json"
            content = json_text(request.json).encode()
        own = httpx.URL(url)
        built = http.build_request(
            request.method,
            own.copy_with(query=None),
            headers=headers,
            content=content,
            files=list(request.files) or None,  # multipart: httpx writes the boundary
            timeout=(
                httpx.USE_CLIENT_DEFAULT if self._options.timeout is None else self._options.timeout
            ),
        )
        # httpx would let the client's default params replace the URL's query: they go after
        # it instead, but for those the request sets itself.
        defaults = [(k, v) for k, v in http.params.multi_items() if k not in own.params]
        query = "&".join(
            part for part in (own.query.decode("ascii"), encode_query(defaults)) if part
        )
        built.url = built.url.copy_with(query=query.encode("ascii") or None)
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
        raise CredentialsError(
            "this operation needs credentials the client was not given: "
            + " or ".join(" + ".join(self._credential_hints.get(n, n) for n in a) for a in security)
        )

    def redact(self, url: httpx.URL) -> str:
        """The URL as sent, with secret query parameters shown as `***`, for logs and errors.

        Only the secrets' values change: the other parameters keep their order and encoding.
        """
        if not self._secret_query_names or not url.query:
            return str(url)
        pieces: list[str] = []
        for piece in url.query.decode("ascii").split("&"):
            key = piece.partition("=")[0]
            pieces.append(f"{key}=***" if unquote(key) in self._secret_query_names else piece)
        return str(url.copy_with(query="&".join(pieces).encode("ascii")))

    def _redact_text(self, text: str) -> str:
        return redact_secrets(text, self._secrets)

    def _connection_error(self, built: httpx.Request, error: httpx.TransportError) -> ClientError:
        """httpx's transport error as this package's, with the request named and secrets hidden."""
        kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
        what = "timed out" if kind is ApiTimeoutError else "failed"
        detail = self._redact_text(str(error)) or type(error).__name__
        return kind(f"{built.method} {self.redact(built.url)} {what}: {detail}")

    def _retry_delay(
        self, built: httpx.Request, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before retrying, or None when this answer must not be retried."""
        if built.method not in SAFE_METHODS or attempt >= self._options.max_retries:
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
        logger.info("retrying %s %s in %.2fs", built.method, self.redact(built.url), delay)
        return delay

    def _delay_after_error(
        self, built: httpx.Request, attempt: int, error: httpx.TransportError
    ) -> float:
        """Seconds to wait before retrying after no answer came; raises when it is final."""
        delay = self._retry_delay(built, attempt, None)
        if delay is None:
            raise self._connection_error(built, error) from error
        return delay

    def _result(
        self, request: Request[T], built: httpx.Request, response: httpx.Response
    ) -> RawResponse[T]:
        """A 2xx answer with its body parsed on demand; any other answer raises its ApiError."""
        status = response.status_code
        if 200 <= status < 300:
            return RawResponse(response, lambda: self._parse(request, built, response))
        data = _json(response, request.exact_numbers)
        error_class = error_class_for(status, self._status_errors)
        decode = next(
            (
                request.errors[key]
                for key in (status, f"{status // 100}XX", "default")
                if key in request.errors
            ),
            None,
        )
        error_model: object = None
        if data is not _NOT_JSON and decode is not None:
            with contextlib.suppress(DecodeError):
                error_model = decode(data)
        said = server_message(  # the text of a body only when it is not JSON (not for `null`)
            None if data is _NOT_JSON else data,
            response.content if data is _NOT_JSON else b"",
            self._secrets,
        )
        answer = f"{status} {response.reason_phrase}".rstrip()  # 520 and others have no phrase
        message = f"{built.method} {self.redact(built.url)} returned {answer}" + (
            f": {said}" if said else ""
        )
        raise error_class(
            message,
            status_code=status,
            headers=response.headers,
            body=response.content,
            error=error_model,
        )

    def _parse(self, request: Request[T], built: httpx.Request, response: httpx.Response) -> T:
        status = response.status_code
        decode: Callable[[Any], T] = next(
            (
                request.successes[key]
                for key in (status, f"{status // 100}XX")
                if key in request.successes
            ),
            request.decode,
        )
        context = f"in the {status} response to {built.method} {self.redact(built.url)}"
        try:
            if decode is no_content:
                return decode(None)
            if request.answer == "bytes":
                return decode(response.content)
            if request.answer == "text":
                return decode(response.text)
            data = _json(response, request.exact_numbers)
            if data is _NOT_JSON:
                raise DecodeError("the response body is not JSON")
            if self._options.lenient:
                with lenient_decoding():
                    return decode(data)
            return decode(data)
        except DecodeError as error:
            raise error.in_response(context, response) from None


MESSAGE_KEYS: Final = ("message", "error_message", "detail", "error_description", "title", "error")
"""Keys of an error body that hold the server's own message, in the order they are tried."""
MESSAGE_LIMIT: Final = 200


def redact_secrets(text: str, secrets: Iterable[str]) -> str:
    """`text` with each secret shown as `***`; the longest first, so none leaves a tail behind."""
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def server_message(data: Any, body: bytes, secrets: Iterable[str] = ()) -> str:
    """The server's own words from an error body, redacted, at most 200 characters; "" if none.

    `data` is the parsed JSON body; `body`, the text of a body that is not JSON, is read when
    `data` is None. Secrets are hidden before the text is cut, so none is left in part.
    """
    text = ""
    candidates = [data]
    while candidates and not text:
        value = candidates.pop(0)
        if isinstance(value, str):
            text = value
        elif is_object(value):
            fields = value
            candidates += [fields[key] for key in MESSAGE_KEYS if key in fields]
            candidates += [fields[key] for key in ("errors",) if key in fields]
        elif is_array(value) and value:
            candidates.append(value[0])
    if not text and data is None and body:
        text = body.decode("utf-8", "replace")
    text = " ".join(redact_secrets(text, secrets).split())
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


_NOT_JSON: Final = object()


def _json(response: httpx.Response, exact_numbers: bool) -> Any:
    """The parsed body; with `exact_numbers`, JSON numbers with a fraction become Decimal."""
    if not response.content:
        return _NOT_JSON
    try:
        if exact_numbers:
            return json.loads(response.content, parse_float=Decimal)
        return response.json()
    except ValueError:
        return _NOT_JSON


def _retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header, as a number or an HTTP-date; None if unreadable.

    A header the client cannot read must not turn a retry into a crash: it is ignored.
    """
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if parsed.tzinfo is None:  # "-0000" or no zone: HTTP-dates are GMT
        parsed = parsed.replace(tzinfo=timezone.utc)
    return (parsed - datetime.now(timezone.utc)).total_seconds()


class SyncClient(BaseClient[httpx.Client]):
    """Sends requests with an `httpx.Client`: one given by the caller, or its own."""

    _own_client = httpx.Client

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def send(self, request: Request[T]) -> RawResponse[T]:
        """Sends one request, retrying safe ones; the answer's body is parsed on demand."""
        attempt = 0
        while True:
            built = self._prepare(request)
            try:
                response = self._http.send(built)
            except httpx.TransportError as error:
                self._sleep(self._delay_after_error(built, attempt, error))
            else:
                delay = self._retry_delay(built, attempt, response)
                if delay is None:
                    return self._result(request, built, response)
                response.close()
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


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """Sends requests with an `httpx.AsyncClient`: one given by the caller, or its own."""

    _own_client = httpx.AsyncClient

    async def _sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    async def send(self, request: Request[T]) -> RawResponse[T]:
        """Sends one request, retrying safe ones; the answer's body is parsed on demand."""
        attempt = 0
        while True:
            built = self._prepare(request)
            try:
                response = await self._http.send(built)
            except httpx.TransportError as error:
                await self._sleep(self._delay_after_error(built, attempt, error))
            else:
                delay = self._retry_delay(built, attempt, response)
                if delay is None:
                    return self._result(request, built, response)
                await response.aclose()
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
