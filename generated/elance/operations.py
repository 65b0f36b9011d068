# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
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
    id: int,
) -> _rt.Request[models.GetPaymentResponse]:
    """The request of `Client.get_payment` (GET /pay/getPayment), checked and serialized."""
    _rt.check_type("id", id, (int,), required=True)
    return _rt.Request(
        method="GET",
        path="/pay/getPayment",
        query=[
            *_rt.serialize("id", id, "form", True),
        ],
        security=(("elanceOAuth1",),),
        decode=models.GetPaymentResponse.from_dict,
        exact_numbers=True,
        errors={
            "default": models.ErrorResponse.from_dict,
        },
    )
