"""IR → file contents: the Jinja environment and its quoting filters (black is `formatting.py`).

Every spec string that lands in generated code goes through `py_literal` (code) or
`docstring`/`prose` (documentation); templates never paste spec text in unquoted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2

from . import __version__, codec, ir

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PACKAGE_FILES = ("__init__.py", "runtime.py", "client.py", "errors.py", "models.py", "operations.py")
PINNED_TOOLS = ("black", "datamodel-code-generator", "jinja2", "ruamel.yaml")


@functools.cache
def toolchain() -> str:
    """Versions of everything that shapes the output bytes, recorded in each file's header."""
    tools = ", ".join(f"{tool} {metadata.version(tool)}" for tool in PINNED_TOOLS)
    return f"generator {__version__} ({tools})"


# -- quoting -------------------------------------------------------------------------------


def py_literal(value: Any) -> str:
    """A Python literal for a value from the spec: `repr` of plain data, nothing else."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(item) for item in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a literal: {type(value).__name__}")


def _escape_for_docstring(text: str) -> str:
    """Makes text safe between triple quotes: backslashes, quotes and invisible characters."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    out = []
    for char in text:
        if char == "\n" or char == "\t" or char.isprintable():
            out.append(char)
        else:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
    escaped = "".join(out).replace("\t", "    ")
    if escaped.endswith('"'):
        escaped = escaped[:-1] + '\\"'
    return escaped


def docstring(text: Any, indent: int = 4, block: bool = False) -> str:
    """A complete docstring statement, indented by `indent` after its first line.

    As a `{% filter %}` block (`block=True`) the first line is indented too, because Jinja
    strips the whitespace before block tags.
    """
    lines = [line.rstrip() for line in _escape_for_docstring(str(text).strip()).splitlines()]
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0]:
        lines = ["No description."]
    pad = " " * indent
    lead, end = (pad, "\n") if block else ("", "")
    if len(lines) == 1:
        return f'{lead}"""{lines[0]}"""{end}'
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return f'{lead}"""{lines[0]}\n{body}\n{pad}"""{end}'


def prose(text: Any) -> str:
    """Spec text on one line inside an existing docstring."""
    return " ".join(_escape_for_docstring(str(text)).split())


def markdown(text: Any) -> str:
    """Spec text for the generated README: one paragraph, nothing that could start a block."""
    return " ".join(str(text).replace("<", "&lt;").replace("`", "'").split())


# -- types ---------------------------------------------------------------------------------


def field_annotation(field: ir.Field) -> str:
    annotation = codec.annotation(field.type)
    if field.nullable:
        annotation += " | None"
    if not field.required:
        annotation += " | _rt.Unset"
    return annotation


def field_default(field: ir.Field) -> str:
    return "" if field.required else " = _rt.UNSET"


def field_doc(field: ir.Field) -> str:
    note = f"(JSON key `{field.wire_name}`)" if field.python_name != field.wire_name else ""
    return " ".join(part for part in (field.description, note) if part) or field.python_name


def field_decode(field: ir.Field, value: str) -> str:
    if field.nullable:
        return f"_rt.decode_nullable({value}, {codec.decoder(field.type) or '_rt.identity'})"
    return codec.decode(field.type, value)


def field_encode(field: ir.Field, value: str) -> str:
    encoded = codec.encode(field.type, value)
    if field.nullable and encoded != value:
        return f"None if {value} is None else {encoded}"
    return encoded


def is_typed(type_: ir.TypeRef) -> bool:
    return type_ != ir.ScalarType("any")


def parameter_annotation(parameter: ir.Parameter) -> str:
    annotation = codec.annotation(parameter.type, "models.")
    return annotation if parameter.required or parameter.has_default else annotation + " | None"


def parameter_default(parameter: ir.Parameter) -> str:
    """The spec's default, even for a required parameter: it is always sent, callers need not."""
    if parameter.has_default and isinstance(parameter.default, (str, int, float, bool)):
        return " = " + py_literal(parameter.default)
    return "" if parameter.required else " = None"


def parameter_doc(parameter: ir.Parameter) -> str:
    parts = [prose(parameter.description) or f"The `{parameter.wire_name}` {parameter.location} parameter."]
    if parameter.python_name != parameter.wire_name:
        parts.append(f"Sent as `{prose(parameter.wire_name)}`.")
    if parameter.has_default:
        parts.append(f"Default: {prose(parameter.default)!s}.")
    return " ".join(parts)


