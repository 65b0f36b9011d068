"""`generator.runtime.clients`: building, sending, retrying and reading answers, sync and async.

Every test runs on `httpx.MockTransport`; `_sleep` is replaced by a recorder, so nothing waits.
The models of the lenient-decoding tests live at module level, where `get_type_hints` finds them.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest

from generator.runtime.api_key import ApiKeyCookie, ApiKeyHeader, ApiKeyQuery
from generator.runtime.auth import Credential
from generator.runtime.clients import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncClient,
    Options,
    SyncClient,
    check_base_url,
    redact_secrets,
    server_message,
)
from generator.runtime.decoding import expect_int, expect_object, expect_str, identity
from generator.runtime.exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ArgumentError,
    UnauthorizedError,
    BadRequestError,
    ClientError,
    ConflictError,
    CredentialsError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    ForbiddenError,
    TooManyRequestsError,
    UnprocessableEntityError,
)
from generator.runtime.http_auth import HttpBearer
from generator.runtime.model import Model
from generator.runtime.request import RawResponse, Request, no_content
from generator.runtime.unset import UNSET, Unset

BASE = "https://api.test/v1/"
Answer = Callable[[httpx.Request, int], httpx.Response]


# -- a server, a client, an operation ------------------------------------------------------


@dataclass
class Server:
    """Answers each request with `answer(request, number)` (from 1) and keeps what it got."""

    answer: Answer
    requests: list[httpx.Request] = field(default_factory=list[httpx.Request])

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request, len(self.requests))

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def reply(status: int = 200, body: Any = None, **headers: str) -> Answer:
    def answer(request: httpx.Request, number: int) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return answer


def statuses(*sequence: int, then: Any = None) -> Answer:
    """The given statuses in turn, then 200 with `then` as the JSON body."""

    def answer(request: httpx.Request, number: int) -> httpx.Response:
        if number <= len(sequence):
            return httpx.Response(sequence[number - 1], json={"error": "busy"})
        return httpx.Response(200, json=then)

    return answer


def payment(data: Any) -> dict[str, Any]:
    body = expect_object(data, "Payment")
    try:
        return {"id": expect_str(body["id"]), "amount": expect_int(body["amount"])}
    except KeyError as key:
        raise DecodeError("required field is missing", "Payment", (str(key.args[0]),)) from None
    except DecodeError as error:
        raise error.at("Payment", "amount") from None


def get_payment(payment_id: str, *, expand: str | None = None) -> Request[dict[str, Any]]:
    """Fetches one payment."""
    query = [] if expand is None else [("expand", expand)]
    return Request("GET", f"/payments/{payment_id}", payment, query=query)


class Sync(SyncClient):
    """A client as generated ones are: a method per operation, sending its built request."""

    _user_agent = "runtime-tests/1.0"

    def get_payment(self, payment_id: str, *, expand: str | None = None) -> dict[str, Any]:
        return self.send(get_payment(payment_id, expand=expand)).parsed


class Async(AsyncClient):
    _user_agent = "runtime-tests/1.0"

    async def get_payment(self, payment_id: str, *, expand: str | None = None) -> dict[str, Any]:
        return (await self.send(get_payment(payment_id, expand=expand))).parsed


@dataclass
class Harness:
    """One client, sync or async, on a mock server; `send` runs either to completion."""

    server: Server
    client: Sync | Async
    delays: list[float]

    def send(self, request: Request[Any]) -> RawResponse[Any]:
        if isinstance(self.client, Async):
            return asyncio.run(self.client.send(request))
        return self.client.send(request)


def harness(
    asynchronous: bool,
    answer: Answer,
    credentials: dict[str, Credential] | None = None,
    **options: Any,
) -> Harness:
    server = Server(answer)
    delays: list[float] = []
    settings = Options(base_url=options.pop("base_url", BASE), **options)
    client: Sync | Async
    if asynchronous:
        client = Async(
            settings, credentials or {}, httpx.AsyncClient(transport=httpx.MockTransport(server))
        )

        async def record(seconds: float) -> None:
            delays.append(seconds)

        client._sleep = record  # type: ignore[method-assign]
    else:
        client = Sync(
            settings, credentials or {}, httpx.Client(transport=httpx.MockTransport(server))
        )
        client._sleep = delays.append  # type: ignore[method-assign, assignment]
    return Harness(server, client, delays)


BOTH = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
GOOD = {"id": "p1", "amount": 1050}


def fetch(method: str = "GET", **changes: Any) -> Request[Any]:
    return Request(method, "/payments/p1", changes.pop("decode", payment), **changes)


# -- options -------------------------------------------------------------------------------


def test_options_defaults() -> None:
    options = Options(base_url=BASE)
    assert options.timeout is None  # the httpx client's own
    assert DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)
    assert options.max_retries == DEFAULT_MAX_RETRIES == 2
    assert options.retry_delay == 0.5 and options.max_retry_delay == 8.0
    assert dict(options.extra_headers) == {} and dict(options.extra_query) == {}
    assert options.lenient is False
    assert Options(base_url=BASE).extra_headers is not options.extra_headers


@pytest.mark.parametrize("client_class", [SyncClient, AsyncClient])
def test_the_client_made_here_times_out_after_the_default(
    client_class: type[SyncClient] | type[AsyncClient],
) -> None:
    client = client_class(Options(base_url=BASE), {}, None)
    assert client._http.timeout == DEFAULT_TIMEOUT
    built = client._build(client._http, fetch())
    assert built.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    tuned = client.with_options(timeout=2.5)
    assert tuned._build(tuned._http, fetch()).extensions["timeout"] == httpx.Timeout(2.5).as_dict()


@BOTH
def test_negative_max_retries_refused(asynchronous: bool) -> None:
    with pytest.raises(ArgumentError) as error:
        harness(asynchronous, reply(200, GOOD), max_retries=-1)
    assert str(error.value) == "max_retries must be >= 0"
    client = harness(asynchronous, reply(200, GOOD)).client
    with pytest.raises(ArgumentError) as error:
        client.with_options(max_retries=-1)
    assert str(error.value) == "max_retries must be >= 0"


# -- the base URL --------------------------------------------------------------------------

TEMPLATED = "still holds a {variable} of the spec's server template"
NOT_ABSOLUTE = "must be an absolute http:// or https:// URL with a host"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("{scheme}://api.test/v1", TEMPLATED),
        ("{base_url}", TEMPLATED),
        ("http://{host}:{port}/v1", TEMPLATED),
        ("https://api.test/{version}", TEMPLATED),
        ("https://api.test/v1}", TEMPLATED),
        ("api.test/v1", NOT_ABSOLUTE),
        ("/v1", NOT_ABSOLUTE),
        ("", NOT_ABSOLUTE),
        ("ftp://api.test", NOT_ABSOLUTE),
        ("https://", NOT_ABSOLUTE),
        ("https:///v1", NOT_ABSOLUTE),
        ("https://:8080/v1", NOT_ABSOLUTE),
        ("https://?page=2", NOT_ABSOLUTE),
        ("https://user@/v1", NOT_ABSOLUTE),
    ],
)
def test_base_url_refused_at_construction_and_in_with_options(url: str, problem: str) -> None:
    fix = "base_url='https://api.example.com'"
    expected = (
        f"base_url {url!r} {problem}; pass the real URL, e.g. {fix}"
        if problem == TEMPLATED
        else f"base_url {url!r} {problem}, e.g. {fix}"
    )
    with pytest.raises(ArgumentError) as error:
        check_base_url(url)
    assert str(error.value) == expected
    for asynchronous in (False, True):
        with pytest.raises(ArgumentError) as error:
            harness(asynchronous, reply(200, GOOD), base_url=url)
        assert str(error.value) == expected
        client = harness(asynchronous, reply(200, GOOD)).client
        with pytest.raises(ArgumentError) as error:
            client.with_options(base_url=url)
        assert str(error.value) == expected
        assert client._options.base_url == BASE


def test_base_url_httpx_cannot_parse_is_refused() -> None:
    with pytest.raises(ArgumentError) as error:
        check_base_url("https://api.test:port/v1")
    assert str(error.value) == (
        "base_url 'https://api.test:port/v1' is not a valid URL (Invalid port: 'port'); "
        "pass e.g. base_url='https://api.example.com'"
    )


@pytest.mark.parametrize(
    "url",
    ["https://api.test", "http://127.0.0.1:4010/", "HTTPS://API.TEST/v1/", "http://[::1]:8080/api"],
)
def test_base_url_accepted(url: str) -> None:
    assert check_base_url(url) == url
    h = harness(False, reply(200, GOOD), base_url=url)
    h.send(fetch())
    assert str(h.server.last.url).lower() == url.rstrip("/").lower() + "/payments/p1"


@BOTH
def test_with_options_base_url(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, GOOD))
    original = h.client
    h.client = original.with_options(base_url="http://127.0.0.1:4010/mock/")
    h.send(fetch())
    assert str(h.server.last.url) == "http://127.0.0.1:4010/mock/payments/p1"
    assert h.client._http is original._http
    h.client = original
    h.send(fetch())
    assert str(h.server.last.url) == "https://api.test/v1/payments/p1"


def test_repr_shows_the_base_url_only() -> None:
    client = harness(False, reply(), {"key": HttpBearer("tok-SECRET")}).client
    assert repr(client) == f"Sync(base_url={BASE!r})"


# -- what is sent --------------------------------------------------------------------------


@BOTH
def test_request_as_sent(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, GOOD), timeout=7.5)
    raw = h.send(
        fetch(
            query=[("include", "a,b"), ("q", "x y")],
            headers=[("X-Trace", "t1")],
            accept="application/vnd.api+json",
        )
    )
    assert raw.parsed == {"id": "p1", "amount": 1050}
    sent = h.server.last
    assert sent.method == "GET"
    assert sent.url.raw_path == b"/v1/payments/p1?include=a,b&q=x%20y"
    assert sent.headers["User-Agent"] == "runtime-tests/1.0"
    assert sent.headers["Accept"] == "application/vnd.api+json"
    assert sent.headers["X-Trace"] == "t1"
    assert sent.content == b""
    assert sent.extensions["timeout"] == httpx.Timeout(7.5).as_dict()


@BOTH
def test_json_and_form_bodies(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, GOOD))
    h.send(fetch("POST", json={"amount": "10.50", "tags": ["a"]}))
    assert h.server.last.headers["Content-Type"] == "application/json"
    assert json.loads(h.server.last.content) == {"amount": "10.50", "tags": ["a"]}
    h.send(fetch("POST", form=[("amount", "10.50"), ("card[number]", "4 2"), ("tags", "a,b")]))
    assert h.server.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert h.server.last.content == b"amount=10.50&card[number]=4%202&tags=a,b"


def test_raw_response_carries_status_headers_and_body() -> None:
    h = harness(False, reply(201, GOOD, **{"X-Request-Id": "r-1"}))
    raw = h.send(fetch())
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r-1"
    assert json.loads(raw.content) == GOOD
    assert raw.http_response.request.url == h.server.last.url


@BOTH
def test_security_alternatives(asynchronous: bool) -> None:
    credentials: dict[str, Credential] = {
        "bearer": HttpBearer("tok-SECRET"),
        "app": ApiKeyHeader("App-Id", "app-1"),
        "key": ApiKeyQuery("api_key", "key-SECRET"),
    }
    h = harness(asynchronous, reply(200, GOOD), credentials)
    # The first alternative whose credentials are all there is applied, and only it.
    h.send(fetch(security=[["missing"], ["app", "key"], ["bearer"]]))
    assert h.server.last.headers["App-Id"] == "app-1"
    assert h.server.last.url.params["api_key"] == "key-SECRET"
    assert "Authorization" not in h.server.last.headers
    h.send(fetch(security=[["bearer"]]))
    assert h.server.last.headers["Authorization"] == "Bearer tok-SECRET"
    h.send(fetch())  # no security: nothing applied
    assert "Authorization" not in h.server.last.headers and "App-Id" not in h.server.last.headers


@BOTH
def test_missing_credentials_named_before_sending(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, GOOD), {"app": ApiKeyHeader("App-Id", "app-1")})
    with pytest.raises(CredentialsError) as error:
        h.send(fetch(security=[["app", "token"], ["oauth"]]))
    assert str(error.value) == (
        "this operation needs credentials the client was not given: app + token or oauth"
    )
    assert isinstance(error.value, ClientError) and isinstance(error.value, ValueError)
    assert h.server.requests == []


class Hinted(Sync):
    """A client that says how to give each credential, as the generated ones do."""

    _credential_hints = {"app": "app_id=", "token": "app_token="}


def test_missing_credentials_named_by_the_client_s_hint() -> None:
    server = Server(reply(200, GOOD))
    client = Hinted(Options(base_url=BASE), {}, httpx.Client(transport=httpx.MockTransport(server)))
    with pytest.raises(CredentialsError) as error:
        client.send(fetch(security=[["app", "token"], ["oauth"]]))
    assert str(error.value) == (
        "this operation needs credentials the client was not given: app_id= + app_token= or oauth"
    )
    assert server.requests == []


# -- an injected httpx client keeps its own configuration ----------------------------------


def injected(asynchronous: bool, answer: Answer, **http_options: Any) -> Harness:
    """A harness whose httpx client the caller configured, as a user passes `httpx_client=`."""
    server = Server(answer)
    transport = httpx.MockTransport(server)
    client: Sync | Async
    if asynchronous:
        client = Async(
            Options(base_url=BASE),
            {},
            httpx.AsyncClient(transport=transport, **http_options),
        )
    else:
        client = Sync(Options(base_url=BASE), {}, httpx.Client(transport=transport, **http_options))
    return Harness(server, client, [])


@BOTH
def test_injected_client_default_headers(asynchronous: bool) -> None:
    h = injected(
        asynchronous,
        reply(200, GOOD),
        headers={"X-Tenant": "t1", "X-Trace": "client", "Accept": "text/plain"},
    )
    h.send(fetch(headers=[("X-Trace", "operation")]))
    sent = h.server.last.headers
    assert sent["X-Tenant"] == "t1"
    # The request's own headers win, as in httpx: the operation's, and what it accepts.
    assert sent.get_list("X-Trace") == ["operation"]
    assert sent["Accept"] == "application/json"
    assert sent["User-Agent"] == "runtime-tests/1.0"


@BOTH
def test_injected_client_default_params(asynchronous: bool) -> None:
    h = injected(asynchronous, reply(200, GOOD), params={"tenant": "t 1", "q": "client"})
    h.send(fetch(query=[("include", "a,b"), ("q", "x y")]))
    # The operation's query is kept as encoded; the client's params follow, but for those the
    # request sets itself (httpx 0.28 alone would replace the whole query with them).
    assert h.server.last.url.raw_path == b"/v1/payments/p1?include=a,b&q=x%20y&tenant=t%201"
    h.send(fetch())
    assert h.server.last.url.raw_path == b"/v1/payments/p1?tenant=t%201&q=client"
    # A `next` cursor with its own query is sent verbatim, the params after it.
    h.send(Request("GET", "/payments?page=QUJD+ZGVm/Z2hp==", identity))
    assert h.server.last.url.raw_path == b"/v1/payments?page=QUJD+ZGVm/Z2hp==&tenant=t%201&q=client"


@BOTH
def test_injected_client_params_with_extra_query_and_a_query_key(asynchronous: bool) -> None:
    h = injected(asynchronous, reply(200, GOOD), params={"tenant": "t1"})
    h.client._credentials = {"key": ApiKeyQuery("api_key", "k-SECRET")}
    h.client = h.client.with_options(extra_query={"debug": "1"})
    h.send(fetch(security=[["key"]], query=[("a", "1")]))
    assert h.server.last.url.raw_path == (b"/v1/payments/p1?a=1&debug=1&tenant=t1&api_key=k-SECRET")


@BOTH
def test_injected_client_cookies(asynchronous: bool) -> None:
    h = injected(asynchronous, reply(200, GOOD), cookies={"sid": "c1"})
    h.send(fetch())
    assert h.server.last.headers["Cookie"] == "sid=c1"
    h.client._credentials = {"session": ApiKeyCookie("session", "s-SECRET")}
    h.send(fetch(security=[["session"]]))
    assert h.server.last.headers["Cookie"] == "sid=c1; session=s-SECRET"


@BOTH
def test_injected_client_auth(asynchronous: bool) -> None:
    h = injected(asynchronous, reply(200, GOOD), auth=("user", "pass"))
    h.send(fetch())
    assert h.server.last.headers["Authorization"] == "Basic dXNlcjpwYXNz"


@BOTH
def test_injected_client_timeout(asynchronous: bool) -> None:
    h = injected(asynchronous, reply(200, GOOD), timeout=httpx.Timeout(3.0, connect=1.0))
    h.send(fetch())
    assert h.server.last.extensions["timeout"] == httpx.Timeout(3.0, connect=1.0).as_dict()
    h.client = h.client.with_options(timeout=9.0)  # an explicit timeout wins
    h.send(fetch())
    assert h.server.last.extensions["timeout"] == httpx.Timeout(9.0).as_dict()


@BOTH
def test_injected_client_event_hooks(asynchronous: bool) -> None:
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        request.headers["X-Hooked"] = "yes"
        seen.append(f"request {request.method} {request.url} {request.headers['User-Agent']}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    hooks: dict[str, list[Callable[..., Any]]]
    if asynchronous:

        async def on_request_async(request: httpx.Request) -> None:
            on_request(request)

        async def on_response_async(response: httpx.Response) -> None:
            on_response(response)

        hooks = {"request": [on_request_async], "response": [on_response_async]}
    else:
        hooks = {"request": [on_request], "response": [on_response]}
    h = injected(asynchronous, reply(201, GOOD), event_hooks=hooks)
    h.send(fetch())
    assert seen == [
        "request GET https://api.test/v1/payments/p1 runtime-tests/1.0",
        "response 201",
    ]
    assert h.server.last.headers["X-Hooked"] == "yes"


# -- with_options --------------------------------------------------------------------------


@BOTH
def test_with_options_copies_and_merges(asynchronous: bool) -> None:
    h = harness(
        asynchronous,
        statuses(503, 503, then=GOOD),
        extra_headers={"X-A": "1"},
        extra_query={"tenant": "t1"},
    )
    client = h.client
    tuned = client.with_options(
        timeout=2.0, max_retries=0, extra_headers={"X-B": "2"}, extra_query={"debug": "1,2"}
    )
    assert type(tuned) is type(client) and tuned is not client
    assert tuned._options.timeout == 2.0 and tuned._options.max_retries == 0
    assert dict(tuned._options.extra_headers) == {"X-A": "1", "X-B": "2"}
    assert dict(client._options.extra_headers) == {"X-A": "1"}
    assert tuned._http is client._http

    h.client = tuned
    with pytest.raises(ApiError):
        h.send(fetch())  # no retries on the copy
    assert len(h.server.requests) == 1
    sent = h.server.last
    assert sent.headers["X-A"] == "1" and sent.headers["X-B"] == "2"
    assert sent.url.raw_path == b"/v1/payments/p1?tenant=t1&debug=1,2"
    assert sent.extensions["timeout"] == httpx.Timeout(2.0).as_dict()

    h.client = client  # the original keeps its options: it retries, without X-B
    assert h.send(fetch()).parsed == {"id": "p1", "amount": 1050}
    assert len(h.server.requests) == 3 and len(h.delays) == 1
    assert "X-B" not in h.server.last.headers
    assert h.server.last.url.raw_path == b"/v1/payments/p1?tenant=t1"


def test_with_options_extra_headers_win_over_the_operations() -> None:
    h = harness(False, reply(200, GOOD))
    h.client = h.client.with_options(extra_headers={"X-Trace": "mine"}, extra_query={"a": "2"})
    h.send(fetch(headers=[("X-Trace", "op")], query=[("a", "1")]))
    assert h.server.last.headers.get_list("X-Trace") == ["mine"]
    assert h.server.last.url.params.get_list("a") == ["1", "2"]


def test_with_options_leaves_unchanged_what_it_is_not_given() -> None:
    client = harness(False, reply(), timeout=3.0, max_retries=1, extra_headers={"X-A": "1"}).client
    same = client.with_options()
    assert same._options == client._options


# -- retries -------------------------------------------------------------------------------


@BOTH
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_safe_methods_retried_on_retryable_statuses(asynchronous: bool, status: int) -> None:
    h = harness(asynchronous, statuses(status, status, then=GOOD))
    assert h.send(fetch()).parsed == {"id": "p1", "amount": 1050}
    assert len(h.server.requests) == 3
    assert len(h.delays) == 2


@BOTH
@pytest.mark.parametrize("method", ["HEAD", "OPTIONS"])
def test_other_safe_methods_retried(asynchronous: bool, method: str) -> None:
    h = harness(asynchronous, statuses(503, then=GOOD))
    h.send(fetch(method))
    assert [r.method for r in h.server.requests] == [method, method]


@BOTH
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_unsafe_methods_not_retried(asynchronous: bool, method: str) -> None:
    h = harness(asynchronous, statuses(503, then=GOOD))
    with pytest.raises(ApiError) as error:
        h.send(fetch(method))
    assert error.value.status_code == 503
    assert len(h.server.requests) == 1 and h.delays == []


@BOTH
@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 501, 505])
def test_other_statuses_not_retried(asynchronous: bool, status: int) -> None:
    h = harness(asynchronous, statuses(status, then=GOOD))
    with pytest.raises(ApiError) as error:
        h.send(fetch())
    assert error.value.status_code == status
    assert len(h.server.requests) == 1 and h.delays == []


@BOTH
def test_retries_are_bounded(asynchronous: bool) -> None:
    h = harness(asynchronous, statuses(503, 503, 503, 503, then=GOOD), max_retries=2)
    with pytest.raises(ApiError) as error:
        h.send(fetch())
    assert error.value.status_code == 503
    assert len(h.server.requests) == 3 and len(h.delays) == 2


@BOTH
def test_max_retries_zero_sends_once(asynchronous: bool) -> None:
    h = harness(asynchronous, statuses(503, then=GOOD), max_retries=0)
    with pytest.raises(ApiError):
        h.send(fetch())
    assert len(h.server.requests) == 1 and h.delays == []


def refuse_then(good_after: int) -> Answer:
    def answer(request: httpx.Request, number: int) -> httpx.Response:
        if number <= good_after:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json=GOOD)

    return answer


@BOTH
def test_transport_errors_retried_for_safe_methods(asynchronous: bool) -> None:
    h = harness(asynchronous, refuse_then(2))
    assert h.send(fetch()).parsed == {"id": "p1", "amount": 1050}
    assert len(h.server.requests) == 3 and len(h.delays) == 2


@BOTH
def test_transport_errors_raised_when_retries_run_out(asynchronous: bool) -> None:
    h = harness(asynchronous, refuse_then(5), max_retries=1)
    with pytest.raises(ApiConnectionError) as error:
        h.send(fetch())
    assert type(error.value) is ApiConnectionError and isinstance(error.value, ClientError)
    assert str(error.value) == "GET https://api.test/v1/payments/p1 failed: connection refused"
    assert isinstance(error.value.__cause__, httpx.ConnectError)  # httpx's own, kept
    assert len(h.server.requests) == 2


@BOTH
def test_transport_errors_not_retried_for_unsafe_methods(asynchronous: bool) -> None:
    h = harness(asynchronous, refuse_then(1))
    with pytest.raises(ApiConnectionError) as error:
        h.send(fetch("POST"))
    assert str(error.value) == "POST https://api.test/v1/payments/p1 failed: connection refused"
    assert len(h.server.requests) == 1 and h.delays == []


def raise_error(error: Callable[[httpx.Request], httpx.TransportError]) -> Answer:
    def answer(request: httpx.Request, number: int) -> httpx.Response:
        raise error(request)

    return answer


@BOTH
@pytest.mark.parametrize(
    "timeout",
    [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout],
)
def test_timeouts_raise_api_timeout_error(
    asynchronous: bool, timeout: type[httpx.TimeoutException]
) -> None:
    h = harness(
        asynchronous,
        raise_error(lambda request: timeout("read operation timed out", request=request)),
        max_retries=1,
    )
    with pytest.raises(ApiTimeoutError) as error:
        h.send(fetch())
    assert isinstance(error.value, ApiConnectionError)  # a timeout is a connection error too
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1 timed out: read operation timed out"
    )
    assert type(error.value.__cause__) is timeout
    assert len(h.server.requests) == 2  # retried, as safe requests are


@BOTH
@pytest.mark.parametrize(
    "error",
    [httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError, httpx.UnsupportedProtocol],
)
def test_other_transport_errors_raise_api_connection_error(
    asynchronous: bool, error: type[httpx.TransportError]
) -> None:
    h = harness(asynchronous, raise_error(lambda request: error("", request=request)))
    with pytest.raises(ApiConnectionError) as raised:
        h.send(fetch("POST"))
    assert type(raised.value) is ApiConnectionError
    # Without a message of its own, the error is named by httpx's class.
    assert str(raised.value) == (f"POST https://api.test/v1/payments/p1 failed: {error.__name__}")
    assert type(raised.value.__cause__) is error


@BOTH
def test_connection_errors_redact_secrets(asynchronous: bool) -> None:
    credentials: dict[str, Credential] = {
        "key": ApiKeyQuery("api_key", "q-SECRET"),
        "bearer": HttpBearer("b-SECRET"),
    }
    h = harness(
        asynchronous,
        raise_error(
            lambda request: httpx.ConnectError(
                f"refused {request.url} with {request.headers['Authorization']}", request=request
            )
        ),
        credentials,
        max_retries=0,
    )
    with pytest.raises(ApiConnectionError) as error:
        h.send(fetch(security=[["key", "bearer"]]))
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1?api_key=*** failed: "
        "refused https://api.test/v1/payments/p1?api_key=*** with Bearer ***"
    )
    assert "SECRET" not in repr(error.value.args)


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    h = harness(
        False, statuses(*[503] * 6, then=GOOD), max_retries=6, retry_delay=0.5, max_retry_delay=3.0
    )
    h.send(fetch())
    ceilings = [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]
    assert len(h.delays) == len(ceilings)
    for delay, ceiling in zip(h.delays, ceilings, strict=True):
        assert 0.75 * ceiling <= delay <= ceiling


def http_date(offset: timedelta) -> str:
    return email.utils.format_datetime(datetime.now(timezone.utc) + offset, usegmt=True)


@BOTH
@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("3", 3.0, 3.0),
        ("0", 0.0, 0.0),
        ("1.5", 1.5, 1.5),
        ("60", 60.0, 60.0),
        (None, 0.375, 0.5),  # no header: the backoff
        ("61", 0.375, 0.5),  # longer than a minute: the backoff
        ("-1", 0.375, 0.5),
        ("soon", 0.375, 0.5),  # unreadable: the backoff, not a crash
        ("nan", 0.375, 0.5),
        ("", 0.375, 0.5),
    ],
)
def test_retry_after_seconds(
    asynchronous: bool, retry_after: str | None, low: float, high: float
) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}

    def answer(request: httpx.Request, number: int) -> httpx.Response:
        if number == 1:
            return httpx.Response(429, headers=headers)
        return httpx.Response(200, json=GOOD)

    h = harness(asynchronous, answer)
    h.send(fetch())
    assert len(h.delays) == 1 and low <= h.delays[0] <= high


@BOTH
@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        (lambda: http_date(timedelta(seconds=30)), 28.0, 30.0),
        (lambda: http_date(timedelta(seconds=-30)), 0.375, 0.5),  # in the past: the backoff
        (lambda: http_date(timedelta(minutes=5)), 0.375, 0.5),  # too far: the backoff
        # Without a zone (or "-0000"), the date is read as GMT, as HTTP-dates are.
        (lambda: http_date(timedelta(seconds=30)).replace(" GMT", ""), 28.0, 30.0),
        (lambda: http_date(timedelta(seconds=30)).replace(" GMT", " -0000"), 28.0, 30.0),
        (lambda: "Wed, 32 Oct 2015 07:28:00 GMT", 0.375, 0.5),
    ],
    ids=["future", "past", "too-far", "no-zone", "minus-zero", "invalid"],
)
def test_retry_after_http_date(
    asynchronous: bool, retry_after: Callable[[], str], low: float, high: float
) -> None:
    def answer(request: httpx.Request, number: int) -> httpx.Response:
        if number == 1:
            return httpx.Response(503, headers={"Retry-After": retry_after()})
        return httpx.Response(200, json=GOOD)

    h = harness(asynchronous, answer)
    h.send(fetch())
    assert len(h.delays) == 1 and low <= h.delays[0] <= high


def test_retries_are_logged_with_secrets_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="generator")
    credentials: dict[str, Credential] = {"key": ApiKeyQuery("api_key", "log-SECRET")}
    h = harness(False, statuses(503, then=GOOD), credentials)
    h.send(fetch(security=[["key"]]))
    lines = [r.getMessage() for r in caplog.records if r.name == "generator"]
    assert lines[0] == "GET https://api.test/v1/payments/p1?api_key=***"
    assert lines[1].startswith("retrying GET https://api.test/v1/payments/p1?api_key=*** in 0.")
    assert lines[2] == lines[0] and len(lines) == 3
    assert all("log-SECRET" not in r.getMessage() for r in caplog.records)


# -- answers: errors ----------------------------------------------------------------------


class NotFound(ApiError):
    @property
    def error(self) -> object:
        return self._error


def problem(data: Any) -> str:
    body = expect_object(data, "Problem")
    if "detail" not in body:
        raise DecodeError("required field is missing", "Problem", ("detail",))
    return expect_str(body["detail"])


@BOTH
def test_error_statuses_raise_api_error(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(409, {"detail": "conflict"}, **{"X-Request-Id": "r-9"}))
    with pytest.raises(ApiError) as error:
        h.send(fetch("POST"))
    assert type(error.value) is ConflictError and isinstance(error.value, ClientError)
    assert str(error.value) == (
        "POST https://api.test/v1/payments/p1 returned 409 Conflict: conflict"
    )
    assert error.value.status_code == 409
    assert error.value.headers["x-request-id"] == "r-9"
    assert json.loads(error.value.body) == {"detail": "conflict"}
    assert error.value._error is None  # no documented body: only `body` holds it


@BOTH
@pytest.mark.parametrize(
    ("status", "answer", "expected"),
    [
        (400, "400 Bad Request", BadRequestError),
        (401, "401 Unauthorized", UnauthorizedError),
        (403, "403 Forbidden", ForbiddenError),
        (404, "404 Not Found", NotFoundError),
        (409, "409 Conflict", ConflictError),
        (422, "422 Unprocessable Entity", UnprocessableEntityError),
        (429, "429 Too Many Requests", TooManyRequestsError),
        (500, "500 Internal Server Error", InternalServerError),
        (501, "501 Not Implemented", InternalServerError),
        (503, "503 Service Unavailable", InternalServerError),
        (520, "520", InternalServerError),  # no reason phrase: no stray space
        (599, "599", InternalServerError),
        (301, "301 Moved Permanently", ApiError),
        (402, "402 Payment Required", ApiError),
        (405, "405 Method Not Allowed", ApiError),
        (418, "418 I'm a teapot", ApiError),
        (499, "499", ApiError),
    ],
)
def test_common_status_classes_whatever_the_spec_documents(
    asynchronous: bool, status: int, answer: str, expected: type[ApiError]
) -> None:
    h = harness(asynchronous, reply(status, {"message": "No payment with ID p1"}))
    with pytest.raises(ApiError) as error:
        h.send(fetch("POST"))
    assert type(error.value) is expected and error.value.status_code == status
    assert str(error.value) == (
        f"POST https://api.test/v1/payments/p1 returned {answer}: No payment with ID p1"
    )


@BOTH
def test_error_without_a_server_message(asynchronous: bool) -> None:
    for body in (b"", {"code": 42}, b"null"):
        h = harness(asynchronous, reply(404, body))
        with pytest.raises(NotFoundError) as error:
            h.send(fetch())
        assert str(error.value) == "GET https://api.test/v1/payments/p1 returned 404 Not Found"


class PackageNotFound(NotFoundError):
    """A package's documented 404."""


