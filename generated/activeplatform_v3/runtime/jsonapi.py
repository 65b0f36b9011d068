# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""JSON:API documents: relationships of the primary data resolved to `included` resources."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .decoding import is_array, is_object

T = TypeVar("T")


def jsonapi_related(
    document: Mapping[str, Any], relationship: str, decode: Callable[[Any], T]
) -> list[T]:
    """Resolves a JSON:API relationship of the primary `data` to its `included` resources."""
    data = document.get("data")
    relationships = data.get("relationships") if is_object(data) else None
    linkage = relationships.get(relationship) if is_object(relationships) else None
    identifiers = linkage.get("data") if is_object(linkage) else None
    if is_object(identifiers):
        identifiers = [identifiers]
    if not is_array(identifiers):
        return []
    resources: Iterable[Any] = document.get("included") or []
    included = {
        (resource.get("type"), resource.get("id")): resource
        for resource in resources
        if is_object(resource)
    }
    wanted = [(i.get("type"), i.get("id")) for i in identifiers if is_object(i)]
    return [decode(included[key]) for key in wanted if key in included]
