"""The generated clients against Stoplight Prism: real HTTP, an independent validator.

For each package one Prism is started from its spec on 127.0.0.1, once in static mode
(serves the documented examples) and once in dynamic mode (`-d`, invents schema-valid
bodies), and the generated `Client` is driven over real HTTP:

- static: every operation, called with valid arguments and credentials, returns the
  documented example, parsed into its typed model (values checked field by field); each
  documented error status, asked for with `Prefer: code=...`, raises the typed exception
  carrying the parsed error model;
- dynamic: 50 calls per operation (and a few per documented error status) must all parse
  and round-trip through `to_dict()`;
- every request is validated by Prism: a response carrying Prism's `sl-violations` header
  (the same findings it logs as request/response violations) fails the test, and so does
  any status other than the one asked for (Prism refuses invalid requests with 4xx).

Prism 5 cannot check Elance's OAuth 1.0a scheme (`type: http, scheme: OAuth`) and says so
with one warning on every request; that exact warning is allowed and nothing else (the
signature itself is verified by oauthlib in test_generated_clients.py).

Each test starts its own Prism (about 2 s), so under `pytest -n 2` no server is started
twice; every call has a timeout and retries are off, so nothing can hang.
`dynamic --seed` is not used: Prism 5 re-seeds json-schema-faker on every request, so a
seeded server answers 50 identical bodies; a failing body is shown in full instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import importlib
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.json_compare import same_json
from tests.prism import prism_mock
from tests.packages import CHECKS, PACKAGES, pkg, spec
from tests.paths import SPECS

DYNAMIC_CALLS = 50  # per operation
DYNAMIC_ERROR_CALLS = 5  # per documented error status
TIMEOUT = httpx.Timeout(10.0)

# Prism's own words for the one check it cannot make (see the module docstring).
ALLOWED_VIOLATIONS = {
    "elance": [
        {
            "location": ["request"],
            "severity": "Warning",
            "message": "We currently do not support this type of security scheme: http/oauth",
        }
    ],
}

# Placeholders: Prism checks where credentials are sent, not their value.
CREDENTIALS: dict[str, dict[str, str]] = {
    "elance": {
        "consumer_key": "ck-prism",
        "consumer_secret": "cs-prism",
        "token": "988078256-prism",
        "token_secret": "ts-prism",
    },
    "activeplatform_v1": {"api_token": "654321"},
    "activeplatform_v3": {"api_token_header": "vY5fwetestK3gJXZH5uHCw"},
    "oracle_brm": {"bearer": "test-access-token"},
    "wepay": {"app_id": "123456", "app_token": "stage_token"},
}

# (package, operationId) -> valid argument sets; the first is the one the dynamic test uses.
CALLS: dict[tuple[str, str], list[dict[str, Any]]] = {
    ("elance", "getPayment"): [{"id": 10396168}, {"id": 1}],
    ("activeplatform_v1", "getPayment"): [{"id": 2007039}, {"id": 1}],
    ("activeplatform_v3", "getPayment"): [
        {"reseller_id": 1, "payment_id": 9714},
        {
            "reseller_id": 1,
            "payment_id": 9714,
            "include": ["invoices", "orders", "account", "payment_method", "reseller", "charges"],
        },
        {"reseller_id": 7, "payment_id": 1, "include": ["corrections"]},
    ],
    ("oracle_brm", "getPayment"): [
        {"id": "0.0.0.1+-item-payment+106589"},
        {"id": "0.0.0.1+-item-payment+84530", "type": "Payment", "fields": ["name", "paymentItem"]},
        {"id": "0.0.0.1+-item-payment+84530", "type": "PaymentOracle"},
        {"id": "0.0.0.1+-item-payment+84530", "fields": ["id", "status", "totalAmount"]},
        # Ids that need percent-encoding must still reach /payment/{id}.
        {"id": "a/b"},
        {"id": "with space and %"},
        {"id": "x?y=1#z"},
        {"id": "ünï€"},
        {"id": "a;b=c,d"},  # `,` separates array items in OpenAPI's style "simple"
    ],
    ("wepay", "listPayments"): [
        {},
        {"api_version": "3.0", "page_size": 1},
        {"page_size": 50, "create_time_start": 0, "create_time_end": 1510080179},
        {
            "page": "QVFQNUFB",
            "page_size": 20,
            "create_time_start": 1510079535,
            "create_time_end": 1510080179,
            "minimum_amount": 1,
            "maximum_amount": 99999,
            "owner_id": "be2b42e5-b808-40ae-9bbe-3291ab493f57",
            "payment_method_type": "payment_bank_ca",
            "payment_method_id": "00000000-6363-0000-0000-000008b93a6e",
            "status": "pending",
            "reference_id": "dfeb052b-ae8c-4a69-b909-8d9ecdd7c742",
            "expand": "payment_method",
            "unique_key": "uk-1",
        },
        {"status": "canceled", "payment_method_type": "credit_card", "owner_id": "a b&c=d,é+%"},
    ],
}

# The raw path (and query, when given) each argument set must put on the wire.
RAW_TARGETS: dict[tuple[str, str], list[str | None]] = {
    ("elance", "getPayment"): ["/pay/getPayment?id=10396168", "/pay/getPayment?id=1"],
    ("activeplatform_v1", "getPayment"): [
        "/api/vendor/v1/payments/2007039.json?api_token=654321",
        "/api/vendor/v1/payments/1.json?api_token=654321",
    ],
    ("activeplatform_v3", "getPayment"): [
        "/api/v3/resellers/1/payments/9714",
        "/api/v3/resellers/1/payments/9714?include=invoices,orders,account,payment_method,reseller,charges",
        "/api/v3/resellers/7/payments/1?include=corrections",
    ],
    ("oracle_brm", "getPayment"): [
        "/payment/0.0.0.1+-item-payment+106589",
        "/payment/0.0.0.1+-item-payment+84530?%40type=Payment&fields=name,paymentItem",
        "/payment/0.0.0.1+-item-payment+84530?%40type=PaymentOracle",
        "/payment/0.0.0.1+-item-payment+84530?fields=id,status,totalAmount",
        "/payment/a%2Fb",
        "/payment/with%20space%20and%20%25",
        "/payment/x%3Fy=1%23z",
        "/payment/%C3%BCn%C3%AF%E2%82%AC",
        None,  # how much of `;=,` is encoded is the client's choice, as long as Prism reads one string
    ],
    ("wepay", "listPayments"): [
        "/payments",  # page_size is optional: its default (10) is the server's, not sent
        "/payments?page_size=1",
        "/payments?page_size=50&create_time_start=0&create_time_end=1510080179",
        None,
        "/payments?owner_id=a%20b%26c%3Dd,%C3%A9%2B%25&payment_method_type=credit_card"
        "&status=canceled",
    ],
}


# -- the specs ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Operation:
    package: str
    operation_id: str
    method_name: str
    success_status: int
    media_type: str
    success_schema: str
    example: Any
    errors: dict[str, tuple[str, Any]]  # "404" or "default" -> (error schema name, example or None)
    projection: str | None = None  # the parameter marked x-projection: passed, the answer is a projected twin


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def schema_name(media: dict[str, Any]) -> str:
    return str(media["schema"]["$ref"]).rsplit("/", 1)[-1]


@cache
def operations(name: str) -> tuple[Operation, ...]:
    """Every operation of the spec, with its documented success example and error schemas."""
    found = []
    for item in spec(name)["paths"].values():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch", "head", "options"}:
                continue
            ((status, success),) = [(s, r) for s, r in op["responses"].items() if str(s).startswith("2")]
            ((media_type, media),) = success["content"].items()
            (example,) = [e["value"] for e in media["examples"].values()]
            errors = {}
            for code, response in op["responses"].items():
                if not str(code).startswith("2"):
                    (error_media,) = response["content"].values()
                    error_examples = [e["value"] for e in (error_media.get("examples") or {}).values()]
                    errors[str(code)] = (schema_name(error_media), next(iter(error_examples), None))
            found.append(
                Operation(
                    name,
                    op["operationId"],
                    snake(op["operationId"]),
                    int(status),
                    media_type,
                    schema_name(media),
                    example,
                    errors,
                    next((p["name"] for p in op.get("parameters") or [] if p.get("x-projection") is True), None),
                )
            )
    return tuple(found)


def error_statuses(operation: Operation) -> list[tuple[int, str, str, Any]]:
    """(status to ask Prism for, documented key, error schema, example); `default` stands for several."""
    asked = []
    for documented, (schema, example) in operation.errors.items():
        codes = [400, 401, 404, 500] if documented == "default" else [int(documented)]
        asked += [(code, documented, schema, example) for code in codes]
    return asked


# -- comparing JSON --------------------------------------------------------------------------


# -- Prism, clients and what Prism said about each request --------------------------------------


@dataclasses.dataclass
class Exchange:
    method: str
    target: str  # raw path and query as sent
    status: int
    violations: list[dict[str, Any]]
    body: bytes


class Recorder:
    """Every request that reached Prism, with Prism's `sl-violations` findings for it."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.exchanges: list[Exchange] = []

    def record(self, response: httpx.Response) -> None:
        header = response.headers.get("sl-violations")
        self.exchanges.append(
            Exchange(
                response.request.method,
                response.request.url.raw_path.decode("ascii"),
                response.status_code,
                json.loads(header) if header else [],
                response.content,
            )
        )

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self.record(response)

    def unexpected_violations(self) -> list[str]:
        allowed = ALLOWED_VIOLATIONS.get(self.package, [])
        return [
            f"{e.method} {e.target} -> {e.status}: {v}"
            for e in self.exchanges
            for v in e.violations
            if v not in allowed
        ]