def parameter_checks(parameter: ir.Parameter) -> list[str]:
    """Statements that refuse out-of-bounds arguments before a request is built."""
    c = parameter.constraints
    checks = []
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


def parameters_in(location: str) -> Callable[[ir.Operation], list[ir.Parameter]]:
    return lambda operation: [p for p in operation.parameters if p.location == location]


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


def example_parameters(operation: ir.Operation) -> list[ir.Parameter]:
    """The arguments an example call shows: what must be passed, and what the spec exemplifies."""
    needed = [p for p in operation.parameters if p.required and not p.has_default]
    exemplified = [p for p in operation.parameters if p not in needed and not p.has_default and p.example is not None]
    return needed + exemplified[:3]


def accept_header(operation: ir.Operation) -> str:
    """The media types an operation documents for its answers, for the `Accept` header."""
    types: list[str] = []
    for response in (operation.success, *operation.errors):
        if response.media_type and response.media_type not in types:
            types.append(response.media_type)
    return ", ".join(types) or "application/json"


def response_annotation(response: ir.Response) -> str:
    return "None" if response.type is None else codec.annotation(response.type, "models.")


def response_decoder(response: ir.Response) -> str:
    if response.type is None:
        return "_rt.no_content"
    return codec.decoder(response.type, "models.") or "_rt.identity"


def response_doc(response: ir.Response) -> str:
    if response.type is None:
        return "nothing"
    return f"`{response_annotation(response)}`"


def error_class(status: str, api: ir.Api) -> str:
    """The exception class of an error response; `default` covers every undocumented status."""
    return next(error.name for error in api.error_classes if error.status == status)


_CHECKABLE = (ir.ModelType, ir.ListType, ir.MapType)


def error_annotation(error: ir.ErrorClass) -> str:
    """The type of `exc.error`: the documented bodies, or `object` where no isinstance can tell."""
    if not all(isinstance(type_, _CHECKABLE) for type_ in error.types):
        return "object"
    return " | ".join([codec.annotation(type_, "models.") for type_ in error.types] + ["None"])


def error_isinstance(error: ir.ErrorClass) -> str:
    """The classes an isinstance check of the parsed body uses; "" when it cannot check."""
    if not error.types or not all(isinstance(type_, _CHECKABLE) for type_ in error.types):
        return ""
    names: list[str] = []
    for type_ in error.types:
        runtime = f"models.{type_.name}" if isinstance(type_, ir.ModelType) else "list" if isinstance(type_, ir.ListType) else "dict"
        if runtime not in names:
            names.append(runtime)
    return names[0] if len(names) == 1 else "(" + ", ".join(names) + ")"


def uses_any(types: list[ir.TypeRef]) -> bool:
    return any(t == ir.ScalarType("any") for root in types for t in _walk_types(root))


def credential_constructor(scheme: ir.SecurityScheme) -> str:
    args = [f"_rt.require({py_literal(c.python_name)}, {c.python_name})" for c in scheme.credentials]
    if scheme.kind in ("api_key_header", "api_key_query", "api_key_cookie"):
        classes = {"api_key_header": "ApiKeyHeader", "api_key_query": "ApiKeyQuery", "api_key_cookie": "ApiKeyCookie"}
        return f"_rt.{classes[scheme.kind]}({py_literal(scheme.parameter_name)}, {args[0]})"
    classes = {"http_bearer": "HttpBearer", "http_basic": "HttpBasic", "oauth1": "OAuth1HmacSha1"}
    return f"_rt.{classes[scheme.kind]}({', '.join(args)})"


@dataclass(frozen=True)
class CredentialArgument:
    python_name: str
    description: str
    scheme: str
    required: bool


def credential_arguments(api: ir.Api) -> list[CredentialArgument]:
    return [
        CredentialArgument(c.python_name, c.description, s.name, c.python_name in api.required_credentials)
        for s in api.security_schemes
        for c in s.credentials
    ]


# -- environment and output ----------------------------------------------------------------


