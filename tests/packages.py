"""The five curated packages the tests drive: their names, specs and imports, and the typed
values their documented success examples decode to.

The value checks serve both the mock-transport tests (test_generated_clients.py) and the
Prism tests (test_prism_clients.py): both receive the spec's own example.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

from ruamel.yaml import YAML

from tests.paths import SPECS

PACKAGES = ["elance", "activeplatform_v1", "activeplatform_v3", "oracle_brm", "wepay"]
UTC = timezone.utc


@cache
def spec(package: str) -> dict[str, Any]:
    """The package's curated spec, as plain data."""
    return YAML(typ="safe").load((SPECS / f"{package}.yaml").read_text())


def pkg(package: str) -> ModuleType:
    """The generated package, imported lazily so one broken package fails only its tests."""
    return importlib.import_module(package)


# -- typed values of the documented success examples ---------------------------------------


def check_elance(result: Any, models: ModuleType) -> None:
    assert type(result) is models.GetPaymentResponse
    assert (result.api, result.api_version, result.rcode) == ("pay/getPayment", 1, 1)
    bid = result.data.bid_details
    assert type(bid) is models.BidData
    assert (bid.bid_id, bid.job_id, bid.job_name) == ("24170489", "24170488", "PHP scripting for SuperGeeks")
    assert bid.bid_amount == Decimal("200") and type(bid.bid_amount) is Decimal
    assert bid.submission_date == datetime(2011, 6, 1, 4, 0, tzinfo=UTC)
    assert bid.submission_date.utcoffset() == timedelta(0)
    assert all(flag is False for flag in (bid.is_hourly, bid.is_sponsored, bid.is_pre_bid))
    assert bid.client_country_code == "US" and bid.secondary_status == ""
    assert bid.client_image_url.startswith("https : ///file/SG_logo100x100.jpg?crypted=")
    payment = result.data.payment
    assert type(payment) is models.PaymentData
    assert (payment.id, payment.invoice_id, payment.bid_id) == (10396168, 6730313, 24170489)
    assert payment.date_ == datetime(2011, 6, 1, 4, 0, tzinfo=UTC)  # `date` escaped: it names a type in models
    assert (payment.amount, payment.from_amount, payment.to_currency) == (200, 200, "USD")
    assert payment.internal_payment_display == "Elance Escrow"
    assert payment.external_payment_display == ""


def check_activeplatform_v1(result: Any, models: ModuleType) -> None:
    assert type(result) is models.Payment
    assert (result.id, result.document_id, result.account_id) == (2007039, "P006131", 2000532)
    assert result.status is models.PaymentStatus.WAITING_FOR_PAYMENT
    plus_three = timezone(timedelta(hours=3))
    assert result.created_at == datetime(2016, 10, 4, 10, 52, 17, 813000, tzinfo=plus_three)
    assert result.created_at.utcoffset() == timedelta(hours=3)
    assert result.updated_at == result.created_at
    assert result.total == 100 and result.requester_ip == "178.159.242.50"
    assert all(value is None for value in (result.manager_id, result.payment_method_id, result.payment_method_name))
    assert result.orders == []


