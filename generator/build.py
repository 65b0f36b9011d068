"""A validated spec document → the intermediate model (`ir.Api`).

Every decision about the generated package is made here or in `schemas.py`: Python names,
types, defaults, which responses are errors, which credentials a client takes; how these
show in the public signatures (annotations, defaults as written, docs, examples) is decided
once in `present.py`. The templates only lay out what these modules decide.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from . import ir
from .hoist import hoist_inline_schemas
from .load import SpecDocument
from .openapi import each_operation, is_json_media_type, join_pointer, operation_name, resolve
from .naming import (
    RESERVED_METHOD_NAMES,
    RESERVED_PARAMETER_NAMES,
    claim_names,
    package_name,
    pascal_case,
    snake_case,
    unique_names,
)
from .defaults import DefaultMismatch, coerce
from .diagnostics import Diagnostic, Severity
from .plaintext import plain_text
from .projection import project
from .reachable import drop_unreachable
from .roles import model_roles
from .schema_data import FittingExamples, cursor_parameter, json_value, validation_schema
from .schemas import DcgRun, SchemaTypes, is_nullable
from .validate import TEMPLATE_VARIABLE

# Parameters every operation takes besides the spec's own; a spec parameter of the same
# Python name is renamed rather than shadowing them.
RUNTIME_PARAMETER_NAMES = frozenset({"body", "models", "errors"}) | RESERVED_PARAMETER_NAMES


Warn = Callable[[str, str], None]  # (JSON pointer, message): a warning located in the spec


def build_api(
    spec: SpecDocument, all_schemas: bool = False, notes: list[Diagnostic] | None = None, run_dcg: DcgRun | None = None
) -> ir.Api:
    """The model of one spec; only the component schemas its operations reach, unless
    `all_schemas`. What had to be dropped or widened is added to `notes` as warnings.
    `run_dcg` runs datamodel-code-generator where its cache misses (default: in this process)."""

    def warn(pointer: str, message: str) -> None:
        if notes is not None:
            notes.append(spec.diagnostic(pointer, message, severity=Severity.WARNING))

    document, origins = hoist_inline_schemas(spec.data)
    unreachable = () if all_schemas else drop_unreachable(document, spec.data)
    types = SchemaTypes(document, spec.path, origins, warn, run_dcg)
    info = document.get("info") or {}
    schemes = _security_schemes(document)
    examples = FittingExamples(document, types.components)
    operations = tuple(_operations(document, types, schemes, examples, warn))
    operations = _with_exact_numbers(operations, types.models, types.aliases)
    models = _with_access(types, operations, warn)
    taken = {enum.name for enum in types.enums} | {alias.name for alias in types.aliases}
    operations, models = project(operations, models, tuple(types.aliases), taken)
    servers = _servers([server for server in document.get("servers") or [] if isinstance(server, dict)])
    default_base_url = servers[0].default_url if servers and _usable(servers[0].default_url) else None
    return ir.Api(
        package=package_name(str(info.get("x-package-name") or spec.path.stem)),
        title=str(info.get("title") or spec.path.stem),
        version=str(info.get("version") or "0"),
        description=plain_text(str(info.get("description") or "")),
        spec_path=spec.display_path,
        spec_sha256=spec.sha256,
        servers=servers,
        default_base_url=default_base_url,
        security_schemes=tuple(schemes.values()),
        required_credentials=_required_credentials(document, schemes),
        operations=operations,
        models=models,
        enums=tuple(types.enums),
        aliases=tuple(types.aliases),
        error_classes=_error_classes(operations),
        client_version=str(info["x-client-version"]) if "x-client-version" in info else None,
        unreachable_schemas=unreachable,
        json_schemas=tuple(examples.schemas.items()),
    )


def _with_access(types: SchemaTypes, operations: tuple[ir.Operation, ...], warn: Warn) -> tuple[ir.Model, ...]:
    """The models with required read-only fields optional where callers build them for a
    request (which leaves them out), and required write-only ones where they are read from
    a response (which never has them). A model both built and read gets the wider field: a
    warning says which."""
    roles = model_roles(operations, types.models, types.aliases)
    for model in reversed(types.models):  # a base is met wherever its subclasses are
        if model.base in roles:
            roles[model.base] = tuple(sorted(set(roles[model.base]) | set(roles[model.name]), reverse=True))
    components = {name: component for component, name in types.class_names.items()}
    done: dict[str, ir.Model] = {}
    for model in types.models:
        met = roles.get(model.name, ("response",))
        own = []
        for field in model.own_fields:
            left_out = "request" if field.access == "read" else "response"
            if field.required and field.access and left_out in met:
                if len(met) == 2:
                    kind = "read-only" if field.access == "read" else "write-only"
                    warn(
                        types.property_pointer(components[model.name], field.wire_name),
                        f"required {kind} field {field.wire_name!r} of {model.name} is optional (may be UNSET): "
                        f"the model is both sent and received, and one way leaves it out",
                    )
                field = dataclasses.replace(field, required=False)
            own.append(field)
        inherited = done[model.base].fields if model.base in done else ()
        done[model.name] = dataclasses.replace(model, own_fields=tuple(own), fields=inherited + tuple(own))
    return tuple(done[model.name] for model in types.models)


def _with_exact_numbers(
    operations: tuple[ir.Operation, ...], models: list[ir.Model], aliases: list[ir.Alias]
) -> tuple[ir.Operation, ...]:
    """Each operation marked when an answer of it can hold a `decimal_number`, through any
    model or alias: its bodies are then parsed with exact numbers. Most specs have no such
    number in any model, and then no operation's models need following."""
    in_models = any(_holds_decimal_number(t) for t in [f.type for m in models for f in m.fields] + [a.type for a in aliases])

    def holds(operation: ir.Operation) -> bool:
        roots = [r.type for r in (operation.success, *operation.errors) if r.type is not None]
        if in_models:
            names = ir.reachable_names(models, aliases, roots)
            roots += [f.type for m in models if m.name in names for f in m.fields] + [a.type for a in aliases if a.name in names]
        return any(_holds_decimal_number(root) for root in roots)

    return tuple(dataclasses.replace(operation, exact_numbers=holds(operation)) for operation in operations)


