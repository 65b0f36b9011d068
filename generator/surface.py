"""The public API surface of a generated package, taken from the IR as plain comparable values.

What a user of a generated package can touch: the client constructor and one method per
operation (plus `<name>_iter` for a paginated one), with their keyword-only parameters,
annotations, defaults, return types and the exceptions each raises; the models with their
fields; the enums and their members; the type aliases; and the exception classes.

The IR maps one to one onto the generated code, so the surface is read from it rather than
from the rendered files; every annotation is produced by the very functions the templates
call (`render.parameter_annotation`, `render.field_annotation`, `codec.annotation`...), so
the types compared are exactly the ones users see. `generator/diff_api.py` compares two
surfaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from . import codec, ir, render

KEYWORD_ONLY = "keyword-only"  # every generated parameter is keyword-only (`*` comes first)
CONSTRUCTOR = "__init__"

Role = Literal["request", "response"]


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    annotation: str  # as written in the signature
    type: str  # the value type: the annotation without the `| None` of an optional parameter
    default: str | None  # the default as written in the signature; None: callers must pass it
    identity: str  # where the argument goes ("query page_size", "body", "credential apiKey 0")
    doc: str
    deprecated: bool = False

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class Method:
    name: str
    identity: str  # "GET /payments" or "constructor": what survives a rename
    parameters: tuple[Parameter, ...]
    returns: str
    raises: tuple[tuple[str, str], ...]  # (status, exception class) per documented error
    doc: str
    deprecated: bool = False
    pages: str | None = None  # return type of `<name>_iter`, the method a paginated operation adds


@dataclass(frozen=True)
class Field:
    name: str
    wire_name: str
    annotation: str  # as written in models.py
    type: str  # without the `| None` of a nullable field and the `| _rt.Unset` of an optional one
    required: bool  # always present in a response; has no default when constructing
    nullable: bool
    inherited: bool  # declared by a base class
    doc: str


@dataclass(frozen=True)
class Model:
    name: str
    base: str | None
    fields: tuple[Field, ...]  # every attribute, inherited ones first
    roles: tuple[Role, ...]  # how callers meet it: reading responses, building requests, or both
    doc: str


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int
    doc: str


@dataclass(frozen=True)
class Enum:
    name: str
    value_kind: str
    members: tuple[EnumMember, ...]
    doc: str


@dataclass(frozen=True)
class Alias:
    name: str
    annotation: str
    doc: str


@dataclass(frozen=True)
class ErrorClass:
    name: str
    status: str
    error_annotation: str  # type of the parsed body in `exc.error`
    doc: str


@dataclass(frozen=True)
class Surface:
    package: str
    title: str
    api_version: str  # info.version
    client_version: str | None  # info.x-client-version, the package's own version when declared
    source: str
    methods: tuple[Method, ...]  # the constructor first, then the operations in spec order
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    errors: tuple[ErrorClass, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def surface_of(api: ir.Api, client_version: str | None = None) -> Surface:
    """The public surface of the package that `api` renders to."""
    return Surface(
        package=api.package,
        title=api.title,
        api_version=api.version,
        client_version=client_version,
        source=api.spec_path,
        methods=(_constructor(api), *_operation_methods(api)),
        models=_models(api),
        enums=tuple(_enum(enum) for enum in api.enums),
        aliases=tuple(
            Alias(alias.name, codec.annotation(alias.type), alias.description) for alias in api.aliases
        ),
        errors=tuple(
            ErrorClass(error.name, error.status, _error_annotation(error), error.description)
            for error in api.error_classes
        ),
    )


# -- client methods ------------------------------------------------------------------------


def _constructor(api: ir.Api) -> Method:
    """`Client(...)`/`AsyncClient(...)`: credentials first, then the fixed connection options."""
    parameters = []
    positions: dict[str, int] = {}
    for credential in render.credential_arguments(api):
        position = positions[credential.scheme] = positions.get(credential.scheme, -1) + 1
        parameters.append(
            Parameter(
                name=credential.python_name,
                kind=KEYWORD_ONLY,
                annotation="str" if credential.required else "str | None",
                type="str",
                default=None if credential.required else "None",
                identity=f"credential {credential.scheme} {position}",
                doc=credential.description,
            )
        )
    base_url_default = render.py_literal(api.default_base_url) if api.default_base_url else None
    fixed = (
        ("base_url", "str", base_url_default),
        ("timeout", "float | httpx.Timeout", "_rt.DEFAULT_TIMEOUT"),
        ("max_retries", "int", "_rt.DEFAULT_MAX_RETRIES"),
        ("httpx_client", "httpx.Client | None", "None"),
    )
    for name, annotation, default in fixed:
        type_ = annotation.removesuffix(" | None") if default == "None" else annotation
        parameters.append(Parameter(name, KEYWORD_ONLY, annotation, type_, default, name, ""))
    return Method(CONSTRUCTOR, "constructor", tuple(parameters), "None", (), api.title)


def _operation_methods(api: ir.Api) -> list[Method]:
    methods = []
    for op in api.operations:
        parameters = tuple(_parameter(p) for p in op.parameters)
        if op.body is not None:
            parameters += (_body(op.body),)
        raises = tuple((r.status, render.error_class(r.status, api)) for r in op.errors)
        doc = "\n\n".join(part for part in (op.summary, op.description) if part)
        returns = render.response_annotation(op.success)
        pages = None
        if op.pagination is not None:
            pages = f"_rt.SyncPager[{returns}, {codec.annotation(op.pagination.item_type, 'models.')}]"
        methods.append(
            Method(op.python_name, f"{op.method} {op.path}", parameters, returns, raises, doc, op.deprecated, pages)
        )
    return methods


def _parameter(parameter: ir.Parameter) -> Parameter:
    default = render.parameter_default(parameter).removeprefix(" = ") or None
    return Parameter(
        name=parameter.python_name,
        kind=KEYWORD_ONLY,
        annotation=render.parameter_annotation(parameter),
        type=codec.annotation(parameter.type, "models."),
        default=default,
        identity=f"{parameter.location} {parameter.wire_name}",
        doc=render.parameter_doc(parameter),
        deprecated=parameter.deprecated,
    )


def _body(body: ir.RequestBody) -> Parameter:
    type_ = codec.annotation(body.type, "models.")
    return Parameter(
        name=body.python_name,
        kind=KEYWORD_ONLY,
        annotation=type_ if body.required else f"{type_} | None",
        type=type_,
        default=None if body.required else "None",
        identity="body",
        doc=body.description or "The request body.",
    )


def _error_annotation(error: ir.ErrorClass) -> str:
    return "".join(codec.annotation(t, "models.") + " | " for t in error.types) + "None"


# -- models and enums ----------------------------------------------------------------------


def _models(api: ir.Api) -> tuple[Model, ...]:
    roles = _model_roles(api)
    models = []
    for model in api.models:
        own = {f.python_name for f in model.own_fields}
        fields = tuple(_field(f, inherited=f.python_name not in own) for f in model.fields)
        annotation = f"dict[str, {codec.annotation(model.additional)}]"  # declared by the root class
        extra = Field("additional_properties", "", annotation, annotation, False, False, model.base is not None, "")
        fields += (extra,)
        models.append(Model(model.name, model.base, fields, roles.get(model.name, ("response",)), model.description))
    return tuple(models)


def _field(field: ir.Field, inherited: bool) -> Field:
    return Field(
        name=field.python_name,
        wire_name=field.wire_name,
        annotation=render.field_annotation(field),
        type=codec.annotation(field.type),
        required=field.required,
        nullable=field.nullable,
        inherited=inherited,
        doc=render.field_doc(field),
    )


def _model_roles(api: ir.Api) -> dict[str, tuple[Role, ...]]:
    """Which models callers read (reachable from a response) and which they build (from a
    parameter or a request body). A model reachable from neither counts as read: models
    describe what the API returns unless a request says otherwise."""
    models = {m.name: m for m in api.models}
    aliases = {a.name: a for a in api.aliases}

    def reachable(roots: Iterable[ir.TypeRef]) -> set[str]:
        found: set[str] = set()
        pending = list(roots)
        while pending:
            type_ = pending.pop()
            if isinstance(type_, ir.ModelType):
                if type_.name in found:
                    continue
                found.add(type_.name)
                if type_.name in aliases:
                    pending.append(aliases[type_.name].type)
                model = models.get(type_.name)
                if model is not None:
                    pending += [f.type for f in model.fields] + [model.additional]
                    pending += [ir.ModelType(name) for _, name in model.subtypes]
                    pending += [ir.ModelType(m.name) for m in api.models if m.base == model.name]
            elif isinstance(type_, ir.ListType):
                pending.append(type_.item)
            elif isinstance(type_, ir.MapType):
                pending.append(type_.value)
            elif isinstance(type_, ir.NullableType):
                pending.append(type_.inner)
            elif isinstance(type_, ir.UnionType):
                pending += list(type_.variants)
                pending += [ir.ModelType(name) for _, name in type_.mapping if name]
        return found

    read = reachable(
        r.type for op in api.operations for r in (op.success, *op.errors) if r.type is not None
    )
    built = reachable(
        [p.type for op in api.operations for p in op.parameters]
        + [op.body.type for op in api.operations if op.body is not None]
    )
    roles: dict[str, tuple[Role, ...]] = {}
    for name in models:
        found: list[Role] = []
        if name in built:
            found.append("request")
        if name in read or not found:
            found.append("response")
        roles[name] = tuple(found)
    return roles


def _enum(enum: ir.Enum) -> Enum:
    members = tuple(EnumMember(m.python_name, m.value, m.description) for m in enum.members)
    return Enum(enum.name, enum.value_kind, members, enum.description)
