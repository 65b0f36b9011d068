# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Checks one HTTP request against the spec, as a validating mock server would.

Finds the operation by method and path template, then checks what a server checks before
answering: path, query, header and cookie parameters (present when required, of their
type, within their bounds and enum), credentials in the documented place, the `Accept`
header, and the body against its schema. What it reads is returned decoded, keyed by the
client's argument names, for the test kit to record.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any, Final
from urllib.parse import parse_qsl, unquote

import httpx

from .decoding import is_object
from .schema_check import Schemas, from_text, problems, resolve, types_of
from .spec import ApiSpec, BodySpec, OperationSpec, ParameterSpec, SchemeSpec

_DELIMITERS: Final = {"spaceDelimited": " ", "pipeDelimited": "|"}


class RequestViolation(AssertionError):
    """A request the spec does not allow: names the operation, where, and the rule broken.

    An AssertionError, so that a test making such a request fails, as it should: the real
    API would have refused it.
    """

    def __init__(self, operation: str, where: str, rule: str, message: str) -> None:
        super().__init__(f"{operation}: {where}: {message} [{rule}]")
        self.operation, self.where, self.rule = operation, where, rule


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed: its operation, its arguments decoded (None: not sent), its body."""

    operation: OperationSpec
    arguments: dict[str, object]
    body: object
    path: str  # the path below the base URL, with its raw query


def check_request(api: ApiSpec, base_url: httpx.URL, request: httpx.Request) -> CheckedRequest:
    """The request decoded, or RequestViolation for the first rule it breaks."""
    path = _below_base(base_url, request)
    operation, path_values = _route(api, request.method, path.partition("?")[0])
    checker = _Checker(api, operation, request, path_values)
    arguments = checker.parameters()
    checker.credentials()
    checker.accept()
    return CheckedRequest(operation, arguments, checker.body(), path)


def _below_base(base_url: httpx.URL, request: httpx.Request) -> str:
    url = request.url
    base_path = base_url.raw_path.decode("ascii").rstrip("/")
    raw_path = url.raw_path.decode("ascii")
    same_origin = (url.scheme, url.host, url.port) == (
        base_url.scheme,
        base_url.host,
        base_url.port,
    )
    if not same_origin or not raw_path.startswith(base_path + "/"):
        raise RequestViolation(
            f"{request.method} {url}",
            "URL",
            "server",
            f"is not below the fake's base URL {base_url}",
        )
    return raw_path[len(base_path) :]


def _template(path: str) -> tuple[re.Pattern[str], list[str]]:
    """A path template as a regular expression (one segment per parameter) and its parameter names."""
    parts = re.split(r"\{([^}/]+)\}", path)  # literal, name, literal, name, ..., literal
    names = parts[1::2]
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<p{index // 2}>[^/]+)"
        for index, part in enumerate(parts)
    )
    return re.compile(pattern + r"\Z"), names


def _route(api: ApiSpec, method: str, raw_path: str) -> tuple[OperationSpec, dict[str, str]]:
    """The operation whose template matches (fewest parameters first) and its path values."""
    matched: list[tuple[OperationSpec, dict[str, str]]] = []
    for operation in sorted(api.operations, key=lambda op: op.path.count("{")):
        pattern, names = _template(operation.path)
        found = pattern.match(raw_path)
        if found is not None:
            matched.append(
                (operation, {name: unquote(found.group(f"p{i}")) for i, name in enumerate(names)})
            )
    for operation, values in matched:
        if operation.method == method.upper():
            return operation, values
    where = f"{method} {raw_path}"
    if matched:
        documented = ", ".join(sorted({f"{op.method} {op.path}" for op, _ in matched}))
        raise RequestViolation(where, "method", "method", f"the spec documents only {documented}")
    raise RequestViolation(where, "path", "path", "no operation of the spec has this path")


class _Checker:
    def __init__(
        self,
        api: ApiSpec,
        operation: OperationSpec,
        request: httpx.Request,
        path_values: Mapping[str, str],
    ) -> None:
        self.api, self.operation, self.request = api, operation, request
        self.schemas: Schemas = api.schemas
        self.path_values = path_values

    def fail(self, where: str, rule: str, message: str) -> RequestViolation:
        return RequestViolation(self.operation.title, where, rule, message)

    # -- parameters ----------------------------------------------------------------------

    def parameters(self) -> dict[str, object]:
        arguments: dict[str, object] = {}
        for parameter in self.operation.parameters:
            where = f"{parameter.location} parameter {parameter.wire_name!r}"
            value = self.read(parameter)
            if value is None:
                if parameter.required:
                    raise self.fail(where, "required", "is required but was not sent")
                arguments[parameter.name] = None
                continue
            found = problems(value, parameter.schema, self.schemas)
            if found:
                problem = found[0]
                at = f"{where} at {problem.path}" if problem.path else where
                raise self.fail(at, problem.rule, problem.message)
            arguments[parameter.name] = value
        return arguments

    def read(self, parameter: ParameterSpec) -> object:
        """The parameter's value as JSON, or None when the request does not carry it."""
        texts = self.texts(parameter)
        if texts is None:
            return None
        schema = resolve(parameter.schema, self.schemas)
        if "array" in types_of(schema):
            exploded = (
                parameter.location in ("query", "cookie")
                and parameter.explode
                and parameter.style == "form"
            )
            if len(texts) == 1 and not exploded:
                texts = [
                    text.strip() for text in texts[0].split(_DELIMITERS.get(parameter.style, ","))
                ]
            return [from_text(text, schema.get("items"), self.schemas) for text in texts]
        if parameter.style == "deepObject" and parameter.location == "query":
            return self.deep_object(parameter, schema)
        return from_text(texts[-1], schema, self.schemas)

    def texts(self, parameter: ParameterSpec) -> list[str] | None:
        name = parameter.wire_name
        if parameter.location == "path":
            return [self.path_values[name]] if name in self.path_values else None
        if parameter.location == "header":
            value = self.request.headers.get(name)
            return None if value is None else [value]
        if parameter.location == "cookie":
            morsel = SimpleCookie(self.request.headers.get("cookie", "")).get(name)
            return None if morsel is None else [morsel.value]
        if parameter.style == "deepObject":
            prefix = name + "["
            found = [key for key in self.request.url.params if key.startswith(prefix)]
            return found or None
        values = self.request.url.params.get_list(name)
        return values or None

    def deep_object(self, parameter: ParameterSpec, schema: Mapping[str, Any]) -> dict[str, object]:
        properties = schema.get("properties")
        known: Mapping[str, Any] = properties if is_object(properties) else {}
        prefix = parameter.wire_name + "["
        return {
            key[len(prefix) : -1]: from_text(value, known.get(key[len(prefix) : -1]), self.schemas)
            for key, value in self.request.url.params.multi_items()
            if key.startswith(prefix) and key.endswith("]")
        }

    # -- credentials -----------------------------------------------------------------------

    def credentials(self) -> None:
        alternatives = self.operation.security
        if not alternatives:
            return
        for alternative in alternatives:
            schemes = [self.api.scheme(name) for name in alternative]
            if all(scheme is None or self.carries(scheme) for scheme in schemes):
                return
        expected = " or ".join(
            " + ".join(
                scheme.describe() for name in alternative if (scheme := self.api.scheme(name))
            )
            for alternative in alternatives
        )
        raise self.fail(
            "credentials",
            "security",
            f"none of the documented credentials was sent (expected {expected})",
        )

    def carries(self, scheme: SchemeSpec) -> bool:
        """Whether the credential is where the scheme says; its value is not checked.

        HTTP scheme names are compared as written (`Bearer`, `Basic`, `OAuth`), as Prism does.
        """
        request = self.request
        if scheme.kind == "api_key_header":
            return bool(request.headers.get(scheme.parameter))
        if scheme.kind == "api_key_query":
            return bool(request.url.params.get(scheme.parameter))
        if scheme.kind == "api_key_cookie":
            return scheme.parameter in SimpleCookie(request.headers.get("cookie", ""))
        authorization = request.headers.get("authorization", "")
        kind, _, credentials = authorization.partition(" ")
        if scheme.kind == "http_bearer":
            return kind == "Bearer" and bool(credentials.strip())
        if scheme.kind == "http_basic":
            return kind == "Basic" and _is_basic(credentials.strip())
        return kind == "OAuth" and "oauth_signature" in credentials

    # -- accept and body -------------------------------------------------------------------

    def accept(self) -> None:
        """Refuses an `Accept` header that admits none of the documented media types (406)."""
        documented = {
            response.media_type for response in self.operation.responses if response.media_type
        }
        accept = self.request.headers.get("accept")
        if not documented or not accept:
            return
        ranges = [item.split(";")[0].strip().lower() for item in accept.split(",")]
        if not any(_admits(accepted, media) for accepted in ranges for media in documented):
            shown = ", ".join(sorted(documented))
            raise self.fail(
                "header 'Accept'",
                "accept",
                f"{accept!r} admits none of the documented media types ({shown})",
            )

    def body(self) -> object:
        spec = self.operation.body
        content = self.request.content
        if spec is None:
            return None
        if not content:
            if spec.required:
                raise self.fail("body", "required", "a request body is required but none was sent")
            return None
        media_type = self.request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != spec.media_type.lower():
            raise self.fail(
                "header 'Content-Type'",
                "content-type",
                f"{media_type!r} is not the documented {spec.media_type!r}",
            )
        value = self.decode_body(spec, content)
        found = problems(value, spec.schema, self.schemas)
        if found:
            problem = found[0]
            raise self.fail(
                f"body at {problem.path}" if problem.path else "body", problem.rule, problem.message
            )
        return value

    def decode_body(self, spec: BodySpec, content: bytes) -> object:
        if spec.media_type == "application/x-www-form-urlencoded":
            pairs = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
            return _form_value(pairs, spec.schema, self.schemas)
        try:
            parsed: object = json.loads(content)
        except ValueError as error:
            raise self.fail("body", "json", f"is not JSON: {error}") from None
        return parsed


