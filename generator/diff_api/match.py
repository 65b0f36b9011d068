"""Pairing the items of an old and a new surface: by name, then renames by what survives them."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class Matched:
    pairs: list[tuple[Any, Any]] = field(default_factory=list)  # (old, new), renames included
    removed: list[Any] = field(default_factory=list)
    added: list[Any] = field(default_factory=list)


def by_name(item: Any) -> Hashable:
    name: str = item.name
    return name


def match(old: Iterable[T], new: Iterable[T], name: Callable[[T], Hashable], keys: list[Callable[[T], Hashable]]) -> Matched:
    """Pairs old and new items by name, then the rest by each key in turn (renames).

    A key pairs two items only when exactly one unmatched item on each side has it, so a
    rename is never guessed between several candidates; an empty key pairs nothing.
    """
    old_left, new_left = list(old), list(new)
    matched = Matched()
    named = {name(item): item for item in new_left}
    for item in list(old_left):
        partner = named.get(name(item))
        if partner is not None and partner in new_left:
            matched.pairs.append((item, partner))
            old_left.remove(item)
            new_left.remove(partner)
    for key in keys:
        old_keys = [key(item) for item in old_left]
        new_keys = [key(item) for item in new_left]
        for item, item_key in zip(list(old_left), old_keys):
            if not item_key or old_keys.count(item_key) != 1 or new_keys.count(item_key) != 1:
                continue
            partner = new_left[new_keys.index(item_key)]
            matched.pairs.append((item, partner))
            old_left.remove(item)
            new_keys.pop(new_left.index(partner))
            new_left.remove(partner)
    matched.removed, matched.added = old_left, new_left
    return matched
