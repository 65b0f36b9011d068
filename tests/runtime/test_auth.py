"""Credentials (`auth`, `api_key`, `http_auth`, `oauth1`): each applies itself to an
`httpx.Request` as its scheme says, and never shows a secret in `repr()` or httpx's logs.

OAuth 1.0a signatures are checked twice, independently of the code under test: by
oauthlib's server side (`SignatureOnlyEndpoint`) and by recomputing HMAC-SHA1 per RFC 5849.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import time
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import httpx
import pytest
from oauthlib.oauth1 import RequestValidator, SignatureOnlyEndpoint

from generator.runtime.api_key import ApiKeyCookie, ApiKeyHeader, ApiKeyQuery
from generator.runtime.auth import Credential, require
from generator.runtime.exceptions import ClientError, CredentialsError
from generator.runtime.http_auth import HttpBasic, HttpBearer
from generator.runtime.oauth1 import OAuth1HmacSha1

CONSUMER_KEY, CONSUMER_SECRET = "consumer-key-public", "consumer-SECRET-1"
TOKEN, TOKEN_SECRET = "token-public", "token-SECRET-2"


def get(url: str = "https://api.test/v1/payments", **kwargs: Any) -> httpx.Request:
    return httpx.Request("GET", url, **kwargs)


def oauth() -> OAuth1HmacSha1:
    return OAuth1HmacSha1(CONSUMER_KEY, CONSUMER_SECRET, TOKEN, TOKEN_SECRET)


CREDENTIALS: list[tuple[Credential, tuple[str, ...]]] = [
    (ApiKeyHeader("X-Api-Token", "hdr-SECRET"), ("hdr-SECRET",)),
    (ApiKeyQuery("api_token", "qry-SECRET"), ("qry-SECRET",)),
    (ApiKeyCookie("session", "cookie-SECRET"), ("cookie-SECRET",)),
    (HttpBearer("bearer-SECRET"), ("bearer-SECRET",)),
    (HttpBasic("alice", "basic-SECRET"), ("basic-SECRET",)),
    (oauth(), (CONSUMER_SECRET, TOKEN_SECRET)),
]


# -- what every credential shares ----------------------------------------------------------


@pytest.mark.parametrize(("credential", "secrets"), CREDENTIALS)
def test_repr_never_shows_secrets(credential: Credential, secrets: tuple[str, ...]) -> None:
    assert credential.secrets == secrets
    assert repr(credential) == str(credential) == f"{type(credential).__name__}(***)"
    assert repr([credential]) == f"[{type(credential).__name__}(***)]"
    for secret in secrets:
        assert secret not in repr(credential)


def test_only_the_query_key_names_a_query_parameter() -> None:
    assert [c.query_parameter for c, _ in CREDENTIALS] == [
        None,
        "api_token",
        None,
        None,
        None,
        None,
    ]


def test_base_credential_applies_nothing() -> None:
    assert repr(Credential()) == "Credential(***)"
    with pytest.raises(NotImplementedError):
        Credential().apply(get())


def test_require() -> None:
    assert require("api_token", "abc") == "abc"
    for bad in ("", None, 5, b"abc"):
        with pytest.raises(CredentialsError) as error:  # under the root, and a ValueError
            require("api_token", bad)
        assert str(error.value) == "credential 'api_token' must be a non-empty string"
        assert isinstance(error.value, ClientError) and isinstance(error.value, ValueError)


# -- API keys ------------------------------------------------------------------------------


def test_api_key_header() -> None:
    request = get(headers={"X-Api-Token": "old", "Accept": "application/json"})
    applied = ApiKeyHeader("X-Api-Token", "hdr-SECRET").apply(request)
    assert applied is request
    assert request.headers.get_list("X-Api-Token") == ["hdr-SECRET"]
    assert request.headers["Accept"] == "application/json"
    assert "api_token" not in str(request.url)


@pytest.mark.parametrize(
    ("url", "raw_path"),
    [
        ("https://api.test/v1/payments", b"/v1/payments?api_token=qry-SECRET"),
        ("https://api.test/v1/payments?a=1&b=x,y", b"/v1/payments?a=1&b=x,y&api_token=qry-SECRET"),
    ],
)
def test_api_key_query_appends_to_the_query(url: str, raw_path: bytes) -> None:
    request = ApiKeyQuery("api_token", "qry-SECRET").apply(get(url))
    assert request.url.raw_path == raw_path
    assert "Authorization" not in request.headers


def test_api_key_query_encodes_the_secret() -> None:
    request = ApiKeyQuery("api token", "a/b+c d&e").apply(get())
    assert request.url.query == b"api%20token=a%2Fb%2Bc%20d%26e"
    assert request.url.params["api token"] == "a/b+c d&e"


def send_logged(credential: Credential, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Sends one request through a real `httpx.Client` (mock transport); httpx's log lines."""
    caplog.set_level(logging.DEBUG)
    with httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200))) as client:
        client.send(credential.apply(client.build_request("GET", "https://api.test/v1/p?x=1")))
    return [record.getMessage() for record in caplog.records if record.name == "httpx"]


