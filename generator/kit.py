"""What a package's test kit (`testing.py`, `testing.json`) and its README section show,
decided from the IR.

The fake's spec data is the IR's own (`json_schema`, `examples`, pagination wire names),
written as `testing.json` by `spec_json`; the rest of this module decides the names and
types the kit's public face uses: the recorded arguments' types, the attribute of each
operation on the fake, where the fake lives, and the README's example.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, Field, dataclass, fields, is_dataclass

from . import ir, present
from .naming import pascal_case
from .runtime import spec as kit_spec

_WIRE_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "object",
    "datetime": "str",
    "date": "str",
    "unix_time": "int",
    "decimal": "str",
    "decimal_number": "float",
}
# Members of the test kit's FakeApi: an operation of the same name gets a trailing "_".
FAKE_API_MEMBERS = frozenset(
    {"spec", "base_url", "calls", "violations", "operation", "client", "async_client",
     "handle_request", "handle_async_request", "close", "aclose"}
)


def wire_annotation(type_: ir.TypeRef) -> str:
    """The type of a parameter as the fake records it: the JSON value read from the request."""
    if isinstance(type_, ir.ScalarType):
        return _WIRE_ANNOTATIONS.get(type_.kind, "object")
    if isinstance(type_, ir.EnumType):
        return type_.value_kind
    if isinstance(type_, ir.ListType):
        return f"list[{wire_annotation(type_.of)}]"
    if isinstance(type_, (ir.MapType, ir.ModelType)):
        return "dict[str, object]"
    if isinstance(type_, ir.NullableType):
        return f"{wire_annotation(type_.of)} | None"
    return "object"


def fake_attribute(operation: ir.Operation) -> str:
    """The attribute of the fake that scripts and records this operation."""
    name = operation.python_name
    return name + "_" if name in FAKE_API_MEMBERS else name


def arguments_class(operation: ir.Operation) -> str:
    return pascal_case(operation.python_name, "Operation") + "Arguments"


def success_annotation(operation: ir.Operation) -> str:
    """The type `returns()` takes: what the client method returns."""
    return str(present.Annotation((operation.success.type,) if operation.success.type else (present.NONE,)))


def server_url(api: ir.Api) -> str:
    """The first server's URL with its variables at their defaults: where the fake lives."""
    if not api.servers:
        return "https://api.example.com"
    url = api.servers[0].url
    for variable in api.servers[0].variables:
        url = url.replace("{" + variable.name + "}", variable.default)
    return url


def spec_json(api: ir.Api, header: list[str]) -> tuple[str, str]:
    """(file name, text) of the spec the fake reads: the runtime's `ApiSpec`, as JSON, with
    `header` as its `$comment`. JSON, not a Python literal: a large spec's schemas and
    examples run to megabytes, which black would format and Python compile for seconds."""
    spec = kit_spec.ApiSpec(
        title=api.title,
        operations=tuple(_operation_spec(operation) for operation in api.operations),
        schemes=tuple(kit_spec.SchemeSpec(s.name, s.kind, s.parameter_name) for s in api.security_schemes),
        schemas=dict(api.json_schemas),
        models={model.name: model.schema_name for model in api.models},
    )
    document = {"$comment": header, **_changed_fields(spec)}
    return kit_spec.SPEC_FILE, json.dumps(document, indent=1, ensure_ascii=False, default=_changed_fields) + "\n"


def _operation_spec(operation: ir.Operation) -> kit_spec.OperationSpec:
    body, pagination = operation.body, operation.pagination
    return kit_spec.OperationSpec(
        name=operation.python_name,
        method=operation.method,
        path=operation.path,
        responses=tuple(
            kit_spec.ResponseSpec(r.status, r.media_type, r.json_schema, r.examples) for r in (operation.success, *operation.errors)
        ),
        parameters=tuple(
            kit_spec.ParameterSpec(
                p.python_name, p.wire_name, p.location, p.required, p.json_schema, p.style, p.explode, p.projection
            )
            for p in operation.parameters
        ),
        body=kit_spec.BodySpec(body.media_type, body.required, body.json_schema) if body else None,
        security=operation.security,
        pagination=(
            kit_spec.PaginationSpec(pagination.next_wire_name, pagination.items_wire_name, pagination.cursor_parameter)
            if pagination
            else None
        ),
    )


def _changed_fields(record: object) -> dict[str, object]:
    """A record of the spec as a JSON object: the fields that are not at their default, which
    `ApiSpec.from_json` restores (so the format is the records' own field names)."""
    if not is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"{type(record).__name__} is not a record of the test kit's spec")
    return {
        field.name: value
        for field in fields(record)
        if (value := getattr(record, field.name)) != _default(field)
    }


def _default(field: Field[object]) -> object:
    if field.default_factory is not MISSING:
        return field.default_factory()
    return field.default


def testing_imports(api: ir.Api) -> list[str]:
    types = [op.success.type for op in api.operations if op.success.type]
    types += [op.pagination.item_type for op in api.operations if op.pagination]
    return present.type_imports(types, ("TypedDict", "TypeVar"))


@dataclass(frozen=True)
class KitExample:
    """What the README's "Testing your code" snippet shows, for the API's first operation."""

    operation: ir.Operation
    arguments: str  # the call's keyword arguments, as source
    argument: tuple[str, str] | None  # (name, literal) of an argument the recorded call shows
    success_model: str | None  # `models.X` when the operation answers a model
    retried: bool  # a safe method whose answer is a model: the 503-then-model demo fits
    error_status: int
    error_class: str  # the class in errors.py the client raises for `error_status`


def kit_example(api: ir.Api, shown: present.Presentation) -> KitExample | None:
    if not api.operations:
        return None
    operation, method = api.operations[0], shown.methods[0]
    needed = [p for p in operation.parameters if p.required and not p.has_default]
    exemplified = [p for p in operation.parameters if not p.required and p.example is not None]
    parameters = needed or exemplified[:1]
    literals = [(p.python_name, present.example_argument(p)) for p in parameters]
    success = operation.success.type
    model = f"{present.MODELS}{success.name}" if isinstance(success, ir.ModelType) else None
    documented = [r for r in method.raises if r.status.isdigit()]
    not_found = [e.name for e in shown.errors if e.status == "404"]
    if documented:
        status, error = int(documented[0].status), documented[0].error
    else:
        status, error = 404, not_found[0] if not_found else shown.root_error
    return KitExample(
        operation=operation,
        arguments=", ".join(f"{name}={literal}" for name, literal in literals),
        argument=literals[0] if literals else None,
        success_model=model,
        retried=model is not None and operation.method in ("GET", "HEAD", "OPTIONS"),
        error_status=status,
        error_class=error,
    )
