"""Projected twins: how an answer to a projection parameter (`x-projection`) is decoded.

A server asked for some fields only (Oracle's `fields=name,paymentItem`) leaves the others
out, at every depth, so the models of the full answer would refuse it. Each model such an
answer can hold gets a twin, `Projected<Name>`, with the same fields all optional: nested
models are twins too, subclasses are twin subclasses (polymorphic decoding still works; a
twin whose discriminator was not asked for decodes as the base twin), and the operation's
`projection` says what it answers when the parameter is passed (one that must pass it always
answers twins).
"""

from __future__ import annotations

import dataclasses

from . import ir
from .naming import unique_names

PREFIX = "Projected"


def project(
    operations: tuple[ir.Operation, ...],
    models: tuple[ir.Model, ...],
    aliases: tuple[ir.Alias, ...],
    taken: set[str],
) -> tuple[tuple[ir.Operation, ...], tuple[ir.Model, ...]]:
    """The operations with their `projection` set, and the models with the twins appended.

    `taken` holds the class names already in use (enums, aliases): a twin's name never
    collides with one. Operations without a projection parameter are returned as they are.
    """
    projecting = [op for op in operations if any(p.projection for p in op.parameters)]
    if not projecting:
        return operations, models
    roots = [r.type for op in projecting for r in (op.success, *op.successes) if r.type is not None]
    reached = _with_bases(models, aliases, roots)
    originals = [model for model in models if model.name in reached]
    twin_names = unique_names([PREFIX + model.name for model in originals], taken | {m.name for m in models})
    names = {model.name: twin for model, twin in zip(originals, twin_names)}
    parameters: dict[str, list[str]] = {}  # model → wire names of the parameters that project it
    for operation in projecting:
        wire = next(p.wire_name for p in operation.parameters if p.projection)
        roots = [r.type for r in (operation.success, *operation.successes) if r.type is not None]
        for name in _with_bases(models, aliases, roots):
            if name in names and wire not in parameters.setdefault(name, []):
                parameters[name].append(wire)
    twins = tuple(_twin(model, names, parameters[model.name]) for model in originals)
    projected = tuple(_projected(operation, names) if operation in projecting else operation for operation in operations)
    return projected, models + twins


def _with_bases(models: tuple[ir.Model, ...], aliases: tuple[ir.Alias, ...], roots: list[ir.TypeRef]) -> set[str]:
    """The models `roots` reach, and their base classes (a twin subclass needs a twin base)."""
    bases = {model.name: model.base for model in models}
    found = ir.reachable_names(models, aliases, roots)
    while True:
        missing = {base for name in found if (base := bases.get(name)) and base not in found}
        if not missing:
            return {name for name in found if name in bases}
        found |= ir.reachable_names(models, aliases, [ir.ModelType(name) for name in missing])


def _projected(operation: ir.Operation, names: dict[str, str]) -> ir.Operation:
    """The operation with its `projection`; one that always sends the parameter (required)
    always answers with twins, so they are simply its success responses."""
    parameter = next(p for p in operation.parameters if p.projection)
    success = _response(operation.success, names)
    successes = tuple(_response(response, names) for response in operation.successes)
    if parameter.required:
        return dataclasses.replace(operation, success=success, successes=successes)
    return dataclasses.replace(operation, projection=ir.Projection(parameter.python_name, success, successes))


def _response(response: ir.Response, names: dict[str, str]) -> ir.Response:
    if response.type is None:
        return response
    return dataclasses.replace(response, type=_type(response.type, names))


def _twin(model: ir.Model, names: dict[str, str], parameters: list[str]) -> ir.Model:
    def optional(field: ir.Field) -> ir.Field:
        return dataclasses.replace(field, type=_type(field.type, names), required=False)

    passed = " or ".join(f"`{wire}`" for wire in parameters)
    return dataclasses.replace(
        model,
        name=names[model.name],
        description=f"{model.name} as answered when {passed} is passed: every field may be absent.",
        fields=tuple(optional(field) for field in model.fields),
        own_fields=tuple(optional(field) for field in model.own_fields),
        base=names[model.base] if model.base else None,
        subtypes=tuple((tag, names[subtype]) for tag, subtype in model.subtypes),
        additional=_type(model.additional, names),
        jsonapi_included=names.get(model.jsonapi_included or "", model.jsonapi_included),
    )


def _type(type_: ir.TypeRef, names: dict[str, str]) -> ir.TypeRef:
    """`type_` with every model replaced by its twin. An alias that contains itself (`Json`)
    is named, not written out, so it stays as it is: models inside one decode in full."""
    if isinstance(type_, ir.ModelType):
        return ir.ModelType(names.get(type_.name, type_.name))
    if isinstance(type_, ir.Wrapper):
        return type(type_)(_type(type_.of, names))
    if isinstance(type_, ir.UnionType):
        return ir.UnionType(
            tuple(_type(variant, names) for variant in type_.variants),
            type_.discriminator,
            tuple((tag, names.get(name, name)) for tag, name in type_.mapping),
        )
    return type_
