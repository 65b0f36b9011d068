"""The public face of a generated package, decided once: every signature callers see.

For each operation method and the client constructor: the parameters with their
annotations, defaults and docs, the return type and the exceptions raised; for each
exception class the type of `exc.error`; for each model its fields; enums and aliases. The
templates lay these out and `surface.py` hands the same objects to `diff-api`, so what the
tool compares is what the generated code says.

Types stay structural (`ir.TypeRef`, plus the few classes the spec does not define, see
`Named`); they become text only where a template writes them or a message names them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Union

from . import codec, ir
from .naming import pascal_case
from .defaults import python_literal
from .quoting import json_text, prose, py_literal

MODELS = "models."  # how operations.py, client.py and errors.py name the classes of models.py
KEYWORD_ONLY = "keyword-only"  # every generated parameter is keyword-only (`*` comes first)
CONSTRUCTOR = "__init__"


# -- types as signatures write them --------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """A class a signature names that the spec does not define: `None`, `object`, `httpx.Timeout`."""

    name: str


@dataclass(frozen=True)
class Pager:
    """What `<method>_iter` gives: pages of type `page`, each holding items of type `item`."""

    page: ir.TypeRef
    item: ir.TypeRef

    @property
    def page_annotation(self) -> str:
        return str(Annotation((self.page,)))

    @property
    def item_annotation(self) -> str:
        return str(Annotation((self.item,)))


Member = Union[ir.TypeRef, Named, Pager]
NONE = Named("None")
OBJECT = Named("object")  # `exc.error` where no isinstance can tell the documented body
UNSET = Named("_rt.Unset")


@dataclass(frozen=True)
class Annotation:
    """A type as one module writes it: the members of a union, in the order written.

    `prefix` is how that module names the classes of models.py ("models." outside it); it
    only changes the spelling, so two annotations of the same members are equal.
    """

    members: tuple[Member, ...]
    prefix: str = dataclasses.field(default=MODELS, compare=False)

    def __str__(self) -> str:
        return self.spell()

    def __or__(self, other: Annotation) -> Annotation:
        return Annotation(self.members + other.members, self.prefix)

    def spell(self, markers: bool = False) -> str:
        """The annotation's text; with `markers`, as models.py declares fields (`codec.annotation`)."""
        return " | ".join(self._spell(member, markers) for member in self.members)

    def _spell(self, member: Member, markers: bool) -> str:
        if isinstance(member, Named):
            return member.name
        if isinstance(member, Pager):
            page, item = (Annotation((type_,), self.prefix) for type_ in (member.page, member.item))
            return f"_rt.SyncPager[{page}, {item}]"
        return codec.annotation(member, self.prefix, markers)


def type_imports(types: list[ir.TypeRef], extra_typing: tuple[str, ...] = ()) -> list[str]:
    """The import lines the annotations of `types` need, and no others (strict checkers
    reject unused imports)."""
    kinds = {t.kind for root in types for t in ir.walk(root) if isinstance(t, ir.ScalarType)}
    lines = []
    dates = sorted({"date"} & kinds | ({"datetime"} if kinds & {"datetime", "unix_time"} else set()))
    if dates:
        lines.append(f"from datetime import {', '.join(dates)}")
    if kinds & {"decimal", "decimal_number"}:
        lines.append("from decimal import Decimal")
    typing_names = sorted(({"Any"} if "any" in kinds else set()) | set(extra_typing))
    if typing_names:
        lines.append(f"from typing import {', '.join(typing_names)}")
    return lines


def _spec_types(annotations: list[Annotation]) -> list[ir.TypeRef]:
    """The IR types written in `annotations`, pages included."""
    types: list[ir.TypeRef] = []
    for annotation in annotations:
        for member in annotation.members:
            if isinstance(member, Pager):
                types += [member.page, member.item]
            elif not isinstance(member, Named):
                types.append(member)
    return types


