# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the ActivePlatform API v3 - Get payment client.

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
