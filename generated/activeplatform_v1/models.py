# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the ActivePlatform Vendor API v1 - Get Payment Info by ID API, decoded from and encoded to JSON.

Each model is a dataclass. `Model.from_dict()` builds one from parsed JSON and raises
`DecodeError` naming the field path when the data does not fit; `to_dict()` gives the JSON
form back. Fields the server leaves out are `UNSET` (distinct from `None`, which is JSON
null), and keys the spec does not name are kept in `additional_properties`, so a round trip
never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

from . import runtime as _rt

__all__ = [
    "Order",
    "Payment",
    "PaymentStatus",
]


class PaymentStatus(str, Enum):
    """One of the following statuses of the payment: waiting_for_payment - payment has been added, but not approved; completed - payment has been successfully processed (added and approved); receipt_creating - a receipt is being created by the manager manually; receipt_sent - receipt has been manually created by the manager; cancelled - an order has been cancelled."""

    WAITING_FOR_PAYMENT = "waiting_for_payment"
    COMPLETED = "completed"
    RECEIPT_CREATING = "receipt_creating"
    RECEIPT_SENT = "receipt_sent"
    CANCELLED = "cancelled"


@_dataclasses.dataclass(slots=True, kw_only=True)
class Payment(_rt.Model):
    """Payment's details, as returned by Get Payment Info by ID."""

    id: int
    """A payment ID."""
    document_id: str
    """A payment document number. The mask of a payment number is set in the platform settings in the "Document ID format" group (see System settings in the ActivePlatform. Operator Control Panel)."""
    status: PaymentStatus | str
    """One of the following statuses of the payment: waiting_for_payment - payment has been added, but not approved; completed - payment has been successfully processed (added and approved); receipt_creating - a receipt is being created by the manager manually; receipt_sent - receipt has been manually created by the manager; cancelled - an order has been cancelled."""
    account_id: int
    """An account ID, which makes the payment"""
    created_at: datetime
    """A date and time of the payment's creation."""
    updated_at: datetime
    """A date and time of the changes last time."""
    total: Annotated[Decimal, _rt.JSON_NUMBER]
    """An amount of the payment."""
    comment: str
    """Additional information about the payment."""
    requester_ip: str
    """An IP address of the user who makes the payment."""
    manager_id: int | None
    """A manager ID who is responsible for the handling of the payment."""
    payment_method_id: int | None
    """A payment method ID."""
    payment_method_name: str | None
    """A payment method name."""
    orders: list[Order]
    """A list of orders which are linked with the payment (see Get a List of Orders)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Order(_rt.Model):
    """An order linked with the payment, in the shape documented by Get a List of Orders."""

    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""
