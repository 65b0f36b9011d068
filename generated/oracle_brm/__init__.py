# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 ae2eac9163a5a1520d3692545eb72be549b3181d421913ea48cb8240dc327105)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Typed client for the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API (version v4).

Curated from the Oracle Communications Billing and Revenue Management (BRM) REST Services Manager API reference page "Get a Payment by ID" (seed 003_5637307ab22027e5.txt). "Gets the specified payment." The resource model follows TM Forum Payment Management (TMF676).
"""

from . import errors, models
from .runtime import UNSET, ApiError, DecodeError, RawResponse, Unset
from .client import API_VERSION, AsyncClient, Client, __version__

__all__ = [
    "API_VERSION",
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
