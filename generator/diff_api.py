"""Does a regeneration break callers? Two API surfaces compared, each difference classified.

`python -m generator diff-api OLD NEW` loads the specs of both sides (files, directories or
git revisions), builds the IR of each and its public surface (`generator/surface.py`), and
compares package by package. Nothing is rendered: the surface comes from the same IR and the
same annotation functions as the generated code.

Every change is *breaking* (code that worked against the old package can fail to type-check
or behave differently) or *compatible*, and carries the version bump it calls for.

Breaking (major):
- a package, method, model, enum, enum value, type alias or exception class removed, or
  renamed (a rename is reported once, as such: a method keeps its HTTP method and path, a
  parameter or field its wire name, an enum member its value, a model its set of field
  wire names, an enum its set of values; a removed and an added parameter or field of the
  same type also pair up as a rename when that pairing is unique);
- a parameter removed or renamed; a parameter added without a default; a parameter that had
  a default losing it (made required); a parameter's type narrowed or changed (see types);
- a return type, a field read from responses, a type alias or an exception's `error` type
  changed other than by narrowing (a method that returned None may start returning data);
- a field callers read from responses that was required becoming optional (it may now be
  UNSET) or becoming nullable (it may now be None);
- in a model callers build (reachable from a request body or parameter): a required field
  added, a field made required or no longer nullable, a field type narrowed or changed;
- a method no longer raising the exception class of an error status it documented, or an
  error status now raising its own class where it raised the `default` response's class;
- a model's base class removed or replaced; an enum's value type changed (str/int).

Compatible:
- additions: package, method, optional parameter, model, field (a required one too when the
  model is only read), enum value (enums are open: fields typed `Enum | str` already accept
  unknown values), alias, exception class, a newly documented error status (minor);
- a parameter made optional, a type widened where callers pass it (parameters, fields of
  models they build), narrowed where they read it (returns, response fields), a response
  field now always present or never None, a new base class, a default value changed, a
  method or parameter deprecated (minor);
- docstring changes, an annotation spelled differently for the same values (e.g.
  `PaymentStatus | str` and `str`, since the enum is a str subclass), info.version (patch).

Types. Annotations are parsed into unions of atoms (`list[models.Item] | None`). Type A is
assignable to B when every member of A is assignable to some member of B: the same name
(renamed models and enums count as the same) with assignable arguments, containers compared
covariantly, as callers read them or pass fresh literals; `bool` to `int`, `int` to
`float`, `datetime` to `date`; an enum to its value type (the classes are `str, Enum`
subclasses); a model to its base classes; anything to `Any`, while `Any` is assignable only
to `Any` (changing a type to or from `Any` is a widening or a narrowing). Comparing old and
new: both ways assignable is the same values (patch), only new-to-old a narrowing, only
old-to-new a widening, neither a change. A parameter's type excludes the `| None` its
optionality adds and a field's the `| None` and `| _rt.Unset` of nullability and
optionality: those are judged by the presence rules above.

Exit codes (decided by the CLI): 0 when nothing breaks, 3 when something does; with
`--fail-on compatible`, any change fails.

The version to suggest is per package: major if anything breaks, minor for additions and
other compatible API changes, patch for docstrings alone. A spec may declare the package's
own semantic version as `info.x-client-version`; the report then names the next version.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import tempfile
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from .diagnostics import InvalidInput
from .load import display_path
from .pipeline import SPEC_SUFFIXES, build_apis, find_specs
from .naming import package_name
from .surface import CONSTRUCTOR, Surface, surface_of
from .surface import Alias as SurfaceAlias
from .surface import Enum as SurfaceEnum
from .surface import ErrorClass as SurfaceError
from .surface import Field as SurfaceField
from .surface import Method as SurfaceMethod
from .surface import Model as SurfaceModel
from .surface import Parameter as SurfaceParameter

ChangeSeverity = Literal["breaking", "compatible"]
Bump = Literal["major", "minor", "patch"]
FailOn = Literal["breaking", "compatible"]
BUMP_ORDER: tuple[Bump, ...] = ("patch", "minor", "major")
_OUTCOMES = ("equivalent", "narrowed", "widened", "changed")

# Every rule a change can carry (`Change.rule`), for consumers of `--format json`.
RULES: frozenset[str] = frozenset(
    {
        "package-added", "package-removed", "api-version-changed",
        "method-added", "method-removed", "method-renamed", "method-deprecated", "method-undeprecated",
        "method-doc-changed", "return-type-added",
        "parameter-added", "parameter-added-required", "parameter-removed", "parameter-renamed",
        "parameter-kind-changed", "parameter-made-required", "parameter-made-optional",
        "parameter-default-changed", "parameter-deprecated", "parameter-doc-changed",
        "raises-added", "raises-removed", "raises-replaced",
        "model-added", "model-removed", "model-renamed", "model-base-added", "model-base-changed",
        "model-doc-changed",
        "field-added", "field-added-required", "field-removed", "field-renamed", "field-may-be-unset",
        "field-made-optional", "field-always-present", "field-made-required", "field-may-be-none",
        "field-accepts-none", "field-never-none", "field-refuses-none", "field-doc-changed",
        "enum-added", "enum-removed", "enum-renamed", "enum-kind-changed", "enum-value-added",
        "enum-value-removed", "enum-member-renamed", "enum-doc-changed",
        "alias-added", "alias-removed", "alias-doc-changed",
        "exception-added", "exception-removed", "exception-doc-changed",
    }
    | {f"{what}-type-{outcome}" for what in ("parameter", "return", "field", "alias", "exception") for outcome in _OUTCOMES}
)


@dataclass(frozen=True)
class Change:
    severity: ChangeSeverity
    bump: Bump
    rule: str  # a stable identifier, e.g. "parameter-removed"
    target: str  # "wepay.Client.list_payments", "wepay.models.Payment", "wepay"
    message: str

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def line(self) -> str:
        return f"{'BREAKING' if self.breaking else 'compatible'}  {self.target}: {self.message}"

    def to_json(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "bump": self.bump,
            "rule": self.rule,
            "target": self.target,
            "message": self.message,
        }


@dataclass(frozen=True)
class PackageDiff:
    package: str
    status: Literal["added", "removed", "changed", "unchanged"]
    old: Surface | None
    new: Surface | None
    changes: tuple[Change, ...]

    @property
    def bump(self) -> Bump | None:
        bumps = {change.bump for change in self.changes}
        return next((bump for bump in reversed(BUMP_ORDER) if bump in bumps), None)

    @property
    def suggested_version(self) -> str | None:
        """The next semantic version after the old `info.x-client-version`, when declared."""
        current = self.old.client_version if self.old else None
        return bumped(current, self.bump) if current and self.bump else None

    def declared_too_low(self) -> bool:
        """NEW declares a client version below the one its changes call for."""
        suggested = self.suggested_version
        declared = self.new.client_version if self.new else None
        if not suggested or not declared or declared == (self.old.client_version if self.old else None):
            return False
        declared_parts, suggested_parts = _semver(declared), _semver(suggested)
        return declared_parts is not None and suggested_parts is not None and declared_parts < suggested_parts

    def to_json(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "status": self.status,
            "bump": self.bump,
            "api_version": {"old": self.old and self.old.api_version, "new": self.new and self.new.api_version},
            "client_version": {"old": self.old and self.old.client_version, "new": self.new and self.new.client_version},
            "suggested_version": self.suggested_version,
            "changes": [change.to_json() for change in self.changes],
        }


@dataclass(frozen=True)
class ApiDiff:
    old: str  # what was compared, as the user named it ("HEAD:specs", "old.yaml")
    new: str
    packages: tuple[PackageDiff, ...]

    @property
    def changes(self) -> list[Change]:
        return [change for package in self.packages for change in package.changes]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    def fails(self, fail_on: FailOn = "breaking") -> bool:
        return bool(self.breaking) if fail_on == "breaking" else bool(self.changes)

    def to_json(self, fail_on: FailOn = "breaking") -> dict[str, Any]:
        changes = self.changes
        return {
            "old": self.old,
            "new": self.new,
            "breaking": bool(self.breaking),
            "counts": {"breaking": len(self.breaking), "compatible": len(changes) - len(self.breaking)},
            "fail_on": fail_on,
            "failed": self.fails(fail_on),
            "packages": [package.to_json() for package in self.packages],
        }

    def report(self) -> str:
        """The human report: one block per package, breaking changes first, then a summary."""
        lines = [f"API surface: {self.old} -> {self.new}"]
        for package in self.packages:
            if not package.changes:
                lines.append(f"{package.package}: no change")
                continue
            breaking = sum(change.breaking for change in package.changes)
            counts = f"{breaking} breaking, {len(package.changes) - breaking} compatible"
            head = f"{package.package}: {package.bump} bump suggested ({counts})"
            if package.suggested_version:
                head += f", next version {package.suggested_version}"
                if package.declared_too_low():
                    head += f"; NEW declares {package.new.client_version if package.new else ''}, too low"
            lines.append(head)
            lines += [f"  {change.line()}" for change in package.changes]
        breaking = len(self.breaking)
        compatible = len(self.changes) - breaking
        changed = sum(bool(package.changes) for package in self.packages)
        if not self.changes:
            lines.append(f"no API change in {len(self.packages)} packages")
        else:
            count = breaking + compatible
            lines.append(
                f"{count} change{'s' if count != 1 else ''} ({breaking} breaking, {compatible} compatible) "
                f"in {changed} of {len(self.packages)} packages"
            )
        return "\n".join(lines)


def bumped(version: str, bump: Bump) -> str | None:
    parts = _semver(version)
    if parts is None:
        return None
    major, minor, patch = parts
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _semver(version: str) -> tuple[int, int, int] | None:
    found = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)", version.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


# -- comparing surfaces --------------------------------------------------------------------


def diff_surfaces(old: dict[str, Surface], new: dict[str, Surface], old_label: str, new_label: str) -> ApiDiff:
    packages = []
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if after is None:
            change = Change("breaking", "major", "package-removed", name, "package removed (its spec is gone)")
            packages.append(PackageDiff(name, "removed", before, None, (change,)))
        elif before is None:
            change = Change("compatible", "minor", "package-added", name, "package added")
            packages.append(PackageDiff(name, "added", None, after, (change,)))
        else:
            changes = diff_package(before, after)
            packages.append(PackageDiff(name, "changed" if changes else "unchanged", before, after, changes))
    return ApiDiff(old_label, new_label, tuple(packages))


def diff_package(old: Surface, new: Surface) -> tuple[Change, ...]:
    """Every difference between two surfaces of one package, breaking ones first."""
    changes = _Changes(new.package)
    models = _match(old.models, new.models, _name, [_field_names])
    enums = _match(old.enums, new.enums, _name, [lambda e: frozenset(m.value for m in e.members)])
    renames = {o.name: n.name for o, n in models.pairs + enums.pairs if o.name != n.name}
    types = _Types(old, new, renames)
    if old.api_version != new.api_version:
        changes.compatible(
            "api-version-changed", new.package, f"API version {old.api_version} -> {new.api_version}", "patch"
        )
    _diff_methods(old.methods, new.methods, types, changes)
    _diff_models(models, types, renames, changes)
    _diff_enums(enums, changes)
    _diff_aliases(old.aliases, new.aliases, types, changes)
    _diff_errors(old.errors, new.errors, types, changes)
    return tuple(sorted(changes.items, key=lambda change: not change.breaking))


class _Changes:
    def __init__(self, package: str) -> None:
        self.package = package
        self.items: list[Change] = []

    def breaking(self, rule: str, target: str, message: str) -> None:
        self.items.append(Change("breaking", "major", rule, target, message))

    def compatible(self, rule: str, target: str, message: str, bump: Bump = "minor") -> None:
        self.items.append(Change("compatible", bump, rule, target, message))

    def add(self, verdict: tuple[ChangeSeverity, Bump], rule: str, target: str, message: str) -> None:
        self.items.append(Change(verdict[0], verdict[1], rule, target, message))


# -- matching old and new items ------------------------------------------------------------

T = TypeVar("T")


@dataclass
class _Matched:
    pairs: list[tuple[Any, Any]] = field(default_factory=list)  # (old, new), renames included
    removed: list[Any] = field(default_factory=list)
    added: list[Any] = field(default_factory=list)


def _name(item: Any) -> Hashable:
    name: str = item.name
    return name


def _match(old: Iterable[T], new: Iterable[T], name: Callable[[T], Hashable], keys: list[Callable[[T], Hashable]]) -> _Matched:
    """Pairs old and new items by name, then the rest by each key in turn (renames).

    A key pairs two items only when exactly one unmatched item on each side has it, so a
    rename is never guessed between several candidates; an empty key pairs nothing.
    """
    old_left, new_left = list(old), list(new)
    matched = _Matched()
    by_name = {name(item): item for item in new_left}
    for item in list(old_left):
        partner = by_name.get(name(item))
        if partner is not None and partner in new_left:
            matched.pairs.append((item, partner))
            old_left.remove(item)
            new_left.remove(partner)
    for key in keys:
        old_keys = [key(item) for item in old_left]
        new_keys = [key(item) for item in new_left]
        for item, item_key in zip(list(old_left), old_keys):
            if not item_key or old_keys.count(item_key) != 1 or new_keys.count(item_key) != 1:
                continue
            partner = new_left[new_keys.index(item_key)]
            matched.pairs.append((item, partner))
            old_left.remove(item)
            new_keys.pop(new_left.index(partner))
            new_left.remove(partner)
    matched.removed, matched.added = old_left, new_left
    return matched


def _field_names(model: SurfaceModel) -> frozenset[str]:
    return frozenset(f.wire_name for f in model.fields if f.wire_name)


# -- types ---------------------------------------------------------------------------------

Outcome = Literal["same", "equivalent", "narrowed", "widened", "changed"]
_PROMOTIONS = frozenset({("bool", "int"), ("bool", "float"), ("int", "float"), ("datetime", "date")})
_TOKEN = re.compile(r"\s*([A-Za-z_][\w.]*|\[|\]|,|\|)")
_PREFIXES = ("models.",)

# Where callers pass a value (parameters, fields of models they build) a wider type is fine;
# where they read one (returns, response fields, aliases, `exc.error`) a narrower one is.
INPUT: dict[Outcome, tuple[ChangeSeverity, Bump]] = {
    "same": ("compatible", "patch"),
    "equivalent": ("compatible", "patch"),
    "widened": ("compatible", "minor"),
    "narrowed": ("breaking", "major"),
    "changed": ("breaking", "major"),
}
OUTPUT: dict[Outcome, tuple[ChangeSeverity, Bump]] = {
    "same": ("compatible", "patch"),
    "equivalent": ("compatible", "patch"),
    "narrowed": ("compatible", "minor"),
    "widened": ("breaking", "major"),
    "changed": ("breaking", "major"),
}


@dataclass(frozen=True)
class _Atom:
    name: str
    args: tuple[frozenset[_Atom], ...] = ()


def parse_annotation(text: str, rename: dict[str, str] | None = None) -> frozenset[_Atom]:
    """`list[models.Item] | None` → {list[{Item}], None}; `rename` maps old class names to new."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != re.sub(r"\s+", "", text):
        raise ValueError(f"cannot parse annotation {text!r}")
    tokens.append("")  # the end: no rule accepts it, so a truncated annotation fails below
    position = 0

    def expect(token: str) -> None:
        nonlocal position
        if tokens[position] != token:
            raise ValueError(f"cannot parse annotation {text!r}: expected {token!r}")
        position += 1

    def union() -> frozenset[_Atom]:
        nonlocal position
        members = [atom()]
        while position < len(tokens) and tokens[position] == "|":
            position += 1
            members.append(atom())
        return frozenset(members)

    def atom() -> _Atom:
        nonlocal position
        name = tokens[position]
        if not (name[:1].isalpha() or name[:1] == "_"):
            raise ValueError(f"cannot parse annotation {text!r}")
        position += 1
        for prefix in _PREFIXES:
            name = name.removeprefix(prefix)
        name = (rename or {}).get(name, name)
        args: list[frozenset[_Atom]] = []
        if position < len(tokens) and tokens[position] == "[":
            position += 1
            args.append(union())
            while tokens[position] == ",":
                position += 1
                args.append(union())
            expect("]")
        return _Atom(name, tuple(args))

    parsed = union()
    if position != len(tokens) - 1:
        raise ValueError(f"cannot parse annotation {text!r}")
    return parsed