class PackageServerError(InternalServerError):
    """A package's documented 500."""


class PaymentRequired(ApiError):
    """A package's documented 402, a status without a common class."""


class Documented(Sync):
    _status_errors = {404: PackageNotFound, 500: PackageServerError, 402: PaymentRequired}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, PackageNotFound),
        (402, PaymentRequired),
        (500, PackageServerError),
        (502, PackageServerError),  # any 5xx: the package's documented 500 class
        (599, PackageServerError),
        (401, UnauthorizedError),  # undocumented: the common class
        (429, TooManyRequestsError),
        (418, ApiError),
    ],
)
def test_the_package_s_documented_classes_come_first(status: int, expected: type[ApiError]) -> None:
    server = Server(reply(status, {"detail": "no"}))
    client = Documented(
        Options(base_url=BASE, max_retries=0),
        {},
        httpx.Client(transport=httpx.MockTransport(server)),
    )
    with pytest.raises(ApiError) as error:
        client.send(fetch())
    assert type(error.value) is expected and error.value.status_code == status


@BOTH
def test_error_classes_by_status(asynchronous: bool) -> None:
    """The package's table picks the class; the operation's documented decoder parses `error`."""
    errors = {404: problem}
    table: dict[int | str, type[ApiError]] = {404: NotFound, "default": Teapot}

    def answering(*answer: Any, **options: Any) -> Harness:
        h = harness(asynchronous, reply(*answer), **options)
        h.client._status_errors = table
        return h

    with pytest.raises(NotFound) as error:
        answering(404, {"detail": "no such payment"}).send(fetch(errors=errors))
    assert error.value.error == "no such payment"
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1 returned 404 Not Found: no such payment"
    )

    with pytest.raises(NotFound) as error:
        answering(404, {"unexpected": True}).send(fetch(errors=errors))
    assert error.value.error is None  # a body that does not fit is still kept raw
    assert json.loads(error.value.body) == {"unexpected": True}

    with pytest.raises(NotFound) as error:
        answering(404, b"<html>gone</html>").send(fetch(errors=errors))
    assert error.value.error is None and error.value.body == b"<html>gone</html>"
    assert str(error.value).endswith("returned 404 Not Found: <html>gone</html>")

    # An operation that documents no body for the status leaves `error` None (the class may be
    # typed by another operation's body); a range decoder serves its range.
    with pytest.raises(NotFound) as error:
        answering(404, {"detail": "raw"}).send(fetch())
    assert error.value.error is None and json.loads(error.value.body) == {"detail": "raw"}
    with pytest.raises(NotFound) as error:
        answering(404, {"detail": "ranged"}).send(fetch(errors={"4XX": problem}))
    assert error.value.error == "ranged"

    # Common statuses keep their classes; an unknown one falls to the package's default class.
    with pytest.raises(InternalServerError) as server_error:
        answering(503, {"detail": "boom"}, max_retries=0).send(fetch(errors={"default": problem}))
    assert server_error.value.status_code == 503 and server_error.value._error == "boom"
    with pytest.raises(Teapot) as teapot:
        answering(418, {"detail": "short"}).send(fetch(errors={"default": problem}))
    assert teapot.value.error == "short"


