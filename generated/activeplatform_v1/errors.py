# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the ActivePlatform Vendor API v1 - Get Payment Info by ID client.

Everything the client raises is a `ActiveplatformV1Error` (the runtime's `ClientError`):

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

from .runtime import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ArgumentError,
    ArgumentTypeError,
    BadRequestError,
    ClientError,
    ConflictError,
    CredentialsError,
    DecodeError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
)

ActiveplatformV1Error = ClientError
"""Everything this client raises: catch it to catch them all."""

__all__ = [
    "ActiveplatformV1Error",
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
