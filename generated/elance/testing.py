# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Test kit for code that uses this client: a fake Elance Developer API - pay/getPayment API, offline.

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
    title="Elance Developer API - pay/getPayment",
    operations=(
        _kit.OperationSpec(
            name="get_payment",
            method="GET",
            path="/pay/getPayment",
            responses=(
                _kit.ResponseSpec(
                    status="200",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/GetPaymentResponse"},
                    examples=(
                        {
                            "api": "pay/getPayment",
                            "apiVersion": 1,
                            "rcode": 1,
                            "data": {
                                "bidDetails": {
                                    "bidId": "24170489",
                                    "jobId": "24170488",
                                    "jobName": "PHP scripting for SuperGeeks",
                                    "userType": "PROVIDER",
                                    "clientUserId": "1969228",
                                    "clientName": "SuperGeeks",
                                    "clientImageURL": "https : ///file/SG_logo100x100.jpg?crypted=Y3R4JTNEc2VhcmNoX3RodW1ibmFpbCUyNmZpZCUzRDIwMzEwMTczJTI2cmlkJTNELTElMjZwaWQlM0QxOTY5MjI4",
                                    "clientCountry": "United States",
                                    "clientCountryCode": "US",
                                    "clientCity": "Honolulu",
                                    "providerUserId": "1976925",
                                    "providerName": "John Smith",
                                    "providerImageURL": "https : ///file/cry_face_4056.jpg?crypted=Y3R4JTNEc2VhcmNoX3RodW1ibmFpbCUyNmZpZCUzRDMwMTAxODEyJTI2cmlkJTNELTElMjZwaWQlM0QxOTc2OTI1",
                                    "providerCountry": "United States",
                                    "providerCountryCode": "US",
                                    "providerCity": "Mountain View",
                                    "phase": "5",
                                    "status": "Working",
                                    "secondaryStatus": "",
                                    "isHourly": False,
                                    "isSponsored": False,
                                    "isPreBid": False,
                                    "bidAmount": "200",
                                    "hoursPerWeek": "0",
                                    "duration": "",
                                    "submissionDate": 1306900800,
                                },
                                "payment": {
                                    "id": 10396168,
                                    "date": 1306900800,
                                    "bidId": 24170489,
                                    "jobId": 24170488,
                                    "client": "SuperGeeks",
                                    "provider": "johnsmithinc",
                                    "clientUserId": 1969228,
                                    "providerUserId": 1976925,
                                    "fromAccountId": 2,
                                    "toAccountId": 2214625,
                                    "invoiceId": 6730313,
                                    "internalPaymentDisplay": "Elance Escrow",
                                    "externalPaymentId": 0,
                                    "externalPaymentDisplay": "",
                                    "fromAmount": 200,
                                    "fromCurrency": "USD",
                                    "toAmount": 200,
                                    "toCurrency": "USD",
                                    "amount": 200,
                                    "fromDescription": "Release of Payment for PHP scripting for SuperGeeks to johnsmithinc from Escrow Account for project bid ID 24170489.   Document #6730313",
                                    "toDescription": "Release of Payment for PHP scripting for SuperGeeks from Escrow Account for project bid ID 24170489.   Document #6730313",
                                },
                            },
                        },
                    ),
                ),
                _kit.ResponseSpec(
                    status="default",
                    media_type="application/json",
                    schema={"$ref": "#/components/schemas/ErrorResponse"},
                    examples=(),
                ),
            ),
            parameters=(
                _kit.ParameterSpec(
                    name="id",
                    wire_name="id",
                    location="query",
                    required=True,
                    schema={"type": "integer"},
                    style="form",
                    explode=True,
                ),
            ),
            security=(("elanceOAuth1",),),
        ),
    ),
    schemes=(_kit.SchemeSpec("elanceOAuth1", "oauth1", ""),),
    schemas={
        "GetPaymentResponse": {
            "type": "object",
            "required": ["api", "apiVersion", "rcode", "data"],
            "properties": {
                "api": {"type": "string"},
                "apiVersion": {"type": "integer"},
                "rcode": {"type": "integer"},
                "data": {"$ref": "#/components/schemas/PaymentDetails"},
            },
        },
        "PaymentDetails": {
            "type": "object",
            "required": ["bidDetails", "payment"],
            "properties": {
                "bidDetails": {"$ref": "#/components/schemas/BidData"},
                "payment": {"$ref": "#/components/schemas/PaymentData"},
            },
        },
        "BidData": {
            "type": "object",
            "required": [
                "bidId",
                "jobId",
                "jobName",
                "userType",
                "clientUserId",
                "clientName",
                "clientImageURL",
                "clientCountry",
                "clientCountryCode",
                "clientCity",
                "providerUserId",
                "providerName",
                "providerImageURL",
                "providerCountry",
                "providerCountryCode",
                "providerCity",
                "phase",
                "status",
                "secondaryStatus",
                "isHourly",
                "isSponsored",
                "isPreBid",
                "bidAmount",
                "hoursPerWeek",
                "duration",
                "submissionDate",
            ],
            "properties": {
                "bidId": {"type": "string"},
                "jobId": {"type": "string"},
                "jobName": {"type": "string"},
                "userType": {"type": "string"},
                "clientUserId": {"type": "string"},
                "clientName": {"type": "string"},
                "clientImageURL": {"type": "string"},
                "clientCountry": {"type": "string"},
                "clientCountryCode": {"type": "string"},
                "clientCity": {"type": "string"},
                "providerUserId": {"type": "string"},
                "providerName": {"type": "string"},
                "providerImageURL": {"type": "string"},
                "providerCountry": {"type": "string"},
                "providerCountryCode": {"type": "string"},
                "providerCity": {"type": "string"},
                "phase": {"type": "string"},
                "status": {"type": "string"},
                "secondaryStatus": {"type": "string"},
                "isHourly": {"type": "boolean"},
                "isSponsored": {"type": "boolean"},
                "isPreBid": {"type": "boolean"},
                "bidAmount": {
                    "type": "string",
                    "format": "decimal",
                    "pattern": "^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?$",
                },
                "hoursPerWeek": {"type": "string"},
                "duration": {"type": "string"},
                "submissionDate": {"type": "integer", "format": "unix-time"},
            },
        },
        "PaymentData": {
            "type": "object",
            "required": [
                "id",
                "date",
                "bidId",
                "jobId",
                "client",
                "provider",
                "clientUserId",
                "providerUserId",
                "fromAccountId",
                "toAccountId",
                "invoiceId",
                "internalPaymentDisplay",
                "externalPaymentId",
                "externalPaymentDisplay",
                "fromAmount",
                "fromCurrency",
                "toAmount",
                "toCurrency",
                "amount",
                "fromDescription",
                "toDescription",
            ],
            "properties": {
                "id": {"type": "integer"},
                "date": {"type": "integer", "format": "unix-time"},
                "bidId": {"type": "integer"},
                "jobId": {"type": "integer"},
                "client": {"type": "string"},
                "provider": {"type": "string"},
                "clientUserId": {"type": "integer"},
                "providerUserId": {"type": "integer"},
                "fromAccountId": {"type": "integer"},
                "toAccountId": {"type": "integer"},
                "invoiceId": {"type": "integer"},
                "internalPaymentDisplay": {"type": "string"},
                "externalPaymentId": {"type": "integer"},
                "externalPaymentDisplay": {"type": "string"},
                "fromAmount": {"type": "number"},
                "fromCurrency": {"type": "string"},
                "toAmount": {"type": "number"},
                "toCurrency": {"type": "string"},
                "amount": {"type": "number"},
                "fromDescription": {"type": "string"},
                "toDescription": {"type": "string"},
            },
        },
        "ErrorResponse": {
            "type": "object",
            "properties": {
                "api": {"type": "string"},
                "apiVersion": {"type": "integer"},
                "rcode": {"type": "integer"},
            },
            "additionalProperties": True,
        },
    },
    models={
        models.GetPaymentResponse: "GetPaymentResponse",
        models.PaymentDetails: "PaymentDetails",
        models.BidData: "BidData",
        models.PaymentData: "PaymentData",
        models.ErrorResponse: "ErrorResponse",
    },
)
"""The spec as the fake reads it: the validation keywords of its schemas, and its examples."""


