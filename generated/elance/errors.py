# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the Elance Developer API - pay/getPayment client.

Everything the client raises is a `ElanceError` (the runtime's `ClientError`):

- `ApiError` for a non-2xx answer, with its status, headers, raw body and the server's
  message; each common status has its class (`NotFoundError`, ...) whether or not the spec
  documents it, every 5xx is an `InternalServerError`, and a class the spec documents a
  body for carries it parsed in `error`;
- `ApiConnectionError` when no answer came (`ApiTimeoutError` when it timed out);
- `DecodeError` for data that does not fit its model;
- `ArgumentError` for an argument refused before sending, `CredentialsError` for missing
  credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import runtime as _rt
from .runtime import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ArgumentError,
    ArgumentTypeError,
    ClientError,
    CredentialsError,
    DecodeError,
    TypedApiError,
)

if TYPE_CHECKING:
    from . import models

ElanceError = ClientError
"""Everything this client raises: catch it to catch them all."""

__all__ = [
    "ElanceError",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "ArgumentError",
    "ArgumentTypeError",
    "ClientError",
    "CredentialsError",
    "DecodeError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "TooManyRequestsError",
    "InternalServerError",
    "UnexpectedStatusError",
]


class BadRequestError(_rt.BadRequestError, TypedApiError["models.ErrorResponse"]):
    """400, which the spec documents only as its `default` response."""


class UnauthorizedError(_rt.UnauthorizedError, TypedApiError["models.ErrorResponse"]):
    """401, which the spec documents only as its `default` response."""


class ForbiddenError(_rt.ForbiddenError, TypedApiError["models.ErrorResponse"]):
    """403, which the spec documents only as its `default` response."""


class NotFoundError(_rt.NotFoundError, TypedApiError["models.ErrorResponse"]):
    """404, which the spec documents only as its `default` response."""


class ConflictError(_rt.ConflictError, TypedApiError["models.ErrorResponse"]):
    """409, which the spec documents only as its `default` response."""


class UnprocessableEntityError(_rt.UnprocessableEntityError, TypedApiError["models.ErrorResponse"]):
    """422, which the spec documents only as its `default` response."""


class TooManyRequestsError(_rt.TooManyRequestsError, TypedApiError["models.ErrorResponse"]):
    """429, which the spec documents only as its `default` response."""


class InternalServerError(_rt.InternalServerError, TypedApiError["models.ErrorResponse"]):
    """every 5xx, which the spec documents only as its `default` response."""


class UnexpectedStatusError(TypedApiError["models.ErrorResponse"]):
    """A status the operation documents only as its `default` response: An error. The page says only: "For a list of other common errors that can be thrown by this method, see Common API Error Codes.\" """


BY_STATUS: dict[int | str, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
    500: InternalServerError,
    "default": UnexpectedStatusError,
}
"""The class of each status (`404`), range (`"4XX"`) or `"default"`: what the client raises."""
