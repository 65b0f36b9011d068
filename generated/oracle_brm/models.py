# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API, decoded from and encoded to JSON.

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
    "AccountRef",
    "Cash",
    "CashDetails",
    "ChannelRef",
    "Check",
    "EntityRef",
    "Error",
    "GetPaymentType",
    "Money",
    "Payment",
    "PaymentItem",
    "PaymentMethodRef",
    "PaymentMethodRefOrValue",
    "PaymentMethodRefOrValueType",
    "PaymentOracle",
    "ProjectedAccountRef",
    "ProjectedCash",
    "ProjectedCashDetails",
    "ProjectedChannelRef",
    "ProjectedCheck",
    "ProjectedEntityRef",
    "ProjectedMoney",
    "ProjectedPayment",
    "ProjectedPaymentItem",
    "ProjectedPaymentMethodRef",
    "ProjectedPaymentMethodRefOrValue",
    "ProjectedPaymentOracle",
    "ProjectedRelatedParty",
    "ProjectedTimePeriod",
    "RelatedParty",
    "TimePeriod",
]


class PaymentMethodRefOrValueType(str, Enum):
    """The payment method's type. Valid values are PaymentMethodRef for a credit or debit card, Cash, or Check. When the value is PaymentMethodRef, the payment method specified must be the one assigned to the bill unit. If you specify a different payment method, the one assigned to the bill unit will be refunded instead. (For payments and refunds, @type is not used for subclassing.)"""

    PAYMENT_METHOD_REF = "PaymentMethodRef"
    CASH = "Cash"
    CHECK = "Check"


class GetPaymentType(str, Enum):
    """Values of GetPaymentType."""

    PAYMENT = "Payment"
    PAYMENT_ORACLE = "PaymentOracle"


