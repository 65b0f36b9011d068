"""What `diff-api` found, as values: each change, the verdict per package, the text and JSON reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from ..surface import Surface

ChangeSeverity = Literal["breaking", "compatible"]
Bump = Literal["major", "minor", "patch"]
FailOn = Literal["breaking", "compatible"]
BUMP_ORDER: tuple[Bump, ...] = ("patch", "minor", "major")


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
