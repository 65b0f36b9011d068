"""Where the models go: one `models.py`, or a `models/` package of parts for a huge spec.

pyright analyses the code flow of a module's top level as one piece, class bodies included,
and gives up on a module past about 30,000 flow nodes ("Code is too complex to analyze"),
which leaves every type in it unknown. Each field or enum member is a node or two, so
Stripe's and GitHub's models cannot be one module. Past `ONE_MODULE_BUDGET` declarations
they are cut into parts of `PART_BUDGET` declarations, `models/_part_1.py`, `_part_2.py`,
..., in the order calls meet them (bases before subclasses; `_in_calling_order`);
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

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import codec, ir

Declaration = ir.Enum | ir.Alias | ir.Model
"""What a models module declares: an enum class, a written-out alias or a model class."""

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
        declared: list[Declaration] = [*self.enums, *self.aliases, *self.models, *self.recursive_aliases]
        return [item.name for item in declared]

    @property
    def uses_runtime(self) -> bool:
        """Names `_rt`: for its model classes, or the markers of its recursive aliases."""
        return bool(self.models) or any(codec.uses_markers(alias.type) for alias in self.recursive_aliases)

    @property
    def split(self) -> bool:
        """One of several parts: imports reach the package one level further up."""
        return self.name != "models"


def _size(item: Declaration) -> int:
    if isinstance(item, ir.Enum):
        return len(item.members) + 1
    if isinstance(item, ir.Model):
        return len(item.own_fields) + 2
    return 1


def model_modules(api: ir.Api) -> list[ModelModule]:
    """The modules the models are written to: one, unless there are too many declarations."""
    written = [alias for alias in api.aliases if not alias.recursive]
    recursive = [alias for alias in api.aliases if alias.recursive]
    items: list[Declaration] = [*api.enums, *written, *api.models]
    if sum(_size(item) for item in items) + len(recursive) <= ONE_MODULE_BUDGET:
        return [ModelModule("models", list(api.enums), written, list(api.models), recursive)]
    parts = [ModelModule("_part_1")]
    used = 0
    for item in _in_calling_order(api, items):
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


def _in_calling_order(api: ir.Api, items: list[Declaration]) -> list[Declaration]:
    """`items` in the order calls meet them, so that a first call loads few parts.

    Decoding a class resolves the names of its fields' types, which loads the parts holding
    them; so each operation's classes come with the types their fields name right after them,
    operation by operation, then what those name, breadth first. A base class always comes
    before its subclasses (a part imports its bases at run time, from earlier parts only);
    what no operation reaches keeps its place at the end. Recursive aliases are not among
    `items` (they close the last part), so what only they name comes late.
    """
    by_name = {item.name: item for item in items}
    placed: dict[str, Declaration] = {}

    def place(names: Iterable[str]) -> list[str]:
        new: list[str] = []
        for name in names:
            chain: list[str] = []
            while name in by_name and name not in placed and name not in chain:
                chain.append(name)
                item = by_name[name]
                name = (item.base or "") if isinstance(item, ir.Model) else ""
            for link in reversed(chain):
                placed[link] = by_name[link]
                new.append(link)
        return new

    pending: deque[str] = deque()  # placed, but what they name not yet
    for operation in api.operations:
        for root in place(_operation_names(operation)):
            pending += place(_mentioned(by_name[root]))
    while pending:
        pending += place(_mentioned(by_name[pending.popleft()]))
    place(by_name)
    return list(placed.values())


def _operation_names(operation: ir.Operation) -> list[str]:
    """The classes an operation's answers hold, then its arguments', then its errors'."""
    answers = [response.type for response in (operation.success, *operation.successes)]
    arguments = [operation.body.type if operation.body else None, *(p.type for p in operation.parameters)]
    errors = [response.type for response in operation.errors]
    return [name for type_ in (*answers, *arguments, *errors) if type_ is not None for name in _names(type_)]


def _mentioned(item: Declaration) -> list[str]:
    """The names whose classes decoding `item` resolves: its fields' types, its subtypes."""
    if isinstance(item, ir.Alias):
        return _names(item.type)
    if isinstance(item, ir.Enum):
        return []
    names = [name for type_ in [*(f.type for f in item.fields), item.additional] for name in _names(type_)]
    return names + [name for _, name in item.subtypes] + ([item.jsonapi_included] if item.jsonapi_included else [])


def _link(parts: list[ModelModule]) -> None:
    home = {name: part.name for part in parts for name in part.defined}
    for part in parts:
        mentioned: set[str] = set()
        for model in part.models:
            for type_ in [f.type for f in model.own_fields] + [model.additional]:
                mentioned.update(_names(type_))
            if model.jsonapi_included:
                mentioned.add(model.jsonapi_included)
        for alias in part.aliases:
            mentioned.update(_names(alias.type))
        needed_now = {model.base for model in part.models if model.base}
        for alias in part.recursive_aliases:
            needed_now |= {name for name in _names(alias.type) if home.get(name) != part.name}
        for names, imports in ((needed_now, part.runtime_imports), (mentioned - needed_now, part.checking_imports)):
            for other in parts:
                found = sorted(name for name in names if home.get(name) == other.name != part.name)
                if found:
                    imports[other.name] = found


def _names(type_: ir.TypeRef) -> list[str]:
    """The classes and aliases of the package a type mentions, in the order it names them."""
    found: dict[str, None] = {}
    for t in ir.walk(type_):
        if isinstance(t, (ir.ModelType, ir.EnumType, ir.AliasType)):
            found[t.name] = None
        elif isinstance(t, ir.UnionType):
            found.update(dict.fromkeys(name for _, name in t.mapping))
    return list(found)


def declared_names(modules: list[ModelModule]) -> list[str]:
    """Every name the models modules define, sorted: `models.__all__`."""
    return sorted(name for module in modules for name in module.defined)