@dataclass(frozen=True)
class _Side:
    bases: dict[str, str | None]
    enums: dict[str, str]  # enum class → value type ("str", "int")
    rename: dict[str, str]


class _Types:
    """Assignability between the annotations of the old and the new surface."""

    def __init__(self, old: Surface, new: Surface, renames: dict[str, str]) -> None:
        def side(surface: Surface, rename: dict[str, str]) -> _Side:
            def name(value: str) -> str:
                return rename.get(value, value)

            bases = {name(m.name): (name(m.base) if m.base else None) for m in surface.models}
            return _Side(bases, {name(e.name): e.value_kind for e in surface.enums}, rename)

        self.old, self.new = side(old, renames), side(new, {})

    def compare(self, old_text: str, new_text: str) -> Outcome:
        old, new = parse_annotation(old_text, self.old.rename), parse_annotation(new_text)
        if old == new:
            return "same"
        widens, narrows = self._union(old, self.old, new, self.new), self._union(new, self.new, old, self.old)
        if widens and narrows:
            return "equivalent"
        return "narrowed" if narrows else "widened" if widens else "changed"

    def _union(self, a: frozenset[_Atom], a_side: _Side, b: frozenset[_Atom], b_side: _Side) -> bool:
        return all(any(self._atom(x, a_side, y, b_side) for y in b) for x in a)

    def _atom(self, x: _Atom, x_side: _Side, y: _Atom, y_side: _Side) -> bool:
        if y.name == "Any":
            return True
        if x.name == y.name:
            return len(x.args) == len(y.args) and all(
                self._union(a, x_side, b, y_side) for a, b in zip(x.args, y.args)
            )
        if x.args or y.args:
            return False
        if (x.name, y.name) in _PROMOTIONS or x_side.enums.get(x.name) == y.name:
            return True
        base, seen = x_side.bases.get(x.name), set()
        while base is not None and base not in seen:
            if base == y.name:
                return True
            seen.add(base)
            base = x_side.bases.get(base)
        return False


