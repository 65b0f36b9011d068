"""Specs → package files in memory: load, validate, build, render, for one or many specs.

`generate`, `check` and the tests all go through `generate_packages`, so what is checked is
exactly what would be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import ir
from .build import build_api
from .diagnostics import TRACEBACK_VARIABLE, Diagnostic, InvalidInput, Severity, internal_error
from .formatting import FormatError, Formatter
from .load import load_document
from .progress import Progress
from .render import environment, render_package, toolchain
from .schemas import DcgRun
from .validate import validate_document
from .vendor import runtime_files
from .write import MANIFEST, manifest_bytes

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def find_specs(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise InvalidInput([Diagnostic(str(directory), 1, 1, "specs directory does not exist")])
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in SPEC_SUFFIXES and p.is_file())


@dataclass
class Outcome:
    """What a run over several specs found: the spec of each package, and every problem."""

    sources: dict[str, str] = field(default_factory=dict)  # package name → spec path
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


@dataclass
class Built(Outcome):
    """The intermediate model of every spec that could be built, by package name."""

    apis: dict[str, ir.Api] = field(default_factory=dict)


def build_apis(
    specs: list[Path],
    strict: bool = False,
    lenient: bool = False,
    all_schemas: bool = False,
    on_built: Callable[[ir.Api], None] | None = None,
    progress: Progress | None = None,
    run_dcg: DcgRun | None = None,
) -> Built:
    """Load, validate and build each spec; problems of all files are collected, none raised.

    `on_built` sees each model as soon as it is built, so that black can format one package
    while the next spec is being built.
    """
    progress = progress or Progress()
    built = Built()
    for spec_path in specs:
        progress.stage(spec_path.name, "loading")
        try:
            spec = load_document(spec_path)
        except InvalidInput as invalid:
            built.diagnostics += invalid.diagnostics
            continue
        progress.stage(spec_path.name, "validating")
        found = sorted(validate_document(spec, lenient), key=lambda d: (d.line, d.column))
        built.diagnostics += found
        if any(d.severity is Severity.ERROR or strict for d in found):
            continue
        progress.stage(spec_path.name, "building the model")
        try:
            api = build_api(spec, all_schemas, built.diagnostics, run_dcg)
            if api.package in built.apis:
                built.diagnostics.append(
                    spec.diagnostic("", f"package name {api.package!r} is also produced by {built.sources[api.package]}")
                )
                continue
            built.apis[api.package] = api
            built.sources[api.package] = spec.display_path
            if on_built is not None:
                progress.stage(spec_path.name, "rendering")
                on_built(api)
        except Exception as error:  # a bug of ours that this spec meets: said as one, and the others go on
            if os.environ.get(TRACEBACK_VARIABLE):
                raise
            built.diagnostics.append(spec.diagnostic("", internal_error(error)))
            continue
        progress.stage(spec_path.name, "built")
    if strict:
        built.diagnostics = [
            Diagnostic(d.file, d.line, d.column, d.message, d.pointer, Severity.ERROR) for d in built.diagnostics
        ]
    return built


@dataclass
class Generated(Outcome):
    """Every file of every package that rendered: package name → relative path → bytes."""

    packages: dict[str, dict[str, bytes]] = field(default_factory=dict)
    unreachable: dict[str, tuple[str, ...]] = field(default_factory=dict)  # package → schemas not generated

    def unreachable_note(self) -> str:
        """The part of a run's summary line that says which schemas were left out, if any."""
        if not self.unreachable:
            return ""
        count = sum(len(names) for names in self.unreachable.values())
        where = ", ".join(f"{len(names)} in {self.sources[package]}" for package, names in self.unreachable.items())
        noun = "schema" if count == 1 else "schemas"
        return f"; skipped {count} component {noun} that no operation reaches ({where}; generate them with --all-schemas)"


def generate_packages(
    specs: list[Path],
    strict: bool = False,
    lenient: bool = False,
    all_schemas: bool = False,
    progress: Progress | None = None,
    run_dcg: DcgRun | None = None,
) -> Generated:
    """Renders every spec that builds, plus the runtime it ships; a module black refuses fails its package only.
    `run_dcg` runs datamodel-code-generator (default: in this process; the command line's worker)."""
    progress = progress or Progress()
    env = environment()
    with Formatter(progress) as formatter:
        built = build_apis(
            specs,
            strict,
            lenient,
            all_schemas,
            lambda api: formatter.submit(api.package, render_package(api, env)),
            progress,
            run_dcg,
        )
        formatted = formatter.results()
    result = Generated(sources=dict(built.sources), diagnostics=built.diagnostics)
    for package, files in formatted.items():
        if isinstance(files, FormatError):
            result.diagnostics.append(Diagnostic(result.sources.pop(package), 1, 1, str(files)))
            continue
        files.update({path: source.encode("utf-8") for path, source in runtime_files(built.apis[package]).items()})
        files[MANIFEST] = manifest_bytes(result.sources[package], files, toolchain())
        result.packages[package] = files
        if built.apis[package].unreachable_schemas:
            result.unreachable[package] = built.apis[package].unreachable_schemas
    return result
