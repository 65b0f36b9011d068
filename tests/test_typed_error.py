"""`TypedApiError` (generator/runtime/typed_error.py): what `exc.error` is for each way a
documented error status declares its body, and that the packages that use it ship the source as is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from wepay.runtime import ApiError
from wepay.typed_error import TypedApiError

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "generator" / "runtime" / "typed_error.py"


class Checked(TypedApiError[dict[str, Any] | list[Any]]):
    checked_as = (dict, list)


class Unchecked(TypedApiError[object]):
    checked_as = None


class WithoutBody(TypedApiError[None]):
    pass


def raised(cls: type[ApiError], parsed: object) -> Any:
    return cls("400", status_code=400, headers=httpx.Headers(), body=b"", error=parsed)


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
def test_error_is_the_documented_body_or_none(cls: type[ApiError], parsed: object, error: object) -> None:
    exc = raised(cls, parsed)
    assert exc.error == error
    assert isinstance(exc, ApiError)


def test_packages_with_error_classes_ship_the_source_verbatim(generated_dir: Path) -> None:
    source = SOURCE.read_bytes()
    packages = sorted(path.parent for path in generated_dir.glob("*/errors.py"))
    using = [p for p in packages if "(TypedApiError[" in (p / "errors.py").read_text(encoding="utf-8")]
    assert [p.name for p in using] == ["elance", "oracle_brm", "wepay"]
    for package in packages:
        shipped = package / "typed_error.py"
        assert shipped.exists() == (package in using), package.name
        assert package not in using or shipped.read_bytes() == source