def _walk_types(type_: ir.TypeRef) -> list[ir.TypeRef]:
    found: list[ir.TypeRef] = [type_]
    if isinstance(type_, ir.ListType):
        found += _walk_types(type_.item)
    elif isinstance(type_, ir.MapType):
        found += _walk_types(type_.value)
    elif isinstance(type_, ir.NullableType):
        found += _walk_types(type_.inner)
    elif isinstance(type_, ir.UnionType):
        for variant in type_.variants:
            found += _walk_types(variant)
    return found


def type_imports(types: list[ir.TypeRef], extra_typing: tuple[str, ...] = ()) -> list[str]:
    """The import lines the annotations of `types` need, and no others (strict checkers
    reject unused imports)."""
    kinds = {t.kind for root in types for t in _walk_types(root) if isinstance(t, ir.ScalarType)}
    lines = []
    dates = sorted({"date"} & kinds | ({"datetime"} if kinds & {"datetime", "unix_time"} else set()))
    if dates:
        lines.append(f"from datetime import {', '.join(dates)}")
    if "decimal" in kinds:
        lines.append("from decimal import Decimal")
    typing_names = sorted(({"Any"} if "any" in kinds else set()) | set(extra_typing))
    if typing_names:
        lines.append(f"from typing import {', '.join(typing_names)}")
    return lines


def model_imports(api: ir.Api) -> list[str]:
    types = [f.type for m in api.models for f in m.fields] + [m.additional for m in api.models]
    types += [a.type for a in api.aliases]
    lines = type_imports(types, (("Any",) if api.models else ()) + (("TypeAlias",) if api.aliases else ()))
    if api.enums:
        lines.insert(len([line for line in lines if not line.startswith("from typing")]), "from enum import Enum")
    return lines


def operations_imports(api: ir.Api) -> list[str]:
    return type_imports(
        [p.type for op in api.operations for p in op.parameters]
        + [op.body.type for op in api.operations if op.body]
        + [op.success.type for op in api.operations if op.success.type]
    )


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        py=py_literal,
        docstring=docstring,
        text=prose,
        markdown=markdown,
        annotation=codec.annotation,
        decode=codec.decode,
        encode=codec.encode,
        is_typed=is_typed,
        field_annotation=field_annotation,
        field_default=field_default,
        field_doc=field_doc,
        field_decode=field_decode,
        field_encode=field_encode,
        parameter_annotation=parameter_annotation,
        parameter_default=parameter_default,
        parameter_doc=parameter_doc,
        parameter_checks=parameter_checks,
        path_parameters=parameters_in("path"),
        query_parameters=parameters_in("query"),
        header_parameters=parameters_in("header"),
        response_annotation=response_annotation,
        response_decoder=response_decoder,
        response_doc=response_doc,
        error_class=error_class,
        error_isinstance=error_isinstance,
        error_annotation=error_annotation,
        credential_constructor=credential_constructor,
        example_argument=example_argument,
        example_parameters=example_parameters,
        accept_header=accept_header,
    )
    return env


def header(api: ir.Api, comment: str = "#") -> str:
    source = prose(api.spec_path)
    lines = [
        "Generated from an OpenAPI document. Do not edit: run `make generate` instead.",
        f"Source: {source} (sha256 {api.spec_sha256})",
        f"Generator: {toolchain()}",
    ]
    if comment == "#":
        return "\n".join(f"# {line}" for line in lines)
    return "<!--\n" + "\n".join(lines).replace("--", "- -") + "\n-->"


def render_package(api: ir.Api, env: jinja2.Environment | None = None) -> dict[str, str]:
    """Every file of the package as text, Python not yet formatted (see `formatting.format_packages`)."""
    env = env or environment()
    context = {
        "api": api,
        "package": api.package,
        "version": api.version,
        "header": header(api),
        "credentials": credential_arguments(api),
        "uses_oauth1": any(s.kind == "oauth1" for s in api.security_schemes),
        "uses_pagination": any(op.pagination for op in api.operations),
        "uses_jsonapi": any(m.jsonapi_included for m in api.models),
        "imports": model_imports(api),
        "operations_imports": operations_imports(api),
        "errors_use_any": any(error_annotation(e) != "object" and uses_any(list(e.types)) for e in api.error_classes),
    }
    files = {name: env.get_template(f"package/{name}.jinja").render(context) for name in PACKAGE_FILES}
    files["py.typed"] = header(api) + "\n"
    files["README.md"] = env.get_template("package/README.md.jinja").render(context | {"header": header(api, "<!--")})
    return files
