"""Problems found in a spec, collected as values and reported together at the end."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath

TRACEBACK_VARIABLE = "GENERATOR_TRACEBACK"
"""Set (to anything) to let an error of the generator itself end in its traceback."""


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem, located as `file:line:column` plus the JSON pointer it concerns."""

    file: str
    line: int
    column: int
    message: str
    pointer: str = ""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f" ({self.pointer})" if self.pointer else ""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.file}:{self.line}:{self.column}: {prefix}{self.message}{where}"


class InvalidInput(Exception):
    """Raised at a stage boundary when diagnostics hold errors; the CLI prints them and exits 2."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


def internal_error(error: Exception) -> str:
    """The message for an exception the generator did not expect while it built a spec: what
    and where, said as the generator's fault (the spec was valid), and how to see more."""
    where = ""
    for frame in traceback.extract_tb(error.__traceback__)[-1:]:
        path = PurePath(frame.filename)
        where = f" at {path.parent.name}/{path.name}:{frame.lineno}"
    return (
        f"the generator failed on this spec ({type(error).__name__}{where}: {error}); "
        "this is a bug in the generator, not in the spec: please report it with the spec "
        f"({TRACEBACK_VARIABLE}=1 shows the traceback)"
    )
