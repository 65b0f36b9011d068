# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the ActivePlatform Vendor API v1 - Get Payment Info by ID API."""

from __future__ import annotations

import httpx

from . import errors, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyQuery

__version__ = "1.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v1"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "activeplatform_v1/1.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL = "http://billing.activeplatform.com:80"


def _credentials(
    *,
    api_token: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if api_token is not None:
        found["apiToken"] = ApiKeyQuery("api_token", _rt.require("api_token", api_token))
    return found


class _Operations:
    """The operations of the API: one attribute each, shared by Client and AsyncClient."""

    get_payment = _rt.Endpoint(operations.get_payment)


class Client(_Operations, _rt.SyncClient):
    """Synchronous client for the ActivePlatform Vendor API v1 - Get Payment Info by ID API.

    Args:
        api_token: API key, sent as the `api_token` query parameter.
        base_url: Where the API lives (default: http://billing.activeplatform.com:80).
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.Client` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        api_token: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(api_token=api_token),
            httpx_client,
        )


class AsyncClient(_Operations, _rt.AsyncClient):
    """Asynchronous client for the ActivePlatform Vendor API v1 - Get Payment Info by ID API.

    Args:
        api_token: API key, sent as the `api_token` query parameter.
        base_url: Where the API lives (default: http://billing.activeplatform.com:80).
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.AsyncClient` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        api_token: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(api_token=api_token),
            httpx_client,
        )
