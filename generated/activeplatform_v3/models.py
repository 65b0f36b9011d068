# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the ActivePlatform API v3 - Get payment API, decoded from and encoded to JSON.

Each model is a dataclass. `Model.from_dict()` builds one from parsed JSON and raises
`DecodeError` naming the field path when the data does not fit; `to_dict()` gives the JSON
form back. Fields the server leaves out are `UNSET` (distinct from `None`, which is JSON
null), and keys the spec does not name are kept in `additional_properties`, so a round trip
never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

from . import runtime as _rt
from .runtime.jsonapi import jsonapi_related

__all__ = [
    "GetPaymentIncludeItem",
    "IncludedResource",
    "PaymentAttributes",
    "PaymentDocument",
    "PaymentRelationships",
    "PaymentResource",
    "PaymentResourceType",
    "Relationship",
    "ResourceIdentifier",
    "ToManyRelationship",
    "ToOneRelationship",
]


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
class PaymentDocument(_rt.Model):
    """The JSON:API top-level document returned by Get payment: the payment ("Response data") and, when requested with include, the related objects ("Additional information about objects listed in the request")."""

    data: PaymentResource
    included: list[IncludedResource] | _rt.Unset = _rt.UNSET
    """Additional information about objects listed in the request (the include parameter)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""

    def related(self, relationship: str) -> list[IncludedResource]:
        """The `included` resources that a relationship of `data` points to, in its order.

        A to-one relationship gives a list of at most one; an unknown name or a resource
        the server did not include gives fewer items rather than an error.
        """
        return jsonapi_related(self.to_dict(), relationship, IncludedResource.from_dict)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentResource(_rt.Model):
    """Response data"""

    id: str
    """Payment ID"""
    type: PaymentResourceType | str
    """Data type"""
    attributes: PaymentAttributes
    relationships: PaymentRelationships
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentAttributes(_rt.Model):
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
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentRelationships(_rt.Model):
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
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ToManyRelationship(_rt.Model):
    """A to-many JSON:API relationship; "data" lists the related objects."""

    data: list[ResourceIdentifier]
    """Related object information"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ToOneRelationship(_rt.Model):
    """A to-one JSON:API relationship; "data" is the related object or null."""

    data: ResourceIdentifier | None
    """Related object information"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ResourceIdentifier(_rt.Model):
    """A JSON:API resource identifier object."""

    id: str
    """ID of the related object"""
    type: str
    """Data type of the related object (for example prolong_orders, charges, resellers)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class IncludedResource(_rt.Model):
    """A related object returned in "included" (order, invoice, charge, correction, reseller, account or payment method)."""

    id: str
    """ID of the object"""
    type: str
    """Data type of the object"""
    attributes: dict[str, Any]
    """The object's attributes; their shape is documented on each object's own page."""
    relationships: dict[str, ToManyRelationship | ToOneRelationship] | _rt.Unset = _rt.UNSET
    """The object's relationships, keyed by relationship name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""
