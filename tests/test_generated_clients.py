"""End-to-end tests of the generated client packages, over `httpx.MockTransport`.

Every package is driven the way a user drives it (`Client(...)`, `client.get_payment(...)`),
and what it sends is checked three ways: by hand (method, raw path, query, headers, auth),
by an independent validator (openapi-core against the spec) and, for Elance, by oauthlib's
server-side signature check. Responses come from the specs' own examples.

No network and no sleeping: retries go through `client._sleep`, replaced by a recorder.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import importlib
import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.json_compare import comparable_json
from tests.packages import CHECKS, PACKAGES, UTC, pkg, spec
from tests.paths import SPECS

MISSING = object()  # `make_client(..., x=MISSING)` leaves keyword `x` out of the call


# -- the packages and what each one must send ---------------------------------------------


@dataclasses.dataclass(frozen=True)
class Case:
    """One package: how to build its client, one call, and the request that call must send."""

    package: str
    operation: str
    credentials: dict[str, str]
    secrets: tuple[str, ...]
    base_url: str | None
    kwargs: dict[str, Any]
    path: str  # the raw path that must reach the server
    query: list[tuple[str, str]]  # decoded query pairs, in order
    raw_query_parts: tuple[str, ...] = ()  # substrings the raw query must contain
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


CASES: dict[str, Case] = {
    "elance": Case(
        package="elance",
        operation="get_payment",
        credentials={
            "consumer_key": "ck-elance-public",
            "consumer_secret": "cs-SECRET-elance-1",
            "token": "988078256-public-token",
            "token_secret": "ts-SECRET-elance-2",
        },
        secrets=("cs-SECRET-elance-1", "ts-SECRET-elance-2"),
        base_url="https://api.elance.com/api",
        kwargs={"id": 10396168},
        path="/api/pay/getPayment",
        query=[("id", "10396168")],
    ),
    "activeplatform_v1": Case(
        package="activeplatform_v1",
        operation="get_payment",
        credentials={"api_token": "SECRET-v1-token-654321"},
        secrets=("SECRET-v1-token-654321",),
        base_url=None,  # the spec's server is the default
        kwargs={"id": 2007039},
        path="/api/vendor/v1/payments/2007039.json",
        query=[("api_token", "SECRET-v1-token-654321")],
    ),
    "activeplatform_v3": Case(
        package="activeplatform_v3",
        operation="get_payment",
        credentials={"api_token_header": "SECRET-v3-vY5fwetestK3gJXZH5uHCw"},
        secrets=("SECRET-v3-vY5fwetestK3gJXZH5uHCw",),
        # The spec's server is a `{base_url}` variable: the client requires it.
        base_url="https://test.activeplatform.com",
        kwargs={"reseller_id": 1, "payment_id": 9714, "include": ["invoices", "orders"]},
        path="/api/v3/resellers/1/payments/9714",
        query=[("include", "invoices,orders")],
        raw_query_parts=("include=invoices,orders",),
        headers={"X-Api-Token": "SECRET-v3-vY5fwetestK3gJXZH5uHCw"},
    ),
    "oracle_brm": Case(
        package="oracle_brm",
        operation="get_payment",
        credentials={"bearer": "SECRET-oracle-bearer-token"},
        secrets=("SECRET-oracle-bearer-token",),
        base_url="http://localhost:8080/brm/payment/v4",
        # The whole payment: with `fields` the answer is a ProjectedPayment (test_projections.py).
        kwargs={"id": "0.0.0.1+-item-payment+106589", "type": "Payment"},
        path="/brm/payment/v4/payment/0.0.0.1+-item-payment+106589",
        query=[("@type", "Payment")],
        raw_query_parts=("%40type=Payment",),
        headers={"Authorization": "Bearer SECRET-oracle-bearer-token"},
    ),
    "wepay": Case(
        package="wepay",
        operation="list_payments",
        credentials={"app_id": "app-id-1234", "app_token": "SECRET-wepay-app-token"},
        secrets=("SECRET-wepay-app-token",),
        base_url=None,
        # Api-Version is passed explicitly here; its default is tested on its own
        # (test_wepay_api_version_header_defaults_to_3_0).
        kwargs={
            "api_version": "3.0",
            "page_size": 20,
            "create_time_start": 1510079535,
            "status": "pending",
            "unique_key": "uk-1",
        },
        path="/payments",
        query=[("page_size", "20"), ("create_time_start", "1510079535"), ("status", "pending")],
        headers={
            "Api-Version": "3.0",
            "Unique-Key": "uk-1",
            "App-Id": "app-id-1234",
            "App-Token": "SECRET-wepay-app-token",
        },
    ),
}

DEFAULT_HOSTS = {
    "activeplatform_v1": "http://billing.activeplatform.com",
    "wepay": "https://api.wepay.com",
}


# -- spec examples --------------------------------------------------------------------------


def the_operation(name: str) -> tuple[str, str, dict[str, Any]]:
    """(path template, method, operation object) of the spec's single operation."""
    ((path, item),) = spec(name)["paths"].items()
    ((method, operation),) = ((m, o) for m, o in item.items() if m in {"get", "post"})
    return path, method, operation


def response_examples(name: str) -> list[tuple[str, str, str, Any]]:
    """Every response example: (status, schema name, example name, value)."""
    found = []
    for status, response in the_operation(name)[2]["responses"].items():
        for media in (response.get("content") or {}).values():
            schema = media["schema"]["$ref"].rsplit("/", 1)[-1]
            for example_name, example in (media.get("examples") or {}).items():
                found.append((str(status), schema, example_name, example["value"]))
    return found


def success_example(name: str) -> Any:
    ((value,),) = [[v] for status, _, _, v in response_examples(name) if status.startswith("2")]
    return copy.deepcopy(value)


ALL_EXAMPLES = [
    pytest.param(name, status, schema, value, id=f"{name}-{status}-{example}")
    for name in PACKAGES
    for status, schema, example, value in response_examples(name)
]

# -- mock transport and clients -------------------------------------------------------------


Responder = Callable[[httpx.Request, int], httpx.Response]


