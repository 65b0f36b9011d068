"""Lint for what openapi-spec-validator lets through but our generator relies on.

Self-contained on purpose (plain dicts in, messages out): the generator's
validate module will grow its own version; until then the specs are held to
these rules by tests/test_specs.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def resolve_pointer(doc: Any, ref: str) -> Any:
    """Follow a local `#/a/b` reference; KeyError/IndexError if it dangles."""
    if not ref.startswith("#"):
        raise KeyError(f"non-local $ref {ref!r}")
    node = doc
    for token in filter(None, ref[1:].split("/")):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(doc: dict, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(doc, node["$ref"])
    return node


def _refs(node: Any) -> Iterator[str]:
    """Every reference under `node`: `$ref` values and discriminator mappings."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        mapping = node.get("discriminator", {}).get("mapping", {}) if isinstance(node.get("discriminator"), dict) else {}
        yield from mapping.values()
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def operations(doc: dict) -> Iterator[tuple[str, str, dict, dict]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item, item[method]


def _unresolved_refs(doc: dict) -> list[str]:
    problems = []
    for ref in set(_refs(doc)):
        try:
            resolve_pointer(doc, ref)
        except (KeyError, IndexError, ValueError, TypeError):
            problems.append(f"$ref {ref!r} does not resolve")
    return problems


def _path_parameter_problems(doc: dict) -> list[str]:
    problems = []
    for path, method, item, op in operations(doc):
        params = [deref(doc, p) for p in item.get("parameters", []) + op.get("parameters", [])]
        declared = {p["name"] for p in params if p.get("in") == "path"}
        templated = set(re.findall(r"{([^}]+)}", path))
        for name in sorted(templated - declared):
            problems.append(f"{method.upper()} {path}: template variable {{{name}}} has no path parameter")
        for name in sorted(declared - templated):
            problems.append(f"{method.upper()} {path}: path parameter {name!r} is not in the template")
    return problems


def _success_response_problems(doc: dict) -> list[str]:
    problems = []
    for path, method, _, op in operations(doc):
        successes = {code: deref(doc, r) for code, r in op.get("responses", {}).items() if str(code).startswith("2")}
        good = [
            code
            for code, response in successes.items()
            for media in response.get("content", {}).values()
            if "schema" in media and ("example" in media or media.get("examples"))
        ]
        if not good:
            problems.append(f"{method.upper()} {path}: no 2xx response with both a schema and an example")
    return problems


def _unused_component_problems(doc: dict) -> list[str]:
    """Components not reachable from paths, webhooks or top-level security."""
    components = doc.get("components", {})
    used_schemes = {
        name
        for requirement in doc.get("security", []) + [r for *_, op in operations(doc) for r in op.get("security", [])]
        for name in requirement
    }
    outside = {key: value for key, value in doc.items() if key != "components"}
    seen: set[str] = set()
    queue = list(_refs(outside))
    while queue:
        ref = queue.pop()
        if ref in seen:
            continue
        seen.add(ref)
        try:
            queue.extend(_refs(resolve_pointer(doc, ref)))
        except (KeyError, IndexError, ValueError, TypeError):
            pass  # reported by _unresolved_refs
    problems = []
    for kind, members in components.items():
        for name in members:
            used = name in used_schemes if kind == "securitySchemes" else f"#/components/{kind}/{name}" in seen
            if not used:
                problems.append(f"components/{kind}/{name} is never used")
    return problems


def lint(doc: dict) -> list[str]:
    """All problems found in `doc`, as human-readable messages (empty if clean)."""
    ids = [op.get("operationId") for *_, op in operations(doc)]
    problems = [f"operationId {i!r} is not unique" for i in sorted({i for i in ids if ids.count(i) > 1})]
    problems += [f"{m.upper()} {p}: missing operationId" for p, m, _, op in operations(doc) if not op.get("operationId")]
    return (
        problems
        + _unresolved_refs(doc)
        + _path_parameter_problems(doc)
        + _success_response_problems(doc)
        + _unused_component_problems(doc)
    )
