"""`generator.runtime.exceptions`: one root for all a client raises, and what each error carries."""

from __future__ import annotations

import inspect

import httpx
import pytest

import generator.runtime as runtime
from generator.runtime import exceptions
from generator.runtime.exceptions import (
    STATUS_ERRORS,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ArgumentError,
    ArgumentTypeError,
    UnauthorizedError,
    BadRequestError,
    ClientError,
    ConflictError,
    CredentialsError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    ForbiddenError,
    TooManyRequestsError,
    UnprocessableEntityError,
    error_class,
)

CLASSES = [
    cls
    for _, cls in inspect.getmembers(exceptions, inspect.isclass)
    if cls.__module__ == exceptions.__name__
]


def test_the_tree() -> None:
    bases = {cls.__name__: tuple(base.__name__ for base in cls.__bases__) for cls in CLASSES}
    assert bases == {
        "ClientError": ("Exception",),
        "ApiError": ("ClientError",),
        "BadRequestError": ("ApiError",),
        "UnauthorizedError": ("ApiError",),
        "ForbiddenError": ("ApiError",),
        "NotFoundError": ("ApiError",),
        "ConflictError": ("ApiError",),
        "UnprocessableEntityError": ("ApiError",),
        "TooManyRequestsError": ("ApiError",),
        "InternalServerError": ("ApiError",),
        "ApiConnectionError": ("ClientError",),
        "ApiTimeoutError": ("ApiConnectionError",),
        "DecodeError": ("ClientError", "ValueError"),
        "ArgumentError": ("ClientError", "ValueError"),
        "ArgumentTypeError": ("ArgumentError", "TypeError"),
        "CredentialsError": ("ClientError", "ValueError"),
        "TypedApiError": ("ApiError", "Generic"),
    }


def test_every_class_is_exported() -> None:
    for cls in CLASSES:
        assert cls.__name__ in runtime.__all__ and getattr(runtime, cls.__name__) is cls


def test_argument_type_errors_are_type_errors_and_argument_errors() -> None:
    error = ArgumentTypeError("page_size must be an integer, got str '5'")
    for caught in (TypeError, ValueError, ArgumentError, ClientError):
        assert isinstance(error, caught)
    assert str(error) == "page_size must be an integer, got str '5'"


def test_the_status_of_each_common_class() -> None:
    assert STATUS_ERRORS == {
        400: BadRequestError,
        401: UnauthorizedError,
        403: ForbiddenError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: TooManyRequestsError,
    }
    for status, cls in STATUS_ERRORS.items():
        assert cls.status == status
    assert ApiError.status is None and InternalServerError.status is None  # a range, not one


class PackageNotFound(NotFoundError):
    pass


class PackageServerError(InternalServerError):
    pass


class PackageUnavailable(InternalServerError):
    pass


class PackageTeapot(ApiError):
    pass


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, TooManyRequestsError),
        (500, InternalServerError),
        (502, InternalServerError),
        (599, InternalServerError),
        (200, ApiError),
        (304, ApiError),
        (402, ApiError),
        (418, ApiError),
        (499, ApiError),
        (600, ApiError),
    ],
)
def test_error_class_without_documented_statuses(status: int, expected: type[ApiError]) -> None:
    assert error_class(status, {}) is expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, PackageNotFound),
        (418, PackageTeapot),
        (500, PackageServerError),
        (503, PackageUnavailable),  # a documented 5xx of its own
        (502, PackageServerError),  # any other 5xx: the documented 500
        (599, PackageServerError),
        (400, BadRequestError),
        (429, TooManyRequestsError),
        (402, ApiError),
        (600, ApiError),
    ],
)
def test_error_class_prefers_the_documented_one(status: int, expected: type[ApiError]) -> None:
    documented: dict[int, type[ApiError]] = {
        404: PackageNotFound,
        418: PackageTeapot,
        500: PackageServerError,
        503: PackageUnavailable,
    }
    assert error_class(status, documented) is expected


def test_api_error_carries_the_answer() -> None:
    headers = httpx.Headers({"X-Request-Id": "r-1"})
    error = NotFoundError(
        "GET https://api.test/p/1 returned 404 Not Found: gone",
        status_code=404,
        headers=headers,
        body=b'{"message": "gone"}',
        error={"message": "gone"},
    )
    assert str(error) == "GET https://api.test/p/1 returned 404 Not Found: gone"
    assert error.status_code == 404 and error.headers is headers
    assert error.body == b'{"message": "gone"}' and error._error == {"message": "gone"}


def test_decode_error_outside_a_response_carries_no_answer() -> None:
    error = DecodeError("expected integer, got string 'x'", "Payment", ("amount",))
    assert error.status_code is None and error.headers is None and error.body is None
    assert error.message == "expected integer, got string 'x'"


def test_decode_error_in_response() -> None:
    response = httpx.Response(200, json={"amount": "x"}, headers={"X-Request-Id": "r-2"})
    inner = DecodeError("expected integer, got string 'x'", "Item", ("amount",))
    error = inner.at("Payment", 0).at("Payment", "items")
    found = error.in_response("in the 200 response to GET https://api.test/p", response)
    assert str(found) == (
        "Payment.items[0].amount: expected integer, got string 'x' "
        "(in the 200 response to GET https://api.test/p)"
    )
    assert found.model == "Payment" and found.path == ("items", 0, "amount")
    assert (
        found.message
        == "expected integer, got string 'x' (in the 200 response to GET https://api.test/p)"
    )
    assert found.status_code == 200
    assert found.headers is response.headers and found.body == b'{"amount":"x"}'
    # A new error: the one it was made from is unchanged.
    assert error.status_code is None and str(error) == (
        "Payment.items[0].amount: expected integer, got string 'x'"
    )


def test_one_except_clause_catches_them_all() -> None:
    raised: list[Exception] = [
        InternalServerError("boom", status_code=503, headers=httpx.Headers(), body=b""),
        ApiError("teapot", status_code=418, headers=httpx.Headers(), body=b""),
        ApiConnectionError("GET https://api.test/p failed: refused"),
        ApiTimeoutError("GET https://api.test/p timed out: read"),
        DecodeError("expected object, got array"),
        ArgumentError("page_size must be <= 50, got 51"),
        ArgumentTypeError("page_size must be an integer"),
        CredentialsError("credential 'api_token' must be a non-empty string"),
    ]
    for error in raised:
        with pytest.raises(ClientError) as caught:
            raise error
        assert caught.value is error
