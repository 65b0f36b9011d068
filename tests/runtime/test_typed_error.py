"""`TypedApiError`: `exc.error` is what the client decoded with the operation's documented
decoder (see test_clients.test_error_classes_by_status), typed by the class's argument, which
may be a forward reference: a package's errors.py names its models in strings, so importing
it loads no model."""

from __future__ import annotations

import typing
from typing import Any

import httpx
import pytest

from generator.runtime.exceptions import ApiError, TypedApiError


class Documented(TypedApiError["Problem"]):
    """Names a class defined below: the argument is not evaluated when the class is made."""


class Problem:
    pass


class WithoutBody(TypedApiError[None]):
    pass


@pytest.mark.parametrize(
    ("cls", "decoded"),
    [(Documented, Problem()), (Documented, None), (WithoutBody, None)],
)
def test_error_is_the_decoded_body(cls: type[TypedApiError[Any]], decoded: object) -> None:
    exc = cls("400", status_code=400, headers=httpx.Headers(), body=b"{}", error=decoded)
    assert exc.error is decoded
    assert isinstance(exc, ApiError) and exc.body == b"{}"


def test_the_type_argument_stays_a_forward_reference() -> None:
    (base,) = Documented.__orig_bases__  # type: ignore[attr-defined]
    assert typing.get_args(base) == (typing.ForwardRef("Problem"),)
