# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Test kit for code that uses this client: a fake Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API, offline.

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
    title="Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID",
    operations=(
        _kit.OperationSpec(
            name="get_payment",
            method="GET",
            path="/payment/{id}",
            responses=(
                _kit.ResponseSpec(
                    status="200",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Payment"},
                    examples=(
                        {
                            "id": "0.0.0.1+-item-payment+84530",
                            "href": "http://host:port/brm/payment/version/payment/0.0.0.1+-item-payment+84530",
                            "authorizationCode": None,
                            "correlatorId": "P1-1",
                            "description": "",
                            "name": "Billing Event Log",
                            "paymentDate": "2020-05-01T12:01:23-07:00",
                            "status": "Unallocated",
                            "statusDate": "2020-05-01T12:01:23-07:00",
                            "account": {
                                "id": "0.0.0.1+-account+103533",
                                "href": None,
                                "description": None,
                                "name": "Sunny Awal",
                                "@baseType": None,
                                "@schemaLocation": None,
                                "@type": None,
                                "@referredType": "billingAccount",
                            },
                            "amount": None,
                            "channel": {
                                "id": "0",
                                "href": None,
                                "name": "Unspecified",
                                "@baseType": None,
                                "@schemaLocation": None,
                                "@type": None,
                                "@referredType": None,
                            },
                            "payer": None,
                            "paymentItem": None,
                            "paymentMethod": {
                                "id": None,
                                "href": None,
                                "description": None,
                                "isPreferred": None,
                                "name": "Cash",
                                "status": None,
                                "statusDate": None,
                                "account": None,
                                "relatedParty": None,
                                "validFor": None,
                                "@baseType": "PaymentMethodRefOrValue",
                                "@schemaLocation": None,
                                "@type": "Cash",
                                "@referredType": None,
                                "details": {
                                    "receiptNo": "",
                                    "receiptDate": "2020-07-13T08:53:10-07:00",
                                },
                            },
                            "taxAmount": None,
                            "totalAmount": {"unit": "USD", "value": 10.0},
                            "@baseType": "Payment",
                            "@schemaLocation": None,
                            "@type": "Payment",
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="400",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "code": "400",
                            "reason": "Bad Request",
                            "message": "The value of the fields parameter is invalid.",
                            "status": "400",
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="401",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "code": "401",
                            "reason": "Unauthorized",
                            "message": "A valid OAuth 2.0 access token is required.",
                            "status": "401",
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="403",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=({"code": "403", "reason": "Forbidden", "status": "403"},),
                ),
                _kit.ResponseSpec(
                    status="404",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=(
                        {
                            "code": "404",
                            "reason": "Not Found",
                            "message": "No payment with ID 0.0.0.1+-item-payment+106589.",
                            "status": "404",
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="405",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=({"code": "405", "reason": "Method Not Allowed", "status": "405"},),
                ),
                _kit.ResponseSpec(
                    status="409",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=({"code": "409", "reason": "Conflict", "status": "409"},),
                ),
                _kit.ResponseSpec(
                    status="500",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/Error"},
                    examples=({"code": "500", "reason": "Internal Server Error", "status": "500"},),
                ),
            ),
            parameters=(
                _kit.ParameterSpec(
                    name="id",
                    wire_name="id",
                    location="path",
                    required=True,
                    schema={"type": "string"},
                    style="simple",
                    explode=False,
                ),
                _kit.ParameterSpec(
                    name="type",
                    wire_name="@type",
                    location="query",
                    required=False,
                    schema={"$ref": "#/components/schemas/GetPaymentType"},
                    style="form",
                    explode=True,
                ),
                _kit.ParameterSpec(
                    name="fields",
                    wire_name="fields",
                    location="query",
                    required=False,
                    schema={"type": "array", "items": {"type": "string"}},
                    style="form",
                    explode=False,
                    projection=True,
                ),
            ),
            security=(("bearerAuth",),),
        ),
    ),
    schemes=(_kit.SchemeSpec("bearerAuth", "http_bearer", ""),),
    schemas={
        "Payment": {
            "type": "object",
            "required": [
                "account",
                "href",
                "id",
                "paymentDate",
                "paymentMethod",
                "status",
                "totalAmount",
            ],
            "discriminator": {
                "propertyName": "@type",
                "mapping": {
                    "Payment": "#/components/schemas/Payment",
                    "PaymentOracle": "#/components/schemas/PaymentOracle",
                },
            },
            "properties": {
                "@baseType": {"type": "string"},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": "string"},
                "account": {"$ref": "#/components/schemas/AccountRef"},
                "amount": {"oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
                "authorizationCode": {"type": ["string", "null"]},
                "channel": {"$ref": "#/components/schemas/ChannelRef"},
                "correlatorId": {"type": "string"},
                "description": {"type": "string"},
                "href": {"type": "string"},
                "id": {"type": "string"},
                "name": {"type": "string"},
                "payer": {
                    "oneOf": [{"$ref": "#/components/schemas/RelatedParty"}, {"type": "null"}]
                },
                "paymentDate": {"type": "string", "format": "date-time"},
                "paymentItem": {
                    "type": ["array", "null"],
                    "items": {"$ref": "#/components/schemas/PaymentItem"},
                },
                "paymentMethod": {"$ref": "#/components/schemas/PaymentMethodRefOrValue"},
                "status": {"type": "string"},
                "statusDate": {"type": "string", "format": "date-time"},
                "taxAmount": {"oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
                "totalAmount": {"$ref": "#/components/schemas/Money"},
            },
        },
        "PaymentOracle": {"allOf": [{"$ref": "#/components/schemas/Payment"}]},
        "AccountRef": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@referredType": {"type": "string"},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "description": {"type": ["string", "null"]},
                "href": {"type": ["string", "null"]},
                "id": {"type": "string"},
                "name": {"type": "string"},
            },
        },
        "Money": {
            "type": "object",
            "properties": {
                "@baseType": {"type": "string"},
                "@schemaLocation": {"type": "string", "format": "uri"},
                "@type": {"type": "string"},
                "unit": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "value": {"type": "number", "format": "float", "minimum": 0},
            },
        },
        "ChannelRef": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@referredType": {"type": ["string", "null"]},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "href": {"type": ["string", "null"]},
                "id": {"type": "string"},
                "name": {"type": "string"},
            },
        },
        "RelatedParty": {
            "type": "object",
            "required": ["@referredType", "id"],
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@referredType": {"type": "string"},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "href": {"type": ["string", "null"], "format": "uri"},
                "id": {"type": "string"},
                "name": {"type": ["string", "null"]},
                "role": {"type": ["string", "null"]},
            },
        },
        "PaymentItem": {
            "type": "object",
            "required": ["item"],
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "amount": {"oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
                "id": {"type": ["string", "null"]},
                "item": {"$ref": "#/components/schemas/EntityRef"},
                "taxAmount": {"oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
                "totalAmount": {
                    "oneOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]
                },
            },
        },
        "EntityRef": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@referredType": {"type": ["string", "null"]},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "href": {"type": ["string", "null"]},
                "id": {"type": "string", "format": "uri"},
                "name": {"type": ["string", "null"]},
            },
        },
        "PaymentMethodRefOrValue": {
            "type": "object",
            "required": ["@type", "id"],
            "discriminator": {
                "propertyName": "@type",
                "mapping": {
                    "PaymentMethodRef": "#/components/schemas/PaymentMethodRef",
                    "Cash": "#/components/schemas/Cash",
                    "Check": "#/components/schemas/Check",
                },
            },
            "properties": {
                "@baseType": {"type": "string"},
                "@referredType": {"type": ["string", "null"]},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"$ref": "#/components/schemas/PaymentMethodRefOrValueType"},
                "account": {
                    "type": ["array", "null"],
                    "items": {"$ref": "#/components/schemas/AccountRef"},
                },
                "description": {"type": ["string", "null"]},
                "href": {"type": ["string", "null"]},
                "id": {"type": ["string", "null"]},
                "isPreferred": {"type": ["boolean", "null"]},
                "name": {"type": "string"},
                "relatedParty": {
                    "oneOf": [{"$ref": "#/components/schemas/RelatedParty"}, {"type": "null"}]
                },
                "status": {"type": ["string", "null"]},
                "statusDate": {"type": ["string", "null"], "format": "date-time"},
                "validFor": {
                    "oneOf": [{"$ref": "#/components/schemas/TimePeriod"}, {"type": "null"}]
                },
            },
        },
        "PaymentMethodRefOrValueType": {
            "type": "string",
            "enum": ["PaymentMethodRef", "Cash", "Check"],
        },
        "PaymentMethodRef": {
            "allOf": [
                {"$ref": "#/components/schemas/PaymentMethodRefOrValue"},
                {
                    "type": "object",
                    "properties": {
                        "@referredType": {"type": ["string", "null"], "example": "tokenizedCard"}
                    },
                },
            ]
        },
        "Cash": {
            "allOf": [
                {"$ref": "#/components/schemas/PaymentMethodRefOrValue"},
                {
                    "type": "object",
                    "properties": {"details": {"$ref": "#/components/schemas/CashDetails"}},
                },
            ]
        },
        "CashDetails": {
            "type": "object",
            "required": ["receiptNo", "receiptDate"],
            "properties": {
                "receiptNo": {"type": "string"},
                "receiptDate": {"type": "string", "format": "date-time"},
            },
        },
        "Check": {"allOf": [{"$ref": "#/components/schemas/PaymentMethodRefOrValue"}]},
        "TimePeriod": {
            "type": "object",
            "dependentRequired": {"startDateTime": ["endDateTime"]},
            "properties": {
                "@baseType": {"type": ["string", "null"]},
                "@schemaLocation": {"type": ["string", "null"], "format": "uri"},
                "@type": {"type": ["string", "null"]},
                "endDateTime": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "example": "1985-04-12T23:20:50.520Z",
                },
                "startDateTime": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "example": "1985-04-12T23:20:50.520Z",
                },
            },
        },
        "Error": {
            "type": "object",
            "required": ["code", "reason"],
            "properties": {
                "@baseType": {"type": "string"},
                "@schemaLocation": {"type": "string", "format": "uri"},
                "@type": {"type": "string"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "reason": {"type": "string"},
                "referenceError": {"type": "string", "format": "uri"},
                "status": {"type": "string"},
            },
        },
        "GetPaymentType": {"type": "string", "enum": ["Payment", "PaymentOracle"]},
    },
    models={
        models.Payment: "Payment",
        models.PaymentOracle: "PaymentOracle",
        models.AccountRef: "AccountRef",
        models.Money: "Money",
        models.ChannelRef: "ChannelRef",
        models.RelatedParty: "RelatedParty",
        models.PaymentItem: "PaymentItem",
        models.EntityRef: "EntityRef",
        models.PaymentMethodRefOrValue: "PaymentMethodRefOrValue",
        models.PaymentMethodRef: "PaymentMethodRef",
        models.Cash: "Cash",
        models.CashDetails: "CashDetails",
        models.Check: "Check",
        models.TimePeriod: "TimePeriod",
        models.Error: "Error",
        models.ProjectedPayment: "Payment",
        models.ProjectedPaymentOracle: "PaymentOracle",
        models.ProjectedAccountRef: "AccountRef",
        models.ProjectedMoney: "Money",
        models.ProjectedChannelRef: "ChannelRef",
        models.ProjectedRelatedParty: "RelatedParty",
        models.ProjectedPaymentItem: "PaymentItem",
        models.ProjectedEntityRef: "EntityRef",
        models.ProjectedPaymentMethodRefOrValue: "PaymentMethodRefOrValue",
        models.ProjectedPaymentMethodRef: "PaymentMethodRef",
        models.ProjectedCash: "Cash",
        models.ProjectedCashDetails: "CashDetails",
        models.ProjectedCheck: "Check",
        models.ProjectedTimePeriod: "TimePeriod",
    },
)
"""The spec as the fake reads it: the validation keywords of its schemas, and its examples."""


