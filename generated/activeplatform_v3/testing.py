# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Test kit for code that uses this client: a fake ActivePlatform API v3 - Get payment API, offline.

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
    title="ActivePlatform API v3 - Get payment",
    operations=(
        _kit.OperationSpec(
            name="get_payment",
            method="GET",
            path="/api/v3/resellers/{reseller_id}/payments/{payment_id}",
            responses=(
                _kit.ResponseSpec(
                    status="200",
                    media_type="application/vnd.api+json",
                    schema={"$ref": "#/components/schemas/PaymentDocument"},
                    examples=(
                        {
                            "data": {
                                "id": "9714",
                                "type": "payments",
                                "attributes": {
                                    "created_at": "2022-03-22T16:37:21.321874+0300",
                                    "updated_at": "2022-03-22T16:37:30.163316+0300",
                                    "account_id": 1349,
                                    "discount_amount": "0.0",
                                    "total": "715.76",
                                    "amount_paid_from_balance": None,
                                    "initial_total": "715.76",
                                    "currency_code": "USD",
                                    "comment": "Payment for order 14759",
                                    "status": "completed",
                                    "document_id": "2007136",
                                    "expiration_date": None,
                                    "payment_method_id": 3,
                                    "requester_ip": "10.20.30.40",
                                    "manager_id": None,
                                    "purpose": "",
                                    "external_total": None,
                                    "external_currency": None,
                                    "due_date": None,
                                    "payment_method_name": "Bank Transfer",
                                    "closed_at": "2022-03-22T16:37:30.163316+0300",
                                },
                                "relationships": {
                                    "orders": {"data": [{"id": "14759", "type": "prolong_orders"}]},
                                    "invoices": {"data": []},
                                    "charges": {"data": [{"id": "94591", "type": "charges"}]},
                                    "corrections": {
                                        "data": [
                                            {"id": "32", "type": "corrections"},
                                            {"id": "34", "type": "corrections"},
                                            {"id": "35", "type": "corrections"},
                                        ]
                                    },
                                    "reseller": {"data": {"id": "1", "type": "resellers"}},
                                    "account": {"data": {"id": "1349", "type": "accounts"}},
                                    "payment_method": {
                                        "data": {"id": "3", "type": "payment_methods"}
                                    },
                                },
                            },
                            "included": [
                                {"id": "14759", "type": "prolong_orders", "attributes": {}},
                                {
                                    "id": "94591",
                                    "type": "charges",
                                    "attributes": {},
                                    "relationships": {},
                                },
                                {"id": "1", "type": "resellers", "attributes": {}},
                                {
                                    "id": "1349",
                                    "type": "accounts",
                                    "attributes": {},
                                    "relationships": {},
                                },
                                {"id": "3", "type": "payment_methods", "attributes": {}},
                            ],
                        },
                    ),
                ),
            ),
            parameters=(
                _kit.ParameterSpec(
                    name="reseller_id",
                    wire_name="reseller_id",
                    location="path",
                    required=True,
                    schema={"type": "integer"},
                    style="simple",
                    explode=False,
                ),
                _kit.ParameterSpec(
                    name="payment_id",
                    wire_name="payment_id",
                    location="path",
                    required=True,
                    schema={"type": "integer"},
                    style="simple",
                    explode=False,
                ),
                _kit.ParameterSpec(
                    name="include",
                    wire_name="include",
                    location="query",
                    required=False,
                    schema={
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/GetPaymentIncludeItem"},
                    },
                    style="form",
                    explode=False,
                ),
            ),
            security=(("apiTokenHeader",),),
        ),
    ),
    schemes=(_kit.SchemeSpec("apiTokenHeader", "api_key_header", "X-Api-Token"),),
    schemas={
        "PaymentDocument": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {"$ref": "#/components/schemas/PaymentResource"},
                "included": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/IncludedResource"},
                },
            },
        },
        "PaymentResource": {
            "type": "object",
            "required": ["id", "type", "attributes", "relationships"],
            "properties": {
                "id": {"type": "string"},
                "type": {"$ref": "#/components/schemas/PaymentResourceType"},
                "attributes": {"$ref": "#/components/schemas/PaymentAttributes"},
                "relationships": {"$ref": "#/components/schemas/PaymentRelationships"},
            },
        },
        "PaymentResourceType": {"type": "string", "enum": ["payments"]},
        "PaymentAttributes": {
            "type": "object",
            "required": [
                "created_at",
                "updated_at",
                "account_id",
                "discount_amount",
                "total",
                "amount_paid_from_balance",
                "initial_total",
                "currency_code",
                "comment",
                "status",
                "document_id",
                "expiration_date",
                "payment_method_id",
                "requester_ip",
                "manager_id",
                "purpose",
                "external_total",
                "external_currency",
                "due_date",
                "payment_method_name",
                "closed_at",
            ],
            "properties": {
                "created_at": {
                    "type": "string",
                    "pattern": "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])$",
                },
                "updated_at": {
                    "type": "string",
                    "pattern": "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])$",
                },
                "account_id": {"type": "integer"},
                "discount_amount": {
                    "type": "string",
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "total": {
                    "type": "string",
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "amount_paid_from_balance": {
                    "type": ["string", "null"],
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "initial_total": {
                    "type": "string",
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "currency_code": {"type": "string"},
                "comment": {"type": "string"},
                "status": {"type": "string"},
                "document_id": {"type": "string"},
                "expiration_date": {"type": ["string", "null"]},
                "payment_method_id": {"type": ["integer", "null"]},
                "requester_ip": {"type": ["string", "null"]},
                "manager_id": {"type": ["integer", "null"]},
                "purpose": {"type": "string"},
                "external_total": {
                    "type": ["string", "null"],
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "external_currency": {"type": ["string", "null"]},
                "due_date": {"type": ["string", "null"], "format": "date"},
                "payment_method_name": {"type": ["string", "null"]},
                "closed_at": {
                    "type": ["string", "null"],
                    "pattern": "^(?:(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])$",
                },
            },
        },
        "PaymentRelationships": {
            "type": "object",
            "required": [
                "orders",
                "invoices",
                "charges",
                "corrections",
                "reseller",
                "account",
                "payment_method",
            ],
            "properties": {
                "orders": {"$ref": "#/components/schemas/ToManyRelationship"},
                "invoices": {"$ref": "#/components/schemas/ToManyRelationship"},
                "charges": {"$ref": "#/components/schemas/ToManyRelationship"},
                "corrections": {"$ref": "#/components/schemas/ToManyRelationship"},
                "reseller": {"$ref": "#/components/schemas/ToOneRelationship"},
                "account": {"$ref": "#/components/schemas/ToOneRelationship"},
                "payment_method": {"$ref": "#/components/schemas/ToOneRelationship"},
            },
        },
        "ToManyRelationship": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ResourceIdentifier"},
                }
            },
        },
        "ToOneRelationship": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {
                    "oneOf": [{"$ref": "#/components/schemas/ResourceIdentifier"}, {"type": "null"}]
                }
            },
        },
        "Relationship": {
            "oneOf": [
                {"$ref": "#/components/schemas/ToManyRelationship"},
                {"$ref": "#/components/schemas/ToOneRelationship"},
            ]
        },
        "ResourceIdentifier": {
            "type": "object",
            "required": ["id", "type"],
            "properties": {"id": {"type": "string"}, "type": {"type": "string"}},
        },
        "IncludedResource": {
            "type": "object",
            "required": ["id", "type", "attributes"],
            "properties": {
                "id": {"type": "string"},
                "type": {"type": "string"},
                "attributes": {"type": "object", "additionalProperties": True},
                "relationships": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/components/schemas/Relationship"},
                },
            },
        },
        "GetPaymentIncludeItem": {
            "type": "string",
            "enum": [
                "invoices",
                "orders",
                "account",
                "payment_method",
                "reseller",
                "charges",
                "corrections",
            ],
        },
    },
    models={
        models.PaymentDocument: "PaymentDocument",
        models.PaymentResource: "PaymentResource",
        models.PaymentAttributes: "PaymentAttributes",
        models.PaymentRelationships: "PaymentRelationships",
        models.ToManyRelationship: "ToManyRelationship",
        models.ToOneRelationship: "ToOneRelationship",
        models.ResourceIdentifier: "ResourceIdentifier",
        models.IncludedResource: "IncludedResource",
    },
)
"""The spec as the fake reads it: the validation keywords of its schemas, and its examples."""


