# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 ec5340ed521dca5f4464d3f51f25376df9fb689fdde86631cf16cb6df9e68769)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the ActivePlatform Vendor API v1 - Get Payment Info by ID API, decoded from and encoded to JSON.

`from_dict()` builds a model from parsed JSON and raises `DecodeError` naming the field
path when the data does not fit; `to_dict()` gives the JSON form back. Fields the server
leaves out are `UNSET` (distinct from `None`, which is JSON null), and keys the spec does
not name are kept in `additional_properties`, so a round trip never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import datetime
from enum import Enum
from typing import Any

from . import runtime as _rt


class PaymentStatus(str, Enum):
    """One of the following statuses of the payment: waiting_for_payment - payment has been added, but not approved; completed - payment has been successfully processed (added and approved); receipt_creating - a receipt is being created by the manager manually; receipt_sent - receipt has been manually created by the manager; cancelled - an order has been cancelled."""

    WAITING_FOR_PAYMENT = "waiting_for_payment"
    COMPLETED = "completed"
    RECEIPT_CREATING = "receipt_creating"
    RECEIPT_SENT = "receipt_sent"
    CANCELLED = "cancelled"


@_dataclasses.dataclass(slots=True, kw_only=True)
class Payment:
    """Payment's details, as returned by Get Payment Info by ID."""

    id: int
    """A payment ID."""
    document_id: str
    """A payment document number. The mask of a payment number is set in the platform settings in the "Document ID format" group (see System settings in the ActivePlatform. Operator Control Panel)."""
    status: PaymentStatus | str
    account_id: int
    """An account ID, which makes the payment"""
    created_at: datetime
    """A date and time of the payment's creation."""
    updated_at: datetime
    """A date and time of the changes last time."""
    total: float
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
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Payment:
        """Builds a Payment from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Payment")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_int(_obj["id"])
            _key = "document_id"
            document_id = _rt.expect_str(_obj["document_id"])
            _key = "status"
            status = _rt.decode_enum(PaymentStatus, _obj["status"])
            _key = "account_id"
            account_id = _rt.expect_int(_obj["account_id"])
            _key = "created_at"
            created_at = _rt.decode_datetime(_obj["created_at"])
            _key = "updated_at"
            updated_at = _rt.decode_datetime(_obj["updated_at"])
            _key = "total"
            total = _rt.expect_float(_obj["total"])
            _key = "comment"
            comment = _rt.expect_str(_obj["comment"])
            _key = "requester_ip"
            requester_ip = _rt.expect_str(_obj["requester_ip"])
            _key = "manager_id"
            manager_id = _rt.decode_nullable(_obj["manager_id"], _rt.expect_int)
            _key = "payment_method_id"
            payment_method_id = _rt.decode_nullable(_obj["payment_method_id"], _rt.expect_int)
            _key = "payment_method_name"
            payment_method_name = _rt.decode_nullable(_obj["payment_method_name"], _rt.expect_str)
            _key = "orders"
            orders = _rt.decode_list(_obj["orders"], Order.from_dict)
        except KeyError:
            raise _rt.missing("Payment", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Payment", _key) from None
        return cls(
            id=id,
            document_id=document_id,
            status=status,
            account_id=account_id,
            created_at=created_at,
            updated_at=updated_at,
            total=total,
            comment=comment,
            requester_ip=requester_ip,
            manager_id=manager_id,
            payment_method_id=payment_method_id,
            payment_method_name=payment_method_name,
            orders=orders,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Payment_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Payment: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "document_id": self.document_id,
            "status": _rt.encode_enum(self.status),
            "account_id": self.account_id,
            "created_at": _rt.encode_datetime(self.created_at),
            "updated_at": _rt.encode_datetime(self.updated_at),
            "total": self.total,
            "comment": self.comment,
            "requester_ip": self.requester_ip,
            "manager_id": self.manager_id,
            "payment_method_id": self.payment_method_id,
            "payment_method_name": self.payment_method_name,
            "orders": [item0.to_dict() for item0 in self.orders],
        }
        _out.update(self.additional_properties)
        return _out


_Payment_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "status",
        "account_id",
        "created_at",
        "updated_at",
        "total",
        "comment",
        "requester_ip",
        "manager_id",
        "payment_method_id",
        "payment_method_name",
        "orders",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class Order:
    """An order linked with the payment, in the shape documented by Get a List of Orders."""

    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Order:
        """Builds a Order from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Order")
        return cls(
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Order_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Order: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        _out.update(self.additional_properties)
        return _out


_Order_KEYS: frozenset[str] = frozenset()
