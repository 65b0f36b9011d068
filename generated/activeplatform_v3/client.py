# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the ActivePlatform API v3 - Get payment API."""

from __future__ import annotations

import httpx

from . import errors, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyHeader

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v3"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "activeplatform_v3/2.0.0 httpx/" + httpx.__version__


def _credentials(
    *,
    api_token_header: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if api_token_header is not None:
        found["apiTokenHeader"] = ApiKeyHeader(
            "X-Api-Token", _rt.require("api_token_header", api_token_header)
        )
    return found


class _Operations:
    """The operations of the API: one attribute each, shared by Client and AsyncClient."""

    get_payment = _rt.Endpoint(operations.get_payment)


class Client(_Operations, _rt.SyncClient):
    """Synchronous client for the ActivePlatform API v3 - Get payment API.

    Args:
        api_token_header: API key, sent in the `X-Api-Token` header.
        base_url: Where the API lives, e.g. {base_url}.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.Client` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        api_token_header: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(api_token_header=api_token_header),
            httpx_client,
        )


class AsyncClient(_Operations, _rt.AsyncClient):
    """Asynchronous client for the ActivePlatform API v3 - Get payment API.

    Args:
        api_token_header: API key, sent in the `X-Api-Token` header.
        base_url: Where the API lives, e.g. {base_url}.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.AsyncClient` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        api_token_header: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(api_token_header=api_token_header),
            httpx_client,
        )
