# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API (version v4).

Curated from the Oracle Communications Billing and Revenue Management (BRM) REST Services Manager API reference page "Get a Payment by ID" (seed 003_5637307ab22027e5.txt). "Gets the specified payment." The resource model follows TM Forum Payment Management (TMF676).
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
    MethodNotAllowedError,
    NotFoundError,
    OracleBrmError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
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
    "MethodNotAllowedError",
    "NotFoundError",
    "OracleBrmError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]
