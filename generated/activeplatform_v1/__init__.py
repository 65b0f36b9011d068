# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the ActivePlatform Vendor API v1 - Get Payment Info by ID API (version v1).

Curated from the ActivePlatform Vendor API v1 reference page "Get Payment Info by ID" (seed 001_0e33ea0f4fe731d5.txt). "The Get Payment Info by ID method returns payment's details by given payment ID.\"
"""

from . import errors, models
from .client import API_VERSION, AsyncClient, Client, __version__
from .errors import (
    ActiveplatformV1Error,
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
    "ActiveplatformV1Error",
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
]
