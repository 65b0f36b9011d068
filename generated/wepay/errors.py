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
from .runtime import ApiError, DecodeError

__all__ = [
    "ApiError",
    "DecodeError",
    "BadRequestError",
    "ForbiddenError",
    "InternalServerError",
]


class BadRequestError(ApiError):
    """400 INVALID_PARAMS"""

    status = 400

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class ForbiddenError(ApiError):
    """403 NOT_AUTHORIZED"""

    status = 403

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None


class InternalServerError(ApiError):
    """500 UNEXPECTED_ERROR"""

    status = 500

    @property
    def error(self) -> models.Error | None:
        """The parsed error body, or None when the body was not the documented one."""
        return self._error if isinstance(self._error, models.Error) else None
