# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""What every credential has in common; each kind of security scheme has its own module."""

from __future__ import annotations

import httpx

from .exceptions import CredentialsError


class Credential:
    """Applies one security scheme to a request. Never shows its secret in `repr()`."""

    secrets: tuple[str, ...] = ()
    query_parameter: str | None = None
    """The query parameter that carries the secret, if any: logs and errors show it as `***`."""

    def apply(self, request: httpx.Request) -> httpx.Request:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(***)"


def require(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise CredentialsError(f"credential {name!r} must be a non-empty string")
    return value