class GetPaymentArguments(TypedDict):
    """The arguments of a recorded `get_payment` call, as the request carried them (JSON values; None: not sent)."""

    id: int


def _get_payment_json(value: models.GetPaymentResponse) -> object:
    return value.to_dict()


class FakeApi(_kit.FakeApi):
    """A fake Elance Developer API - pay/getPayment API: answers from the spec, checks every request against it.

    Plug it into your code through `client()` / `async_client()` (or `httpx.Client(transport=fake)`).
    A request the spec does not allow raises `RequestViolation` naming the operation, the
    parameter and the rule. Unscripted operations answer with the spec's example; where the
    spec has none, with the minimal valid body; where it has no schema, with what the client
    accepts (JSON null, or an empty body when no content is documented).

    Args:
        base_url: Where the fake lives; the default is the spec's first server.
    """

    def __init__(self, base_url: str = "https://api.elance.com/api") -> None:
        super().__init__(SPEC, base_url)
        self.get_payment: _kit.Operation[models.GetPaymentResponse, GetPaymentArguments] = (
            _kit.Operation(self, "get_payment", _get_payment_json)
        )
        """`GET /pay/getPayment`: script its answers, read its `calls`."""

    def client(
        self,
        *,
        consumer_key: str = "test-consumer-key",
        consumer_secret: str = "test-consumer-secret",
        token: str = "test-token",
        token_secret: str = "test-token-secret",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> Client:
        """A `Client` that sends to this fake; retries happen at once, without backoff."""
        return Client(
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            token=token,
            token_secret=token_secret,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.Client(transport=self),
        ).with_options(retry_delay=0)

    def async_client(
        self,
        *,
        consumer_key: str = "test-consumer-key",
        consumer_secret: str = "test-consumer-secret",
        token: str = "test-token",
        token_secret: str = "test-token-secret",
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
    ) -> AsyncClient:
        """An `AsyncClient` that sends to this fake; retries happen at once, without backoff."""
        return AsyncClient(
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            token=token,
            token_secret=token_secret,
            base_url=self.base_url,
            max_retries=max_retries,
            httpx_client=httpx.AsyncClient(transport=self),
        ).with_options(retry_delay=0)


def example(model: type[M]) -> M:
    """A valid `model` instance: the spec's example of it, else the minimal valid one.

    Minimal means required fields only, each with the plainest value its schema allows
    (0, "", false, the first enum value), the same on every run. For instance
    `example(models.GetPaymentResponse)`; change fields with `dataclasses.replace`.
    """
    return _kit.example(SPEC, model)
