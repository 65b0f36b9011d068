# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the WePay API - Get a collection of payments API."""

from __future__ import annotations

import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyHeader
from .runtime.pagination import Pages

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "3.0"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "wepay/2.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL = "https://api.wepay.com"


def _list_payments_items(page: models.PaymentCollection) -> list[models.Payment]:
    return page.results


def _list_payments_next(page: models.PaymentCollection) -> str | None | _rt.Unset:
    return page.next


def _credentials(
    *,
    app_id: str | None,
    app_token: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if app_id is not None:
        found["appIdAuth"] = ApiKeyHeader("App-Id", _rt.require("app_id", app_id))
    if app_token is not None:
        found["appTokenAuth"] = ApiKeyHeader("App-Token", _rt.require("app_token", app_token))
    return found


class _Operations:
    """The operations of the API: one attribute each, shared by Client and AsyncClient."""

    list_payments = _rt.Endpoint(operations.list_payments)
    list_payments_iter = Pages(operations.list_payments, _list_payments_items, _list_payments_next)


class Client(_Operations, _rt.SyncClient):
    """Synchronous client for the WePay API - Get a collection of payments API.

    Args:
        app_id: API key, sent in the `App-Id` header.
        app_token: API key, sent in the `App-Token` header.
        base_url: Where the API lives (default: https://api.wepay.com).
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.Client` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        app_id: str,
        app_token: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(app_id=app_id, app_token=app_token),
            httpx_client,
        )


class AsyncClient(_Operations, _rt.AsyncClient):
    """Asynchronous client for the WePay API - Get a collection of payments API.

    Args:
        app_id: API key, sent in the `App-Id` header.
        app_token: API key, sent in the `App-Token` header.
        base_url: Where the API lives (default: https://api.wepay.com).
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.AsyncClient` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        app_id: str,
        app_token: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(app_id=app_id, app_token=app_token),
            httpx_client,
        )