def _holds_decimal_number(type_: ir.TypeRef) -> bool:
    return any(t == ir.ScalarType("decimal_number") for t in ir.walk(type_))


def _servers(raw: list[dict[str, Any]]) -> tuple[ir.Server, ...]:
    """The spec's servers, each with its variables' defaults filled in and, when there are
    several, a name to pick it by: its `x-environment`, or its description if that is a
    short name ("Production", "Stage"), else `server_2`, ..."""
    servers = [_server(server) for server in raw]
    if len(servers) < 2:
        return tuple(servers)
    wanted = [_environment_name(server, raw_server, index) for index, (server, raw_server) in enumerate(zip(servers, raw))]
    names = unique_names(wanted)
    return tuple(dataclasses.replace(server, name=name) for server, name in zip(servers, names))


def _environment_name(server: ir.Server, raw: dict[str, Any], index: int) -> str:
    named = raw.get("x-environment")
    if isinstance(named, str) and named:
        return snake_case(named, f"server_{index + 1}")
    words = server.description.split()
    if 0 < len(words) <= 2:
        return snake_case(server.description, f"server_{index + 1}")
    return f"server_{index + 1}"


def _server(server: dict[str, Any]) -> ir.Server:
    variables = tuple(
        ir.ServerVariable(
            name=str(name),
            default=str(variable.get("default", "")),
            enum=tuple(str(value) for value in variable.get("enum") or []),
            description=plain_text(str(variable.get("description") or "")),
        )
        for name, variable in (server.get("variables") or {}).items()
        if isinstance(variable, dict)
    )
    url = str(server.get("url", ""))
    default_url = url
    for variable in variables:
        default_url = default_url.replace("{" + variable.name + "}", variable.default)
    return ir.Server(url, plain_text(str(server.get("description") or "")), variables, default_url=default_url)


def _usable(url: str) -> bool:
    """A URL a client can send to as it is: absolute http(s), with a host, no `{variable}` left."""
    scheme, _, rest = url.partition("://")
    return scheme.lower() in ("http", "https") and bool(rest.strip("/")) and "{" not in url


def _credential_stem(scheme_name: str) -> str:
    stem = snake_case(scheme_name, "credential")
    for suffix in ("_auth", "_authentication", "_scheme"):
        if stem.endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem


def _security_schemes(document: dict[str, Any]) -> dict[str, ir.SecurityScheme]:
    raw = (document.get("components") or {}).get("securitySchemes") or {}
    schemes: dict[str, ir.SecurityScheme] = {}
    taken: set[str] = set()
    for name, scheme in raw.items():
        scheme = resolve(document, scheme)
        if not isinstance(scheme, dict):
            continue
        kind, parameter, credential_names = _scheme_shape(str(name), scheme)
        if kind is None:
            continue
        unique = unique_names(credential_names, taken)
        taken.update(unique)
        schemes[str(name)] = ir.SecurityScheme(
            name=str(name),
            kind=kind,
            parameter_name=parameter,
            credentials=tuple(
                ir.Credential(credential, _credential_doc(kind, parameter, wanted))
                for credential, wanted in zip(unique, credential_names)
            ),
            description=plain_text(str(scheme.get("description") or "")),
        )
    return schemes


def _credential_doc(kind: ir.SecurityKind, parameter: str, credential: str) -> str:
    if kind == "api_key_header":
        return f"API key, sent in the `{parameter}` header."
    if kind == "api_key_query":
        return f"API key, sent as the `{parameter}` query parameter."
    if kind == "api_key_cookie":
        return f"API key, sent as the `{parameter}` cookie."
    if kind == "http_bearer":
        return "Bearer token, sent in the `Authorization` header."
    if kind == "http_basic":
        return f"The {credential} for HTTP basic authentication."
    return f"OAuth 1.0a {credential.replace('_', ' ')}, used to sign every request with HMAC-SHA1."


def _scheme_shape(name: str, scheme: dict[str, Any]) -> tuple[ir.SecurityKind | None, str, list[str]]:
    kind = scheme.get("type")
    if kind == "apiKey":
        where = scheme.get("in")
        scheme_kind: ir.SecurityKind = (
            "api_key_header" if where == "header" else "api_key_query" if where == "query" else "api_key_cookie"
        )
        return scheme_kind, str(scheme.get("name", "")), [_credential_stem(name)]
    if kind == "http":
        http_scheme = str(scheme.get("scheme", "")).lower()
        if http_scheme == "bearer":
            return "http_bearer", "", [_credential_stem(name)]
        if http_scheme == "basic":
            return "http_basic", "", ["username", "password"]
        if http_scheme == "oauth" and isinstance(scheme.get("x-oauth1"), dict):
            names = scheme["x-oauth1"].get("credentials") or []
            return "oauth1", "", [snake_case(str(n)) for n in names] or [
                "consumer_key", "consumer_secret", "token", "token_secret"
            ]
    if kind in ("oauth2", "openIdConnect"):
        return "http_bearer", "", [_credential_stem(name)]
    return None, "", []


def _requirements(raw: Any, schemes: dict[str, ir.SecurityScheme]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        tuple(name for name in requirement if name in schemes)
        for requirement in raw
        if isinstance(requirement, dict)
    )


def _required_credentials(document: dict[str, Any], schemes: dict[str, ir.SecurityScheme]) -> tuple[str, ...]:
    """Credentials are required at construction only when every operation needs the same ones."""
    requirement_sets = set()
    for _, _, operation in list(each_operation(document)):
        requirement_sets.add(_requirements(operation.get("security", document.get("security")), schemes))
    if len(requirement_sets) != 1:
        return ()
    (alternatives,) = requirement_sets
    if len(alternatives) != 1:
        return ()
    return tuple(c.python_name for name in alternatives[0] for c in schemes[name].credentials)