class Teapot(ApiError):
    @property
    def error(self) -> object:
        return self._error


def test_error_messages_redact_secret_query_parameters() -> None:
    credentials: dict[str, Credential] = {"key": ApiKeyQuery("api_key", "err-SECRET")}
    h = harness(False, reply(403, {"detail": "no"}), credentials)
    with pytest.raises(ApiError) as error:
        h.send(fetch(security=[["key"]], query=[("a", "1")]))
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1?a=1&api_key=*** returned 403 Forbidden: no"
    )


@BOTH
def test_error_messages_redact_secrets_the_server_echoes(asynchronous: bool) -> None:
    credentials: dict[str, Credential] = {
        "bearer": HttpBearer("tok-SECRET"),
        "app": ApiKeyHeader("App-Id", "tok-SECRET-app"),  # the other secret is its prefix
    }
    echo = {"message": "token tok-SECRET-app and tok-SECRET are not valid"}
    h = harness(asynchronous, reply(401, echo), credentials)
    with pytest.raises(UnauthorizedError) as error:
        h.send(fetch(security=[["bearer", "app"]]))
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1 returned 401 Unauthorized: "
        "token *** and *** are not valid"
    )
    assert b"tok-SECRET" in error.value.body  # the raw body is the server's, unchanged


def test_error_messages_redact_before_cutting() -> None:
    # The secret straddles the 200-character cut: no piece of it may be left in.
    credentials: dict[str, Credential] = {"bearer": HttpBearer("tok-SECRET-0123456789")}
    echo = {"message": "x" * 190 + " tok-SECRET-0123456789 " + "y" * 20}
    h = harness(False, reply(400, echo), credentials)
    with pytest.raises(BadRequestError) as error:
        h.send(fetch(security=[["bearer"]]))
    said = str(error.value).partition("400 Bad Request: ")[2]
    assert said == "x" * 190 + " *** " + "y" * 4 + "…"
    assert len(said) == 200