def _type_message(what: str, outcome: Outcome, old: str, new: str) -> str:
    if outcome == "equivalent":
        return f"{what} type {old} now written {new} (the same values)"
    return f"{what} type {outcome} from {old} to {new}"


# -- methods -------------------------------------------------------------------------------


def _method_target(package: str, method: SurfaceMethod) -> str:
    return f"{package}.Client()" if method.name == CONSTRUCTOR else f"{package}.Client.{method.name}"


def _diff_methods(old: tuple[SurfaceMethod, ...], new: tuple[SurfaceMethod, ...], types: _Types, changes: _Changes) -> None:
    package = changes.package
    matched = _match(old, new, _name, [lambda m: m.identity])
    for method in matched.removed:
        changes.breaking("method-removed", _method_target(package, method), "method removed")
        if method.pages is not None:
            changes.breaking("method-removed", f"{package}.Client.{method.name}_iter", "method removed")
    for before, after in matched.pairs:
        target = _method_target(package, after)
        if before.name != after.name:
            changes.breaking(
                "method-renamed", _method_target(package, before), f"method renamed to {after.name!r}"
            )
        _diff_parameters(before, after, target, types, changes)
        _diff_return(before, after, target, types, changes)
        _diff_raises(before, after, target, changes)
        _diff_pages(package, before, after, types, changes)
        if after.deprecated and not before.deprecated:
            changes.compatible("method-deprecated", target, "method deprecated")
        elif before.deprecated and not after.deprecated:
            changes.compatible("method-undeprecated", target, "no longer deprecated", "patch")
        if before.doc != after.doc:
            changes.compatible("method-doc-changed", target, "docstring changed", "patch")
    for method in matched.added:
        changes.compatible("method-added", _method_target(package, method), "method added")
        if method.pages is not None:
            changes.compatible("method-added", f"{package}.Client.{method.name}_iter", "method added")