def _operations(
    document: dict[str, Any],
    types: SchemaTypes,
    schemes: dict[str, ir.SecurityScheme],
    examples: FittingExamples,
    warn: Warn,
) -> list[ir.Operation]:
    operations = []
    raw_operations = list(each_operation(document))
    python_names = unique_names(
        (snake_case(operation_name(op, method, path), "operation") for path, method, op in raw_operations),
        RESERVED_METHOD_NAMES,
    )
    for (path, method, operation), python_name in zip(raw_operations, python_names):
        path_item = resolve(document, document["paths"][path])
        parameters = _parameters(document, types, path, path_item, method, operation, examples, warn)
        body = _request_body(document, types, operation, {p.python_name for p in parameters})
        success, successes, errors = _responses(document, types, examples, operation)
        security = _requirements(operation.get("security", document.get("security")), schemes)
        pagination = _pagination(operation, success, types, parameters)
        if pagination is not None and any(p.projection for p in parameters):
            # A pager reads its items and `next` link from the full page model.
            warn(join_pointer("/paths", path, method), "x-projection on a paginated operation is not supported: ignored")
            parameters = [dataclasses.replace(p, projection=False) for p in parameters]
        operations.append(
            ir.Operation(
                python_name=python_name,
                operation_id=operation_name(operation, method, path),
                method=method.upper(),
                path=path,
                summary=plain_text(str(operation.get("summary") or "")),
                description=plain_text(str(operation.get("description") or "")),
                parameters=tuple(parameters),
                body=body,
                success=success,
                successes=successes,
                errors=tuple(errors),
                security=security,
                pagination=pagination,
                deprecated=bool(operation.get("deprecated")),
            )
        )
    return operations


def _parameters(
    document: dict[str, Any],
    types: SchemaTypes,
    path: str,
    path_item: dict[str, Any],
    method: str,
    operation: dict[str, Any],
    examples: FittingExamples,
    warn: Warn,
) -> list[ir.Parameter]:
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    path_pointer = join_pointer("/paths", path)
    declared = [(join_pointer(path_pointer, "parameters", i), p) for i, p in enumerate(path_item.get("parameters") or [])]
    declared += [(join_pointer(path_pointer, method, "parameters", i), p) for i, p in enumerate(operation.get("parameters") or [])]
    for pointer, raw in declared:
        parameter = resolve(document, raw)
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str) and raw["$ref"].startswith("#"):
            pointer = raw["$ref"][1:]
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            merged[(parameter["name"], str(parameter.get("in")))] = (parameter, pointer)
    for variable in TEMPLATE_VARIABLE.findall(path):  # undeclared (validate warned, --lenient)
        synthesized = {"name": variable, "in": "path", "required": True, "schema": {"type": "string"}}
        merged.setdefault((variable, "path"), (synthesized, path_pointer))
    raw_parameters = [(p, at) for p, at in merged.values() if p.get("in") in ("path", "query", "header", "cookie")]
    # Required parameters first: the order callers read them in the signature and docs.
    raw_parameters.sort(key=lambda pair: not (pair[0].get("required") or pair[0].get("in") == "path"))
    wanted = [snake_case(p["name"], "param") for p, _ in raw_parameters]
    names = claim_names(
        wanted, [p["name"] for p, _ in raw_parameters], RUNTIME_PARAMETER_NAMES
    )
    return [
        _parameter(types, examples, raw, pointer, name, warn) for (raw, pointer), name in zip(raw_parameters, names)
    ]


def _parameter(
    types: SchemaTypes, examples: FittingExamples, raw: dict[str, Any], pointer: str, python_name: str, warn: Warn
) -> ir.Parameter:
    schema = raw.get("schema")
    if not isinstance(schema, dict):
        media: object = next(iter((raw.get("content") or {}).values()), {})
        schema = media.get("schema") if isinstance(media, dict) else {}
    schema = schema if isinstance(schema, dict) else {}
    location = raw["in"]
    style = str(raw.get("style") or ("form" if location in ("query", "cookie") else "simple"))
    explode = bool(raw.get("explode", style == "form"))
    concrete = schema
    if "$ref" in schema:
        concrete = resolve({"components": {"schemas": types.components}}, schema) or {}
    type_ = types.type_for(schema)
    has_default = "default" in concrete
    default = concrete.get("default")
    enum = concrete.get("enum")
    if not has_default and isinstance(enum, list) and len(enum) == 1:  # the only allowed value
        has_default, default = True, enum[0]
    if has_default:
        try:
            default = coerce(type_, default, types.enums_by_name)
        except DefaultMismatch as mismatch:
            has_default = False
            where = join_pointer(pointer, "schema", "default") if "default" in schema else pointer
            warn(where, f"default {default!r} of parameter {raw['name']!r} is not {mismatch}: dropped")
    json_schema = validation_schema(schema)
    shown = examples.first(raw, json_schema, *([concrete["example"]] if "example" in concrete else []))
    return ir.Parameter(
        python_name=python_name,
        wire_name=raw["name"],
        location=location,
        type=type_,
        required=bool(raw.get("required")) or location == "path",
        description=plain_text(str(raw.get("description") or concrete.get("description") or "")),
        default=default,
        has_default=has_default,
        style=style,
        explode=explode,
        constraints=_constraints(concrete),
        deprecated=bool(raw.get("deprecated")),
        projection=raw.get("x-projection") is True,
        example=shown[0] if shown else None,
        json_schema=json_schema,
    )


