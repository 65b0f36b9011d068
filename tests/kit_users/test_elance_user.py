"""User code: a freelancer dashboard line for an Elance payment, sync and async."""

from __future__ import annotations

import asyncio
import dataclasses
from decimal import Decimal

from elance import ApiError, AsyncClient, Client, models
from elance.testing import FakeApi, example

# -- the user's code --------------------------------------------------------------------------


def describe(details: models.PaymentDetails) -> str:
    payment, bid = details.payment, details.bid_details
    return (
        f"{bid.client_name} paid {payment.amount:g} {payment.to_currency} "
        f"for {bid.job_name!r} (invoice {payment.invoice_id})"
    )


def dashboard_line(client: Client, payment_id: int) -> str:
    try:
        return describe(client.get_payment(id=payment_id).data)
    except ApiError as error:
        return f"Payment {payment_id} is not available (Elance answered {error.status_code})."


async def dashboard_lines(client: AsyncClient, payment_ids: list[int]) -> list[str]:
    """The lines for several payments, fetched concurrently."""
    answers = await asyncio.gather(*(client.get_payment(id=i) for i in payment_ids))
    return [describe(answer.data) for answer in answers]


# -- its tests ----------------------------------------------------------------------------------


def test_the_line_names_client_amount_job_and_invoice() -> None:
    fake = FakeApi()
    line = dashboard_line(fake.client(), 10396168)
    assert line == "SuperGeeks paid 200 USD for 'PHP scripting for SuperGeeks' (invoice 6730313)"
    assert fake.get_payment.last_call.arguments == {"id": 10396168}
    # The client signs each request with OAuth 1.0a; the fake checks it carries a signature.
    assert fake.get_payment.last_call.request.headers["Authorization"].startswith("OAuth ")


def test_any_error_status_gives_a_placeholder_line() -> None:
    fake = FakeApi()
    fake.get_payment.fails(404, body={"rcode": 404})
    assert dashboard_line(fake.client(), 1) == "Payment 1 is not available (Elance answered 404)."


def test_several_payments_at_once_with_the_async_client() -> None:
    fake = FakeApi()
    response = example(models.GetPaymentResponse)
    other = dataclasses.replace(
        response,
        data=dataclasses.replace(
            response.data, payment=dataclasses.replace(response.data.payment, id=2, amount=Decimal("75.5"))
        ),
    )
    fake.get_payment.returns(response).returns(other)
    lines = asyncio.run(dashboard_lines(fake.async_client(), [10396168, 2]))
    assert [line.split(" for ")[0] for line in lines] == ["SuperGeeks paid 200 USD", "SuperGeeks paid 75.5 USD"]
    assert sorted(call.arguments["id"] for call in fake.get_payment.calls) == [2, 10396168]
