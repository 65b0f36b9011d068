# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""What every credential has in common; each kind of security scheme has its own module."""

from __future__ import annotations

import os
from collections.abc import Mapping

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


def from_environment(value: str | None, variable: str) -> str | None:
    """A credential argument, or when it was not given, the environment variable named for it.

    An empty variable counts as unset, so `export WEPAY_APP_ID=` does not make an empty key.
    """
    if value is not None:
        return value
    return os.environ.get(variable) or None


def require_all(names: Mapping[str, str], given: Mapping[str, str | None]) -> None:
    """Refuses, at construction, a client missing credentials that every operation needs.

    `names` maps each keyword argument to its environment variable; the message names both.
    """
    missing = [argument for argument in names if not given.get(argument)]
    if missing:
        wanted = ", ".join(f"{argument} (or ${names[argument]})" for argument in missing)
        raise CredentialsError(f"missing credentials: pass {wanted}")
