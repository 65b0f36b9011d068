"""Command line: `python -m generator generate|check|diff-api`. Arguments, exit codes and printing only."""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import InvalidInput
from . import progress
from .progress import Progress
from .startup import DcgWorker, collect_garbage_rarely
from .write import Drift, compare_tree, write_tree

if TYPE_CHECKING:  # imported by the commands that use them, after what `startup` starts first
    from .diff_api import ApiDiff, DiffInputError
    from .pipeline import Generated

EXIT_OK, EXIT_DRIFT, EXIT_INVALID, EXIT_BREAKING = 0, 1, 2, 3
FIX_HINT = "run `make generate` (or `python -m generator generate`) and commit the result"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python client packages from OpenAPI 3.0/3.1 documents.",
        epilog=(
            "Exit codes: 0 success, 1 drift found (check), 2 invalid input (bad spec or arguments), "
            "3 breaking API change (diff-api, check --against)."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--specs", type=Path, default=Path("specs"), help="directory of specs (default: specs/)")
    common.add_argument("--out", type=Path, default=Path("generated"), help="output directory (default: generated/)")
    common.add_argument("--strict", action="store_true", help="treat warnings as errors")
    common.add_argument(
        "--lenient",
        action="store_true",
        help=(
            "for third-party specs that contradict themselves: examples that do not fit their schema, `required` "
            "names missing from `properties`, `$ref`s to nothing (typed Any) and path variables without a "
            "parameter (taken as strings) are warnings, not errors"
        ),
    )
    common.add_argument(
        "--all-schemas",
        action="store_true",
        help="also generate the component schemas no operation or webhook reaches (by default they are left out and counted)",
    )
    generate = commands.add_parser("generate", parents=[common], help="write one package per spec into --out")
    generate.add_argument("spec_files", nargs="*", type=Path, metavar="SPEC_FILE", help="only these specs (default: all in --specs)")
    reporting = argparse.ArgumentParser(add_help=False)
    reporting.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    reporting.add_argument(
        "--fail-on",
        choices=("breaking", "compatible"),
        default="breaking",
        help="exit 3 on breaking API changes (default) or on any API change (check: with --against)",
    )
    check = commands.add_parser(
        "check",
        parents=[common, reporting],
        help="regenerate in memory and compare with --out byte for byte (exit 1 on drift)",
    )
    check.add_argument("--quiet", action="store_true", help="print the summary only, no diffs")
    check.add_argument(
        "--against",
        metavar="REV",
        help="also diff the API surface of --specs at git revision REV with the working tree (exit 3 when it breaks)",
    )
    diff = commands.add_parser(
        "diff-api",
        parents=[reporting],
        help="compare the public API of the packages two spec versions generate (exit 3 when it breaks)",
        description=(
            "OLD and NEW are spec files, directories of specs or git revisions (a revision means --specs "
            "as committed in it). `--rev REV` compares --specs at REV with the working tree."
        ),
    )
    diff.add_argument("old", nargs="?", metavar="OLD", help="spec file, directory or git revision")
    diff.add_argument("new", nargs="?", metavar="NEW", help="spec file, directory or git revision")
    diff.add_argument("--rev", metavar="REV", help="compare --specs at git revision REV with the working tree")
    diff.add_argument("--specs", type=Path, default=Path("specs"), help="directory of specs (default: specs/)")
    return parser


def _generate_or_report(specs: list[Path], arguments: argparse.Namespace, dcg: DcgWorker) -> Generated | None:
    from .pipeline import generate_packages

    with Progress(enabled=progress.wanted()) as shown:
        result = generate_packages(specs, arguments.strict, arguments.lenient, arguments.all_schemas, shown, dcg.run)
    for diagnostic in result.diagnostics:
        print(diagnostic, file=sys.stderr)
    return None if result.errors else result


def main(argv: list[str] | None = None) -> int:
    collect_garbage_rarely()
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code == 0 else EXIT_INVALID
    if arguments.command == "diff-api":
        return _diff_api(arguments)
    with DcgWorker() as dcg:  # forked before the pipeline is imported: DCG's import runs beside it
        return _generate_or_check(arguments, dcg)


def _generate_or_check(arguments: argparse.Namespace, dcg: DcgWorker) -> int:
    from .pipeline import find_specs

    started = time.perf_counter()
    try:
        specs = arguments.spec_files if getattr(arguments, "spec_files", None) else find_specs(arguments.specs)
    except InvalidInput as invalid:
        for diagnostic in invalid.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    result = _generate_or_report(specs, arguments, dcg)
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
            f"{len(report.unchanged)} unchanged{removed} ({seconds:.1f} s){result.unreachable_note()}"
        )
        return EXIT_OK
    api_diff = None
    if arguments.against:
        from .diff_api import DiffInputError, diff_revision

        try:
            api_diff = diff_revision(arguments.against, arguments.specs)
        except (InvalidInput, DiffInputError) as error:
            _print_input_error(error)
            return EXIT_INVALID
    drift = compare_tree(arguments.out, result.packages)
    _print_drift(drift, arguments, result, api_diff)
    if drift:
        return EXIT_DRIFT
    return EXIT_BREAKING if api_diff is not None and api_diff.fails(arguments.fail_on) else EXIT_OK