def _location(parameter: SurfaceParameter) -> str:
    return parameter.identity.split(" ", 1)[0]


def _diff_parameters(before: SurfaceMethod, after: SurfaceMethod, target: str, types: _Types, changes: _Changes) -> None:
    matched = _match(
        before.parameters,
        after.parameters,
        _name,
        [lambda p: p.identity, lambda p: (_location(p), p.type, p.required)],
    )
    for parameter in matched.removed:
        changes.breaking("parameter-removed", target, f"parameter {parameter.name!r} removed")
    for old, new in matched.pairs:
        name = repr(new.name)
        if old.name != new.name:
            changes.breaking("parameter-renamed", target, f"parameter {old.name!r} renamed to {name}")
        if old.kind != new.kind:
            changes.breaking("parameter-kind-changed", target, f"parameter {name} is now {new.kind} (was {old.kind})")
        if new.required and not old.required:
            changes.breaking("parameter-made-required", target, f"parameter {name} is now required")
        elif old.required and not new.required:
            changes.compatible("parameter-made-optional", target, f"parameter {name} is now optional (default {new.default})")
        elif old.default != new.default:
            changes.compatible(
                "parameter-default-changed", target, f"parameter {name} default changed from {old.default} to {new.default}"
            )
        outcome = types.compare(old.type, new.type)
        if outcome != "same":
            changes.add(
                INPUT[outcome], f"parameter-type-{outcome}", target, _type_message(f"parameter {name}", outcome, old.type, new.type)
            )
        if new.deprecated and not old.deprecated:
            changes.compatible("parameter-deprecated", target, f"parameter {name} deprecated")
        if old.doc != new.doc:
            changes.compatible("parameter-doc-changed", target, f"docstring of parameter {name} changed", "patch")
    for parameter in matched.added:
        if parameter.required:
            changes.breaking("parameter-added-required", target, f"required parameter {parameter.name!r} added")
        else:
            changes.compatible("parameter-added", target, f"optional parameter {parameter.name!r} added")


