# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/activeplatform_v1.yaml (sha256 fe135275f413ea508b9edd43d966ba14c6e6fdc173569d5bdff528502f12a309)
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
) -> _rt.Request[models.Payment]:
    """The request of `Client.get_payment` (GET /api/vendor/v1/payments/{id}.json), checked and serialized."""
    _rt.check_type("id", id, (int,), required=True)
    return _rt.Request(
        method="GET",
        path=_rt.expand_path(
            "/api/vendor/v1/payments/{id}.json",
            {
                "id": id,
            },
        ),
        security=(("apiToken",),),
        decode=models.Payment.from_dict,
        exact_numbers=True,
    )
