"""black over the generated modules: in pieces, on every core, cached by input.

black is most of the generation time: it formats 150 to 300 kilobytes of source a second
per core, and a large spec's `models.py` runs to megabytes. Four things keep
it affordable without changing a byte of its output:

- the templates hand black what it would write (`layout.py` splits long lines its way), so
  its `format_str` stops after one pass instead of checking its changes with a second;

- a module is cut into pieces before top-level definitions that two blank lines precede,
  where black always puts exactly two blank lines; the pieces are formatted in parallel and
  joined with two blank lines, which gives black's bytes for the whole module (a piece that
  does not parse on its own sends the whole module through black in one go);
- the worker processes are forked before the specs are loaded, so they stay small, and they
  collect garbage once per piece instead of every 700 allocations: black's syntax trees are
  millions of objects that all become garbage together when the piece is done (a quarter
  of black's time went to collections that found nothing);
- each distinct piece is formatted once, and cached on disk under a key of its text, black's
  version and mode; pieces end where the text of a definition says, not at an offset, so
  modules that share definitions (the runtime of every package) and a large module that
  changed in a few places (a spec edited) reuse the pieces they share.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from importlib.metadata import version

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from .cache import DiskCache
from .progress import Progress

BLACK_MODE = black.Mode(target_versions={TargetVersion.PY311}, line_length=100)
PIECE_CHARS = 20_000  # black is a little faster on small pieces; a curated spec's module is one or a few
_CACHE = DiskCache("black")
_BLACK_VERSION = version("black")  # in the cache key: another black may format differently
# Before a top-level class, def or decorator that follows two blank lines, black emits exactly two.
_DEFINITION_AFTER_TWO_BLANK_LINES = re.compile(r"\n\n\n(?=class |def |async def |@)")


class FormatError(Exception):
    """black refused a generated module: a generator or template bug, reported with its file."""


def split_at_definitions(source: str, size: int = PIECE_CHARS) -> list[str]:
    """`source` cut into pieces of `size` / 4 to `size` characters, each but the first starting
    with a top-level definition that two blank lines precede in `source` (pieces joined by
    `join_pieces` after black are black's output for the whole source).

    Where a piece ends depends on the text of the definitions, not on offsets, as in
    content-defined chunking: two modules that share a run of definitions (the runtime of two
    packages) share pieces, which are formatted once.
    """
    pieces: list[str] = []
    start = 0
    for boundary in _DEFINITION_AFTER_TWO_BLANK_LINES.finditer(source):
        length = boundary.start() - start
        if length < size // 4:
            continue
        line_end = source.find("\n", boundary.end())
        first_line = source[boundary.end() : line_end if line_end >= 0 else len(source)]
        if length < size and zlib.crc32(first_line.encode("utf-8")) % 4:
            continue
        last_line = source[max(source.rfind("\n", start, boundary.start()) + 1, start) : boundary.start()].lstrip()
        if last_line.startswith(("#", "@")) or not source[start : boundary.start()].strip():
            continue  # a comment or decorator belongs to what follows; black may keep it closer
        pieces.append(source[start : boundary.start() + 1])
        start = boundary.end()
    pieces.append(source[start:])
    return pieces


def join_pieces(formatted: list[str]) -> str:
    return "\n\n".join(formatted)


def _format_piece(source: str) -> str | None:
    """black's output for one piece; None when the piece does not parse on its own."""
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except InvalidInput:
        return None


def format_python(source: str, name: str) -> str:
    """black's output for a whole module, in this process."""
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except InvalidInput as error:
        raise FormatError(f"{name}: generated code does not parse: {error}") from None


def _cache_key(source: str) -> str:
    return DiskCache.key(_BLACK_VERSION, repr(BLACK_MODE), source)


def _worker_started() -> None:
    gc.freeze()  # what the fork inherited is never garbage: later collections skip it
    gc.disable()


def _format_piece_in_worker(source: str) -> str | None:
    try:
        return _format_piece(source)
    finally:
        gc.collect()


class Formatter:
    """Formats packages as they are rendered, on every core; `results` waits for them all.

    Each distinct piece is formatted once per run, and not at all when the cache holds it.
    Create the formatter (as a context manager) before the specs are loaded: the workers are
    forked at once, from a process that does not yet hold any spec.
    """

    def __init__(self, progress: Progress | None = None) -> None:
        self._progress = progress or Progress()
        cores = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        if cores > 1:
            fork = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
            self._pool = ProcessPoolExecutor(max_workers=cores, mp_context=fork, initializer=_worker_started)
            self._pool.submit(gc.isenabled)  # with fork, the first task starts every worker
        self._packages: dict[str, dict[str, str]] = {}
        self._modules: dict[tuple[str, str], list[str]] = {}  # (package, file) → its pieces
        self._pieces: dict[str, Future[str | None]] = {}  # piece → black's output (None: does not parse alone)
        self._fresh: set[str] = set()  # pieces black formatted in this run, for the cache

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def submit(self, package: str, files: Iterable[tuple[str, str]]) -> None:
        """Starts black on the pieces of each Python file of `package` not yet known, as
        `files` yields it (path, text)."""
        kept: dict[str, str] = {}
        self._packages[package] = kept
        for name, source in files:
            kept[name] = source
            if name.endswith(".py"):
                pieces = split_at_definitions(source)
                self._modules[(package, name)] = pieces
                for piece in pieces:
                    if piece not in self._pieces:
                        self._pieces[piece] = self._start(piece)

    def _start(self, piece: str) -> Future[str | None]:
        hit = _CACHE.get(_cache_key(piece))
        if hit is not None or self._pool is None:
            done: Future[str | None] = Future()
            done.set_result(hit.decode("utf-8") if hit is not None else _format_piece(piece))
        else:
            done = self._pool.submit(_format_piece_in_worker, piece)
            self._progress.pieces_started(1)
            done.add_done_callback(self._progress.piece_done)
        if hit is None:
            self._fresh.add(piece)
        return done

    def results(self) -> dict[str, dict[str, bytes] | FormatError]:
        """Every submitted package formatted, or the FormatError of the module black refused."""
        result: dict[str, dict[str, bytes] | FormatError] = {}
        for package, files in self._packages.items():
            formatted: dict[str, bytes] = {}
            for name, text in files.items():
                if name.endswith(".py"):
                    try:
                        text = self._formatted(package, name, text)
                    except FormatError as error:
                        result[package] = error
                        break
                formatted[name] = text.encode("utf-8")
            else:
                result[package] = formatted
        for piece in self._fresh:
            output = self._pieces[piece].result()
            if output is not None:
                _CACHE.put(_cache_key(piece), output.encode("utf-8"))
        return result

    def _formatted(self, package: str, name: str, source: str) -> str:
        outputs = [self._pieces[piece].result() for piece in self._modules[(package, name)]]
        formatted = [output for output in outputs if output is not None]
        if len(formatted) == len(outputs):
            return join_pieces(formatted)
        return format_python(source, f"{package}/{name}")  # black's own verdict on the whole module
