# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 471fbbe3f839593d5e144f63c84a4d9803fdd3f5c332c8256bf578a2d06247ea)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the WePay API - Get a collection of payments API (version 3.0).

Curated from the WePay API reference page "Get a collection of payments" (seed 004_c6f1d0d7530fc90b.txt). "The GET /payments call allows your platform to look up a collection of payments.\"
"""

from . import errors, models
from .runtime import UNSET, ApiError, DecodeError, RawResponse, Unset
from .client import AsyncClient, Client, __version__

__all__ = [
    "UNSET",
    "ApiError",
    "AsyncClient",
    "Client",
    "DecodeError",
    "RawResponse",
    "Unset",
    "__version__",
    "errors",
    "models",
]
