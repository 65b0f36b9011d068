"""The rules of `diff-api`: every difference between two surfaces of a package, classified.

Every change is *breaking* (code that worked against the old package can fail to type-check
or behave differently) or *compatible*, and carries the version bump it calls for.

Breaking (major):
- a package, method, model, enum, enum value, type alias or exception class removed, or
  renamed (a rename is reported once, as such: a method keeps its HTTP method and path, a
  parameter or field its wire name, an enum member its value, a model its set of field
  wire names, an enum its set of values; a removed and an added parameter or field of the
  same type also pair up as a rename when that pairing is unique);
- a parameter removed or renamed; a parameter added without a default; a parameter that had
  a default losing it (made required); a parameter's type narrowed or changed (see
  `types.py`); a parameter's constraint narrowed (a higher `minimum` or `minLength`, a lower
  `maximum` or `maxLength`, a bound or a `pattern` added, an `enum` admitting fewer values)
  or its `pattern` changed: callers passing what was allowed now get a ValueError or an
  error status;
- a return type, a field read from responses, a type alias or an exception's `error` type
  changed other than by narrowing (a method that returned None may start returning data);
  likewise what a call passing a projection argument returns (a projection marked or
  unmarked changes it: the model or its projected twin);
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
  models they build), narrowed where they read it (returns, response fields), a parameter's
  constraint widened or dropped, a response field now always present or never None, a new
  base class, a default value changed, a method or parameter deprecated (minor);
- docstring changes, an annotation spelled differently for the same values (e.g.
  `PaymentStatus | str` and `str`, since the enum is a str subclass), info.version (patch).

A parameter's type excludes the `| None` its optionality adds and a field's the `| None` and
`| _rt.Unset` of nullability and optionality: those are judged by the presence rules above.
An `enum` dropped from a parameter is its type going from `Enum | str` to `str`, reported by
the type rules; an enum class losing a value is reported on the enum.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .. import ir
from ..present import CONSTRUCTOR, NONE, Annotation, PublicArgument, PublicField, PublicMethod, PublicModel
from ..surface import Surface
from .match import Matched, by_name, match
from .report import ApiDiff, Bump, Change, ChangeSeverity, PackageDiff
from .types import INPUT, OUTPUT, Relation, Types, Values, type_message

_RELATIONS = ("equivalent", "narrowed", "widened", "changed")
Verdict = tuple[ChangeSeverity, Bump, str, str]  # severity, bump, rule, message

# Every rule a change can carry (`Change.rule`), for consumers of `--format json`.
RULES: frozenset[str] = frozenset(
    {
        "package-added", "package-removed", "api-version-changed",
        "method-added", "method-removed", "method-renamed", "method-deprecated", "method-undeprecated",
        "method-doc-changed", "return-type-added",
        "parameter-added", "parameter-added-required", "parameter-removed", "parameter-renamed",
        "parameter-kind-changed", "parameter-made-required", "parameter-made-optional",
        "parameter-default-changed", "parameter-deprecated", "parameter-doc-changed",
        "parameter-constraint-narrowed", "parameter-constraint-widened", "parameter-constraint-changed",
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
    | {f"{what}-type-{relation}" for what in ("parameter", "return", "field", "alias", "exception") for relation in _RELATIONS}
)


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
    models = match(old.models, new.models, by_name, [_field_names])
    enums = match(old.enums, new.enums, by_name, [lambda e: frozenset(m.value for m in e.members)])
    renames = {o.name: n.name for o, n in models.pairs + enums.pairs if o.name != n.name}
    types = Types(old, new, renames)
    if old.api_version != new.api_version:
        changes.compatible(
            "api-version-changed", new.package, f"API version {old.api_version} -> {new.api_version}", "patch"
        )
    _diff_methods(old.methods, new.methods, types, changes)
    _diff_models(models, types, renames, old, new, changes)
    _diff_enums(enums, changes)
    _diff_typed(_aliases(old), _aliases(new), ("alias", "models", "alias", "type alias"), types, changes)
    _diff_typed(_errors(old), _errors(new), ("exception", "errors", "`error`", "exception class"), types, changes)
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


def _field_names(model: PublicModel) -> frozenset[str]:
    return frozenset(f.wire_name for f in model.fields if f.wire_name)


# -- methods -------------------------------------------------------------------------------


def _method_target(package: str, method: PublicMethod) -> str:
    return f"{package}.Client()" if method.name == CONSTRUCTOR else f"{package}.Client.{method.name}"


def _diff_methods(old: tuple[PublicMethod, ...], new: tuple[PublicMethod, ...], types: Types, changes: _Changes) -> None:
    package = changes.package
    matched = match(old, new, by_name, [lambda m: m.identity])
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
        _diff_projected(before, after, target, types, changes)
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


def _location(parameter: PublicArgument) -> str:
    return parameter.identity.split(" ", 1)[0]


def _diff_parameters(before: PublicMethod, after: PublicMethod, target: str, types: Types, changes: _Changes) -> None:
    matched = match(
        before.arguments,
        after.arguments,
        by_name,
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
            changes.compatible(
                "parameter-made-optional", target, f"parameter {name} is now optional (default {new.effective_default})"
            )
        elif old.effective_default != new.effective_default:
            changes.compatible(
                "parameter-default-changed",
                target,
                f"parameter {name} default changed from {old.effective_default} to {new.effective_default}",
            )
        relation = types.compare(old.type, new.type)
        if relation != "same":
            changes.add(
                INPUT[relation], f"parameter-type-{relation}", target, type_message(f"parameter {name}", relation, old.type, new.type)
            )
        _diff_constraints(old, new, target, types, changes)
        if new.deprecated and not old.deprecated:
            changes.compatible("parameter-deprecated", target, f"parameter {name} deprecated")
        if old.doc != new.doc:
            changes.compatible("parameter-doc-changed", target, f"docstring of parameter {name} changed", "patch")
    for parameter in matched.added:
        if parameter.required:
            changes.breaking("parameter-added-required", target, f"required parameter {parameter.name!r} added")
        else:
            changes.compatible("parameter-added", target, f"optional parameter {parameter.name!r} added")


# Each bound a parameter can carry: (what a message calls it when the keyword changes, +1
# for a lower bound and -1 for an upper one, and the keywords that set it: spec spelling,
# `ir.Constraints` attribute, exclusive).
_BOUNDS: tuple[tuple[str, int, tuple[tuple[str, str, bool], ...]], ...] = (
    ("lower bound", 1, (("minimum", "minimum", False), ("exclusiveMinimum", "exclusive_minimum", True))),
    ("upper bound", -1, (("maximum", "maximum", False), ("exclusiveMaximum", "exclusive_maximum", True))),
    ("minLength", 1, (("minLength", "min_length", False),)),
    ("maxLength", -1, (("maxLength", "max_length", False),)),
    ("minItems", 1, (("minItems", "min_items", False),)),
    ("maxItems", -1, (("maxItems", "max_items", False),)),
)


@dataclass(frozen=True)
class _Bound:
    keyword: str
    value: float
    tightness: tuple[float, bool]  # larger admits fewer values


def _bound(constraints: ir.Constraints, direction: int, keywords: tuple[tuple[str, str, bool], ...]) -> _Bound | None:
    """The tightest of the keywords that set one bound, or None where none does."""
    found = [
        _Bound(keyword, value, (direction * value, exclusive))
        for keyword, attribute, exclusive in keywords
        if (value := getattr(constraints, attribute)) is not None
    ]
    return max(found, key=lambda bound: bound.tightness, default=None)


def _diff_constraints(old: PublicArgument, new: PublicArgument, target: str, types: Types, changes: _Changes) -> None:
    """Bounds, `pattern` and `enum` of a parameter: what callers may pass without an error."""
    name = repr(new.name)

    def report(keyword: str, relation: Relation, before: str, after: str) -> None:
        message = f"parameter {name} {keyword} {relation}: {before} -> {after}"
        changes.add(INPUT[relation], f"parameter-constraint-{relation}", target, message)

    for what, direction, keywords in _BOUNDS:
        before, after = _bound(old.constraints, direction, keywords), _bound(new.constraints, direction, keywords)
        if before == after:
            continue
        narrowed = after is not None and (before is None or after.tightness > before.tightness)
        renamed = before is not None and after is not None and before.keyword != after.keyword
        label = what if renamed else next(bound.keyword for bound in (after, before) if bound is not None)
        report(label, "narrowed" if narrowed else "widened", _described(before, renamed), _described(after, renamed))
    pattern_before, pattern_after = old.constraints.pattern, new.constraints.pattern
    if pattern_before != pattern_after:
        relation: Relation = "narrowed" if pattern_before is None else "widened" if pattern_after is None else "changed"
        report("pattern", relation, _shown(pattern_before), _shown(pattern_after))
    before_values, after_values = types.enum_values(old.type, new.type) or (None, None)
    if after_values is not None and after_values != before_values:
        if before_values is None or after_values < before_values:
            relation = "narrowed"
        else:
            relation = "widened" if after_values > before_values else "changed"
        report("enum", relation, _shown(before_values), _shown(after_values))


def _described(bound: _Bound | None, with_keyword: bool) -> str:
    if bound is None:
        return "none"
    return f"{bound.keyword} {bound.value!r}" if with_keyword else repr(bound.value)


def _shown(value: str | Values | None) -> str:
    if value is None:
        return "none"
    if isinstance(value, frozenset):
        return repr(sorted(value, key=lambda item: (type(item).__name__, item)))
    return repr(value)


def _diff_return(before: PublicMethod, after: PublicMethod, target: str, types: Types, changes: _Changes) -> None:
    relation = types.compare(before.returns, after.returns)
    if relation == "same":
        return
    if before.returns.members == (NONE,):  # nobody used the None it returned
        changes.compatible("return-type-added", target, f"now returns {after.returns} (returned None)")
        return
    message = type_message("return", relation, before.returns, after.returns)
    changes.add(OUTPUT[relation], f"return-type-{relation}", target, message)


def _diff_projected(before: PublicMethod, after: PublicMethod, target: str, types: Types, changes: _Changes) -> None:
    """What a call passing the projection argument returns: its own overload's type, else the
    method's. Marking an argument callers could already pass, or unmarking it, changes it."""
    projection = after.projection or before.projection
    passed = {a.name for a in before.arguments} & {a.name for a in after.arguments}
    if projection is None or projection not in passed:
        return
    old, new = before.projected or before.returns, after.projected or after.returns
    relation = types.compare(old, new)
    if relation != "same":
        message = type_message(f"return (with {projection})", relation, old, new)
        changes.add(OUTPUT[relation], f"return-type-{relation}", target, message)


