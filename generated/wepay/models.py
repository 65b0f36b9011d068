# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 0f24e1547f00687b5d87bc4ec44a4ea279b0042f49724a89072cdd340cb7bc0d)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the WePay API - Get a collection of payments API, decoded from and encoded to JSON.

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
    """Status of the payment."""

    PENDING = "pending"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"


class ErrorErrorCode(str, Enum):
    """Code returned to indicate an error occurred."""

    INVALID_PARAMS = "INVALID_PARAMS"
    NOT_AUTHORIZED = "NOT_AUTHORIZED"
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"


class ListPaymentsPaymentMethodType(str, Enum):
    """Values of ListPaymentsPaymentMethodType."""

    CREDIT_CARD = "credit_card"
    PAYMENT_BANK_US = "payment_bank_us"
    PAYMENT_BANK_CA = "payment_bank_ca"


class ListPaymentsApiVersion(str, Enum):
    """Values of ListPaymentsApiVersion."""

    VALUE_3_0 = "3.0"


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentCollection:
    """A page of payments returned by GET /payments."""

    previous: str | None
    """An opaque path for the previous page of results. You can perform an HTTP GET to obtain the previous page."""
    next: str | None
    """An opaque path for the next page of results. You can perform an HTTP GET to obtain the next page."""
    results: list[Payment]
    """An array of payment objects."""
    api_version: str | _rt.Unset = _rt.UNSET
    """The API version of the response."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentCollection:
        """Builds a PaymentCollection from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentCollection")
        _key = ""
        try:
            _key = "previous"
            previous = _rt.decode_nullable(_obj["previous"], _rt.expect_str)
            _key = "next"
            next = _rt.decode_nullable(_obj["next"], _rt.expect_str)
            _key = "results"
            results = _rt.decode_list(_obj["results"], Payment.from_dict)
            _key = "api_version"
            _value = _obj.get("api_version", _rt.UNSET)
            api_version = _value if _value is _rt.UNSET else _rt.expect_str(_value)
        except KeyError:
            raise _rt.missing("PaymentCollection", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentCollection", _key) from None
        return cls(
            previous=previous,
            next=next,
            results=results,
            api_version=api_version,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentCollection_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentCollection: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "previous": self.previous,
            "next": self.next,
            "results": [item0.to_dict() for item0 in self.results],
        }
        if not isinstance(self.api_version, _rt.Unset):
            _out["api_version"] = self.api_version
        _out.update(self.additional_properties)
        return _out


_PaymentCollection_KEYS: frozenset[str] = frozenset({"previous", "next", "results", "api_version"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class Payment:
    """A payment object, as listed in the results of GET /payments."""

    amount: int
    """The payment amount."""
    amount_refunded: int
    """The amount refunded."""
    amount_disputed: int
    """The amount disputed."""
    auto_capture: bool
    """Whether the payment is captured automatically."""
    capture_at: datetime | None
    """When the payment will be captured, in seconds since the Unix epoch (UTC); null if not scheduled."""
    create_time: datetime
    """When the payment was created, in seconds since the Unix epoch (UTC)."""
    currency: str
    """The payment's currency (the sample shows "USD")."""
    custom_data: dict[str, Any] | None
    """Custom data the platform attached to the payment; null if none."""
    failure_reason: dict[str, Any] | None
    """Why the payment failed; null unless the payment failed."""
    fee_amount: int
    """The fee amount."""
    id: str
    """The payment's ID."""
    order: ResourceReference | None
    """The order the payment belongs to; null if none."""
    owner: ResourceReference
    """The owner of the payment (an account)."""
    path: str
    """The payment's API path."""
    payment_method: PaymentMethodReference
    """The payment method used. With expand=payment_method the object also includes the payment method's card_brand and last_four."""
    pending_reasons: list[PendingReason]
    """Why the payment is pending (see the status value pending)."""
    resource: str
    """The resource type (the sample shows "payments")."""
    status: PaymentStatus | str
    authorization_code: str
    """The authorization code of the payment (the sample shows "0224241")."""
    txnr_app_fee: dict[str, Any] | None
    """Transaction record of the app fee; null in the sample."""
    txnr_merchant: dict[str, Any] | None
    """Transaction record of the merchant; null in the sample."""
    initiated_by: str
    """Who initiated the payment (the sample shows "none")."""
    api_version: str
    """The API version of the payment object."""
    reference_id: str
    """The platform's reference ID for the payment (see the reference_id query parameter)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Payment:
        """Builds a Payment from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Payment")
        _key = ""
        try:
            _key = "amount"
            amount = _rt.expect_int(_obj["amount"])
            _key = "amount_refunded"
            amount_refunded = _rt.expect_int(_obj["amount_refunded"])
            _key = "amount_disputed"
            amount_disputed = _rt.expect_int(_obj["amount_disputed"])
            _key = "auto_capture"
            auto_capture = _rt.expect_bool(_obj["auto_capture"])
            _key = "capture_at"
            capture_at = _rt.decode_nullable(_obj["capture_at"], _rt.decode_unix_time)
            _key = "create_time"
            create_time = _rt.decode_unix_time(_obj["create_time"])
            _key = "currency"
            currency = _rt.expect_str(_obj["currency"])
            _key = "custom_data"
            custom_data = _rt.decode_nullable(
                _obj["custom_data"], lambda item0: _rt.decode_map(item0, _rt.identity)
            )
            _key = "failure_reason"
            failure_reason = _rt.decode_nullable(
                _obj["failure_reason"], lambda item0: _rt.decode_map(item0, _rt.identity)
            )
            _key = "fee_amount"
            fee_amount = _rt.expect_int(_obj["fee_amount"])
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "order"
            order = _rt.decode_nullable(_obj["order"], ResourceReference.from_dict)
            _key = "owner"
            owner = ResourceReference.from_dict(_obj["owner"])
            _key = "path"
            path = _rt.expect_str(_obj["path"])
            _key = "payment_method"
            payment_method = PaymentMethodReference.from_dict(_obj["payment_method"])
            _key = "pending_reasons"
            pending_reasons = _rt.decode_list(_obj["pending_reasons"], PendingReason.from_dict)
            _key = "resource"
            resource = _rt.expect_str(_obj["resource"])
            _key = "status"
            status = _rt.decode_enum(PaymentStatus, _obj["status"])
            _key = "authorization_code"
            authorization_code = _rt.expect_str(_obj["authorization_code"])
            _key = "txnr_app_fee"
            txnr_app_fee = _rt.decode_nullable(
                _obj["txnr_app_fee"], lambda item0: _rt.decode_map(item0, _rt.identity)
            )
            _key = "txnr_merchant"
            txnr_merchant = _rt.decode_nullable(
                _obj["txnr_merchant"], lambda item0: _rt.decode_map(item0, _rt.identity)
            )
            _key = "initiated_by"
            initiated_by = _rt.expect_str(_obj["initiated_by"])
            _key = "api_version"
            api_version = _rt.expect_str(_obj["api_version"])
            _key = "reference_id"
            reference_id = _rt.expect_str(_obj["reference_id"])
        except KeyError:
            raise _rt.missing("Payment", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Payment", _key) from None
        return cls(
            amount=amount,
            amount_refunded=amount_refunded,
            amount_disputed=amount_disputed,
            auto_capture=auto_capture,
            capture_at=capture_at,
            create_time=create_time,
            currency=currency,
            custom_data=custom_data,
            failure_reason=failure_reason,
            fee_amount=fee_amount,
            id=id,
            order=order,
            owner=owner,
            path=path,
            payment_method=payment_method,
            pending_reasons=pending_reasons,
            resource=resource,
            status=status,
            authorization_code=authorization_code,
            txnr_app_fee=txnr_app_fee,
            txnr_merchant=txnr_merchant,
            initiated_by=initiated_by,
            api_version=api_version,
            reference_id=reference_id,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Payment_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Payment: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "amount": self.amount,
            "amount_refunded": self.amount_refunded,
            "amount_disputed": self.amount_disputed,
            "auto_capture": self.auto_capture,
            "capture_at": (
                None if self.capture_at is None else _rt.encode_unix_time(self.capture_at)
            ),
            "create_time": _rt.encode_unix_time(self.create_time),
            "currency": self.currency,
            "custom_data": (
                None
                if self.custom_data is None
                else {key0: item0 for key0, item0 in self.custom_data.items()}
            ),
            "failure_reason": (
                None
                if self.failure_reason is None
                else {key0: item0 for key0, item0 in self.failure_reason.items()}
            ),
            "fee_amount": self.fee_amount,
            "id": self.id,
            "order": None if self.order is None else self.order.to_dict(),
            "owner": self.owner.to_dict(),
            "path": self.path,
            "payment_method": self.payment_method.to_dict(),
            "pending_reasons": [item0.to_dict() for item0 in self.pending_reasons],
            "resource": self.resource,
            "status": _rt.encode_enum(self.status),
            "authorization_code": self.authorization_code,
            "txnr_app_fee": (
                None
                if self.txnr_app_fee is None
                else {key0: item0 for key0, item0 in self.txnr_app_fee.items()}
            ),
            "txnr_merchant": (
                None
                if self.txnr_merchant is None
                else {key0: item0 for key0, item0 in self.txnr_merchant.items()}
            ),
            "initiated_by": self.initiated_by,
            "api_version": self.api_version,
            "reference_id": self.reference_id,
        }
        _out.update(self.additional_properties)
        return _out


_Payment_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "amount_refunded",
        "amount_disputed",
        "auto_capture",
        "capture_at",
        "create_time",
        "currency",
        "custom_data",
        "failure_reason",
        "fee_amount",
        "id",
        "order",
        "owner",
        "path",
        "payment_method",
        "pending_reasons",
        "resource",
        "status",
        "authorization_code",
        "txnr_app_fee",
        "txnr_merchant",
        "initiated_by",
        "api_version",
        "reference_id",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class ResourceReference:
    """A reference to another WePay resource."""

    id: str
    """The resource's ID."""
    path: str
    """The resource's API path."""
    resource: str
    """The resource type (for example accounts, orders, payment_methods)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ResourceReference:
        """Builds a ResourceReference from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ResourceReference")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "path"
            path = _rt.expect_str(_obj["path"])
            _key = "resource"
            resource = _rt.expect_str(_obj["resource"])
        except KeyError:
            raise _rt.missing("ResourceReference", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ResourceReference", _key) from None
        return cls(
            id=id,
            path=path,
            resource=resource,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ResourceReference_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ResourceReference: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "resource": self.resource,
        }
        _out.update(self.additional_properties)
        return _out


_ResourceReference_KEYS: frozenset[str] = frozenset({"id", "path", "resource"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodReference(ResourceReference):
    """A reference to the payment method used; with expand=payment_method it also includes the payment method's card_brand and last_four."""

    card_brand: Any | _rt.Unset = _rt.UNSET
    """The payment method's card brand; sent only with expand=payment_method."""
    last_four: Any | _rt.Unset = _rt.UNSET
    """The last four digits of the payment method's card number; sent only with expand=payment_method."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentMethodReference:
        """Builds a PaymentMethodReference from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentMethodReference")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_str(_obj["id"])
            _key = "path"
            path = _rt.expect_str(_obj["path"])
            _key = "resource"
            resource = _rt.expect_str(_obj["resource"])
            _key = "card_brand"
            _value = _obj.get("card_brand", _rt.UNSET)
            card_brand = _value if _value is _rt.UNSET else _value
            _key = "last_four"
            _value = _obj.get("last_four", _rt.UNSET)
            last_four = _value if _value is _rt.UNSET else _value
        except KeyError:
            raise _rt.missing("PaymentMethodReference", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentMethodReference", _key) from None
        return cls(
            id=id,
            path=path,
            resource=resource,
            card_brand=card_brand,
            last_four=last_four,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentMethodReference_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentMethodReference: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "resource": self.resource,
        }
        if not isinstance(self.card_brand, _rt.Unset):
            _out["card_brand"] = self.card_brand
        if not isinstance(self.last_four, _rt.Unset):
            _out["last_four"] = self.last_four
        _out.update(self.additional_properties)
        return _out


_PaymentMethodReference_KEYS: frozenset[str] = frozenset(
    {"id", "path", "resource", "card_brand", "last_four"}
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PendingReason:
    """A reason why a payment is pending ("Find more information in the pending_reasons structure")."""

    details: list[PendingReasonDetail]
    """Further details; empty in the sample."""
    reason_code: str
    """Code of the pending reason (the sample shows PENDING_CAPTURE and PROCESSING)."""
    reason_message: str
    """Human-readable message for the pending reason."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PendingReason:
        """Builds a PendingReason from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PendingReason")
        _key = ""
        try:
            _key = "details"
            details = _rt.decode_list(_obj["details"], PendingReasonDetail.from_dict)
            _key = "reason_code"
            reason_code = _rt.expect_str(_obj["reason_code"])
            _key = "reason_message"
            reason_message = _rt.expect_str(_obj["reason_message"])
        except KeyError:
            raise _rt.missing("PendingReason", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PendingReason", _key) from None
        return cls(
            details=details,
            reason_code=reason_code,
            reason_message=reason_message,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PendingReason_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PendingReason: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "details": [item0.to_dict() for item0 in self.details],
            "reason_code": self.reason_code,
            "reason_message": self.reason_message,
        }
        _out.update(self.additional_properties)
        return _out


_PendingReason_KEYS: frozenset[str] = frozenset({"details", "reason_code", "reason_message"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class PendingReasonDetail:
    """A detail of a pending reason."""

    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PendingReasonDetail:
        """Builds a PendingReasonDetail from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PendingReasonDetail")
        return cls(
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PendingReasonDetail_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PendingReasonDetail: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        _out.update(self.additional_properties)
        return _out


_PendingReasonDetail_KEYS: frozenset[str] = frozenset()


@_dataclasses.dataclass(slots=True, kw_only=True)
class Error:
    """A WePay API error. "When API Errors occur, the API will respond with the parameters listed below" (WePay Errors guide)."""

    error_code: ErrorErrorCode | str
    error_message: str
    """Message describing the error. This message can typically be displayed to your platform's users, except in cases specified otherwise."""
    details: list[ErrorDetail] | _rt.Unset = _rt.UNSET
    """Array of objects describing the specific cause(s) of the error."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> Error:
        """Builds a Error from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "Error")
        _key = ""
        try:
            _key = "error_code"
            error_code = _rt.decode_enum(ErrorErrorCode, _obj["error_code"])
            _key = "error_message"
            error_message = _rt.expect_str(_obj["error_message"])
            _key = "details"
            _value = _obj.get("details", _rt.UNSET)
            details = (
                _value if _value is _rt.UNSET else _rt.decode_list(_value, ErrorDetail.from_dict)
            )
        except KeyError:
            raise _rt.missing("Error", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("Error", _key) from None
        return cls(
            error_code=error_code,
            error_message=error_message,
            details=details,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _Error_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this Error: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "error_code": _rt.encode_enum(self.error_code),
            "error_message": self.error_message,
        }
        if not isinstance(self.details, _rt.Unset):
            _out["details"] = [item0.to_dict() for item0 in self.details]
        _out.update(self.additional_properties)
        return _out


_Error_KEYS: frozenset[str] = frozenset({"error_code", "error_message", "details"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class ErrorDetail:
    """One specific cause of an error (WePay Errors guide)."""

    message: str | _rt.Unset = _rt.UNSET
    """This message is intended to help your platform fix an error."""
    reason_code: str | _rt.Unset = _rt.UNSET
    """Code returned to indicate the reason an error occurred."""
    target: Any | _rt.Unset = _rt.UNSET
    """Indicates what part of your request is responsible for this detail."""
    target_type: Any | _rt.Unset = _rt.UNSET
    """Describes what part of the request the target is referring to."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ErrorDetail:
        """Builds a ErrorDetail from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ErrorDetail")
        _key = ""
        try:
            _key = "message"
            _value = _obj.get("message", _rt.UNSET)
            message = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "reason_code"
            _value = _obj.get("reason_code", _rt.UNSET)
            reason_code = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "target"
            _value = _obj.get("target", _rt.UNSET)
            target = _value if _value is _rt.UNSET else _value
            _key = "target_type"
            _value = _obj.get("target_type", _rt.UNSET)
            target_type = _value if _value is _rt.UNSET else _value
        except KeyError:
            raise _rt.missing("ErrorDetail", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ErrorDetail", _key) from None
        return cls(
            message=message,
            reason_code=reason_code,
            target=target,
            target_type=target_type,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ErrorDetail_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ErrorDetail: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        if not isinstance(self.message, _rt.Unset):
            _out["message"] = self.message
        if not isinstance(self.reason_code, _rt.Unset):
            _out["reason_code"] = self.reason_code
        if not isinstance(self.target, _rt.Unset):
            _out["target"] = self.target
        if not isinstance(self.target_type, _rt.Unset):
            _out["target_type"] = self.target_type
        _out.update(self.additional_properties)
        return _out


_ErrorDetail_KEYS: frozenset[str] = frozenset({"message", "reason_code", "target", "target_type"})
