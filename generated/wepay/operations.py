# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/wepay.yaml (sha256 e0ed88ec8d643cb6cce54b4a61a2c806ff212544fb078f644b90b7b87cac93ab)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Request builders, one per operation: arguments checked and serialized, nothing sent.

Each client method (`client.list_payments(...)`) builds its request here and
sends it; the method's signature is the builder's, and its docstring says the rest.
"""

from __future__ import annotations

from . import models
from . import runtime as _rt


def list_payments(
    *,
    api_version: models.ListPaymentsApiVersion | str = models.ListPaymentsApiVersion.VALUE_3_0,
    page: str | None = None,
    page_size: int | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    minimum_amount: int | None = None,
    maximum_amount: int | None = None,
    owner_id: str | None = None,
    payment_method_type: models.ListPaymentsPaymentMethodType | str | None = None,
    payment_method_id: str | None = None,
    status: models.PaymentStatus | str | None = None,
    reference_id: str | None = None,
    expand: str | None = None,
    unique_key: str | None = None,
) -> _rt.Request[models.PaymentCollection]:
    """The request of `Client.list_payments` (GET /payments), checked and serialized."""
    _rt.check_type("api_version", api_version, (models.ListPaymentsApiVersion, str), required=True)
    _rt.check_type("page", page, (str,))
    _rt.check_type("page_size", page_size, (int,))
    _rt.check_range("page_size", page_size, minimum=1, maximum=50)
    _rt.check_type("create_time_start", create_time_start, (int,))
    _rt.check_range("create_time_start", create_time_start, minimum=0)
    _rt.check_type("create_time_end", create_time_end, (int,))
    _rt.check_range("create_time_end", create_time_end, minimum=0)
    _rt.check_type("minimum_amount", minimum_amount, (int,))
    _rt.check_type("maximum_amount", maximum_amount, (int,))
    _rt.check_type("owner_id", owner_id, (str,))
    _rt.check_type(
        "payment_method_type", payment_method_type, (models.ListPaymentsPaymentMethodType, str)
    )
    _rt.check_type("payment_method_id", payment_method_id, (str,))
    _rt.check_type("status", status, (models.PaymentStatus, str))
    _rt.check_type("reference_id", reference_id, (str,))
    _rt.check_type("expand", expand, (str,))
    _rt.check_type("unique_key", unique_key, (str,))
    return _rt.Request(
        method="GET",
        path="/payments",
        query=[
            *_rt.serialize("page", page, "form", True),
            *_rt.serialize("page_size", page_size, "form", True),
            *_rt.serialize("create_time_start", create_time_start, "form", True),
            *_rt.serialize("create_time_end", create_time_end, "form", True),
            *_rt.serialize("minimum_amount", minimum_amount, "form", True),
            *_rt.serialize("maximum_amount", maximum_amount, "form", True),
            *_rt.serialize("owner_id", owner_id, "form", True),
            *_rt.serialize("payment_method_type", payment_method_type, "form", True),
            *_rt.serialize("payment_method_id", payment_method_id, "form", True),
            *_rt.serialize("status", status, "form", True),
            *_rt.serialize("reference_id", reference_id, "form", True),
            *_rt.serialize("expand", expand, "form", True),
        ],
        headers=[
            *_rt.serialize("Api-Version", api_version, "simple", False),
            *_rt.serialize("Unique-Key", unique_key, "simple", False),
        ],
        security=(("appIdAuth", "appTokenAuth"),),
        decode=models.PaymentCollection.from_dict,
        errors={
            400: models.Error.from_dict,
            403: models.Error.from_dict,
            500: models.Error.from_dict,
        },
    )
