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

SPEC = _kit.read_spec(__package__)
"""The spec as the fake reads it (`testing.json`): the validation keywords of its schemas, and its examples."""


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