# -- server_message ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"message": "No payment with ID p1"}, "No payment with ID p1"),
        ({"error_message": "Invalid app id"}, "Invalid app id"),
        ({"detail": "amount must be positive"}, "amount must be positive"),
        ({"error_description": "The token expired"}, "The token expired"),
        ({"title": "Not Found"}, "Not Found"),
        ({"error": "invalid_request"}, "invalid_request"),
        # In MESSAGE_KEYS order: the description before the bare code.
        ({"error": "invalid_grant", "error_description": "expired"}, "expired"),
        ({"title": "Bad Request", "detail": "amount is missing"}, "amount is missing"),
        ({"error": {"code": 5, "message": "Card declined"}}, "Card declined"),
        ({"errors": [{"detail": "first"}, {"detail": "second"}]}, "first"),
        ({"errors": ["first", "second"]}, "first"),
        ({"error": {"errors": [{"message": "deep"}]}}, "deep"),
        ([{"message": "a list at the top"}], "a list at the top"),
        ("a JSON string", "a JSON string"),
        ({"message": "", "detail": "the first non-empty one"}, "the first non-empty one"),
        ({"message": 42, "title": "numbers are not messages"}, "numbers are not messages"),
        ({"code": 42}, ""),
        ({"errors": []}, ""),
        ([], ""),
        (42, ""),
        ({"message": "line one\n\n   line two\t"}, "line one line two"),
    ],
)
def test_server_message_from_json(data: Any, said: str) -> None:
    assert server_message(data, b"") == said


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"<html><body>Bad   gateway</body></html>\n", "<html><body>Bad gateway</body></html>"),
        (b"upstream timed out", "upstream timed out"),
        (b"caf\xe9", "caf\ufffd"),
        (b"", ""),
        (b"  \n ", ""),
    ],
)
def test_server_message_from_text(body: bytes, said: str) -> None:
    assert server_message(None, body) == said


