"""User code: what a WePay platform captured in a time window, summed across pages."""

from __future__ import annotations

import dataclasses

import pytest

from wepay import Client, errors, models
from wepay.testing import FakeApi, RequestViolation, example

# -- the user's code --------------------------------------------------------------------------


class ReportUnavailable(Exception):
    """The report could not be built; the message is for the platform's operators."""


def captured_cents(client: Client, start: int, end: int, status: str = "completed") -> int:
    """Cents captured (less refunds) by payments created between `start` and `end` (Unix seconds)."""
    total = 0
    try:
        payments = client.list_payments_iter(
            status=status, create_time_start=start, create_time_end=end, page_size=50
        )
        for payment in payments:
            total += payment.amount - payment.amount_refunded
    except errors.ForbiddenError as error:
        reason = error.error.error_message if error.error else "no reason given"
        raise ReportUnavailable(f"WePay refused the report: {reason}") from error
    return total


# -- its tests ----------------------------------------------------------------------------------

START, END = 1510000000, 1510090000


def completed(payment_id: str, amount: int, refunded: int = 0) -> models.Payment:
    return dataclasses.replace(
        example(models.Payment),
        id=payment_id,
        status=models.PaymentStatus.COMPLETED,
        amount=amount,
        amount_refunded=refunded,
    )


def test_sums_every_page_and_asks_for_completed_payments_in_the_window() -> None:
    fake = FakeApi()
    fake.list_payments.pages(
        [completed("p1", 1000), completed("p2", 250, refunded=50)],
        [completed("p3", 700)],
        [],
    )
    assert captured_cents(fake.client(), START, END) == 1900

    assert len(fake.list_payments.calls) == 3
    for call in fake.list_payments.calls:
        assert call.arguments["status"] == "completed"
        assert call.arguments["create_time_start"] == START
        assert call.arguments["create_time_end"] == END
    first, second, third = (call.arguments["page"] for call in fake.list_payments.calls)
    assert first is None and second is not None and third not in (None, second)


def test_a_window_without_payments_is_zero() -> None:
    fake = FakeApi()
    fake.list_payments.pages([])
    assert captured_cents(fake.client(), START, END) == 0


def test_wepay_being_briefly_unavailable_costs_a_retry_not_the_report() -> None:
    fake = FakeApi()
    fake.list_payments.fails(503).pages([completed("p1", 100)], [completed("p2", 200)])
    assert captured_cents(fake.client(), START, END) == 300
    assert len(fake.list_payments.calls) == 3  # the 503, then the two pages


def test_a_refusal_becomes_a_report_error_with_wepays_reason() -> None:
    fake = FakeApi()
    fake.list_payments.fails(403)  # the spec's example: NOT_AUTHORIZED
    with pytest.raises(ReportUnavailable, match="not authorized to perform this action"):
        captured_cents(fake.client(), START, END)


def test_a_status_wepay_does_not_know_is_caught_before_it_ships() -> None:
    fake = FakeApi()
    with pytest.raises(RequestViolation) as caught:
        captured_cents(fake.client(), START, END, status="captured")
    assert caught.value.where == "query parameter 'status'" and caught.value.rule == "enum"
    assert fake.violations == [caught.value]