def test_api_key_query_secret_is_redacted_in_httpx_logs(caplog: pytest.LogCaptureFixture) -> None:
    lines = send_logged(ApiKeyQuery("api_token", "qry-SECRET-777"), caplog)
    assert lines == ['HTTP Request: GET https://api.test/v1/p?x=1&api_token=*** "HTTP/1.1 200 OK"']
    assert all("qry-SECRET-777" not in record.getMessage() for record in caplog.records)


def test_api_key_query_secret_is_redacted_whole_when_another_is_its_prefix(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "prefix-SECRET-and-more"
    for length in range(10, len(secret)):  # other clients' secrets, each a prefix of this one
        ApiKeyQuery("api_token", secret[:length]).apply(get())
    lines = send_logged(ApiKeyQuery("api_token", secret), caplog)
    assert lines == ['HTTP Request: GET https://api.test/v1/p?x=1&api_token=*** "HTTP/1.1 200 OK"']


def test_api_key_query_secret_is_redacted_when_percent_encoded(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "s3cr/t+k3y w=="
    lines = send_logged(ApiKeyQuery("api_token", secret), caplog)
    assert lines == ['HTTP Request: GET https://api.test/v1/p?x=1&api_token=*** "HTTP/1.1 200 OK"']
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert quote(secret, safe="") not in record.getMessage()


def test_api_key_cookie() -> None:
    request = ApiKeyCookie("session", "cookie-SECRET").apply(get())
    assert request.headers["Cookie"] == "session=cookie-SECRET"
    request = ApiKeyCookie("session", "cookie-SECRET").apply(get(headers={"Cookie": "lang=en"}))
    assert request.headers["Cookie"] == "lang=en; session=cookie-SECRET"


# -- HTTP authentication -------------------------------------------------------------------


def test_http_bearer() -> None:
    request = HttpBearer("bearer-SECRET").apply(get(headers={"Authorization": "old"}))
    assert request.headers.get_list("Authorization") == ["Bearer bearer-SECRET"]


@pytest.mark.parametrize(("username", "password"), [("alice", "basic-SECRET"), ("zoë", "pä:ss")])
def test_http_basic(username: str, password: str) -> None:
    request = HttpBasic(username, password).apply(get())
    scheme, _, token = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    user, _, secret = base64.b64decode(token, validate=True).decode("utf-8").partition(":")
    assert (user, secret) == (username, password)


# -- OAuth 1.0a ----------------------------------------------------------------------------


class Provider(RequestValidator):
    """The server side of one consumer and one access token, as oauthlib asks for them."""

    def __init__(self) -> None:
        super().__init__()
        self.nonces: set[tuple[str, str]] = set()

    @property
    def enforce_ssl(self) -> bool:
        return True

    @property
    def dummy_client(self) -> str:
        return "dummy-client"

    @property
    def dummy_access_token(self) -> str:
        return "dummy-token"

    def check_client_key(self, client_key: str) -> bool:
        return client_key == CONSUMER_KEY

    def check_nonce(self, nonce: str) -> bool:
        return len(nonce) >= 20

    def validate_client_key(self, client_key: str, request: Any) -> bool:
        return client_key == CONSUMER_KEY

    def validate_timestamp_and_nonce(
        self,
        client_key: str,
        timestamp: Any,
        nonce: str,
        request: Any,
        request_token: str | None = None,
        access_token: str | None = None,
    ) -> bool:
        if (timestamp, nonce) in self.nonces:
            return False
        self.nonces.add((timestamp, nonce))
        return abs(int(timestamp) - time.time()) < 60

    def get_client_secret(self, client_key: str, request: Any) -> str:
        return CONSUMER_SECRET if client_key == CONSUMER_KEY else "dummy"

    def get_access_token_secret(self, client_key: str, token: str, request: Any) -> str:
        return TOKEN_SECRET if token == TOKEN else "dummy"


def verify(request: httpx.Request, **tamper: Any) -> bool:
    """What oauthlib's provider side says of the request as sent (or as tampered with)."""
    body = request.content.decode() if request.content else None
    valid, _ = SignatureOnlyEndpoint(Provider()).validate_request(
        tamper.get("uri", str(request.url)),
        http_method=tamper.get("method", request.method),
        body=tamper.get("body", body),
        headers=dict(request.headers),
    )
    return valid is True


def authorization(request: httpx.Request) -> dict[str, str]:
    scheme, _, params = request.headers["Authorization"].partition(" ")
    assert scheme == "OAuth"
    pairs = [item.strip().split("=", 1) for item in params.split(",")]
    return {unquote(key): unquote(value.strip('"')) for key, value in pairs}


def rfc5849_signature(request: httpx.Request, oauth_params: dict[str, str]) -> str:
    """HMAC-SHA1 of the signature base string, built as RFC 5849 section 3.4 describes."""

    def enc(text: str) -> str:
        return quote(text, safe="-._~")

    url = urlsplit(str(request.url))
    base_uri = f"{url.scheme}://{url.hostname}{url.path}"
    params = parse_qsl(url.query, keep_blank_values=True)
    if request.headers.get("Content-Type") == "application/x-www-form-urlencoded":
        params += parse_qsl(request.content.decode(), keep_blank_values=True)
    params += [(k, v) for k, v in oauth_params.items() if k not in ("oauth_signature", "realm")]
    normalized = "&".join(f"{k}={v}" for k, v in sorted((enc(k), enc(v)) for k, v in params))
    base = "&".join([request.method.upper(), enc(base_uri), enc(normalized)])
    key = f"{enc(CONSUMER_SECRET)}&{enc(TOKEN_SECRET)}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def test_oauth1_signs_a_get_with_query() -> None:
    request = oauth().apply(get("https://api.test/api/pay/getPayment?id=10396168&list=a,b"))
    assert verify(request)
    params = authorization(request)
    assert params["oauth_consumer_key"] == CONSUMER_KEY
    assert params["oauth_token"] == TOKEN
    assert params["oauth_signature_method"] == "HMAC-SHA1"
    assert params["oauth_version"] == "1.0"
    assert params["oauth_signature"] == rfc5849_signature(request, params)
    assert CONSUMER_SECRET not in request.headers["Authorization"]
    assert TOKEN_SECRET not in request.headers["Authorization"]


def test_oauth1_signs_form_bodies() -> None:
    request = httpx.Request(
        "POST",
        "https://api.test/api/pay/send?x=1",
        content=b"amount=10.50&note=a%20b",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    oauth().apply(request)
    assert verify(request)
    params = authorization(request)
    assert params["oauth_signature"] == rfc5849_signature(request, params)
    # The body is signed: another amount breaks the signature.
    assert not verify(request, body="amount=99.00&note=a%20b")


def test_oauth1_does_not_sign_json_bodies() -> None:
    request = httpx.Request("POST", "https://api.test/api/pay", json={"amount": "10.50"})
    oauth().apply(request)
    assert "oauth_body_hash" not in authorization(request)
    assert verify(request, body=None)
    params = authorization(request)
    assert params["oauth_signature"] == rfc5849_signature(request, params)


@pytest.mark.parametrize(
    "tamper",
    [
        {"uri": "https://api.test/api/pay/getPayment?id=10396169"},
        {"uri": "https://api.test/api/pay/getPayments?id=10396168"},
        {"method": "POST"},
    ],
)
def test_oauth1_signature_covers_method_path_and_query(tamper: dict[str, str]) -> None:
    request = oauth().apply(get("https://api.test/api/pay/getPayment?id=10396168"))
    assert verify(request)
    assert not verify(request, **tamper)


def test_oauth1_wrong_secret_is_refused() -> None:
    request = OAuth1HmacSha1(CONSUMER_KEY, "wrong", TOKEN, TOKEN_SECRET).apply(get())
    assert not verify(request)


def test_oauth1_fresh_nonce_per_send() -> None:
    credential = oauth()
    first = authorization(credential.apply(get()))
    second = authorization(credential.apply(get()))
    assert first["oauth_nonce"] != second["oauth_nonce"]
    assert abs(int(first["oauth_timestamp"]) - time.time()) < 60
