"""Every operation of a generated client against Prism in dynamic mode (`prism mock -d`).

Each operation is called with its required parameters and request body, made valid from the
schemas (see `instances`) and turned into the typed arguments the method takes by the same
decoders the generated code uses. Then:

- Prism must accept the request: no error status, no request violation in `sl-violations`;
- the response must decode, and its JSON form (`to_dict()` for models) must equal the JSON
  Prism sent (formats aside: `tests.json_compare.comparable_json`);
- a response that does not decode, where Prism's body does not fit the spec's own schema
  either (checked with openapi-schema-validator), is Prism's fault: reported, and counted
  neither as a pass nor as a failure.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import httpx

from generator import codec, ir
from generator.load import load_document
from generator.openapi import resolve
from tests.json_compare import same_json
from tests.prism import prism_mock

from .corpus import CorpusSpec
from .instances import Instances, NoInstance

Verdict = Literal["ok", "prism-fault", "failed"]
TIMEOUT = httpx.Timeout(60.0, connect=10.0)
CREDENTIAL = "test-credential-0123456789"


@dataclass
class Outcome:
    operation: str
    verdict: Verdict
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.operation}: {self.verdict}" + (f": {self.detail}" if self.detail else "")


@dataclass
class SweepResult:
    spec: str
    outcomes: list[Outcome] = field(default_factory=list[Outcome])

    def count(self, verdict: Verdict) -> int:
        return sum(1 for outcome in self.outcomes if outcome.verdict == verdict)

    @property
    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.verdict == "failed"]


def sample(names: list[str], size: int) -> list[str]:
    """A deterministic spread of `size` operations: every k-th in sorted order."""
    ordered = sorted(names)
    if len(ordered) <= size:
        return ordered
    step = len(ordered) / size
    return [ordered[int(index * step)] for index in range(size)]


class _Violations:
    """Prism's findings (`sl-violations`) of each answer, by request."""

    def __init__(self) -> None:
        self.last: list[dict[str, Any]] = []

    def __call__(self, response: httpx.Response) -> None:
        self.last = _violations(response.headers.get("sl-violations", ""))


def _violations(header: str) -> list[dict[str, Any]]:
    """The header's findings; Prism cuts a long list short after "Too many violations! "."""
    text = header.removeprefix("Too many violations! ")
    if not text:
        return []
    try:
        found: list[dict[str, Any]] = json.loads(text)
        return found
    except ValueError:
        if '"location":["request"' in text:
            return [{"location": ["request"], "message": f"(cut short) {text[:1000]}"}]
        return [{"location": ["response"], "message": "(cut short)"}]


MULTIPART_JSON = (
    "Prism reads every multipart part as text, so it refuses the object parts OpenAPI sends as "
    "application/json (stoplightio/prism#2380); the body was checked valid against its schema before sending"
)


def _unread_json_parts(operation: ir.Operation, body: bytes) -> bool:
    """A multipart request Prism refused only because it did not parse its JSON parts."""
    if operation.body is None or operation.body.kind != "multipart":
        return False
    try:
        problems = json.loads(body).get("validation") or []
    except (ValueError, AttributeError):
        return False
    return bool(problems) and all(
        problem.get("code") == "type"
        and problem.get("location", [None])[0] == "body"
        and str(problem.get("message", "")).endswith(("must be object", "must be array"))
        for problem in problems
    )


