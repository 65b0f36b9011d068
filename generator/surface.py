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
from collections.abc import Mapping
from dataclasses import dataclass

from . import ir
from .present import PublicError, PublicMethod, PublicModel, present
from .roles import Role, model_roles


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
        roles=model_roles(api.operations, api.models, api.aliases),
    )
