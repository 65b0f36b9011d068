# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID client.

Everything the client raises is a `OracleBrmError` (the runtime's `ClientError`):

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
    TooManyRequestsError,
    TypedApiError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import models

OracleBrmError = ClientError
"""Everything this client raises: catch it to catch them all."""

__all__ = [
    "OracleBrmError",
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
    "MethodNotAllowedError",
    "ConflictError",
    "UnprocessableEntityError",
    "TooManyRequestsError",
    "InternalServerError",
]


class BadRequestError(_rt.BadRequestError, TypedApiError["models.Error"]):
    """400 Bad Request"""


class UnauthorizedError(_rt.UnauthorizedError, TypedApiError["models.Error"]):
    """401 Unauthorized"""


class ForbiddenError(_rt.ForbiddenError, TypedApiError["models.Error"]):
    """403 Forbidden"""


class NotFoundError(_rt.NotFoundError, TypedApiError["models.Error"]):
    """404 Not Found"""


class MethodNotAllowedError(TypedApiError["models.Error"], status=405):
    """405 Method Not allowed"""


class ConflictError(_rt.ConflictError, TypedApiError["models.Error"]):
    """409 Conflict"""


class InternalServerError(_rt.InternalServerError, TypedApiError["models.Error"]):
    """500 Internal Server Error"""


BY_STATUS: dict[int | str, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
    500: InternalServerError,
}
"""The class of each status (`404`), range (`"4XX"`) or `"default"`: what the client raises."""