def _constraints(schema: dict[str, Any]) -> ir.Constraints:
    def number(key: str) -> float | None:
        value = schema.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    exclusive_minimum = number("exclusiveMinimum")
    exclusive_maximum = number("exclusiveMaximum")
    minimum, maximum = number("minimum"), number("maximum")
    if schema.get("exclusiveMinimum") is True:  # OpenAPI 3.0 spelling
        exclusive_minimum, minimum = minimum, None
    if schema.get("exclusiveMaximum") is True:
        exclusive_maximum, maximum = maximum, None
    return ir.Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
        min_length=schema.get("minLength") if isinstance(schema.get("minLength"), int) else None,
        max_length=schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None,
        pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
        min_items=schema.get("minItems") if isinstance(schema.get("minItems"), int) else None,
        max_items=schema.get("maxItems") if isinstance(schema.get("maxItems"), int) else None,
    )


BODY_MEDIA_TYPES = ("json", "application/x-www-form-urlencoded", "multipart/form-data")
"""The body media types sent as structured data, in the order one is chosen when several are offered."""


def _body_media_type(content: dict[str, Any]) -> str | None:
    """The media type to send: JSON, a form, multipart, else the first (sent as bytes or text)."""
    for wanted in BODY_MEDIA_TYPES:
        for media_type in content:
            if (wanted == "json" and is_json_media_type(str(media_type))) or str(media_type).split(";")[0].strip() == wanted:
                return str(media_type)
    return next((str(media_type) for media_type in content), None)


