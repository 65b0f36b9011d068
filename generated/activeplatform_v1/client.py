# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the ActivePlatform Vendor API v1 - Get Payment Info by ID API.

Each operation is a method of both, with its real signature and docstring.
`client.with_raw_response.get_payment(...)` answers with the whole `RawResponse`
(status, headers, and the body parsed only when `parsed` is read) instead of the parsed body.
"""

from __future__ import annotations


import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyQuery

__version__ = "1.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v1"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "activeplatform_v1/1.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL: str | None = "http://billing.activeplatform.com:80"
"""The spec's first server, its variables at their defaults (None: the spec names none)."""
ENVIRONMENTS: dict[str, str] = {}
"""The servers the spec lists, by the name `environment=` picks them with."""


def _credentials(
    *,
    api_token: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if api_token is not None:
        found["apiToken"] = ApiKeyQuery("api_token", _rt.require("api_token", api_token))
    return found


_CREDENTIAL_HINTS: dict[str, str] = {
    "apiToken": "api_token (or $ACTIVEPLATFORM_V1_API_TOKEN)",
}
_REQUIRED_CREDENTIALS: dict[str, str] = {
    "api_token": "ACTIVEPLATFORM_V1_API_TOKEN",
}


class Client(_rt.SyncClient):
    """Synchronous client for the ActivePlatform Vendor API v1 - Get Payment Info by ID API.

    Args:
        api_token: API key, sent as the `api_token` query parameter. Read from `$ACTIVEPLATFORM_V1_API_TOKEN` when not given.
        base_url: Where the API lives (default: $ACTIVEPLATFORM_V1_BASE_URL, else http://billing.activeplatform.com:80).
        timeout: Seconds (or an `httpx.Timeout`) per request; by default 60 s, 5 s to connect, or the `httpx_client`'s own.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        lenient: Decode answers that do not fit their model anyway: missing fields UNSET, ill-typed values as received, a warning logged once per field.
        httpx_client: An `httpx.Client` to send with, its headers, params, auth, timeout and event hooks applying; the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS
    _credential_hints = _CREDENTIAL_HINTS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        api_token = _rt.from_environment(api_token, "ACTIVEPLATFORM_V1_API_TOKEN")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "api_token": api_token,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ACTIVEPLATFORM_V1_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(api_token=api_token),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return ClientWithRawResponse(self)

    def get_payment(
        self,
        *,
        id: int,
    ) -> models.Payment:
        """Get Payment Info by ID

        The Get Payment Info by ID method returns payment's details by given payment ID.

        `GET /api/vendor/v1/payments/{id}.json`

        Args:
            id: A payment ID.

        Returns `models.Payment`.
        """
        return self.send(operations.get_payment(id=id)).parsed


class ClientWithRawResponse:
    """`Client`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_payment(
        self,
        *,
        id: int,
    ) -> _rt.RawResponse[models.Payment]:
        """Get Payment Info by ID

        The Get Payment Info by ID method returns payment's details by given payment ID.

        `GET /api/vendor/v1/payments/{id}.json`

        Args:
            id: A payment ID.

        Returns the `RawResponse`, whose `parsed` is `models.Payment`.
        """
        return self._client.send(operations.get_payment(id=id))


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the ActivePlatform Vendor API v1 - Get Payment Info by ID API.

    Args:
        api_token: API key, sent as the `api_token` query parameter. Read from `$ACTIVEPLATFORM_V1_API_TOKEN` when not given.
        base_url: Where the API lives (default: $ACTIVEPLATFORM_V1_BASE_URL, else http://billing.activeplatform.com:80).
        timeout: Seconds (or an `httpx.Timeout`) per request; by default 60 s, 5 s to connect, or the `httpx_client`'s own.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        lenient: Decode answers that do not fit their model anyway: missing fields UNSET, ill-typed values as received, a warning logged once per field.
        httpx_client: An `httpx.AsyncClient` to send with, its headers, params, auth, timeout and event hooks applying; the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS
    _credential_hints = _CREDENTIAL_HINTS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        api_token = _rt.from_environment(api_token, "ACTIVEPLATFORM_V1_API_TOKEN")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "api_token": api_token,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ACTIVEPLATFORM_V1_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(api_token=api_token),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return AsyncClientWithRawResponse(self)

    async def get_payment(
        self,
        *,
        id: int,
    ) -> models.Payment:
        """Get Payment Info by ID

        The Get Payment Info by ID method returns payment's details by given payment ID.

        `GET /api/vendor/v1/payments/{id}.json`

        Args:
            id: A payment ID.

        Returns `models.Payment`.
        """
        return (await self.send(operations.get_payment(id=id))).parsed


class AsyncClientWithRawResponse:
    """`AsyncClient`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_payment(
        self,
        *,
        id: int,
    ) -> _rt.RawResponse[models.Payment]:
        """Get Payment Info by ID

        The Get Payment Info by ID method returns payment's details by given payment ID.

        `GET /api/vendor/v1/payments/{id}.json`

        Args:
            id: A payment ID.

        Returns the `RawResponse`, whose `parsed` is `models.Payment`.
        """
        return await self._client.send(operations.get_payment(id=id))
