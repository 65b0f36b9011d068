"""User code: a support tool that shows a BRM payment, or says in plain words why it cannot."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from oracle_brm import UNSET, ApiError, Client, errors, models
from oracle_brm.testing import FakeApi, InvalidAnswer, example

# -- the user's code --------------------------------------------------------------------------


def payment_summary(client: Client, payment_id: str) -> str:
    """One line for the support desk: the payment, or what went wrong in words they can act on."""
    try:
        payment = client.get_payment(id=payment_id, fields=["id", "status", "totalAmount"])
    except errors.NotFoundError:
        return f"There is no payment {payment_id} in BRM."
    except (errors.UnauthorizedError, errors.ForbiddenError) as error:
        reason = error.error.reason if error.error else "access denied"
        return f"BRM refused the request ({reason}): ask an administrator for a new access token."
    except errors.BadRequestError as error:
        detail = error.error.message if error.error and isinstance(error.error.message, str) else ""
        return f"BRM rejected the request. {detail}".strip()
    except ApiError as error:
        if error.status_code >= 500:
            return "BRM is not answering right now; try again in a few minutes."
        raise
    # Asked for three fields, the answer is a ProjectedPayment: any field may be UNSET.
    total = payment.total_amount
    if isinstance(total, models.ProjectedMoney) and isinstance(total.value, Decimal):
        amount = f"{total.value:.2f} {total.unit}"
    else:
        amount = "an unknown amount"
    return f"Payment {payment.id}: {payment.status}, {amount}."


# -- its tests ----------------------------------------------------------------------------------

PAYMENT_ID = "0.0.0.1+-item-payment+84530"


def test_a_payment_is_summarised_from_its_status_and_total() -> None:
    fake = FakeApi()
    assert payment_summary(fake.client(), PAYMENT_ID) == (
        "Payment 0.0.0.1+-item-payment+84530: Unallocated, 10.00 USD."
    )
    call = fake.get_payment.last_call
    assert call.arguments == {"id": PAYMENT_ID, "type": None, "fields": ["id", "status", "totalAmount"]}


def test_the_fake_answers_only_the_fields_asked_for() -> None:
    fake = FakeApi()
    payment = fake.client().get_payment(id=PAYMENT_ID, fields=["status", "totalAmount"])
    assert isinstance(payment, models.ProjectedPayment)
    assert payment.id is UNSET and payment.status == "Unallocated"
    assert payment.to_dict() == {"status": "Unallocated", "totalAmount": {"unit": "USD", "value": Decimal("10.0")}}
    assert payment_summary(fake.client(), PAYMENT_ID) == "Payment 0.0.0.1+-item-payment+84530: Unallocated, 10.00 USD."


def test_a_payment_in_another_currency() -> None:
    fake = FakeApi()
    payment = example(models.Payment)
    payment = dataclasses.replace(
        payment, status="Allocated", total_amount=models.Money(unit="EUR", value=Decimal("12.5"))
    )
    fake.get_payment.returns(payment)
    assert payment_summary(fake.client(), PAYMENT_ID).endswith("Allocated, 12.50 EUR.")


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "There is no payment 0.0.0.1+-item-payment+84530 in BRM."),
        (401, "BRM refused the request (Unauthorized): ask an administrator for a new access token."),
        (403, "BRM refused the request (Forbidden): ask an administrator for a new access token."),
        (400, "BRM rejected the request. The value of the fields parameter is invalid."),
        (500, "BRM is not answering right now; try again in a few minutes."),
    ],
)
def test_each_documented_error_has_words_for_the_desk(status: int, message: str) -> None:
    fake = FakeApi()
    fake.get_payment.fails(status)  # answered with the spec's own error example
    assert payment_summary(fake.client(), PAYMENT_ID) == message


def test_an_outage_that_outlasts_the_retries_is_reported_as_such() -> None:
    fake = FakeApi()
    fake.get_payment.fails(503)
    assert payment_summary(fake.client(), PAYMENT_ID) == (
        "BRM is not answering right now; try again in a few minutes."
    )
    assert len(fake.get_payment.calls) == 3  # the first try and two retries, without waiting


def test_an_error_body_the_spec_would_not_send_is_refused_when_scripted() -> None:
    fake = FakeApi()
    with pytest.raises(InvalidAnswer, match="reason"):
        fake.get_payment.fails(404, body={"code": "404"})  # Error requires `reason` too
    fake.get_payment.fails(404, body={"code": "404"}, validate=False)
    assert payment_summary(fake.client(), PAYMENT_ID).startswith("There is no payment")


def test_a_client_with_someone_elses_token_still_works_against_the_fake() -> None:
    fake = FakeApi()
    client = fake.client(bearer="token-of-the-support-desk")
    payment_summary(client, PAYMENT_ID)
    sent = fake.get_payment.last_call.request.headers["Authorization"]
    assert sent == "Bearer token-of-the-support-desk"
