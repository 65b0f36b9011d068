"""`generator.runtime.clients`: building, sending, retrying and reading answers, sync and async.

Every test runs on `httpx.MockTransport`; `_sleep` is replaced by a recorder, so nothing waits.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from generator.runtime.api_key import ApiKeyHeader, ApiKeyQuery
from generator.runtime.auth import Credential
from generator.runtime.clients import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncCall,
    AsyncClient,
    Endpoint,
    Options,
    SyncCall,
    SyncClient,
)
from generator.runtime.decoding import expect_int, expect_object, expect_str, identity
from generator.runtime.exceptions import ApiError, DecodeError
from generator.runtime.http_auth import HttpBearer
from generator.runtime.request import RawResponse, Request, no_content

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


class Operations:
    get_payment = Endpoint(get_payment)


class Sync(Operations, SyncClient):
    _user_agent = "runtime-tests/1.0"


class Async(Operations, AsyncClient):
    _user_agent = "runtime-tests/1.0"


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
    assert options.timeout == DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)
    assert options.max_retries == DEFAULT_MAX_RETRIES == 2
    assert dict(options.extra_headers) == {} and dict(options.extra_query) == {}
    assert Options(base_url=BASE).extra_headers is not options.extra_headers


@BOTH
def test_negative_max_retries_refused(asynchronous: bool) -> None:
    with pytest.raises(ValueError, match="max_retries must be >= 0"):
        harness(asynchronous, reply(200, GOOD), max_retries=-1)


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


def test_missing_credentials_named_before_sending() -> None:
    h = harness(False, reply(200, GOOD), {"app": ApiKeyHeader("App-Id", "app-1")})
    with pytest.raises(ValueError) as error:
        h.send(fetch(security=[["app", "token"], ["oauth"]]))
    assert str(error.value) == (
        "this operation needs credentials for app + token or oauth; pass them to the client"
    )
    assert h.server.requests == []


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
    with pytest.raises(httpx.ConnectError):
        h.send(fetch())
    assert len(h.server.requests) == 2


@BOTH
def test_transport_errors_not_retried_for_unsafe_methods(asynchronous: bool) -> None:
    h = harness(asynchronous, refuse_then(1))
    with pytest.raises(httpx.ConnectError):
        h.send(fetch("POST"))
    assert len(h.server.requests) == 1 and h.delays == []


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


# -- answers -------------------------------------------------------------------------------


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
    assert type(error.value) is ApiError
    assert str(error.value) == "POST https://api.test/v1/payments/p1 returned 409 Conflict"
    assert error.value.status_code == 409
    assert error.value.headers["x-request-id"] == "r-9"
    assert json.loads(error.value.body) == {"detail": "conflict"}
    assert error.value._error == {"detail": "conflict"}  # the default error decoder: as is


@BOTH
def test_error_classes_by_status(asynchronous: bool) -> None:
    errors = {404: (NotFound, problem)}
    h = harness(asynchronous, reply(404, {"detail": "no such payment"}))
    with pytest.raises(NotFound) as error:
        h.send(fetch(errors=errors))
    assert error.value.error == "no such payment"

    h = harness(asynchronous, reply(404, {"unexpected": True}))
    with pytest.raises(NotFound) as error:
        h.send(fetch(errors=errors))
    assert error.value.error is None  # a body that does not fit is still kept raw
    assert json.loads(error.value.body) == {"unexpected": True}

    h = harness(asynchronous, reply(404, b"<html>gone</html>"))
    with pytest.raises(NotFound) as error:
        h.send(fetch(errors=errors))
    assert error.value.error is None and error.value.body == b"<html>gone</html>"

    h = harness(asynchronous, reply(500, {"detail": "boom"}), max_retries=0)
    with pytest.raises(ApiError) as other:
        h.send(fetch(errors=errors, default_error=(NotFound, problem)))
    assert type(other.value) is NotFound and other.value.status_code == 500


def test_error_messages_redact_secret_query_parameters() -> None:
    credentials: dict[str, Credential] = {"key": ApiKeyQuery("api_key", "err-SECRET")}
    h = harness(False, reply(403, {"detail": "no"}), credentials)
    with pytest.raises(ApiError) as error:
        h.send(fetch(security=[["key"]], query=[("a", "1")]))
    assert str(error.value) == (
        "GET https://api.test/v1/payments/p1?a=1&api_key=*** returned 403 Forbidden"
    )


@BOTH
def test_decode_errors_name_the_request(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(200, {"id": "p1", "amount": "ten"}))
    with pytest.raises(DecodeError) as error:
        h.send(fetch(query=[("x", "1")]))
    assert error.value.model == "Payment" and error.value.path == ("amount",)
    assert str(error.value) == (
        "Payment.amount: expected integer, got string 'ten' "
        "(in the 200 response to GET https://api.test/v1/payments/p1?x=1)"
    )


@BOTH
@pytest.mark.parametrize("body", [b"<html>ok</html>", b"", b"{not json"])
def test_non_json_success_refused(asynchronous: bool, body: bytes) -> None:
    h = harness(asynchronous, reply(200, body))
    with pytest.raises(DecodeError) as error:
        h.send(fetch())
    assert str(error.value) == (
        "the response body is not JSON (in the 200 response to GET https://api.test/v1/payments/p1)"
    )


@BOTH
def test_no_content(asynchronous: bool) -> None:
    h = harness(asynchronous, reply(204, b""))
    raw = h.send(fetch("DELETE", decode=no_content))
    assert raw.status_code == 204 and raw.parsed is None


def test_json_null_reaches_the_decoder() -> None:
    h = harness(False, reply(200, b"null"))
    assert h.send(fetch(decode=identity)).parsed is None


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


# -- operations as methods -----------------------------------------------------------------


def test_endpoint_on_the_class_and_on_clients() -> None:
    assert isinstance(Sync.get_payment, Endpoint)
    assert Sync.get_payment.build is get_payment
    assert Sync.get_payment.__doc__ == "Fetches one payment."
    h = harness(False, reply(200, GOOD))
    assert isinstance(h.client, Sync)
    call = h.client.get_payment
    assert isinstance(call, SyncCall) and call.__doc__ == "Fetches one payment."
    assert call("p 1", expand="card") == {"id": "p1", "amount": 1050}
    assert h.server.last.url.raw_path == b"/v1/payments/p%201?expand=card"
    raw = call.raw("p2")
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert raw.parsed == {"id": "p1", "amount": 1050}


def test_endpoint_on_async_clients() -> None:
    h = harness(True, reply(200, GOOD))
    assert isinstance(h.client, Async)
    call = h.client.get_payment
    assert isinstance(call, AsyncCall) and call.__doc__ == "Fetches one payment."

    async def main() -> tuple[Any, RawResponse[Any]]:
        return await call("p1"), await call.raw("p2", expand="x")

    parsed, raw = asyncio.run(main())
    assert parsed == {"id": "p1", "amount": 1050}
    assert raw.status_code == 200
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/v1/payments/p1",
        b"/v1/payments/p2?expand=x",
    ]


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