@_dataclasses.dataclass(slots=True, kw_only=True)
class Payment(_rt.Model):
    """A payment, including information about the payment, the payment amount, and the payment method."""

    _subtypes = ("@type", {"PaymentOracle": "PaymentOracle"})

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    account: AccountRef
    amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    authorization_code: Annotated[str | None | _rt.Unset, _rt.Key("authorizationCode")] = _rt.UNSET
    """An authorization code from an external payment gateway. (JSON key `authorizationCode`)"""
    channel: ChannelRef | _rt.Unset = _rt.UNSET
    correlator_id: Annotated[str | _rt.Unset, _rt.Key("correlatorId")] = _rt.UNSET
    """An payment correlation ID from a client application. (JSON key `correlatorId`)"""
    description: str | _rt.Unset = _rt.UNSET
    """The payment's description."""
    href: str
    """The payment's href."""
    id: str
    """The payment's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The payment's name."""
    payer: RelatedParty | None | _rt.Unset = _rt.UNSET
    """A party related to another object."""
    payment_date: Annotated[datetime, _rt.Key("paymentDate")]
    """The date the payment was made. (JSON key `paymentDate`)"""
    payment_item: Annotated[list[PaymentItem] | None | _rt.Unset, _rt.Key("paymentItem")] = (
        _rt.UNSET
    )
    """Payment items which can be assigned to bills. (JSON key `paymentItem`)"""
    payment_method: Annotated[PaymentMethodRefOrValue, _rt.Key("paymentMethod")]
    """(JSON key `paymentMethod`)"""
    status: str
    """The payment's status."""
    status_date: Annotated[datetime | _rt.Unset, _rt.Key("statusDate")] = _rt.UNSET
    """The date the payment's status was recorded. (JSON key `statusDate`)"""
    tax_amount: Annotated[Money | None | _rt.Unset, _rt.Key("taxAmount")] = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Annotated[Money, _rt.Key("totalAmount")]
    """(JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentOracle(Payment):
    """The extended (Oracle) payment object, returned for @type=PaymentOracle: a Payment with Oracle-specific extensions."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class AccountRef(_rt.Model):
    """A reference to an account."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    description: str | None | _rt.Unset = _rt.UNSET
    """The account reference's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The account reference's href."""
    id: str
    """The account reference's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The account reference's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Money(_rt.Model):
    """An amount of money."""

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    unit: str | _rt.Unset = _rt.UNSET
    """An ISO 4217 three letter currency code."""
    value: Annotated[Decimal, _rt.JSON_NUMBER] | _rt.Unset = _rt.UNSET
    """A positive floating point number."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ChannelRef(_rt.Model):
    """A reference to a channel."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The channel's href."""
    id: str
    """The channel's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The channel's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class RelatedParty(_rt.Model):
    """A party related to another object."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str, _rt.Key("@referredType")]
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The party's href."""
    id: str
    """The party's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The party's name."""
    role: str | None | _rt.Unset = _rt.UNSET
    """The party's role."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentItem(_rt.Model):
    """A portion of a payment that can be assigned to a bill."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    id: str | None | _rt.Unset = _rt.UNSET
    """The payment item's ID."""
    item: EntityRef
    tax_amount: Annotated[Money | None | _rt.Unset, _rt.Key("taxAmount")] = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Annotated[Money | None | _rt.Unset, _rt.Key("totalAmount")] = _rt.UNSET
    """An amount of money. (JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class EntityRef(_rt.Model):
    """An entity reference schema."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The entity's href."""
    id: str
    """The entity's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The entity's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodRefOrValue(_rt.Model):
    """A link to the resource containing information about the payment method. For Payment_Create requests, when the value of the payment method's @type property is PaymentMethodRef, the @referredType property is also required, and valid values are tokenizedCard, bankAccountDebit, and bankCard."""

    _subtypes = (
        "@type",
        {"PaymentMethodRef": "PaymentMethodRef", "Cash": "Cash", "Check": "Check"},
    )

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[PaymentMethodRefOrValueType | str, _rt.Key("@type")]
    """The payment method's type. Valid values are PaymentMethodRef for a credit or debit card, Cash, or Check. When the value is PaymentMethodRef, the payment method specified must be the one assigned to the bill unit. If you specify a different payment method, the one assigned to the bill unit will be refunded instead. (For payments and refunds, @type is not used for subclassing.) (JSON key `@type`)"""
    account: list[AccountRef] | None | _rt.Unset = _rt.UNSET
    """Accounts associated with the payment method."""
    description: str | None | _rt.Unset = _rt.UNSET
    """The payment method's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The payment method's href."""
    id: str | None
    """The payment method's ID."""
    is_preferred: Annotated[bool | None | _rt.Unset, _rt.Key("isPreferred")] = _rt.UNSET
    """Whether this is the preferred payment method (true) or not (false). (JSON key `isPreferred`)"""
    name: str | _rt.Unset = _rt.UNSET
    """The payment method's name."""
    related_party: Annotated[RelatedParty | None | _rt.Unset, _rt.Key("relatedParty")] = _rt.UNSET
    """A party related to another object. (JSON key `relatedParty`)"""
    status: str | None | _rt.Unset = _rt.UNSET
    """The payment method's status."""
    status_date: Annotated[datetime | None | _rt.Unset, _rt.Key("statusDate")] = _rt.UNSET
    """The date the payment method's status was recorded. (JSON key `statusDate`)"""
    valid_for: Annotated[TimePeriod | None | _rt.Unset, _rt.Key("validFor")] = _rt.UNSET
    """A period of time. You can specify only endDateTime or both endDateTime and startDateTime. (JSON key `validFor`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodRef(PaymentMethodRefOrValue):
    """A reference to a stored credit or debit card payment method (@type PaymentMethodRef)."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Cash(PaymentMethodRefOrValue):
    """A cash payment method (@type Cash)."""

    details: CashDetails | _rt.Unset = _rt.UNSET


