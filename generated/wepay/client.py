# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the WePay API - Get a collection of payments API.

Each operation is a method of both, with its real signature and docstring.
`client.with_raw_response.list_payments(...)` answers with the whole `RawResponse`
(status, headers, and the body parsed only when `parsed` is read) instead of the parsed body.
"""

from __future__ import annotations

from typing import Literal

import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.api_key import ApiKeyHeader
from .runtime.pagination import AsyncPager, Paging, SyncPager

__version__ = "2.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "3.0"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "wepay/2.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL: str | None = "https://api.wepay.com"
"""The spec's first server, its variables at their defaults (None: the spec names none)."""
ENVIRONMENTS: dict[str, str] = {
    "production": "https://api.wepay.com",
    "stage": "https://stage-api.wepay.com",
}
"""The servers the spec lists, by the name `environment=` picks them with."""


def _list_payments_items(page: models.PaymentCollection) -> list[models.Payment]:
    return page.results


def _list_payments_next(page: models.PaymentCollection) -> str | None | _rt.Unset:
    return page.next


_LIST_PAYMENTS_PAGING = Paging(_list_payments_items, _list_payments_next)


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


_CREDENTIAL_HINTS: dict[str, str] = {
    "appIdAuth": "app_id (or $WEPAY_APP_ID)",
    "appTokenAuth": "app_token (or $WEPAY_APP_TOKEN)",
}
_REQUIRED_CREDENTIALS: dict[str, str] = {
    "app_id": "WEPAY_APP_ID",
    "app_token": "WEPAY_APP_TOKEN",
}


