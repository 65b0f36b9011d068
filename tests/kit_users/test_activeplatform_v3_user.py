"""User code: the account a JSON:API payment belongs to, from the included resources."""

from __future__ import annotations

from typing import Any

import pytest

from activeplatform_v3 import Client, models
from activeplatform_v3.testing import FakeApi, InvalidAnswer, example

# -- the user's code --------------------------------------------------------------------------


def payer_account(client: Client, reseller_id: int, payment_id: int) -> str | None:
    """The id of the account that made a payment, or None when the payment names none."""
    document = client.get_payment(reseller_id=reseller_id, payment_id=payment_id, include=["account"])
    accounts = document.related("account")
    return accounts[0].id if accounts else None


# -- its tests ----------------------------------------------------------------------------------


def test_the_account_comes_from_the_included_resources() -> None:
    fake = FakeApi()
    assert payer_account(fake.client(), 1, 9714) == "1349"
    assert fake.get_payment.last_call.arguments == {"reseller_id": 1, "payment_id": 9714, "include": ["account"]}


def spec_example() -> dict[str, Any]:
    """The spec's example document, as JSON, to edit for one test."""
    return example(models.PaymentDocument).to_dict()


def test_a_payment_without_an_account_gives_none() -> None:
    document = spec_example()
    document["data"]["relationships"]["account"]["data"] = None
    fake = FakeApi()
    fake.get_payment.returns_json(document)
    assert payer_account(fake.client(), 1, 9714) is None


def test_a_document_the_api_would_not_send_is_refused_when_scripted() -> None:
    document = spec_example()
    del document["data"]["relationships"]  # required by the spec
    fake = FakeApi()
    with pytest.raises(InvalidAnswer, match=r"data\.relationships"):
        fake.get_payment.returns_json(document)


def test_asking_for_an_undocumented_include_is_caught() -> None:
    fake = FakeApi()
    client = fake.client()
    with pytest.raises(AssertionError, match=r"query parameter 'include'.*'subscriptions' is not one of"):
        client.get_payment(reseller_id=1, payment_id=9714, include=["subscriptions"])