def _diff_return(before: SurfaceMethod, after: SurfaceMethod, target: str, types: _Types, changes: _Changes) -> None:
    outcome = types.compare(before.returns, after.returns)
    if outcome == "same":
        return
    if before.returns == "None":  # nobody used the None it returned
        changes.compatible("return-type-added", target, f"now returns {after.returns} (returned None)")
        return
    message = _type_message("return", outcome, before.returns, after.returns)
    changes.add(OUTPUT[outcome], f"return-type-{outcome}", target, message)


def _diff_pages(package: str, before: SurfaceMethod, after: SurfaceMethod, types: _Types, changes: _Changes) -> None:
    """`<name>_iter` of a paginated operation: same arguments, so only its presence and type."""
    old_target, target = f"{package}.Client.{before.name}_iter", f"{package}.Client.{after.name}_iter"
    if before.pages is not None and after.pages is None:
        changes.breaking("method-removed", old_target, "method removed (no longer paginated)")
    elif before.pages is None and after.pages is not None:
        changes.compatible("method-added", target, "method added (now paginated)")
    elif before.pages is not None and after.pages is not None:
        if before.name != after.name:
            changes.breaking("method-renamed", old_target, f"method renamed to {after.name + '_iter'!r}")
        outcome = types.compare(before.pages, after.pages)
        if outcome != "same":
            message = _type_message("return", outcome, before.pages, after.pages)
            changes.add(OUTPUT[outcome], f"return-type-{outcome}", target, message)