class Server:
    """A mock server: records each request, answers with `responder(request, call_number)`."""

    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responder(request, len(self.requests))

    @property
    def calls(self) -> int:
        return len(self.requests)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def answer(body: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> Responder:
    def respond(request: httpx.Request, call: int) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return respond


def example_answer(name: str) -> Responder:
    return answer(success_example(name))


def make_client(name: str, server: Server, *, asynchronous: bool = False, **overrides: Any) -> Any:
    """A Client (or AsyncClient) on a mock transport whose `_sleep` records instead of sleeping."""
    case = CASES[name]
    kwargs: dict[str, Any] = dict(case.credentials)
    if case.base_url is not None:
        kwargs["base_url"] = case.base_url
    kwargs.update(overrides)
    kwargs = {key: value for key, value in kwargs.items() if value is not MISSING}
    transport = httpx.MockTransport(server)
    delays: list[float] = []
    if asynchronous:
        client = pkg(name).AsyncClient(
            httpx_client=httpx.AsyncClient(transport=transport), **kwargs
        )

        async def record_async(seconds: float) -> None:
            delays.append(seconds)

        client._sleep = record_async
    else:
        client = pkg(name).Client(httpx_client=httpx.Client(transport=transport), **kwargs)
        client._sleep = delays.append
    client.recorded_delays = delays
    return client


def call(client: Any, name: str, **extra: Any) -> Any:
    case = CASES[name]
    return getattr(client, case.operation)(**{**case.kwargs, **extra})


def raw_call(client: Any, name: str, **extra: Any) -> Any:
    case = CASES[name]
    return getattr(client.with_raw_response, case.operation)(**{**case.kwargs, **extra})


def error_class(module: ModuleType, status: int) -> type:
    """The class in `module.errors` the client raises for `status`."""
    found: type = module.errors.BY_STATUS[500 if status >= 500 else status]
    assert issubclass(found, module.ApiError)
    return found


# -- the request each operation sends --------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_request_method_path_query_headers(name: str) -> None:
    case = CASES[name]
    server = Server(example_answer(name))
    call(make_client(name, server), name)

    assert server.calls == 1
    request = server.last
    assert request.method == "GET"
    assert request.url.raw_path.decode("ascii").split("?")[0] == case.path
    assert request.url.params.multi_items() == case.query
    raw_query = request.url.query.decode("ascii")
    for part in case.raw_query_parts:
        assert part in raw_query.split("&")
    for header, value in case.headers.items():
        assert request.headers[header] == value
    assert request.headers["Accept"] == "application/json" or "json" in request.headers["Accept"]
    assert request.content == b""
    base = httpx.URL(case.base_url or DEFAULT_HOSTS[name])
    assert (request.url.scheme, request.url.host, request.url.port) == (
        base.scheme,
        base.host,
        base.port,
    )


@pytest.mark.parametrize("name", PACKAGES)
def test_user_agent_names_package_and_version(name: str) -> None:
    server = Server(example_answer(name))
    call(make_client(name, server), name)
    user_agent = server.last.headers["User-Agent"]
    assert user_agent.startswith(f"{name}/{pkg(name).__version__}")
    assert pkg(name).__version__ == str(spec(name)["info"]["x-client-version"])
    assert pkg(name).API_VERSION == str(spec(name)["info"]["version"])


def test_activeplatform_v1_api_token_in_query() -> None:
    server = Server(example_answer("activeplatform_v1"))
    call(make_client("activeplatform_v1", server), "activeplatform_v1")
    assert server.last.url.params["api_token"] == "SECRET-v1-token-654321"
    assert "Authorization" not in server.last.headers
    assert str(server.last.url).startswith(
        "http://billing.activeplatform.com/api/vendor/v1/payments/2007039.json?"
    )


def test_activeplatform_v3_token_header_and_comma_list() -> None:
    server = Server(example_answer("activeplatform_v3"))
    client = make_client("activeplatform_v3", server)
    models = pkg("activeplatform_v3").models
    client.get_payment(
        reseller_id=7,
        payment_id=9714,
        include=[models.GetPaymentIncludeItem.INVOICES, "orders", "account"],
    )
    assert server.last.url.query == b"include=invoices,orders,account"
    assert server.last.headers["X-Api-Token"] == "SECRET-v3-vY5fwetestK3gJXZH5uHCw"
    assert "api_token" not in server.last.url.params
    client.get_payment(reseller_id=7, payment_id=9714)
    assert server.last.url.query == b""


def test_wepay_app_id_and_token_headers() -> None:
    server = Server(example_answer("wepay"))
    call(make_client("wepay", server), "wepay")
    assert server.last.headers["App-Id"] == "app-id-1234"
    assert server.last.headers["App-Token"] == "SECRET-wepay-app-token"
    assert str(server.last.url).startswith("https://api.wepay.com/payments?")


def test_wepay_api_version_header_defaults_to_3_0() -> None:
    """Api-Version is required with the single allowed value "3.0": callers need not pass it.
    page_size is optional: its default (10) is the server's, so it is not sent."""
    server = Server(example_answer("wepay"))
    make_client("wepay", server).list_payments()
    assert server.last.headers["Api-Version"] == "3.0"
    assert server.last.url.params.multi_items() == []


def test_oracle_bearer_header_and_fields_comma_list() -> None:
    server = Server(example_answer("oracle_brm"))
    make_client("oracle_brm", server).get_payment(
        id="0.0.0.1+-item-payment+84530", fields=["id", "status", "totalAmount"]
    )
    assert server.last.headers["Authorization"] == "Bearer SECRET-oracle-bearer-token"
    assert server.last.url.query == b"fields=id,status,totalAmount"


@pytest.mark.parametrize(
    "payment_id",
    [
        "0.0.0.1+-item-payment+106589",
        "0.0.0.1+-item-payment+84530",
        "a/b",
        "a,b",
        "../admin",
        "x?y=1#z",
        "with space%20and%",
        "ünï",
    ],
)
def test_oracle_path_ids_reach_the_server_unchanged(payment_id: str) -> None:
    server = Server(example_answer("oracle_brm"))
    make_client("oracle_brm", server).get_payment(id=payment_id)
    raw_path = server.last.url.raw_path.decode("ascii")
    prefix = "/brm/payment/v4/payment/"
    assert raw_path.startswith(prefix)
    segment = raw_path[len(prefix) :]
    assert "/" not in segment and "?" not in segment and "#" not in segment and "," not in segment
    assert unquote(segment) == payment_id
    assert server.last.url.query == b""
    if "+" in payment_id:
        assert segment == payment_id  # `+` arrives as `+`, not %2B and not a space


@settings(max_examples=200, deadline=None)
@given(payment_id=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(lambda s: s.strip(".") != ""))
def test_oracle_any_path_id_reaches_the_server_unchanged(payment_id: str) -> None:
    server = Server(example_answer("oracle_brm"))
    make_client("oracle_brm", server).get_payment(id=payment_id)
    raw_path = server.last.url.raw_path.decode("ascii")
    prefix = "/brm/payment/v4/payment/"
    assert raw_path.startswith(prefix)
    segment = raw_path[len(prefix) :]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert segment.strip(".") != ""
    assert unquote(segment) == payment_id
    assert server.last.url.query == b""


@pytest.mark.parametrize("payment_id", [".", "..", "..."])
def test_oracle_dot_segment_ids_are_refused_before_sending(payment_id: str) -> None:
    """Servers resolve `.` and `..` as relative paths even when percent-encoded."""
    server = Server(example_answer("oracle_brm"))
    with pytest.raises(ValueError, match="path segment"):
        make_client("oracle_brm", server).get_payment(id=payment_id)
    assert server.calls == 0


def test_oracle_empty_path_id_is_refused_before_sending() -> None:
    """An empty id would turn `/payment/{id}` into the collection path `/payment/`."""
    server = Server(example_answer("oracle_brm"))
    with pytest.raises(ValueError, match="id"):
        make_client("oracle_brm", server).get_payment(id="")
    assert server.calls == 0


@settings(max_examples=200, deadline=None)
@given(value=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_wepay_any_query_value_reaches_the_server_unchanged(value: str) -> None:
    server = Server(example_answer("wepay"))
    make_client("wepay", server).list_payments(api_version="3.0", owner_id=value, page=value)
    assert server.last.url.params.get_list("owner_id") == [value]
    assert server.last.url.params.get_list("page") == [value]
    assert server.last.url.raw_path.startswith(b"/payments?")


@pytest.mark.parametrize("name", PACKAGES)
def test_async_client_sends_the_same_request(name: str) -> None:
    sync_server, async_server = Server(example_answer(name)), Server(example_answer(name))
    sync_result = call(make_client(name, sync_server), name)

    async def main() -> Any:
        return await call(make_client(name, async_server, asynchronous=True), name)

    async_result = asyncio.run(main())
    assert async_result == sync_result
    sync_request, async_request = sync_server.last, async_server.last
    assert async_request.method == sync_request.method
    assert async_request.url.raw_path == sync_request.url.raw_path
    for header in [*CASES[name].headers, "User-Agent", "Accept"]:
        assert async_request.headers[header] == sync_request.headers[header]


# -- OAuth 1.0a, checked by oauthlib's server-side functions ----------------------------------


def oauth_server_request(request: httpx.Request, **changes: Any) -> Any:
    """The request as an oauthlib provider sees it; `changes` tamper with uri/method/body."""
    from oauthlib.common import Request as OAuthRequest
    from oauthlib.oauth1.rfc5849 import signature

    uri = changes.get("uri", str(request.url))
    method = changes.get("http_method", request.method)
    body = changes.get("body", request.content.decode() or None)
    headers = dict(request.headers)
    oauth_request = OAuthRequest(uri, http_method=method, body=body, headers=headers)
    params = signature.collect_parameters(
        uri_query=oauth_request.uri_query,
        body=oauth_request.body,
        headers=oauth_request.headers,
        exclude_oauth_signature=False,
    )
    oauth_request.signature = dict(params)["oauth_signature"]
    oauth_request.params = [(k, v) for k, v in params if k != "oauth_signature"]
    oauth_request.oauth_params = [(k, v) for k, v in params if k.startswith("oauth_")]
    return oauth_request


def test_elance_oauth1_signature_verifies_and_rejects_tampering() -> None:
    from oauthlib.oauth1.rfc5849 import signature

    creds = CASES["elance"].credentials
    server = Server(example_answer("elance"))
    client = make_client("elance", server)
    client.get_payment(id=10396168)
    client.get_payment(id=10396168)
    first, second = server.requests

    authorization = first.headers["Authorization"]
    assert authorization.startswith("OAuth ")
    oauth = dict(oauth_server_request(first).oauth_params)
    assert oauth["oauth_consumer_key"] == creds["consumer_key"]
    assert oauth["oauth_token"] == creds["token"]
    assert oauth["oauth_signature_method"] == "HMAC-SHA1"
    assert oauth["oauth_version"] == "1.0"
    assert abs(int(oauth["oauth_timestamp"]) - datetime.now(UTC).timestamp()) < 600
    second_oauth = dict(oauth_server_request(second).oauth_params)
    assert second_oauth["oauth_nonce"] != oauth["oauth_nonce"]  # fresh per send
    for secret in CASES["elance"].secrets:
        assert secret not in authorization

    secrets = {
        "client_secret": creds["consumer_secret"],
        "resource_owner_secret": creds["token_secret"],
    }
    assert signature.verify_hmac_sha1(oauth_server_request(first), **secrets)
    assert signature.verify_hmac_sha1(oauth_server_request(second), **secrets)

    tampered_uri = str(first.url).replace("id=10396168", "id=10396169")
    assert not signature.verify_hmac_sha1(oauth_server_request(first, uri=tampered_uri), **secrets)
    other_host = str(first.url).replace("api.elance.com", "evil.example.com")
    assert not signature.verify_hmac_sha1(oauth_server_request(first, uri=other_host), **secrets)
    assert not signature.verify_hmac_sha1(
        oauth_server_request(first, http_method="POST"), **secrets
    )
    assert not signature.verify_hmac_sha1(
        oauth_server_request(first),
        client_secret="wrong",
        resource_owner_secret=creds["token_secret"],
    )
    assert not signature.verify_hmac_sha1(
        oauth_server_request(first),
        client_secret=creds["consumer_secret"],
        resource_owner_secret="wrong",
    )


def test_elance_oauth1_signature_covers_extra_query() -> None:
    from oauthlib.oauth1.rfc5849 import signature

    creds = CASES["elance"].credentials
    server = Server(example_answer("elance"))
    client = make_client("elance", server).with_options(extra_query={"trace": "a,b c"})
    client.get_payment(id=5)
    assert server.last.url.params["trace"] == "a,b c"
    assert signature.verify_hmac_sha1(
        oauth_server_request(server.last),
        client_secret=creds["consumer_secret"],
        resource_owner_secret=creds["token_secret"],
    )


# -- a second validator: openapi-core against the spec --------------------------------------


class OpenAPIRequest:
    """An httpx.Request seen through openapi-core's `Request` protocol."""

    def __init__(self, request: httpx.Request, servers: list[str]) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        url = request.url
        host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        default_port = {"http": 80, "https": 443}[url.scheme]
        # httpx drops a default port (`:80`) that a spec's server URL may spell out.
        if url.port is None and any(s.startswith(f"{host_url}:{default_port}") for s in servers):
            host_url += f":{default_port}"
        self.host_url = host_url
        self.path = url.raw_path.decode("ascii").split("?")[0]
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(url.params.multi_items()),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("Content-Type", "")
        self.body = request.content or None

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path


@cache
def openapi(name: str) -> Any:
    from openapi_core import OpenAPI

    if name == "elance":
        # OpenAPI has no OAuth 1.0a type, so the spec declares `type: http, scheme: OAuth`.
        # openapi-core 0.23 compares the header's lower-cased auth type with the scheme as
        # spelt (`"oauth" != "OAuth"`) and reports "Security not found". The scheme is
        # lower-cased for this validator only (HTTP auth schemes are case-insensitive), so
        # it still checks that `Authorization: OAuth ...` is sent; it cannot check the
        # signature, which oauthlib verifies in test_elance_oauth1_signature_*.
        document = copy.deepcopy(spec(name))
        document["components"]["securitySchemes"]["elanceOAuth1"]["scheme"] = "oauth"
        return OpenAPI.from_dict(document)
    return OpenAPI.from_file_path(str(SPECS / f"{name}.yaml"))


def validate_with_openapi_core(name: str, request: httpx.Request) -> None:
    servers = [server["url"] for server in spec(name).get("servers", [])]
    openapi(name).validate_request(OpenAPIRequest(request, servers))


VALIDATION_CALLS = [
    pytest.param("elance", {}, id="elance"),
    pytest.param("activeplatform_v1", {}, id="activeplatform_v1"),
    pytest.param("activeplatform_v3", {}, id="activeplatform_v3-include"),
    pytest.param(
        "activeplatform_v3",
        {"include": ["invoices", "orders", "account", "payment_method", "reseller", "charges"]},
        id="activeplatform_v3-include-all",
    ),
    pytest.param("oracle_brm", {}, id="oracle_brm"),
    pytest.param("oracle_brm", {"type": "PaymentOracle", "fields": None}, id="oracle_brm-oracle"),
    pytest.param("wepay", {}, id="wepay"),
    pytest.param(
        "wepay",
        {
            "page": "QVFQNUFB",
            "page_size": 50,
            "create_time_end": 1510080179,
            "minimum_amount": 1,
            "maximum_amount": 99999,
            "owner_id": "be2b42e5",
            "payment_method_type": "payment_bank_ca",
            "payment_method_id": "00000000-6363",
            "reference_id": "dfeb052b",
            "expand": "payment_method",
        },
        id="wepay-every-parameter",
    ),
]


@pytest.mark.parametrize(("name", "extra"), VALIDATION_CALLS)
def test_openapi_core_accepts_the_request(name: str, extra: dict[str, Any]) -> None:
    server = Server(example_answer(name))
    call(make_client(name, server), name, **extra)
    validate_with_openapi_core(name, server.last)


def drop_header(header: str) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        del request.headers[header]
        return request

    return mutate


def replace_url(old: str, new: str) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        request.url = httpx.URL(str(request.url).replace(old, new))
        return request

    return mutate


def set_param(key: str, value: str) -> Callable[[httpx.Request], httpx.Request]:
    def mutate(request: httpx.Request) -> httpx.Request:
        request.url = request.url.copy_set_param(key, value)
        return request

    return mutate


@pytest.mark.parametrize(
    ("name", "mutate"),
    [
        pytest.param("elance", drop_header("Authorization"), id="elance-no-oauth"),
        pytest.param("elance", replace_url("id=10396168", "id=ten"), id="elance-id-not-int"),
        pytest.param("activeplatform_v1", replace_url("api_token=", "token="), id="v1-no-token"),
        pytest.param("activeplatform_v3", drop_header("X-Api-Token"), id="v3-no-token"),
        pytest.param("activeplatform_v3", replace_url("orders", "ordrs"), id="v3-bad-include"),
        pytest.param("oracle_brm", drop_header("Authorization"), id="oracle-no-bearer"),
        pytest.param("oracle_brm", set_param("@type", "Pay"), id="oracle-bad-type"),
        pytest.param("wepay", drop_header("App-Token"), id="wepay-no-app-token"),
        pytest.param("wepay", drop_header("Api-Version"), id="wepay-no-api-version"),
        pytest.param("wepay", replace_url("page_size=20", "page_size=51"), id="wepay-page-size"),
    ],
)
def test_openapi_core_rejects_a_tampered_request(
    name: str, mutate: Callable[[httpx.Request], httpx.Request]
) -> None:
    """The adapter is not vacuous: the validator notices what the client must not omit."""
    server = Server(example_answer(name))
    call(make_client(name, server), name)
    request = mutate(server.last)
    with pytest.raises(Exception, match="(?i)error|valid|security|missing|not found"):
        validate_with_openapi_core(name, request)


# -- typed results for the specs' examples -----------------------------------------------------


def success_schema(name: str) -> str:
    ((schema,),) = [[s] for status, s, _, _ in response_examples(name) if status.startswith("2")]
    return schema


def assert_success(name: str, result: Any) -> None:
    """A decoded success body (the detailed field checks are in CHECKS)."""
    assert not isinstance(result, BaseException), repr(result)
    assert isinstance(result, getattr(pkg(name).models, success_schema(name)))
    assert comparable_json(result.to_dict()) == comparable_json(
        success_example(name)
    )


@pytest.mark.parametrize("name", PACKAGES)
def test_example_response_is_typed(name: str) -> None:
    server = Server(example_answer(name))
    CHECKS[name](call(make_client(name, server), name), pkg(name).models)


@pytest.mark.parametrize("name", PACKAGES)
def test_example_response_is_typed_async(name: str) -> None:
    server = Server(example_answer(name))

    async def main() -> Any:
        async with make_client(name, server, asynchronous=True) as client:
            return await call(client, name)

    CHECKS[name](asyncio.run(main()), pkg(name).models)


@pytest.mark.parametrize(("name", "status", "schema", "example"), ALL_EXAMPLES)
def test_example_round_trips(name: str, status: str, schema: str, example: Any) -> None:
    model = getattr(pkg(name).models, schema)
    decoded = model.from_dict(copy.deepcopy(example))
    encoded = decoded.to_dict()
    assert comparable_json(encoded) == comparable_json(example)
    # Plain JSON, nothing left typed but money, which stays an exact Decimal number.
    assert json.loads(pkg(name).runtime.json_text(encoded), parse_float=Decimal) == encoded
    assert model.from_dict(encoded) == decoded


@pytest.mark.parametrize("name", PACKAGES)
def test_raw_response(name: str) -> None:
    body = json.dumps(success_example(name)).encode()
    server = Server(
        answer(body, headers={"X-Request-Id": "req-1", "Content-Type": "application/json"})
    )
    client = make_client(name, server)
    raw = raw_call(client, name)
    assert isinstance(raw, pkg(name).RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.content == body
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.status_code == 200
    assert raw.parsed == call(client, name)

    async def main() -> Any:
        async with make_client(name, server, asynchronous=True) as async_client:
            return await getattr(async_client.with_raw_response, CASES[name].operation)(**CASES[name].kwargs)

    async_raw = asyncio.run(main())
    assert isinstance(async_raw, pkg(name).RawResponse)
    assert (async_raw.status_code, async_raw.content) == (200, body)
    assert async_raw.headers["X-Request-Id"] == "req-1"
    assert async_raw.parsed == raw.parsed
    assert_success(name, raw.parsed)


# -- errors -------------------------------------------------------------------------------------


def documented_errors() -> list[Any]:
    params = []
    for name in PACKAGES:
        for status, response in the_operation(name)[2]["responses"].items():
            if str(status).startswith("2"):
                continue
            media = next(iter((response.get("content") or {}).values()), {})
            schema = media.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1] or None
            examples = [e["value"] for e in (media.get("examples") or {}).values()]
            if str(status) == "default":
                body = {"api": "pay/getPayment", "apiVersion": 1, "rcode": 0, "errors": ["bad id"]}
                for code in (400, 500):
                    params.append(
                        pytest.param(
                            name, str(status), code, schema, body, id=f"{name}-default-{code}"
                        )
                    )
            else:
                body = examples[0] if examples else {}
                params.append(
                    pytest.param(
                        name, str(status), int(status), schema, body, id=f"{name}-{status}"
                    )
                )
    return params


@pytest.mark.parametrize(("name", "documented", "status", "schema", "body"), documented_errors())
def test_documented_error_raises_typed_exception(
    name: str, documented: str, status: int, schema: str | None, body: Any
) -> None:
    module = pkg(name)
    content = json.dumps(body).encode()
    server = Server(
        answer(content, status, {"X-Request-Id": "req-err", "Content-Type": "application/json"})
    )
    client = make_client(name, server)
    with pytest.raises(module.ApiError) as caught:
        call(client, name)
    exc = caught.value
    assert type(exc) is not module.ApiError, f"{status} is documented: expected a subclass"
    if documented != "default":
        assert type(exc) is error_class(module, status)
    assert exc.status_code == status
    assert exc.headers["X-Request-Id"] == "req-err"
    assert exc.body == content
    assert schema is not None
    assert isinstance(exc.error, getattr(module.models, schema))
    assert exc.error.to_dict() == body
    assert str(status) in str(exc)


@pytest.mark.parametrize("name", PACKAGES)
def test_documented_error_with_unexpected_body_keeps_raw_body(name: str) -> None:
    module = pkg(name)
    server = Server(answer(b"<html>Bad gateway</html>", 400))
    with pytest.raises(module.ApiError) as caught:
        call(make_client(name, server), name)
    assert caught.value.status_code == 400
    assert caught.value.body == b"<html>Bad gateway</html>"
    assert getattr(caught.value, "error", None) is None


@pytest.mark.parametrize("name", PACKAGES)
def test_undocumented_status_raises_plain_api_error(name: str) -> None:
    """Without a `default` response that is ApiError itself; with one, its own subclass."""
    module = pkg(name)
    has_default = any(str(s) == "default" for s in the_operation(name)[2]["responses"])
    expected = module.errors.UnexpectedStatusError if has_default else module.ApiError
    server = Server(answer({"teapot": True}, 418, {"X-Request-Id": "tea"}))
    with pytest.raises(module.ApiError) as caught:
        call(make_client(name, server), name)
    exc = caught.value
    assert type(exc) is expected
    assert exc.status_code == 418
    assert exc.headers["X-Request-Id"] == "tea"
    assert json.loads(exc.body) == {"teapot": True}
    assert "418" in str(exc)
    assert server.calls == 1


def corrupt(name: str) -> tuple[Any, str, str]:
    """The success example with one value of the wrong type deep inside: (body, model, path)."""
    body = success_example(name)
    if name == "elance":
        body["data"]["payment"]["date"] = "2011-06-01"
        return body, "GetPaymentResponse", "data.payment.date"
    if name == "activeplatform_v1":
        body["created_at"] = 1475567537
        return body, "Payment", "created_at"
    if name == "activeplatform_v3":
        body["data"]["attributes"]["total"] = 715.76
        return body, "PaymentDocument", "data.attributes.total"
    if name == "oracle_brm":
        body["totalAmount"]["value"] = "ten"
        return body, "Payment", "totalAmount.value"
    body["results"][1]["owner"]["id"] = 42
    return body, "PaymentCollection", "results[1].owner.id"


@pytest.mark.parametrize("name", PACKAGES)
def test_malformed_body_raises_decode_error_naming_model_and_path(name: str) -> None:
    module = pkg(name)
    body, model, path = corrupt(name)
    server = Server(answer(body))
    with pytest.raises(module.DecodeError) as caught:
        call(make_client(name, server), name)
    message = str(caught.value)
    assert f"{model}.{path}" in message
    assert server.calls == 1


def test_missing_required_field_is_named() -> None:
    module = pkg("elance")
    body = success_example("elance")
    del body["data"]["bidDetails"]["jobId"]
    server = Server(answer(body))
    with pytest.raises(module.DecodeError) as caught:
        call(make_client("elance", server), "elance")
    assert "GetPaymentResponse.data.bidDetails.jobId" in str(caught.value)
    assert "missing" in str(caught.value)


@pytest.mark.parametrize("content", [b"<html>not json</html>", b"", b'{"truncated": '])
@pytest.mark.parametrize("name", PACKAGES)
def test_non_json_success_body_raises_decode_error(name: str, content: bytes) -> None:
    module = pkg(name)
    server = Server(answer(content, 200, {"Content-Type": "text/html"}))
    with pytest.raises(module.DecodeError):
        call(make_client(name, server), name)


@pytest.mark.parametrize("content", [b"<html>not json</html>", b"", b'{"truncated": '])
def test_non_json_decode_error_says_so(content: bytes) -> None:
    """The body is not JSON; it is not a JSON null, and the message must not say it is."""
    module = pkg("wepay")
    server = Server(answer(content, 200, {"Content-Type": "text/html"}))
    with pytest.raises(module.DecodeError) as caught:
        call(make_client("wepay", server), "wepay")
    assert "json" in str(caught.value).lower()
    assert "null" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "kind"), [([1, 2], "array"), ({"a": 1}, "object"), (None, "null"), (True, "boolean")]
)
def test_decode_error_names_the_wrong_kind_once(value: Any, kind: str) -> None:
    module = pkg("wepay")
    body = success_example("wepay")
    body["results"][0]["owner"]["id"] = value
    server = Server(answer(body))
    with pytest.raises(module.DecodeError) as caught:
        call(make_client("wepay", server), "wepay")
    message = str(caught.value)
    assert "PaymentCollection.results[0].owner.id" in message
    assert f"got {kind}" in message
    assert f"{kind} {kind}" not in message  # e.g. not "got array array"


