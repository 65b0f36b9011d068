"""User code: which of a batch of ActivePlatform payments still wait for money, and for how long."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from activeplatform_v1 import Client, models
from activeplatform_v1.testing import FakeApi, RequestViolation, example

# -- the user's code --------------------------------------------------------------------------


def overdue(client: Client, payment_ids: list[int], now: datetime, grace: timedelta) -> list[int]:
    """The payments still waiting for payment longer than `grace` after they were created."""
    late: list[int] = []
    for payment_id in payment_ids:
        payment = client.get_payment(id=payment_id)
        if payment.status == models.PaymentStatus.WAITING_FOR_PAYMENT and now - payment.created_at > grace:
            late.append(payment.id)
    return late


# -- its tests ----------------------------------------------------------------------------------

NOW = datetime(2016, 10, 10, tzinfo=timezone.utc)


def payment(payment_id: int, status: models.PaymentStatus, days_old: int) -> models.Payment:
    return dataclasses.replace(
        example(models.Payment), id=payment_id, status=status, created_at=NOW - timedelta(days=days_old)
    )


def test_only_waiting_payments_past_the_grace_period_are_overdue() -> None:
    fake = FakeApi()
    fake.get_payment.returns(payment(1, models.PaymentStatus.WAITING_FOR_PAYMENT, 9))
    fake.get_payment.returns(payment(2, models.PaymentStatus.COMPLETED, 30))
    fake.get_payment.returns(payment(3, models.PaymentStatus.WAITING_FOR_PAYMENT, 1))
    assert overdue(fake.client(), [1, 2, 3], NOW, timedelta(days=7)) == [1]
    assert [call.arguments["id"] for call in fake.get_payment.calls] == [1, 2, 3]


def test_the_token_travels_in_the_query_as_documented() -> None:
    fake = FakeApi()
    overdue(fake.client(api_token="manager-token"), [2007039], NOW, timedelta(days=7))
    assert fake.get_payment.last_call.request.url.params["api_token"] == "manager-token"


def test_a_hand_written_request_without_the_token_is_caught() -> None:
    fake = FakeApi()
    raw = httpx.Client(transport=fake, base_url=fake.base_url)  # e.g. code that bypasses the client
    with pytest.raises(RequestViolation, match=r"get_payment .*: credentials: none of the documented"):
        raw.get("/api/vendor/v1/payments/1.json")
