"""Where the models go: one `models.py`, or a `models/` package of parts for a huge spec.

pyright analyses the code flow of a module's top level as one piece, class bodies included,
and gives up on a module past about 30,000 flow nodes ("Code is too complex to analyze"),
which leaves every type in it unknown. Each field or enum member is a node or two, so
Stripe's and GitHub's models cannot be one module. Past `ONE_MODULE_BUDGET` declarations
they are cut, in order (bases before subclasses), into parts of `PART_BUDGET` declarations,
`models/_part_1.py`, `_part_2.py`, ...;
`models/__init__.py` names every one, so callers still write `models.Charge`, and imports
a part when one of its names is first used (`runtime.lazy_models`): importing the client
of a spec with thousands of models costs only the models its calls reach.

A part imports from earlier parts, at run time, the base classes it extends and the names
its recursive aliases are made of; every other name it mentions is imported for the type
checkers only (`if TYPE_CHECKING:`), since annotations are strings. At run time the models
resolve their annotations at first use, a name another part defines through the package,
which loads that part then.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import codec, ir

ONE_MODULE_BUDGET = 4000
"""Field declarations and enum members one `models.py` holds at most (well inside pyright's
limit): below it, a spec's models stay one module to read."""
PART_BUDGET = 1000
"""What one part of a larger spec's models holds at most: about a hundred classes, so that
the first call of an operation loads a few hundred classes, not thousands (GitHub's
`repos_get`: 0.36 s of CPU for the import and the call, against 0.47 s with parts of 4000;
importing every part costs 0.9 s; `bench/first_call.py`)."""


@dataclass
class ModelModule:
    """One module of models: its classes and aliases, and what it imports from the others."""

    name: str  # "models" for the one module, else "_part_1", ...
    enums: list[ir.Enum] = field(default_factory=list[ir.Enum])
    aliases: list[ir.Alias] = field(default_factory=list[ir.Alias])  # written out, not recursive
    models: list[ir.Model] = field(default_factory=list[ir.Model])
    recursive_aliases: list[ir.Alias] = field(default_factory=list[ir.Alias])
    runtime_imports: dict[str, list[str]] = field(default_factory=dict[str, list[str]])  # part → names
    checking_imports: dict[str, list[str]] = field(default_factory=dict[str, list[str]])  # for type checkers

    @property
    def defined(self) -> list[str]:
        declared: list[ir.Enum | ir.Alias | ir.Model] = [*self.enums, *self.aliases, *self.models, *self.recursive_aliases]
        return [item.name for item in declared]

    @property
    def uses_runtime(self) -> bool:
        """Names `_rt`: for its model classes, or the markers of its recursive aliases."""
        return bool(self.models) or any(codec.uses_markers(alias.type) for alias in self.recursive_aliases)

    @property
    def split(self) -> bool:
        """One of several parts: imports reach the package one level further up."""
        return self.name != "models"


def _size(item: ir.Enum | ir.Alias | ir.Model) -> int:
    if isinstance(item, ir.Enum):
        return len(item.members) + 1
    if isinstance(item, ir.Model):
        return len(item.own_fields) + 2
    return 1


def model_modules(api: ir.Api) -> list[ModelModule]:
    """The modules the models are written to: one, unless there are too many declarations."""
    written = [alias for alias in api.aliases if not alias.recursive]
    recursive = [alias for alias in api.aliases if alias.recursive]
    items: list[ir.Enum | ir.Alias | ir.Model] = [*api.enums, *written, *api.models]
    if sum(_size(item) for item in items) + len(recursive) <= ONE_MODULE_BUDGET:
        return [ModelModule("models", list(api.enums), written, list(api.models), recursive)]
    parts = [ModelModule("_part_1")]
    used = 0
    for item in items:
        if used + _size(item) > PART_BUDGET and used:
            parts.append(ModelModule(f"_part_{len(parts) + 1}"))
            used = 0
        used += _size(item)
        if isinstance(item, ir.Enum):
            parts[-1].enums.append(item)
        elif isinstance(item, ir.Alias):
            parts[-1].aliases.append(item)
        else:
            parts[-1].models.append(item)
    parts[-1].recursive_aliases = recursive
    _link(parts)
    return parts


def _link(parts: list[ModelModule]) -> None:
    home = {name: part.name for part in parts for name in part.defined}
    for part in parts:
        mentioned: set[str] = set()
        for model in part.models:
            for type_ in [f.type for f in model.own_fields] + [model.additional]:
                mentioned |= _names(type_)
            if model.jsonapi_included:
                mentioned.add(model.jsonapi_included)
        for alias in part.aliases:
            mentioned |= _names(alias.type)
        needed_now = {model.base for model in part.models if model.base}
        for alias in part.recursive_aliases:
            needed_now |= {name for name in _names(alias.type) if home.get(name) != part.name}
        for names, imports in ((needed_now, part.runtime_imports), (mentioned - needed_now, part.checking_imports)):
            for other in parts:
                found = sorted(name for name in names if home.get(name) == other.name != part.name)
                if found:
                    imports[other.name] = found


def _names(type_: ir.TypeRef) -> set[str]:
    """The classes and aliases of the package a type mentions."""
    found = {t.name for t in ir.walk(type_) if isinstance(t, (ir.ModelType, ir.EnumType, ir.AliasType))}
    for t in ir.walk(type_):
        if isinstance(t, ir.UnionType):
            found |= {name for _, name in t.mapping}
    return found


def declared_names(modules: list[ModelModule]) -> list[str]:
    """Every name the models modules define, sorted: `models.__all__`."""
    return sorted(name for module in modules for name in module.defined)