def _request_body(document: dict[str, Any], types: SchemaTypes, operation: dict[str, Any], taken: set[str]) -> ir.RequestBody | None:
    body = resolve(document, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    content = body.get("content") or {}
    media_type = _body_media_type(content)
    if media_type is None:
        return None
    media = content[_key(content, media_type)]
    media = media if isinstance(media, dict) else {}
    schema = media.get("schema")
    kind = _body_kind(media_type)
    if kind == "content":  # bytes as they are, or text
        type_: ir.TypeRef = ir.ScalarType("str" if media_type.startswith("text/") else "binary")
    else:
        type_ = types.type_for(schema)
    encoding = tuple(
        (str(name), str(item["contentType"]))
        for name, item in (media.get("encoding") or {}).items()
        if isinstance(item, dict) and isinstance(item.get("contentType"), str)
    )
    (name,) = unique_names(["body"], taken)
    return ir.RequestBody(
        python_name=name,
        media_type=media_type,
        type=type_,
        required=bool(body.get("required")),
        description=plain_text(str(body.get("description") or "")),
        kind=kind,
        encoding=encoding if kind == "multipart" else (),
        json_schema=validation_schema(schema) if kind != "content" else None,
    )


def _body_kind(media_type: str) -> ir.BodyKind:
    base = media_type.split(";")[0].strip().lower()
    if is_json_media_type(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    return "content"


def _response(
    document: dict[str, Any], types: SchemaTypes, examples: FittingExamples, status: str, raw: Any, success: bool
) -> ir.Response:
    """A response and the type of its body: JSON by its schema; for a success, text as `str`
    and any other content as `bytes`; no body (or an error's non-JSON one) as None."""
    response = resolve(document, raw)
    response = response if isinstance(response, dict) else {}
    description = plain_text(str(response.get("description") or ""))
    content = response.get("content") or {}
    for media_type, media in content.items():
        if is_json_media_type(str(media_type)) and isinstance(media, dict):
            schema = media.get("schema")
            response_type = types.type_for(schema) if schema is not None else ir.ScalarType("any")
            if isinstance(schema, dict) and is_nullable(schema):
                response_type = ir.NullableType(response_type)
            json_schema = validation_schema(schema) if schema is not None else None
            return ir.Response(
                status,
                description,
                str(media_type),
                response_type,
                json_schema=json_schema,
                examples=tuple(json_value(value) for value in examples.first(media, json_schema)),
            )
    if success and content:
        media_type = str(next(iter(content)))
        kind: ir.ScalarKind = "str" if media_type.startswith("text/") else "binary"
        return ir.Response(status, description, media_type, ir.ScalarType(kind))
    return ir.Response(status, description, None, None)


def _responses(
    document: dict[str, Any], types: SchemaTypes, examples: FittingExamples, operation: dict[str, Any]
) -> tuple[ir.Response, tuple[ir.Response, ...], list[ir.Response]]:
    """The success the method returns, every success when they differ, and the error responses.

    A `default` response is the success of an operation that documents no 2xx one."""
    raw = operation.get("responses") or {}
    statuses = [str(status) for status in raw]
    success_statuses = sorted(s for s in statuses if s.startswith("2")) or [s for s in statuses if s == "default"]
    successes = [
        _response(document, types, examples, status, raw[_key(raw, status)], True) for status in success_statuses
    ]
    success = successes[0] if successes else ir.Response("200", "", None, None)
    differ = len({(r.type, r.media_type) for r in successes}) > 1
    errors = [
        _response(document, types, examples, status, raw[_key(raw, status)], False)
        for status in statuses
        if (status[:1] in ("4", "5") and (status.isdigit() or status[1:].upper() == "XX")) or status == "default"
    ]
    return success, tuple(successes) if differ else (), errors


def _key(raw: dict[Any, Any], status: str) -> Any:
    return next(key for key in raw if str(key) == status)


def _pagination(
    operation: dict[str, Any], success: ir.Response, types: SchemaTypes, parameters: list[ir.Parameter]
) -> ir.Pagination | None:
    extension = operation.get("x-pagination")
    if not isinstance(extension, dict) or not isinstance(success.type, ir.ModelType):
        return None
    page = next((m for m in types.models if m.name == success.type.name), None)
    if page is None:
        return None
    fields = {f.wire_name: f for f in page.fields}
    next_field = fields.get(str(extension.get("next", "next")))
    items_field = fields.get(str(extension.get("items", "")))
    if next_field is None or items_field is None or not isinstance(items_field.type, ir.ListType):
        return None
    example = success.examples[0] if success.examples else None
    example_next = example.get(next_field.wire_name) if isinstance(example, dict) else None
    query = [p.wire_name for p in parameters if p.location == "query"]
    return ir.Pagination(
        next_field.python_name,
        items_field.python_name,
        items_field.type.of,
        items_always_present=items_field.required and not items_field.nullable,
        next_wire_name=next_field.wire_name,
        items_wire_name=items_field.wire_name,
        cursor_parameter=cursor_parameter(example_next, query) or "page",
    )


def _error_class_name(status: str) -> str:
    if status in ir.COMMON_STATUSES:
        return ir.COMMON_STATUSES[status]
    if status == "default":
        return "UnexpectedStatusError"
    try:
        phrase = HTTPStatus(int(status)).phrase
    except ValueError:
        return f"Status{status}Error"
    name = pascal_case(phrase)
    return name if name.endswith("Error") else name + "Error"


def _error_classes(operations: tuple[ir.Operation, ...]) -> tuple[ir.ErrorClass, ...]:
    """One class per documented status, and one per common status: typed by the responses
    that document it (for 500, also `5XX`), else by the `default` ones, else untyped."""
    by_status: dict[str, list[ir.Response]] = {}
    for operation in operations:
        for response in operation.errors:
            by_status.setdefault(response.status, []).append(response)
    fallback = by_status.get("default", [])
    statuses = sorted(
        set(by_status) | set(ir.COMMON_STATUSES),
        key=lambda status: (status == "default", status),
    )
    classes = []
    for status in statuses:
        if status == "5XX" and "500" not in by_status:
            continue  # the InternalServerError class below is typed by it
        common = status in ir.COMMON_STATUSES
        documented = by_status.get(status) or (by_status.get("5XX", []) if status == "500" else [])
        responses = documented or (fallback if common else [])
        types: list[ir.TypeRef] = []
        for response in responses:
            if response.type is not None and response.type not in types:
                types.append(response.type)
        description = documented[0].description if documented else ""
        classes.append(ir.ErrorClass(_error_class_name(status), status, description, tuple(types), common))
    return tuple(classes)
