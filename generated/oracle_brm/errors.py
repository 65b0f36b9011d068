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
from .runtime import ApiError, DecodeError

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


class BadRequestError(ApiError):
    """400 Bad Request"""

    status = 400

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class UnauthorizedError(ApiError):
    """401 Unauthorized"""

    status = 401

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class ForbiddenError(ApiError):
    """403 Forbidden"""

    status = 403

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class NotFoundError(ApiError):
    """404 Not Found"""

    status = 404

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class MethodNotAllowedError(ApiError):
    """405 Method Not allowed"""

    status = 405

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class ConflictError(ApiError):
    """409 Conflict"""

    status = 409

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class InternalServerError(ApiError):
    """500 Internal Server Error"""

    status = 500

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None