def _diff_pages(package: str, before: PublicMethod, after: PublicMethod, types: Types, changes: _Changes) -> None:
    """`<name>_iter` of a paginated operation: same arguments, so only its presence and type."""
    old_target, target = f"{package}.Client.{before.name}_iter", f"{package}.Client.{after.name}_iter"
    if before.pages is not None and after.pages is None:
        changes.breaking("method-removed", old_target, "method removed (no longer paginated)")
    elif before.pages is None and after.pages is not None:
        changes.compatible("method-added", target, "method added (now paginated)")
    elif before.pages is not None and after.pages is not None:
        if before.name != after.name:
            changes.breaking("method-renamed", old_target, f"method renamed to {after.name + '_iter'!r}")
        old_pages, new_pages = Annotation((before.pages,)), Annotation((after.pages,))
        relation = types.compare(old_pages, new_pages)
        if relation != "same":
            message = type_message("return", relation, old_pages, new_pages)
            changes.add(OUTPUT[relation], f"return-type-{relation}", target, message)


def _diff_raises(before: PublicMethod, after: PublicMethod, target: str, changes: _Changes) -> None:
    old = {r.status: r.error for r in before.raises}
    new = {r.status: r.error for r in after.raises}
    for status, name in old.items():  # one class per status: only presence can change
        if status not in new:
            changes.breaking("raises-removed", target, f"no longer raises {name} (status {status})")
    for status, name in new.items():
        if status in old:
            continue
        # A common status always had its own class; any other was raised as the `default` class.
        common = status in ir.COMMON_STATUSES or status.startswith("5")
        if "default" in old and status != "default" and not common:
            changes.breaking(
                "raises-replaced", target, f"status {status} raises {name} instead of {old['default']}"
            )
        else:
            changes.compatible("raises-added", target, f"raises {name} (status {status})")


