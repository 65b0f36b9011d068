"""Problems found in a spec, collected as values and reported together at the end."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
