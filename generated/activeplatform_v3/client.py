# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the ActivePlatform API v3 - Get payment API.

Each operation is a method of both, with its real signature and docstring.
`client.with_raw_response.get_payment(...)` answers with the whole `RawResponse`
(status, headers, and the body parsed only when `parsed` is read) instead of the parsed body.
"""

from __future__ import annotations


import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyHeader

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v3"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "activeplatform_v3/2.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL: str | None = "https://test.activeplatform.com"
"""The spec's first server, its variables at their defaults (None: the spec names none)."""
ENVIRONMENTS: dict[str, str] = {}
"""The servers the spec lists, by the name `environment=` picks them with."""


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


_CREDENTIAL_HINTS: dict[str, str] = {
    "apiTokenHeader": "api_token_header (or $ACTIVEPLATFORM_V3_API_TOKEN_HEADER)",
}
_REQUIRED_CREDENTIALS: dict[str, str] = {
    "api_token_header": "ACTIVEPLATFORM_V3_API_TOKEN_HEADER",
}


class Client(_rt.SyncClient):
    """Synchronous client for the ActivePlatform API v3 - Get payment API.

    Args:
        api_token_header: API key, sent in the `X-Api-Token` header. Read from `$ACTIVEPLATFORM_V3_API_TOKEN_HEADER` when not given.
        base_url: Where the API lives (default: $ACTIVEPLATFORM_V3_BASE_URL, else https://test.activeplatform.com).
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
        api_token_header: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        api_token_header = _rt.from_environment(
            api_token_header, "ACTIVEPLATFORM_V3_API_TOKEN_HEADER"
        )
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "api_token_header": api_token_header,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ACTIVEPLATFORM_V3_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(api_token_header=api_token_header),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return ClientWithRawResponse(self)

    def get_payment(
        self,
        *,
        reseller_id: int,
        payment_id: int,
        include: list[models.GetPaymentIncludeItem | str] | None = None,
    ) -> models.PaymentDocument:
        """Get payment

        The Get payment method returns payment details of the current reseller or any of its downstream resellers.

        `GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`

        Args:
            reseller_id: ID of the current reseller or of one of its downstream resellers.
            payment_id: Payment ID.
            include: Comma-separated list of related objects to return in the "included" array (JSON:API compound document).

        Returns `models.PaymentDocument`.
        """
        return self.send(
            operations.get_payment(reseller_id=reseller_id, payment_id=payment_id, include=include)
        ).parsed


class ClientWithRawResponse:
    """`Client`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_payment(
        self,
        *,
        reseller_id: int,
        payment_id: int,
        include: list[models.GetPaymentIncludeItem | str] | None = None,
    ) -> _rt.RawResponse[models.PaymentDocument]:
        """Get payment

        The Get payment method returns payment details of the current reseller or any of its downstream resellers.

        `GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`

        Args:
            reseller_id: ID of the current reseller or of one of its downstream resellers.
            payment_id: Payment ID.
            include: Comma-separated list of related objects to return in the "included" array (JSON:API compound document).

        Returns the `RawResponse`, whose `parsed` is `models.PaymentDocument`.
        """
        return self._client.send(
            operations.get_payment(reseller_id=reseller_id, payment_id=payment_id, include=include)
        )


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the ActivePlatform API v3 - Get payment API.

    Args:
        api_token_header: API key, sent in the `X-Api-Token` header. Read from `$ACTIVEPLATFORM_V3_API_TOKEN_HEADER` when not given.
        base_url: Where the API lives (default: $ACTIVEPLATFORM_V3_BASE_URL, else https://test.activeplatform.com).
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
        api_token_header: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        api_token_header = _rt.from_environment(
            api_token_header, "ACTIVEPLATFORM_V3_API_TOKEN_HEADER"
        )
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "api_token_header": api_token_header,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ACTIVEPLATFORM_V3_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(api_token_header=api_token_header),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return AsyncClientWithRawResponse(self)

    async def get_payment(
        self,
        *,
        reseller_id: int,
        payment_id: int,
        include: list[models.GetPaymentIncludeItem | str] | None = None,
    ) -> models.PaymentDocument:
        """Get payment

        The Get payment method returns payment details of the current reseller or any of its downstream resellers.

        `GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`

        Args:
            reseller_id: ID of the current reseller or of one of its downstream resellers.
            payment_id: Payment ID.
            include: Comma-separated list of related objects to return in the "included" array (JSON:API compound document).

        Returns `models.PaymentDocument`.
        """
        return (
            await self.send(
                operations.get_payment(
                    reseller_id=reseller_id, payment_id=payment_id, include=include
                )
            )
        ).parsed


class AsyncClientWithRawResponse:
    """`AsyncClient`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_payment(
        self,
        *,
        reseller_id: int,
        payment_id: int,
        include: list[models.GetPaymentIncludeItem | str] | None = None,
    ) -> _rt.RawResponse[models.PaymentDocument]:
        """Get payment

        The Get payment method returns payment details of the current reseller or any of its downstream resellers.

        `GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`

        Args:
            reseller_id: ID of the current reseller or of one of its downstream resellers.
            payment_id: Payment ID.
            include: Comma-separated list of related objects to return in the "included" array (JSON:API compound document).

        Returns the `RawResponse`, whose `parsed` is `models.PaymentDocument`.
        """
        return await self._client.send(
            operations.get_payment(reseller_id=reseller_id, payment_id=payment_id, include=include)
        )
