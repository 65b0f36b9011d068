# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 ae2eac9163a5a1520d3692545eb72be549b3181d421913ea48cb8240dc327105)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the Oracle BRM REST Services Manager - Payment Management - Get a Payment by ID API, decoded from and encoded to JSON.

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
class Payment:
    """A payment, including information about the payment, the payment amount, and the payment method."""

    base_type: str | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    account: AccountRef
    amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    authorization_code: str | None | _rt.Unset = _rt.UNSET
    """An authorization code from an external payment gateway. (JSON key `authorizationCode`)"""
    channel: ChannelRef | _rt.Unset = _rt.UNSET
    correlator_id: str | _rt.Unset = _rt.UNSET
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
    payment_date: datetime
    """The date the payment was made. (JSON key `paymentDate`)"""
    payment_item: list[PaymentItem] | None | _rt.Unset = _rt.UNSET
    """Payment items which can be assigned to bills. (JSON key `paymentItem`)"""
    payment_method: PaymentMethodRefOrValue
    """(JSON key `paymentMethod`)"""
    status: str
    """The payment's status."""
    status_date: datetime | _rt.Unset = _rt.UNSET
    """The date the payment's status was recorded. (JSON key `statusDate`)"""
    tax_amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Money
    """(JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Payment:
        """Builds a Payment from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Payment")
        _tag = _obj.get("@type")
        if _tag == "PaymentOracle":
            return PaymentOracle.from_dict(_obj)
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "account"
            account = AccountRef.from_dict(_obj["account"])
            _key = "amount"
            _value = _obj.get("amount", _rt.UNSET)
            amount = _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            _key = "authorizationCode"
            _value = _obj.get("authorizationCode", _rt.UNSET)
            authorization_code = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "channel"
            _value = _obj.get("channel", _rt.UNSET)
            channel = _value if _value is _rt.UNSET else ChannelRef.from_dict(_value)
            _key = "correlatorId"
            _value = _obj.get("correlatorId", _rt.UNSET)
            correlator_id = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "href"
            href = _rt.expect_str(_obj["href"])
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "payer"
            _value = _obj.get("payer", _rt.UNSET)
            payer = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "paymentDate"
            payment_date = _rt.decode_datetime(_obj["paymentDate"])
            _key = "paymentItem"
            _value = _obj.get("paymentItem", _rt.UNSET)
            payment_item = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, PaymentItem.from_dict)
            )
            _key = "paymentMethod"
            payment_method = PaymentMethodRefOrValue.from_dict(_obj["paymentMethod"])
            _key = "status"
            status = _rt.expect_str(_obj["status"])
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = _value if _value is _rt.UNSET else _rt.decode_datetime(_value)
            _key = "taxAmount"
            _value = _obj.get("taxAmount", _rt.UNSET)
            tax_amount = (
                _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            )
            _key = "totalAmount"
            total_amount = Money.from_dict(_obj["totalAmount"])
        except KeyError:
            raise _rt.missing("Payment", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Payment", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            account=account,
            amount=amount,
            authorization_code=authorization_code,
            channel=channel,
            correlator_id=correlator_id,
            description=description,
            href=href,
            id=id,
            name=name,
            payer=payer,
            payment_date=payment_date,
            payment_item=payment_item,
            payment_method=payment_method,
            status=status,
            status_date=status_date,
            tax_amount=tax_amount,
            total_amount=total_amount,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Payment_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Payment: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "account": self.account.to_dict(),
            "href": self.href,
            "id": self.id,
            "paymentDate": _rt.encode_datetime(self.payment_date),
            "paymentMethod": self.payment_method.to_dict(),
            "status": self.status,
            "totalAmount": self.total_amount.to_dict(),
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.amount, _rt.Unset):
            _out["amount"] = None if self.amount is None else self.amount.to_dict()
        if not isinstance(self.authorization_code, _rt.Unset):
            _out["authorizationCode"] = self.authorization_code
        if not isinstance(self.channel, _rt.Unset):
            _out["channel"] = self.channel.to_dict()
        if not isinstance(self.correlator_id, _rt.Unset):
            _out["correlatorId"] = self.correlator_id
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.payer, _rt.Unset):
            _out["payer"] = None if self.payer is None else self.payer.to_dict()
        if not isinstance(self.payment_item, _rt.Unset):
            _out["paymentItem"] = (
                None
                if self.payment_item is None
                else [item0.to_dict() for item0 in self.payment_item]
            )
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = _rt.encode_datetime(self.status_date)
        if not isinstance(self.tax_amount, _rt.Unset):
            _out["taxAmount"] = None if self.tax_amount is None else self.tax_amount.to_dict()
        _out.update(self.additional_properties)
        return _out


