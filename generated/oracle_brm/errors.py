# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Exceptions of the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID client.

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
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "InternalServerError",
]


class BadRequestError(TypedApiError[models.Error]):
    """400 Bad Request"""

    status = 400
    checked_as = (models.Error,)


class UnauthorizedError(TypedApiError[models.Error]):
    """401 Unauthorized"""

    status = 401
    checked_as = (models.Error,)


class ForbiddenError(TypedApiError[models.Error]):
    """403 Forbidden"""

    status = 403
    checked_as = (models.Error,)


class NotFoundError(TypedApiError[models.Error]):
    """404 Not Found"""

    status = 404
    checked_as = (models.Error,)


class MethodNotAllowedError(TypedApiError[models.Error]):
    """405 Method Not allowed"""

    status = 405
    checked_as = (models.Error,)


class ConflictError(TypedApiError[models.Error]):
    """409 Conflict"""

    status = 409
    checked_as = (models.Error,)


class InternalServerError(TypedApiError[models.Error]):
    """500 Internal Server Error"""

    status = 500
    checked_as = (models.Error,)
