# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the ActivePlatform API v3 - Get payment API (version v3).

Curated from the ActivePlatform API v3 reference page "Get payment" (seed 002_5641b27d63c74f59.txt). "The Get payment method returns payment details of the current reseller or any of its downstream resellers." Responses follow JSON:API (media type application/vnd.api+json).
"""

from . import errors, models
from .client import API_VERSION, AsyncClient, Client, __version__
from .errors import (
    ActiveplatformV3Error,
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
    "ActiveplatformV3Error",
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