def _diff_raises(before: SurfaceMethod, after: SurfaceMethod, target: str, changes: _Changes) -> None:
    old, new = dict(before.raises), dict(after.raises)
    for status, name in old.items():  # one class per status: only presence can change
        if status not in new:
            changes.breaking("raises-removed", target, f"no longer raises {name} (status {status})")
    for status, name in new.items():
        if status in old:
            continue
        if "default" in old and status != "default":
            changes.breaking(
                "raises-replaced", target, f"status {status} raises {name} instead of {old['default']}"
            )
        else:
            changes.compatible("raises-added", target, f"raises {name} (status {status})")


# -- models, enums, aliases, exceptions ----------------------------------------------------


def _diff_models(matched: _Matched, types: _Types, renames: dict[str, str], changes: _Changes) -> None:
    package = changes.package
    for model in matched.removed:
        changes.breaking("model-removed", f"{package}.models.{model.name}", "model removed")
    for old, new in matched.pairs:
        target = f"{package}.models.{new.name}"
        if old.name != new.name:
            changes.breaking("model-renamed", f"{package}.models.{old.name}", f"model renamed to {new.name!r}")
        old_base = renames.get(old.base, old.base) if old.base else None
        same_base = old_base == new.base
        if not same_base and old.base is None:
            changes.compatible("model-base-added", target, f"now a subclass of {new.base}")
        elif not same_base:
            became = f", now of {new.base}" if new.base else ""
            changes.breaking("model-base-changed", target, f"no longer a subclass of {old.base}{became}")
        roles = tuple(role for role in ("response", "request") if role in old.roles or role in new.roles)
        _diff_fields(old, new, target, roles, same_base, types, changes)
        if old.doc != new.doc:
            changes.compatible("model-doc-changed", target, "docstring changed", "patch")
    for model in matched.added:
        changes.compatible("model-added", f"{package}.models.{model.name}", "model added")


