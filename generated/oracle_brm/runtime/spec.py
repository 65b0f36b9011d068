# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""The spec as the test kit reads it: operations, parameters, responses, credentials, schemas.

A package's `testing.json` holds it, generated from the same intermediate model as the
client, and its `testing` module reads it with `read_spec`; the fake API validates and
answers from it alone. It is data, not source: a large spec's schemas and examples run to
megabytes, which JSON loads in milliseconds and Python would compile for seconds.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, TypeAlias, TypeVar

from .model import Model
from .samples import component_examples

Location = Literal["path", "query", "header", "cookie"]
R = TypeVar("R")
Json: TypeAlias = "dict[str, Json] | list[Json] | str | int | float | bool | None"
"""Data as JSON holds it: schemas and examples."""


@dataclass(frozen=True)
class ParameterSpec:
    """One parameter: recorded under `name` (the client's keyword), sent as `wire_name`."""

    name: str
    wire_name: str
    location: Location
    required: bool
    schema: Json
    style: str = "form"
    explode: bool = True
    projection: bool = False  # `x-projection`: the answer holds only the fields it names


@dataclass(frozen=True)
class BodySpec:
    """A documented request body: the media type it is sent as, and the schema it must fit."""

    media_type: str
    required: bool
    schema: Json


@dataclass(frozen=True)
class ResponseSpec:
    """A documented response: `status` is "200", "404", "4XX" or "default"."""

    status: str
    media_type: str | None = None  # None: the response has no body
    schema: Json = None  # None: the spec gives no schema
    examples: tuple[Json, ...] = ()


@dataclass(frozen=True)
class PaginationSpec:
    """Cursor pagination, as the fake serves it: pages of items, each linking to the next."""

    next: str  # wire name of the page's field that links to the next page
    items: str  # wire name of the page's field that holds the items
    cursor: str  # the query parameter the link sets


@dataclass(frozen=True)
class SchemeSpec:
    """A security scheme: its kind and, for API keys, the header, query or cookie name."""

    name: str
    kind: str  # api_key_header, api_key_query, api_key_cookie, http_bearer, http_basic, oauth1
    parameter: str = ""

    def describe(self) -> str:
        if self.kind.startswith("api_key_"):
            return f"{self.kind.removeprefix('api_key_')} {self.parameter!r}"
        scheme = {"http_bearer": "Bearer", "http_basic": "Basic", "oauth1": "OAuth"}[self.kind]
        return f"Authorization: {scheme} ..."


@dataclass(frozen=True)
class OperationSpec:
    name: str
    method: str
    path: str
    responses: tuple[ResponseSpec, ...]  # the success response first
    parameters: tuple[ParameterSpec, ...] = ()
    body: BodySpec | None = None
    security: tuple[tuple[str, ...], ...] = ()  # alternatives, each a set of scheme names
    pagination: PaginationSpec | None = None

    @property
    def success(self) -> ResponseSpec:
        return self.responses[0]

    @property
    def projection(self) -> ParameterSpec | None:
        """The parameter that asks for some fields of the answer only, if there is one."""
        return next((parameter for parameter in self.parameters if parameter.projection), None)

    @property
    def title(self) -> str:
        return f"{self.name} ({self.method} {self.path})"

    def response(self, status: int) -> ResponseSpec | None:
        """The response documented for `status`: exact, then its range (`4XX`), then `default`."""
        for wanted in (str(status), f"{str(status)[0]}XX", "default"):
            for response in self.responses:
                if response.status.upper() == wanted:
                    return response
        return None


@dataclass(frozen=True)
class ApiSpec:
    title: str
    operations: tuple[OperationSpec, ...]
    schemes: tuple[SchemeSpec, ...] = ()
    schemas: Mapping[str, Json] = field(default_factory=dict[str, Json])
    models: Mapping[str, str] = field(default_factory=dict[str, str])
    """Each model class, by name → its schema's name in `schemas`."""
    package: str = ""
    """The package whose `models` these are ("": a spec built by hand)."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any], package: str = "") -> ApiSpec:
        """The spec a package's `testing.json` holds: the fields of each record, those left out
        at their default (as the generator's `kit.spec_json` writes it)."""
        fields = {key: value for key, value in data.items() if key != "$comment"} | {"package": package}
        return _record(
            cls,
            fields,
            operations=lambda operations: tuple(_operation(operation) for operation in operations),
            schemes=lambda schemes: tuple(SchemeSpec(**scheme) for scheme in schemes),
        )

    def schema_of(self, model: type[Model]) -> str | None:
        """The name in `schemas` of `model`'s schema; None for a class that is not one of
        this API's models (one of another package's, say, of the same name)."""
        models, module = f"{self.package}.models", model.__module__
        declared_here = not self.package or module == models or module.startswith(models + ".")
        return self.models.get(model.__name__) if declared_here else None

    def operation(self, name: str) -> OperationSpec:
        return next(operation for operation in self.operations if operation.name == name)

    @functools.cached_property
    def examples(self) -> dict[str, object]:
        """Component name → the spec's example of it, nested ones included (found on first use)."""
        pairs = [
            (value, response.schema)
            for operation in self.operations
            for response in operation.responses
            for value in response.examples
        ]
        return component_examples(pairs, self.schemas)

    def scheme(self, name: str) -> SchemeSpec | None:
        return next((scheme for scheme in self.schemes if scheme.name == name), None)


SPEC_FILE = "testing.json"


def read_spec(package: str | None) -> ApiSpec:
    """The spec of `package` (a generated package's `__package__`), from its `testing.json`."""
    if not package:
        raise ValueError("read_spec needs the package the test kit belongs to")
    try:
        text = resources.files(package).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{package}: {SPEC_FILE} is missing beside testing.py; the test kit reads the spec from it "
            "(vendor the whole generated folder, data files included)"
        ) from None
    return ApiSpec.from_json(json.loads(text), package)


def _operation(data: Mapping[str, Any]) -> OperationSpec:
    return _record(
        OperationSpec,
        data,
        responses=lambda responses: tuple(_record(ResponseSpec, response, examples=tuple) for response in responses),
        parameters=lambda parameters: tuple(ParameterSpec(**parameter) for parameter in parameters),
        body=lambda body: BodySpec(**body),
        security=lambda alternatives: tuple(tuple(names) for names in alternatives),
        pagination=lambda pagination: PaginationSpec(**pagination),
    )


def _record(cls: Callable[..., R], data: Mapping[str, Any], **read: Callable[[Any], Any]) -> R:
    """A record from its JSON object, each value through its reader in `read` where it has
    one (lists become tuples, objects records); a key left out is a field at its default,
    which `kit.spec_json` leaves out, so the defaults are the records' own, said once."""
    return cls(**{key: read[key](value) if key in read else value for key, value in data.items()})