# -- constraints checked before sending --------------------------------------------------------


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("page_size", 0), ("page_size", 51), ("create_time_start", -1), ("create_time_end", -1)],
)
def test_wepay_out_of_range_parameters_are_refused_before_sending(
    parameter: str, value: int
) -> None:
    server = Server(example_answer("wepay"))
    client = make_client("wepay", server)
    with pytest.raises(ValueError, match=parameter):
        call(client, "wepay", **{parameter: value})
    with pytest.raises(ValueError, match=parameter):
        list(client.list_payments_iter(**{**CASES["wepay"].kwargs, parameter: value}))
    assert server.calls == 0


@pytest.mark.parametrize(
    ("parameter", "value"), [("page_size", 1), ("page_size", 50), ("create_time_start", 0)]
)
def test_wepay_boundary_values_are_accepted(parameter: str, value: int) -> None:
    server = Server(example_answer("wepay"))
    call(make_client("wepay", server), "wepay", **{parameter: value})
    assert server.last.url.params[parameter] == str(value)


# -- credentials ----------------------------------------------------------------------------------


CREDENTIAL_PARAMS = [
    pytest.param(name, credential, id=f"{name}-{credential}")
    for name in PACKAGES
    for credential in CASES[name].credentials
]


def variable(name: str, argument: str) -> str:
    return f"{name}_{argument}".upper()


