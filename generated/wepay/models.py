# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the WePay API - Get a collection of payments API, decoded from and encoded to JSON.

Each model is a dataclass. `Model.from_dict()` builds one from parsed JSON and raises
`DecodeError` naming the field path when the data does not fit; `to_dict()` gives the JSON
form back. Fields the server leaves out are `UNSET` (distinct from `None`, which is JSON
null), and keys the spec does not name are kept in `additional_properties`, so a round trip
never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import datetime
from enum import Enum
from typing import Annotated, Any

from . import runtime as _rt

__all__ = [
    "Error",
    "ErrorDetail",
    "ErrorErrorCode",
    "ListPaymentsApiVersion",
    "ListPaymentsPaymentMethodType",
    "Payment",
    "PaymentCollection",
    "PaymentMethodReference",
    "PaymentStatus",
    "PendingReason",
    "PendingReasonDetail",
    "ResourceReference",
]


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
class PaymentCollection(_rt.Model):
    """A page of payments returned by GET /payments."""

    previous: str | None
    """An opaque path for the previous page of results. You can perform an HTTP GET to obtain the previous page."""
    next: str | None
    """An opaque path for the next page of results. You can perform an HTTP GET to obtain the next page."""
    results: list[Payment]
    """An array of payment objects."""
    api_version: str | _rt.Unset = _rt.UNSET
    """The API version of the response."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Payment(_rt.Model):
    """A payment object, as listed in the results of GET /payments."""

    amount: int
    """The payment amount."""
    amount_refunded: int
    """The amount refunded."""
    amount_disputed: int
    """The amount disputed."""
    auto_capture: bool
    """Whether the payment is captured automatically."""
    capture_at: Annotated[datetime, _rt.UNIX_TIME] | None
    """When the payment will be captured, in seconds since the Unix epoch (UTC); null if not scheduled."""
    create_time: Annotated[datetime, _rt.UNIX_TIME]
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
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ResourceReference(_rt.Model):
    """A reference to another WePay resource."""

    id: str
    """The resource's ID."""
    path: str
    """The resource's API path."""
    resource: str
    """The resource type (for example accounts, orders, payment_methods)."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentMethodReference(ResourceReference):
    """A reference to the payment method used; with expand=payment_method it also includes the payment method's card_brand and last_four."""

    card_brand: str | _rt.Unset = _rt.UNSET
    """The payment method's card brand; sent only with expand=payment_method."""
    last_four: str | _rt.Unset = _rt.UNSET
    """The last four digits of the payment method's card number; sent only with expand=payment_method."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PendingReason(_rt.Model):
    """A reason why a payment is pending ("Find more information in the pending_reasons structure")."""

    details: list[PendingReasonDetail]
    """Further details; empty in the sample."""
    reason_code: str
    """Code of the pending reason (the sample shows PENDING_CAPTURE and PROCESSING)."""
    reason_message: str
    """Human-readable message for the pending reason."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PendingReasonDetail(_rt.Model):
    """A detail of a pending reason."""

    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class Error(_rt.Model):
    """A WePay API error. "When API Errors occur, the API will respond with the parameters listed below" (WePay Errors guide)."""

    error_code: ErrorErrorCode | str
    """Code returned to indicate an error occurred."""
    error_message: str
    """Message describing the error. This message can typically be displayed to your platform's users, except in cases specified otherwise."""
    details: list[ErrorDetail] | _rt.Unset = _rt.UNSET
    """Array of objects describing the specific cause(s) of the error."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ErrorDetail(_rt.Model):
    """One specific cause of an error (WePay Errors guide)."""

    message: str | _rt.Unset = _rt.UNSET
    """This message is intended to help your platform fix an error."""
    reason_code: str | _rt.Unset = _rt.UNSET
    """Code returned to indicate the reason an error occurred."""
    target: Any | _rt.Unset = _rt.UNSET
    """Indicates what part of your request is responsible for this detail."""
    target_type: Any | _rt.Unset = _rt.UNSET
    """Describes what part of the request the target is referring to."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""
