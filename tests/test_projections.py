"""Projected answers (issue 14, item 6): Oracle's `fields` asks the server for some fields
only, and the answer decodes as `ProjectedPayment`, every field optional at every depth;
without `fields` it is a `Payment`, as strict as ever. The return types say so: the type
checkers see the overloads.

Driven over `httpx.MockTransport` (the mock server of `test_generated_clients`) and the
package's own test kit; the overloads through mypy --strict and pyright strict on a snippet.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.test_generated_clients import Server, answer, make_client, pkg, success_example
from tests.typecheck import ROOT, mypy_strict, pyright_strict

PAYMENT_ID = "0.0.0.1+-item-payment+84530"


def get(body: Any, **kwargs: Any) -> tuple[Any, Server]:
    """`get_payment` answered with `body`: (the result, the server that saw the request)."""
    server = Server(answer(body))
    return make_client("oracle_brm", server).get_payment(id=PAYMENT_ID, **kwargs), server


def unset_fields(model: Any) -> list[str]:
    unset = pkg("oracle_brm").UNSET
    return sorted(f.name for f in dataclasses.fields(model) if getattr(model, f.name) is unset)


def test_the_seed_page_s_example_decodes_into_the_projected_type() -> None:
    """fields=name,paymentItem ("Example: name,paymentItem" on the page), on the page's payment."""
    oracle = pkg("oracle_brm")
    body = {"name": "Billing Event Log", "paymentItem": None}
    payment, server = get(body, fields=["name", "paymentItem"])
    assert server.last.url.query == b"fields=name,paymentItem"
    assert type(payment) is oracle.models.ProjectedPayment
    assert payment.name == "Billing Event Log" and payment.payment_item is None
    every = {f.name for f in dataclasses.fields(oracle.models.Payment)} - {"additional_properties"}
    assert unset_fields(payment) == sorted(every - {"name", "payment_item"})
    assert payment.to_dict() == body


def test_without_fields_the_answer_is_a_payment_as_strict_as_before() -> None:
    oracle = pkg("oracle_brm")
    payment, server = get(success_example("oracle_brm"))
    assert server.last.url.query == b""
    assert type(payment) is oracle.models.Payment
    assert payment.account.id == "0.0.0.1+-account+103533"
    with pytest.raises(oracle.DecodeError, match="Payment.account: required field is missing"):
        get({"name": "Billing Event Log", "paymentItem": None})
    with pytest.raises(oracle.DecodeError, match="Payment.account: required field is missing"):
        get({"name": "Billing Event Log"}, fields=None)  # None is not passing it


def test_nested_objects_are_projected_too() -> None:
    """Payment items without their required `item`, money without its unit: twins all the way down."""
    models = pkg("oracle_brm").models
    body = {
        "name": "Billing Event Log",
        "paymentItem": [
            {"id": "0.0.0.1+-item-payment-item+1", "amount": {"unit": "USD", "value": 10.25}, "taxAmount": None},
            {"totalAmount": {"value": 0.5}},
        ],
    }
    payment, _ = get(body, fields=["name", "paymentItem"])
    first, second = payment.payment_item
    assert type(first) is models.ProjectedPaymentItem and type(second) is models.ProjectedPaymentItem
    assert first.id == "0.0.0.1+-item-payment-item+1" and first.tax_amount is None
    assert type(first.amount) is models.ProjectedMoney
    assert first.amount.unit == "USD" and first.amount.value == Decimal("10.25")
    assert "item" in unset_fields(first) and "id" in unset_fields(second)
    assert type(second.total_amount) is models.ProjectedMoney and second.total_amount.value == Decimal("0.5")
    assert second.total_amount.unit is pkg("oracle_brm").UNSET
    assert json.loads(pkg("oracle_brm").runtime.json_text(payment.to_dict())) == body