def test_server_message_is_at_most_200_characters() -> None:
    assert server_message({"message": "x" * 200}, b"") == "x" * 200
    cut = server_message({"message": "x" * 201}, b"")
    assert cut == "x" * 199 + "…" and len(cut) == 200
    assert server_message(None, b"y" * 5000) == "y" * 199 + "…"


def test_server_message_redacts() -> None:
    assert server_message({"message": "key s-SECRET refused"}, b"", ["s-SECRET"]) == (
        "key *** refused"
    )
    assert server_message(None, b"s-SECRET", {"s-SECRET"}) == "***"
    assert server_message({"message": "x" * 195 + "s-SECRET"}, b"", ["s-SECRET"]) == (
        "x" * 195 + "***"
    )


def test_redact_secrets() -> None:
    assert redact_secrets("ab abc abcd", ["ab", "abc"]) == "*** *** ***d"
    assert redact_secrets("ab abc abcd", ["abc", "ab"]) == "*** *** ***d"
    assert redact_secrets("text", ["", "zz"]) == "text"  # an empty secret hides nothing
    assert redact_secrets("text", []) == "text"


# -- answers: success ----------------------------------------------------------------------


@BOTH
def test_decode_errors_name_the_request_and_carry_the_answer(asynchronous: bool) -> None:
    body = {"id": "p1", "amount": "ten"}
    h = harness(asynchronous, reply(200, body, **{"X-Request-Id": "r-7"}))
    raw = h.send(fetch(query=[("x", "1")]))  # sending does not decode: the answer is there
    assert raw.status_code == 200 and raw.json() == body
    with pytest.raises(DecodeError) as error:
        _ = raw.parsed
    assert isinstance(error.value, ClientError) and isinstance(error.value, ValueError)
    assert error.value.model == "Payment" and error.value.path == ("amount",)
    assert str(error.value) == (
        "Payment.amount: expected integer, got string 'ten' "
        "(in the 200 response to GET https://api.test/v1/payments/p1?x=1)"
    )
    assert error.value.status_code == 200
    assert error.value.headers is not None and error.value.headers["x-request-id"] == "r-7"
    assert error.value.body is not None and json.loads(error.value.body) == body


