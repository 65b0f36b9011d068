# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the WePay API - Get a collection of payments client.

Every non-2xx answer raises `ApiError` or one of its subclasses, which carry the status,
headers and raw body; a documented error status has its own class carrying the parsed
error model in `error`. Data that does not fit its model raises `DecodeError`.
"""

from __future__ import annotations

from . import models
from .runtime import ApiError, DecodeError, TypedApiError

__all__ = [
    "ApiError",
    "DecodeError",
    "BadRequestError",
    "ForbiddenError",
    "InternalServerError",
]


class BadRequestError(TypedApiError[models.Error]):
    """400 INVALID_PARAMS"""

    status = 400
    checked_as = (models.Error,)


class ForbiddenError(TypedApiError[models.Error]):
    """403 NOT_AUTHORIZED"""

    status = 403
    checked_as = (models.Error,)


class InternalServerError(TypedApiError[models.Error]):
    """500 UNEXPECTED_ERROR"""

    status = 500
    checked_as = (models.Error,)
