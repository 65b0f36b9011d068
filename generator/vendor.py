"""The runtime a package ships: which modules of `generator/runtime/` it needs, copied as they are.

The runtime is ordinary Python, type-checked and tested where it lives; every package gets
byte-identical copies of the modules it uses, and only those: a package without pagination
carries no pagination code, one without OAuth 1.0a does not import oauthlib.
"""

from __future__ import annotations

import functools
from pathlib import Path

from . import ir

RUNTIME = Path(__file__).resolve().parent / "runtime"
CORE_MODULES = ("__init__", "auth", "clients", "decoding", "exceptions", "log", "model", "request", "unset")
# The test kit: every package ships it, but only its `testing` module imports it, so a
# client in production never loads a line of it.
TESTING_MODULES = ("request_check", "samples", "schema_check", "spec", "testing")

# Security scheme kind → (runtime module, credential class) that applies it.
CREDENTIAL_CLASSES: dict[ir.SecurityKind, tuple[str, str]] = {
    "api_key_header": ("api_key", "ApiKeyHeader"),
    "api_key_query": ("api_key", "ApiKeyQuery"),
    "api_key_cookie": ("api_key", "ApiKeyCookie"),
    "http_bearer": ("http_auth", "HttpBearer"),
    "http_basic": ("http_auth", "HttpBasic"),
    "oauth1": ("oauth1", "OAuth1HmacSha1"),
}


def optional_modules(api: ir.Api) -> tuple[str, ...]:
    """The runtime modules beyond the core that this API's features need, sorted."""
    needed = {CREDENTIAL_CLASSES[scheme.kind][0] for scheme in api.security_schemes}
    if any(operation.pagination for operation in api.operations):
        needed.add("pagination")
    if any(model.jsonapi_included for model in api.models):
        needed.add("jsonapi")
    return tuple(sorted(needed))


def credential_imports(api: ir.Api) -> list[str]:
    """`from .runtime.MODULE import CLASS, ...` lines for the credential classes a client builds."""
    by_module: dict[str, set[str]] = {}
    for scheme in api.security_schemes:
        module, name = CREDENTIAL_CLASSES[scheme.kind]
        by_module.setdefault(module, set()).add(name)
    return [f"from .runtime.{module} import {', '.join(sorted(names))}" for module, names in sorted(by_module.items())]


def runtime_files(api: ir.Api) -> dict[str, str]:
    """`runtime/<module>.py` → its source, for every module the package needs."""
    modules = CORE_MODULES + TESTING_MODULES + optional_modules(api)
    return {f"runtime/{name}.py": _source(name) for name in sorted(modules)}


@functools.cache
def _source(module: str) -> str:
    return (RUNTIME / f"{module}.py").read_text(encoding="utf-8")