@pytest.mark.parametrize(("name", "credential"), CREDENTIAL_PARAMS)
def test_missing_credential_is_refused_at_construction(
    name: str, credential: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(variable(name, credential), raising=False)
    server = Server(example_answer(name))
    with pytest.raises(pkg(name).CredentialsError) as refused:
        make_client(name, server, **{credential: MISSING})
    assert str(refused.value) == f"missing credentials: pass {credential} (or ${variable(name, credential)})"
    assert isinstance(refused.value, pkg(name).ClientError) and server.calls == 0


@pytest.mark.parametrize("name", PACKAGES)
def test_credentials_come_from_the_environment(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[name]
    for argument, value in case.credentials.items():
        monkeypatch.setenv(variable(name, argument), value)
    server = Server(example_answer(name))
    absent = {argument: MISSING for argument in case.credentials}
    assert_success(name, call(make_client(name, server, **absent), name))
    assert server.calls == 1
    # An argument wins over its variable; an empty variable counts as unset.
    first = next(iter(case.credentials))
    monkeypatch.setenv(variable(name, first), "")
    with pytest.raises(pkg(name).CredentialsError, match=first):
        make_client(name, server, **absent)


@pytest.mark.parametrize(("name", "credential"), CREDENTIAL_PARAMS)
def test_empty_credential_is_a_value_error(name: str, credential: str) -> None:
    server = Server(example_answer(name))
    with pytest.raises(ValueError, match=credential):
        make_client(name, server, **{credential: ""})
    assert server.calls == 0


# -- secrets --------------------------------------------------------------------------------------


def provoke_logs_and_errors(name: str) -> tuple[list[str], Any]:
    """Repr, a retried 503 then an error, a decode error: every text the client shows."""
    responses = iter([503, 401 if name == "elance" else 418])

    def respond(request: httpx.Request, number: int) -> httpx.Response:
        status = next(responses, 200)
        return httpx.Response(status, json={"message": "nope"})

    server = Server(respond)
    client = make_client(name, server)
    texts = [
        repr(client),
        repr(client.with_options(timeout=3)),
        str(client.__dict__.get("_options")),
    ]
    with pytest.raises(pkg(name).ApiError) as caught:
        call(client, name)
    texts += [str(caught.value), repr(caught.value)]
    server.responder = answer(corrupt(name)[0])
    with pytest.raises(pkg(name).DecodeError) as decode_error:
        call(client, name)
    texts += [str(decode_error.value), repr(decode_error.value)]
    return texts, caught.value


@pytest.mark.parametrize("name", PACKAGES)
def test_secrets_not_in_repr_errors_or_package_logs(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts, api_error = provoke_logs_and_errors(name)
    own_logs = [r.getMessage() for r in caplog.records if r.name.split(".")[0] == name]
    assert own_logs, "the package logs its requests"
    for secret in CASES[name].secrets:
        for text in texts + own_logs:
            assert secret not in text
    if name == "activeplatform_v1":
        assert "api_token=***" in str(api_error)
        assert all("api_token=***" in text for text in own_logs)


@pytest.mark.parametrize("name", PACKAGES)
def test_secrets_not_in_any_log_record(name: str, caplog: pytest.LogCaptureFixture) -> None:
    """Including httpx's own `HTTP Request: GET <url>` INFO record, which shows the URL."""
    caplog.set_level(logging.DEBUG)
    provoke_logs_and_errors(name)
    for record in caplog.records:
        for secret in CASES[name].secrets:
            assert secret not in record.getMessage(), f"logger {record.name!r} shows a secret"


# -- retries --------------------------------------------------------------------------------------


def statuses_then_example(
    name: str, *statuses: int, headers: dict[str, str] | None = None
) -> Responder:
    def respond(request: httpx.Request, number: int) -> httpx.Response:
        if number <= len(statuses):
            return httpx.Response(statuses[number - 1], json={}, headers=headers)
        return httpx.Response(200, json=success_example(name))

    return respond


def run_call(
    name: str, server: Server, asynchronous: bool, **options: Any
) -> tuple[Any, list[float]]:
    """Calls the operation once (sync or async); returns (result or exception, delays)."""
    client = make_client(name, server, asynchronous=asynchronous, **options)

    async def main() -> Any:
        return await call(client, name)

    try:
        result = asyncio.run(main()) if asynchronous else call(client, name)
    except Exception as error:  # returned for the caller to inspect
        result = error
    return result, client.recorded_delays


MODES = [pytest.param(False, id="sync"), pytest.param(True, id="async")]


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_get_retried_on_503_then_succeeds(name: str, asynchronous: bool) -> None:
    server = Server(statuses_then_example(name, 503))
    result, delays = run_call(name, server, asynchronous)
    assert_success(name, result)
    assert server.calls == 2
    assert len(delays) == 1 and 0 < delays[0] <= 8


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_default_max_retries_is_two(name: str, asynchronous: bool) -> None:
    server = Server(statuses_then_example(name, 503, 502, 503, 503))
    result, delays = run_call(name, server, asynchronous)
    assert isinstance(result, pkg(name).ApiError) and result.status_code == 503
    assert server.calls == 3
    assert len(delays) == 2
    assert all(0 < d <= 8 for d in delays)


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_retry_after_header_sets_the_delay(name: str, asynchronous: bool) -> None:
    server = Server(statuses_then_example(name, 429, headers={"Retry-After": "3"}))
    result, delays = run_call(name, server, asynchronous)
    assert_success(name, result)
    assert server.calls == 2
    assert delays == [3]


@pytest.mark.parametrize("status", [400, 401, 404])
@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_client_errors_are_not_retried(name: str, asynchronous: bool, status: int) -> None:
    server = Server(statuses_then_example(name, status, status, status))
    result, delays = run_call(name, server, asynchronous)
    assert isinstance(result, pkg(name).ApiError) and result.status_code == status
    assert server.calls == 1
    assert delays == []


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_max_retries_zero_disables_retries(name: str, asynchronous: bool) -> None:
    server = Server(statuses_then_example(name, 503))
    result, delays = run_call(name, server, asynchronous, max_retries=0)
    assert isinstance(result, pkg(name).ApiError) and result.status_code == 503
    assert server.calls == 1 and delays == []


@pytest.mark.parametrize("name", PACKAGES)
def test_with_options_max_retries(name: str) -> None:
    server = Server(statuses_then_example(name, 503, 503, 503, 503, 503))
    client = make_client(name, server)
    with pytest.raises(pkg(name).ApiError):
        call(client.with_options(max_retries=0), name)
    assert server.calls == 1
    server.requests.clear()
    server.responder = statuses_then_example(name, 503, 503, 503, 503)
    assert_success(name, call(client.with_options(max_retries=4), name))
    assert server.calls == 5


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("name", PACKAGES)
def test_connection_errors_retried_then_raised(name: str, asynchronous: bool) -> None:
    def refuse(request: httpx.Request, number: int) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    server = Server(refuse)
    result, delays = run_call(name, server, asynchronous)
    runtime = importlib.import_module(f"{name}.runtime")
    assert type(result) is runtime.ApiConnectionError and isinstance(result, runtime.ClientError)
    assert isinstance(result.__cause__, httpx.ConnectError)
    assert str(result).endswith(" failed: connection refused")
    assert not any(secret in str(result) for secret in CASES[name].secrets)
    assert server.calls == 3 and len(delays) == 2

    recovering = Server(
        lambda request, number: (
            refuse(request, number)
            if number == 1
            else httpx.Response(200, json=success_example(name))
        )
    )
    result, delays = run_call(name, recovering, asynchronous)
    assert_success(name, result)
    assert recovering.calls == 2 and len(delays) == 1


# -- per-call options --------------------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_with_options_reach_the_request(name: str) -> None:
    server = Server(example_answer(name))
    client = make_client(name, server)
    tuned = client.with_options(
        timeout=7.5, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "a,b"}
    )
    call(tuned, name)
    request = server.last
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["debug"] == "a,b"
    for key, value in CASES[name].query:
        assert (key, value) in request.url.params.multi_items()
    assert request.extensions["timeout"] == httpx.Timeout(7.5).as_dict()
    for header, value in CASES[name].headers.items():
        assert request.headers[header] == value

    call(client, name)  # the original client is unchanged
    assert "X-Trace" not in server.last.headers
    assert "debug" not in server.last.url.params
    # Without a timeout of its own the client keeps the injected httpx client's (httpx: 5 s).
    assert server.last.extensions["timeout"] == httpx.Timeout(5.0).as_dict()


@pytest.mark.parametrize("name", PACKAGES)
def test_constructor_timeout_reaches_the_request(name: str) -> None:
    server = Server(example_answer(name))
    call(make_client(name, server, timeout=httpx.Timeout(2.0, connect=1.0)), name)
    assert server.last.extensions["timeout"] == httpx.Timeout(2.0, connect=1.0).as_dict()


# -- WePay pagination ------------------------------------------------------------------------------


def wepay_pages() -> tuple[Responder, list[list[str]]]:
    """Three pages; `next` is an opaque path with its own query, null on the last page."""
    example = success_example("wepay")
    item = example["results"][0]
    ids = [["p1-a", "p1-b"], ["p2-a", "p2-b"], ["p3-a"]]
    nexts = ["/payments?page=TOKEN-2&page_size=2", "/payments?page=TOKEN%2F3", None]

    def respond(request: httpx.Request, number: int) -> httpx.Response:
        page = {None: 0, "TOKEN-2": 1, "TOKEN/3": 2}[request.url.params.get("page")]
        body = dict(example, next=nexts[page], results=[dict(item, id=i) for i in ids[page]])
        return httpx.Response(200, json=body)

    return respond, ids


def check_wepay_page_requests(server: Server, pages: int) -> None:
    assert server.calls == pages
    first = server.requests[0]
    assert first.url.params.multi_items() == CASES["wepay"].query
    if pages >= 2:
        second = server.requests[1]
        assert second.url.raw_path == b"/payments?page=TOKEN-2&page_size=2"
    if pages >= 3:
        assert server.requests[2].url.params.multi_items() == [("page", "TOKEN/3")]
    for request in server.requests:
        assert request.url.host == "api.wepay.com"
        for header, value in CASES["wepay"].headers.items():
            assert request.headers[header] == value


def test_wepay_pagination_follows_next_until_null() -> None:
    respond, ids = wepay_pages()
    server = Server(respond)
    pager = make_client("wepay", server).list_payments_iter(**CASES["wepay"].kwargs)
    items = list(pager)
    assert [p.id for p in items] == [i for page in ids for i in page]
    assert all(isinstance(p, pkg("wepay").models.Payment) for p in items)
    check_wepay_page_requests(server, 3)

    server.requests.clear()
    pages = list(pager.pages())
    assert [[p.id for p in page.results] for page in pages] == ids
    assert pages[-1].next is None
    check_wepay_page_requests(server, 3)


def test_wepay_pagination_limit() -> None:
    respond, ids = wepay_pages()
    server = Server(respond)
    pager = make_client("wepay", server).list_payments_iter(**CASES["wepay"].kwargs)
    # limit(n) counts items: the second page is fetched only when the third item is wanted.
    assert [p.id for p in pager.limit(1)] == ids[0][:1]
    check_wepay_page_requests(server, 1)
    server.requests.clear()
    assert [p.id for p in pager.limit(2)] == ids[0]
    check_wepay_page_requests(server, 1)
    server.requests.clear()
    assert [p.id for p in pager.limit(3)] == ids[0] + ids[1][:1]
    check_wepay_page_requests(server, 2)
    server.requests.clear()
    assert list(pager.limit(0)) == [] and server.calls == 0
    assert len(list(pager.pages(max_pages=1))) == 1
    assert server.calls == 1


def test_wepay_pagination_resumes_from_a_saved_cursor() -> None:
    respond, ids = wepay_pages()
    server = Server(respond)
    pager = make_client("wepay", server).list_payments_iter(**CASES["wepay"].kwargs)
    first_page = pager.limit(2)
    assert first_page.next_cursor is None
    assert [p.id for p in first_page] == ids[0]
    saved = first_page.next_cursor
    assert saved == "/payments?page=TOKEN-2&page_size=2"
    server.requests.clear()
    rest = pager.resume(saved)
    assert [p.id for p in rest] == ids[1] + ids[2]
    assert server.requests[0].url.raw_path == b"/payments?page=TOKEN-2&page_size=2"
    for header, value in CASES["wepay"].headers.items():
        assert server.requests[0].headers[header] == value
    assert rest.next_cursor is None and server.calls == 2

    async def resume_async() -> list[str]:
        client = make_client("wepay", server, asynchronous=True)
        resumed = client.list_payments_iter(**CASES["wepay"].kwargs).resume(saved)
        return [p.id async for p in resumed]

    assert asyncio.run(resume_async()) == ids[1] + ids[2]


def test_wepay_pagination_is_lazy() -> None:
    respond, ids = wepay_pages()
    server = Server(respond)
    pager = make_client("wepay", server).list_payments_iter(**CASES["wepay"].kwargs)
    assert server.calls == 0
    iterator = iter(pager)
    next(iterator)
    assert server.calls == 1


def test_wepay_pagination_async() -> None:
    respond, ids = wepay_pages()
    server = Server(respond)

    async def main() -> None:
        client = make_client("wepay", server, asynchronous=True)
        pager = client.list_payments_iter(**CASES["wepay"].kwargs)
        every = [p.id async for p in pager]
        assert every == [i for page in ids for i in page]
        check_wepay_page_requests(server, 3)
        server.requests.clear()
        first = [p async for p in pager.limit(1)]
        assert all(isinstance(p, pkg("wepay").models.Payment) for p in first)
        assert [p.id for p in first] == ids[0][:1] and server.calls == 1
        server.requests.clear()
        pages = [[p.id for p in page.results] async for page in pager.pages()]
        assert pages == ids
        check_wepay_page_requests(server, 3)
        server.requests.clear()
        assert [p.id async for p in pager.limit(3)] == ids[0] + ids[1][:1]
        check_wepay_page_requests(server, 2)

    asyncio.run(main())


def test_wepay_pagination_retries_a_page() -> None:
    respond, ids = wepay_pages()

    def flaky(request: httpx.Request, number: int) -> httpx.Response:
        return httpx.Response(503) if number == 2 else respond(request, number)

    server = Server(flaky)
    client = make_client("wepay", server)
    assert len(list(client.list_payments_iter(**CASES["wepay"].kwargs))) == 5
    assert server.calls == 4 and len(client.recorded_delays) == 1


# -- ActivePlatform v3: JSON:API -------------------------------------------------------------------


def test_activeplatform_v3_jsonapi_document() -> None:
    module = pkg("activeplatform_v3")
    models = module.models
    server = Server(example_answer("activeplatform_v3"))
    document = call(make_client("activeplatform_v3", server), "activeplatform_v3")

    relationships = document.data.relationships
    assert isinstance(relationships, models.PaymentRelationships)
    assert isinstance(relationships.orders, models.ToManyRelationship)
    assert [(r.id, r.type) for r in relationships.orders.data] == [("14759", "prolong_orders")]
    assert relationships.invoices.data == []
    assert [r.id for r in relationships.corrections.data] == ["32", "34", "35"]
    assert isinstance(relationships.account, models.ToOneRelationship)
    assert isinstance(relationships.account.data, models.ResourceIdentifier)
    assert (relationships.account.data.id, relationships.account.data.type) == ("1349", "accounts")
    assert relationships.reseller.data.id == "1"

    assert isinstance(document.included, list) and len(document.included) == 5
    assert all(isinstance(r, models.IncludedResource) for r in document.included)
    assert document.included[0].attributes == {}

    (account,) = document.related("account")
    assert isinstance(account, models.IncludedResource)
    assert (account.id, account.type) == ("1349", "accounts")
    assert [r.id for r in document.related("orders")] == ["14759"]
    assert [r.type for r in document.related("charges")] == ["charges"]
    assert document.related("invoices") == []
    assert document.related("corrections") == []  # not included by the server
    assert document.related("no_such_relationship") == []


def test_activeplatform_v3_null_to_one_and_included_relationships() -> None:
    models = pkg("activeplatform_v3").models
    body = success_example("activeplatform_v3")
    body["data"]["relationships"]["payment_method"] = {"data": None}
    body["included"][1]["relationships"] = {
        "orders": {"data": [{"id": "14759", "type": "prolong_orders"}]},
        "account": {"data": {"id": "1349", "type": "accounts"}},
        "owner": {"data": None},
    }
    server = Server(answer(body))
    document = call(make_client("activeplatform_v3", server), "activeplatform_v3")
    assert document.data.relationships.payment_method.data is None
    assert document.related("payment_method") == []
    included_relationships = document.included[1].relationships
    assert isinstance(included_relationships["orders"], models.ToManyRelationship)
    assert isinstance(included_relationships["account"], models.ToOneRelationship)
    assert included_relationships["owner"].data is None
    assert comparable_json(document.to_dict()) == comparable_json(body)


# -- Oracle: polymorphism -------------------------------------------------------------------------


def test_oracle_cash_payment_method_is_the_cash_subclass() -> None:
    models = pkg("oracle_brm").models
    server = Server(example_answer("oracle_brm"))
    payment = call(make_client("oracle_brm", server), "oracle_brm")
    method = payment.payment_method
    assert type(method) is models.Cash
    assert isinstance(method, models.PaymentMethodRefOrValue)
    assert isinstance(method.details, models.CashDetails)
    assert method.details.receipt_date.utcoffset() == timedelta(hours=-7)
    assert method.additional_properties == {}


@pytest.mark.parametrize(
    ("tag", "expected"), [("PaymentMethodRef", "PaymentMethodRef"), ("Check", "Check")]
)
def test_oracle_other_documented_payment_method_types(tag: str, expected: str) -> None:
    models = pkg("oracle_brm").models
    body = success_example("oracle_brm")
    body["paymentMethod"]["@type"] = tag
    del body["paymentMethod"]["details"]
    body["paymentMethod"]["@referredType"] = "bankCard" if tag == "PaymentMethodRef" else None
    server = Server(answer(body))
    payment = call(make_client("oracle_brm", server), "oracle_brm")
    assert type(payment.payment_method) is getattr(models, expected)
    assert payment.to_dict() == body


def test_oracle_unknown_payment_method_type_falls_back_to_the_base_class() -> None:
    models = pkg("oracle_brm").models
    body = success_example("oracle_brm")
    body["paymentMethod"]["@type"] = "Voucher"
    body["paymentMethod"]["voucherCode"] = "V-1"
    server = Server(answer(body))
    payment = call(make_client("oracle_brm", server), "oracle_brm")
    method = payment.payment_method
    assert type(method) is models.PaymentMethodRefOrValue
    assert method.type == "Voucher"
    assert method.name == "Cash" and method.base_type == "PaymentMethodRefOrValue"
    assert method.additional_properties == {
        "details": body["paymentMethod"]["details"],
        "voucherCode": "V-1",
    }
    assert payment.to_dict() == body


def test_oracle_payment_oracle_response() -> None:
    models = pkg("oracle_brm").models
    assert hasattr(models, "PaymentOracle"), "the spec defines PaymentOracle"
    body = success_example("oracle_brm")
    body["@type"] = "PaymentOracle"
    body["oracleExtension"] = {"ledger": "L-7"}
    server = Server(answer(body))
    payment = call(make_client("oracle_brm", server), "oracle_brm", type="PaymentOracle")
    assert server.last.url.params["@type"] == "PaymentOracle"
    assert type(payment) is models.PaymentOracle
    assert isinstance(payment, models.Payment)
    assert payment.additional_properties == {"oracleExtension": {"ledger": "L-7"}}
    assert payment.total_amount.value == 10.0
    assert comparable_json(payment.to_dict()) == comparable_json(body)


def test_oracle_payment_without_type_is_a_base_payment() -> None:
    models = pkg("oracle_brm").models
    body = success_example("oracle_brm")
    del body["@type"]
    payment = models.Payment.from_dict(body)
    assert type(payment) is models.Payment
    assert payment.type is pkg("oracle_brm").UNSET
    assert "@type" not in payment.to_dict()


# -- package surface --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_package_exports(name: str) -> None:
    module = pkg(name)
    for export in [
        "Client",
        "AsyncClient",
        "errors",
        "models",
        "UNSET",
        "ApiError",
        "DecodeError",
        "RawResponse",
    ]:
        assert hasattr(module, export), export
        assert export in module.__all__
    assert issubclass(module.DecodeError, Exception)
    assert repr(module.UNSET) == "UNSET" and not module.UNSET


@pytest.mark.parametrize("name", PACKAGES)
def test_error_classes_are_api_errors(name: str) -> None:
    module = pkg(name)
    root = getattr(module, f"{''.join(w.title() for w in name.split('_'))}Error")
    assert root is module.errors.ClientError is module.ClientError
    classes = [cls for cls in vars(module.errors).values() if isinstance(cls, type) and issubclass(cls, Exception)]
    assert classes and all(issubclass(cls, root) for cls in classes)
    assert all(issubclass(cls, module.ApiError) for cls in module.errors.BY_STATUS.values())
    for exported in module.errors.__all__:  # every error class is importable from the top level
        assert getattr(module, exported) is getattr(module.errors, exported)


