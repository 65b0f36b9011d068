# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the Elance Developer API - pay/getPayment API."""

from __future__ import annotations

import httpx

from . import errors, operations
from . import runtime as _rt
from .runtime.oauth1 import OAuth1HmacSha1

__version__ = "1.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "1"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "elance/1.0.0 httpx/" + httpx.__version__


def _credentials(
    *,
    consumer_key: str | None,
    consumer_secret: str | None,
    token: str | None,
    token_secret: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if (
        consumer_key is not None
        and consumer_secret is not None
        and token is not None
        and token_secret is not None
    ):
        found["elanceOAuth1"] = OAuth1HmacSha1(
            _rt.require("consumer_key", consumer_key),
            _rt.require("consumer_secret", consumer_secret),
            _rt.require("token", token),
            _rt.require("token_secret", token_secret),
        )
    return found


class _Operations:
    """The operations of the API: one attribute each, shared by Client and AsyncClient."""

    get_payment = _rt.Endpoint(operations.get_payment)


class Client(_Operations, _rt.SyncClient):
    """Synchronous client for the Elance Developer API - pay/getPayment API.

    Args:
        consumer_key: OAuth 1.0a consumer key, used to sign every request with HMAC-SHA1.
        consumer_secret: OAuth 1.0a consumer secret, used to sign every request with HMAC-SHA1.
        token: OAuth 1.0a token, used to sign every request with HMAC-SHA1.
        token_secret: OAuth 1.0a token secret, used to sign every request with HMAC-SHA1.
        base_url: Where the API lives, e.g. {scheme}://api.elance.com/api.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.Client` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        consumer_key: str,
        consumer_secret: str,
        token: str,
        token_secret: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(
                consumer_key=consumer_key,
                consumer_secret=consumer_secret,
                token=token,
                token_secret=token_secret,
            ),
            httpx_client,
        )


class AsyncClient(_Operations, _rt.AsyncClient):
    """Asynchronous client for the Elance Developer API - pay/getPayment API.

    Args:
        consumer_key: OAuth 1.0a consumer key, used to sign every request with HMAC-SHA1.
        consumer_secret: OAuth 1.0a consumer secret, used to sign every request with HMAC-SHA1.
        token: OAuth 1.0a token, used to sign every request with HMAC-SHA1.
        token_secret: OAuth 1.0a token secret, used to sign every request with HMAC-SHA1.
        base_url: Where the API lives, e.g. {scheme}://api.elance.com/api.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.AsyncClient` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        consumer_key: str,
        consumer_secret: str,
        token: str,
        token_secret: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(
                consumer_key=consumer_key,
                consumer_secret=consumer_secret,
                token=token,
                token_secret=token_secret,
            ),
            httpx_client,
        )