_Payment_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@schemaLocation",
        "@type",
        "account",
        "amount",
        "authorizationCode",
        "channel",
        "correlatorId",
        "description",
        "href",
        "id",
        "name",
        "payer",
        "paymentDate",
        "paymentItem",
        "paymentMethod",
        "status",
        "statusDate",
        "taxAmount",
        "totalAmount",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentOracle(Payment):
    """The extended (Oracle) payment object, returned for @type=PaymentOracle: a Payment with Oracle-specific extensions."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentOracle:
        """Builds a PaymentOracle from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentOracle")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "account"
            account = AccountRef.from_dict(_obj["account"])
            _key = "amount"
            _value = _obj.get("amount", _rt.UNSET)
            amount = _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            _key = "authorizationCode"
            _value = _obj.get("authorizationCode", _rt.UNSET)
            authorization_code = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "channel"
            _value = _obj.get("channel", _rt.UNSET)
            channel = _value if _value is _rt.UNSET else ChannelRef.from_dict(_value)
            _key = "correlatorId"
            _value = _obj.get("correlatorId", _rt.UNSET)
            correlator_id = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "href"
            href = _rt.expect_str(_obj["href"])
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "payer"
            _value = _obj.get("payer", _rt.UNSET)
            payer = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "paymentDate"
            payment_date = _rt.decode_datetime(_obj["paymentDate"])
            _key = "paymentItem"
            _value = _obj.get("paymentItem", _rt.UNSET)
            payment_item = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, PaymentItem.from_dict)
            )
            _key = "paymentMethod"
            payment_method = PaymentMethodRefOrValue.from_dict(_obj["paymentMethod"])
            _key = "status"
            status = _rt.expect_str(_obj["status"])
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = _value if _value is _rt.UNSET else _rt.decode_datetime(_value)
            _key = "taxAmount"
            _value = _obj.get("taxAmount", _rt.UNSET)
            tax_amount = (
                _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            )
            _key = "totalAmount"
            total_amount = Money.from_dict(_obj["totalAmount"])
        except KeyError:
            raise _rt.missing("PaymentOracle", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentOracle", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            account=account,
            amount=amount,
            authorization_code=authorization_code,
            channel=channel,
            correlator_id=correlator_id,
            description=description,
            href=href,
            id=id,
            name=name,
            payer=payer,
            payment_date=payment_date,
            payment_item=payment_item,
            payment_method=payment_method,
            status=status,
            status_date=status_date,
            tax_amount=tax_amount,
            total_amount=total_amount,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentOracle_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentOracle: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "account": self.account.to_dict(),
            "href": self.href,
            "id": self.id,
            "paymentDate": _rt.encode_datetime(self.payment_date),
            "paymentMethod": self.payment_method.to_dict(),
            "status": self.status,
            "totalAmount": self.total_amount.to_dict(),
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.amount, _rt.Unset):
            _out["amount"] = None if self.amount is None else self.amount.to_dict()
        if not isinstance(self.authorization_code, _rt.Unset):
            _out["authorizationCode"] = self.authorization_code
        if not isinstance(self.channel, _rt.Unset):
            _out["channel"] = self.channel.to_dict()
        if not isinstance(self.correlator_id, _rt.Unset):
            _out["correlatorId"] = self.correlator_id
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.payer, _rt.Unset):
            _out["payer"] = None if self.payer is None else self.payer.to_dict()
        if not isinstance(self.payment_item, _rt.Unset):
            _out["paymentItem"] = (
                None
                if self.payment_item is None
                else [item0.to_dict() for item0 in self.payment_item]
            )
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = _rt.encode_datetime(self.status_date)
        if not isinstance(self.tax_amount, _rt.Unset):
            _out["taxAmount"] = None if self.tax_amount is None else self.tax_amount.to_dict()
        _out.update(self.additional_properties)
        return _out


