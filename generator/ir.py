"""The intermediate model: everything the templates need, decided, and nothing from the raw spec.

Plain frozen dataclasses. Python names here are final (escaped and de-duplicated); wire names
are kept beside them for (de)serialization. Order follows the spec, so output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, Union

if TYPE_CHECKING:
    from .runtime.spec import Json

ScalarKind = Literal[
    "str", "int", "float", "bool", "any", "datetime", "date", "unix_time", "decimal", "decimal_number", "binary"
]
BodyKind = Literal["json", "form", "multipart", "content"]  # how a request body is sent


@dataclass(frozen=True)
class ScalarType:
    """A JSON scalar, with the format that decides its Python type (`date-time` → `datetime`)."""

    kind: ScalarKind


@dataclass(frozen=True)
class ModelType:
    """A class of `models.py`, by name (the class itself is an `ir.Model` of the `Api`)."""

    name: str


@dataclass(frozen=True)
class EnumType:
    """An enum class of `models.py`, by name; open: `Status | str` keeps values the spec does
    not list."""

    name: str
    value_kind: str  # the values' Python type: "str", "int", "float", or a union ("str | int")


@dataclass(frozen=True)
class Wrapper:
    """A type around exactly one other, `of`: what a list holds, what a map's values are, or
    what a nullable allows besides null. Walks over the type tree treat the three alike."""

    of: TypeRef


class ListType(Wrapper):
    """A JSON array: `list[of]`."""


class MapType(Wrapper):
    """A JSON object used as a map (`additionalProperties` without `properties`): `dict[str, of]`."""


class NullableType(Wrapper):
    """`of`, or JSON null (`nullable: true`, `type: [..., "null"]`, an enum listing null)."""


@dataclass(frozen=True)
class AliasType:
    """A named alias, by name: only where the alias contains itself (`Json` inside `Json`),
    so it cannot be written out. Every other alias is written out where it is used."""

    name: str


@dataclass(frozen=True)
class UnionType:
    """`oneOf`/`anyOf`: dispatched on `discriminator` when given, else variants tried in order."""

    variants: tuple[TypeRef, ...]
    discriminator: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()  # (tag value, model name)


TypeRef = Union[ScalarType, ModelType, EnumType, ListType, MapType, NullableType, UnionType, AliasType]


@dataclass(frozen=True)
class Default:
    """A spec default (which may be null), checked against its field's type (defaults.py)."""

    value: object


Access = Literal["", "read", "write"]  # readOnly: only in responses; writeOnly: only in requests


@dataclass(frozen=True)
class Field:
    """A property of a model: `python_name` in the class, `wire_name` in the JSON."""

    python_name: str
    wire_name: str
    type: TypeRef  # without the null: see `nullable`
    required: bool
    nullable: bool
    description: str
    default: Default | None = None  # the server's: documented, never sent unless set
    access: Access = ""
    deprecated: bool = False


@dataclass(frozen=True)
class Model:
    """An object schema, written as a dataclass of `models.py`; `base` is the model it extends."""

    name: str
    description: str
    fields: tuple[Field, ...]  # every field, inherited ones first
    own_fields: tuple[Field, ...]  # the fields this class declares itself
    base: str | None = None
    discriminator: str | None = None  # wire name of the property that selects a subtype
    subtypes: tuple[tuple[str, str], ...] = ()  # (tag value, subclass name), spec order
    additional: TypeRef = ScalarType("any")  # type of keys the spec does not name
    jsonapi_included: str | None = None  # item model of `included` in a JSON:API document
    deprecated: bool = False
    schema_name: str = ""  # its key under components/schemas (after hoisting), for the test kit


@dataclass(frozen=True)
class EnumMember:
    """One listed value, and the member name it gets in Python."""

    python_name: str
    value: str | int | float
    description: str = ""


