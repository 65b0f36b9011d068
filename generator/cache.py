"""Results kept on disk between runs, under a key of everything that shapes them.

black's output and datamodel-code-generator's reading of the schemas are pure functions of
their input, the tool's version and its options; a key over all of these makes a hit exactly
what the tool would return. `GENERATOR_CACHE_DIR` moves the cache (the benchmarks point it
at an empty directory for cold runs).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

ROOT = Path(os.environ.get("GENERATOR_CACHE_DIR") or Path(__file__).resolve().parent.parent / ".cache")


class DiskCache:
    """One kind of cached result (`black`, `dcg`): a file per key, written atomically."""

    def __init__(self, kind: str, root: Path = ROOT) -> None:
        self.directory = root / kind

    @staticmethod
    def key(*parts: str | bytes) -> str:
        digest = hashlib.sha256()
        for part in parts:
            data = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big"))  # length-prefixed: parts cannot run into each other
            digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def get(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
