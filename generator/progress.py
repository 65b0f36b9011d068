"""What a long run is doing, shown on a terminal: the stage of each spec, and black's pieces.

A large spec takes minutes; a line per spec with its current stage, and a bar for the black
pieces done, say where. The display is drawn on stderr only when stderr is a terminal and
`CI` is not set, and it disappears when the run ends, leaving the run's one summary line.
Elsewhere every method does nothing (and rich is not even imported).
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any


STAGES = ("loading", "validating", "building the model", "rendering")


def wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """Stages per spec and black's pieces; a no-op unless `enabled`."""

    def __init__(self, enabled: bool = False) -> None:
        self._display: Any = None
        self._lines: dict[str, Any] = {}
        self._lock = threading.Lock()  # black's pieces finish on the executor's thread
        self._pieces: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Display, TextColumn, TimeElapsedColumn

            self._display = Display(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> Progress:
        if self._display is not None:
            self._display.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._display is not None:
            self._display.stop()

    def stage(self, spec: str, stage: str) -> None:
        """`spec` (its file name) is now at `stage`, one of STAGES, or "built"."""
        if self._display is None:
            return
        with self._lock:
            if spec not in self._lines:
                self._lines[spec] = self._display.add_task("", total=len(STAGES))
            done = STAGES.index(stage) if stage in STAGES else len(STAGES)
            self._display.update(self._lines[spec], description=f"{spec}: {stage}", completed=done, refresh=True)

    def pieces_started(self, count: int) -> None:
        """`count` more pieces of code were handed to black."""
        if self._display is None or not count:
            return
        with self._lock:
            if self._pieces is None:
                self._pieces = self._display.add_task("black: pieces formatted", total=0)
            self._display.update(self._pieces, total=self._display.tasks[self._pieces].total + count)

    def piece_done(self, *_: object) -> None:
        if self._display is not None:
            with self._lock:
                self._display.advance(self._pieces)
