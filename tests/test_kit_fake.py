"""The fake API of each package's test kit: default answers, scripting, recording, refusals.

Driven through the generated packages' own `testing` modules and clients (sync and async),
plus a third-party spec with request bodies (petstore) and hand-built specs for the
parameter styles and credentials the five specs do not use.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.runtime.request_check import RequestViolation, check_request
from generator.runtime.schema_check import problems
from generator.runtime.spec import ApiSpec, BodySpec, OperationSpec, ParameterSpec, ResponseSpec, SchemeSpec
from tests.json_compare import comparable_json
from tests.packages import PACKAGES, spec
from tests.paths import ROOT

# A valid call of each package's operation, by the client's argument names.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "elance": {"id": 10396168},
    "activeplatform_v1": {"id": 2007039},
    "activeplatform_v3": {"reseller_id": 1, "payment_id": 9714},
    "oracle_brm": {"id": "0.0.0.1+-item-payment+84530"},
    "wepay": {},
}
OPERATION = {"wepay": "list_payments"}


def kit(package: str) -> ModuleType:
    return importlib.import_module(f"{package}.testing")


def operation_of(fake: Any, package: str) -> Any:
    return getattr(fake, OPERATION.get(package, "get_payment"))


def call(client: Any, package: str, **extra: Any) -> Any:
    return getattr(client, OPERATION.get(package, "get_payment"))(**{**ARGUMENTS[package], **extra})


def success_model(package: str) -> Any:
    """The model class the package's operation answers with."""
    return type(call(kit(package).FakeApi().client(), package))


def success_example(package: str) -> Any:
    document = spec(package)
    [item] = document["paths"].values()
    [operation] = item.values()
    media = next(iter(operation["responses"]["200"]["content"].values()))
    return next(iter(media["examples"].values()))["value"]


# -- default answers -------------------------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_unscripted_operations_answer_with_the_spec_example(package: str) -> None:
    fake = kit(package).FakeApi()
    answer = call(fake.client(), package)
    expected = success_example(package)
    if package == "wepay":  # a paginated operation answers one page: its `next` link is null
        expected = {**expected, "next": None}
    assert comparable_json(answer.to_dict()) == comparable_json(expected)


def test_an_operation_without_example_answers_a_minimal_valid_body(petstore: ModuleType) -> None:
    fake = kit(petstore.__name__).FakeApi()
    client = fake.client()
    assert client.list_pets() == []  # an array: minimal is empty
    pet = client.show_pet_by_id(pet_id="p1")
    assert pet.to_dict() == {"name": "", "id": 0}  # required fields only
    assert client.delete_pet(pet_id="p1") is None  # no content documented: an empty 204
    assert fake.delete_pet.last_call.request.method == "DELETE"
    fake.delete_pet.returns(None, headers={"X-Deleted": "1"})
    raw = client.with_raw_response.delete_pet(pet_id="p1")
    assert (raw.status_code, raw.content, raw.headers["X-Deleted"]) == (204, b"", "1")


