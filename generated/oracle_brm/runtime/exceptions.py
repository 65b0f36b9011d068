# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Everything a generated client raises, under one root: `ClientError`.

    ClientError
    ├── ApiError                  a non-2xx answer: status, headers, body, server message
    │   ├── TypedApiError[E]      base of a package's documented statuses: `error` typed E
    │   ├── BadRequestError       400
    │   ├── UnauthorizedError     401
    │   ├── ForbiddenError        403
    │   ├── NotFoundError         404
    │   ├── ConflictError         409
    │   ├── UnprocessableEntityError 422
    │   ├── TooManyRequestsError  429
    │   └── InternalServerError   500-599
    │   (and TypedApiError, the base of the classes a spec documents)
    ├── ApiConnectionError        the server could not be reached (wraps httpx's error)
    │   └── ApiTimeoutError       no answer in time
    ├── DecodeError               data that does not fit its model (also a ValueError)
    ├── ArgumentError             an argument refused before anything is sent (also a ValueError)
    │   └── ArgumentTypeError     an argument of the wrong type (also a TypeError)
    └── CredentialsError          credentials missing or empty (also a ValueError)

The HTTP-status classes exist whether or not a spec documents the status; a package whose
spec documents one subclasses it to type the parsed error body (`exc.error`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final, Generic, TypeVar, cast

import httpx


class ClientError(Exception):
    """The root of everything a generated client raises: catch this to catch them all."""


class ArgumentError(ClientError, ValueError):
    """An argument the spec does not allow, refused before any request is sent."""


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument of a type the parameter does not take."""


class CredentialsError(ClientError, ValueError):
    """Credentials an operation needs are missing or empty."""


class ApiConnectionError(ClientError):
    """The request did not get an answer: refused connection, DNS failure, broken transfer.

    The httpx exception is the `__cause__`; the message names the request with its secrets
    redacted.
    """


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer within the timeout."""


class DecodeError(ClientError, ValueError):
    """Data that does not fit its model: names the model, the field path and the problem.

    Raised while reading a response, it also carries the answer (`status_code`, `headers`,
    `body`), so the data stays reachable.
    """

    status_code: int | None = None
    headers: httpx.Headers | None = None
    body: bytes | None = None

    def __init__(self, message: str, model: str = "", path: Sequence[str | int] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.model = model
        self.path: tuple[str | int, ...] = tuple(path)

    def at(self, model: str, key: str | int) -> DecodeError:
        """The same error seen from one level up: `key` is prepended to the path."""
        return DecodeError(self.message, model, (key, *self.path))

    def in_response(self, context: str, response: httpx.Response) -> DecodeError:
        """The same error, saying which answer it was found in and carrying that answer."""
        error = DecodeError(f"{self.message} ({context})", self.model, self.path)
        error.status_code, error.headers, error.body = (
            response.status_code,
            response.headers,
            response.content,
        )
        return error

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


class ApiError(ClientError):
    """A non-2xx answer. Carries status, headers and the raw body; subclasses name the status.

    `str(exc)` is the request, the status and the server's own message (from the body's
    `message`-like field, or its text), cut to 200 characters.
    """

    status: ClassVar[int | None] = None
    """The HTTP status this class stands for; None for a range of statuses or the default."""

    def __init_subclass__(cls, *, status: int | None = None, **kwargs: Any) -> None:
        """A subclass names its status in its header: `class NotFoundError(ApiError, status=404)`."""
        super().__init_subclass__(**kwargs)
        if status is not None:
            cls.status = status

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


E = TypeVar("E")


class TypedApiError(ApiError, Generic[E]):
    """A status the spec documents: `error` is the body parsed into its documented type.

    Each class of a package's `errors.py` subclasses it with that type as its argument, so
    `exc.error` is typed precisely per class without restating the property in each.
    """

    @property
    def error(self) -> E | None:
        """The body decoded as the operation documents it for this status; None when it
        documents none, or the body did not fit."""
        return cast("E | None", self._error)


class BadRequestError(ApiError, status=400):
    """400 Bad Request: the server refused the request as malformed."""


class UnauthorizedError(ApiError, status=401):
    """401 Unauthorized: credentials missing or not accepted."""


class ForbiddenError(ApiError, status=403):
    """403 Forbidden: the credentials do not allow this."""


class NotFoundError(ApiError, status=404):
    """404 Not Found."""


class ConflictError(ApiError, status=409):
    """409 Conflict."""


class UnprocessableEntityError(ApiError, status=422):
    """422 Unprocessable Entity: well-formed but refused."""


class TooManyRequestsError(ApiError, status=429):
    """429 Too Many Requests: see the `Retry-After` header."""


class InternalServerError(ApiError):
    """Any 5xx answer: the server failed."""


STATUS_ERRORS: Final[Mapping[int, type[ApiError]]] = {
    error.status: error
    for error in (
        BadRequestError,
        UnauthorizedError,
        ForbiddenError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        TooManyRequestsError,
    )
    if error.status is not None
}
"""The common HTTP-status classes, which every package has whether its spec documents them or not."""


def error_class(status: int, package: Mapping[int | str, type[ApiError]]) -> type[ApiError]:
    """The class an answer of `status` raises.

    The package's own class for the status, else for its range (`"4XX"`), else the common
    class (every 5xx is an InternalServerError), else the package's `default` class, else
    ApiError.
    """
    for key in (status, f"{status // 100}XX"):
        if key in package:
            return package[key]
    if 500 <= status <= 599:
        return package.get(500, InternalServerError)
    return STATUS_ERRORS.get(status) or package.get("default", ApiError)
