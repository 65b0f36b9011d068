"""Which component schemas the API reaches: from its paths and webhooks, through `$ref`s.

Large third-party specs carry hundreds of schemas no operation uses (GitHub: a third of its
969). Generating them costs time and memory in every later stage, so by default only the
reached ones are generated; the caller reports how many were left out.

A schema is reached when a path or webhook refers to it, directly or through other
components (parameters, responses, bodies, other schemas), and when it extends a reached
schema that has a discriminator: decoding the base dispatches to such subclasses. A document
without any operation or webhook is a library of schemas: all of them are generated.
"""

from __future__ import annotations

from typing import Any

from .openapi import HTTP_METHODS, node_at, unescape_pointer_token

SCHEMAS_POINTER = "#/components/schemas/"


def reachable_schemas(document: dict[str, Any]) -> set[str]:
    """Names of the component schemas the paths and webhooks of `document` reach."""
    schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    subclasses = _subclasses(schemas)
    reached: set[str] = set()
    followed: set[str] = set()
    pending: list[Any] = [document.get("paths"), document.get("webhooks")]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        pending.extend(node.values())
        targets = [node.get("$ref")]
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            targets += [
                target if target.startswith("#") else SCHEMAS_POINTER + target
                for target in discriminator["mapping"].values()
                if isinstance(target, str)
            ]
        for target in targets:
            if not isinstance(target, str) or not target.startswith("#/") or target in followed:
                continue
            followed.add(target)
            name = _schema_name(target)
            if name is None:
                pending.append(node_at(document, target[1:]))
            elif name in schemas and name not in reached:
                reached.add(name)
                pending.append(schemas[name])
                if _has_discriminator(schemas[name]):
                    pending += [{"$ref": SCHEMAS_POINTER + child} for child in subclasses.get(name, ())]
    return reached


def _schema_name(reference: str) -> str | None:
    """The component schema a local reference points into, or None for other components."""
    if not reference.startswith(SCHEMAS_POINTER):
        return None
    return unescape_pointer_token(reference[len(SCHEMAS_POINTER) :].split("/")[0])


def _subclasses(schemas: dict[str, Any]) -> dict[str, list[str]]:
    """Component name → the components whose `allOf` extends it."""
    found: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        for part in parts if isinstance(parts, list) else []:
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                base = _schema_name(part["$ref"])
                if base is not None:
                    found.setdefault(base, []).append(name)
    return found


def _has_discriminator(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if isinstance(schema.get("discriminator"), dict):
        return True
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(isinstance(p, dict) and isinstance(p.get("discriminator"), dict) for p in parts)


def drop_unreachable(hoisted: dict[str, Any], original: dict[str, Any]) -> tuple[str, ...]:
    """Removes the schemas the API does not reach from `hoisted` (a hoisted copy of `original`);
    returns the names, as the spec gives them, of the component schemas removed."""
    if not _has_operations(original):
        return ()
    reached = reachable_schemas(hoisted)
    components = hoisted.get("components") or {}
    components["schemas"] = {name: schema for name, schema in (components.get("schemas") or {}).items() if name in reached}
    named = (original.get("components") or {}).get("schemas") or {}
    return tuple(str(name) for name in named if name not in reached)


def _has_operations(document: dict[str, Any]) -> bool:
    if document.get("webhooks"):
        return True
    paths = document.get("paths")
    items = paths.values() if isinstance(paths, dict) else []
    return any(isinstance(item, dict) and (set(item) & set(HTTP_METHODS) or "$ref" in item) for item in items)