def test_decode_errors_redact_the_url() -> None:
    credentials: dict[str, Credential] = {"key": ApiKeyQuery("api_key", "dec-SECRET")}
    h = harness(False, reply(200, {"id": "p1"}), credentials)
    with pytest.raises(DecodeError) as error:
        _ = h.send(fetch(security=[["key"]])).parsed
    assert str(error.value) == (
        "Payment.amount: required field is missing "
        "(in the 200 response to GET https://api.test/v1/payments/p1?api_key=***)"
    )


@BOTH
def test_the_plain_call_raises_what_raw_defers(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, {"id": "p1", "amount": "ten"}))
    if isinstance(h.client, Async):
        client = h.client

        async def main() -> RawResponse[Any]:
            with pytest.raises(DecodeError):
                await client.get_payment("p1")
            return await client.send(get_payment("p1"))

        raw = asyncio.run(main())
    else:
        with pytest.raises(DecodeError):
            h.client.get_payment("p1")
        raw = h.client.send(get_payment("p1"))
    assert raw.status_code == 200 and raw.json() == {"id": "p1", "amount": "ten"}
    with pytest.raises(DecodeError):
        _ = raw.parsed
    assert len(h.server.requests) == 2


@BOTH
@pytest.mark.parametrize("body", [b"<html>ok</html>", b"", b"{not json"])
def test_non_json_success_refused_on_parsed(asynchronous: bool, body: bytes) -> None:
    h = harness(asynchronous, reply(200, body))
    raw = h.send(fetch())
    assert raw.status_code == 200 and raw.content == body
    with pytest.raises(DecodeError) as error:
        _ = raw.parsed
    assert str(error.value) == (
        "the response body is not JSON (in the 200 response to GET https://api.test/v1/payments/p1)"
    )
    assert error.value.status_code == 200 and error.value.body == body


