"""How callers meet each model: reading it in responses, building it for requests, or both.

`build.py` decides by it which read-only and write-only fields a model may lack, and
`surface.py` which changes of a model break callers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from . import ir

Role = Literal["request", "response"]


def model_roles(
    operations: Iterable[ir.Operation], models: Iterable[ir.Model], aliases: Iterable[ir.Alias]
) -> dict[str, tuple[Role, ...]]:
    """Which models callers read (reachable from a response) and which they build (from a
    parameter or a request body). A model reachable from neither counts as read: models
    describe what the API returns unless a request says otherwise. Reaching a class reaches
    its subclasses (they are what may come or go in its place)."""
    operations, models = list(operations), list(models)
    by_name = {m.name: m for m in models}
    alias_types = {a.name: a.type for a in aliases}

    def reachable(roots: Iterable[ir.TypeRef]) -> set[str]:
        found: set[str] = set()
        pending = list(roots)
        while pending:
            type_ = pending.pop()
            if isinstance(type_, (ir.ModelType, ir.AliasType)):
                if type_.name in found:
                    continue
                found.add(type_.name)
                if type_.name in alias_types:
                    pending.append(alias_types[type_.name])
                model = by_name.get(type_.name)
                if model is not None:
                    pending += [f.type for f in model.fields] + [model.additional]
                    pending += [ir.ModelType(name) for _, name in model.subtypes]
                    pending += [ir.ModelType(m.name) for m in models if m.base == model.name]
            elif isinstance(type_, ir.ListType):
                pending.append(type_.item)
            elif isinstance(type_, ir.MapType):
                pending.append(type_.value)
            elif isinstance(type_, ir.NullableType):
                pending.append(type_.inner)
            elif isinstance(type_, ir.UnionType):
                pending += list(type_.variants)
                pending += [ir.ModelType(name) for _, name in type_.mapping if name]
        return found

    read = reachable(
        r.type
        for op in operations
        for r in (op.success, *op.successes, *op.errors)
        if r.type is not None
    )
    built = reachable(
        [p.type for op in operations for p in op.parameters]
        + [op.body.type for op in operations if op.body is not None]
    )
    roles: dict[str, tuple[Role, ...]] = {}
    for name in by_name:
        found: list[Role] = []
        if name in built:
            found.append("request")
        if name in read or not found:
            found.append("response")
        roles[name] = tuple(found)
    return roles
