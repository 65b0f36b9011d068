"""black over the generated modules: on all cores, and cached by input.

black is most of the generation time, so it runs once per module in worker processes and its
output is kept on disk under a key of input, black version and mode.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


def format_packages(packages: dict[str, dict[str, str]]) -> dict[str, dict[str, bytes] | FormatError]:
    """black over every Python file of every package, on all cores when the cache misses.

    A package whose module black refuses maps to the FormatError instead of its files.
    """
    jobs = {
        (package, name): source
        for package, files in packages.items()
        for name, source in files.items()
        if name.endswith(".py") and _cached(source) is None
    }
    done: dict[tuple[str, str], str | FormatError] = {}
    if len(jobs) > 2 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, len(jobs))) as pool:
            futures = {key: pool.submit(_format_or_error, source, "/".join(key)) for key, source in jobs.items()}
            done = {key: future.result() for key, future in futures.items()}
    result: dict[str, dict[str, bytes] | FormatError] = {}
    for package, files in packages.items():
        formatted: dict[str, bytes] = {}
        for name, text in files.items():
            if name.endswith(".py"):
                outcome = done.get((package, name)) or _format_or_error(text, f"{package}/{name}")
                if isinstance(outcome, FormatError):
                    result[package] = outcome
                    break
                text = outcome
            formatted[name] = text.encode("utf-8")
        else:
            result[package] = formatted
    return result


def _format_or_error(source: str, name: str) -> str | FormatError:
    try:
        return format_python(source, name)
    except FormatError as error:
        return error


class FormatError(Exception):
    """black refused a generated module: a generator or template bug, reported with its file."""


CACHE_DIR = Path(os.environ.get("GENERATOR_CACHE_DIR", Path(__file__).resolve().parent.parent / ".cache" / "black"))


def _cache_path(source: str) -> Path:
    key = hashlib.sha256(f"{black.__version__}\0{BLACK_MODE!r}\0{source}".encode()).hexdigest()
    return CACHE_DIR / key[:2] / key


def _cached(source: str) -> str | None:
    try:
        return _cache_path(source).read_text(encoding="utf-8")
    except OSError:
        return None


def format_python(source: str, name: str) -> str:
    """black's output for `source`, from the cache when this exact input was formatted before.

    black is most of the generation time (it formats about a thousand lines a second), and
    most files are unchanged from one run to the next. The key covers the input, black's
    version and mode, so a hit returns exactly the bytes black would.
    """
    hit = _cached(source)
    if hit is not None:
        return hit
    cached = _cache_path(source)
    try:
        formatted = black.format_str(source, mode=BLACK_MODE)
    except black.InvalidInput as error:
        raise FormatError(f"{name}: generated code does not parse: {error}") from None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(formatted, encoding="utf-8")
        os.replace(temporary, cached)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return formatted