def check_activeplatform_v3(result: Any, models: ModuleType) -> None:
    assert type(result) is models.PaymentDocument
    data = result.data
    assert data.id == "9714" and data.type is models.PaymentResourceType.PAYMENTS
    attributes = data.attributes
    assert type(attributes) is models.PaymentAttributes
    assert attributes.total == Decimal("715.76") and type(attributes.total) is Decimal
    assert str(attributes.initial_total) == "715.76"
    assert attributes.discount_amount == Decimal("0.0") and str(attributes.discount_amount) == "0.0"
    assert attributes.amount_paid_from_balance is None and attributes.due_date is None
    assert attributes.account_id == 1349 and attributes.payment_method_id == 3
    assert attributes.payment_method_name == "Bank Transfer" and attributes.purpose == ""
    # `x-format: date-time-offset-no-colon`: "+0300" offsets, parsed as aware date-times.
    plus_three = timezone(timedelta(hours=3))
    assert attributes.created_at == datetime(2022, 3, 22, 16, 37, 21, 321874, tzinfo=plus_three)
    assert attributes.created_at.utcoffset() == timedelta(hours=3)
    assert attributes.closed_at == datetime(2022, 3, 22, 16, 37, 30, 163316, tzinfo=plus_three)
    assert attributes.closed_at.utcoffset() == timedelta(hours=3)
    relationships = data.relationships
    assert [(r.id, r.type) for r in relationships.orders.data] == [("14759", "prolong_orders")]
    assert [r.id for r in relationships.corrections.data] == ["32", "34", "35"]
    assert relationships.invoices.data == []
    assert (relationships.account.data.id, relationships.account.data.type) == ("1349", "accounts")
    assert [(r.id, r.type) for r in result.included][-1] == ("3", "payment_methods")
    assert all(type(r) is models.IncludedResource for r in result.included)


def check_oracle_brm(result: Any, models: ModuleType) -> None:
    assert type(result) is models.Payment
    assert result.id == "0.0.0.1+-item-payment+84530" and result.correlator_id == "P1-1"
    assert result.status == "Unallocated"
    assert result.type == "Payment" and result.base_type == "Payment"
    minus_seven = timezone(timedelta(hours=-7))
    assert result.payment_date == datetime(2020, 5, 1, 12, 1, 23, tzinfo=minus_seven)
    assert result.payment_date.utcoffset() == timedelta(hours=-7)
    assert result.status_date.utcoffset() == timedelta(hours=-7)
    assert (result.account.id, result.account.name) == ("0.0.0.1+-account+103533", "Sunny Awal")
    assert result.account.referred_type == "billingAccount" and result.account.href is None
    assert result.channel.name == "Unspecified"
    assert result.amount is None and result.payer is None and result.payment_item is None
    assert (result.total_amount.unit, result.total_amount.value) == ("USD", 10.0)
    method = result.payment_method
    assert type(method) is models.Cash
    assert method.type is models.PaymentMethodRefOrValueType.CASH
    assert method.id is None and method.name == "Cash"
    assert type(method.details) is models.CashDetails and method.details.receipt_no == ""
    assert method.details.receipt_date == datetime(2020, 7, 13, 8, 53, 10, tzinfo=minus_seven)
    assert "details" not in method.additional_properties


def check_wepay(result: Any, models: ModuleType) -> None:
    assert type(result) is models.PaymentCollection
    assert result.previous is None and result.api_version == "3.0"
    assert result.next is not None and result.next.startswith("/payments?page=QVFQNUFB")
    first, second = result.results
    assert all(type(p) is models.Payment for p in result.results)
    assert first.id == "00000000-0000-0000-0000-0000767bf5cd"
    assert (first.amount, first.fee_amount) == (1000, 0) and first.auto_capture is False
    assert first.status is models.PaymentStatus.PENDING
    assert first.create_time == datetime(2017, 11, 7, 18, 42, 59, tzinfo=UTC)
    assert first.create_time.tzinfo is not None and first.create_time.utcoffset() == timedelta(0)
    assert second.create_time == datetime.fromtimestamp(1510079535, UTC)
    assert first.capture_at is None and first.custom_data is None and first.order is None
    assert (first.owner.resource, first.payment_method.resource) == ("accounts", "payment_methods")
    assert first.pending_reasons[0].reason_code == "PENDING_CAPTURE"
    assert first.pending_reasons[0].details == []
    assert second.order is not None and second.order.path.startswith("/orders/")
    assert first.authorization_code == "0224241"


CHECKS: dict[str, Callable[[Any, ModuleType], None]] = {
    "elance": check_elance,
    "activeplatform_v1": check_activeplatform_v1,
    "activeplatform_v3": check_activeplatform_v3,
    "oracle_brm": check_oracle_brm,
    "wepay": check_wepay,
}
"""Each package's field-by-field check of its decoded success example, given the package's models."""
