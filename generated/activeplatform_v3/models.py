# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the ActivePlatform API v3 - Get payment API, decoded from and encoded to JSON.

`from_dict()` builds a model from parsed JSON and raises `DecodeError` naming the field
path when the data does not fit; `to_dict()` gives the JSON form back. Fields the server
leaves out are `UNSET` (distinct from `None`, which is JSON null), and keys the spec does
not name are kept in `additional_properties`, so a round trip never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

from . import runtime as _rt


class PaymentResourceType(str, Enum):
    """Data type"""

    PAYMENTS = "payments"


class GetPaymentIncludeItem(str, Enum):
    """Values of GetPaymentIncludeItem."""

    INVOICES = "invoices"
    ORDERS = "orders"
    ACCOUNT = "account"
    PAYMENT_METHOD = "payment_method"
    RESELLER = "reseller"
    CHARGES = "charges"
    CORRECTIONS = "corrections"


Relationship: TypeAlias = "ToManyRelationship | ToOneRelationship"
"""Any JSON:API relationship of an included object (to-many or to-one)."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentDocument:
    """The JSON:API top-level document returned by Get payment: the payment ("Response data") and, when requested with include, the related objects ("Additional information about objects listed in the request")."""

    data: PaymentResource
    included: list[IncludedResource] | _rt.Unset = _rt.UNSET
    """Additional information about objects listed in the request (the include parameter)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentDocument:
        """Builds a PaymentDocument from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentDocument")
        _key = ""
        try:
            _key = "data"
            data = PaymentResource.from_dict(_obj["data"])
            _key = "included"
            _value = _obj.get("included", _rt.UNSET)
            included = (
                _value
                if _value is _rt.UNSET
                else _rt.decode_list(_value, IncludedResource.from_dict)
            )
        except KeyError:
            raise _rt.missing("PaymentDocument", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentDocument", _key) from None
        return cls(
            data=data,
            included=included,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentDocument_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentDocument: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        if not isinstance(self.included, _rt.Unset):
            _out["included"] = [item0.to_dict() for item0 in self.included]
        _out.update(self.additional_properties)
        return _out

    def related(self, relationship: str) -> list[IncludedResource]:
        """The `included` resources that a relationship of `data` points to, in its order.

        A to-one relationship gives a list of at most one; an unknown name or a resource
        the server did not include gives fewer items rather than an error.
        """
        return _rt.jsonapi_related(self.to_dict(), relationship, IncludedResource.from_dict)


_PaymentDocument_KEYS: frozenset[str] = frozenset({"data", "included"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentResource:
    """Response data"""

    id: str
    """Payment ID"""
    type: PaymentResourceType | str
    attributes: PaymentAttributes
    relationships: PaymentRelationships
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentResource:
        """Builds a PaymentResource from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentResource")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "type"
            type = _rt.decode_enum(PaymentResourceType, _obj["type"])
            _key = "attributes"
            attributes = PaymentAttributes.from_dict(_obj["attributes"])
            _key = "relationships"
            relationships = PaymentRelationships.from_dict(_obj["relationships"])
        except KeyError:
            raise _rt.missing("PaymentResource", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentResource", _key) from None
        return cls(
            id=id,
            type=type,
            attributes=attributes,
            relationships=relationships,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentResource_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentResource: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "type": _rt.encode_enum(self.type),
            "attributes": self.attributes.to_dict(),
            "relationships": self.relationships.to_dict(),
        }
        _out.update(self.additional_properties)
        return _out


_PaymentResource_KEYS: frozenset[str] = frozenset({"id", "type", "attributes", "relationships"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentAttributes:
    """Information about the payment"""

    created_at: datetime
    """Date and time when the payment was created"""
    updated_at: datetime
    """Date and time when the payment was updated"""
    account_id: int
    """Account ID"""
    discount_amount: Decimal
    """Discount amount"""
    total: Decimal
    """Amount to be paid"""
    amount_paid_from_balance: Decimal | None
    """Amount paid from the balance"""
    initial_total: Decimal
    """Original payment amount"""
    currency_code: str
    """Payment currency code"""
    comment: str
    """Comment on the payment"""
    status: str
    """Payment status"""
    document_id: str
    """Payment number"""
    expiration_date: str | None
    """Expiration date of the payment for a postpaid subscription. Returns null if absent"""
    payment_method_id: int | None
    """ID of the payment method that was used for completing the payment. Returns null if absent"""
    requester_ip: str | None
    """IP address of the payer. Returns null if absent"""
    manager_id: int | None
    """The ID of the current personal manager of the account. Returns null if absent"""
    purpose: str
    """The purpose of the top-up payment displayed in the receipt"""
    external_total: Decimal | None
    """The third-party invoice amount. Only for a payment linked to a postpaid invoice with external management (see Approve invoice). Returns null if absent"""
    external_currency: str | None
    """The ISO code of the third-party invoice currency. Only for a payment linked to a postpaid invoice with external management (see Approve invoice). Returns null if absent"""
    due_date: date | None
    """The latest date for completing the payment for a postpaid subscription (YYYY-MM-DD)."""
    payment_method_name: str | None
    """Name of the payment method that was used for completing the payment. Returns null if absent"""
    closed_at: datetime | None
    """Date and time when the payment was completed"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentAttributes:
        """Builds a PaymentAttributes from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentAttributes")
        _key = ""
        try:
            _key = "created_at"
            created_at = _rt.decode_datetime(_obj["created_at"])
            _key = "updated_at"
            updated_at = _rt.decode_datetime(_obj["updated_at"])
            _key = "account_id"
            account_id = _rt.expect_int(_obj["account_id"])
            _key = "discount_amount"
            discount_amount = _rt.decode_decimal(_obj["discount_amount"])
            _key = "total"
            total = _rt.decode_decimal(_obj["total"])
            _key = "amount_paid_from_balance"
            amount_paid_from_balance = _rt.decode_nullable(
                _obj["amount_paid_from_balance"], _rt.decode_decimal
            )
            _key = "initial_total"
            initial_total = _rt.decode_decimal(_obj["initial_total"])
            _key = "currency_code"
            currency_code = _rt.expect_str(_obj["currency_code"])
            _key = "comment"
            comment = _rt.expect_str(_obj["comment"])
            _key = "status"
            status = _rt.expect_str(_obj["status"])
            _key = "document_id"
            document_id = _rt.expect_str(_obj["document_id"])
            _key = "expiration_date"
            expiration_date = _rt.decode_nullable(_obj["expiration_date"], _rt.expect_str)
            _key = "payment_method_id"
            payment_method_id = _rt.decode_nullable(_obj["payment_method_id"], _rt.expect_int)
            _key = "requester_ip"
            requester_ip = _rt.decode_nullable(_obj["requester_ip"], _rt.expect_str)
            _key = "manager_id"
            manager_id = _rt.decode_nullable(_obj["manager_id"], _rt.expect_int)
            _key = "purpose"
            purpose = _rt.expect_str(_obj["purpose"])
            _key = "external_total"
            external_total = _rt.decode_nullable(_obj["external_total"], _rt.decode_decimal)
            _key = "external_currency"
            external_currency = _rt.decode_nullable(_obj["external_currency"], _rt.expect_str)
            _key = "due_date"
            due_date = _rt.decode_nullable(_obj["due_date"], _rt.decode_date)
            _key = "payment_method_name"
            payment_method_name = _rt.decode_nullable(_obj["payment_method_name"], _rt.expect_str)
            _key = "closed_at"
            closed_at = _rt.decode_nullable(_obj["closed_at"], _rt.decode_datetime)
        except KeyError:
            raise _rt.missing("PaymentAttributes", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentAttributes", _key) from None
        return cls(
            created_at=created_at,
            updated_at=updated_at,
            account_id=account_id,
            discount_amount=discount_amount,
            total=total,
            amount_paid_from_balance=amount_paid_from_balance,
            initial_total=initial_total,
            currency_code=currency_code,
            comment=comment,
            status=status,
            document_id=document_id,
            expiration_date=expiration_date,
            payment_method_id=payment_method_id,
            requester_ip=requester_ip,
            manager_id=manager_id,
            purpose=purpose,
            external_total=external_total,
            external_currency=external_currency,
            due_date=due_date,
            payment_method_name=payment_method_name,
            closed_at=closed_at,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentAttributes_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentAttributes: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "created_at": _rt.encode_datetime(self.created_at),
            "updated_at": _rt.encode_datetime(self.updated_at),
            "account_id": self.account_id,
            "discount_amount": _rt.encode_decimal(self.discount_amount),
            "total": _rt.encode_decimal(self.total),
            "amount_paid_from_balance": (
                None
                if self.amount_paid_from_balance is None
                else _rt.encode_decimal(self.amount_paid_from_balance)
            ),
            "initial_total": _rt.encode_decimal(self.initial_total),
            "currency_code": self.currency_code,
            "comment": self.comment,
            "status": self.status,
            "document_id": self.document_id,
            "expiration_date": self.expiration_date,
            "payment_method_id": self.payment_method_id,
            "requester_ip": self.requester_ip,
            "manager_id": self.manager_id,
            "purpose": self.purpose,
            "external_total": (
                None if self.external_total is None else _rt.encode_decimal(self.external_total)
            ),
            "external_currency": self.external_currency,
            "due_date": None if self.due_date is None else _rt.encode_date(self.due_date),
            "payment_method_name": self.payment_method_name,
            "closed_at": None if self.closed_at is None else _rt.encode_datetime(self.closed_at),
        }
        _out.update(self.additional_properties)
        return _out


_PaymentAttributes_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "updated_at",
        "account_id",
        "discount_amount",
        "total",
        "amount_paid_from_balance",
        "initial_total",
        "currency_code",
        "comment",
        "status",
        "document_id",
        "expiration_date",
        "payment_method_id",
        "requester_ip",
        "manager_id",
        "purpose",
        "external_total",
        "external_currency",
        "due_date",
        "payment_method_name",
        "closed_at",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentRelationships:
    """Related objects"""

    orders: ToManyRelationship
    """The list of orders to pay"""
    invoices: ToManyRelationship
    """The list of invoices"""
    charges: ToManyRelationship
    """The list of charges"""
    corrections: ToManyRelationship
    """The list of corrections (see Complete payment by document ID)"""
    reseller: ToOneRelationship
    """Information about the reseller"""
    account: ToOneRelationship
    """Information about the account"""
    payment_method: ToOneRelationship
    """Information about the payment method that was used for completing the payment"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentRelationships:
        """Builds a PaymentRelationships from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentRelationships")
        _key = ""
        try:
            _key = "orders"
            orders = ToManyRelationship.from_dict(_obj["orders"])
            _key = "invoices"
            invoices = ToManyRelationship.from_dict(_obj["invoices"])
            _key = "charges"
            charges = ToManyRelationship.from_dict(_obj["charges"])
            _key = "corrections"
            corrections = ToManyRelationship.from_dict(_obj["corrections"])
            _key = "reseller"
            reseller = ToOneRelationship.from_dict(_obj["reseller"])
            _key = "account"
            account = ToOneRelationship.from_dict(_obj["account"])
            _key = "payment_method"
            payment_method = ToOneRelationship.from_dict(_obj["payment_method"])
        except KeyError:
            raise _rt.missing("PaymentRelationships", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentRelationships", _key) from None
        return cls(
            orders=orders,
            invoices=invoices,
            charges=charges,
            corrections=corrections,
            reseller=reseller,
            account=account,
            payment_method=payment_method,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentRelationships_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentRelationships: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "orders": self.orders.to_dict(),
            "invoices": self.invoices.to_dict(),
            "charges": self.charges.to_dict(),
            "corrections": self.corrections.to_dict(),
            "reseller": self.reseller.to_dict(),
            "account": self.account.to_dict(),
            "payment_method": self.payment_method.to_dict(),
        }
        _out.update(self.additional_properties)
        return _out


_PaymentRelationships_KEYS: frozenset[str] = frozenset(
    {"orders", "invoices", "charges", "corrections", "reseller", "account", "payment_method"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class ToManyRelationship:
    """A to-many JSON:API relationship; "data" lists the related objects."""

    data: list[ResourceIdentifier]
    """Related object information"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ToManyRelationship:
        """Builds a ToManyRelationship from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ToManyRelationship")
        _key = ""
        try:
            _key = "data"
            data = _rt.decode_list(_obj["data"], ResourceIdentifier.from_dict)
        except KeyError:
            raise _rt.missing("ToManyRelationship", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ToManyRelationship", _key) from None
        return cls(
            data=data,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ToManyRelationship_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ToManyRelationship: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "data": [item0.to_dict() for item0 in self.data],
        }
        _out.update(self.additional_properties)
        return _out


_ToManyRelationship_KEYS: frozenset[str] = frozenset({"data"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class ToOneRelationship:
    """A to-one JSON:API relationship; "data" is the related object or null."""

    data: ResourceIdentifier | None
    """Related object information"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ToOneRelationship:
        """Builds a ToOneRelationship from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ToOneRelationship")
        _key = ""
        try:
            _key = "data"
            data = _rt.decode_nullable(_obj["data"], ResourceIdentifier.from_dict)
        except KeyError:
            raise _rt.missing("ToOneRelationship", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ToOneRelationship", _key) from None
        return cls(
            data=data,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ToOneRelationship_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ToOneRelationship: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "data": None if self.data is None else self.data.to_dict(),
        }
        _out.update(self.additional_properties)
        return _out


_ToOneRelationship_KEYS: frozenset[str] = frozenset({"data"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class ResourceIdentifier:
    """A JSON:API resource identifier object."""

    id: str
    """ID of the related object"""
    type: str
    """Data type of the related object (for example prolong_orders, charges, resellers)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ResourceIdentifier:
        """Builds a ResourceIdentifier from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ResourceIdentifier")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "type"
            type = _rt.expect_str(_obj["type"])
        except KeyError:
            raise _rt.missing("ResourceIdentifier", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ResourceIdentifier", _key) from None
        return cls(
            id=id,
            type=type,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ResourceIdentifier_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ResourceIdentifier: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
        }
        _out.update(self.additional_properties)
        return _out


_ResourceIdentifier_KEYS: frozenset[str] = frozenset({"id", "type"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class IncludedResource:
    """A related object returned in "included" (order, invoice, charge, correction, reseller, account or payment method)."""

    id: str
    """ID of the object"""
    type: str
    """Data type of the object"""
    attributes: dict[str, Any]
    """The object's attributes; their shape is documented on each object's own page."""
    relationships: dict[str, ToManyRelationship | ToOneRelationship] | _rt.Unset = _rt.UNSET
    """The object's relationships, keyed by relationship name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> IncludedResource:
        """Builds a IncludedResource from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "IncludedResource")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "type"
            type = _rt.expect_str(_obj["type"])
            _key = "attributes"
            attributes = _rt.decode_map(_obj["attributes"], _rt.identity)
            _key = "relationships"
            _value = _obj.get("relationships", _rt.UNSET)
            relationships = (
                _value
                if _value is _rt.UNSET
                else _rt.decode_map(
                    _value,
                    lambda item0: _rt.decode_union(
                        item0,
                        (
                            ToManyRelationship.from_dict,
                            ToOneRelationship.from_dict,
                        ),
                    ),
                )
            )
        except KeyError:
            raise _rt.missing("IncludedResource", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("IncludedResource", _key) from None
        return cls(
            id=id,
            type=type,
            attributes=attributes,
            relationships=relationships,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _IncludedResource_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this IncludedResource: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "attributes": {key0: item0 for key0, item0 in self.attributes.items()},
        }
        if not isinstance(self.relationships, _rt.Unset):
            _out["relationships"] = {
                key0: _rt.encode_any(item0) for key0, item0 in self.relationships.items()
            }
        _out.update(self.additional_properties)
        return _out


_IncludedResource_KEYS: frozenset[str] = frozenset({"id", "type", "attributes", "relationships"})
