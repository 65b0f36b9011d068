# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the Elance Developer API - pay/getPayment API (version 1).

Curated from the Elance Developer API reference page for the Pay method "pay/getPayment" (seed 000_031c74c9fbe373e9.txt). "The pay/getPayment method is an Elance Developer API Pay method that returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed." The related invoice can be retrieved with pay/getInvoice by passing PaymentData.invoiceId as its id parameter. "This method does not support the JSONP response format.\"
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
    ElanceError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    TooManyRequestsError,
    UnauthorizedError,
    UnexpectedStatusError,
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
    "ElanceError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
]
