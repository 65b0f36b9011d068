"""What a command-line run sets up first, before it imports the pipeline.

- Garbage collection for the run's allocation pattern: loading, datamodel-code-generator and
  rendering allocate millions of objects that live until the end, so collecting every 700
  allocations costs a fifth of the time and finds little (Stripe: loading 3.0 s → 1.5 s,
  building the model 15.9 s → 11.8 s).
- A worker process for datamodel-code-generator (DCG), forked at once: it imports DCG, about
  a quarter of a second, while this process imports the pipeline and reads the specs, and
  then runs each parse the cache does not answer. On one core, or without `fork`, DCG runs
  in this process, as it does for callers of the pipeline that do not start a worker.

This module imports nothing of the generator's own, so the fork copies a small process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .schemas import DcgClass


def collect_garbage_rarely() -> None:
    gc.set_threshold(50_000, 20, 20)


def _worker_started() -> None:
    collect_garbage_rarely()
    import datamodel_code_generator.parser.openapi  # noqa: F401  (imported now, used by the first parse)

    from . import schemas  # noqa: F401  (what unpickles the parses sent here)


class DcgWorker:
    """The worker, as a context manager; `run` has the signature of `schemas.DcgRun`."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            fork = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=fork, initializer=_worker_started)
            self._pool.submit(int)  # forks the worker now, which starts its imports

    def __enter__(self) -> DcgWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def run(self, text: str, stem: str) -> dict[str, DcgClass]:
        from .schemas import run_dcg

        if self._pool is None:
            return run_dcg(text, stem)
        return self._pool.submit(run_dcg, text, stem).result()
