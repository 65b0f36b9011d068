# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v3.yaml (sha256 3dcbc42a328d7c51ac24992a9f60d624215fd07da1ceb7507c55e9040be23e53)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Request builders, one per operation: arguments checked and serialized, nothing sent.

The clients turn each builder into a method (`client.get_payment(...)`), so
the signatures and docstrings here are the ones callers see.
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
    """Get payment

    The Get payment method returns payment details of the current reseller or any of its downstream resellers.

    `GET /api/v3/resellers/{reseller_id}/payments/{payment_id}`

    Args:
        reseller_id: ID of the current reseller or of one of its downstream resellers.
        payment_id: Payment ID.
        include: Comma-separated list of related objects to return in the "included" array (JSON:API compound document).

    Returns `models.PaymentDocument`.
    """
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
