"""Problems found in a spec, collected as values and reported together at the end."""

from __future__ import annotations

import re
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
    return (
        f"the generator failed on this spec ({type(error).__name__}{_raised_at(error)}: {error}); "
        "this is a bug in the generator, not in the spec: please report it with the spec "
        f"({TRACEBACK_VARIABLE}=1 shows the traceback)"
    )


def _raised_at(error: Exception) -> str:
    """` at folder/file.py:line` of the innermost source line of `error`'s traceback, in the
    worker process that raised it where it came from one (its traceback is then text)."""
    frames = [(frame.filename, frame.lineno) for frame in traceback.extract_tb(error.__traceback__)]
    remote = getattr(error.__cause__, "tb", None)  # concurrent.futures' text of a worker's traceback
    if isinstance(remote, str):
        frames += [(name, int(line)) for name, line in _FRAME_LINE.findall(remote)]
    in_files = [(PurePath(name), line) for name, line in frames if name.endswith(".py")]
    if not in_files:
        return ""
    path, line = in_files[-1]
    return f" at {path.parent.name}/{path.name}:{line}"


_FRAME_LINE = re.compile(r'File "([^"]+)", line (\d+)')
