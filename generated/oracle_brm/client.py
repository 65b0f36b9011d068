# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API.

Each operation is a method of both, with its real signature and docstring.
`client.with_raw_response.get_payment(...)` answers with the whole `RawResponse`
(status, headers, and the body parsed only when `parsed` is read) instead of the parsed body.
"""

from __future__ import annotations

from typing import overload

import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.http_auth import HttpBearer

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "v4"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "oracle_brm/2.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL: str | None = "http://localhost:8080/brm/payment/v4"
"""The spec's first server, its variables at their defaults (None: the spec names none)."""
ENVIRONMENTS: dict[str, str] = {}
"""The servers the spec lists, by the name `environment=` picks them with."""


def _credentials(
    *,
    bearer: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if bearer is not None:
        found["bearerAuth"] = HttpBearer(_rt.require("bearer", bearer))
    return found


_CREDENTIAL_HINTS: dict[str, str] = {
    "bearerAuth": "bearer (or $ORACLE_BRM_BEARER)",
}
_REQUIRED_CREDENTIALS: dict[str, str] = {
    "bearer": "ORACLE_BRM_BEARER",
}


class Client(_rt.SyncClient):
    """Synchronous client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API.

    Args:
        bearer: Bearer token, sent in the `Authorization` header. Read from `$ORACLE_BRM_BEARER` when not given.
        base_url: Where the API lives (default: $ORACLE_BRM_BASE_URL, else http://localhost:8080/brm/payment/v4).
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
        bearer: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        bearer = _rt.from_environment(bearer, "ORACLE_BRM_BEARER")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "bearer": bearer,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ORACLE_BRM_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(bearer=bearer),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return ClientWithRawResponse(self)

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: None = None,
    ) -> models.Payment: ...

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str],
    ) -> models.ProjectedPayment: ...

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> models.Payment | models.ProjectedPayment: ...

    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> models.Payment | models.ProjectedPayment:
        """Get a Payment by ID

        Gets the specified payment.

        `GET /payment/{id}`

        Args:
            id: The ID of the payment to get.
            type: The type of object to return. Use @type=Payment for a base object, or @type=PaymentOracle for an extended object. Sent as `@type`.
            fields: The comma-separated list of fields to return in the response.

        Returns `models.Payment`, or `models.ProjectedPayment` when `fields` is passed; raises BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), MethodNotAllowedError (405), ConflictError (409), InternalServerError (500).
        """
        return self.send(operations.get_payment(id=id, type=type, fields=fields)).parsed


class ClientWithRawResponse:
    """`Client`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: None = None,
    ) -> _rt.RawResponse[models.Payment]: ...

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str],
    ) -> _rt.RawResponse[models.ProjectedPayment]: ...

    @overload
    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> _rt.RawResponse[models.Payment | models.ProjectedPayment]: ...

    def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> _rt.RawResponse[models.Payment | models.ProjectedPayment]:
        """Get a Payment by ID

        Gets the specified payment.

        `GET /payment/{id}`

        Args:
            id: The ID of the payment to get.
            type: The type of object to return. Use @type=Payment for a base object, or @type=PaymentOracle for an extended object. Sent as `@type`.
            fields: The comma-separated list of fields to return in the response.

        Returns the `RawResponse`, whose `parsed` is `models.Payment`, or `models.ProjectedPayment` when `fields` is passed; raises BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), MethodNotAllowedError (405), ConflictError (409), InternalServerError (500).
        """
        return self._client.send(operations.get_payment(id=id, type=type, fields=fields))


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API.

    Args:
        bearer: Bearer token, sent in the `Authorization` header. Read from `$ORACLE_BRM_BEARER` when not given.
        base_url: Where the API lives (default: $ORACLE_BRM_BASE_URL, else http://localhost:8080/brm/payment/v4).
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
        bearer: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        bearer = _rt.from_environment(bearer, "ORACLE_BRM_BEARER")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "bearer": bearer,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ORACLE_BRM_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(bearer=bearer),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return AsyncClientWithRawResponse(self)

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: None = None,
    ) -> models.Payment: ...

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str],
    ) -> models.ProjectedPayment: ...

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> models.Payment | models.ProjectedPayment: ...

    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> models.Payment | models.ProjectedPayment:
        """Get a Payment by ID

        Gets the specified payment.

        `GET /payment/{id}`

        Args:
            id: The ID of the payment to get.
            type: The type of object to return. Use @type=Payment for a base object, or @type=PaymentOracle for an extended object. Sent as `@type`.
            fields: The comma-separated list of fields to return in the response.

        Returns `models.Payment`, or `models.ProjectedPayment` when `fields` is passed; raises BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), MethodNotAllowedError (405), ConflictError (409), InternalServerError (500).
        """
        return (await self.send(operations.get_payment(id=id, type=type, fields=fields))).parsed


class AsyncClientWithRawResponse:
    """`AsyncClient`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: None = None,
    ) -> _rt.RawResponse[models.Payment]: ...

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str],
    ) -> _rt.RawResponse[models.ProjectedPayment]: ...

    @overload
    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> _rt.RawResponse[models.Payment | models.ProjectedPayment]: ...

    async def get_payment(
        self,
        *,
        id: str,
        type: models.GetPaymentType | str | None = None,
        fields: list[str] | None = None,
    ) -> _rt.RawResponse[models.Payment | models.ProjectedPayment]:
        """Get a Payment by ID

        Gets the specified payment.

        `GET /payment/{id}`

        Args:
            id: The ID of the payment to get.
            type: The type of object to return. Use @type=Payment for a base object, or @type=PaymentOracle for an extended object. Sent as `@type`.
            fields: The comma-separated list of fields to return in the response.

        Returns the `RawResponse`, whose `parsed` is `models.Payment`, or `models.ProjectedPayment` when `fields` is passed; raises BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), MethodNotAllowedError (405), ConflictError (409), InternalServerError (500).
        """
        return await self._client.send(operations.get_payment(id=id, type=type, fields=fields))