_PaymentOracle_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@schemaLocation",
        "@type",
        "account",
        "amount",
        "authorizationCode",
        "channel",
        "correlatorId",
        "description",
        "href",
        "id",
        "name",
        "payer",
        "paymentDate",
        "paymentItem",
        "paymentMethod",
        "status",
        "statusDate",
        "taxAmount",
        "totalAmount",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class AccountRef:
    """A reference to an account."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: str | _rt.Unset = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    description: str | None | _rt.Unset = _rt.UNSET
    """The account reference's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The account reference's href."""
    id: str
    """The account reference's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The account reference's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> AccountRef:
        """Builds a AccountRef from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "AccountRef")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("AccountRef", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("AccountRef", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            description=description,
            href=href,
            id=id,
            name=name,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _AccountRef_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this AccountRef: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        _out.update(self.additional_properties)
        return _out


_AccountRef_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@referredType", "@schemaLocation", "@type", "description", "href", "id", "name"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class Money:
    """An amount of money."""

    base_type: str | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: str | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    unit: str | _rt.Unset = _rt.UNSET
    """An ISO 4217 three letter currency code."""
    value: float | _rt.Unset = _rt.UNSET
    """A positive floating point number."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Money:
        """Builds a Money from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Money")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "unit"
            _value = _obj.get("unit", _rt.UNSET)
            unit = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "value"
            _value = _obj.get("value", _rt.UNSET)
            value = _value if _value is _rt.UNSET else _rt.expect_float(_value)
        except KeyError:
            raise _rt.missing("Money", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Money", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            unit=unit,
            value=value,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Money_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Money: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.unit, _rt.Unset):
            _out["unit"] = self.unit
        if not isinstance(self.value, _rt.Unset):
            _out["value"] = self.value
        _out.update(self.additional_properties)
        return _out


_Money_KEYS: frozenset[str] = frozenset({"@baseType", "@schemaLocation", "@type", "unit", "value"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class ChannelRef:
    """A reference to a channel."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: str | None | _rt.Unset = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The channel's href."""
    id: str
    """The channel's ID."""
    name: str | _rt.Unset = _rt.UNSET
    """The channel's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ChannelRef:
        """Builds a ChannelRef from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ChannelRef")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("ChannelRef", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ChannelRef", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            href=href,
            id=id,
            name=name,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _ChannelRef_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ChannelRef: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        _out.update(self.additional_properties)
        return _out


