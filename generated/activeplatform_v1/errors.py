# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the ActivePlatform Vendor API v1 - Get Payment Info by ID client.

Every non-2xx answer raises `ApiError` or one of its subclasses, which carry the status,
headers and raw body; a documented error status has its own class carrying the parsed
error model in `error`. Data that does not fit its model raises `DecodeError`.
"""

from __future__ import annotations

from .runtime import ApiError, DecodeError

__all__ = [
    "ApiError",
    "DecodeError",
]
