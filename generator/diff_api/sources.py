"""The two sides `diff-api` compares: spec files, directories of specs or git revisions."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import InvalidInput
from ..load import display_path
from ..naming import package_name
from ..pipeline import SPEC_SUFFIXES, build_apis, find_specs
from ..surface import Surface, surface_of
from .report import ApiDiff
from .rules import diff_surfaces


class DiffInputError(Exception):
    """OLD or NEW names nothing usable (no such file, directory or revision; git failed)."""


@dataclass(frozen=True)
class Revision:
    name: str


Source = Path | Revision


def resolve_source(argument: str) -> Source:
    """A spec file or a directory of specs when such a path exists, else a git revision."""
    path = Path(argument)
    if path.exists():
        return path
    if _is_revision(argument):
        return Revision(argument)
    raise DiffInputError(f"{argument!r} is neither a spec file, a directory of specs nor a git revision")


def diff_api(old: Source, new: Source, specs_dir: Path = Path("specs")) -> ApiDiff:
    """Compares two sides; a revision stands for `specs_dir` as committed in it.

    Two spec files are compared as one package (named after NEW); a spec file against a
    directory or revision is compared with the package of the same name only.
    """
    old_label, new_label = _label(old, specs_dir), _label(new, specs_dir)
    both_files = isinstance(old, Path) and old.is_file() and isinstance(new, Path) and new.is_file()
    package = package_name(new.stem) if both_files and isinstance(new, Path) else None
    old_surfaces = _surfaces(old, specs_dir, package)
    new_surfaces = _surfaces(new, specs_dir, package)
    for single, other in ((old, new_surfaces), (new, old_surfaces)):
        if isinstance(single, Path) and single.is_file() and not both_files:
            keep = package_name(single.stem)
            for name in list(other):
                if name != keep:
                    del other[name]
    return diff_surfaces(old_surfaces, new_surfaces, old_label, new_label)


def diff_revision(revision: str, specs_dir: Path = Path("specs")) -> ApiDiff:
    """`specs_dir` as committed in `revision` against the working tree."""
    if not _is_revision(revision):
        raise DiffInputError(f"{revision!r} is not a git revision")
    return diff_api(Revision(revision), specs_dir, specs_dir)


def _label(source: Source, specs_dir: Path) -> str:
    if isinstance(source, Revision):
        return f"{source.name}:{_repo_relative(specs_dir)}"
    return str(source)


def _surfaces(source: Source, specs_dir: Path, package: str | None) -> dict[str, Surface]:
    if isinstance(source, Revision):
        return _surfaces_at_revision(source.name, specs_dir)
    if source.is_dir():
        return load_surfaces(find_specs(source))
    return load_surfaces([source], package=package)


def load_surfaces(paths: list[Path], package: str | None = None, shown: dict[Path, str] | None = None) -> dict[str, Surface]:
    """Load, validate and build each spec; raises InvalidInput with every file's errors.

    Validation is lenient (an example that does not fit its schema does not change the API)
    and warnings are dropped: only what stops a package from being built is reported.
    Every component schema counts, as with `generate --all-schemas`: the surface compared is
    the spec's, whichever unreachable schemas a default `generate` leaves out.
    `shown` names files (e.g. ones extracted from a git revision) as the user knows them.
    """
    built = build_apis(paths, lenient=True, all_schemas=True)
    labels = {display_path(path): label for path, label in (shown or {}).items()}
    if built.errors:
        raise InvalidInput([dataclasses.replace(d, file=labels.get(d.file, d.file)) for d in built.errors])
    apis = [dataclasses.replace(api, package=package) if package else api for api in built.apis.values()]
    return {api.package: surface_of(api) for api in apis}


def _git(*arguments: str, cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, check=False)
    except OSError as error:
        raise DiffInputError(f"cannot run git: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
        raise DiffInputError(f"git {' '.join(arguments)}: {message}")
    return done.stdout


def _is_revision(name: str) -> bool:
    if name.startswith("-"):
        return False
    try:
        _git("rev-parse", "--verify", "--quiet", f"{name}^{{commit}}")
    except DiffInputError:
        return False
    return True


def _repo_root() -> Path:
    return Path(_git("rev-parse", "--show-toplevel").decode().strip())


def _repo_relative(directory: Path) -> str:
    try:
        relative = os.path.relpath(directory.resolve(), _repo_root().resolve())
    except DiffInputError:
        return directory.as_posix()
    return Path(relative).as_posix()


def _surfaces_at_revision(revision: str, specs_dir: Path) -> dict[str, Surface]:
    """The specs of `specs_dir` as committed in `revision` (`git show`), through a temp dir.

    A revision without that directory has no packages: everything in NEW is then added.
    """
    root = _repo_root()
    relative = _repo_relative(specs_dir)
    if relative.startswith(".."):
        raise DiffInputError(f"{specs_dir} is outside the git repository at {root}")
    tree = f"{revision}:{relative}" if relative != "." else f"{revision}:"
    try:
        listing = _git("ls-tree", "--name-only", tree, cwd=root).decode("utf-8")
    except DiffInputError:
        return {}  # no such directory at that revision
    names = sorted(n for n in listing.splitlines() if Path(n).suffix.lower() in SPEC_SUFFIXES)
    prefix = "" if relative == "." else relative + "/"
    with tempfile.TemporaryDirectory(prefix="diff-api-") as temporary:
        shown: dict[Path, str] = {}
        for name in names:
            path = Path(temporary) / name
            path.write_bytes(_git("show", f"{revision}:{prefix}{name}", cwd=root))
            shown[path] = f"{revision}:{prefix}{name}"
        return load_surfaces(list(shown), shown=shown)