@dataclasses.dataclass
class Prism:
    package: str
    base_url: str
    recorder: Recorder
    http: httpx.Client

    def client(self, **options: Any) -> Any:
        """The package's Client on a real connection to Prism, with retries off."""
        module = importlib.import_module(self.package)
        return module.Client(
            **CREDENTIALS[self.package],
            base_url=self.base_url,
            httpx_client=self.http,
            max_retries=0,
            **options,
        )

    def async_client(self, http: httpx.AsyncClient) -> Any:
        module = importlib.import_module(self.package)
        return module.AsyncClient(
            **CREDENTIALS[self.package], base_url=self.base_url, httpx_client=http, max_retries=0
        )


@contextlib.contextmanager
def running_prism(package: str, *args: str) -> Iterator[Prism]:
    recorder = Recorder(package)
    with prism_mock(SPECS / f"{package}.yaml", *args) as base_url, httpx.Client(
        timeout=TIMEOUT, event_hooks={"response": [recorder]}
    ) as http:
        yield Prism(package, base_url, recorder, http)


def assert_prism_validated(prism: Prism, record_property: Callable[[str, object], None]) -> None:
    """Prism saw at least one request and reported nothing but the allowed findings."""
    record_property("prism_requests", len(prism.recorder.exchanges))
    assert prism.recorder.exchanges, "no request reached Prism"
    problems = prism.recorder.unexpected_violations()
    assert not problems, "Prism reported violations:\n" + "\n".join(problems)


