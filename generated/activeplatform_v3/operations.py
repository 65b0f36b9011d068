# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Request builders, one per operation: arguments checked and serialized, nothing sent.

Each client method (`client.get_payment(...)`) builds its request here and
sends it; the method's signature is the builder's, and its docstring says the rest.
"""

from __future__ import annotations

from . import models
from . import runtime as _rt


def get_payment(
    *,
    reseller_id: int,
    payment_id: int,
    include: list[models.GetPaymentIncludeItem | str] | None = None,
) -> _rt.Request[models.PaymentDocument]:
    """The request of `Client.get_payment` (GET /api/v3/resellers/{reseller_id}/payments/{payment_id}), checked and serialized."""
    _rt.check_type("reseller_id", reseller_id, (int,), required=True)
    _rt.check_type("payment_id", payment_id, (int,), required=True)
    _rt.check_type("include", include, (list, tuple))
    return _rt.Request(
        method="GET",
        path=_rt.expand_path(
            "/api/v3/resellers/{reseller_id}/payments/{payment_id}",
            {
                "reseller_id": reseller_id,
                "payment_id": payment_id,
            },
        ),
        query=[
            *_rt.serialize("include", include, "form", False),
        ],
        security=(("apiTokenHeader",),),
        decode=models.PaymentDocument.from_dict,
        accept="application/vnd.api+json",
    )