_ChannelRef_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@referredType", "@schemaLocation", "@type", "href", "id", "name"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class RelatedParty:
    """A party related to another object."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: str
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The party's href."""
    id: str
    """The party's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The party's name."""
    role: str | None | _rt.Unset = _rt.UNSET
    """The party's role."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> RelatedParty:
        """Builds a RelatedParty from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "RelatedParty")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@referredType"
            referred_type = _rt.expect_str(_obj["@referredType"])
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "role"
            _value = _obj.get("role", _rt.UNSET)
            role = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("RelatedParty", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("RelatedParty", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            href=href,
            id=id,
            name=name,
            role=role,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _RelatedParty_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this RelatedParty: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "@referredType": self.referred_type,
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.role, _rt.Unset):
            _out["role"] = self.role
        _out.update(self.additional_properties)
        return _out


_RelatedParty_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@referredType", "@schemaLocation", "@type", "href", "id", "name", "role"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentItem:
    """A portion of a payment that can be assigned to a bill."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money."""
    id: str | None | _rt.Unset = _rt.UNSET
    """The payment item's ID."""
    item: EntityRef
    tax_amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money. (JSON key `taxAmount`)"""
    total_amount: Money | None | _rt.Unset = _rt.UNSET
    """An amount of money. (JSON key `totalAmount`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentItem:
        """Builds a PaymentItem from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentItem")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "amount"
            _value = _obj.get("amount", _rt.UNSET)
            amount = _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            _key = "id"
            _value = _obj.get("id", _rt.UNSET)
            id = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "item"
            item = EntityRef.from_dict(_obj["item"])
            _key = "taxAmount"
            _value = _obj.get("taxAmount", _rt.UNSET)
            tax_amount = (
                _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            )
            _key = "totalAmount"
            _value = _obj.get("totalAmount", _rt.UNSET)
            total_amount = (
                _value if _value is _rt.UNSET or _value is None else Money.from_dict(_value)
            )
        except KeyError:
            raise _rt.missing("PaymentItem", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentItem", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            amount=amount,
            id=id,
            item=item,
            tax_amount=tax_amount,
            total_amount=total_amount,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentItem_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentItem: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "item": self.item.to_dict(),
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.amount, _rt.Unset):
            _out["amount"] = None if self.amount is None else self.amount.to_dict()
        if not isinstance(self.id, _rt.Unset):
            _out["id"] = self.id
        if not isinstance(self.tax_amount, _rt.Unset):
            _out["taxAmount"] = None if self.tax_amount is None else self.tax_amount.to_dict()
        if not isinstance(self.total_amount, _rt.Unset):
            _out["totalAmount"] = None if self.total_amount is None else self.total_amount.to_dict()
        _out.update(self.additional_properties)
        return _out


_PaymentItem_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@schemaLocation", "@type", "amount", "id", "item", "taxAmount", "totalAmount"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class EntityRef:
    """An entity reference schema."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: str | None | _rt.Unset = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    href: str | None | _rt.Unset = _rt.UNSET
    """The entity's href."""
    id: str
    """The entity's ID."""
    name: str | None | _rt.Unset = _rt.UNSET
    """The entity's name."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> EntityRef:
        """Builds a EntityRef from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "EntityRef")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("EntityRef", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("EntityRef", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            href=href,
            id=id,
            name=name,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _EntityRef_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this EntityRef: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        _out.update(self.additional_properties)
        return _out


_EntityRef_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@referredType", "@schemaLocation", "@type", "href", "id", "name"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodRefOrValue:
    """A link to the resource containing information about the payment method. For Payment_Create requests, when the value of the payment method's @type property is PaymentMethodRef, the @referredType property is also required, and valid values are tokenizedCard, bankAccountDebit, and bankCard."""

    base_type: str | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    referred_type: str | None | _rt.Unset = _rt.UNSET
    """The object's type in the target system, if baseType and type need further disambiguation. (JSON key `@referredType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON-Schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: PaymentMethodRefOrValueType | str
    """(JSON key `@type`)"""
    account: list[AccountRef] | None | _rt.Unset = _rt.UNSET
    """Accounts associated with the payment method."""
    description: str | None | _rt.Unset = _rt.UNSET
    """The payment method's description."""
    href: str | None | _rt.Unset = _rt.UNSET
    """The payment method's href."""
    id: str | None
    """The payment method's ID."""
    is_preferred: bool | None | _rt.Unset = _rt.UNSET
    """Whether this is the preferred payment method (true) or not (false). (JSON key `isPreferred`)"""
    name: str | _rt.Unset = _rt.UNSET
    """The payment method's name."""
    related_party: RelatedParty | None | _rt.Unset = _rt.UNSET
    """A party related to another object. (JSON key `relatedParty`)"""
    status: str | None | _rt.Unset = _rt.UNSET
    """The payment method's status."""
    status_date: datetime | None | _rt.Unset = _rt.UNSET
    """The date the payment method's status was recorded. (JSON key `statusDate`)"""
    valid_for: TimePeriod | None | _rt.Unset = _rt.UNSET
    """A period of time. You can specify only endDateTime or both endDateTime and startDateTime. (JSON key `validFor`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentMethodRefOrValue:
        """Builds a PaymentMethodRefOrValue from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentMethodRefOrValue")
        _tag = _obj.get("@type")
        if _tag == "PaymentMethodRef":
            return PaymentMethodRef.from_dict(_obj)
        if _tag == "Cash":
            return Cash.from_dict(_obj)
        if _tag == "Check":
            return Check.from_dict(_obj)
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            type = _rt.decode_enum(PaymentMethodRefOrValueType, _obj["@type"])
            _key = "account"
            _value = _obj.get("account", _rt.UNSET)
            account = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, AccountRef.from_dict)
            )
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.decode_nullable(_obj["id"], _rt.expect_str)
            _key = "isPreferred"
            _value = _obj.get("isPreferred", _rt.UNSET)
            is_preferred = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_bool(_value)
            )
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "relatedParty"
            _value = _obj.get("relatedParty", _rt.UNSET)
            related_party = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "status"
            _value = _obj.get("status", _rt.UNSET)
            status = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
            _key = "validFor"
            _value = _obj.get("validFor", _rt.UNSET)
            valid_for = (
                _value if _value is _rt.UNSET or _value is None else TimePeriod.from_dict(_value)
            )
        except KeyError:
            raise _rt.missing("PaymentMethodRefOrValue", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentMethodRefOrValue", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            account=account,
            description=description,
            href=href,
            id=id,
            is_preferred=is_preferred,
            name=name,
            related_party=related_party,
            status=status,
            status_date=status_date,
            valid_for=valid_for,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentMethodRefOrValue_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentMethodRefOrValue: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "@type": _rt.encode_enum(self.type),
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.account, _rt.Unset):
            _out["account"] = (
                None if self.account is None else [item0.to_dict() for item0 in self.account]
            )
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.is_preferred, _rt.Unset):
            _out["isPreferred"] = self.is_preferred
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.related_party, _rt.Unset):
            _out["relatedParty"] = (
                None if self.related_party is None else self.related_party.to_dict()
            )
        if not isinstance(self.status, _rt.Unset):
            _out["status"] = self.status
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = (
                None if self.status_date is None else _rt.encode_datetime(self.status_date)
            )
        if not isinstance(self.valid_for, _rt.Unset):
            _out["validFor"] = None if self.valid_for is None else self.valid_for.to_dict()
        _out.update(self.additional_properties)
        return _out