@_dataclasses.dataclass(slots=True, kw_only=True)
class CashDetails(_rt.Model):
    """Receipt details of a cash payment."""

    receipt_no: Annotated[str, _rt.Key("receiptNo")]
    """The receipt number; may be empty. (JSON key `receiptNo`)"""
    receipt_date: Annotated[datetime, _rt.Key("receiptDate")]
    """The date of the receipt. (JSON key `receiptDate`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Check(PaymentMethodRefOrValue):
    """A check payment method (@type Check)."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class TimePeriod(_rt.Model):
    """A period of time. You can specify only endDateTime or both endDateTime and startDateTime."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    end_date_time: Annotated[datetime | None | _rt.Unset, _rt.Key("endDateTime")] = _rt.UNSET
    """The end of the time period in IETF RFC 3339 format. (JSON key `endDateTime`)"""
    start_date_time: Annotated[datetime | None | _rt.Unset, _rt.Key("startDateTime")] = _rt.UNSET
    """The start of the time period in IETF RFC 3339 format. If you specify this, you must also specify endDateTime. (JSON key `startDateTime`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Error(_rt.Model):
    """Used when an API returns an error, typically with a HTTP error response-code such as 401 (Unauthorized) or 500 (Internal Server Error)."""

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    code: str
    """An error code."""
    message: str | _rt.Unset = _rt.UNSET
    """Details and corrective actions related to the error."""
    reason: str
    """The reason for the error."""
    reference_error: Annotated[str | _rt.Unset, _rt.Key("referenceError")] = _rt.UNSET
    """A URI to documentation describing the error. (JSON key `referenceError`)"""
    status: str | _rt.Unset = _rt.UNSET
    """The HTTP Error code extension."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedPayment(_rt.Model):
    """Payment as answered when `fields` is passed: every field may be absent."""

    _subtypes = ("@type", {"PaymentOracle": "ProjectedPaymentOracle"})

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    account: ProjectedAccountRef | _rt.Unset = _rt.UNSET
    amount: ProjectedMoney | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    authorization_code: Annotated[str | None | _rt.Unset, _rt.Key("authorizationCode")] = _rt.UNSET
    """An authorization code from an external payment gateway. (JSON key `authorizationCode`)"""
    channel: ProjectedChannelRef | _rt.Unset = _rt.UNSET
    correlator_id: Annotated[str | _rt.Unset, _rt.Key("correlatorId")] = _rt.UNSET
    """An payment correlation ID from a client application. (JSON key `correlatorId`)"""
    description: str | _rt.Unset = _rt.UNSET
    """The payment's description."""
    href: str | _rt.Unset = _rt.UNSET
    """The payment's href."""
    id: str | _rt.Unset = _rt.UNSET
    """The payment's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The payment's name."""
    payer: ProjectedRelatedParty | None | _rt.Unset = _rt.UNSET
    """A party related to another object."""
    payment_date: Annotated[datetime | _rt.Unset, _rt.Key("paymentDate")] = _rt.UNSET
    """The date the payment was made. (JSON key `paymentDate`)"""
    payment_item: Annotated[
        list[ProjectedPaymentItem] | None | _rt.Unset, _rt.Key("paymentItem")
    ] = _rt.UNSET
    """Payment items which can be assigned to bills. (JSON key `paymentItem`)"""
    payment_method: Annotated[
        ProjectedPaymentMethodRefOrValue | _rt.Unset, _rt.Key("paymentMethod")
    ] = _rt.UNSET
    """(JSON key `paymentMethod`)"""
    status: str | _rt.Unset = _rt.UNSET
    """The payment's status."""
    status_date: Annotated[datetime | _rt.Unset, _rt.Key("statusDate")] = _rt.UNSET
    """The date the payment's status was recorded. (JSON key `statusDate`)"""
    tax_amount: Annotated[ProjectedMoney | None | _rt.Unset, _rt.Key("taxAmount")] = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Annotated[ProjectedMoney | _rt.Unset, _rt.Key("totalAmount")] = _rt.UNSET
    """(JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedPaymentOracle(ProjectedPayment):
    """PaymentOracle as answered when `fields` is passed: every field may be absent."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedAccountRef(_rt.Model):
    """AccountRef as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    description: str | None | _rt.Unset = _rt.UNSET
    """The account reference's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The account reference's href."""
    id: str | _rt.Unset = _rt.UNSET
    """The account reference's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The account reference's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedMoney(_rt.Model):
    """Money as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    unit: str | _rt.Unset = _rt.UNSET
    """An ISO 4217 three letter currency code."""
    value: Annotated[Decimal, _rt.JSON_NUMBER] | _rt.Unset = _rt.UNSET
    """A positive floating point number."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedChannelRef(_rt.Model):
    """ChannelRef as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The channel's href."""
    id: str | _rt.Unset = _rt.UNSET
    """The channel's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The channel's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedRelatedParty(_rt.Model):
    """RelatedParty as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The party's href."""
    id: str | _rt.Unset = _rt.UNSET
    """The party's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The party's name."""
    role: str | None | _rt.Unset = _rt.UNSET
    """The party's role."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedPaymentItem(_rt.Model):
    """PaymentItem as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    amount: ProjectedMoney | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    id: str | None | _rt.Unset = _rt.UNSET
    """The payment item's ID."""
    item: ProjectedEntityRef | _rt.Unset = _rt.UNSET
    tax_amount: Annotated[ProjectedMoney | None | _rt.Unset, _rt.Key("taxAmount")] = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Annotated[ProjectedMoney | None | _rt.Unset, _rt.Key("totalAmount")] = _rt.UNSET
    """An amount of money. (JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedEntityRef(_rt.Model):
    """EntityRef as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The entity's href."""
    id: str | _rt.Unset = _rt.UNSET
    """The entity's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The entity's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedPaymentMethodRefOrValue(_rt.Model):
    """PaymentMethodRefOrValue as answered when `fields` is passed: every field may be absent."""

    _subtypes = (
        "@type",
        {
            "PaymentMethodRef": "ProjectedPaymentMethodRef",
            "Cash": "ProjectedCash",
            "Check": "ProjectedCheck",
        },
    )

    base_type: Annotated[str | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: Annotated[str | None | _rt.Unset, _rt.Key("@referredType")] = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[PaymentMethodRefOrValueType | str | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The payment method's type. Valid values are PaymentMethodRef for a credit or debit card, Cash, or Check. When the value is PaymentMethodRef, the payment method specified must be the one assigned to the bill unit. If you specify a different payment method, the one assigned to the bill unit will be refunded instead. (For payments and refunds, @type is not used for subclassing.) (JSON key `@type`)"""
    account: list[ProjectedAccountRef] | None | _rt.Unset = _rt.UNSET
    """Accounts associated with the payment method."""
    description: str | None | _rt.Unset = _rt.UNSET
    """The payment method's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The payment method's href."""
    id: str | None | _rt.Unset = _rt.UNSET
    """The payment method's ID."""
    is_preferred: Annotated[bool | None | _rt.Unset, _rt.Key("isPreferred")] = _rt.UNSET
    """Whether this is the preferred payment method (true) or not (false). (JSON key `isPreferred`)"""
    name: str | _rt.Unset = _rt.UNSET
    """The payment method's name."""
    related_party: Annotated[ProjectedRelatedParty | None | _rt.Unset, _rt.Key("relatedParty")] = (
        _rt.UNSET
    )
    """A party related to another object. (JSON key `relatedParty`)"""
    status: str | None | _rt.Unset = _rt.UNSET
    """The payment method's status."""
    status_date: Annotated[datetime | None | _rt.Unset, _rt.Key("statusDate")] = _rt.UNSET
    """The date the payment method's status was recorded. (JSON key `statusDate`)"""
    valid_for: Annotated[ProjectedTimePeriod | None | _rt.Unset, _rt.Key("validFor")] = _rt.UNSET
    """A period of time. You can specify only endDateTime or both endDateTime and startDateTime. (JSON key `validFor`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedPaymentMethodRef(ProjectedPaymentMethodRefOrValue):
    """PaymentMethodRef as answered when `fields` is passed: every field may be absent."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedCash(ProjectedPaymentMethodRefOrValue):
    """Cash as answered when `fields` is passed: every field may be absent."""

    details: ProjectedCashDetails | _rt.Unset = _rt.UNSET


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedCashDetails(_rt.Model):
    """CashDetails as answered when `fields` is passed: every field may be absent."""

    receipt_no: Annotated[str | _rt.Unset, _rt.Key("receiptNo")] = _rt.UNSET
    """The receipt number; may be empty. (JSON key `receiptNo`)"""
    receipt_date: Annotated[datetime | _rt.Unset, _rt.Key("receiptDate")] = _rt.UNSET
    """The date of the receipt. (JSON key `receiptDate`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedCheck(ProjectedPaymentMethodRefOrValue):
    """Check as answered when `fields` is passed: every field may be absent."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ProjectedTimePeriod(_rt.Model):
    """TimePeriod as answered when `fields` is passed: every field may be absent."""

    base_type: Annotated[str | None | _rt.Unset, _rt.Key("@baseType")] = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: Annotated[str | None | _rt.Unset, _rt.Key("@schemaLocation")] = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: Annotated[str | None | _rt.Unset, _rt.Key("@type")] = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    end_date_time: Annotated[datetime | None | _rt.Unset, _rt.Key("endDateTime")] = _rt.UNSET
    """The end of the time period in IETF RFC 3339 format. (JSON key `endDateTime`)"""
    start_date_time: Annotated[datetime | None | _rt.Unset, _rt.Key("startDateTime")] = _rt.UNSET
    """The start of the time period in IETF RFC 3339 format. If you specify this, you must also specify endDateTime. (JSON key `startDateTime`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""