def _admits(accepted: str, media_type: str) -> bool:
    if accepted in ("*/*", media_type.lower()):
        return True
    kind, _, sub = accepted.partition("/")
    return sub == "*" and media_type.lower().startswith(kind + "/")


def _is_basic(token: str) -> bool:
    try:
        return ":" in base64.b64decode(token, validate=True).decode("utf-8")
    except ValueError:
        return False


def _form_value(pairs: list[tuple[str, str]], schema: object, schemas: Schemas) -> object:
    """Form fields (`a[b][0]=x`) back as the JSON object they encode, leaves typed by the schema."""
    tree: dict[str, Any] = {}
    for key, text in pairs:
        tokens = re.findall(r"[^\[\]]+", key) or [key]
        node: dict[str, Any] = tree
        for token in tokens[:-1]:
            child = node.get(token)
            node = node.setdefault(token, {}) if is_object(child) or child is None else {}
        node[tokens[-1]] = text
    return _typed(tree, schema, schemas)


def _typed(value: object, schema: object, schemas: Schemas) -> object:
    resolved = resolve(schema, schemas)
    if not is_object(value):
        return from_text(str(value), resolved, schemas)
    if "array" in types_of(resolved):
        order = sorted(value, key=lambda key: int(key) if key.isdigit() else len(value))
        return [_typed(value[key], resolved.get("items"), schemas) for key in order]
    properties = resolved.get("properties")
    known: Mapping[str, Any] = properties if is_object(properties) else {}
    extra = resolved.get("additionalProperties")
    return {key: _typed(item, known.get(key, extra), schemas) for key, item in value.items()}