def _diff_api(arguments: argparse.Namespace) -> int:
    from .diff_api import DiffInputError, diff_api, diff_revision, resolve_source

    positional = [a for a in (arguments.old, arguments.new) if a is not None]
    if arguments.rev is not None and positional:
        print("error: give either OLD NEW or --rev REV, not both", file=sys.stderr)
        return EXIT_INVALID
    if arguments.rev is None and len(positional) != 2:
        print("error: diff-api needs OLD and NEW (or --rev REV)", file=sys.stderr)
        return EXIT_INVALID
    try:
        if arguments.rev is not None:
            api_diff = diff_revision(arguments.rev, arguments.specs)
        else:
            old, new = (resolve_source(a) for a in positional)
            api_diff = diff_api(old, new, arguments.specs)
    except (InvalidInput, DiffInputError) as error:
        _print_input_error(error)
        return EXIT_INVALID
    if arguments.format == "json":
        print(json.dumps(api_diff.to_json(arguments.fail_on), indent=2))
    else:
        print(api_diff.report())
    return EXIT_BREAKING if api_diff.fails(arguments.fail_on) else EXIT_OK


def _print_input_error(error: InvalidInput | DiffInputError) -> None:
    if isinstance(error, InvalidInput):
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        print("error: cannot compare the API; fix the problems above", file=sys.stderr)
    else:
        print(f"error: {error}", file=sys.stderr)


def _spec_of(path: str, result: Generated) -> str:
    return result.sources.get(path.split("/", 1)[0], "(no spec: package no longer generated)")


def _print_drift(drift: Drift, arguments: argparse.Namespace, result: Generated, api_diff: ApiDiff | None = None) -> None:
    out = arguments.out
    if arguments.format == "json":
        report: dict[str, object] = {
            "drift": bool(drift),
            "changed": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.changed)],
            "added": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.added)],
            "stale": [{"path": str(out / p), "spec": _spec_of(p, result)} for p in sorted(drift.stale)],
            "fix": FIX_HINT if drift else None,
        }
        if api_diff is not None:
            report["api"] = api_diff.to_json(arguments.fail_on)
        print(json.dumps(report, indent=2))
        return
    if not drift:
        print(f"{out}/ is up to date with the specs ({len(result.packages)} packages){result.unreachable_note()}")
        if api_diff is not None:
            print(api_diff.report())
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
    print(f"{len(drift.changed)} changed, {len(drift.added)} added, {len(drift.stale)} stale{result.unreachable_note()}")
    print(f"fix: {FIX_HINT}")
    if api_diff is not None:
        print(api_diff.report())


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