# -- models, enums, aliases, exceptions ----------------------------------------------------


def _diff_models(
    matched: Matched, types: Types, renames: dict[str, str], old_surface: Surface, new_surface: Surface, changes: _Changes
) -> None:
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
        roles = tuple(
            role for role in ("response", "request") if role in old_surface.roles[old.name] or role in new_surface.roles[new.name]
        )
        _diff_fields(old, new, target, roles, same_base, types, changes)
        if old.doc != new.doc:
            changes.compatible("model-doc-changed", target, "docstring changed", "patch")
    for model in matched.added:
        changes.compatible("model-added", f"{package}.models.{model.name}", "model added")


def _worst(options: list[Verdict]) -> Verdict:
    """Of the verdicts for each role a model plays, the one that breaks (else the first)."""
    return next((option for option in options if option[0] == "breaking"), options[0])


def _diff_fields(
    old: PublicModel,
    new: PublicModel,
    target: str,
    roles: tuple[str, ...],
    same_base: bool,
    types: Types,
    changes: _Changes,
) -> None:
    matched = match(
        old.fields, new.fields, by_name, [lambda f: f.wire_name, lambda f: (f.type, f.required, f.nullable)]
    )
    read, built = "response" in roles, "request" in roles

    def verdict(response: Verdict, request: Verdict) -> None:
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