def to_json(value: Any) -> Any:
    """What the typed result is as JSON: models by their own `to_dict()`."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def first_difference(left: Any, right: Any, path: str = "") -> str:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                return f"{path}/{key}: only in {'Prism' if key in right else 'to_dict()'}"
            if not same_json(left[key], right[key]):
                return first_difference(left[key], right[key], f"{path}/{key}")
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right)):
            if not same_json(a, b):
                return first_difference(a, b, f"{path}/{index}")
    return f"{path or '/'}: to_dict() {json.dumps(left, default=str)[:200]} != Prism {json.dumps(right, default=str)[:200]}"


class Sweep:
    """Calls operations of one generated package against one running Prism."""

    def __init__(self, spec: CorpusSpec, api: ir.Api, out: Path) -> None:
        self.spec = spec
        self.api = api
        self.document = load_document(spec.path).data
        self.repaired = repaired(self.document)
        self.instances = Instances(self.repaired)
        if str(out) not in sys.path:
            sys.path.insert(0, str(out))
        self.package: ModuleType = importlib.import_module(spec.package)
        self.namespace = {"models": self.package.models, "_rt": self.package.runtime}
        self.operations = {operation.python_name: operation for operation in api.operations}

    def credentials(self) -> dict[str, str]:
        return {c.python_name: CREDENTIAL for scheme in self.api.security_schemes for c in scheme.credentials}

    def run(self, names: list[str], seed: str | None = None) -> SweepResult:
        """Calls `names` against one Prism; with a `seed`, Prism's bodies are the same every run."""
        result = SweepResult(self.spec.name)
        violations = _Violations()
        seeded = ("--seed", seed) if seed else ()
        with tempfile.TemporaryDirectory(prefix="prism-") as scratch, prism_mock(
            prism_document(self.spec.path, self.document, self.repaired, Path(scratch)), "-d", *seeded, ready_timeout=180
        ) as base_url, httpx.Client(
            timeout=TIMEOUT, event_hooks={"response": [violations]}
        ) as http:
            client = self.package.Client(**self.credentials(), base_url=base_url, httpx_client=http, max_retries=0)
            for name in names:
                result.outcomes.append(self.call(client, self.operations[name], violations))
        return result

    def call(self, client: Any, operation: ir.Operation, violations: _Violations) -> Outcome:
        name = operation.python_name
        try:
            arguments = self.arguments(operation)
        except NoInstance as error:
            return Outcome(name, "failed", f"no valid request could be made: {error}")
        try:
            with warnings.catch_warnings():  # a deprecated operation is still called
                warnings.simplefilter("ignore", DeprecationWarning)
                raw = getattr(client.with_raw_response, name)(**arguments)
        except self.package.ApiError as error:
            if _unread_json_parts(operation, error.body):
                return Outcome(name, "prism-fault", MULTIPART_JSON)
            return Outcome(name, "failed", f"Prism refused the request: {error}; body {error.body[:500]!r}")
        except self.package.ClientError as error:
            return Outcome(name, "failed", f"{type(error).__name__}: {error}")
        sent = [v for v in violations.last if "request" in v.get("location", [])]
        if sent:
            return Outcome(name, "failed", f"Prism found the request invalid: {sent[:3]}")
        return self.check_response(operation, raw)

    def check_response(self, operation: ir.Operation, raw: Any) -> Outcome:
        name = operation.python_name
        body = raw.content
        try:
            parsed = raw.parsed
        except self.package.DecodeError as error:
            problems = self.prism_body_problems(operation, raw.status_code, body)
            if problems:
                return Outcome(
                    name, "prism-fault", f"Prism's {raw.status_code} body does not fit its schema: {problems[:3]}; so: {error}"
                )
            return Outcome(name, "failed", f"valid {raw.status_code} body did not decode: {error}")
        if not body:
            return Outcome(name, "ok") if parsed is None else Outcome(name, "failed", f"no body, but {parsed!r}")
        try:
            sent = json.loads(body)
        except ValueError:
            sent = raw.http_response.text if isinstance(parsed, str) else body
            return Outcome(name, "ok") if parsed == sent else Outcome(name, "failed", f"{parsed!r} != {sent!r}")
        if same_json(to_json(parsed), sent):
            return Outcome(name, "ok")
        difference = first_difference(to_json(parsed), sent)
        problems = self.prism_body_problems(operation, raw.status_code, body)
        if problems:
            return Outcome(
                name, "prism-fault", f"Prism's {raw.status_code} body does not fit its schema: {problems[:3]}; so: {difference}"
            )
        return Outcome(name, "failed", f"round trip differs at {difference}")

    # -- the request ---------------------------------------------------------------------------

    def raw_operation(self, operation: ir.Operation) -> tuple[dict[str, Any], dict[str, Any]]:
        item = resolve(self.document, self.document["paths"][operation.path])
        return item, item[operation.method.lower()]

    def raw_parameters(self, operation: ir.Operation) -> dict[tuple[str, str], dict[str, Any]]:
        item, raw = self.raw_operation(operation)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in list(item.get("parameters") or []) + list(raw.get("parameters") or []):
            parameter = resolve(self.document, parameter)
            found[(parameter["name"], parameter["in"])] = parameter
        return found

    def arguments(self, operation: ir.Operation) -> dict[str, Any]:
        arguments: dict[str, Any] = {}
        raw_parameters = self.raw_parameters(operation)
        for parameter in operation.parameters:
            if not parameter.required:
                continue
            raw = raw_parameters.get((parameter.wire_name, parameter.location), {})
            media: dict[str, Any] = next(iter((raw.get("content") or {}).values()), {})
            schema = raw.get("schema") or media.get("schema") or {"type": "string"}
            value = self.instances.value(schema, _examples(raw, schema), write=True)
            arguments[parameter.python_name] = self.typed(parameter.type, value)
        body = operation.body
        if body is not None and body.required:
            _, raw = self.raw_operation(operation)
            request_body = resolve(self.document, raw["requestBody"])
            media = request_body["content"][body.media_type]
            schema = media.get("schema") or {}
            value = self.instances.value(schema, _examples(media, schema), write=True)
            arguments[body.python_name] = self.typed(body.type, value)
        return arguments

    def typed(self, type_: ir.TypeRef, value: Any) -> Any:
        """JSON → the typed argument, by the decoder the generated code has for the type."""
        decoder: Callable[[Any], Any] = eval(f"lambda value: {codec.decode(type_, 'value', 'models.')}", self.namespace)
        return decoder(value)

    def prism_body_problems(self, operation: ir.Operation, status: int, body: bytes) -> list[str]:
        """Why Prism's body does not fit the schema the spec gives for its status ([] if it does)."""
        _, raw = self.raw_operation(operation)
        responses = raw.get("responses") or {}
        response = next(
            (responses[key] for key in (str(status), f"{str(status)[0]}XX", "default") if key in responses), None
        )
        response = resolve(self.document, response) or {}
        media = next(iter((response.get("content") or {}).values()), None)
        if not isinstance(media, dict) or "schema" not in media:
            return []
        try:
            data = json.loads(body)
        except ValueError:
            return ["not JSON"]
        return self.instances.errors(data, self.instances.document_part(media["schema"]), write=False)


