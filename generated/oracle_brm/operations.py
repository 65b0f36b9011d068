# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/oracle_brm.yaml (sha256 5cc74b070bb240f626da70c79d254788019ec23253e051c0244de868e60004f0)
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
    id: str,
    type: models.GetPaymentType | str | None = None,
    fields: list[str] | None = None,
) -> _rt.Request[models.Payment]:
    """Get a Payment by ID

    Gets the specified payment.

    `GET /payment/{id}`

    Args:
        id: The ID of the payment to get.
        type: The type of object to return. Use @type=Payment for a base object, or @type=PaymentOracle for an extended object. Sent as `@type`.
        fields: The comma-separated list of fields to return in the response.

    Returns `models.Payment`; raises BadRequestError (400), UnauthorizedError (401), ForbiddenError (403), NotFoundError (404), MethodNotAllowedError (405), ConflictError (409), InternalServerError (500).
    """
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
        decode=models.Payment.from_dict,
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
