# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Test kit for code that uses this client: a fake ActivePlatform Vendor API v1 - Get Payment Info by ID API, offline.

`FakeApi` answers every operation from the spec (its examples, else minimal valid bodies)
and checks every request against it, as a validating mock server would: parameters,
credentials and bodies. Script answers per operation with `returns`, `returns_json`,
`fails`, read what was sent in `calls`, and build valid models with
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
    "GetPaymentArguments",
    "InvalidAnswer",
    "RequestViolation",
    "example",
]

M = TypeVar("M", bound=_rt.Model)

SPEC = _kit.ApiSpec(
    title="ActivePlatform Vendor API v1 - Get Payment Info by ID",
    operations=(
        _kit.OperationSpec(
            name="get_payment",
            method="GET",
            path="/api/vendor/v1/payments/{id}.json",
            responses=(
                _kit.ResponseSpec(
                    status="200",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Payment"},
                    examples=(
                        {
                            "id": 2007039,
                            "document_id": "P006131",
                            "status": "waiting_for_payment",
                            "account_id": 2000532,
                            "created_at": "2016-10-04T10:52:17.813+03:00",
                            "updated_at": "2016-10-04T10:52:17.813+03:00",
                            "total": 100,
                            "comment": "Cash",
                            "requester_ip": "178.159.242.50",
                            "manager_id": None,
                            "payment_method_id": None,
                            "payment_method_name": None,
                            "orders": [],
                        },
                    ),
                ),
            ),
            parameters=(
                _kit.ParameterSpec(
                    name="id",
                    wire_name="id",
                    location="path",
                    required=True,
                    schema={"type": "integer"},
                    style="simple",
                    explode=False,
                ),
            ),
            security=(("apiToken",),),
        ),
    ),
    schemes=(_kit.SchemeSpec("apiToken", "api_key_query", "api_token"),),
    schemas={
        "Payment": {
            "type": "object",
            "required": [
                "id",
                "document_id",
                "status",
                "account_id",
                "created_at",
                "updated_at",
                "total",
                "comment",
                "requester_ip",
                "manager_id",
                "payment_method_id",
                "payment_method_name",
                "orders",
            ],
            "properties": {
                "id": {"type": "integer"},
                "document_id": {"type": "string"},
                "status": {"$ref": "#/components/schemas/PaymentStatus"},
                "account_id": {"type": "integer"},
                "created_at": {"type": "string", "format": "date-time"},
                "updated_at": {"type": "string", "format": "date-time"},
                "total": {"type": "number", "format": "float"},
                "comment": {"type": "string"},
                "requester_ip": {"type": "string"},
                "manager_id": {"type": ["integer", "null"]},
                "payment_method_id": {"type": ["integer", "null"]},
                "payment_method_name": {"type": ["string", "null"]},
                "orders": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}},
            },
        },
        "PaymentStatus": {
            "type": "string",
            "enum": [
                "waiting_for_payment",
                "completed",
                "receipt_creating",
                "receipt_sent",
                "cancelled",
            ],
        },
        "Order": {"type": "object", "additionalProperties": True},
    },
    models={
        models.Payment: "Payment",
        models.Order: "Order",
    },
)
"""The spec as the fake reads it: the validation keywords of its schemas, and its examples."""


class GetPaymentArguments(TypedDict):
    """The arguments of a recorded `get_payment` call, as the request carried them (JSON values; None: not sent)."""

    id: int


def _get_payment_json(value: models.Payment) -> object:
    return value.to_dict()


class FakeApi(_kit.FakeApi):
    """A fake ActivePlatform Vendor API v1 - Get Payment Info by ID API: answers from the spec, checks every request against it.

    Plug it into your code through `client()` / `async_client()` (or `httpx.Client(transport=fake)`).
    A request the spec does not allow raises `RequestViolation` naming the operation, the
    parameter and the rule. Unscripted operations answer with the spec's example; where the
    spec has none, with the minimal valid body; where it has no schema, with what the client
    accepts (JSON null, or an empty body when no content is documented).

    Args:
        base_url: Where the fake lives; the default is the spec's first server.
    """

    def __init__(self, base_url: str = "http://billing.activeplatform.com:80") -> None:
        super().__init__(SPEC, base_url)
        self.get_payment: _kit.Operation[models.Payment, GetPaymentArguments] = _kit.Operation(
            self, "get_payment", _get_payment_json
        )
        """`GET /api/vendor/v1/payments/{id}.json`: script its answers, read its `calls`."""

    def client(
        self,
        *,
        api_token: str = "test-api-token",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> Client:
        """A `Client` that sends to this fake; retries happen at once, without backoff."""
        return Client(
            api_token=api_token,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.Client(transport=self),
        ).with_options(retry_delay=0)

    def async_client(
        self,
        *,
        api_token: str = "test-api-token",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> AsyncClient:
        """An `AsyncClient` that sends to this fake; retries happen at once, without backoff."""
        return AsyncClient(
            api_token=api_token,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.AsyncClient(transport=self),
        ).with_options(retry_delay=0)


def example(model: type[M]) -> M:
    """A valid `model` instance: the spec's example of it, else the minimal valid one.

    Minimal means required fields only, each with the plainest value its schema allows
    (0, "", false, the first enum value), the same on every run. For instance
    `example(models.Payment)`; change fields with `dataclasses.replace`.
    """
    return _kit.example(SPEC, model)