class Client(_rt.SyncClient):
    """Synchronous client for the WePay API - Get a collection of payments API.

    Args:
        app_id: API key, sent in the `App-Id` header. Read from `$WEPAY_APP_ID` when not given.
        app_token: API key, sent in the `App-Token` header. Read from `$WEPAY_APP_TOKEN` when not given.
        environment: Which server to use: `'production'` (https://api.wepay.com), `'stage'` (https://stage-api.wepay.com); the first by default.
        base_url: Where the API lives (default: $WEPAY_BASE_URL, else https://api.wepay.com).
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
        app_id: str | None = None,
        app_token: str | None = None,
        environment: Literal["production", "stage"] | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        app_id = _rt.from_environment(app_id, "WEPAY_APP_ID")
        app_token = _rt.from_environment(app_token, "WEPAY_APP_TOKEN")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "app_id": app_id,
                "app_token": app_token,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            environment,
            ENVIRONMENTS,
            "WEPAY_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(app_id=app_id, app_token=app_token),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return ClientWithRawResponse(self)

    def list_payments(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> models.PaymentCollection:
        """Get a collection of payments

        The GET /payments call allows your platform to look up a collection of payments.

        `GET /payments`

        Args:
            api_version: The WePay API version of the request. Sent as `Api-Version`. Default: 3.0.
            page: Return elements from this page.
            page_size: Return no more than this many elements per page. If not specified, page_size defaults to 10. Maximum value allowed is 50. Server default: 10.
            create_time_start: The timestamp for the start of the search window.
            create_time_end: The timestamp for the end of the search window.
            minimum_amount: Define the minimum value of the amount value for returned Payments (inclusive).
            maximum_amount: Define the maximum value of the amount value for returned Payments (inclusive).
            owner_id: ID of the owner of the resource.
            payment_method_type: Type of the payment method used. Possible values include: credit_card, payment_bank_ca, payment_bank_us. credit_card: This value is required if the credit_card structure is being sent with raw credit card data. payment_bank_us: This value is required if the payment_bank_us structure is being sent with the raw bank account data.
            payment_method_id: ID of the payment method used, generated by WePay when the payment method is created.
            status: Status of the payment. Possible values include: pending, completed, failed, canceled. pending: This payment is processing, but is not yet included in the account's available or reserve balance. Find more information in the pending_reasons structure. completed: This payment has finished processing, and is now available in either the account's available or reserved balance. Note: A payment can have a completed status and simultaneously have a refund or dispute issued against it.
            reference_id: The reference_id to search for.
            expand: Pass the payment_method value to expand the response to include the payment method's card_brand and last_four.
            unique_key: A unique key for the request. Sent as `Unique-Key`.

        Returns `models.PaymentCollection`; raises BadRequestError (400), ForbiddenError (403), InternalServerError (500).
        """
        return self.send(
            operations.list_payments(
                api_version=api_version,
                page=page,
                page_size=page_size,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                minimum_amount=minimum_amount,
                maximum_amount=maximum_amount,
                owner_id=owner_id,
                payment_method_type=payment_method_type,
                payment_method_id=payment_method_id,
                status=status,
                reference_id=reference_id,
                expand=expand,
                unique_key=unique_key,
            )
        ).parsed

    def list_payments_iter(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> SyncPager[models.PaymentCollection, models.Payment]:
        """Every item of every page of `list_payments`, fetching each page when iteration reaches it.

        Arguments as for `list_payments`. `.pages()` gives the pages themselves, `.limit(n)` stops
        after n items, `.resume(cursor)` starts at a `next` cursor saved earlier (`.next_cursor`).
        """
        return SyncPager(
            self,
            operations.list_payments(
                api_version=api_version,
                page=page,
                page_size=page_size,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                minimum_amount=minimum_amount,
                maximum_amount=maximum_amount,
                owner_id=owner_id,
                payment_method_type=payment_method_type,
                payment_method_id=payment_method_id,
                status=status,
                reference_id=reference_id,
                expand=expand,
                unique_key=unique_key,
            ),
            _LIST_PAYMENTS_PAGING,
        )


class ClientWithRawResponse:
    """`Client`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_payments(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> _rt.RawResponse[models.PaymentCollection]:
        """Get a collection of payments

        The GET /payments call allows your platform to look up a collection of payments.

        `GET /payments`

        Args:
            api_version: The WePay API version of the request. Sent as `Api-Version`. Default: 3.0.
            page: Return elements from this page.
            page_size: Return no more than this many elements per page. If not specified, page_size defaults to 10. Maximum value allowed is 50. Server default: 10.
            create_time_start: The timestamp for the start of the search window.
            create_time_end: The timestamp for the end of the search window.
            minimum_amount: Define the minimum value of the amount value for returned Payments (inclusive).
            maximum_amount: Define the maximum value of the amount value for returned Payments (inclusive).
            owner_id: ID of the owner of the resource.
            payment_method_type: Type of the payment method used. Possible values include: credit_card, payment_bank_ca, payment_bank_us. credit_card: This value is required if the credit_card structure is being sent with raw credit card data. payment_bank_us: This value is required if the payment_bank_us structure is being sent with the raw bank account data.
            payment_method_id: ID of the payment method used, generated by WePay when the payment method is created.
            status: Status of the payment. Possible values include: pending, completed, failed, canceled. pending: This payment is processing, but is not yet included in the account's available or reserve balance. Find more information in the pending_reasons structure. completed: This payment has finished processing, and is now available in either the account's available or reserved balance. Note: A payment can have a completed status and simultaneously have a refund or dispute issued against it.
            reference_id: The reference_id to search for.
            expand: Pass the payment_method value to expand the response to include the payment method's card_brand and last_four.
            unique_key: A unique key for the request. Sent as `Unique-Key`.

        Returns the `RawResponse`, whose `parsed` is `models.PaymentCollection`; raises BadRequestError (400), ForbiddenError (403), InternalServerError (500).
        """
        return self._client.send(
            operations.list_payments(
                api_version=api_version,
                page=page,
                page_size=page_size,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                minimum_amount=minimum_amount,
                maximum_amount=maximum_amount,
                owner_id=owner_id,
                payment_method_type=payment_method_type,
                payment_method_id=payment_method_id,
                status=status,
                reference_id=reference_id,
                expand=expand,
                unique_key=unique_key,
            )
        )


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the WePay API - Get a collection of payments API.

    Args:
        app_id: API key, sent in the `App-Id` header. Read from `$WEPAY_APP_ID` when not given.
        app_token: API key, sent in the `App-Token` header. Read from `$WEPAY_APP_TOKEN` when not given.
        environment: Which server to use: `'production'` (https://api.wepay.com), `'stage'` (https://stage-api.wepay.com); the first by default.
        base_url: Where the API lives (default: $WEPAY_BASE_URL, else https://api.wepay.com).
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
        app_id: str | None = None,
        app_token: str | None = None,
        environment: Literal["production", "stage"] | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        app_id = _rt.from_environment(app_id, "WEPAY_APP_ID")
        app_token = _rt.from_environment(app_token, "WEPAY_APP_TOKEN")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "app_id": app_id,
                "app_token": app_token,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            environment,
            ENVIRONMENTS,
            "WEPAY_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(app_id=app_id, app_token=app_token),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return AsyncClientWithRawResponse(self)

    async def list_payments(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> models.PaymentCollection:
        """Get a collection of payments

        The GET /payments call allows your platform to look up a collection of payments.

        `GET /payments`

        Args:
            api_version: The WePay API version of the request. Sent as `Api-Version`. Default: 3.0.
            page: Return elements from this page.
            page_size: Return no more than this many elements per page. If not specified, page_size defaults to 10. Maximum value allowed is 50. Server default: 10.
            create_time_start: The timestamp for the start of the search window.
            create_time_end: The timestamp for the end of the search window.
            minimum_amount: Define the minimum value of the amount value for returned Payments (inclusive).
            maximum_amount: Define the maximum value of the amount value for returned Payments (inclusive).
            owner_id: ID of the owner of the resource.
            payment_method_type: Type of the payment method used. Possible values include: credit_card, payment_bank_ca, payment_bank_us. credit_card: This value is required if the credit_card structure is being sent with raw credit card data. payment_bank_us: This value is required if the payment_bank_us structure is being sent with the raw bank account data.
            payment_method_id: ID of the payment method used, generated by WePay when the payment method is created.
            status: Status of the payment. Possible values include: pending, completed, failed, canceled. pending: This payment is processing, but is not yet included in the account's available or reserve balance. Find more information in the pending_reasons structure. completed: This payment has finished processing, and is now available in either the account's available or reserved balance. Note: A payment can have a completed status and simultaneously have a refund or dispute issued against it.
            reference_id: The reference_id to search for.
            expand: Pass the payment_method value to expand the response to include the payment method's card_brand and last_four.
            unique_key: A unique key for the request. Sent as `Unique-Key`.

        Returns `models.PaymentCollection`; raises BadRequestError (400), ForbiddenError (403), InternalServerError (500).
        """
        return (
            await self.send(
                operations.list_payments(
                    api_version=api_version,
                    page=page,
                    page_size=page_size,
                    create_time_start=create_time_start,
                    create_time_end=create_time_end,
                    minimum_amount=minimum_amount,
                    maximum_amount=maximum_amount,
                    owner_id=owner_id,
                    payment_method_type=payment_method_type,
                    payment_method_id=payment_method_id,
                    status=status,
                    reference_id=reference_id,
                    expand=expand,
                    unique_key=unique_key,
                )
            )
        ).parsed

    def list_payments_iter(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> AsyncPager[models.PaymentCollection, models.Payment]:
        """Every item of every page of `list_payments`, fetching each page when iteration reaches it.

        Arguments as for `list_payments`. `.pages()` gives the pages themselves, `.limit(n)` stops
        after n items, `.resume(cursor)` starts at a `next` cursor saved earlier (`.next_cursor`).
        """
        return AsyncPager(
            self,
            operations.list_payments(
                api_version=api_version,
                page=page,
                page_size=page_size,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                minimum_amount=minimum_amount,
                maximum_amount=maximum_amount,
                owner_id=owner_id,
                payment_method_type=payment_method_type,
                payment_method_id=payment_method_id,
                status=status,
                reference_id=reference_id,
                expand=expand,
                unique_key=unique_key,
            ),
            _LIST_PAYMENTS_PAGING,
        )


class AsyncClientWithRawResponse:
    """`AsyncClient`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_payments(
        self,
        *,
        api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
        page: str | None = None,
        page_size: int | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        minimum_amount: int | None = None,
        maximum_amount: int | None = None,
        owner_id: str | None = None,
        payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
        payment_method_id: str | None = None,
        status: models.PaymentStatus | str | None = None,
        reference_id: str | None = None,
        expand: str | None = None,
        unique_key: str | None = None,
    ) -> _rt.RawResponse[models.PaymentCollection]:
        """Get a collection of payments

        The GET /payments call allows your platform to look up a collection of payments.

        `GET /payments`

        Args:
            api_version: The WePay API version of the request. Sent as `Api-Version`. Default: 3.0.
            page: Return elements from this page.
            page_size: Return no more than this many elements per page. If not specified, page_size defaults to 10. Maximum value allowed is 50. Server default: 10.
            create_time_start: The timestamp for the start of the search window.
            create_time_end: The timestamp for the end of the search window.
            minimum_amount: Define the minimum value of the amount value for returned Payments (inclusive).
            maximum_amount: Define the maximum value of the amount value for returned Payments (inclusive).
            owner_id: ID of the owner of the resource.
            payment_method_type: Type of the payment method used. Possible values include: credit_card, payment_bank_ca, payment_bank_us. credit_card: This value is required if the credit_card structure is being sent with raw credit card data. payment_bank_us: This value is required if the payment_bank_us structure is being sent with the raw bank account data.
            payment_method_id: ID of the payment method used, generated by WePay when the payment method is created.
            status: Status of the payment. Possible values include: pending, completed, failed, canceled. pending: This payment is processing, but is not yet included in the account's available or reserve balance. Find more information in the pending_reasons structure. completed: This payment has finished processing, and is now available in either the account's available or reserved balance. Note: A payment can have a completed status and simultaneously have a refund or dispute issued against it.
            reference_id: The reference_id to search for.
            expand: Pass the payment_method value to expand the response to include the payment method's card_brand and last_four.
            unique_key: A unique key for the request. Sent as `Unique-Key`.

        Returns the `RawResponse`, whose `parsed` is `models.PaymentCollection`; raises BadRequestError (400), ForbiddenError (403), InternalServerError (500).
        """
        return await self._client.send(
            operations.list_payments(
                api_version=api_version,
                page=page,
                page_size=page_size,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                minimum_amount=minimum_amount,
                maximum_amount=maximum_amount,
                owner_id=owner_id,
                payment_method_type=payment_method_type,
                payment_method_id=payment_method_id,
                status=status,
                reference_id=reference_id,
                expand=expand,
                unique_key=unique_key,
            )
        )