@dataclass(frozen=True)
class Enum:
    """A schema listing its values (`enum`), written as an Enum class; see `EnumType`."""

    name: str
    description: str
    value_kind: str  # see EnumType
    members: tuple[EnumMember, ...]

    @property
    def bases(self) -> str:
        """`str, Enum`: members are also their value, where the values share one type."""
        return "Enum" if " | " in self.value_kind else f"{self.value_kind}, Enum"


@dataclass(frozen=True)
class Alias:
    """A named schema that is not an object, e.g. an array of strings."""

    name: str
    description: str
    type: TypeRef
    recursive: bool = False  # contains itself: declared after the models it may name


@dataclass(frozen=True)
class Constraints:
    """The validation keywords a parameter is checked against before the request is sent."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None

    def __bool__(self) -> bool:
        return any(value is not None for value in vars(self).values())


ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter: a keyword argument of its operation."""

    python_name: str
    wire_name: str
    location: ParameterLocation
    type: TypeRef
    required: bool
    description: str
    default: object = None
    has_default: bool = False
    style: str = "form"
    explode: bool = True
    constraints: Constraints = Constraints()
    deprecated: bool = False
    example: object = None  # the spec's first example value that fits the schema, for documentation
    projection: bool = False  # `x-projection`: passing it makes the server leave fields out
    json_schema: Json = None  # the schema's validation keywords, for the test kit


@dataclass(frozen=True)
class RequestBody:
    """The body an operation sends, in the one media type chosen for it: JSON, then a form,
    then multipart, else the first listed (`BodyKind` says how it is encoded)."""

    python_name: str
    media_type: str
    type: TypeRef  # `bytes` (binary) or `str` (text/*) for a body sent as it is
    required: bool
    description: str
    kind: BodyKind = "json"
    encoding: tuple[tuple[str, str], ...] = ()  # multipart: (property, media type of its part)
    json_schema: Json = None  # the schema's validation keywords, for the test kit


@dataclass(frozen=True)
class Response:
    """One documented response: a success the method returns, or an error it raises."""

    status: str  # "200", "404", "4XX" or "default"
    description: str
    media_type: str | None
    type: TypeRef | None
    json_schema: Json = None  # the schema's validation keywords, for the test kit
    examples: tuple[Json, ...] = ()  # the first documented example of the body that fits its schema, if any


@dataclass(frozen=True)
class Pagination:
    """Cursor pagination: follow `next_field` (an opaque path) until it is null."""

    next_field: str  # python name of the field on the page model
    items_field: str
    item_type: TypeRef
    items_always_present: bool  # required and not nullable: no need to check for UNSET/None
    next_wire_name: str = "next"
    items_wire_name: str = "items"
    cursor_parameter: str = "page"  # the query parameter a `next` link sets, for the test kit