def _worst(options: list[tuple[ChangeSeverity, Bump, str, str]]) -> tuple[ChangeSeverity, Bump, str, str]:
    """Of the verdicts for each role a model plays, the one that breaks (else the first)."""
    return next((option for option in options if option[0] == "breaking"), options[0])


def _diff_fields(
    old: SurfaceModel,
    new: SurfaceModel,
    target: str,
    roles: tuple[str, ...],
    same_base: bool,
    types: _Types,
    changes: _Changes,
) -> None:
    matched = _match(
        old.fields, new.fields, _name, [lambda f: f.wire_name, lambda f: (f.type, f.required, f.nullable)]
    )
    read, built = "response" in roles, "request" in roles

    def verdict(response: tuple[ChangeSeverity, Bump, str, str], request: tuple[ChangeSeverity, Bump, str, str]) -> None:
        options = ([response] if read else []) + ([request] if built else [])
        severity, bump, rule, message = _worst(options)
        changes.add((severity, bump), rule, target, message)

    for field_ in matched.removed:
        if not (field_.inherited and same_base):
            changes.breaking("field-removed", target, f"field {field_.name!r} removed")
    for before, after in matched.pairs:
        if before.inherited and after.inherited and same_base:
            continue  # reported on the base class
        _diff_field(before, after, verdict, types, changes, target)
    for field_ in matched.added:
        if field_.inherited and same_base:
            continue
        name = repr(field_.name)
        if field_.required:
            verdict(
                ("compatible", "minor", "field-added", f"field {name} added"),
                ("breaking", "major", "field-added-required", f"required field {name} added"),
            )
        else:
            changes.compatible("field-added", target, f"field {name} added")


def _diff_field(
    before: SurfaceField,
    after: SurfaceField,
    verdict: Callable[[tuple[ChangeSeverity, Bump, str, str], tuple[ChangeSeverity, Bump, str, str]], None],
    types: _Types,
    changes: _Changes,
    target: str,
) -> None:
    name = repr(after.name)
    if before.name != after.name:
        changes.breaking("field-renamed", target, f"field {before.name!r} renamed to {name}")
    if before.required and not after.required:
        verdict(
            ("breaking", "major", "field-may-be-unset", f"field {name} may now be UNSET (no longer required)"),
            ("compatible", "minor", "field-made-optional", f"field {name} is now optional"),
        )
    elif after.required and not before.required:
        verdict(
            ("compatible", "minor", "field-always-present", f"field {name} is now always present"),
            ("breaking", "major", "field-made-required", f"field {name} is now required"),
        )
    if after.nullable and not before.nullable:
        verdict(
            ("breaking", "major", "field-may-be-none", f"field {name} may now be None (now nullable)"),
            ("compatible", "minor", "field-accepts-none", f"field {name} now accepts None"),
        )
    elif before.nullable and not after.nullable:
        verdict(
            ("compatible", "minor", "field-never-none", f"field {name} is never None any more"),
            ("breaking", "major", "field-refuses-none", f"field {name} no longer accepts None"),
        )
    outcome = types.compare(before.type, after.type)
    if outcome != "same":
        message = _type_message(f"field {name}", outcome, before.type, after.type)
        rule = f"field-type-{outcome}"
        verdict((*OUTPUT[outcome], rule, message), (*INPUT[outcome], rule, message))
    if before.doc != after.doc:
        changes.compatible("field-doc-changed", target, f"docstring of field {name} changed", "patch")