@BOTH
def test_no_content(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(204, b""))
    raw = h.send(fetch("DELETE", decode=no_content))
    assert raw.status_code == 204 and raw.parsed is None
    h = harness(asynchronous, reply(200, b"<html>deleted</html>"))
    assert h.send(fetch("DELETE", decode=no_content)).parsed is None  # nothing to read


def test_json_null_reaches_the_decoder() -> None:
    h = harness(False, reply(200, b"null"))
    assert h.send(fetch(decode=identity)).parsed is None


EXACT = b'{"total": 10.10, "count": 3, "rate": 1e-7, "big": 1E+3, "items": [{"v": 0.1}]}'


@BOTH
def test_exact_numbers_parse_fractions_as_decimal(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, EXACT))
    parsed = h.send(fetch(decode=identity, exact_numbers=True)).parsed
    assert parsed == {
        "total": Decimal("10.10"),
        "count": 3,
        "rate": Decimal("1E-7"),
        "big": Decimal("1E+3"),
        "items": [{"v": Decimal("0.1")}],
    }
    assert str(parsed["total"]) == "10.10"  # every digit as sent
    assert type(parsed["count"]) is int  # integers stay integers
    assert type(parsed["items"][0]["v"]) is Decimal

    plain = h.send(fetch(decode=identity)).parsed
    assert plain["total"] == 10.1 and type(plain["total"]) is float
    assert type(plain["items"][0]["v"]) is float