_PaymentMethodRefOrValue_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@referredType",
        "@schemaLocation",
        "@type",
        "account",
        "description",
        "href",
        "id",
        "isPreferred",
        "name",
        "relatedParty",
        "status",
        "statusDate",
        "validFor",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodRef(PaymentMethodRefOrValue):
    """A reference to a stored credit or debit card payment method (@type PaymentMethodRef)."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentMethodRef:
        """Builds a PaymentMethodRef from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentMethodRef")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            type = _rt.decode_enum(PaymentMethodRefOrValueType, _obj["@type"])
            _key = "account"
            _value = _obj.get("account", _rt.UNSET)
            account = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, AccountRef.from_dict)
            )
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.decode_nullable(_obj["id"], _rt.expect_str)
            _key = "isPreferred"
            _value = _obj.get("isPreferred", _rt.UNSET)
            is_preferred = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_bool(_value)
            )
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "relatedParty"
            _value = _obj.get("relatedParty", _rt.UNSET)
            related_party = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "status"
            _value = _obj.get("status", _rt.UNSET)
            status = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
            _key = "validFor"
            _value = _obj.get("validFor", _rt.UNSET)
            valid_for = (
                _value if _value is _rt.UNSET or _value is None else TimePeriod.from_dict(_value)
            )
        except KeyError:
            raise _rt.missing("PaymentMethodRef", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentMethodRef", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            account=account,
            description=description,
            href=href,
            id=id,
            is_preferred=is_preferred,
            name=name,
            related_party=related_party,
            status=status,
            status_date=status_date,
            valid_for=valid_for,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentMethodRef_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentMethodRef: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "@type": _rt.encode_enum(self.type),
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.account, _rt.Unset):
            _out["account"] = (
                None if self.account is None else [item0.to_dict() for item0 in self.account]
            )
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.is_preferred, _rt.Unset):
            _out["isPreferred"] = self.is_preferred
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.related_party, _rt.Unset):
            _out["relatedParty"] = (
                None if self.related_party is None else self.related_party.to_dict()
            )
        if not isinstance(self.status, _rt.Unset):
            _out["status"] = self.status
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = (
                None if self.status_date is None else _rt.encode_datetime(self.status_date)
            )
        if not isinstance(self.valid_for, _rt.Unset):
            _out["validFor"] = None if self.valid_for is None else self.valid_for.to_dict()
        _out.update(self.additional_properties)
        return _out


