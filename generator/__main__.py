"""Command line: `python -m generator generate|check`. Arguments, exit codes and printing only."""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from pathlib import Path

from .diagnostics import InvalidInput
from .pipeline import Generated, find_specs, generate_packages
from .write import Drift, compare_tree, write_tree

EXIT_OK, EXIT_DRIFT, EXIT_INVALID = 0, 1, 2
FIX_HINT = "run `make generate` (or `python -m generator generate`) and commit the result"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python client packages from OpenAPI 3.0/3.1 documents.",
        epilog="Exit codes: 0 success, 1 drift found (check), 2 invalid input (bad spec or arguments).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--specs", type=Path, default=Path("specs"), help="directory of specs (default: specs/)")
    common.add_argument("--out", type=Path, default=Path("generated"), help="output directory (default: generated/)")
    common.add_argument("--strict", action="store_true", help="treat warnings as errors")
    common.add_argument(
        "--lenient", action="store_true", help="examples that do not match their schema are warnings, not errors"
    )
    generate = commands.add_parser("generate", parents=[common], help="write one package per spec into --out")
    generate.add_argument("spec_files", nargs="*", type=Path, metavar="SPEC_FILE", help="only these specs (default: all in --specs)")
    check = commands.add_parser(
        "check", parents=[common], help="regenerate in memory and compare with --out byte for byte (exit 1 on drift)"
    )
    check.add_argument("--quiet", action="store_true", help="print the summary only, no diffs")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    return parser


def _generate_or_report(specs: list[Path], strict: bool, lenient: bool) -> Generated | None:
    result = generate_packages(specs, strict=strict, lenient=lenient)
    for diagnostic in result.diagnostics:
        print(diagnostic, file=sys.stderr)
    return None if result.errors else result


def main(argv: list[str] | None = None) -> int:
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code == 0 else EXIT_INVALID
    started = time.perf_counter()
    try:
        specs = arguments.spec_files if getattr(arguments, "spec_files", None) else find_specs(arguments.specs)
    except InvalidInput as invalid:
        for diagnostic in invalid.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    result = _generate_or_report(specs, arguments.strict, arguments.lenient)
    if result is None:
        print("error: nothing was written; fix the problems above", file=sys.stderr)
        return EXIT_INVALID
    if arguments.command == "generate":
        try:
            report = write_tree(arguments.out, result.packages, prune=not arguments.spec_files)
        except FileExistsError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_INVALID
        seconds = time.perf_counter() - started
        removed = f", {len(report.removed)} removed" if report.removed else ""
        print(
            f"{report.packages} packages, {len(report.written)} files written, "
            f"{len(report.unchanged)} unchanged{removed} ({seconds:.1f} s)"
        )
        return EXIT_OK
    drift = compare_tree(arguments.out, result.packages)
    _print_drift(drift, arguments, result)
    return EXIT_DRIFT if drift else EXIT_OK


def _spec_of(path: str, result: Generated) -> str:
    return result.sources.get(path.split("/", 1)[0], "(no spec: package no longer generated)")


def _print_drift(drift: Drift, arguments: argparse.Namespace, result: Generated) -> None:
    out = arguments.out
    if arguments.format == "json":
        report = {
            "drift": bool(drift),
            "changed": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.changed)],
            "added": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.added)],
            "stale": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.stale)],
            "fix": FIX_HINT if drift else None,
        }
        print(json.dumps(report, indent=2))
        return
    if not drift:
        print(f"{out}/ is up to date with the specs ({len(result.packages)} packages)")
        return
    color = sys.stdout.isatty()
    if not arguments.quiet:
        for path, (on_disk, expected) in sorted(drift.changed.items()):
            _print_diff(str(out / path), on_disk, expected, color)
        for path, expected in sorted(drift.added.items()):
            _print_diff(str(out / path), b"", expected, color)
        for path, on_disk in sorted(drift.stale.items()):
            _print_diff(str(out / path), on_disk, b"", color)
    print(f"drift: {out}/ does not match what the specs and the generator produce")
    for label, paths in (("changed", drift.changed), ("added", drift.added), ("stale", drift.stale)):
        for path in sorted(paths):
            print(f"  {label:8} {out / path}  (from {_spec_of(path, result)})")
    print(f"{len(drift.changed)} changed, {len(drift.added)} added, {len(drift.stale)} stale")
    print(f"fix: {FIX_HINT}")


def _print_diff(path: str, old: bytes, new: bytes, color: bool) -> None:
    lines = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(keepends=True),
        new.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"a/{path}" if old else "/dev/null",
        tofile=f"b/{path}" if new else "/dev/null",
    )
    for line in lines:
        text = line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        if color and line.startswith("+") and not line.startswith("+++"):
            text = f"\033[32m{text}\033[0m"
        elif color and line.startswith("-") and not line.startswith("---"):
            text = f"\033[31m{text}\033[0m"
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