@BOTH
def test_exact_numbers_in_error_bodies(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(400, {"message": "too much", "limit": 0.1}))
    with pytest.raises(BadRequestError) as error:
        h.send(fetch("POST", exact_numbers=True, errors={400: identity}))
    assert error.value._error == {"message": "too much", "limit": Decimal("0.1")}


# -- lenient decoding ----------------------------------------------------------------------


@dataclass(kw_only=True)
class Charge(Model):
    id: str
    amount: int
    note: str | Unset = UNSET


def fetch_charge() -> Request[Charge]:
    return Request("GET", "/charges/c1", Charge.from_dict)


@BOTH
def test_lenient_client_builds_what_does_not_fit(asynchronous: bool, warned: list[str]) -> None:
    h = harness(asynchronous, reply(200, {"amount": "ten", "note": 5}), lenient=True)
    charge = h.send(fetch_charge()).parsed
    assert type(charge) is Charge
    kept: tuple[object, ...] = (charge.id, charge.amount, charge.note)  # not what the types say
    assert kept == (UNSET, "ten", 5)
    assert warned == [
        "lenient decoding: Charge.id: required field is missing; left UNSET",
        "lenient decoding: Charge.amount: expected integer, got string 'ten'; kept as received",
        "lenient decoding: Charge.note: expected string, got integer 5; kept as received",
    ]
    h.send(fetch_charge()).parsed  # once per field path: no new warnings
    assert len(warned) == 3


@BOTH
def test_lenient_decoding_is_off_by_default_and_per_client(
    asynchronous: bool, warned: list[str]
) -> None:
    h = harness(asynchronous, reply(200, {"id": "c1"}))
    with pytest.raises(DecodeError) as error:
        _ = h.send(fetch_charge()).parsed
    assert str(error.value) == (
        "Charge.amount: required field is missing "
        "(in the 200 response to GET https://api.test/v1/charges/c1)"
    )
    strict = h.client
    h.client = strict.with_options(lenient=True)
    charge = h.send(fetch_charge()).parsed
    assert (charge.id, charge.amount, charge.note) == ("c1", UNSET, UNSET)
    assert warned == ["lenient decoding: Charge.amount: required field is missing; left UNSET"]
    h.client = strict  # the original stays strict, and nothing leaks out of the lenient read
    with pytest.raises(DecodeError):
        _ = h.send(fetch_charge()).parsed
    with pytest.raises(DecodeError):
        Charge.from_dict({"id": "c1"})
    h.client = h.client.with_options(lenient=True).with_options(lenient=False)
    with pytest.raises(DecodeError):
        _ = h.send(fetch_charge()).parsed


@BOTH
def test_lenient_decoding_of_data_that_fits(asynchronous: bool, warned: list[str]) -> None:
    h = harness(asynchronous, reply(200, {"id": "c1", "amount": 5, "note": "n"}), lenient=True)
    assert h.send(fetch_charge()).parsed == Charge(id="c1", amount=5, note="n")
    assert warned == []


# -- the connection pool -------------------------------------------------------------------


def test_injected_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json=GOOD)))
    with Sync(Options(base_url=BASE), {}, http) as client:
        client.get_payment("p1")
    client.close()
    assert not http.is_closed
    http.close()


def test_own_client_is_closed() -> None:
    client = Sync(Options(base_url=BASE), {}, None)
    assert isinstance(client._http, httpx.Client) and not client._http.is_closed
    with client:
        pass
    assert client._http.is_closed


def test_copies_never_close_the_shared_pool() -> None:
    client = Sync(Options(base_url=BASE), {}, None)
    copy = client.with_options(timeout=1.0)
    copy.close()
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed


def test_async_pools() -> None:
    async def main() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda _: httpx.Response(200, json=GOOD))
        )
        async with Async(Options(base_url=BASE), {}, http) as client:
            assert await client.get_payment("p1") == {"id": "p1", "amount": 1050}
        assert not http.is_closed
        await http.aclose()

        own = Async(Options(base_url=BASE), {}, None)
        copy = own.with_options(max_retries=0)
        await copy.close()
        assert not own._http.is_closed
        async with own:
            pass
        assert own._http.is_closed

    asyncio.run(main())



# -- redact --------------------------------------------------------------------------------


def test_redact() -> None:
    credentials: dict[str, Credential] = {
        "key": ApiKeyQuery("api_key", "red-SECRET"),
        "app": ApiKeyHeader("App-Id", "app-1"),
    }
    client = harness(False, reply(), credentials).client
    url = httpx.URL("https://api.test/v1/p?a=1,2&api_key=red-SECRET&b=x%20y+%2B&api_key=again")
    # Only the secrets change: order and encoding stay as sent.
    assert client.redact(url) == "https://api.test/v1/p?a=1,2&api_key=***&b=x%20y+%2B&api_key=***"
    assert client.redact(httpx.URL("https://api.test/p?api%5Fkey=x&flag")) == (
        "https://api.test/p?api%5Fkey=***&flag"
    )
    assert client.redact(httpx.URL("https://api.test/v1/p")) == "https://api.test/v1/p"
    plain = harness(False, reply(), {"app": ApiKeyHeader("App-Id", "app-1")}).client
    assert plain.redact(url) == str(url)
