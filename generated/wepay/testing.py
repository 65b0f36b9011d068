# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Test kit for code that uses this client: a fake WePay API - Get a collection of payments API, offline.

`FakeApi` answers every operation from the spec (its examples, else minimal valid bodies)
and checks every request against it, as a validating mock server would: parameters,
credentials and bodies. Script answers per operation with `returns`, `returns_json`,
`fails` and `pages`, read what was sent in `calls`, and build valid models with
`example(models.X)`. Needs nothing beyond the client's own dependencies.
"""

from __future__ import annotations

from typing import TypeVar, TypedDict

import httpx

from . import models
from . import runtime as _rt
from .client import AsyncClient, Client
from .runtime import testing as _kit
from .runtime.testing import Call, InvalidAnswer, RequestViolation

__all__ = [
    "Call",
    "FakeApi",
    "InvalidAnswer",
    "ListPaymentsArguments",
    "RequestViolation",
    "example",
]

M = TypeVar("M", bound=_rt.Model)

SPEC = _kit.ApiSpec(
    title="WePay API - Get a collection of payments",
    operations=(
        _kit.OperationSpec(
            name="list_payments",
            method="GET",
            path="/payments",
            responses=(
                _kit.ResponseSpec(
                    status="200",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/PaymentCollection"},
                    examples=(
                        {
                            "next": "/payments?page=QVFQNUFBRVhpWFpzUGwxdncxNXN5bFgxUWhOd2RkNjJjWjYvdXFkNTFwZFowYi9EM2hJS25IRVBpS1NybkwrSWRIZE9vd00xZjNsQ1Q4ZUlJTVJTd0VmVnVXd3VxK2N1MHJ3RUUrL0VFVXRneUFxTG41TW5lcUxxRGRtd2YvODlMbjdnamk2S21qSDBhRkVsYW1EMGZUalljVVFHUThjWTB2Rm1lbUdxd3R0WjVjZEFPejUyWU1sOGdTTXRWUT09",
                            "previous": None,
                            "api_version": "3.0",
                            "results": [
                                {
                                    "amount": 1000,
                                    "amount_refunded": 1000,
                                    "amount_disputed": 1000,
                                    "auto_capture": False,
                                    "capture_at": None,
                                    "create_time": 1510080179,
                                    "currency": "USD",
                                    "custom_data": None,
                                    "failure_reason": None,
                                    "fee_amount": 0,
                                    "id": "00000000-0000-0000-0000-0000767bf5cd",
                                    "order": None,
                                    "owner": {
                                        "id": "be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "path": "/accounts/be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "resource": "accounts",
                                    },
                                    "path": "/payments/00000000-0000-0000-0000-0000767bf5cd",
                                    "payment_method": {
                                        "id": "00000000-6363-0000-0000-000008b93a6e",
                                        "path": "/payment_methods/00000000-6363-0000-0000-000008b93a6e",
                                        "resource": "payment_methods",
                                    },
                                    "pending_reasons": [
                                        {
                                            "details": [],
                                            "reason_code": "PENDING_CAPTURE",
                                            "reason_message": "Payment pending capture.",
                                        }
                                    ],
                                    "resource": "payments",
                                    "status": "pending",
                                    "authorization_code": "0224241",
                                    "txnr_app_fee": None,
                                    "txnr_merchant": None,
                                    "initiated_by": "none",
                                    "api_version": "3.0",
                                    "reference_id": "dfeb052b-ae8c-4a69-b909-8d9ecdd7c742",
                                },
                                {
                                    "amount": 1000,
                                    "amount_refunded": 1000,
                                    "amount_disputed": 1000,
                                    "auto_capture": False,
                                    "capture_at": None,
                                    "create_time": 1510079535,
                                    "currency": "USD",
                                    "custom_data": None,
                                    "failure_reason": None,
                                    "fee_amount": 0,
                                    "id": "00000000-0000-0000-0000-00006fa82d45",
                                    "order": {
                                        "id": "be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "path": "/orders/be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "resource": "orders",
                                    },
                                    "owner": {
                                        "id": "be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "path": "/accounts/be2b42e5-b808-40ae-9bbe-3291ab493f57",
                                        "resource": "accounts",
                                    },
                                    "path": "/payments/00000000-0000-0000-0000-00006fa82d45",
                                    "payment_method": {
                                        "id": "00000000-6261-5553-0000-0000000001b8",
                                        "path": "/payment_methods/00000000-6261-5553-0000-0000000001b8",
                                        "resource": "payment_methods",
                                    },
                                    "pending_reasons": [
                                        {
                                            "details": [],
                                            "reason_code": "PROCESSING",
                                            "reason_message": "Payment is being processed.",
                                        }
                                    ],
                                    "resource": "payments",
                                    "status": "pending",
                                    "authorization_code": "0224241",
                                    "txnr_app_fee": None,
                                    "txnr_merchant": None,
                                    "initiated_by": "none",
                                    "api_version": "3.0",
                                    "reference_id": "d6a60610-3a7e-4b9d-b56f-9005b9cd18ac",
                                },
                            ],
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="400",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "error_code": "INVALID_PARAMS",
                            "error_message": "Invalid parameter(s).",
                            "details": [
                                {
                                    "reason_code": "PARAM_VALUE_TOO_LARGE",
                                    "message": "page_size must be less than or equal to 50.",
                                }
                            ],
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="403",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "error_code": "NOT_AUTHORIZED",
                            "error_message": "You are not authorized to perform this action.",
                            "details": [],
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="500",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "error_code": "UNEXPECTED_ERROR",
                            "error_message": "An unexpected error occurred.",
                            "details": [],
                        },
                    ),
                ),
            ),
            parameters=(
                _kit.ParameterSpec(
                    name="api_version",
                    wire_name="Api-Version",
                    location="header",
                    required=True,
                    schema={"$ref": "#/components/schemas/ListPaymentsApiVersion"},
                    style="simple",
                    explode=False,
                ),
                _kit.ParameterSpec(
                    name="page",
                    wire_name="page",
                    location="query",
                    required=False,
                    schema={"type": "string"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="page_size",
                    wire_name="page_size",
                    location="query",
                    required=False,
                    schema={"type": "integer", "minimum": 1, "maximum": 50},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="create_time_start",
                    wire_name="create_time_start",
                    location="query",
                    required=False,
                    schema={"type": "integer", "format": "int64", "minimum": 0},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="create_time_end",
                    wire_name="create_time_end",
                    location="query",
                    required=False,
                    schema={"type": "integer", "format": "int64", "minimum": 0},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="minimum_amount",
                    wire_name="minimum_amount",
                    location="query",
                    required=False,
                    schema={"type": "integer"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="maximum_amount",
                    wire_name="maximum_amount",
                    location="query",
                    required=False,
                    schema={"type": "integer"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="owner_id",
                    wire_name="owner_id",
                    location="query",
                    required=False,
                    schema={"type": "string"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="payment_method_type",
                    wire_name="payment_method_type",
                    location="query",
                    required=False,
                    schema={"$ref": "#/components/schemas/ListPaymentsPaymentMethodType"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="payment_method_id",
                    wire_name="payment_method_id",
                    location="query",
                    required=False,
                    schema={"type": "string"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="status",
                    wire_name="status",
                    location="query",
                    required=False,
                    schema={"$ref": "#/components/schemas/PaymentStatus"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="reference_id",
                    wire_name="reference_id",
                    location="query",
                    required=False,
                    schema={"type": "string"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="expand",
                    wire_name="expand",
                    location="query",
                    required=False,
                    schema={"type": "string"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="unique_key",
                    wire_name="Unique-Key",
                    location="header",
                    required=False,
                    schema={"type": "string"},
                    style="simple",
                    explode=False,
                ),
            ),
            security=(("appIdAuth", "appTokenAuth"),),
            pagination=_kit.PaginationSpec(
                next="next",
                items="results",
                cursor="page",
            ),
        ),
    ),
    schemes=(
        _kit.SchemeSpec("appIdAuth", "api_key_header", "App-Id"),
        _kit.SchemeSpec("appTokenAuth", "api_key_header", "App-Token"),
    ),
    schemas={
        "PaymentCollection": {
            "type": "object",
            "required": ["previous", "next", "results"],
            "properties": {
                "previous": {"type": ["string", "null"]},
                "next": {"type": ["string", "null"]},
                "results": {"type": "array", "items": {"$ref": "#/components/schemas/Payment"}},
                "api_version": {"type": "string"},
            },
        },
        "PaymentStatus": {"type": "string", "enum": ["pending", "completed", "failed", "canceled"]},
        "Payment": {
            "type": "object",
            "required": [
                "amount",
                "amount_refunded",
                "amount_disputed",
                "auto_capture",
                "capture_at",
                "create_time",
                "currency",
                "custom_data",
                "failure_reason",
                "fee_amount",
                "id",
                "order",
                "owner",
                "path",
                "payment_method",
                "pending_reasons",
                "resource",
                "status",
                "authorization_code",
                "txnr_app_fee",
                "txnr_merchant",
                "initiated_by",
                "api_version",
                "reference_id",
            ],
            "properties": {
                "amount": {"type": "integer"},
                "amount_refunded": {"type": "integer"},
                "amount_disputed": {"type": "integer"},
                "auto_capture": {"type": "boolean"},
                "capture_at": {"type": ["integer", "null"], "format": "unix-time"},
                "create_time": {"type": "integer", "format": "unix-time"},
                "currency": {"type": "string"},
                "custom_data": {"type": ["object", "null"], "additionalProperties": True},
                "failure_reason": {"type": ["object", "null"], "additionalProperties": True},
                "fee_amount": {"type": "integer"},
                "id": {"type": "string"},
                "order": {
                    "oneOf": [{"$ref": "#/components/schemas/ResourceReference"}, {"type": "null"}]
                },
                "owner": {"$ref": "#/components/schemas/ResourceReference"},
                "path": {"type": "string"},
                "payment_method": {"$ref": "#/components/schemas/PaymentMethodReference"},
                "pending_reasons": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/PendingReason"},
                },
                "resource": {"type": "string"},
                "status": {"$ref": "#/components/schemas/PaymentStatus"},
                "authorization_code": {"type": "string"},
                "txnr_app_fee": {"type": ["object", "null"], "additionalProperties": True},
                "txnr_merchant": {"type": ["object", "null"], "additionalProperties": True},
                "initiated_by": {"type": "string"},
                "api_version": {"type": "string"},
                "reference_id": {"type": "string"},
            },
        },
        "ResourceReference": {
            "type": "object",
            "required": ["id", "path", "resource"],
            "properties": {
                "id": {"type": "string"},
                "path": {"type": "string"},
                "resource": {"type": "string"},
            },
        },
        "PaymentMethodReference": {
            "allOf": [
                {"$ref": "#/components/schemas/ResourceReference"},
                {
                    "type": "object",
                    "properties": {
                        "card_brand": {"type": "string"},
                        "last_four": {"type": "string"},
                    },
                },
            ]
        },
        "PendingReason": {
            "type": "object",
            "required": ["details", "reason_code", "reason_message"],
            "properties": {
                "details": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/PendingReasonDetail"},
                },
                "reason_code": {"type": "string"},
                "reason_message": {"type": "string"},
            },
        },
        "PendingReasonDetail": {"type": "object", "additionalProperties": True},
        "Error": {
            "type": "object",
            "required": ["error_code", "error_message"],
            "properties": {
                "error_code": {"$ref": "#/components/schemas/ErrorErrorCode"},
                "error_message": {"type": "string"},
                "details": {"type": "array", "items": {"$ref": "#/components/schemas/ErrorDetail"}},
            },
        },
        "ErrorErrorCode": {
            "type": "string",
            "enum": ["INVALID_PARAMS", "NOT_AUTHORIZED", "UNEXPECTED_ERROR"],
        },
        "ErrorDetail": {
            "type": "object",
            "properties": {
                "message": {"type": "string"},
                "reason_code": {"type": "string"},
                "target": {},
                "target_type": {},
            },
        },
        "ListPaymentsPaymentMethodType": {
            "type": "string",
            "enum": ["credit_card", "payment_bank_us", "payment_bank_ca"],
        },
        "ListPaymentsApiVersion": {"type": "string", "enum": ["3.0"]},
    },
    models={
        models.PaymentCollection: "PaymentCollection",
        models.Payment: "Payment",
        models.ResourceReference: "ResourceReference",
        models.PaymentMethodReference: "PaymentMethodReference",
        models.PendingReason: "PendingReason",
        models.PendingReasonDetail: "PendingReasonDetail",
        models.Error: "Error",
        models.ErrorDetail: "ErrorDetail",
    },
)
"""The spec as the fake reads it: the validation keywords of its schemas, and its examples."""


class ListPaymentsArguments(TypedDict):
    """The arguments of a recorded `list_payments` call, as the request carried them (JSON values; None: not sent)."""

    api_version: str
    page: str | None
    page_size: int | None
    create_time_start: int | None
    create_time_end: int | None
    minimum_amount: int | None
    maximum_amount: int | None
    owner_id: str | None
    payment_method_type: str | None
    payment_method_id: str | None
    status: str | None
    reference_id: str | None
    expand: str | None
    unique_key: str | None


def _list_payments_json(value: models.PaymentCollection) -> object:
    return value.to_dict()


def _list_payments_item_json(value: models.Payment) -> object:
    return value.to_dict()


class FakeApi(_kit.FakeApi):
    """A fake WePay API - Get a collection of payments API: answers from the spec, checks every request against it.

    Plug it into your code through `client()` / `async_client()` (or `httpx.Client(transport=fake)`).
    A request the spec does not allow raises `RequestViolation` naming the operation, the
    parameter and the rule. Unscripted operations answer with the spec's example; where the
    spec has none, with the minimal valid body; where it has no schema, with what the client
    accepts (JSON null, or an empty body when no content is documented).

    Args:
        base_url: Where the fake lives; the default is the spec's first server.
    """

    def __init__(self, base_url: str = "https://api.wepay.com") -> None:
        super().__init__(SPEC, base_url)
        self.list_payments: _kit.PagedOperation[
            models.PaymentCollection, ListPaymentsArguments, models.Payment
        ] = _kit.PagedOperation(
            self, "list_payments", _list_payments_json, _list_payments_item_json
        )
        """`GET /payments`: script its answers, read its `calls`."""

    def client(
        self,
        *,
        app_id: str = "test-app-id",
        app_token: str = "test-app-token",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> Client:
        """A `Client` that sends to this fake; retries happen at once, without backoff."""
        return Client(
            app_id=app_id,
            app_token=app_token,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.Client(transport=self),
        ).with_options(retry_delay=0)

    def async_client(
        self,
        *,
        app_id: str = "test-app-id",
        app_token: str = "test-app-token",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> AsyncClient:
        """An `AsyncClient` that sends to this fake; retries happen at once, without backoff."""
        return AsyncClient(
            app_id=app_id,
            app_token=app_token,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.AsyncClient(transport=self),
        ).with_options(retry_delay=0)


def example(model: type[M]) -> M:
    """A valid `model` instance: the spec's example of it, else the minimal valid one.

    Minimal means required fields only, each with the plainest value its schema allows
    (0, "", false, the first enum value), the same on every run. For instance
    `example(models.PaymentCollection)`; change fields with `dataclasses.replace`.
    """
    return _kit.example(SPEC, model)