# -- methods -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicArgument:
    """One keyword-only parameter of a public signature."""

    name: str
    type: Annotation  # what callers pass, without the `| None` a default of None adds
    default: str | None  # the default as Python source; None: callers must pass it
    identity: str  # where the argument goes ("query page_size", "body", "credential apiKey 0")
    doc: str
    kind: str = KEYWORD_ONLY
    deprecated: bool = False
    constraints: ir.Constraints = ir.Constraints()  # the spec's bounds on the value
    checks: tuple[str, ...] = ()  # statements refusing out-of-bounds values before sending
    needed: bool = False  # needed though None is its default: read from the environment otherwise
    fallback: str | None = None  # what None stands for, as Python source (base_url: the spec's server)

    @property
    def required(self) -> bool:
        return self.default is None or self.needed

    @property
    def effective_default(self) -> str | None:
        """The value a call that leaves the argument out gets, as Python source."""
        return self.fallback or self.default

    @property
    def annotation(self) -> Annotation:
        return self.type | Annotation((NONE,)) if self.default == "None" else self.type

    @property
    def signature(self) -> str:
        """`name: annotation = default`, as the `def` line writes it."""
        return f"{self.name}: {self.annotation}" + ("" if self.default is None else f" = {self.default}")


@dataclass(frozen=True)
class PublicRaise:
    """An error status an operation documents and the exception class it raises."""

    status: str
    error: str  # the class name in errors.py
    response: ir.Response

    @property
    def key(self) -> str:
        """The status as `Request.errors` keys it: `404`, `"4XX"`, `"default"`."""
        return self.status if self.status.isdigit() else py_literal(self.status)


@dataclass(frozen=True)
class PublicOverload:
    """One `typing.overload` of a method with a projection argument."""

    arguments: tuple[str, ...]  # each as the `def` line writes it
    returns: Annotation


@dataclass(frozen=True)
class PublicMethod:
    """A client method: one per operation, and the constructor (`__init__`)."""

    name: str
    identity: str  # "GET /payments" or "constructor": what survives a rename
    arguments: tuple[PublicArgument, ...]
    returns: Annotation
    raises: tuple[PublicRaise, ...]
    doc: str  # the docstring's prose: headline, then the description where it adds to it
    deprecated: bool = False
    pages: Pager | None = None  # what `<name>_iter` gives, for a paginated operation
    operation: ir.Operation | None = None  # what the request is built from; None: the constructor
    example: str = ""  # the arguments of the README's example call
    optional: tuple[str, ...] = ()  # parameters the spec calls optional, listed in the README
    projection: str | None = None  # the argument that makes the server leave fields out
    projected: Annotation | None = None  # what the method returns when that argument is passed

    @property
    def answers(self) -> Annotation:
        """What the method may return, whatever is passed: the implementation's annotation."""
        return self.returns | self.projected if self.projected is not None else self.returns

    @property
    def overloads(self) -> tuple[PublicOverload, ...]:
        """With a projection argument: the return type without it, with it, and with a value
        that may be None; none otherwise."""
        if self.projected is None:
            return ()
        projection = next(a for a in self.arguments if a.name == self.projection)

        def given_as(signature: str) -> tuple[str, ...]:
            return tuple(signature if a is projection else a.signature for a in self.arguments)

        return (
            PublicOverload(given_as(f"{projection.name}: None = None"), self.returns),
            PublicOverload(given_as(f"{projection.name}: {projection.type}"), self.projected),
            PublicOverload(given_as(projection.signature), self.answers),
        )

    @property
    def returns_doc(self) -> str:
        if self.returns.members == (NONE,):
            return "nothing"
        if self.projected is not None:
            return f"`{self.returns}`, or `{self.projected}` when `{self.projection}` is passed"
        return f"`{self.returns}`"


def _method(operation: ir.Operation, error_classes: dict[str, str], enums: dict[str, ir.Enum]) -> PublicMethod:
    arguments = tuple(_argument(parameter, enums) for parameter in operation.parameters)
    if operation.body is not None:
        arguments += (_body(operation.body),)
    headline = operation.summary or operation.description or f"{operation.method} {operation.path}"
    details = operation.description if operation.summary and operation.description != operation.summary else ""
    pagination = operation.pagination
    returns = _returns(operation.success, operation.successes)
    projection = operation.projection
    projected = _returns(projection.success, projection.successes) if projection is not None else None
    return PublicMethod(
        name=operation.python_name,
        identity=f"{operation.method} {operation.path}",
        arguments=arguments,
        returns=returns,
        raises=tuple(
            PublicRaise(r.status, error_classes.get(r.status) or error_classes["500"], r)
            for r in operation.errors
        ),
        doc=f"{headline}\n\n{details}" if details else headline,
        deprecated=operation.deprecated,
        pages=Pager(operation.success.type, pagination.item_type) if pagination and operation.success.type else None,
        operation=operation,
        example=", ".join(f"{p.python_name}={example_argument(p)}" for p in _example_parameters(operation, enums)),
        optional=tuple(p.python_name for p in operation.parameters if not p.required),
        projection=projection.parameter if projection is not None else None,
        projected=projected,
    )