def prism_document(path: Path, document: dict[str, Any], repaired: dict[str, Any], scratch: Path) -> Path:
    """The spec as Prism can load it offline: the spec itself, unless Prism would stop on it.

    Two things stop it, both in Square's spec: a `$ref` whose target does not exist (the
    generator, with --lenient, types it as Any: here it becomes `{}`, any value, the same),
    and `$ref` keys inside example data pointing at other documents, which Prism's resolver
    would download (those examples are left out; Prism in dynamic mode does not use them).
    The copy is written to `scratch`, never into the repository.
    """
    if repaired == document:
        return path
    copy = scratch / path.name
    copy.write_text(json.dumps(repaired), encoding="utf-8")
    return copy


def repaired(document: dict[str, Any]) -> dict[str, Any]:
    """The document as Prism is given it (see `prism_document`)."""
    result: dict[str, Any] = _repaired(document, document)
    return result


def _repaired(node: Any, document: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#") and resolve(document, {"$ref": reference}) is None:
            node = {key: value for key, value in node.items() if key != "$ref"}
        return {
            key: _repaired(value, document)
            for key, value in node.items()
            if not (key in ("example", "examples") and _remote_ref(value))
        }
    if isinstance(node, list):
        return [_repaired(item, document) for item in node]
    return node


def _remote_ref(node: Any) -> bool:
    if isinstance(node, dict):
        reference = node.get("$ref")
        return (isinstance(reference, str) and not reference.startswith("#")) or any(_remote_ref(v) for v in node.values())
    return isinstance(node, list) and any(_remote_ref(item) for item in node)


def _examples(holder: dict[str, Any], schema: dict[str, Any]) -> Iterator[Any]:
    if "example" in holder:
        yield holder["example"]
    for example in (holder.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            yield example["value"]
    if isinstance(schema, dict) and "example" in schema:
        yield schema["example"]