class GetPaymentArguments(TypedDict):
    """The arguments of a recorded `get_payment` call, as the request carried them (JSON values; None: not sent)."""

    id: str
    type: str | None
    fields: list[str] | None


def _get_payment_json(value: models.Payment) -> object:
    return value.to_dict()


class FakeApi(_kit.FakeApi):
    """A fake Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API: answers from the spec, checks every request against it.

    Plug it into your code through `client()` / `async_client()` (or `httpx.Client(transport=fake)`).
    A request the spec does not allow raises `RequestViolation` naming the operation, the
    parameter and the rule. Unscripted operations answer with the spec's example; where the
    spec has none, with the minimal valid body; where it has no schema, with what the client
    accepts (JSON null, or an empty body when no content is documented).

    Args:
        base_url: Where the fake lives; the default is the spec's first server.
    """

    def __init__(self, base_url: str = "http://localhost:8080/brm/payment/v4") -> None:
        super().__init__(SPEC, base_url)
        self.get_payment: _kit.Operation[models.Payment, GetPaymentArguments] = _kit.Operation(
            self, "get_payment", _get_payment_json
        )
        """`GET /payment/{id}`: script its answers, read its `calls`."""

    def client(
        self,
        *,
        bearer: str = "test-bearer",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> Client:
        """A `Client` that sends to this fake; retries happen at once, without backoff."""
        return Client(
            bearer=bearer,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.Client(transport=self),
        ).with_options(retry_delay=0)

    def async_client(
        self,
        *,
        bearer: str = "test-bearer",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> AsyncClient:
        """An `AsyncClient` that sends to this fake; retries happen at once, without backoff."""
        return AsyncClient(
            bearer=bearer,
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
