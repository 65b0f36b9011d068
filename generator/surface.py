"""The public API surface of a generated package: what `diff-api` compares.

What a user of a generated package can touch: the client constructor and one method per
operation (plus `<name>_iter` for a paginated one), the models with their fields, the enums,
the type aliases and the exception classes. These are the package's presentation
(`present.py`), the very objects the templates write the code from, so the types compared
are exactly the ones users see. The surface adds what only the comparison needs: package
metadata and how callers meet each model (reading responses, building requests, or both).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from . import ir
from .present import PublicError, PublicMethod, PublicModel, present

Role = Literal["request", "response"]


@dataclass(frozen=True)
class Surface:
    package: str
    title: str
    api_version: str  # info.version
    client_version: str | None  # info.x-client-version, the package's own version when declared
    source: str
    methods: tuple[PublicMethod, ...]  # the constructor first, then the operations in spec order
    models: tuple[PublicModel, ...]
    enums: tuple[ir.Enum, ...]
    aliases: tuple[ir.Alias, ...]
    errors: tuple[PublicError, ...]
    roles: Mapping[str, tuple[Role, ...]]  # model name → how callers meet it


def surface_of(api: ir.Api) -> Surface:
    """The public surface of the package that `api` renders to."""
    shown = present(api)
    # The connection options' docstrings restate their defaults, which are compared as such.
    constructor = dataclasses.replace(
        shown.constructor,
        arguments=tuple(
            argument if argument in shown.credentials else dataclasses.replace(argument, doc="")
            for argument in shown.constructor.arguments
        ),
    )
    return Surface(
        package=api.package,
        title=api.title,
        api_version=api.version,
        client_version=api.client_version,
        source=api.spec_path,
        methods=(constructor, *shown.methods),
        models=shown.models,
        enums=shown.enums,
        aliases=shown.aliases,
        errors=shown.errors,
        roles=_model_roles(api),
    )


def _model_roles(api: ir.Api) -> dict[str, tuple[Role, ...]]:
    """Which models callers read (reachable from a response) and which they build (from a
    parameter or a request body). A model reachable from neither counts as read: models
    describe what the API returns unless a request says otherwise."""
    def reachable(roots: Iterable[ir.TypeRef]) -> set[str]:
        return ir.reachable_names(api.models, api.aliases, roots)

    read = reachable(
        r.type for op in api.operations for r in (op.success, *op.errors) if r.type is not None
    )
    built = reachable(
        [p.type for op in api.operations for p in op.parameters]
        + [op.body.type for op in api.operations if op.body is not None]
    )
    roles: dict[str, tuple[Role, ...]] = {}
    for name in (m.name for m in api.models):
        found: list[Role] = []
        if name in built:
            found.append("request")
        if name in read or not found:
            found.append("response")
        roles[name] = tuple(found)
    return roles
