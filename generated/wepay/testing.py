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

SPEC = _kit.read_spec(__package__)
"""The spec as the fake reads it (`testing.json`): the validation keywords of its schemas, and its examples."""


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