def test_subtypes_decode_as_projected_subclasses() -> None:
    models = pkg("oracle_brm").models
    body = {
        "@type": "PaymentOracle",
        "totalAmount": {"unit": "USD", "value": 10.0},
        "paymentMethod": {"@type": "Cash", "name": "Cash", "validFor": {"startDateTime": "2020-05-01T12:01:23-07:00"}},
    }
    payment, _ = get(body, fields=["@type", "totalAmount", "paymentMethod"])
    assert type(payment) is models.ProjectedPaymentOracle
    assert isinstance(payment, models.ProjectedPayment) and not isinstance(payment, models.Payment)
    method = payment.payment_method
    assert type(method) is models.ProjectedCash and isinstance(method, models.ProjectedPaymentMethodRefOrValue)
    assert method.type == models.PaymentMethodRefOrValueType.CASH and "id" in unset_fields(method)
    assert type(method.valid_for) is models.ProjectedTimePeriod
    assert method.valid_for.start_date_time.isoformat() == "2020-05-01T12:01:23-07:00"
    assert "end_date_time" in unset_fields(method.valid_for)


def test_a_discriminator_not_asked_for_decodes_as_the_base_twin() -> None:
    models = pkg("oracle_brm").models
    payment, _ = get({"paymentMethod": {"name": "Cash"}}, fields=["paymentMethod"])
    assert type(payment) is models.ProjectedPayment
    assert type(payment.payment_method) is models.ProjectedPaymentMethodRefOrValue
    assert payment.payment_method.name == "Cash" and "type" in unset_fields(payment.payment_method)


def test_projected_values_are_still_typed() -> None:
    oracle = pkg("oracle_brm")
    with pytest.raises(oracle.DecodeError, match=r"ProjectedPayment.paymentDate"):
        get({"paymentDate": "yesterday"}, fields=["paymentDate"])
    with pytest.raises(oracle.DecodeError, match=r"ProjectedPayment.paymentItem\[0\].amount: expected object"):
        get({"paymentItem": [{"amount": "ten"}]}, fields=["paymentItem"])


def test_async_and_raw_calls_are_projected_alike() -> None:
    models = pkg("oracle_brm").models
    body = {"id": PAYMENT_ID, "status": "Unallocated"}
    server = Server(answer(body))
    raw = make_client("oracle_brm", server).with_raw_response.get_payment(id=PAYMENT_ID, fields=["id", "status"])
    assert type(raw.parsed) is models.ProjectedPayment and raw.parsed.status == "Unallocated"
    whole = Server(answer(success_example("oracle_brm")))
    assert type(make_client("oracle_brm", whole).with_raw_response.get_payment(id=PAYMENT_ID).parsed) is models.Payment

    async def main() -> tuple[Any, Any]:
        async with make_client("oracle_brm", server, asynchronous=True) as client:
            projected = await client.get_payment(id=PAYMENT_ID, fields=["id", "status"])
            raw = await client.with_raw_response.get_payment(id=PAYMENT_ID, fields=["id", "status"])
            return projected, raw.parsed

    projected, parsed = asyncio.run(main())
    assert type(projected) is models.ProjectedPayment and projected.id == PAYMENT_ID
    assert type(parsed) is models.ProjectedPayment


def test_every_twin_says_what_it_is_and_needs_no_field() -> None:
    models = pkg("oracle_brm").models
    twins = [name for name in models.__all__ if name.startswith("Projected")]
    assert len(twins) == 14  # Payment and every model its answer can hold, subclasses included
    for name in twins:
        twin, original = getattr(models, name), getattr(models, name.removeprefix("Projected"))
        assert twin.__doc__ == f"{original.__name__} as answered when `fields` is passed: every field may be absent."
        assert [f.name for f in dataclasses.fields(twin)] == [f.name for f in dataclasses.fields(original)]
        assert twin().to_dict() == {}
        assert not issubclass(twin, original)
    assert models.ProjectedCash.__mro__[1] is models.ProjectedPaymentMethodRefOrValue
    assert "ProjectedError" not in twins  # error bodies are not projected


