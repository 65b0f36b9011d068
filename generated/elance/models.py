# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the Elance Developer API - pay/getPayment API, decoded from and encoded to JSON.

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
from typing import Annotated, Any

from . import runtime as _rt

__all__ = [
    "BidData",
    "ErrorResponse",
    "GetPaymentResponse",
    "PaymentData",
    "PaymentDetails",
]


@_dataclasses.dataclass(slots=True, kw_only=True)
class GetPaymentResponse(_rt.Model):
    """The Elance response envelope returned by pay/getPayment: the method name, the API version, a result code and the response data."""

    api: str
    """The API method that produced this response (here "pay/getPayment")."""
    api_version: Annotated[int, _rt.Key("apiVersion")]
    """The version of the Elance Developer API that produced this response. (JSON key `apiVersion`)"""
    rcode: int
    """Result code of the call; the page's example shows 1 for a successful call."""
    data: PaymentDetails
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentDetails(_rt.Model):
    """The response data of pay/getPayment: the bid (Workroom) the payment belongs to and the payment itself."""

    bid_details: Annotated[BidData, _rt.Key("bidDetails")]
    """(JSON key `bidDetails`)"""
    payment: PaymentData
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class BidData(_rt.Model):
    """The details regarding this bid and associated Workroom, including project name, client, and provider."""

    bid_id: Annotated[str, _rt.Key("bidId")]
    """The bid ID (which also identifies the Workroom), sent as a string of digits. (JSON key `bidId`)"""
    job_id: Annotated[str, _rt.Key("jobId")]
    """The job ID, sent as a string of digits. (JSON key `jobId`)"""
    job_name: Annotated[str, _rt.Key("jobName")]
    """The project (job) name. (JSON key `jobName`)"""
    user_type: Annotated[str, _rt.Key("userType")]
    """The role of the calling user in this bid (the example shows "PROVIDER"). (JSON key `userType`)"""
    client_user_id: Annotated[str, _rt.Key("clientUserId")]
    """The client's user ID, sent as a string of digits. (JSON key `clientUserId`)"""
    client_name: Annotated[str, _rt.Key("clientName")]
    """The client's name. (JSON key `clientName`)"""
    client_image_url: Annotated[str, _rt.Key("clientImageURL")]
    """URL of the client's image. Not a valid URI in the page's example (see note). (JSON key `clientImageURL`)"""
    client_country: Annotated[str, _rt.Key("clientCountry")]
    """The client's country name. (JSON key `clientCountry`)"""
    client_country_code: Annotated[str, _rt.Key("clientCountryCode")]
    """The client's country code (the example shows "US"). (JSON key `clientCountryCode`)"""
    client_city: Annotated[str, _rt.Key("clientCity")]
    """The client's city. (JSON key `clientCity`)"""
    provider_user_id: Annotated[str, _rt.Key("providerUserId")]
    """The provider's user ID, sent as a string of digits. (JSON key `providerUserId`)"""
    provider_name: Annotated[str, _rt.Key("providerName")]
    """The provider's name. (JSON key `providerName`)"""
    provider_image_url: Annotated[str, _rt.Key("providerImageURL")]
    """URL of the provider's image. Not a valid URI in the page's example (see note). (JSON key `providerImageURL`)"""
    provider_country: Annotated[str, _rt.Key("providerCountry")]
    """The provider's country name. (JSON key `providerCountry`)"""
    provider_country_code: Annotated[str, _rt.Key("providerCountryCode")]
    """The provider's country code (the example shows "US"). (JSON key `providerCountryCode`)"""
    provider_city: Annotated[str, _rt.Key("providerCity")]
    """The provider's city. (JSON key `providerCity`)"""
    phase: str
    """The bid's phase, sent as a string of digits (the example shows "5")."""
    status: str
    """The bid's status (the example shows "Working")."""
    secondary_status: Annotated[str, _rt.Key("secondaryStatus")]
    """The bid's secondary status; may be empty. (JSON key `secondaryStatus`)"""
    is_hourly: Annotated[bool, _rt.Key("isHourly")]
    """Whether the job is hourly (true) or fixed-price (false). (JSON key `isHourly`)"""
    is_sponsored: Annotated[bool, _rt.Key("isSponsored")]
    """Whether the bid is sponsored. (JSON key `isSponsored`)"""
    is_pre_bid: Annotated[bool, _rt.Key("isPreBid")]
    """Whether the bid is a pre-bid. (JSON key `isPreBid`)"""
    bid_amount: Annotated[Decimal, _rt.Key("bidAmount")]
    """The bid amount, sent as a decimal string. (JSON key `bidAmount`)"""
    hours_per_week: Annotated[str, _rt.Key("hoursPerWeek")]
    """Hours per week for hourly jobs, sent as a string of digits (the example shows "0"). (JSON key `hoursPerWeek`)"""
    duration: str
    """The bid's duration; may be empty."""
    submission_date: Annotated[Annotated[datetime, _rt.UNIX_TIME], _rt.Key("submissionDate")]
    """When the bid was submitted, in seconds since the Unix epoch (UTC). (JSON key `submissionDate`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentData(_rt.Model):
    """Detailed information about the payment, including the amount paid, the currency, and the form of payment used."""

    id: int
    """The payment ID (the value passed as the id parameter)."""
    date_: Annotated[Annotated[datetime, _rt.UNIX_TIME], _rt.Key("date")]
    """The date the payment was processed, in seconds since the Unix epoch (UTC). (JSON key `date`)"""
    bid_id: Annotated[int, _rt.Key("bidId")]
    """The bid (Workroom) the payment belongs to. (JSON key `bidId`)"""
    job_id: Annotated[int, _rt.Key("jobId")]
    """The job the payment belongs to. (JSON key `jobId`)"""
    client: str
    """The client's name."""
    provider: str
    """The provider's user name."""
    client_user_id: Annotated[int, _rt.Key("clientUserId")]
    """The client's user ID. (JSON key `clientUserId`)"""
    provider_user_id: Annotated[int, _rt.Key("providerUserId")]
    """The provider's user ID. (JSON key `providerUserId`)"""
    from_account_id: Annotated[int, _rt.Key("fromAccountId")]
    """The account the payment was made from. (JSON key `fromAccountId`)"""
    to_account_id: Annotated[int, _rt.Key("toAccountId")]
    """The account the payment was made to. (JSON key `toAccountId`)"""
    invoice_id: Annotated[int, _rt.Key("invoiceId")]
    """The invoice related to this payment; pass it as the id parameter of pay/getInvoice to retrieve the invoice. (JSON key `invoiceId`)"""
    internal_payment_display: Annotated[str, _rt.Key("internalPaymentDisplay")]
    """Display name of the form of payment used inside Elance (the example shows "Elance Escrow"). (JSON key `internalPaymentDisplay`)"""
    external_payment_id: Annotated[int, _rt.Key("externalPaymentId")]
    """ID of the external payment, 0 when there is none. (JSON key `externalPaymentId`)"""
    external_payment_display: Annotated[str, _rt.Key("externalPaymentDisplay")]
    """Display name of the external payment; empty when there is none. (JSON key `externalPaymentDisplay`)"""
    from_amount: Annotated[Annotated[Decimal, _rt.JSON_NUMBER], _rt.Key("fromAmount")]
    """The amount debited, in fromCurrency. (JSON key `fromAmount`)"""
    from_currency: Annotated[str, _rt.Key("fromCurrency")]
    """The currency of fromAmount (the example shows "USD"). (JSON key `fromCurrency`)"""
    to_amount: Annotated[Annotated[Decimal, _rt.JSON_NUMBER], _rt.Key("toAmount")]
    """The amount credited, in toCurrency. (JSON key `toAmount`)"""
    to_currency: Annotated[str, _rt.Key("toCurrency")]
    """The currency of toAmount (the example shows "USD"). (JSON key `toCurrency`)"""
    amount: Annotated[Decimal, _rt.JSON_NUMBER]
    """The amount paid."""
    from_description: Annotated[str, _rt.Key("fromDescription")]
    """Description of the payment as seen by the paying side. (JSON key `fromDescription`)"""
    to_description: Annotated[str, _rt.Key("toDescription")]
    """Description of the payment as seen by the receiving side. (JSON key `toDescription`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""


@_dataclasses.dataclass(slots=True, kw_only=True)
class ErrorResponse(_rt.Model):
    """An Elance error response. The page refers to "Common API Error Codes" without listing them or showing an error body."""

    api: str | _rt.Unset = _rt.UNSET
    """The API method that produced this response."""
    api_version: Annotated[int | _rt.Unset, _rt.Key("apiVersion")] = _rt.UNSET
    """The version of the Elance Developer API that produced this response. (JSON key `apiVersion`)"""
    rcode: int | _rt.Unset = _rt.UNSET
    """Result code of the call."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=_rt.no_extra_keys)
    """Keys the server sent that the spec does not name, kept for the round trip."""
