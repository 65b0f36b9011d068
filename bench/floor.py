"""The floor our two named dependencies set on one input, for `generate.py`'s "floor" row.

    python bench/floor.py OUTPUT_DIR SPEC...

A fresh interpreter makes only the calls to them that a cold `generate` makes, the way it
makes them: the same datamodel-code-generator `parse_raw` on the same input (the spec loaded
and its inline schemas hoisted, as `generate` does first), in the worker the command line
forks at start (`generator/startup.py`, which imports DCG while this process imports black),
and black's one pass over the Python modules `generate` wrote into OUTPUT_DIR, in pieces on
every core (an empty cache: run it with `GENERATOR_CACHE_DIR` fresh). No validation, model
building or rendering: what is left when everything of ours but the calls is taken away.
Prints the seconds of each part as JSON; the wall time the parent measures includes starting
the interpreter and importing both.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.startup import DcgWorker, collect_garbage_rarely  # noqa: E402  (imports nothing heavy)

T = TypeVar("T")
DCG_PART = "datamodel-code-generator (waited for its parse in the worker)"
BLACK_PART = "black (one pass, every core)"


def main(output: Path, specs: list[Path]) -> dict[str, float]:
    seconds: dict[str, float] = {}

    def timed(part: str, action: Callable[[], T]) -> T:
        started = time.perf_counter()
        value = action()
        seconds[part] = round(seconds.get(part, 0.0) + time.perf_counter() - started, 3)
        return value

    collect_garbage_rarely()
    with DcgWorker() as dcg:  # forked first, importing DCG, as the command line does
        from generator import schemas
        from generator.formatting import Formatter  # imports black
        from generator.hoist import hoist_inline_schemas
        from generator.load import load_document
        from generator.reachable import drop_unreachable

        with Formatter() as formatter:  # black's workers forked before any spec is loaded, as `generate` does
            for path in specs:
                spec = timed("load and hoist (ours)", lambda: load_document(path))
                hoisted = timed("load and hoist (ours)", lambda: hoist_inline_schemas(spec.data).document)
                timed("load and hoist (ours)", lambda: drop_unreachable(hoisted, spec.data))
                timed(DCG_PART, lambda: schemas.read_with_dcg(hoisted, spec.path, dcg.run))
            for package in sorted(p for p in output.iterdir() if p.is_dir()):
                # The runtime is copied as it is, never formatted: only what `generate` hands black.
                modules = sorted(m for m in package.rglob("*.py") if m.relative_to(package).parts[0] != "runtime")
                formatter.submit(package.name, ((str(m.relative_to(package)), m.read_text(encoding="utf-8")) for m in modules))
            timed(BLACK_PART, formatter.results)
    return seconds


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])))
