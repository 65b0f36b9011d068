"""Assignability between the types of an old and a new surface, compared as structure.

Each annotation (`present.Annotation`: IR types plus a few named classes) is flattened into
a union of atoms (`list[Item] | None` → {list[{Item}], None}). Type A is assignable to B when
every member of A is assignable to some member of B: the same class (renamed models and
enums count as the same) with assignable arguments, containers compared covariantly, as
callers read them or pass fresh literals; `bool` to `int`, `int` to `float`, `datetime` to
`date`; an enum to its value type (the classes are `str, Enum` subclasses, and an enum's
annotation also admits its value type); a model to its base classes; anything to `Any` and
`object`, while those are assignable only to each other (changing a type to or from them is
a widening or a narrowing). Comparing old and new: both ways assignable is the same values
(equivalent), only new-to-old a narrowing, only old-to-new a widening, neither a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .. import ir
from ..present import Annotation, Member, Named, Pager
from ..surface import Surface
from .report import Bump, ChangeSeverity

Relation = Literal["same", "equivalent", "narrowed", "widened", "changed"]
Values = frozenset[str | int | float]  # what an enum admits

# Where callers pass a value (parameters, fields of models they build) a wider type is fine;
# where they read one (returns, response fields, aliases, `exc.error`) a narrower one is.
INPUT: dict[Relation, tuple[ChangeSeverity, Bump]] = {
    "same": ("compatible", "patch"),
    "equivalent": ("compatible", "patch"),
    "widened": ("compatible", "minor"),
    "narrowed": ("breaking", "major"),
    "changed": ("breaking", "major"),
}
OUTPUT: dict[Relation, tuple[ChangeSeverity, Bump]] = {**INPUT, "narrowed": INPUT["widened"], "widened": INPUT["narrowed"]}

_PROMOTIONS = frozenset({("bool", "int"), ("bool", "float"), ("int", "float"), ("datetime", "date")})
_TOP = frozenset({"any", "object"})  # what every value is assignable to
_SPELLED_ALIKE = {"unix_time": "datetime", "decimal_number": "decimal"}  # kinds callers cannot tell apart


@dataclass(frozen=True)
class _Atom:
    name: str  # a scalar kind ("str"), a container ("list"), a named class ("None"), a class of the package
    args: tuple[frozenset[_Atom], ...] = ()
    package_class: bool = False  # a model or enum of the package: renames, bases and enum values apply


@dataclass(frozen=True)
class _Side:
    bases: dict[str, str | None]
    enums: dict[str, str]  # enum class → value kind ("str", "int")
    values: dict[str, Values]  # enum class → its values
    rename: dict[str, str]  # old class name → new one (the old side only)

    def atoms(self, members: tuple[Member, ...]) -> frozenset[_Atom]:
        found: set[_Atom] = set()
        for member in members:
            found |= self._member(member)
        return frozenset(found)

    def _member(self, member: Member) -> frozenset[_Atom]:
        if isinstance(member, Named):
            return frozenset({_Atom(member.name)})
        if isinstance(member, Pager):
            return frozenset({_Atom("SyncPager", (self.atoms((member.page,)), self.atoms((member.item,))))})
        if isinstance(member, ir.ScalarType):
            return frozenset({_Atom(_SPELLED_ALIKE.get(member.kind, member.kind))})
        if isinstance(member, (ir.ModelType, ir.AliasType)):
            return frozenset({_Atom(self.rename.get(member.name, member.name), package_class=True)})
        if isinstance(member, ir.EnumType):
            enum = _Atom(self.rename.get(member.name, member.name), package_class=True)
            return frozenset({enum, *(_Atom(kind) for kind in member.value_kind.split(" | "))})
        if isinstance(member, ir.ListType):
            return frozenset({_Atom("list", (self.atoms((member.of,)),))})
        if isinstance(member, ir.MapType):
            return frozenset({_Atom("dict", (self.atoms((member.of,)),))})
        if isinstance(member, ir.NullableType):
            return self.atoms((member.of,)) | {_Atom("None")}
        return self.atoms(member.variants)


class Types:
    """Assignability between the annotations of the old and the new surface."""

    def __init__(self, old: Surface, new: Surface, renames: dict[str, str]) -> None:
        def side(surface: Surface, rename: dict[str, str]) -> _Side:
            def name(value: str) -> str:
                return rename.get(value, value)

            return _Side(
                bases={name(m.name): (name(m.base) if m.base else None) for m in surface.models},
                enums={name(e.name): e.value_kind for e in surface.enums},
                values={name(e.name): frozenset(m.value for m in e.members) for e in surface.enums},
                rename=rename,
            )

        self.old, self.new = side(old, renames), side(new, {})

    def compare(self, old_type: Annotation, new_type: Annotation) -> Relation:
        old, new = self.old.atoms(old_type.members), self.new.atoms(new_type.members)
        if old == new:
            return "same"
        widens, narrows = self._union(old, self.old, new, self.new), self._union(new, self.new, old, self.old)
        if widens and narrows:
            return "equivalent"
        return "narrowed" if narrows else "widened" if widens else "changed"

    def enum_values(self, old_type: Annotation, new_type: Annotation) -> tuple[Values | None, Values | None] | None:
        """The values each side's enum admits, (old, new), None for a side without an enum;
        None when both are the same enum class, whose own changes are reported on it."""
        old, new = _enum_of(old_type, self.old.rename), _enum_of(new_type, {})
        if old is not None and old == new:
            return None
        return (self.old.values.get(old) if old else None), (self.new.values.get(new) if new else None)

    def _union(self, a: frozenset[_Atom], a_side: _Side, b: frozenset[_Atom], b_side: _Side) -> bool:
        return all(any(self._atom(x, a_side, y, b_side) for y in b) for x in a)

    def _atom(self, x: _Atom, x_side: _Side, y: _Atom, y_side: _Side) -> bool:
        if y.name in _TOP and not y.package_class:
            return True
        if x.name == y.name and x.package_class == y.package_class:
            return len(x.args) == len(y.args) and all(
                self._union(a, x_side, b, y_side) for a, b in zip(x.args, y.args)
            )
        if x.args or y.args:
            return False
        if not x.package_class:
            return not y.package_class and (x.name, y.name) in _PROMOTIONS
        if not y.package_class:
            return x_side.enums.get(x.name) == y.name
        base, seen = x_side.bases.get(x.name), set()
        while base is not None and base not in seen:
            if base == y.name:
                return True
            seen.add(base)
            base = x_side.bases.get(base)
        return False


def _enum_of(annotation: Annotation, rename: dict[str, str]) -> str | None:
    """The enum class a single-member annotation names, renamed to the new side's name."""
    if len(annotation.members) == 1 and isinstance(annotation.members[0], ir.EnumType):
        name = annotation.members[0].name
        return rename.get(name, name)
    return None


def type_message(what: str, relation: Relation, old: Annotation, new: Annotation) -> str:
    if relation == "equivalent":
        return f"{what} type {old} now written {new} (the same values)"
    return f"{what} type {relation} from {old} to {new}"
