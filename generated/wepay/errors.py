# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the WePay API - Get a collection of payments client.

Everything the client raises is a `WepayError` (the runtime's `ClientError`):

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
    ConflictError,
    CredentialsError,
    DecodeError,
    NotFoundError,
    TooManyRequestsError,
    TypedApiError,
    UnauthorizedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import models

WepayError = ClientError
"""Everything this client raises: catch it to catch them all."""

__all__ = [
    "WepayError",
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
]


class BadRequestError(_rt.BadRequestError, TypedApiError["models.Error"]):
    """400 INVALID_PARAMS"""


class ForbiddenError(_rt.ForbiddenError, TypedApiError["models.Error"]):
    """403 NOT_AUTHORIZED"""


class InternalServerError(_rt.InternalServerError, TypedApiError["models.Error"]):
    """500 UNEXPECTED_ERROR"""


BY_STATUS: dict[int | str, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
    500: InternalServerError,
}
"""The class of each status (`404`), range (`"4XX"`) or `"default"`: what the client raises."""
