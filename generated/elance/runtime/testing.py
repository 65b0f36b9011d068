# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""The fake API of the test kit: an httpx transport that answers from the spec and checks requests.

A package's `testing` module subclasses `FakeApi` with one typed `Operation` attribute per
operation. The fake plugs into `Client` and `AsyncClient` as the transport of their
`httpx_client`; each request is checked against the spec (a broken rule raises
`RequestViolation` in the test instead of being answered), recorded in `calls` with its
decoded arguments, and answered with what the test scripted, else the spec's example.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Generic, Self, TypeGuard, TypeVar, cast
from urllib.parse import urlencode

import httpx

from .decoding import is_array, is_object
from .model import Model
from .request import json_text
from .request_check import CheckedRequest, RequestViolation, check_request
from .samples import SampleError, minimal
from .schema_check import REF_PREFIX, problems
from .spec import (
    ApiSpec,
    BodySpec,
    OperationSpec,
    PaginationSpec,
    ParameterSpec,
    ResponseSpec,
    SchemeSpec,
    read_spec,
)

__all__ = [
    "ApiSpec",
    "BodySpec",
    "Call",
    "FakeApi",
    "InvalidAnswer",
    "Operation",
    "OperationSpec",
    "PagedOperation",
    "PaginationSpec",
    "ParameterSpec",
    "RequestViolation",
    "ResponseSpec",
    "SampleError",
    "SchemeSpec",
    "example",
    "read_spec",
]

T = TypeVar("T")
I = TypeVar("I")
A = TypeVar("A", bound=Mapping[str, object])
M = TypeVar("M", bound=Model)


class InvalidAnswer(ValueError):
    """A scripted answer the spec does not allow (pass `validate=False` to send it anyway)."""


class _Default:
    """The type of `DEFAULT`: an argument left to the spec."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = _Default()


@dataclass(frozen=True)
class Call(Generic[A]):
    """One request the fake answered: the operation, its arguments decoded, its body."""

    operation: str
    arguments: A
    """Every parameter under the client's argument name: its JSON value, or None if not sent."""
    body: object
    request: httpx.Request


@dataclass(frozen=True)
class _Answer:
    status: int
    body: object  # parsed JSON; _NO_BODY for an empty body
    media_type: str | None
    headers: Mapping[str, str]


@dataclass
class _Pages:
    pages: list[dict[str, Any]]  # page bodies without their `next` link
    pagination: PaginationSpec
    media_type: str | None
    headers: Mapping[str, str]
    tokens: list[str] = field(default_factory=list[str])


_NO_BODY: Final = object()


def _status(response: ResponseSpec) -> int:
    return int(response.status) if response.status.isdigit() else 200


def example(spec: ApiSpec, model: type[M]) -> M:
    """An instance of `model` from the spec's examples, else the minimal valid one."""
    name = spec.schema_of(model)
    if name is None:
        raise TypeError(f"{model.__name__} is not a model of the {spec.title} API")
    examples = spec.examples
    value = (
        examples[name] if name in examples else minimal({"$ref": REF_PREFIX + name}, spec.schemas)
    )
    return model.from_dict(copy.deepcopy(value))


