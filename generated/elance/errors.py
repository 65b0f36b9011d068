# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the Elance Developer API - pay/getPayment client.

Every non-2xx answer raises `ApiError` or one of its subclasses, which carry the status,
headers and raw body; a documented error status has its own class carrying the parsed
error model in `error`. Data that does not fit its model raises `DecodeError`.
"""

from __future__ import annotations

from . import models
from .runtime import ApiError, DecodeError, TypedApiError

__all__ = [
    "ApiError",
    "DecodeError",
    "UnexpectedStatusError",
]


class UnexpectedStatusError(TypedApiError[models.ErrorResponse]):
    """A status the operation documents only as its `default` response: An error. The page says only: "For a list of other common errors that can be thrown by this method, see Common API Error Codes.\" """

    checked_as = (models.ErrorResponse,)