_PaymentMethodRef_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@referredType",
        "@schemaLocation",
        "@type",
        "account",
        "description",
        "href",
        "id",
        "isPreferred",
        "name",
        "relatedParty",
        "status",
        "statusDate",
        "validFor",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class Cash(PaymentMethodRefOrValue):
    """A cash payment method (@type Cash)."""

    details: CashDetails | _rt.Unset = _rt.UNSET

    @classmethod
    def from_dict(cls, data: Any) -> Cash:
        """Builds a Cash from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Cash")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            type = _rt.decode_enum(PaymentMethodRefOrValueType, _obj["@type"])
            _key = "account"
            _value = _obj.get("account", _rt.UNSET)
            account = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, AccountRef.from_dict)
            )
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.decode_nullable(_obj["id"], _rt.expect_str)
            _key = "isPreferred"
            _value = _obj.get("isPreferred", _rt.UNSET)
            is_preferred = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_bool(_value)
            )
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "relatedParty"
            _value = _obj.get("relatedParty", _rt.UNSET)
            related_party = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "status"
            _value = _obj.get("status", _rt.UNSET)
            status = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
            _key = "validFor"
            _value = _obj.get("validFor", _rt.UNSET)
            valid_for = (
                _value if _value is _rt.UNSET or _value is None else TimePeriod.from_dict(_value)
            )
            _key = "details"
            _value = _obj.get("details", _rt.UNSET)
            details = _value if _value is _rt.UNSET else CashDetails.from_dict(_value)
        except KeyError:
            raise _rt.missing("Cash", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Cash", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            account=account,
            description=description,
            href=href,
            id=id,
            is_preferred=is_preferred,
            name=name,
            related_party=related_party,
            status=status,
            status_date=status_date,
            valid_for=valid_for,
            details=details,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Cash_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Cash: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "@type": _rt.encode_enum(self.type),
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.account, _rt.Unset):
            _out["account"] = (
                None if self.account is None else [item0.to_dict() for item0 in self.account]
            )
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.is_preferred, _rt.Unset):
            _out["isPreferred"] = self.is_preferred
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.related_party, _rt.Unset):
            _out["relatedParty"] = (
                None if self.related_party is None else self.related_party.to_dict()
            )
        if not isinstance(self.status, _rt.Unset):
            _out["status"] = self.status
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = (
                None if self.status_date is None else _rt.encode_datetime(self.status_date)
            )
        if not isinstance(self.valid_for, _rt.Unset):
            _out["validFor"] = None if self.valid_for is None else self.valid_for.to_dict()
        if not isinstance(self.details, _rt.Unset):
            _out["details"] = self.details.to_dict()
        _out.update(self.additional_properties)
        return _out


_Cash_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@referredType",
        "@schemaLocation",
        "@type",
        "account",
        "description",
        "href",
        "id",
        "isPreferred",
        "name",
        "relatedParty",
        "status",
        "statusDate",
        "validFor",
        "details",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class CashDetails:
    """Receipt details of a cash payment."""

    receipt_no: str
    """The receipt number; may be empty. (JSON key `receiptNo`)"""
    receipt_date: datetime
    """The date of the receipt. (JSON key `receiptDate`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> CashDetails:
        """Builds a CashDetails from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "CashDetails")
        _key = ""
        try:
            _key = "receiptNo"
            receipt_no = _rt.expect_str(_obj["receiptNo"])
            _key = "receiptDate"
            receipt_date = _rt.decode_datetime(_obj["receiptDate"])
        except KeyError:
            raise _rt.missing("CashDetails", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("CashDetails", _key) from None
        return cls(
            receipt_no=receipt_no,
            receipt_date=receipt_date,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _CashDetails_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this CashDetails: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "receiptNo": self.receipt_no,
            "receiptDate": _rt.encode_datetime(self.receipt_date),
        }
        _out.update(self.additional_properties)
        return _out


_CashDetails_KEYS: frozenset[str] = frozenset({"receiptNo", "receiptDate"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class Check(PaymentMethodRefOrValue):
    """A check payment method (@type Check)."""

    @classmethod
    def from_dict(cls, data: Any) -> Check:
        """Builds a Check from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Check")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@referredType"
            _value = _obj.get("@referredType", _rt.UNSET)
            referred_type = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            type = _rt.decode_enum(PaymentMethodRefOrValueType, _obj["@type"])
            _key = "account"
            _value = _obj.get("account", _rt.UNSET)
            account = (
                _value
                if _value is _rt.UNSET or _value is None
                else _rt.decode_list(_value, AccountRef.from_dict)
            )
            _key = "description"
            _value = _obj.get("description", _rt.UNSET)
            description = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "href"
            _value = _obj.get("href", _rt.UNSET)
            href = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "id"
            id = _rt.decode_nullable(_obj["id"], _rt.expect_str)
            _key = "isPreferred"
            _value = _obj.get("isPreferred", _rt.UNSET)
            is_preferred = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_bool(_value)
            )
            _key = "name"
            _value = _obj.get("name", _rt.UNSET)
            name = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "relatedParty"
            _value = _obj.get("relatedParty", _rt.UNSET)
            related_party = (
                _value if _value is _rt.UNSET or _value is None else RelatedParty.from_dict(_value)
            )
            _key = "status"
            _value = _obj.get("status", _rt.UNSET)
            status = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "statusDate"
            _value = _obj.get("statusDate", _rt.UNSET)
            status_date = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
            _key = "validFor"
            _value = _obj.get("validFor", _rt.UNSET)
            valid_for = (
                _value if _value is _rt.UNSET or _value is None else TimePeriod.from_dict(_value)
            )
        except KeyError:
            raise _rt.missing("Check", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Check", _key) from None
        return cls(
            base_type=base_type,
            referred_type=referred_type,
            schema_location=schema_location,
            type=type,
            account=account,
            description=description,
            href=href,
            id=id,
            is_preferred=is_preferred,
            name=name,
            related_party=related_party,
            status=status,
            status_date=status_date,
            valid_for=valid_for,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Check_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Check: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "@type": _rt.encode_enum(self.type),
            "id": self.id,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.referred_type, _rt.Unset):
            _out["@referredType"] = self.referred_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.account, _rt.Unset):
            _out["account"] = (
                None if self.account is None else [item0.to_dict() for item0 in self.account]
            )
        if not isinstance(self.description, _rt.Unset):
            _out["description"] = self.description
        if not isinstance(self.href, _rt.Unset):
            _out["href"] = self.href
        if not isinstance(self.is_preferred, _rt.Unset):
            _out["isPreferred"] = self.is_preferred
        if not isinstance(self.name, _rt.Unset):
            _out["name"] = self.name
        if not isinstance(self.related_party, _rt.Unset):
            _out["relatedParty"] = (
                None if self.related_party is None else self.related_party.to_dict()
            )
        if not isinstance(self.status, _rt.Unset):
            _out["status"] = self.status
        if not isinstance(self.status_date, _rt.Unset):
            _out["statusDate"] = (
                None if self.status_date is None else _rt.encode_datetime(self.status_date)
            )
        if not isinstance(self.valid_for, _rt.Unset):
            _out["validFor"] = None if self.valid_for is None else self.valid_for.to_dict()
        _out.update(self.additional_properties)
        return _out


