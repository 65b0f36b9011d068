# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Sending: the sync and async clients, their options, retries, and operations as methods."""

from __future__ import annotations

import copy
import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Final, Generic, ParamSpec, Self, TypeVar, overload
from urllib.parse import quote

import anyio
import httpx

from .auth import Credential
from .exceptions import DecodeError
from .request import RawResponse, Request, encode_query, no_content
from .unset import Unset

T = TypeVar("T")
P = ParamSpec("P")

logger = logging.getLogger(__name__.rpartition(".runtime.")[0] or __name__)


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
            c.query_parameter for c in credentials.values() if c.query_parameter
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._options.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connections.

        For one call: `client.with_options(timeout=5, extra_headers={"X-Trace": "1"}).get_payment(...)`.
        `retry_delay` is the first backoff in seconds (doubled per retry); 0 retries at once,
        as the test kit's clients do.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if retry_delay is not None:
            if retry_delay < 0:
                raise ValueError("retry_delay must be >= 0")
            changes["retry_delay"] = retry_delay
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
