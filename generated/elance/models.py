# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 65fff83f998eb1f231c8dd5fc392a8981453b12c31f80bbdb4346657998bd5a7)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Data models of the Elance Developer API - pay/getPayment API, decoded from and encoded to JSON.

`from_dict()` builds a model from parsed JSON and raises `DecodeError` naming the field
path when the data does not fit; `to_dict()` gives the JSON form back. Fields the server
leaves out are `UNSET` (distinct from `None`, which is JSON null), and keys the spec does
not name are kept in `additional_properties`, so a round trip never drops or invents a key.
"""

from __future__ import annotations

import dataclasses as _dataclasses
from datetime import datetime
from decimal import Decimal
from typing import Any

from . import runtime as _rt


@_dataclasses.dataclass(slots=True, kw_only=True)
class GetPaymentResponse:
    """The Elance response envelope returned by pay/getPayment: the method name, the API version, a result code and the response data."""

    api: str
    """The API method that produced this response (here "pay/getPayment")."""
    api_version: int
    """The version of the Elance Developer API that produced this response. (JSON key `apiVersion`)"""
    rcode: int
    """Result code of the call; the page's example shows 1 for a successful call."""
    data: PaymentDetails
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> GetPaymentResponse:
        """Builds a GetPaymentResponse from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "GetPaymentResponse")
        _key = ""
        try:
            _key = "api"
            api = _rt.expect_str(_obj["api"])
            _key = "apiVersion"
            api_version = _rt.expect_int(_obj["apiVersion"])
            _key = "rcode"
            rcode = _rt.expect_int(_obj["rcode"])
            _key = "data"
            data = PaymentDetails.from_dict(_obj["data"])
        except KeyError:
            raise _rt.missing("GetPaymentResponse", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("GetPaymentResponse", _key) from None
        return cls(
            api=api,
            api_version=api_version,
            rcode=rcode,
            data=data,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _GetPaymentResponse_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this GetPaymentResponse: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "api": self.api,
            "apiVersion": self.api_version,
            "rcode": self.rcode,
            "data": self.data.to_dict(),
        }
        _out.update(self.additional_properties)
        return _out


_GetPaymentResponse_KEYS: frozenset[str] = frozenset({"api", "apiVersion", "rcode", "data"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentDetails:
    """The response data of pay/getPayment: the bid (Workroom) the payment belongs to and the payment itself."""

    bid_details: BidData
    """(JSON key `bidDetails`)"""
    payment: PaymentData
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentDetails:
        """Builds a PaymentDetails from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentDetails")
        _key = ""
        try:
            _key = "bidDetails"
            bid_details = BidData.from_dict(_obj["bidDetails"])
            _key = "payment"
            payment = PaymentData.from_dict(_obj["payment"])
        except KeyError:
            raise _rt.missing("PaymentDetails", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentDetails", _key) from None
        return cls(
            bid_details=bid_details,
            payment=payment,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentDetails_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentDetails: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "bidDetails": self.bid_details.to_dict(),
            "payment": self.payment.to_dict(),
        }
        _out.update(self.additional_properties)
        return _out


_PaymentDetails_KEYS: frozenset[str] = frozenset({"bidDetails", "payment"})


@_dataclasses.dataclass(slots=True, kw_only=True)
class BidData:
    """The details regarding this bid and associated Workroom, including project name, client, and provider."""

    bid_id: str
    """The bid ID (which also identifies the Workroom), sent as a string of digits. (JSON key `bidId`)"""
    job_id: str
    """The job ID, sent as a string of digits. (JSON key `jobId`)"""
    job_name: str
    """The project (job) name. (JSON key `jobName`)"""
    user_type: str
    """The role of the calling user in this bid (the example shows "PROVIDER"). (JSON key `userType`)"""
    client_user_id: str
    """The client's user ID, sent as a string of digits. (JSON key `clientUserId`)"""
    client_name: str
    """The client's name. (JSON key `clientName`)"""
    client_image_url: str
    """URL of the client's image. Not a valid URI in the page's example (see note). (JSON key `clientImageURL`)"""
    client_country: str
    """The client's country name. (JSON key `clientCountry`)"""
    client_country_code: str
    """The client's country code (the example shows "US"). (JSON key `clientCountryCode`)"""
    client_city: str
    """The client's city. (JSON key `clientCity`)"""
    provider_user_id: str
    """The provider's user ID, sent as a string of digits. (JSON key `providerUserId`)"""
    provider_name: str
    """The provider's name. (JSON key `providerName`)"""
    provider_image_url: str
    """URL of the provider's image. Not a valid URI in the page's example (see note). (JSON key `providerImageURL`)"""
    provider_country: str
    """The provider's country name. (JSON key `providerCountry`)"""
    provider_country_code: str
    """The provider's country code (the example shows "US"). (JSON key `providerCountryCode`)"""
    provider_city: str
    """The provider's city. (JSON key `providerCity`)"""
    phase: str
    """The bid's phase, sent as a string of digits (the example shows "5")."""
    status: str
    """The bid's status (the example shows "Working")."""
    secondary_status: str
    """The bid's secondary status; may be empty. (JSON key `secondaryStatus`)"""
    is_hourly: bool
    """Whether the job is hourly (true) or fixed-price (false). (JSON key `isHourly`)"""
    is_sponsored: bool
    """Whether the bid is sponsored. (JSON key `isSponsored`)"""
    is_pre_bid: bool
    """Whether the bid is a pre-bid. (JSON key `isPreBid`)"""
    bid_amount: Decimal
    """The bid amount, sent as a decimal string. (JSON key `bidAmount`)"""
    hours_per_week: str
    """Hours per week for hourly jobs, sent as a string of digits (the example shows "0"). (JSON key `hoursPerWeek`)"""
    duration: str
    """The bid's duration; may be empty."""
    submission_date: datetime
    """When the bid was submitted, in seconds since the Unix epoch (UTC). (JSON key `submissionDate`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> BidData:
        """Builds a BidData from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "BidData")
        _key = ""
        try:
            _key = "bidId"
            bid_id = _rt.expect_str(_obj["bidId"])
            _key = "jobId"
            job_id = _rt.expect_str(_obj["jobId"])
            _key = "jobName"
            job_name = _rt.expect_str(_obj["jobName"])
            _key = "userType"
            user_type = _rt.expect_str(_obj["userType"])
            _key = "clientUserId"
            client_user_id = _rt.expect_str(_obj["clientUserId"])
            _key = "clientName"
            client_name = _rt.expect_str(_obj["clientName"])
            _key = "clientImageURL"
            client_image_url = _rt.expect_str(_obj["clientImageURL"])
            _key = "clientCountry"
            client_country = _rt.expect_str(_obj["clientCountry"])
            _key = "clientCountryCode"
            client_country_code = _rt.expect_str(_obj["clientCountryCode"])
            _key = "clientCity"
            client_city = _rt.expect_str(_obj["clientCity"])
            _key = "providerUserId"
            provider_user_id = _rt.expect_str(_obj["providerUserId"])
            _key = "providerName"
            provider_name = _rt.expect_str(_obj["providerName"])
            _key = "providerImageURL"
            provider_image_url = _rt.expect_str(_obj["providerImageURL"])
            _key = "providerCountry"
            provider_country = _rt.expect_str(_obj["providerCountry"])
            _key = "providerCountryCode"
            provider_country_code = _rt.expect_str(_obj["providerCountryCode"])
            _key = "providerCity"
            provider_city = _rt.expect_str(_obj["providerCity"])
            _key = "phase"
            phase = _rt.expect_str(_obj["phase"])
            _key = "status"
            status = _rt.expect_str(_obj["status"])
            _key = "secondaryStatus"
            secondary_status = _rt.expect_str(_obj["secondaryStatus"])
            _key = "isHourly"
            is_hourly = _rt.expect_bool(_obj["isHourly"])
            _key = "isSponsored"
            is_sponsored = _rt.expect_bool(_obj["isSponsored"])
            _key = "isPreBid"
            is_pre_bid = _rt.expect_bool(_obj["isPreBid"])
            _key = "bidAmount"
            bid_amount = _rt.decode_decimal(_obj["bidAmount"])
            _key = "hoursPerWeek"
            hours_per_week = _rt.expect_str(_obj["hoursPerWeek"])
            _key = "duration"
            duration = _rt.expect_str(_obj["duration"])
            _key = "submissionDate"
            submission_date = _rt.decode_unix_time(_obj["submissionDate"])
        except KeyError:
            raise _rt.missing("BidData", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("BidData", _key) from None
        return cls(
            bid_id=bid_id,
            job_id=job_id,
            job_name=job_name,
            user_type=user_type,
            client_user_id=client_user_id,
            client_name=client_name,
            client_image_url=client_image_url,
            client_country=client_country,
            client_country_code=client_country_code,
            client_city=client_city,
            provider_user_id=provider_user_id,
            provider_name=provider_name,
            provider_image_url=provider_image_url,
            provider_country=provider_country,
            provider_country_code=provider_country_code,
            provider_city=provider_city,
            phase=phase,
            status=status,
            secondary_status=secondary_status,
            is_hourly=is_hourly,
            is_sponsored=is_sponsored,
            is_pre_bid=is_pre_bid,
            bid_amount=bid_amount,
            hours_per_week=hours_per_week,
            duration=duration,
            submission_date=submission_date,
            additional_properties={_k: _v for _k, _v in _obj.items() if _k not in _BidData_KEYS},
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this BidData: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "bidId": self.bid_id,
            "jobId": self.job_id,
            "jobName": self.job_name,
            "userType": self.user_type,
            "clientUserId": self.client_user_id,
            "clientName": self.client_name,
            "clientImageURL": self.client_image_url,
            "clientCountry": self.client_country,
            "clientCountryCode": self.client_country_code,
            "clientCity": self.client_city,
            "providerUserId": self.provider_user_id,
            "providerName": self.provider_name,
            "providerImageURL": self.provider_image_url,
            "providerCountry": self.provider_country,
            "providerCountryCode": self.provider_country_code,
            "providerCity": self.provider_city,
            "phase": self.phase,
            "status": self.status,
            "secondaryStatus": self.secondary_status,
            "isHourly": self.is_hourly,
            "isSponsored": self.is_sponsored,
            "isPreBid": self.is_pre_bid,
            "bidAmount": _rt.encode_decimal(self.bid_amount),
            "hoursPerWeek": self.hours_per_week,
            "duration": self.duration,
            "submissionDate": _rt.encode_unix_time(self.submission_date),
        }
        _out.update(self.additional_properties)
        return _out


_BidData_KEYS: frozenset[str] = frozenset(
    {
        "bidId",
        "jobId",
        "jobName",
        "userType",
        "clientUserId",
        "clientName",
        "clientImageURL",
        "clientCountry",
        "clientCountryCode",
        "clientCity",
        "providerUserId",
        "providerName",
        "providerImageURL",
        "providerCountry",
        "providerCountryCode",
        "providerCity",
        "phase",
        "status",
        "secondaryStatus",
        "isHourly",
        "isSponsored",
        "isPreBid",
        "bidAmount",
        "hoursPerWeek",
        "duration",
        "submissionDate",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class PaymentData:
    """Detailed information about the payment, including the amount paid, the currency, and the form of payment used."""

    id: int
    """The payment ID (the value passed as the id parameter)."""
    date_: datetime
    """The date the payment was processed, in seconds since the Unix epoch (UTC). (JSON key `date`)"""
    bid_id: int
    """The bid (Workroom) the payment belongs to. (JSON key `bidId`)"""
    job_id: int
    """The job the payment belongs to. (JSON key `jobId`)"""
    client: str
    """The client's name."""
    provider: str
    """The provider's user name."""
    client_user_id: int
    """The client's user ID. (JSON key `clientUserId`)"""
    provider_user_id: int
    """The provider's user ID. (JSON key `providerUserId`)"""
    from_account_id: int
    """The account the payment was made from. (JSON key `fromAccountId`)"""
    to_account_id: int
    """The account the payment was made to. (JSON key `toAccountId`)"""
    invoice_id: int
    """The invoice related to this payment; pass it as the id parameter of pay/getInvoice to retrieve the invoice. (JSON key `invoiceId`)"""
    internal_payment_display: str
    """Display name of the form of payment used inside Elance (the example shows "Elance Escrow"). (JSON key `internalPaymentDisplay`)"""
    external_payment_id: int
    """ID of the external payment, 0 when there is none. (JSON key `externalPaymentId`)"""
    external_payment_display: str
    """Display name of the external payment; empty when there is none. (JSON key `externalPaymentDisplay`)"""
    from_amount: float
    """The amount debited, in fromCurrency. (JSON key `fromAmount`)"""
    from_currency: str
    """The currency of fromAmount (the example shows "USD"). (JSON key `fromCurrency`)"""
    to_amount: float
    """The amount credited, in toCurrency. (JSON key `toAmount`)"""
    to_currency: str
    """The currency of toAmount (the example shows "USD"). (JSON key `toCurrency`)"""
    amount: float
    """The amount paid."""
    from_description: str
    """Description of the payment as seen by the paying side. (JSON key `fromDescription`)"""
    to_description: str
    """Description of the payment as seen by the receiving side. (JSON key `toDescription`)"""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> PaymentData:
        """Builds a PaymentData from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "PaymentData")
        _key = ""
        try:
            _key = "id"
            id = _rt.expect_int(_obj["id"])
            _key = "date"
            date_ = _rt.decode_unix_time(_obj["date"])
            _key = "bidId"
            bid_id = _rt.expect_int(_obj["bidId"])
            _key = "jobId"
            job_id = _rt.expect_int(_obj["jobId"])
            _key = "client"
            client = _rt.expect_str(_obj["client"])
            _key = "provider"
            provider = _rt.expect_str(_obj["provider"])
            _key = "clientUserId"
            client_user_id = _rt.expect_int(_obj["clientUserId"])
            _key = "providerUserId"
            provider_user_id = _rt.expect_int(_obj["providerUserId"])
            _key = "fromAccountId"
            from_account_id = _rt.expect_int(_obj["fromAccountId"])
            _key = "toAccountId"
            to_account_id = _rt.expect_int(_obj["toAccountId"])
            _key = "invoiceId"
            invoice_id = _rt.expect_int(_obj["invoiceId"])
            _key = "internalPaymentDisplay"
            internal_payment_display = _rt.expect_str(_obj["internalPaymentDisplay"])
            _key = "externalPaymentId"
            external_payment_id = _rt.expect_int(_obj["externalPaymentId"])
            _key = "externalPaymentDisplay"
            external_payment_display = _rt.expect_str(_obj["externalPaymentDisplay"])
            _key = "fromAmount"
            from_amount = _rt.expect_float(_obj["fromAmount"])
            _key = "fromCurrency"
            from_currency = _rt.expect_str(_obj["fromCurrency"])
            _key = "toAmount"
            to_amount = _rt.expect_float(_obj["toAmount"])
            _key = "toCurrency"
            to_currency = _rt.expect_str(_obj["toCurrency"])
            _key = "amount"
            amount = _rt.expect_float(_obj["amount"])
            _key = "fromDescription"
            from_description = _rt.expect_str(_obj["fromDescription"])
            _key = "toDescription"
            to_description = _rt.expect_str(_obj["toDescription"])
        except KeyError:
            raise _rt.missing("PaymentData", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("PaymentData", _key) from None
        return cls(
            id=id,
            date_=date_,
            bid_id=bid_id,
            job_id=job_id,
            client=client,
            provider=provider,
            client_user_id=client_user_id,
            provider_user_id=provider_user_id,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            invoice_id=invoice_id,
            internal_payment_display=internal_payment_display,
            external_payment_id=external_payment_id,
            external_payment_display=external_payment_display,
            from_amount=from_amount,
            from_currency=from_currency,
            to_amount=to_amount,
            to_currency=to_currency,
            amount=amount,
            from_description=from_description,
            to_description=to_description,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _PaymentData_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this PaymentData: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {
            "id": self.id,
            "date": _rt.encode_unix_time(self.date_),
            "bidId": self.bid_id,
            "jobId": self.job_id,
            "client": self.client,
            "provider": self.provider,
            "clientUserId": self.client_user_id,
            "providerUserId": self.provider_user_id,
            "fromAccountId": self.from_account_id,
            "toAccountId": self.to_account_id,
            "invoiceId": self.invoice_id,
            "internalPaymentDisplay": self.internal_payment_display,
            "externalPaymentId": self.external_payment_id,
            "externalPaymentDisplay": self.external_payment_display,
            "fromAmount": self.from_amount,
            "fromCurrency": self.from_currency,
            "toAmount": self.to_amount,
            "toCurrency": self.to_currency,
            "amount": self.amount,
            "fromDescription": self.from_description,
            "toDescription": self.to_description,
        }
        _out.update(self.additional_properties)
        return _out


_PaymentData_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "date",
        "bidId",
        "jobId",
        "client",
        "provider",
        "clientUserId",
        "providerUserId",
        "fromAccountId",
        "toAccountId",
        "invoiceId",
        "internalPaymentDisplay",
        "externalPaymentId",
        "externalPaymentDisplay",
        "fromAmount",
        "fromCurrency",
        "toAmount",
        "toCurrency",
        "amount",
        "fromDescription",
        "toDescription",
    }
)


@_dataclasses.dataclass(slots=True, kw_only=True)
class ErrorResponse:
    """An Elance error response. The page refers to "Common API Error Codes" without listing them or showing an error body."""

    api: str | _rt.Unset = _rt.UNSET
    """The API method that produced this response."""
    api_version: int | _rt.Unset = _rt.UNSET
    """The version of the Elance Developer API that produced this response. (JSON key `apiVersion`)"""
    rcode: int | _rt.Unset = _rt.UNSET
    """Result code of the call."""
    additional_properties: dict[str, Any] = _dataclasses.field(default_factory=dict[str, Any])
    """Keys the server sent that the spec does not name, kept for the round trip."""

    @classmethod
    def from_dict(cls, data: Any) -> ErrorResponse:
        """Builds a ErrorResponse from parsed JSON; raises DecodeError when it does not fit."""
        _obj = _rt.expect_object(data, "ErrorResponse")
        _key = ""
        try:
            _key = "api"
            _value = _obj.get("api", _rt.UNSET)
            api = _value if _value is _rt.UNSET else _rt.expect_str(_value)
            _key = "apiVersion"
            _value = _obj.get("apiVersion", _rt.UNSET)
            api_version = _value if _value is _rt.UNSET else _rt.expect_int(_value)
            _key = "rcode"
            _value = _obj.get("rcode", _rt.UNSET)
            rcode = _value if _value is _rt.UNSET else _rt.expect_int(_value)
        except KeyError:
            raise _rt.missing("ErrorResponse", _key) from None
        except _rt.DecodeError as _error:
            raise _error.at("ErrorResponse", _key) from None
        return cls(
            api=api,
            api_version=api_version,
            rcode=rcode,
            additional_properties={
                _k: _v for _k, _v in _obj.items() if _k not in _ErrorResponse_KEYS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this ErrorResponse: absent fields stay absent, None becomes null."""
        _out: dict[str, Any] = {}
        if not isinstance(self.api, _rt.Unset):
            _out["api"] = self.api
        if not isinstance(self.api_version, _rt.Unset):
            _out["apiVersion"] = self.api_version
        if not isinstance(self.rcode, _rt.Unset):
            _out["rcode"] = self.rcode
        _out.update(self.additional_properties)
        return _out


_ErrorResponse_KEYS: frozenset[str] = frozenset({"api", "apiVersion", "rcode"})