@pytest.fixture(scope="module")
def examples_31(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The package of tests/specs/lenient/examples_31.yaml, whose `$ref`'d examples partly do not fit
    (hence --lenient), generated into a temporary directory that is put on sys.path."""
    out = tmp_path_factory.mktemp("examples_31")
    spec = ROOT / "tests" / "specs" / "lenient" / "examples_31.yaml"
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--lenient", "--out", str(out), str(spec)],
        cwd=ROOT, check=True, capture_output=True,
    )
    sys.path.insert(0, str(out))
    try:
        yield out / "examples_31"
    finally:
        sys.path.remove(str(out))


def test_an_example_that_does_not_fit_is_never_the_answer(examples_31: Path) -> None:
    testing = kit(examples_31.name)
    client = testing.FakeApi().client()
    # The only example lacks the required `language`: the minimal valid body instead.
    raw = client.with_raw_response.get_repository(id=1)
    assert problems(raw.json(), {"$ref": "#/components/schemas/Repository"}, testing.SPEC.schemas) == []
    assert client.get_repository(id=1).to_dict() == {"id": 0, "name": "", "language": ""}
    # The first example does not fit, the second does: that one.
    assert [r.to_dict() for r in client.list_repositories()] == [{"id": 3, "name": "lint", "language": "python"}]


def test_a_parameter_example_that_does_not_fit_is_never_shown(examples_31: Path) -> None:
    readme = (examples_31 / "README.md").read_text(encoding="utf-8")
    assert "client.list_repositories(language='rust')" in readme  # not its first example, 'cobol'
    testing = kit(examples_31.name)
    client = testing.FakeApi().client()
    assert client.list_repositories(language="rust") is not None  # the call the README shows is allowed


# -- scripting -------------------------------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_scripted_answers_are_served_in_order_and_the_last_one_stays(package: str) -> None:
    testing = kit(package)
    fake = testing.FakeApi()
    first = testing.example(success_model(package))
    operation_of(fake, package).fails(404).returns(first).returns_json(first.to_dict(), headers={"X-Seen": "yes"})
    client = fake.client(max_retries=0)
    with pytest.raises(importlib.import_module(package).ApiError) as failed:
        call(client, package)
    assert failed.value.status_code == 404
    assert call(client, package) == first
    for _ in range(2):
        raw = getattr(client.with_raw_response, OPERATION.get(package, "get_payment"))(**ARGUMENTS[package])
        assert raw.parsed == first and raw.headers["X-Seen"] == "yes"
    assert len(operation_of(fake, package).calls) == 4


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_retries_happen_at_once(package: str, asynchronous: bool) -> None:
    fake = kit(package).FakeApi()
    operation_of(fake, package).fails(503).fails(502).returns(kit(package).example(success_model(package)))
    delays: list[float] = []
    if asynchronous:
        client = fake.async_client()

        async def record(seconds: float) -> None:
            delays.append(seconds)

        client._sleep = record
        asyncio.run(call(client, package))
    else:
        client = fake.client()
        client._sleep = delays.append
        call(client, package)
    assert delays == [0.0, 0.0]
    assert len(operation_of(fake, package).calls) == 3  # 503, 502, then 200


@pytest.mark.parametrize("package", PACKAGES)
def test_documented_errors_raise_their_class_with_the_spec_example(package: str) -> None:
    module = importlib.import_module(package)
    fake = kit(package).FakeApi()
    spec = kit(package).SPEC.operations[0]
    for response in spec.responses[1:]:
        status = int(response.status) if response.status.isdigit() else 418
        operation_of(fake, package).reset().fails(status)
        with pytest.raises(module.ApiError) as raised:
            call(fake.client(max_retries=0), package)
        assert raised.value.status_code == status
        if response.examples:
            assert json.loads(raised.value.body) == response.examples[0]
            assert raised.value.error is not None and type(raised.value).__name__ != "ApiError"


def test_an_undocumented_error_has_an_empty_body() -> None:
    import activeplatform_v1.testing

    fake = activeplatform_v1.testing.FakeApi()
    fake.get_payment.fails(429, headers={"Retry-After": "0"})
    with pytest.raises(activeplatform_v1.ApiError) as raised:
        fake.client(max_retries=0).get_payment(id=1)
    assert raised.value.status_code == 429 and raised.value.body == b""
    assert raised.value.headers["Retry-After"] == "0"


def test_scripted_json_is_checked_unless_told_not_to() -> None:
    import wepay.testing

    fake = wepay.testing.FakeApi()
    page = wepay.testing.example(wepay.models.PaymentCollection).to_dict()
    renamed = {("items" if key == "results" else key): value for key, value in page.items()}
    with pytest.raises(wepay.testing.InvalidAnswer, match=r"200 response: results: required property is missing"):
        fake.list_payments.returns_json(renamed)
    with pytest.raises(wepay.testing.InvalidAnswer, match=r"400 response: error_code: 'OOPS' is not one of"):
        fake.list_payments.fails(400, body={"error_code": "OOPS", "error_message": "x"})
    with pytest.raises(wepay.testing.InvalidAnswer, match="4xx or 5xx"):
        fake.list_payments.fails(302)
    fake.list_payments.returns_json(renamed, validate=False)
    with pytest.raises(wepay.DecodeError, match="PaymentCollection.results: required field is missing"):
        fake.client().list_payments()


def test_fails_takes_an_error_model() -> None:
    import oracle_brm.testing
    from oracle_brm import errors, models

    fake = oracle_brm.testing.FakeApi()
    fake.get_payment.fails(404, body=models.Error(code="404", reason="Not Found", message="gone"))
    with pytest.raises(errors.NotFoundError) as raised:
        fake.client().get_payment(id="x")
    assert raised.value.error is not None and raised.value.error.message == "gone"


def test_pages_are_followed_with_the_filters_of_the_first_request() -> None:
    import wepay.testing
    from wepay import models

    fake = wepay.testing.FakeApi()
    payment = wepay.testing.example(models.Payment)
    ids = [["a", "b"], ["c"], ["d", "e"]]
    fake.list_payments.pages(*[[dataclasses.replace(payment, id=i) for i in page] for page in ids])
    client = fake.client()
    pages = list(client.list_payments_iter(status="pending", page_size=2).pages())
    assert [[p.id for p in page.results] for page in pages] == ids
    assert [page.next is None for page in pages] == [False, False, True]
    assert pages[0].next == "/payments?page_size=2&status=pending&page=fake-cursor-1"
    recorded = [call.arguments for call in fake.list_payments.calls]
    assert [a["page"] for a in recorded] == [None, "fake-cursor-1", "fake-cursor-2"]
    assert all(a["status"] == "pending" and a["page_size"] == 2 for a in recorded)
    # The scripted pages stay the answer: iterating again starts over, with new cursors.
    assert [p.id for p in client.list_payments_iter()] == ["a", "b", "c", "d", "e"]


def test_pages_async_and_an_item_of_the_wrong_model_is_refused() -> None:
    import wepay.testing
    from wepay import models

    fake = wepay.testing.FakeApi()
    fake.list_payments.pages([wepay.testing.example(models.Payment)], [])

    async def every() -> list[models.Payment]:
        return [p async for p in fake.async_client().list_payments_iter()]

    assert len(asyncio.run(every())) == 1
    wrong: Any = wepay.testing.example(models.Error)
    with pytest.raises(wepay.testing.InvalidAnswer, match=r"results\[0\]"):
        fake.list_payments.pages([wrong])


# -- recording -------------------------------------------------------------------------------


def test_calls_record_every_argument_decoded() -> None:
    import oracle_brm.testing

    fake = oracle_brm.testing.FakeApi()
    client = fake.client()
    client.get_payment(id="a/b c", type="PaymentOracle", fields=["name", "paymentItem"])
    client.get_payment(id="x")
    assert [call.arguments for call in fake.get_payment.calls] == [
        {"id": "a/b c", "type": "PaymentOracle", "fields": ["name", "paymentItem"]},
        {"id": "x", "type": None, "fields": None},
    ]
    assert fake.calls == fake.get_payment.calls
    assert fake.calls[0].operation == "get_payment" and fake.calls[0].body is None
    assert fake.calls[0].request.url.raw_path.startswith(b"/brm/payment/v4/payment/a%2Fb%20c?")


def test_last_call_of_an_operation_never_called_fails_the_test() -> None:
    import elance.testing

    with pytest.raises(AssertionError, match=r"get_payment \(GET /pay/getPayment\) was not called"):
        _ = elance.testing.FakeApi().get_payment.last_call


def test_request_bodies_are_checked_and_recorded(petstore: ModuleType) -> None:
    testing = kit(petstore.__name__)
    fake = testing.FakeApi()
    client = fake.client()
    client.create_pet(body=petstore.models.NewPet(name="Tom", tag=None))
    assert fake.create_pet.last_call.body == {"name": "Tom", "tag": None}
    raw = httpx.Client(transport=fake, base_url=fake.base_url)
    refusals = [
        (b'{"tag": "x"}', {"Content-Type": "application/json"}, "create_pet (POST /pets): body at name: required property is missing [required]"),
        (b'{"name": 1}', {"Content-Type": "application/json"}, "body at name: expected string, got integer 1 [type]"),
        (b"name=Tom", {"Content-Type": "application/json"}, "body: is not JSON"),
        (b'{"name": "x"}', {"Content-Type": "text/plain"}, "header 'Content-Type': 'text/plain' is not the documented 'application/json' [content-type]"),
        (b"", {}, "body: a request body is required but none was sent [required]"),
    ]
    for content, headers, message in refusals:
        with pytest.raises(testing.RequestViolation) as refused:
            raw.post("/pets", content=content, headers=headers)
        assert message in str(refused.value)
    assert len(fake.violations) == len(refusals) and len(fake.create_pet.calls) == 1


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("package", "path", "change", "message"),
    [
        ("elance", "/pay/getPayment", None, "get_payment (GET /pay/getPayment): query parameter 'id': is required but was not sent [required]"),
        ("elance", "/pay/getPayment?id=1.5", None, "query parameter 'id': expected integer, got string '1.5' [type]"),
        ("elance", "/pay/getPayment?id=1", {"Authorization": None}, "credentials: none of the documented credentials was sent (expected Authorization: OAuth ...) [security]"),
        ("activeplatform_v1", "/api/vendor/v1/payments/abc.json", None, "path parameter 'id': expected integer, got string 'abc' [type]"),
        ("activeplatform_v1", "/api/vendor/v1/payments/1.json", None, "(expected query 'api_token') [security]"),
        ("activeplatform_v3", "/api/v3/resellers/1/payments/2?include=orders,bogus", None, "query parameter 'include' at [1]: 'bogus' is not one of"),
        ("activeplatform_v3", "/api/v3/resellers/1/payments/2", {"Accept": "application/json"}, "header 'Accept': 'application/json' admits none of the documented media types (application/vnd.api+json) [accept]"),
        ("oracle_brm", "/payment/x?@type=Usage", None, "query parameter '@type': 'Usage' is not one of 'Payment', 'PaymentOracle' [enum]"),
        ("oracle_brm", "/payment/x", {"Authorization": "Basic dTpw"}, "(expected Authorization: Bearer ...) [security]"),
        ("wepay", "/payments?page_size=51", None, "query parameter 'page_size': 51 is greater than the maximum 50 [maximum]"),
        ("wepay", "/payments", {"Api-Version": None}, "header parameter 'Api-Version': is required but was not sent [required]"),
        ("wepay", "/payments", {"App-Token": None}, "(expected header 'App-Id' + header 'App-Token') [security]"),
        ("wepay", "/refunds", None, "GET /refunds: path: no operation of the spec has this path [path]"),
    ],
)
def test_a_request_the_spec_does_not_allow_names_where_and_which_rule(
    package: str, path: str, change: dict[str, str | None] | None, message: str
) -> None:
    """Sent with the headers the package's client sends (credentials, Api-Version...), `change`d."""
    testing = kit(package)
    fake = testing.FakeApi(base_url="https://fake.test/base")
    call(fake.client(), package)
    sent = {key: value for key, value in fake.calls[-1].request.headers.items() if key not in ("host", "accept")}
    for key, value in (change or {}).items():
        sent.pop(key.lower(), None)
        if value is not None:
            sent[key] = value
    with pytest.raises(testing.RequestViolation) as refused:
        httpx.Client(transport=fake, base_url="https://fake.test/base").get(path, headers=sent)
    assert message in str(refused.value)
    assert fake.violations == [refused.value]


def test_a_wrong_method_or_host_is_refused() -> None:
    import wepay.testing

    fake = wepay.testing.FakeApi()
    with pytest.raises(wepay.testing.RequestViolation, match=r"DELETE /payments: method: the spec documents only GET /payments"):
        httpx.Client(transport=fake).delete("https://api.wepay.com/payments")
    with pytest.raises(wepay.testing.RequestViolation, match=r"is not below the fake's base URL https://api.wepay.com"):
        httpx.Client(transport=fake).get("https://stage-api.wepay.com/payments")


def test_violations_are_kept_when_the_code_under_test_swallows_them() -> None:
    import wepay.testing

    fake = wepay.testing.FakeApi()
    try:
        fake.client().list_payments(status="refunded")
    except Exception:  # what careless code does
        pass
    assert [violation.rule for violation in fake.violations] == ["enum"]
    assert fake.calls == []  # a refused request is not answered


# -- hand-built specs: what the five specs do not use ------------------------------------------

OK = (ResponseSpec("200", "application/json", {"type": "object"}),)


def checked(operation: OperationSpec, request: httpx.Request, schemes: tuple[SchemeSpec, ...] = ()) -> Any:
    spec = ApiSpec("Hand-built", (operation,), schemes, {"Tag": {"type": "string", "enum": ["a", "b"]}})
    return check_request(spec, httpx.URL("https://api.test/v1"), request)


def test_parameter_styles() -> None:
    tags = {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
    operation = OperationSpec(
        "find", "GET", "/items/{ids}", OK,
        parameters=(
            ParameterSpec("ids", "ids", "path", True, {"type": "array", "items": {"type": "integer"}}, "simple", False),
            ParameterSpec("spaced", "spaced", "query", False, tags, "spaceDelimited", False),
            ParameterSpec("piped", "piped", "query", False, tags, "pipeDelimited", False),
            ParameterSpec("repeated", "repeated", "query", False, tags, "form", True),
            ParameterSpec("filter", "filter", "query", False,
                          {"type": "object", "properties": {"min": {"type": "integer"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
                          "deepObject", True),
            ParameterSpec("flags", "X-Flags", "header", False, {"type": "array", "items": {"type": "boolean"}}, "simple", False),
            ParameterSpec("session", "session", "cookie", True, {"type": "string", "minLength": 2}),
        ),
    )
    url = "https://api.test/v1/items/1,2?spaced=a%20b&piped=b|a&repeated=a&repeated=b&filter[min]=3&filter[tag]=a"
    request = httpx.Request("GET", url, headers={"X-Flags": "true, false", "Cookie": "other=1; session=s1"})
    assert checked(operation, request).arguments == {
        "ids": [1, 2], "spaced": ["a", "b"], "piped": ["b", "a"], "repeated": ["a", "b"],
        "filter": {"min": 3, "tag": "a"}, "flags": [True, False], "session": "s1",
    }
    bad = httpx.Request("GET", url.replace("filter[tag]=a", "filter[tag]=c"), headers={"Cookie": "session=s1"})
    with pytest.raises(RequestViolation, match=r"query parameter 'filter' at tag: 'c' is not one of 'a', 'b' \[enum\]"):
        checked(operation, bad)
    with pytest.raises(RequestViolation, match=r"cookie parameter 'session': is required"):
        checked(operation, httpx.Request("GET", "https://api.test/v1/items/1"))
    with pytest.raises(RequestViolation, match=r"path parameter 'ids' at \[1\]: expected integer, got string 'x'"):
        checked(operation, httpx.Request("GET", "https://api.test/v1/items/1,x", headers={"Cookie": "session=s1"}))


def test_form_bodies_are_read_back_into_json() -> None:
    schema = {
        "type": "object", "required": ["amount"],
        "properties": {
            "amount": {"type": "integer", "minimum": 1},
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            "items": {"type": "array", "items": {"type": "object", "properties": {"qty": {"type": "integer"}}}},
            "capture": {"type": "boolean"},
        },
    }
    operation = OperationSpec("charge", "POST", "/charges", OK, body=BodySpec("application/x-www-form-urlencoded", True, schema))
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    content = b"amount=5&metadata[order]=7&items[0][qty]=2&items[1][qty]=3&capture=true"
    request = httpx.Request("POST", "https://api.test/v1/charges", content=content, headers=form)
    assert checked(operation, request).body == {
        "amount": 5, "metadata": {"order": "7"}, "items": [{"qty": 2}, {"qty": 3}], "capture": True,
    }
    with pytest.raises(RequestViolation, match=r"body at amount: 0 is less than the minimum 1"):
        checked(operation, httpx.Request("POST", "https://api.test/v1/charges", content=b"amount=0", headers=form))


@pytest.mark.parametrize(
    ("scheme", "headers", "url", "accepted"),
    [
        (SchemeSpec("basic", "http_basic"), {"Authorization": "Basic " + base64.b64encode(b"u:p").decode()}, "", True),
        (SchemeSpec("basic", "http_basic"), {"Authorization": "Basic bm8tY29sb24="}, "", False),  # "no-colon"
        (SchemeSpec("basic", "http_basic"), {"Authorization": "Basic !!"}, "", False),
        (SchemeSpec("bearer", "http_bearer"), {"Authorization": "Bearer "}, "", False),
        (SchemeSpec("cookie", "api_key_cookie", "sid"), {"Cookie": "sid=1"}, "", True),
        (SchemeSpec("cookie", "api_key_cookie", "sid"), {"Cookie": "other=1"}, "", False),
        (SchemeSpec("query", "api_key_query", "key"), {}, "?key=k", True),
        (SchemeSpec("query", "api_key_query", "key"), {}, "?key=", False),
        (SchemeSpec("oauth", "oauth1"), {"Authorization": 'OAuth oauth_consumer_key="k", oauth_signature="s"'}, "", True),
        (SchemeSpec("oauth", "oauth1"), {"Authorization": 'OAuth oauth_consumer_key="k"'}, "", False),
    ],
)
def test_credentials_in_their_documented_place(scheme: SchemeSpec, headers: dict[str, str], url: str, accepted: bool) -> None:
    operation = OperationSpec("me", "GET", "/me", OK, security=((scheme.name,),))
    request = httpx.Request("GET", "https://api.test/v1/me" + url, headers=headers)
    if accepted:
        checked(operation, request, (scheme,))
    else:
        with pytest.raises(RequestViolation, match=r"\[security\]"):
            checked(operation, request, (scheme,))


def test_optional_security_and_alternatives() -> None:
    key, bearer = SchemeSpec("key", "api_key_header", "X-Key"), SchemeSpec("bearer", "http_bearer")
    either = OperationSpec("me", "GET", "/me", OK, security=(("key",), ("bearer",)))
    optional = OperationSpec("me", "GET", "/me", OK, security=(("key",), ()))
    checked(either, httpx.Request("GET", "https://api.test/v1/me", headers={"Authorization": "Bearer t"}), (key, bearer))
    checked(optional, httpx.Request("GET", "https://api.test/v1/me"), (key, bearer))
    with pytest.raises(RequestViolation, match=r"expected header 'X-Key' or Authorization: Bearer \.\.\."):
        checked(either, httpx.Request("GET", "https://api.test/v1/me"), (key, bearer))


def test_literal_paths_win_over_templates() -> None:
    by_id = OperationSpec("get_item", "GET", "/items/{id}", OK, parameters=(ParameterSpec("id", "id", "path", True, {"type": "integer"}, "simple", False),))
    latest = OperationSpec("latest", "GET", "/items/latest", OK)
    spec = ApiSpec("Hand-built", (by_id, latest))
    assert check_request(spec, httpx.URL("https://api.test"), httpx.Request("GET", "https://api.test/items/latest")).operation is latest
    assert check_request(spec, httpx.URL("https://api.test"), httpx.Request("GET", "https://api.test/items/7")).arguments == {"id": 7}