class FakeApi(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An API that answers from its spec, offline: an httpx transport for sync and async clients.

    Every request is checked against the spec first; one the spec does not allow raises
    `RequestViolation` (an AssertionError) naming the operation, the parameter and the rule,
    and is also kept in `violations`: where the code under test swallows exceptions,
    `assert not fake.violations` still catches it.
    """

    def __init__(self, spec: ApiSpec, base_url: str) -> None:
        self.spec = spec
        self.base_url = base_url
        self.calls: list[Call[Mapping[str, object]]] = []
        """Every answered request, in order, across operations."""
        self.violations: list[RequestViolation] = []
        """Every request the spec did not allow, in order (each was also raised)."""

    def operation(self, name: str) -> Operation[Any, Any]:
        """The operation attribute for an operation name of the spec."""
        for value in vars(self).values():
            if _is_operation(value) and value.spec.name == name:
                return value
        raise KeyError(name)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            checked = check_request(self.spec, httpx.URL(self.base_url), request)
        except RequestViolation as violation:
            self.violations.append(violation)
            raise
        call = Call[Mapping[str, object]](
            checked.operation.name, checked.arguments, checked.body, request
        )
        self.calls.append(call)
        return self.operation(checked.operation.name).answer(checked, call)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


class Operation(Generic[T, A]):
    """One operation of a `FakeApi`: what it answers, and the calls it received.

    Unscripted, it answers with the spec's example of its success response; where the spec
    has none, with the minimal valid body its schema allows; where it has no schema either,
    with what the client accepts (JSON null for a JSON response, else an empty body). A
    paginated operation answers one page, its `next` link null.

    Scripted answers (`returns`, `returns_json`, `fails`, `pages`) are served in order, one per
    request; the last one keeps answering. Each returns the operation, so they chain:
    `fake.get_payment.fails(503).returns(payment)`.

    A call passing the operation's projection parameter (Oracle's `fields=name,paymentItem`)
    gets its success answer as such a server gives it: only the top-level fields it names.
    """

    def __init__(self, fake: FakeApi, name: str, encode: Callable[[T], object]) -> None:
        self.spec: OperationSpec = fake.spec.operation(name)
        self.calls: list[Call[A]] = []
        """The requests this operation answered, in order."""
        self._fake, self._encode = fake, encode
        self._answers: list[_Answer | _Pages] = []
        self._cursors: dict[str, tuple[_Pages, int]] = {}

    @property
    def last_call(self) -> Call[A]:
        """The latest call; an AssertionError if there was none."""
        if not self.calls:
            raise AssertionError(f"{self.spec.title} was not called")
        return self.calls[-1]

    def returns(self, value: T, *, headers: Mapping[str, str] | None = None) -> Self:
        """Answer with `value`, the operation's success type, as its success response."""
        success = self.spec.success
        if success.media_type is None:  # no content documented: `value` is None
            self._answers.append(_Answer(_status(success), _NO_BODY, None, dict(headers or {})))
            return self
        return self.returns_json(self._encode(value), headers=headers)

    def returns_json(
        self,
        body: object,
        *,
        status: int | None = None,
        validate: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """Answer with this JSON body (the success status unless `status` is given).

        The body is checked against the schema documented for that status; `validate=False`
        sends it as it is, e.g. to see how your code copes with a field the API renamed.
        """
        response = self.spec.success if status is None else self.spec.response(status)
        answered = _status(self.spec.success) if status is None else status
        if validate:
            self._check(body, response, answered)
        media_type = response.media_type if response else "application/json"
        self._answers.append(_Answer(answered, body, media_type, dict(headers or {})))
        return self

    def fails(
        self,
        status: int,
        body: object = DEFAULT,
        *,
        validate: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """Answer with an error status; the client raises its error class for that status.

        The body defaults to the spec's example for the status (else a minimal valid one, else
        none); a given body (JSON or a model) is checked against the documented schema
        unless `validate=False`.
        """
        if not 400 <= status <= 599:
            raise InvalidAnswer(
                f"{self.spec.title}: fails() takes a 4xx or 5xx status, not {status}"
            )
        response = self.spec.response(status)
        if isinstance(body, _Default):
            json_body = self._default_body(response) if response else _NO_BODY
        else:
            json_body = body.to_dict() if isinstance(body, Model) else body
            if validate:
                self._check(json_body, response, status)
        media_type = response.media_type if response else "application/json"
        self._answers.append(_Answer(status, json_body, media_type, dict(headers or {})))
        return self

    def reset(self) -> Self:
        """Forget the scripted answers: the operation answers with the spec's example again."""
        self._answers.clear()
        return self

    def _check(self, body: object, response: ResponseSpec | None, status: int) -> None:
        if response is None or response.schema is None:
            return
        found = problems(body, response.schema, self._fake.spec.schemas)
        if found:
            raise InvalidAnswer(
                f"{self.spec.title}: the answer does not fit the spec's {status} response: {found[0]}"
                " (pass validate=False to send it anyway)"
            )

    def _default_body(self, response: ResponseSpec) -> object:
        if response.examples:
            return copy.deepcopy(response.examples[0])
        if response.schema is not None:
            return minimal(response.schema, self._fake.spec.schemas)
        return None if response.media_type else _NO_BODY

    def _default(self) -> _Answer:
        success = self.spec.success
        body = self._default_body(success)
        pagination = self.spec.pagination
        if pagination is not None and is_object(body):
            body = {**body, pagination.next: None}
        return _Answer(_status(success), body, success.media_type, {})

    def answer(self, checked: CheckedRequest, call: Call[Mapping[str, object]]) -> httpx.Response:
        """Records a call the fake checked and answers it (the fake calls this for each request).

        A request whose cursor parameter names a page served earlier gets the page after
        it; any other gets the next scripted answer.
        """
        self.calls.append(cast(Call[A], call))
        pagination = self.spec.pagination
        cursor = call.request.url.params.get(pagination.cursor) if pagination else None
        if cursor in self._cursors:
            pages, index = self._cursors[cursor]
            return self._page(pages, index, checked.path)
        if not self._answers:
            chosen: _Answer | _Pages = self._default()
        else:
            chosen = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        if isinstance(chosen, _Pages):
            chosen.tokens = [self._cursor(chosen, index) for index in range(1, len(chosen.pages))]
            return self._page(chosen, 0, checked.path)
        return _response(self._projected(chosen, call.arguments))

    def _projected(self, answer: _Answer, arguments: Mapping[str, object]) -> _Answer:
        """A success object cut down to the fields the projection parameter asks for, if passed."""
        projection = self.spec.projection
        asked = arguments.get(projection.name) if projection is not None else None
        if asked is None or not 200 <= answer.status < 300 or not is_object(answer.body):
            return answer
        names = {str(name) for name in asked} if is_array(asked) else set(str(asked).split(","))
        kept = {key: value for key, value in answer.body.items() if key in names}
        return replace(answer, body=kept)

    def _cursor(self, pages: _Pages, index: int) -> str:
        token = f"fake-cursor-{len(self._cursors) + 1}"
        self._cursors[token] = (pages, index)
        return token

    def _page(self, pages: _Pages, index: int, path: str) -> httpx.Response:
        following = None
        if index + 1 < len(pages.pages):
            following = _with_query(path, pages.pagination.cursor, pages.tokens[index])
        body = {**pages.pages[index], pages.pagination.next: following}
        return _response(_Answer(_status(self.spec.success), body, pages.media_type, pages.headers))


class PagedOperation(Operation[T, A], Generic[T, A, I]):
    """An operation with cursor pagination: `pages()` serves real pages the client follows."""

    def __init__(
        self,
        fake: FakeApi,
        name: str,
        encode: Callable[[T], object],
        encode_item: Callable[[I], object],
    ) -> None:
        super().__init__(fake, name, encode)
        self._encode_item = encode_item

    def pages(self, *pages: Sequence[I], headers: Mapping[str, str] | None = None) -> Self:
        """Answer with these pages of items, in order, each page's `next` link leading on.

        Every page is the spec's example page (or a minimal one) holding these items; the
        `next` link of the first page repeats the request's query with the cursor parameter
        set, so each follow-up call shows the same filters; the last page's link is null.
        """
        pagination = self.spec.pagination
        if pagination is None:
            raise InvalidAnswer(f"{self.spec.title} is not paginated")
        base = self._default().body
        template: dict[str, Any] = dict(base) if is_object(base) else {}
        bodies = [
            {**template, pagination.items: [self._encode_item(item) for item in page]}
            for page in pages
        ]
        for body in bodies or [template]:
            self._check(
                {**body, pagination.next: None}, self.spec.success, _status(self.spec.success)
            )
        answered = _Pages(
            bodies or [template], pagination, self.spec.success.media_type, dict(headers or {})
        )
        self._answers.append(answered)
        return self


def _is_operation(value: object) -> TypeGuard[Operation[Any, Any]]:
    return isinstance(value, Operation)


def _with_query(path: str, name: str, value: str) -> str:
    """`path` (with its query) with the query parameter `name` set to `value`."""
    bare, _, query = path.partition("?")
    pairs = [(key, item) for key, item in httpx.QueryParams(query).multi_items() if key != name]
    return f"{bare}?{urlencode([*pairs, (name, value)])}"


def _response(answer: _Answer) -> httpx.Response:
    headers = dict(answer.headers)
    if answer.body is _NO_BODY:
        return httpx.Response(answer.status, headers=headers)
    if not any(key.lower() == "content-type" for key in headers):
        headers["Content-Type"] = answer.media_type or "application/json"
    return httpx.Response(answer.status, headers=headers, content=json_text(answer.body).encode())
