# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
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
    id: int,
) -> _rt.Request[models.GetPaymentResponse]:
    """Retrieve a payment record by its payment ID.

    Returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed. pay/getPayment is an authenticated method. It requires a Developer API key and an OAuth Consumer Secret, both issued by Elance. "This method does not support the JSONP response format."

    `GET /pay/getPayment`

    Args:
        id: The unique ID, assigned by Elance, to the requested payment object. This ID is obtained from the paymentIds array of the InvoiceData object, which is returned by both the pay/getBilling and pay/getInvoice methods.

    Returns `models.GetPaymentResponse`; raises UnexpectedStatusError (default).
    """
    return _rt.Request(
        method="GET",
        path="/pay/getPayment",
        query=[
            *_rt.serialize("id", id, "form", True),
        ],
        security=(("elanceOAuth1",),),
        decode=models.GetPaymentResponse.from_dict,
        errors={
            "default": models.ErrorResponse.from_dict,
        },
    )
