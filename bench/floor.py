"""The floor our two named dependencies set on one input, for `generate.py`'s "floor" row.

    python bench/floor.py OUTPUT_DIR SPEC...

A fresh interpreter makes only the calls to them that a cold `generate` makes: the same
datamodel-code-generator `parse_raw` on the same input (the spec loaded and its inline
schemas hoisted, as `generate` does first), and black's one pass over the Python modules
`generate` wrote into OUTPUT_DIR, in pieces on every core (an empty cache: run it with
`GENERATOR_CACHE_DIR` fresh). No validation, model building or rendering: what is left
when everything of ours but the calls is taken away. Prints the seconds of each part as
JSON; the wall time the parent measures includes starting the interpreter and importing both.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.formatting import Formatter  # noqa: E402  (imports black)

T = TypeVar("T")


def main(output: Path, specs: list[Path]) -> dict[str, float]:
    seconds: dict[str, float] = {}

    def timed(part: str, action: Callable[[], T]) -> T:
        started = time.perf_counter()
        value = action()
        seconds[part] = round(seconds.get(part, 0.0) + time.perf_counter() - started, 3)
        return value

    with Formatter() as formatter:  # its workers forked first, as `generate` does
        from generator import schemas
        from generator.hoist import hoist_inline_schemas
        from generator.load import load_document
        from generator.reachable import drop_unreachable

        for path in specs:
            spec = timed("load and hoist (ours)", lambda: load_document(path))
            hoisted = timed("load and hoist (ours)", lambda: hoist_inline_schemas(spec.data).document)
            timed("load and hoist (ours)", lambda: drop_unreachable(hoisted, spec.data))
            timed("datamodel-code-generator (import and parse_raw)", lambda: schemas.read_with_dcg(hoisted, spec.path))
        for package in sorted(p for p in output.iterdir() if p.is_dir()):
            # The runtime is copied as it is, never formatted: only what `generate` hands black.
            modules = sorted(m for m in package.rglob("*.py") if m.relative_to(package).parts[0] != "runtime")
            formatter.submit(package.name, ((str(m.relative_to(package)), m.read_text(encoding="utf-8")) for m in modules))
        timed("black (one pass, every core)", formatter.results)
    return seconds


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])))
