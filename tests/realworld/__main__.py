"""`python -m tests.realworld` (`make sweep`): the whole real-world bar, and its README table.

For each corpus spec: generate (with --lenient only where the spec contradicts itself),
count the operations generated against the spec's, import the package, run mypy --strict
and pyright strict; for the ten real/ specs, call every operation against Prism in dynamic
mode. Prints one line per spec as it goes, every failure and Prism fault, then the table.
`--sample N` calls N operations per spec (what `make test` does), `--only NAME` picks specs,
`--no-large` leaves out Stripe and GitHub.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import corpus
from .sweep import Sweep, sample


@dataclass
class Row:
    spec: str
    operations: int
    generated: int | None = None
    exit_code: int | None = None
    imports: bool | None = None
    mypy: int | None = None
    pyright: int | None = None
    calls: int | None = None
    ok: int | None = None
    prism_faults: int | None = None
    failed: int | None = None
    seconds: dict[str, float] = field(default_factory=dict[str, float])
    notes: list[str] = field(default_factory=list[str])

    def cells(self) -> list[str]:
        def count(value: int | None) -> str:
            return "–" if value is None else str(value)

        prism = "–"
        if self.calls is not None:
            prism = f"{self.ok}/{self.calls}" + (f" ({self.prism_faults} Prism's fault)" if self.prism_faults else "")
        generated = f"{count(self.generated)}/{self.operations}" if self.generated is not None else "failed"
        return [
            f"`{self.spec}`",
            str(self.operations),
            generated,
            "yes" if self.imports else "no" if self.imports is False else "–",
            count(self.mypy) + " errors" if self.mypy is not None else "–",
            count(self.pyright) + " errors" if self.pyright is not None else "–",
            prism,
        ]


HEADER = ["spec", "operations", "generated", "imports", "mypy --strict", "pyright strict", "Prism calls ok"]


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def run(spec: corpus.CorpusSpec, scratch: Path, size: int | None, prism: bool) -> Row:
    document = corpus.load_document(spec.path).data
    row = Row(spec.name, corpus.spec_operations(document))
    out = scratch / spec.name
    started = time.perf_counter()
    generation = corpus.generate(spec, out)
    row.seconds["generate"] = round(time.perf_counter() - started, 1)
    row.exit_code = generation.exit_code
    if generation.exit_code != 0:
        row.notes.append(generation.stderr[-2000:])
        return row
    row.notes += generation.warnings
    row.generated = len(corpus.generated_operations(generation.package_dir))
    failure = corpus.import_package(out, spec.package)
    row.imports = failure is None
    if failure:
        row.notes.append(failure)
    for name, check in (("mypy", lambda: corpus.mypy(out, spec.package, scratch / "mypy-cache")), ("pyright", lambda: corpus.pyright(out, spec.package))):
        started = time.perf_counter()
        result = check()
        row.seconds[name] = round(time.perf_counter() - started, 1)
        setattr(row, name, result.errors)
        if result.errors:
            row.notes.append(f"{name}:\n{result.output}")
    if prism and row.imports:
        api = corpus.build(spec)
        names = [operation.python_name for operation in api.operations]
        chosen = sample(names, size) if size else names
        started = time.perf_counter()
        swept = Sweep(spec, api, out).run(chosen)
        row.seconds["prism"] = round(time.perf_counter() - started, 1)
        row.calls, row.ok = len(swept.outcomes), swept.count("ok")
        row.prism_faults, row.failed = swept.count("prism-fault"), swept.count("failed")
        row.notes += [str(outcome) for outcome in swept.outcomes if outcome.verdict != "ok"]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realworld", description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=None, metavar="N", help="call N operations per spec (default: all)")
    parser.add_argument("--only", nargs="*", default=None, metavar="NAME", help="only these specs (file stems)")
    parser.add_argument("--no-large", action="store_true", help="leave out Stripe and GitHub")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write every figure as JSON here")
    arguments = parser.parse_args(argv)
    specs = list(corpus.REAL) + ([] if arguments.no_large else list(corpus.LARGE))
    if arguments.only:
        specs = [spec for spec in specs if spec.name in arguments.only]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="realworld-") as scratch:
        for spec in specs:
            row = run(spec, Path(scratch), arguments.sample, prism=not spec.large)
            rows.append(row)
            print(f"{row.spec}: " + " | ".join(row.cells()[1:]) + f"  {row.seconds}", flush=True)
            for note in row.notes:
                print("    " + note.replace("\n", "\n    "), flush=True)
    print()
    print(table(rows))
    if arguments.json:
        arguments.json.write_text(json.dumps([asdict(row) for row in rows], indent=2) + "\n", encoding="utf-8")
    bad = [
        row for row in rows
        if row.exit_code != 0 or row.generated != row.operations or not row.imports or row.mypy or row.pyright or row.failed
    ]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
