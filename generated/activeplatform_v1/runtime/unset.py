# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""UNSET: the value of a field or parameter that is absent, as opposed to JSON null."""

from __future__ import annotations

from typing import Final, Literal


class Unset:
    """The type of UNSET: a field or parameter that is absent, as opposed to null."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset()