COMMON_CLASSES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "TooManyRequestsError",
}


def error_class(module: ModuleType, status: int) -> type:
    """The class a status raises: its common class (every 5xx an InternalServerError), else the
    class documented for it, else the `default` response's."""
    name = COMMON_CLASSES.get(status) or ("InternalServerError" if status >= 500 else None)
    if name is not None:
        found: type = getattr(module.errors, name)
        return found
    documented: type = module.errors.BY_STATUS.get(status) or module.errors.UnexpectedStatusError
    return documented


def check_error(package: str, status: int, error: Any, models: ModuleType) -> None:
    """Typed values of the parsed error model (its JSON is compared whole elsewhere)."""
    if package == "oracle_brm":
        assert error.code == str(status) and error.status == str(status)
        assert isinstance(error.reason, str) and error.reason
    elif package == "wepay":
        assert isinstance(error.error_code, models.ErrorErrorCode)
        assert all(type(detail) is models.ErrorDetail for detail in error.details)
        if status == 400:
            (detail,) = error.details
            assert (detail.reason_code, detail.message) == ("PARAM_VALUE_TOO_LARGE", "page_size must be less than or equal to 50.")
    elif package == "elance":
        assert (error.api, error.api_version, error.rcode) == ("string", 0, 0)  # Prism's filler


# -- static mode ---------------------------------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_static_mode(package: str, subtests: Any, record_property: Any) -> None:
    """Documented examples come back typed; documented errors raise their typed exception."""
    module = pkg(package)
    with running_prism(package) as prism:
        client = prism.client()
        for operation in operations(package):
            key = (package, operation.operation_id)
            assert key in CALLS, f"no arguments for {key}: every operation is driven"
            for arguments, target in zip(CALLS[key], RAW_TARGETS[key], strict=True):
                with subtests.test(msg="example", arguments=arguments):
                    raw = getattr(client.with_raw_response, operation.method_name)(**arguments)
                    assert raw.status_code == operation.success_status
                    sent = raw.http_response.request.url.raw_path.decode("ascii")
                    if target is not None:
                        assert sent == target
                    assert raw.headers["content-type"].split(";")[0] == operation.media_type
                    assert json.loads(raw.content) == operation.example
                    # Prism answers the whole example to a projection too; it decodes as the twin.
                    projected = operation.projection in arguments
                    expected = ("Projected" if projected else "") + operation.success_schema
                    assert type(raw.parsed) is getattr(module.models, expected)
                    if not projected:
                        CHECKS[package](raw.parsed, module.models)
                    assert same_json(raw.parsed.to_dict(), operation.example)

            for status, documented, schema, example in error_statuses(operation):
                with subtests.test(msg="error", status=status):
                    asking = client.with_options(extra_headers={"Prefer": f"code={status}"})
                    with pytest.raises(module.ApiError) as caught:
                        getattr(asking, operation.method_name)(**CALLS[key][0])
                    error = caught.value
                    assert type(error) is error_class(module, status)
                    assert error.status_code == status
                    assert type(error.error) is getattr(module.models, schema)
                    body = json.loads(error.body)
                    assert same_json(error.error.to_dict(), body)
                    if example is not None:
                        assert body == example
                    check_error(package, status, error.error, module.models)

        with subtests.test(msg="async client"):

            async def main() -> Any:
                async with httpx.AsyncClient(
                    timeout=TIMEOUT, event_hooks={"response": [prism.recorder.async_hook]}
                ) as http:
                    async_client = prism.async_client(http)
                    return [
                        await getattr(async_client, op.method_name)(**CALLS[(package, op.operation_id)][0])
                        for op in operations(package)
                    ]

            for operation, result in zip(operations(package), asyncio.run(main()), strict=True):
                CHECKS[package](result, module.models)

        if package == "oracle_brm":
            for payment_id in [".", ".."]:
                with subtests.test(msg="a dot-segment id cannot reach another route", id=payment_id):
                    # No percent-encoding survives: WHATWG URL parsing (Prism, Node, browsers)
                    # and RFC 3986 normalization read %2E as ".". Refusing it is the only safe answer.
                    before = len(prism.recorder.exchanges)
                    try:
                        payment = client.get_payment(id=payment_id)
                    except ValueError:
                        assert len(prism.recorder.exchanges) == before, "refused, yet sent"
                    else:
                        CHECKS[package](payment, module.models)

        if package == "wepay":
            with subtests.test(msg="pagination follows next"):
                pages = list(client.list_payments_iter(page_size=2).pages(max_pages=2))
                assert len(pages) == 2
                assert prism.recorder.exchanges[-1].target == operations(package)[0].example["next"]

        assert_prism_validated(prism, record_property)


