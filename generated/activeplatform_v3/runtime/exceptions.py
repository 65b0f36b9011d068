# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""The exceptions a generated client raises: non-2xx answers and data that does not fit."""

from __future__ import annotations

from collections.abc import Sequence

import httpx


class DecodeError(ValueError):
    """Data that does not fit its model: names the model, the field path and the problem."""

    def __init__(self, message: str, model: str = "", path: Sequence[str | int] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.model = model
        self.path: tuple[str | int, ...] = tuple(path)

    def at(self, model: str, key: str | int) -> DecodeError:
        """The same error seen from one level up: `key` is prepended to the path."""
        return DecodeError(self.message, model, (key, *self.path))

    @property
    def location(self) -> str:
        text = ""
        for key in self.path:
            text += f"[{key}]" if isinstance(key, int) else f".{key}" if text else key
        return text

    def __str__(self) -> str:
        location = self.location
        dot = "." if self.model and location and not location.startswith("[") else ""
        where = f"{self.model}{dot}{location}"
        return f"{where}: {self.message}" if where else self.message


class ApiError(Exception):
    """A non-2xx answer. Carries status, headers and the raw body; subclasses name the status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: httpx.Headers,
        body: bytes,
        error: object = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self._error = error
