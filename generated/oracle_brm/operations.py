# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""Request builders, one per operation: arguments checked and serialized, nothing sent.

Each client method (`client.get_payment(...)`) builds its request here and
sends it; the method's signature is the builder's, and its docstring says the rest.
"""

from __future__ import annotations

from typing import overload

from . import models
from . import runtime as _rt


@overload
def get_payment(
    *,
    id: str,
    type: models.GetPaymentType | str | None = None,
    fields: None = None,
) -> _rt.Request[models.Payment]: ...


@overload
def get_payment(
    *,
    id: str,
    type: models.GetPaymentType | str | None = None,
    fields: list[str],
) -> _rt.Request[models.ProjectedPayment]: ...


@overload
def get_payment(
    *,
    id: str,
    type: models.GetPaymentType | str | None = None,
    fields: list[str] | None = None,
) -> _rt.Request[models.Payment | models.ProjectedPayment]: ...


def get_payment(
    *,
    id: str,
    type: models.GetPaymentType | str | None = None,
    fields: list[str] | None = None,
) -> _rt.Request[models.Payment | models.ProjectedPayment]:
    """The request of `Client.get_payment` (GET /payment/{id}), checked and serialized."""
    _rt.check_type("id", id, (str,), required=True)
    _rt.check_type("type", type, (models.GetPaymentType, str))
    _rt.check_type("fields", fields, (list, tuple))
    return _rt.Request(
        method="GET",
        path=_rt.expand_path(
            "/payment/{id}",
            {
                "id": id,
            },
        ),
        query=[
            *_rt.serialize("@type", type, "form", True),
            *_rt.serialize("fields", fields, "form", False),
        ],
        security=(("bearerAuth",),),
        decode=models.Payment.from_dict if fields is None else models.ProjectedPayment.from_dict,
        exact_numbers=True,
        errors={
            400: models.Error.from_dict,
            401: models.Error.from_dict,
            403: models.Error.from_dict,
            404: models.Error.from_dict,
            405: models.Error.from_dict,
            409: models.Error.from_dict,
            500: models.Error.from_dict,
        },
    )