_Check_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@referredType",
        "@schemaLocation",
        "@type",
        "account",
        "description",
        "href",
        "id",
        "isPreferred",
        "name",
        "relatedParty",
        "status",
        "statusDate",
        "validFor",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class TimePeriod:
    """A period of time. You can specify only endDateTime or both endDateTime and startDateTime."""

    base_type: str | None | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: str | None | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | None | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    end_date_time: datetime | None | _rt.Unset = _rt.UNSET
    """The end of the time period in IETF RFC 3339 format. (JSON key `endDateTime`)"""
    start_date_time: datetime | None | _rt.Unset = _rt.UNSET
    """The start of the time period in IETF RFC 3339 format. If you specify this, you must also specify endDateTime. (JSON key `startDateTime`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> TimePeriod:
        """Builds a TimePeriod from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "TimePeriod")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = (
                _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            )
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET or _value is None else _rt.expect_str(_value)
            _key = "endDateTime"
            _value = _obj.get("endDateTime", _rt.UNSET)
            end_date_time = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
            _key = "startDateTime"
            _value = _obj.get("startDateTime", _rt.UNSET)
            start_date_time = (
                _value if _value is _rt.UNSET or _value is None else _rt.decode_datetime(_value)
            )
        except KeyError:
            raise _rt.missing("TimePeriod", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("TimePeriod", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            end_date_time=end_date_time,
            start_date_time=start_date_time,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _TimePeriod_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this TimePeriod: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.end_date_time, _rt.Unset):
            _out["endDateTime"] = (
                None if self.end_date_time is None else _rt.encode_datetime(self.end_date_time)
            )
        if not isinstance(self.start_date_time, _rt.Unset):
            _out["startDateTime"] = (
                None if self.start_date_time is None else _rt.encode_datetime(self.start_date_time)
            )
        _out.update(self.additional_properties)
        return _out


_TimePeriod_KEYS: frozenset[str] = frozenset(
    {"@baseType", "@schemaLocation", "@type", "endDateTime", "startDateTime"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class Error:
    """Used when an API returns an error, typically with a HTTP error response-code such as 401 (Unauthorized) or 500 (Internal Server Error)."""

    base_type: str | _rt.Unset = _rt.UNSET
    """The object's superclass. (JSON key `@baseType`)"""
    schema_location: str | _rt.Unset = _rt.UNSET
    """A URI to a JSON schema file that defines additional attributes and relationships. (JSON key `@schemaLocation`)"""
    type: str | _rt.Unset = _rt.UNSET
    """The object's subclass. (JSON key `@type`)"""
    code: str
    """An error code."""
    message: str | _rt.Unset = _rt.UNSET
    """Details and corrective actions related to the error."""
    reason: str
    """The reason for the error."""
    reference_error: str | _rt.Unset = _rt.UNSET
    """A URI to documentation describing the error. (JSON key `referenceError`)"""
    status: str | _rt.Unset = _rt.UNSET
    """The HTTP Error code extension."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Error:
        """Builds a Error from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Error")
        _key = ""
        try:
            _key = "@baseType"
            _value = _obj.get("@baseType", _rt.UNSET)
            base_type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@schemaLocation"
            _value = _obj.get("@schemaLocation", _rt.UNSET)
            schema_location = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "@type"
            _value = _obj.get("@type", _rt.UNSET)
            type = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "code"
            code = _rt.expect_str(_obj["code"])
            _key = "message"
            _value = _obj.get("message", _rt.UNSET)
            message = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "reason"
            reason = _rt.expect_str(_obj["reason"])
            _key = "referenceError"
            _value = _obj.get("referenceError", _rt.UNSET)
            reference_error = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "status"
            _value = _obj.get("status", _rt.UNSET)
            status = _value if _value is _rt.UNSET else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("Error", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Error", _key) from None
        return cls(
            base_type=base_type,
            schema_location=schema_location,
            type=type,
            code=code,
            message=message,
            reason=reason,
            reference_error=reference_error,
            status=status,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Error_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Error: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "code": self.code,
            "reason": self.reason,
        }
        if not isinstance(self.base_type, _rt.Unset):
            _out["@baseType"] = self.base_type
        if not isinstance(self.schema_location, _rt.Unset):
            _out["@schemaLocation"] = self.schema_location
        if not isinstance(self.type, _rt.Unset):
            _out["@type"] = self.type
        if not isinstance(self.message, _rt.Unset):
            _out["message"] = self.message
        if not isinstance(self.reference_error, _rt.Unset):
            _out["referenceError"] = self.reference_error
        if not isinstance(self.status, _rt.Unset):
            _out["status"] = self.status
        _out.update(self.additional_properties)
        return _out


_Error_KEYS: frozenset[str] = frozenset(
    {
        "@baseType",
        "@schemaLocation",
        "@type",
        "code",
        "message",
        "reason",
        "referenceError",
        "status",
    }
)
