"""IR → file contents: the Jinja environment and its filters (black is `formatting.py`).

The templates get the IR (`api`) and its presentation (`shown`, see `present.py`): public
signatures come from the presentation, request building and model code from the IR through
the filters here and in `codec.py`. Spec text is quoted by `quoting.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path

import jinja2

from . import __version__, codec, ir, kit, present, split, vendor
from .layout import lay_out
from .openapi import is_json_media_type
from .quoting import docstring, markdown, prose, py_literal

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PACKAGE_FILES = ("__init__.py", "client.py", "errors.py", "operations.py", "testing.py")  # and the models (split.py)
PINNED_TOOLS = ("black", "datamodel-code-generator", "jinja2", "ruamel.yaml")


@functools.cache
def toolchain() -> str:
    """Versions of everything that shapes the output bytes, recorded in each file's header."""
    tools = ", ".join(f"{tool} {metadata.version(tool)}" for tool in PINNED_TOOLS)
    return f"generator {__version__} ({tools})"


# -- filters of operations.py and client.py ------------------------------------------------


def parameters_in(location: str) -> Callable[[ir.Operation], list[ir.Parameter]]:
    return lambda operation: [p for p in operation.parameters if p.location == location]


def accept_header(operation: ir.Operation) -> str:
    """The media types an operation documents for its answers, for the `Accept` header."""
    types: list[str] = []
    for response in (operation.success, *operation.successes, *operation.errors):
        if response.media_type and response.media_type not in types:
            types.append(response.media_type)
    return ", ".join(types) or "application/json"


def response_decoder(response: ir.Response) -> str:
    if response.type is None:
        return "_rt.no_content"
    return codec.decoder(response.type, "models.") or "_rt.identity"


def success_decoder(operation: ir.Operation) -> str:
    """The decoder of the success body; with a projection, the twin's when it is passed."""
    projection = operation.projection
    return _chosen_decoder(operation, operation.success, projection.success if projection else None)


def _chosen_decoder(operation: ir.Operation, response: ir.Response, projected: ir.Response | None) -> str:
    """The decoder of `response`, or an expression choosing the projected response's when
    the operation's projection argument is passed."""
    decoder = response_decoder(response)
    if operation.projection is None or projected is None:
        return decoder
    chosen = response_decoder(projected)
    return decoder if chosen == decoder else f"{decoder} if {operation.projection.parameter} is None else {chosen}"


def answer(operation: ir.Operation) -> str:
    """How the client reads a success body before decoding it: as JSON, text or bytes."""
    success = operation.success
    if success.media_type is None or is_json_media_type(success.media_type):
        return "json"
    return "text" if success.type == ir.ScalarType("str") else "bytes"


def other_successes(operation: ir.Operation) -> list[tuple[str, str]]:
    """(status key, decoder) of each 2xx response whose body is not the first one's."""
    first = response_decoder(operation.success)
    projected = operation.projection.successes[1:] if operation.projection else ()
    found = []
    for index, response in enumerate(operation.successes[1:]):
        if response_decoder(response) != first and response.status != "default":
            key = response.status if response.status.isdigit() else py_literal(response.status.upper())
            found.append((key, _chosen_decoder(operation, response, projected[index] if projected else None)))
    return found


def credential_constructor(scheme: ir.SecurityScheme) -> str:
    args = [f"_rt.require({py_literal(c.python_name)}, {c.python_name})" for c in scheme.credentials]
    if scheme.parameter_name:
        args.insert(0, py_literal(scheme.parameter_name))
    return f"{vendor.CREDENTIAL_CLASSES[scheme.kind][1]}({', '.join(args)})"


# -- environment and output ----------------------------------------------------------------


