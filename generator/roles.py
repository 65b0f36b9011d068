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
    operations, models, aliases = list(operations), list(models), list(aliases)

    def reachable(roots: Iterable[ir.TypeRef]) -> set[str]:
        return ir.reachable_names(models, aliases, roots)

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
    for name in (model.name for model in models):
        found: list[Role] = []
        if name in built:
            found.append("request")
        if name in read or not found:
            found.append("response")
        roles[name] = tuple(found)
    return roles