def _returns(success: ir.Response, successes: tuple[ir.Response, ...]) -> Annotation:
    """The body of the success response, or the union of them where the 2xx ones differ."""
    members: list[Member] = []
    for response in successes or (success,):
        member = NONE if response.type is None else response.type
        if member not in members:
            members.append(member)
    return Annotation(tuple(members))


def _argument(parameter: ir.Parameter, enums: dict[str, ir.Enum]) -> PublicArgument:
    return PublicArgument(
        name=parameter.python_name,
        type=Annotation((parameter.type,)),
        default=_parameter_default(parameter, enums),
        identity=f"{parameter.location} {parameter.wire_name}",
        doc=_parameter_doc(parameter),
        deprecated=parameter.deprecated,
        constraints=parameter.constraints,
        checks=tuple(_parameter_checks(parameter)),
    )


def _body(body: ir.RequestBody) -> PublicArgument:
    return PublicArgument(
        name=body.python_name,
        type=Annotation((body.type,)),
        default=None if body.required else "None",
        identity="body",
        doc=body.description or "The request body.",
    )


def _parameter_default(parameter: ir.Parameter, enums: dict[str, ir.Enum]) -> str | None:
    """None for an optional parameter: it is sent only when passed, the server applies its own
    default. A required one with a default (say the one value an enum allows) is always sent,
    so its default is the Python default, written in its type (`defaults.py`)."""
    if not parameter.required:
        return "None"
    if parameter.has_default:
        return python_literal(parameter.type, parameter.default, enums)
    return None


def _parameter_doc(parameter: ir.Parameter) -> str:
    parts = [prose(parameter.description) or f"The `{parameter.wire_name}` {parameter.location} parameter."]
    if parameter.python_name != parameter.wire_name:
        parts.append(f"Sent as `{prose(parameter.wire_name)}`.")
    if parameter.has_default:
        label = "Default" if parameter.required else "Server default"
        parts.append(f"{label}: {prose(json_text(parameter.default))}.")
    if parameter.deprecated:
        parts.append("Deprecated.")
    return " ".join(parts)


_CHECKED_TYPES = {
    "str": ("str",),
    "int": ("int",),
    "float": ("int", "float"),
    "bool": ("bool",),
    "datetime": ("datetime",),
    "unix_time": ("datetime",),
    "date": ("date",),
    "decimal": ("Decimal",),
    "decimal_number": ("Decimal", "int"),
}


def _runtime_types(type_: ir.TypeRef) -> tuple[str, ...]:
    """The classes an argument of this type is an instance of; () where no check can tell."""
    if isinstance(type_, ir.ScalarType):
        return _CHECKED_TYPES.get(type_.kind, ())
    if isinstance(type_, ir.EnumType):
        return (f"{MODELS}{type_.name}", type_.value_kind)
    if isinstance(type_, ir.ModelType):
        return (f"{MODELS}{type_.name}",)
    if isinstance(type_, ir.ListType):
        return ("list", "tuple")
    if isinstance(type_, ir.MapType):
        return ("dict",)
    return ()