def test_signatures_and_docstrings_name_both_answers() -> None:
    oracle = pkg("oracle_brm")
    for method in (oracle.Client.get_payment, oracle.AsyncClient.get_payment):
        assert inspect.signature(method).return_annotation == "models.Payment | models.ProjectedPayment"
        assert "Returns `models.Payment`, or `models.ProjectedPayment` when `fields` is passed" in (method.__doc__ or "")


def test_the_fake_answers_a_projection_with_the_fields_asked_for_only() -> None:
    oracle = pkg("oracle_brm")
    testing = pkg("oracle_brm.testing")
    fake = testing.FakeApi()
    fake.get_payment.returns(testing.example(oracle.models.Payment))
    client = fake.client()
    projected = client.get_payment(id=PAYMENT_ID, fields=["id", "paymentMethod"])
    assert type(projected) is oracle.models.ProjectedPayment
    assert set(projected.to_dict()) == {"id", "paymentMethod"}
    assert type(projected.payment_method) is oracle.models.ProjectedCash  # nested objects come whole
    whole = client.get_payment(id=PAYMENT_ID)
    assert type(whole) is oracle.models.Payment and whole.to_dict() == testing.example(oracle.models.Payment).to_dict()
    assert fake.violations == []


# -- the return types the type checkers see ------------------------------------------------------

TYPED = '''
from typing import assert_type

from oracle_brm import AsyncClient, Client, RawResponse, Unset, models


def sync_calls(client: Client, maybe: list[str] | None) -> None:
    assert_type(client.get_payment(id="p"), models.Payment)
    assert_type(client.get_payment(id="p", fields=None), models.Payment)
    assert_type(client.get_payment(id="p", fields=["name"]), models.ProjectedPayment)
    assert_type(client.get_payment(id="p", fields=maybe), models.Payment | models.ProjectedPayment)
    assert_type(client.with_raw_response.get_payment(id="p"), RawResponse[models.Payment])
    assert_type(client.with_raw_response.get_payment(id="p", fields=["name"]), RawResponse[models.ProjectedPayment])
    assert_type(client.get_payment(id="p", fields=["paymentItem"]).payment_item, list[models.ProjectedPaymentItem] | None | Unset)


async def async_calls(client: AsyncClient) -> None:
    assert_type(await client.get_payment(id="p"), models.Payment)
    assert_type(await client.get_payment(id="p", fields=["name"]), models.ProjectedPayment)
    raw = await client.with_raw_response.get_payment(id="p", fields=["name"])
    assert_type(raw, RawResponse[models.ProjectedPayment])


def misuse(client: Client) -> None:
    whole: models.Payment = client.get_payment(id="p", fields=["name"])  # error: a projection is no Payment
    print(client.get_payment(id="p", fields=["account"]).account.id)  # error: account may be UNSET
    print(client.get_payment(id="p").account.id)
'''


def _error_lines(output: str, marker: str) -> list[int]:
    return sorted({int(line.split(":")[1]) for line in output.splitlines() if marker in line and "typed.py" in line})


def test_the_overloads_give_each_call_its_return_type(tmp_path: Path) -> None:
    """Each `assert_type` holds for both checkers, and each misuse (only those) is an error."""
    (tmp_path / "typed.py").write_text(TYPED)
    misuses = [number for number, line in enumerate(TYPED.splitlines(), start=1) if "# error:" in line]
    result = mypy_strict("typed.py", tmp_path, tmp_path / "cache", mypypath=ROOT / "generated")
    assert _error_lines(result.stdout, ": error:") == misuses, result.stdout
    config = tmp_path / "pyrightconfig.json"
    settings = {"include": [str(tmp_path)], "extraPaths": [str(ROOT / "generated")], "typeCheckingMode": "strict"}
    config.write_text(json.dumps({**settings, "pythonVersion": "3.11"}))
    result = pyright_strict(config)
    assert _error_lines(result.stdout, "- error:") == misuses, result.stdout[-5000:]