# A field's `required` or `nullable` flag turning on, then off: how each reads to callers who
# read the model from responses, and to those who build it for requests (the last item is
# what the message says after the field's name).
_FIELD_FLAGS: dict[str, tuple[tuple[Verdict, Verdict], tuple[Verdict, Verdict]]] = {
    "required": (
        (
            ("compatible", "minor", "field-always-present", "is now always present"),
            ("breaking", "major", "field-made-required", "is now required"),
        ),
        (
            ("breaking", "major", "field-may-be-unset", "may now be UNSET (no longer required)"),
            ("compatible", "minor", "field-made-optional", "is now optional"),
        ),
    ),
    "nullable": (
        (
            ("breaking", "major", "field-may-be-none", "may now be None (now nullable)"),
            ("compatible", "minor", "field-accepts-none", "now accepts None"),
        ),
        (
            ("compatible", "minor", "field-never-none", "is never None any more"),
            ("breaking", "major", "field-refuses-none", "no longer accepts None"),
        ),
    ),
}


def _diff_field(
    before: PublicField,
    after: PublicField,
    verdict: Callable[[Verdict, Verdict], None],
    types: Types,
    changes: _Changes,
    target: str,
) -> None:
    name = repr(after.name)
    if before.name != after.name:
        changes.breaking("field-renamed", target, f"field {before.name!r} renamed to {name}")
    for flag, (turned_on, turned_off) in _FIELD_FLAGS.items():
        if getattr(before, flag) != getattr(after, flag):
            read, built = turned_on if getattr(after, flag) else turned_off
            verdict((*read[:3], f"field {name} {read[3]}"), (*built[:3], f"field {name} {built[3]}"))
    relation = types.compare(before.type, after.type)
    if relation != "same":
        message = type_message(f"field {name}", relation, before.type, after.type)
        rule = f"field-type-{relation}"
        verdict((*OUTPUT[relation], rule, message), (*INPUT[relation], rule, message))
    if before.doc != after.doc:
        changes.compatible("field-doc-changed", target, f"docstring of field {name} changed", "patch")


def _diff_enums(matched: Matched, changes: _Changes) -> None:
    package = changes.package
    for enum in matched.removed:
        changes.breaking("enum-removed", f"{package}.models.{enum.name}", "enum removed")
    for old, new in matched.pairs:
        old_enum: ir.Enum = old
        new_enum: ir.Enum = new
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
            if partner.python_name != member.python_name:
                changes.breaking("enum-member-renamed", target, f"member {member.python_name} renamed to {partner.python_name}")
            if partner.description != member.description:
                changes.compatible("enum-doc-changed", target, f"docstring of {partner.python_name} changed", "patch")
        for member in new_enum.members:
            if member.value not in old_values:
                changes.compatible("enum-value-added", target, f"value {member.value!r} added")
        if old_enum.description != new_enum.description:
            changes.compatible("enum-doc-changed", target, "docstring changed", "patch")
    for enum in matched.added:
        changes.compatible("enum-added", f"{package}.models.{enum.name}", "enum added")


class _Typed(NamedTuple):
    """A type alias or an exception class: a name, a type callers read, a docstring."""

    name: str
    type: Annotation
    doc: str


def _diff_typed(old: list[_Typed], new: list[_Typed], kind: tuple[str, str, str, str], types: Types, changes: _Changes) -> None:
    """`kind`: the rule prefix, the module, what a type message names and what the item is."""
    rule, module, what, noun = kind
    package = changes.package
    matched = match(old, new, by_name, [])
    for item in matched.removed:
        changes.breaking(f"{rule}-removed", f"{package}.{module}.{item.name}", f"{noun} removed")
    for before, after in matched.pairs:
        target = f"{package}.{module}.{after.name}"
        relation = types.compare(before.type, after.type)
        if relation != "same":
            message = type_message(what, relation, before.type, after.type)
            changes.add(OUTPUT[relation], f"{rule}-type-{relation}", target, message)
        if before.doc != after.doc:
            changes.compatible(f"{rule}-doc-changed", target, "docstring changed", "patch")
    for item in matched.added:
        changes.compatible(f"{rule}-added", f"{package}.{module}.{item.name}", f"{noun} added")


def _aliases(surface: Surface) -> list[_Typed]:
    return [_Typed(a.name, Annotation((a.type,), prefix=""), a.description) for a in surface.aliases]


def _errors(surface: Surface) -> list[_Typed]:
    return [_Typed(e.name, e.type, e.doc) for e in surface.errors]