def _parameter_checks(parameter: ir.Parameter) -> list[str]:
    """Statements that refuse missing, ill-typed or out-of-bounds arguments before a request is built."""
    c = parameter.constraints
    checks = []
    types = _runtime_types(parameter.type)
    required = parameter.required
    if types:
        listed = "(" + ", ".join(types) + ("," if len(types) == 1 else "") + ")"
        name = py_literal(parameter.python_name)
        checks.append(f"_rt.check_type({name}, {parameter.python_name}, {listed}{', required=True' if required else ''})")
    bounds = {
        "minimum": c.minimum,
        "maximum": c.maximum,
        "exclusive_minimum": c.exclusive_minimum,
        "exclusive_maximum": c.exclusive_maximum,
    }
    given = ", ".join(f"{key}={py_literal(value)}" for key, value in bounds.items() if value is not None)
    numeric = isinstance(parameter.type, ir.ScalarType) and parameter.type.kind in ("int", "float")
    if given and numeric:
        checks.append(f"_rt.check_range({py_literal(parameter.python_name)}, {parameter.python_name}, {given})")
    lengths = (c.min_length, c.max_length) if isinstance(parameter.type, ir.ScalarType) else (c.min_items, c.max_items)
    if any(value is not None for value in lengths) and not isinstance(parameter.type, ir.EnumType):
        checks.append(
            f"_rt.check_length({py_literal(parameter.python_name)}, {parameter.python_name}, "
            f"{py_literal(lengths[0])}, {py_literal(lengths[1])})"
        )
    return checks


def _example_parameters(operation: ir.Operation, enums: dict[str, ir.Enum]) -> list[ir.Parameter]:
    """The arguments an example call shows: what must be passed, and what the spec exemplifies."""
    needed = [p for p in operation.parameters if _parameter_default(p, enums) is None]
    exemplified = [
        p
        for p in operation.parameters
        if p not in needed and not p.has_default and p.example is not None and not p.projection
    ]
    return needed + exemplified[:3]


def example_argument(parameter: ir.Parameter) -> str:
    """A plausible literal for the README's example call, from the spec where it has one."""
    if isinstance(parameter.example, (str, int, float, bool)):
        return py_literal(parameter.example)
    if isinstance(parameter.example, list) and all(isinstance(item, (str, int, float)) for item in parameter.example):
        return py_literal(parameter.example)
    if parameter.has_default and isinstance(parameter.default, (str, int, float, bool)):
        return py_literal(parameter.default)
    type_ = parameter.type
    if isinstance(type_, ir.ScalarType) and type_.kind in ("int", "float"):
        return "1"
    if isinstance(type_, ir.ListType):
        return "[]"
    return py_literal("...")


def environment_variable(package: str, argument: str) -> str:
    """The variable a constructor argument is read from when not given: `WEPAY_APP_ID`."""
    return f"{package}_{argument}".upper()


def _credentials(api: ir.Api) -> tuple[PublicArgument, ...]:
    """The constructor's first arguments: one per credential of each security scheme.

    None of them is required in the signature: a credential not passed is read from its
    environment variable, and one that every operation needs is refused at construction.
    """
    return tuple(
        PublicArgument(
            name=credential.python_name,
            type=Annotation((ir.ScalarType("str"),)),
            default="None",
            identity=f"credential {scheme.name} {position}",
            doc=f"{credential.description} Read from `${environment_variable(api.package, credential.python_name)}` when not given.",
            needed=credential.python_name in api.required_credentials,
        )
        for scheme in api.security_schemes
        for position, credential in enumerate(scheme.credentials)
    )


def _constructor(api: ir.Api, credentials: tuple[PublicArgument, ...], asynchronous: bool) -> PublicMethod:
    """`Client(...)`/`AsyncClient(...)`: credentials first, then the connection options."""
    arguments = list(credentials)
    variable = environment_variable(api.package, "base_url")
    if api.default_base_url:
        where = f"default: ${variable}, else {api.default_base_url}"
    else:
        where = f"default: ${variable}; the spec names no usable server, e.g. {example_base_url(api)}"
    httpx_client = "httpx.AsyncClient" if asynchronous else "httpx.Client"
    options = []
    named = [server for server in api.servers if server.name]
    if named:
        choices = ", ".join(f"`{server.name!r}` ({server.default_url})" for server in named)
        literal = "Literal[" + ", ".join(py_literal(server.name) for server in named) + "]"
        options.append(("environment", Annotation((Named(literal),)), "None", f"Which server to use: {choices}; the first by default."))
    options += [
        ("base_url", Annotation((ir.ScalarType("str"),)), "None", f"Where the API lives ({where})."),
        (
            "timeout",
            Annotation((ir.ScalarType("float"), Named("httpx.Timeout"))),
            "None",
            "Seconds (or an `httpx.Timeout`) per request; by default 60 s, 5 s to connect, or the `httpx_client`'s own.",
        ),
        (
            "max_retries",
            Annotation((ir.ScalarType("int"),)),
            "_rt.DEFAULT_MAX_RETRIES",
            "Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.",
        ),
        (
            "lenient",
            Annotation((ir.ScalarType("bool"),)),
            "False",
            "Decode answers that do not fit their model anyway: missing fields UNSET, ill-typed values as received, a warning logged once per field.",
        ),
        (
            "httpx_client",
            Annotation((Named(httpx_client),)),
            "None",
            f"An `{httpx_client}` to send with, its headers, params, auth, timeout and event hooks applying; the client then never closes it.",
        ),
    ]
    for name, type_, default, doc in options:
        if name == "base_url":
            fallback = py_literal(api.default_base_url) if api.default_base_url else None
            arguments.append(PublicArgument(name, type_, default, name, doc, needed=fallback is None, fallback=fallback))
        else:
            arguments.append(PublicArgument(name, type_, default, name, doc))
    kind = "Asynchronous" if asynchronous else "Synchronous"
    doc = f"{kind} client for the {api.title} API."
    return PublicMethod(CONSTRUCTOR, "constructor", tuple(arguments), Annotation((NONE,)), (), doc)


