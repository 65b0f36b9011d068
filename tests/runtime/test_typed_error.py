"""`TypedApiError`: what `exc.error` is for each way a documented error status declares its body."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.runtime.exceptions import ApiError, TypedApiError


class Checked(TypedApiError[dict[str, Any] | list[Any]]):
    checked_as = (dict, list)


class Unchecked(TypedApiError[object]):
    checked_as = None


class WithoutBody(TypedApiError[None]):
    pass


@pytest.mark.parametrize(
    ("cls", "parsed", "error"),
    [
        (Checked, {"code": 1}, {"code": 1}),
        (Checked, [1], [1]),
        (Checked, "<html>", None),  # not the documented body
        (Unchecked, "text", "text"),  # no isinstance can tell: the body as parsed
        (Unchecked, None, None),
        (WithoutBody, {"code": 1}, None),
    ],
)
def test_error_is_the_documented_body_or_none(cls: type[TypedApiError[Any]], parsed: object, error: object) -> None:
    exc = cls("400", status_code=400, headers=httpx.Headers(), body=b"", error=parsed)
    assert exc.error == error
    assert isinstance(exc, ApiError)