class GetPaymentArguments(TypedDict):
    """The arguments of a recorded `get_payment` call, as the request carried them (JSON values; None: not sent)."""

    reseller_id: int
    payment_id: int
    include: list[str] | None


def _get_payment_json(value: models.PaymentDocument) -> object:
    return value.to_dict()


class FakeApi(_kit.FakeApi):
    """A fake ActivePlatform API v3 - Get payment API: answers from the spec, checks every request against it.

    Plug it into your code through `client()` / `async_client()` (or `httpx.Client(transport=fake)`).
    A request the spec does not allow raises `RequestViolation` naming the operation, the
    parameter and the rule. Unscripted operations answer with the spec's example; where the
    spec has none, with the minimal valid body; where it has no schema, with what the client
    accepts (JSON null, or an empty body when no content is documented).

    Args:
        base_url: Where the fake lives; the default is the spec's first server.
    """

    def __init__(self, base_url: str = "https://test.activeplatform.com") -> None:
        super().__init__(SPEC, base_url)
        self.get_payment: _kit.Operation[models.PaymentDocument, GetPaymentArguments] = (
            _kit.Operation(self, "get_payment", _get_payment_json)
        )
        """`GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`: script its answers, read its `calls`."""

    def client(
        self,
        *,
        api_token_header: str = "test-api-token-header",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> Client:
        """A `Client` that sends to this fake; retries happen at once, without backoff."""
        return Client(
            api_token_header=api_token_header,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.Client(transport=self),
        ).with_options(retry_delay=0)

    def async_client(
        self,
        *,
        api_token_header: str = "test-api-token-header",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> AsyncClient:
        """An `AsyncClient` that sends to this fake; retries happen at once, without backoff."""
        return AsyncClient(
            api_token_header=api_token_header,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.AsyncClient(transport=self),
        ).with_options(retry_delay=0)


def example(model: type[M]) -> M:
    """A valid `model` instance: the spec's example of it, else the minimal valid one.

    Minimal means required fields only, each with the plainest value its schema allows
    (0, "", false, the first enum value), the same on every run. For instance
    `example(models.PaymentDocument)`; change fields with `dataclasses.replace`.
    """
    return _kit.example(SPEC, model)