def example_base_url(api: ir.Api) -> str:
    """The URL examples pass as `base_url` when the spec names no usable default."""
    return api.default_base_url or "https://api.example.com"


# -- exceptions ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicError:
    """The exception class of one error status, shared by every operation."""

    name: str
    status: str  # "404", "4XX" or "default"
    type: Annotation  # of `exc.error`: the documented bodies or None, or `object`
    doc: str
    common: bool  # extends the runtime's class of the same name
    typed: bool  # has a documented body; a common class without one is the runtime's own

    @property
    def type_argument(self) -> str:
        """The type `TypedApiError` is parameterised with: `exc.error` without its None, as
        a string where it names models, which are then loaded at the first error, not import."""
        body = Annotation(tuple(member for member in self.type.members if member != NONE))
        text = str(body) if body.members else "None"
        return py_literal(text) if MODELS in text else text

    @property
    def key(self) -> str:
        """The status as `BY_STATUS` keys it: `404`, `"4XX"`, `"default"`."""
        return self.status if self.status.isdigit() else py_literal(self.status)


def _error(error: ir.ErrorClass) -> PublicError:
    if error.status == "default":
        doc = f"A status the operation documents only as its `default` response: {error.description}"
    elif error.common and not error.description:
        reason = "every 5xx" if error.status == "500" else error.status
        doc = f"{reason}, which the spec documents only as its `default` response."
    else:
        doc = f"{error.status} {error.description}"
    if not error.types:
        return PublicError(error.name, error.status, Annotation((OBJECT,)), doc, error.common, False)
    return PublicError(error.name, error.status, Annotation((*error.types, NONE)), doc, error.common, True)


# -- models --------------------------------------------------------------------


@dataclass(frozen=True)
class PublicField:
    """An attribute of a model, as models.py declares it."""

    name: str
    wire_name: str
    type: Annotation  # without the `| None` of a nullable field and the `| _rt.Unset` of an optional one
    required: bool  # always present in a response; has no default when constructing
    nullable: bool
    inherited: bool  # declared by a base class
    doc: str

    @property
    def annotation(self) -> Annotation:
        annotation = self.type
        if self.nullable:
            annotation |= Annotation((NONE,))
        return annotation if self.required else annotation | Annotation((UNSET,))

    @property
    def declaration(self) -> str:
        """The annotation models.py declares: with the markers the runtime decoder reads."""
        annotation = self.annotation.spell(markers=True)
        if self.name != self.wire_name:
            return f"Annotated[{annotation}, _rt.Key({py_literal(self.wire_name)})]"
        return annotation

    @property
    def default(self) -> str:
        return "" if self.required else " = _rt.UNSET"


def public_field(source: ir.Field, inherited: bool = False) -> PublicField:
    """How models.py declares `source`; the template of models.py reads it through filters."""
    notes = [source.description]
    if source.default is not None:
        notes.append(f"Server default: {json_text(source.default.value)}.")
    if source.access:
        notes.append(ACCESS_NOTES[source.access])
    if source.deprecated:
        notes.append("Deprecated.")
    if source.python_name != source.wire_name:
        notes.append(f"(JSON key `{source.wire_name}`)")
    return PublicField(
        name=source.python_name,
        wire_name=source.wire_name,
        type=Annotation((source.type,), prefix=""),
        required=source.required,
        nullable=source.nullable,
        inherited=inherited,
        doc=" ".join(part for part in notes if part) or source.python_name,
    )


