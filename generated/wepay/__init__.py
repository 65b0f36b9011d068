# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the WePay API - Get a collection of payments API (version 3.0).

Curated from the WePay API reference page "Get a collection of payments" (seed 004_c6f1d0d7530fc90b.txt). "The GET /payments call allows your platform to look up a collection of payments.\"
"""

from . import errors, models
from .client import API_VERSION, AsyncClient, Client, __version__
from .errors import (
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
    WepayError,
)
from .runtime import UNSET, RawResponse, Unset

__all__ = [
    "API_VERSION",
    "UNSET",
    "AsyncClient",
    "Client",
    "RawResponse",
    "Unset",
    "__version__",
    "errors",
    "models",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "ArgumentError",
    "ArgumentTypeError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "CredentialsError",
    "DecodeError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WepayError",
]
