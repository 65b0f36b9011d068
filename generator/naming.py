"""Python identifiers from spec names: readable, valid, keyword-safe and unique in their scope."""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

# Names the generated modules use themselves; a spec name equal to one gets a trailing "_".
# Also the type names that model annotations use: a field called `list` would shadow `list[...]`.
RESERVED_FIELD_NAMES = frozenset(
    {"additional_properties", "from_dict", "to_dict", "related", "cls", "self"}
    | {"list", "dict", "str", "int", "float", "bool", "date", "datetime", "object"}
)
RESERVED_PARAMETER_NAMES = frozenset({"self", "cls"})
# What a client already has: an operation of the same name gets a number instead.
RESERVED_METHOD_NAMES = frozenset({"send", "close", "with_options", "with_raw_response", "redact"})

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[\W_]+")


def _words(name: str) -> list[str]:
    """Splits a spec name into words; letters of any script are kept (Python allows them)."""
    normalized = unicodedata.normalize("NFKC", name)  # what Python does to identifiers anyway
    spaced = _WORD_BOUNDARY.sub(" ", normalized)
    return [word for word in _NOT_WORD.split(spaced) if word]


def _safe(identifier: str, fallback: str) -> str:
    if not identifier:
        identifier = fallback
    if identifier[0].isdigit():
        joiner = "" if fallback[:1].isupper() and not fallback.isupper() else "_"
        identifier = f"{fallback}{joiner}{identifier}"
    if keyword.iskeyword(identifier):
        identifier += "_"
    return identifier


def snake_case(name: str, fallback: str = "value") -> str:
    """`fooBar`, `foo-bar`, `@type`, `Foo Bar` → `foo_bar`; keywords get a trailing `_`."""
    return _safe("_".join(word.lower() for word in _words(name)), fallback)


def pascal_case(name: str, fallback: str = "Model") -> str:
    return _safe("".join(word[:1].upper() + word[1:] for word in _words(name)), fallback)


def constant_case(value: object) -> str:
    """Enum member names: `waiting_for_payment` → `WAITING_FOR_PAYMENT`."""
    return _safe("_".join(word.upper() for word in _words(str(value))), "VALUE")


def unique_names(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Keeps each name, or adds `_2`, `_3`… to later ones that collide, in order."""
    used = set(taken)
    result = []
    for name in names:
        candidate, counter = name, 2
        while candidate in used:
            candidate = f"{name}_{counter}"
            counter += 1
        used.add(candidate)
        result.append(candidate)
    return result


_SPELLED_PREFIXES = {"@": "at", "$": "dollar", "#": "hash", "+": "plus", "-": "minus", "~": "tilde", "%": "percent"}


def _spelled(wire: str, fallback: str) -> str:
    """`@type` → `at_type`: the wire name with its leading symbols said in words."""
    words = []
    rest = wire
    while rest and rest[0] in _SPELLED_PREFIXES:
        words.append(_SPELLED_PREFIXES[rest[0]])
        rest = rest[1:]
    return snake_case("_".join([*words, rest]), fallback) if words else ""


def claim_names(wanted: list[str], wire: list[str], taken: Iterable[str] = ()) -> list[str]:
    """Like `unique_names`, but names that equal their wire name exactly are served first.

    A model with both `@type` and `type` then keeps `type` for `type`, whatever their order
    in the spec; `@type` becomes `at_type`, from its wire name, and only a name that cannot
    be told apart that way gets a number (`foo_bar_2` beside `foo_bar` and `fooBar`).
    """
    order = sorted(range(len(wanted)), key=lambda index: wanted[index] != wire[index])
    used = set(taken)
    result = [""] * len(wanted)
    for index in order:
        name = wanted[index]
        spelled = _spelled(wire[index], name)
        if name in used and spelled and spelled not in used:
            name = spelled
        result[index] = unique_names([name], used)[0]
        used.add(result[index])
    return result


def package_name(stem: str) -> str:
    """The package directory name: a spec file stem as a Python identifier."""
    return snake_case(stem, fallback="api")