ACCESS_NOTES = {
    "read": "Read-only: set by the server, not sent by the client.",
    "write": "Write-only: sent by the client, never returned.",
}


@dataclass(frozen=True)
class PublicModel:
    """A model class with every attribute callers can read or set."""

    name: str
    base: str | None
    fields: tuple[PublicField, ...]  # every attribute, inherited ones first
    doc: str


def _model(model: ir.Model) -> PublicModel:
    own = {f.python_name for f in model.own_fields}
    fields = tuple(public_field(f, inherited=f.python_name not in own) for f in model.fields)
    extra = Annotation((ir.MapType(model.additional),), prefix="")  # declared by the root class
    fields += (PublicField("additional_properties", "", extra, False, False, model.base is not None, ""),)
    return PublicModel(model.name, model.base, fields, model.description)


# -- the package ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadmeSubtypes:
    method: str
    example: str  # the call's arguments
    base: str
    property: str  # the discriminator's wire name
    subtypes: tuple[tuple[str, str], ...]  # (tag value, subclass name)


@dataclass(frozen=True)
class ReadmeUnset:
    method: str
    example: str
    field: str
    wire: str


@dataclass(frozen=True)
class ReadmeProjection:
    method: str
    example: str  # the call's arguments, the projection's included
    argument: str  # the projection argument
    full: str  # the model returned without it
    projected: str  # its twin, returned with it
    asked: str  # a field the example asks for
    left_out: str  # a field it does not