def _diff_enums(matched: _Matched, changes: _Changes) -> None:
    package = changes.package
    for enum in matched.removed:
        changes.breaking("enum-removed", f"{package}.models.{enum.name}", "enum removed")
    for old, new in matched.pairs:
        old_enum: SurfaceEnum = old
        new_enum: SurfaceEnum = new
        target = f"{package}.models.{new_enum.name}"
        if old_enum.name != new_enum.name:
            changes.breaking("enum-renamed", f"{package}.models.{old_enum.name}", f"enum renamed to {new_enum.name!r}")
        if old_enum.value_kind != new_enum.value_kind:
            changes.breaking(
                "enum-kind-changed", target, f"values changed from {old_enum.value_kind} to {new_enum.value_kind}"
            )
        new_members = {m.value: m for m in new_enum.members}
        old_values = {m.value for m in old_enum.members}
        for member in old_enum.members:
            partner = new_members.get(member.value)
            if partner is None:
                changes.breaking("enum-value-removed", target, f"value {member.value!r} removed")
                continue
            if partner.name != member.name:
                changes.breaking("enum-member-renamed", target, f"member {member.name} renamed to {partner.name}")
            if partner.doc != member.doc:
                changes.compatible("enum-doc-changed", target, f"docstring of {partner.name} changed", "patch")
        for member in new_enum.members:
            if member.value not in old_values:
                changes.compatible("enum-value-added", target, f"value {member.value!r} added")
        if old_enum.doc != new_enum.doc:
            changes.compatible("enum-doc-changed", target, "docstring changed", "patch")
    for enum in matched.added:
        changes.compatible("enum-added", f"{package}.models.{enum.name}", "enum added")


def _diff_aliases(old: tuple[SurfaceAlias, ...], new: tuple[SurfaceAlias, ...], types: _Types, changes: _Changes) -> None:
    package = changes.package
    matched = _match(old, new, _name, [])
    for alias in matched.removed:
        changes.breaking("alias-removed", f"{package}.models.{alias.name}", "type alias removed")
    for before, after in matched.pairs:
        target = f"{package}.models.{after.name}"
        outcome = types.compare(before.annotation, after.annotation)
        if outcome != "same":
            message = _type_message("alias", outcome, before.annotation, after.annotation)
            changes.add(OUTPUT[outcome], f"alias-type-{outcome}", target, message)
        if before.doc != after.doc:
            changes.compatible("alias-doc-changed", target, "docstring changed", "patch")
    for alias in matched.added:
        changes.compatible("alias-added", f"{package}.models.{alias.name}", "type alias added")


def _diff_errors(old: tuple[SurfaceError, ...], new: tuple[SurfaceError, ...], types: _Types, changes: _Changes) -> None:
    package = changes.package
    matched = _match(old, new, _name, [])
    for error in matched.removed:
        changes.breaking("exception-removed", f"{package}.errors.{error.name}", "exception class removed")
    for before, after in matched.pairs:
        target = f"{package}.errors.{after.name}"
        outcome = types.compare(before.error_annotation, after.error_annotation)
        if outcome != "same":
            message = _type_message("`error`", outcome, before.error_annotation, after.error_annotation)
            changes.add(OUTPUT[outcome], f"exception-type-{outcome}", target, message)
        if before.doc != after.doc:
            changes.compatible("exception-doc-changed", target, "docstring changed", "patch")
    for error in matched.added:
        changes.compatible("exception-added", f"{package}.errors.{error.name}", "exception class added")


# -- inputs: spec files, directories, git revisions ----------------------------------------


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
    return {api.package: surface_of(api, api.client_version) for api in apis}


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
