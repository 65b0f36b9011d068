"""What a new user of a generated client meets first: introspection, base URLs and
environments, early argument checks, error messages, money, raw and lenient answers.

Every package is driven as a user drives it, over `httpx.MockTransport` (see
`test_generated_clients` for the mock server and the per-package cases).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import pydoc
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.test_generated_clients import (
    CASES,
    MISSING,
    PACKAGES,
    Server,
    answer,
    call,
    example_answer,
    make_client,
    pkg,
    success_example,
)

DEFAULT_URLS = {
    "elance": "https://api.elance.com/api",  # {scheme} at its default, https
    "activeplatform_v1": "http://billing.activeplatform.com:80",
    "activeplatform_v3": "https://test.activeplatform.com",  # {base_url} at its default
    "oracle_brm": "http://localhost:8080/brm/payment/v4",  # {host}, {port}, {version}
    "wepay": "https://api.wepay.com",
}


# -- introspection -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_methods_have_the_operation_s_signature_and_docstring(name: str) -> None:
    module = pkg(name)
    operation = CASES[name].operation
    builder = inspect.signature(getattr(module.operations, operation))
    for client in (module.Client, module.AsyncClient, module.client.ClientWithRawResponse):
        method = getattr(client, operation)
        parameters = list(inspect.signature(method).parameters.values())
        assert parameters[0].name == "self"
        assert parameters[1:] == list(builder.parameters.values())
        assert method.__doc__ and "Args:" in method.__doc__
    assert inspect.iscoroutinefunction(module.AsyncClient.__dict__[operation])
    assert not inspect.iscoroutinefunction(module.Client.__dict__[operation])
    returned = inspect.signature(getattr(module.Client, operation)).return_annotation
    assert returned == str(builder.return_annotation).removeprefix("_rt.Request[").removesuffix("]")
    rendered = pydoc.render_doc(module.Client, renderer=pydoc.plaintext)
    first = next(iter(builder.parameters))
    assert f"{operation}(self, *, {first}" in rendered
    assert "Endpoint" not in rendered


def test_the_pager_is_documented_and_typed() -> None:
    wepay = pkg("wepay")
    pager = wepay.Client.list_payments_iter
    assert pager.__doc__ and "next_cursor" in pager.__doc__
    assert "SyncPager[models.PaymentCollection, models.Payment]" in str(inspect.signature(pager))
    assert "AsyncPager" in str(inspect.signature(wepay.AsyncClient.list_payments_iter))


@pytest.mark.parametrize("name", PACKAGES)
def test_models_list_every_class(name: str) -> None:
    models = pkg(name).models
    classes = {n for n, v in vars(models).items() if isinstance(v, type) and v.__module__ == models.__name__}
    assert classes <= set(models.__all__) and all(hasattr(models, n) for n in models.__all__)
    assert models.__all__ == sorted(models.__all__)


# -- base URLs and environments ---------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_the_default_base_url_is_the_first_server_with_its_defaults(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(f"{name}_BASE_URL".upper(), raising=False)
    server = Server(example_answer(name))
    client = make_client(name, server, base_url=MISSING)
    assert repr(client) == f"Client(base_url={DEFAULT_URLS[name]!r})"
    call(client, name)
    assert str(server.last.url).startswith(DEFAULT_URLS[name].removesuffix(":80"))
    monkeypatch.setenv(f"{name}_BASE_URL".upper(), "https://proxy.example.com/x")
    assert repr(make_client(name, server, base_url=MISSING)) == "Client(base_url='https://proxy.example.com/x')"


def test_environments_pick_a_server_by_name() -> None:
    wepay = pkg("wepay")
    assert wepay.client.ENVIRONMENTS == {"production": "https://api.wepay.com", "stage": "https://stage-api.wepay.com"}
    server = Server(example_answer("wepay"))
    client = make_client("wepay", server, environment="stage")
    call(client, "wepay")
    assert server.last.url.host == "stage-api.wepay.com"
    with pytest.raises(wepay.ArgumentError, match="unknown environment 'staging'; the spec names 'production', 'stage'"):
        make_client("wepay", server, environment="staging")
    with pytest.raises(wepay.ArgumentError, match="pass base_url or environment, not both"):
        make_client("wepay", server, environment="stage", base_url="https://x.example.com")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("{scheme}://api.elance.com/api", "still holds a {variable}"),
        ("http://{host}:{port}/brm/payment/{version}", "still holds a {variable}"),
        ("api.wepay.com", "must be an absolute http:// or https:// URL"),
        ("ftp://api.wepay.com", "must be an absolute http:// or https:// URL"),
    ],
)
@pytest.mark.parametrize("name", PACKAGES)
def test_unusable_base_urls_are_refused_at_construction(name: str, url: str, problem: str) -> None:
    module = pkg(name)
    server = Server(example_answer(name))
    with pytest.raises(module.ArgumentError, match=problem) as refused:
        make_client(name, server, base_url=url)
    assert "base_url='https://api.example.com'" in str(refused.value)  # says how to fix it
    client = make_client(name, server)
    moved = client.with_options(base_url="https://elsewhere.example.com/v9")
    call(moved, name)
    assert server.last.url.host == "elsewhere.example.com"
    assert server.last.url.path.startswith("/v9/")
    with pytest.raises(module.ArgumentError, match=problem):
        client.with_options(base_url=url)


# -- arguments checked before sending -----------------------------------------------------------

PATH_PARAMETERS = {
    "activeplatform_v1": "id",
    "activeplatform_v3": "payment_id",
    "oracle_brm": "id",
}


@pytest.mark.parametrize("name", list(PATH_PARAMETERS))
def test_a_missing_path_parameter_is_refused_by_name(name: str) -> None:
    module = pkg(name)
    server = Server(example_answer(name))
    client = make_client(name, server)
    parameter = PATH_PARAMETERS[name]
    with pytest.raises(module.ArgumentError, match=f"{parameter} is required; got None"):
        call(client, name, **{parameter: None})
    if isinstance(CASES[name].kwargs[parameter], str):
        with pytest.raises(module.ArgumentError, match=f"path parameter {parameter!r} must not be empty"):
            call(client, name, **{parameter: ""})
    else:
        with pytest.raises(module.ArgumentTypeError, match=f"{parameter} must be int; got str ''"):
            call(client, name, **{parameter: ""})
    assert server.calls == 0


def test_wrong_scalar_types_are_refused_by_name() -> None:
    wepay = pkg("wepay")
    server = Server(example_answer("wepay"))
    client = make_client("wepay", server)
    with pytest.raises(wepay.ArgumentTypeError, match="page_size must be int; got str '5'"):
        client.list_payments(page_size="5")
    with pytest.raises(wepay.ArgumentTypeError, match="page_size must be int; got bool True"):
        client.list_payments(page_size=True)
    with pytest.raises(TypeError):  # also a TypeError, as Python's own would be
        client.list_payments(owner_id=12)
    assert server.calls == 0


# -- errors users meet -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "class_name"),
    [(404, "NotFoundError"), (409, "ConflictError"), (429, "TooManyRequestsError"), (503, "InternalServerError")],
)
@pytest.mark.parametrize("name", PACKAGES)
def test_common_statuses_have_their_class_and_the_server_s_message(name: str, status: int, class_name: str) -> None:
    module = pkg(name)
    body = {"message": f"No payment with ID 42 ({status})", "code": "x" * 300}
    server = Server(answer(body, status))
    with pytest.raises(getattr(module, class_name)) as caught:
        call(make_client(name, server, max_retries=0), name)
    error = caught.value
    assert isinstance(error, module.ApiError) and isinstance(error, module.ClientError)
    assert error.status_code == status
    assert str(error).endswith(f": No payment with ID 42 ({status})")
    assert CASES[name].operation and "returned" in str(error)


@pytest.mark.parametrize("name", PACKAGES)
def test_one_root_catches_connection_timeout_decode_and_argument_errors(name: str) -> None:
    module = pkg(name)
    root = module.errors.__dict__[f"{''.join(w.title() for w in name.split('_'))}Error"]

    def time_out(request: httpx.Request, number: int) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    raised: list[BaseException] = []
    for server in (Server(time_out), Server(answer(b"<html>", 200))):
        try:
            result = call(make_client(name, server, max_retries=0), name)
        except root as error:
            raised.append(error)
        else:
            raise AssertionError(f"no error: {result!r}")
    timeout, decode = raised
    assert type(timeout) is module.ApiTimeoutError and isinstance(timeout.__cause__, httpx.ReadTimeout)
    assert type(decode) is module.DecodeError and decode.status_code == 200 and decode.body == b"<html>"


# -- answers that do not fit -----------------------------------------------------------------


@pytest.mark.parametrize("name", PACKAGES)
def test_a_raw_answer_stays_reachable_when_its_body_does_not_fit(name: str) -> None:
    module = pkg(name)
    server = Server(answer({"unexpected": True}))
    raw = getattr(make_client(name, server).with_raw_response, CASES[name].operation)(**CASES[name].kwargs)
    assert raw.status_code == 200 and raw.json() == {"unexpected": True}
    with pytest.raises(module.DecodeError) as caught:
        raw.parsed
    assert caught.value.status_code == 200 and caught.value.body == raw.content


def test_lenient_clients_return_what_fits_and_warn_once(caplog: pytest.LogCaptureFixture) -> None:
    wepay = pkg("wepay")
    page = success_example("wepay")
    page["results"][0]["amount"] = "1000"  # a string where the spec says integer
    del page["results"][0]["currency"]
    server = Server(answer(page))
    with caplog.at_level(logging.WARNING, logger="wepay"):
        result = make_client("wepay", server, lenient=True).list_payments()
        make_client("wepay", server, lenient=True).list_payments()
    payment = result.results[0]
    assert payment.amount == "1000" and payment.currency is wepay.UNSET
    assert result.results[1].to_dict() == page["results"][1]
    warnings = [r.getMessage() for r in caplog.records if r.name == "wepay"]
    assert len([w for w in warnings if "Payment.amount" in w]) == 1
    assert len([w for w in warnings if "Payment.currency" in w]) == 1
    with pytest.raises(wepay.DecodeError, match=r"PaymentCollection.results\[0\].amount: expected integer"):
        make_client("wepay", server).list_payments()


# -- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "place"),
    [("activeplatform_v1", ("total",)), ("oracle_brm", ("totalAmount", "value"))],
)
def test_money_sent_as_json_numbers_decodes_exactly(name: str, place: tuple[str, ...]) -> None:
    body = success_example(name)
    digits = "12345678901234567.89"
    text = httpx.Response(200, json=body).content.decode()
    target = body
    for key in place[:-1]:
        target = target[key]
    original = repr(target[place[-1]])
    marker = f'"{place[-1]}": {original}' if f'"{place[-1]}": {original}' in text else f'"{place[-1]}":{original}'
    assert marker in text
    content = text.replace(marker, marker.replace(original, digits), 1).encode()
    server = Server(answer(content, 200, {"Content-Type": "application/json"}))
    result = call(make_client(name, server), name)
    value: Any = result
    for key in place:
        value = getattr(value, {"totalAmount": "total_amount"}.get(key, key))
    assert value == Decimal(digits) and type(value) is Decimal
    assert pkg(name).runtime.json_text(result.to_dict()).count(digits) == 1


def test_async_clients_check_arguments_too() -> None:
    wepay = pkg("wepay")
    client = make_client("wepay", Server(example_answer("wepay")), asynchronous=True)

    async def main() -> None:
        with pytest.raises(wepay.ArgumentTypeError, match="page_size"):
            await client.list_payments(page_size="5")

    asyncio.run(main())
