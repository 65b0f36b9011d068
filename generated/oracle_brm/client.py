# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API."""

from __future__ import annotations

import httpx

from . import errors, operations
from . import runtime as _rt
from .runtime.http_auth import HttpBearer

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v4"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "oracle_brm/2.0.0 httpx/" + httpx.__version__


def _credentials(
    *,
    bearer: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if bearer is not None:
        found["bearerAuth"] = HttpBearer(_rt.require("bearer", bearer))
    return found


class _Operations:
    """The operations of the API: one attribute each, shared by Client and AsyncClient."""

    get_payment = _rt.Endpoint(operations.get_payment)


class Client(_Operations, _rt.SyncClient):
    """Synchronous client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API.

    Args:
        bearer: Bearer token, sent in the `Authorization` header.
        base_url: Where the API lives, e.g. http://{host}:{port}/brm/payment/{version}.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.Client` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        bearer: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(bearer=bearer),
            httpx_client,
        )


class AsyncClient(_Operations, _rt.AsyncClient):
    """Asynchronous client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API.

    Args:
        bearer: Bearer token, sent in the `Authorization` header.
        base_url: Where the API lives, e.g. http://{host}:{port}/brm/payment/{version}.
        timeout: Seconds (or an `httpx.Timeout`) per request; 60 s, 5 s to connect, by default.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        httpx_client: An `httpx.AsyncClient` to send with (e.g. with a mock transport); the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS

    def __init__(
        self,
        *,
        bearer: str,
        base_url: str,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            _rt.Options(base_url=base_url, timeout=timeout, max_retries=max_retries),
            _credentials(bearer=bearer),
            httpx_client,
        )