@dataclass(frozen=True)
class Presentation:
    """Everything public in one generated package."""

    credentials: tuple[PublicArgument, ...]  # the constructor's, in its order
    constructor: PublicMethod  # of `Client`
    async_constructor: PublicMethod  # of `AsyncClient`: the same but for its `httpx_client`
    methods: tuple[PublicMethod, ...]  # one per operation, in spec order
    package: str
    api_models: tuple[ir.Model, ...]  # as the IR has them, for the README's examples
    errors: tuple[PublicError, ...]
    root_error: str  # the package's name for ClientError, e.g. `WepayError`
    models: tuple[PublicModel, ...]
    enums: tuple[ir.Enum, ...]  # public as the IR has them: names, values, descriptions
    aliases: tuple[ir.Alias, ...]  # likewise; a type compared as `Annotation((alias.type,), prefix="")`
    example_base_url: str

    @property
    def example_method(self) -> str:
        """The method module docstrings and the README show as an example."""
        return self.methods[0].name if self.methods else "operation"

    @property
    def operations_imports(self) -> list[str]:
        """What operations.py needs for the annotations of its signatures."""
        return type_imports(self._signature_types, self._overload)

    def environment_variable(self, argument: str) -> str:
        return environment_variable(self.package, argument)

    def credential_hint(self, scheme: ir.SecurityScheme) -> str:
        """How a caller gives a scheme's credentials: `app_id (or $WEPAY_APP_ID)`."""
        return " + ".join(f"{c.python_name} (or ${self.environment_variable(c.python_name)})" for c in scheme.credentials)

    @property
    def environments(self) -> bool:
        """Whether the constructor takes `environment=` (the spec lists several servers)."""
        return any(a.name == "environment" for a in self.constructor.arguments)

    @property
    def client_imports(self) -> list[str]:
        """What client.py needs for its methods' annotations, and `Literal` for environments."""
        literal = ("Literal",) if self.environments else ()
        return type_imports(self._signature_types, literal + self._overload)

    @property
    def _signature_types(self) -> list[ir.TypeRef]:
        return _spec_types([a.type for m in self.methods for a in m.arguments] + [m.answers for m in self.methods])

    @property
    def _overload(self) -> tuple[str, ...]:
        """`overload` for the typing import, where a method has overloads."""
        return ("overload",) if any(m.overloads for m in self.methods) else ()

    @property
    def errors_imports(self) -> list[str]:
        """What errors.py needs for the type arguments of its classes (models aside, which
        only type checkers import)."""
        checking = ("TYPE_CHECKING",) if self.errors_use_models else ()
        return type_imports(_spec_types([e.type for e in self.errors if e.typed]), checking)

    @property
    def errors_runtime_names(self) -> list[str]:
        """What errors.py takes from the runtime as it is: the tree, and the untyped classes."""
        names = {"ApiConnectionError", "ApiError", "ApiTimeoutError", "ArgumentError", "ArgumentTypeError"}
        names |= {"ClientError", "CredentialsError", "DecodeError"}
        names |= {e.name for e in self.errors if not e.typed}
        if any(e.typed for e in self.errors):
            names.add("TypedApiError")
        return sorted(names)

    @property
    def readme_subtypes(self) -> ReadmeSubtypes | None:
        """The README's polymorphism example: the first method answering a model with subtypes."""
        for method in self.methods:
            model = self._returned_model(method)
            if model is not None and model.subtypes and model.discriminator:
                return ReadmeSubtypes(method.name, method.example, model.name, model.discriminator, model.subtypes)
        return None

    @property
    def readme_unset(self) -> ReadmeUnset | None:
        """The README's UNSET example: an optional field of the first method's answer that has one."""
        for method in self.methods:
            model = self._returned_model(method)
            optional = [f for f in model.fields if not f.required] if model is not None else []
            if optional:
                return ReadmeUnset(method.name, method.example, optional[0].python_name, optional[0].wire_name)
        return None

    @property
    def readme_projection(self) -> ReadmeProjection | None:
        """The README's projection example: the first method with a projection argument whose
        answer is a model, asking for the fields the spec's example names (else the first)."""
        for method in self.methods:
            model, twin = self._returned_model(method), self._returned_model(method, projected=True)
            parameters = method.operation.parameters if method.operation else ()
            parameter = next((p for p in parameters if p.projection), None)
            if model is None or twin is None or parameter is None or not model.fields:
                continue
            example = parameter.example
            wanted = example if isinstance(example, list) else str(example).split(",") if isinstance(example, str) else []
            asked = [f for f in model.fields if f.wire_name in wanted] or [model.fields[0]]
            left_out = sorted((f for f in model.fields if f not in asked), key=lambda f: not f.required)
            if not left_out:
                continue
            names = [f.wire_name for f in asked]
            value = names if isinstance(parameter.type, ir.ListType) else ",".join(names)
            call = (f"{method.example}, " if method.example else "") + f"{parameter.python_name}={py_literal(value)}"
            return ReadmeProjection(
                method.name, call, parameter.python_name, model.name, twin.name, asked[0].python_name, left_out[0].python_name
            )
        return None

    def _returned_model(self, method: PublicMethod, projected: bool = False) -> ir.Model | None:
        returns = method.projected if projected else method.returns
        members = [m for m in returns.members if isinstance(m, ir.ModelType)] if returns is not None else []
        return next((model for model in self.api_models if members and model.name == members[0].name), None)

    @property
    def error_exports(self) -> list[str]:
        """Every exception class of errors.py, sorted: the package exports them all."""
        return sorted({*self.errors_runtime_names, self.root_error, *(e.name for e in self.errors)} - {"TypedApiError"})

    @property
    def errors_use_models(self) -> bool:
        """errors.py names a class of models.py in a type argument."""
        typed = [e.type for e in self.errors if e.typed and e.type.members != (OBJECT,)]
        written = [t for root in _spec_types(typed) for t in ir.walk(root)]
        return any(isinstance(t, (ir.ModelType, ir.EnumType)) for t in written)


def present(api: ir.Api) -> Presentation:
    error_classes = {error.status: error.name for error in api.error_classes}
    enums = {enum.name: enum for enum in api.enums}
    credentials = _credentials(api)
    return Presentation(
        credentials=credentials,
        constructor=_constructor(api, credentials, asynchronous=False),
        async_constructor=_constructor(api, credentials, asynchronous=True),
        methods=tuple(_method(operation, error_classes, enums) for operation in api.operations),
        errors=tuple(_error(error) for error in api.error_classes),
        package=api.package,
        api_models=api.models,
        root_error=pascal_case(api.package) + "Error",
        models=tuple(_model(model) for model in api.models),
        enums=api.enums,
        aliases=api.aliases,
        example_base_url=example_base_url(api),
    )