def test_the_checks_are_not_vacuous(subtests: Any) -> None:
    """Prism does report what the tests above must not see: invalid and unauthenticated requests."""
    with running_prism("wepay") as prism:
        prism.http.get(
            f"{prism.base_url}/payments?page_size=51",
            headers={"Api-Version": "3.0", "App-Id": "1", "App-Token": "t"},
        )
        with subtests.test(msg="an invalid query is reported"):
            assert prism.recorder.exchanges[-1].status == 400
            assert any("page_size" in v["location"] for v in prism.recorder.exchanges[-1].violations)
        with subtests.test(msg="a missing credential is refused"):
            prism.http.get(f"{prism.base_url}/payments", headers={"Api-Version": "3.0", "App-Id": "1"})
            assert prism.recorder.exchanges[-1].status == 401
        with subtests.test(msg="an enum value outside the spec is reported"):
            with pytest.raises(pkg("wepay").errors.BadRequestError):
                prism.client().list_payments(status="refunded")
            assert prism.recorder.unexpected_violations()


# -- dynamic mode --------------------------------------------------------------------------------


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)[:4000]


@pytest.mark.parametrize("package", PACKAGES)
def test_dynamic_mode(package: str, subtests: Any, record_property: Any) -> None:
    """Bodies Prism invents from the schemas all parse, and round-trip through to_dict()."""
    module = pkg(package)
    with running_prism(package, "--dynamic") as prism:
        client = prism.client()
        for operation in operations(package):
            arguments = CALLS[(package, operation.operation_id)][0]
            model = getattr(module.models, operation.success_schema)
            failures: list[str] = []
            for _ in range(DYNAMIC_CALLS):
                try:
                    raw = getattr(client.with_raw_response, operation.method_name)(**arguments)
                except Exception as error:  # collected: every failing body is shown
                    body = prism.recorder.exchanges[-1].body.decode(errors="replace")
                    failures.append(f"{type(error).__name__}: {error}\n  body: {body[:4000]}")
                    continue
                body = json.loads(raw.content)
                if not isinstance(raw.parsed, model):
                    failures.append(f"parsed as {type(raw.parsed).__name__}\n  body: {json_text(body)}")
                elif not same_json(raw.parsed.to_dict(), body):
                    failures.append(
                        f"round trip differs\n  body:      {json_text(body)}\n  to_dict(): {json_text(raw.parsed.to_dict())}"
                    )
            with subtests.test(msg="success bodies", operation=operation.operation_id):
                assert not failures, f"{len(failures)} of {DYNAMIC_CALLS} calls failed:\n" + "\n".join(
                    failures[:5]
                )

            for status, documented, schema, _ in error_statuses(operation):
                with subtests.test(msg="error bodies", status=status):
                    asking = client.with_options(extra_headers={"Prefer": f"code={status}"})
                    for _ in range(DYNAMIC_ERROR_CALLS):
                        with pytest.raises(module.ApiError) as caught:
                            getattr(asking, operation.method_name)(**arguments)
                        error = caught.value
                        assert type(error) is error_class(module, status)
                        body = json.loads(error.body)
                        assert type(error.error) is getattr(module.models, schema), json_text(body)
                        assert same_json(error.error.to_dict(), body), json_text(body)

        assert_prism_validated(prism, record_property)