def model_imports(module: split.ModelModule) -> list[str]:
    """What one module of models needs for its annotations, and nothing more."""
    aliases = module.aliases + module.recursive_aliases
    types = [f.type for m in module.models for f in m.own_fields]
    types += [m.additional for m in module.models if not m.base]  # a subclass inherits the field
    types += [a.type for a in module.recursive_aliases]  # declared with markers, as fields are
    annotated = any(codec.uses_markers(type_) for type_ in types) or any(
        f.python_name != f.wire_name for m in module.models for f in m.own_fields
    )
    types += [a.type for a in module.aliases]  # declared as text without markers: names only
    typing_names = (("Annotated",) if annotated else ()) + (("TYPE_CHECKING",) if module.checking_imports else ())
    lines = present.type_imports(types, typing_names + (("TypeAlias",) if aliases else ()))
    if module.enums:
        lines.insert(len([line for line in lines if not line.startswith("from typing")]), "from enum import Enum")
    return lines


FILTERS: tuple[Callable[..., object], ...] = (
    lay_out,
    docstring,
    prose,
    markdown,
    codec.annotation,
    codec.recursive_alias_declarations,
    codec.encode,
    response_decoder,
    success_decoder,
    answer,
    other_successes,
    credential_constructor,
    accept_header,
    kit.wire_annotation,
    kit.fake_attribute,
    kit.arguments_class,
    kit.success_annotation,
)
"""The functions the templates call as filters, each by its own name."""


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    # A filter is named after its function; those below it are adapted to the templates' use.
    for function in FILTERS:
        env.filters[function.__name__] = function
    env.filters["py"] = py_literal
    env.filters["readme_py"] = lambda value: py_literal(value, black_style=False)
    for location in ("path", "query", "header", "cookie"):
        env.filters[f"{location}_parameters"] = parameters_in(location)
    env.filters.update(
        field_declaration=lambda field: present.public_field(field).declaration,
        field_default=lambda field: present.public_field(field).default,
        field_doc=lambda field: present.public_field(field).doc,
        path_styles=lambda operation: [
            p for p in parameters_in("path")(operation) if (p.style, p.explode) != ("simple", False)
        ],
    )
    return env


def header_lines(api: ir.Api) -> list[str]:
    return [
        "Generated from an OpenAPI document. Do not edit: run `make generate` instead.",
        f"Source: {prose(api.spec_path)} (sha256 {api.spec_sha256})",
        f"Generator: {toolchain()}",
    ]


def header(api: ir.Api, comment: str = "#") -> str:
    lines = header_lines(api)
    if comment == "#":
        return "\n".join(f"# {line}" for line in lines)
    return "<!--\n" + "\n".join(lines).replace("--", "- -") + "\n-->"


def render_package(api: ir.Api, env: jinja2.Environment | None = None) -> Iterator[tuple[str, str]]:
    """Every file of the package as (path, text), Python not yet formatted, one at a time:
    black (`formatting.Formatter`) starts on a module while the next one renders."""
    env = env or environment()
    features = vendor.optional_modules(api)
    shown = present.present(api)
    context = {
        "api": api,
        "shown": shown,
        "package": api.package,
        "version": api.version,
        "header": header(api),
        "uses_oauth1": "oauth1" in features,
        "uses_pagination": "pagination" in features,
        "uses_jsonapi": "jsonapi" in features,
        "credential_imports": vendor.credential_imports(api),
        "testing_imports": kit.testing_imports(api),
        "server_url": kit.server_url(api),
        "kit_example": kit.kit_example(api, shown),
    }
    for name in PACKAGE_FILES:
        yield name, env.get_template(f"package/{name}.jinja").render(context)
    modules = split.model_modules(api)
    models = env.get_template("package/models.py.jinja")
    for module in modules:
        path = "models.py" if not module.split else f"models/{module.name}.py"
        yield path, models.render(context | {"module": module, "imports": model_imports(module)})
    if len(modules) > 1:
        names = split.declared_names(modules)
        yield "models/__init__.py", env.get_template("package/models_init.py.jinja").render(
            context | {"modules": modules, "names": names}
        )
    yield kit.spec_json(api, header_lines(api))
    yield "py.typed", header(api) + "\n"
    yield "README.md", env.get_template("package/README.md.jinja").render(context | {"header": header(api, "<!--")})