@dataclass(frozen=True)
class Projection:
    """What an operation answers when its projection parameter is passed: its success
    responses with every model in them replaced by its projected twin (`projection.py`)."""

    parameter: str  # python name of the projection parameter
    success: Response
    successes: tuple[Response, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One method of the client: what it sends, what it answers, and what it raises."""

    python_name: str
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    success: Response
    errors: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives; each is a set of scheme names
    pagination: Pagination | None = None
    deprecated: bool = False
    successes: tuple[Response, ...] = ()  # every 2xx response, where they differ in body
    exact_numbers: bool = False  # its answers hold money sent as JSON numbers: parse them as Decimal
    projection: Projection | None = None  # it has a projection parameter (`x-projection`)


SecurityKind = Literal[
    "api_key_header", "api_key_query", "api_key_cookie", "http_bearer", "http_basic", "oauth1"
]


@dataclass(frozen=True)
class Credential:
    """One argument of the client constructor that a security scheme needs."""

    python_name: str
    description: str


@dataclass(frozen=True)
class SecurityScheme:
    """How requests are authenticated, and the credentials the client is given for it."""

    name: str  # key under components/securitySchemes
    kind: SecurityKind
    parameter_name: str  # header, query or cookie name; "" for http and oauth1
    credentials: tuple[Credential, ...]
    description: str


@dataclass(frozen=True)
class ServerVariable:
    """A `{name}` in a server URL, with its default and the values it may take."""

    name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Server:
    """A base URL the spec lists; a client uses the first unless it is given another."""

    url: str  # as the spec writes it, `{variables}` and all
    description: str
    variables: tuple[ServerVariable, ...]
    name: str = ""  # the `environment=` a client picks it by, when the spec lists several
    default_url: str = ""  # `url` with every variable's default substituted


@dataclass(frozen=True)
class ErrorClass:
    """The exception class of one error status, shared by all operations.

    Every package has one for each common status (`COMMON_STATUSES`), documented or not, so
    callers can catch a 404 by class whatever the spec says; `common` ones extend the
    runtime's class of the same name. A class with no `types` has no typed body and is the
    runtime's own class, re-exported.
    """

    name: str
    status: str  # "404", "4XX", "default"; "500" stands for every 5xx
    description: str
    types: tuple[TypeRef, ...]
    common: bool = False


COMMON_STATUSES: dict[str, str] = {
    "400": "BadRequestError",
    "401": "UnauthorizedError",
    "403": "ForbiddenError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "TooManyRequestsError",
    "500": "InternalServerError",
}
"""The statuses every package has a class for, named as the runtime names them."""


@dataclass(frozen=True)
class Api:
    """Everything one package is generated from."""

    package: str
    title: str
    version: str
    description: str
    spec_path: str
    spec_sha256: str
    servers: tuple[Server, ...]
    default_base_url: str | None  # the first server's `default_url`; None: callers must pass one
    security_schemes: tuple[SecurityScheme, ...]
    required_credentials: tuple[str, ...]  # python names a client cannot work without
    operations: tuple[Operation, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    error_classes: tuple[ErrorClass, ...]
    client_version: str | None = None  # info.x-client-version: the package's own semantic version
    json_schemas: tuple[tuple[str, Json], ...] = ()  # components/schemas, validation keywords only
    unreachable_schemas: tuple[str, ...] = ()  # component schemas left out: no operation reaches them


def parts(type_: TypeRef) -> tuple[TypeRef, ...]:
    """The types written directly inside a type: a list's item, a map's value, a nullable's
    non-null type, a union's variants (none for the others)."""
    if isinstance(type_, Wrapper):
        return (type_.of,)
    if isinstance(type_, UnionType):
        return type_.variants
    return ()


def walk(type_: TypeRef) -> list[TypeRef]:
    """The type and every type written inside it (items, values, variants), depth first."""
    return [type_, *(found for part in parts(type_) for found in walk(part))]


def reachable_names(models: Iterable[Model], aliases: Iterable[Alias], roots: Iterable[TypeRef]) -> set[str]:
    """The models and aliases a value of `roots` can hold: through fields, items, variants,
    discriminator mappings, subtypes and subclasses."""
    by_name = {model.name: model for model in models}
    aliased = {alias.name: alias.type for alias in aliases}
    subclasses: dict[str, list[TypeRef]] = {}
    for subclass in by_name.values():
        if subclass.base:
            subclasses.setdefault(subclass.base, []).append(ModelType(subclass.name))
    found: set[str] = set()
    pending = list(roots)
    while pending:
        for type_ in walk(pending.pop()):
            if isinstance(type_, UnionType):
                pending += [ModelType(name) for _, name in type_.mapping if name]
            if not isinstance(type_, (ModelType, AliasType)) or type_.name in found:
                continue
            found.add(type_.name)
            if type_.name in aliased:
                pending.append(aliased[type_.name])
            model = by_name.get(type_.name)
            if model is not None:
                pending += [f.type for f in model.fields] + [model.additional]
                pending += [ModelType(name) for _, name in model.subtypes]
                pending += subclasses.get(model.name, [])
    return found
